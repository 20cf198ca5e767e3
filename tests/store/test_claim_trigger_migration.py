"""Migration 0008 narrows the schedule's trigger on messages; down and up again, both ways."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from alembic.config import Config
from sqlalchemy import select, update

from afterword.store.db import MIGRATIONS, Database
from afterword.store.schema import InterviewerRow, InterviewRow, MessageRow, ScheduleStaleRow, User

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def _migrate(db: Database, revision: str, *, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _claim_like(db: Database, message: int) -> list[int]:
    """Move a queued message to sending the way the claim does; return the stale marks."""
    with db.session() as session:
        session.execute(ScheduleStaleRow.__table__.delete())
        session.execute(
            update(MessageRow).where(MessageRow.id == message)
            .values(status="sending", sending_started_at=NOW, claimed_by="w")
        )  # fmt: skip
        found = list(session.scalars(select(ScheduleStaleRow.interviewer_id)))
        session.execute(update(MessageRow).where(MessageRow.id == message)
                        .values(status="scheduled", sending_started_at=None))  # fmt: skip
    return found


def test_the_trigger_leaves_the_claim_out_at_head_and_not_before(database: Database) -> None:
    with database.session() as session:
        user = User(username="u", password_hash=None, created_at=NOW)
        session.add(user)
        session.flush()
        interview = InterviewRow(user_id=user.id, company="C", role="R", starts_at=NOW,
                                 local_start=NOW.replace(tzinfo=None), timezone="UTC",
                                 duration_minutes=60, format="video", created_at=NOW,
                                 updated_at=NOW)  # fmt: skip
        session.add(interview)
        session.flush()
        person = InterviewerRow(interview_id=interview.id, position=0, name="P")
        session.add(person)
        session.flush()
        message = MessageRow(interview_id=interview.id, interviewer_id=person.id,
                             kind="thank-you", sequence=1, status="scheduled", subject="s",
                             body="b", created_at=NOW, updated_at=NOW)  # fmt: skip
        session.add(message)
        session.flush()
        ids = (person.id, message.id)
    assert _claim_like(database, ids[1]) == []
    _migrate(database, "0007", down=True)
    assert _claim_like(database, ids[1]) == [ids[0]]  # 0005's trigger marks every claim
    _migrate(database, "head")
    assert _claim_like(database, ids[1]) == []
