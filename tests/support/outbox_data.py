"""Shared data and helpers for the outbox tests (imported by name; never import ``conftest``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import make_msgid
from pathlib import Path

from afterword.config import MailServer, Settings
from afterword.mail.kernel import MessageStatus
from afterword.store.db import Database, utcnow
from afterword.store.schema import MessageRow
from support.smtp import RecordingSMTPServer

EXAMPLE = Path(__file__).parents[2] / "examples" / "northwind-panel.yaml"
# The example interview ends 2026-11-24 15:00 in Chicago (21:00 UTC); its thank-yous may go
# from 08:00 Chicago the next morning (the 4-hour gap ends at night) until 21:00 UTC.
DURING_INTERVIEW = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)
WINDOW_OPENS = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
IN_WINDOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


def settings_for(server: RecordingSMTPServer, **smtp: object) -> Settings:
    """Settings that send to the test server, with short timeouts."""
    values: dict[str, object] = {"host": server.host, "port": server.port, "timeout_seconds": 2}
    values.update(smtp)
    return Settings(smtp=MailServer.model_validate(values))


def queue_messages(
    db: Database,
    interview_id: int,
    count: int,
    due: datetime | None = None,
    status: str = MessageStatus.SCHEDULED,
    to: str = "person{n}@northwind.example",
) -> list[int]:
    """Store ``count`` approved messages due at ``due`` (default: an hour ago)."""
    now = utcnow()
    due = due or now - timedelta(hours=1)
    rows = [
        MessageRow(
            interview_id=interview_id,
            kind="thank-you",
            sequence=1,
            variant=0,
            to_name=f"Person {n}",
            to_address=to.format(n=n),
            subject=f"Thank you {n}",
            body=f"Dear Person {n},\n\nThank you for the conversation.\n\nJordan Lee\n",
            status=status,
            message_id=make_msgid(domain="example.com"),
            created_at=now,
            updated_at=now,
            approved_at=now,
            scheduled_for=due,
            attempts=0,
        )
        for n in range(count)
    ]
    with db.session() as session:
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def states(db: Database) -> dict[int, str]:
    """Every message's id and state."""
    from sqlalchemy import select

    with db.session() as session:
        return {i: s for i, s in session.execute(select(MessageRow.id, MessageRow.status))}


def events(db: Database, message_id: int) -> list[tuple[str, dict]]:
    """The event log of one message, in order."""
    from sqlalchemy import select

    from afterword.store.schema import Event

    with db.session() as session:
        rows = session.execute(
            select(Event.kind, Event.detail)
            .where(Event.message_id == message_id)
            .order_by(Event.id)
        )
        return [(kind, detail) for kind, detail in rows]
