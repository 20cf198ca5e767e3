"""The maintained schedule items agree with the full cadence, whatever wrote to the database.

A generated history is changed step by step the ways the product changes it (drafts, outbox
transitions as ORM or Core writes, replies, new interview times, deletions, other settings),
with reads in between; after every step the pending rows equal the cadence worked out from
scratch.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from schedule_helpers import add_message, northwind
from sqlalchemy import select, update

from afterword.config import ScheduleSettings, Settings
from afterword.schedule.cadence import full_schedule
from afterword.schedule.due import due_items, iter_due_items
from afterword.store.db import Database
from afterword.store.interviews import delete_interview, interviewer_ids, save_interview
from afterword.store.schema import InterviewerRow, InterviewRow, MessageRow, ScheduleStaleRow

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
ZONES = ("America/Chicago", "Europe/London", "Asia/Kolkata", "UTC")
STATES = ("draft", "approved", "scheduled", "sending", "sent", "failed", "cancelled", "uncertain")
SETTINGS = (Settings(), Settings(schedule=ScheduleSettings(country="GB", window_start="09:30")))


def _add_interview(db: Database, rng: random.Random) -> None:
    start = datetime(2026, 1, 5, 9) + timedelta(hours=rng.randint(0, 24 * 200))
    later = start.date() + timedelta(days=rng.choice([-2, 3, 10]))
    decision = later if rng.random() < 0.4 else None
    people = [{"name": f"P{n}", "email": f"p{n}@example.com"} for n in range(rng.randint(1, 3))]
    interview = northwind(
        when=start, timezone=rng.choice(ZONES), decision_by=decision, interviewers=people
    )
    save_interview(db, interview)


def _ids(db: Database, column: Any) -> list[int]:
    with db.session() as session:
        return list(session.scalars(select(column)).all())


def _add_message(db: Database, rng: random.Random) -> None:
    interview = rng.choice(_ids(db, InterviewRow.id))
    person = rng.choice(interviewer_ids(db, interview))
    kind, sequence = rng.choice([("thank-you", 1), ("follow-up", 1), ("follow-up", 2)])
    sent = NOW - timedelta(days=rng.randint(0, 120)) if rng.random() < 0.5 else None
    add_message(db, interview, person, kind, "sent" if sent else rng.choice(STATES), sequence,
                sent_at=sent)  # fmt: skip


def _core_transition(db: Database, rng: random.Random) -> None:
    """Move a message on with a Core UPDATE, the way conditional outbox writes do."""
    messages = _ids(db, MessageRow.id)
    if not messages:
        return _add_message(db, rng)
    message, status = rng.choice(messages), rng.choice(STATES)
    sent = NOW - timedelta(days=rng.randint(0, 60)) if status == "sent" else None
    replied = NOW if rng.random() < 0.2 else None
    with db.session() as session:
        session.execute(
            update(MessageRow)
            .where(MessageRow.id == message)
            .values(status=status, sent_at=sent, replied_at=replied)
        )


def _reply(db: Database, rng: random.Random) -> None:
    person = rng.choice(_ids(db, InterviewerRow.id))
    with db.session() as session:
        session.execute(
            update(InterviewerRow).where(InterviewerRow.id == person).values(replied_at=NOW)
        )


def _move_interview(db: Database, rng: random.Random) -> None:
    interview = rng.choice(_ids(db, InterviewRow.id))
    with db.session() as session:
        row = session.get(InterviewRow, interview)
        assert row is not None
        row.starts_at = row.starts_at + timedelta(days=rng.randint(-3, 9))
        row.decision_by = date(2026, 7, 1) if rng.random() < 0.5 else None


def _delete_message(db: Database, rng: random.Random) -> None:
    messages = _ids(db, MessageRow.id)
    if not messages:
        return _add_message(db, rng)
    with db.session() as session:
        session.delete(session.get(MessageRow, rng.choice(messages)))


def _claim(db: Database, rng: random.Random) -> None:
    """The outbox's claim of a few queued messages (it keeps their items itself)."""
    from afterword.mail.sender import _claim as claim

    interview = rng.choice(_ids(db, InterviewRow.id))
    person = rng.choice(interviewer_ids(db, interview))
    kind, sequence = rng.choice([("thank-you", 1), ("follow-up", 1), ("follow-up", 2)])
    add_message(db, interview, person, kind, rng.choice(["approved", "scheduled"]), sequence)
    with db.session() as session:
        queued = list(session.scalars(
            select(MessageRow.id).where(MessageRow.status.in_(["approved", "scheduled"]))
        ))  # fmt: skip
    claim(db, "test-worker", MessageRow.id.in_(rng.sample(queued, min(3, len(queued)))), None)


def _delete_interview(db: Database, rng: random.Random) -> None:
    delete_interview(db, rng.choice(_ids(db, InterviewRow.id)))


CHANGES = [
    (_add_interview, 3), (_add_message, 5), (_core_transition, 4), (_reply, 1),
    (_move_interview, 2), (_delete_message, 1), (_delete_interview, 1), (_claim, 2),
]  # fmt: skip


def _agree(db: Database, settings: Settings) -> None:
    everything = full_schedule(db, settings, NOW)
    assert due_items(db, settings, NOW, include_done=True) == everything
    assert due_items(db, settings, NOW) == [item for item in everything if item.pending]
    assert list(iter_due_items(db, settings, NOW, include_done=True)) == everything


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pending_rows_equal_the_full_cadence_after_every_change(
    database: Database, seed: int
) -> None:
    rng = random.Random(seed)
    for _ in range(4):
        _add_interview(database, rng)
    changes, weights = zip(*CHANGES, strict=True)
    for step in range(40):
        rng.choices(changes, weights)[0](database, rng)
        if not _ids(database, InterviewRow.id):
            _add_interview(database, rng)
        if step % 3 == 0:
            _agree(database, SETTINGS[step // 20])
    _agree(database, SETTINGS[0])
    # control: the history was not trivial, and nothing is left to work out
    states = {i.state for i in due_items(database, SETTINGS[0], NOW, include_done=True)}
    assert "due" in states and states & {"sent", "replied"}
    assert _ids(database, ScheduleStaleRow.interviewer_id) == []


def test_a_limit_reads_the_soonest_pending_rows(database: Database) -> None:
    rng = random.Random(9)
    for _ in range(12):
        _add_interview(database, rng)
    everything = due_items(database, SETTINGS[0], NOW)
    for limit in (1, 5, len(everything), len(everything) + 3):
        assert due_items(database, SETTINGS[0], NOW, limit=limit) == everything[:limit]
    # control: paging a page at a time gives the same list
    from afterword.schedule.pending import iter_items

    user = database.local_user_id()
    assert list(iter_items(database, user, NOW, page=4)) == everything


def test_pages_left_halfway_leave_the_pooled_connection_fit_for_the_next_read(
    database: Database,
) -> None:
    """On PostgreSQL the rows are streamed from one statement: leaving the pages halfway
    cancels it, and the pooled connection then reads again as before."""
    from afterword.schedule.pending import iter_items

    rng = random.Random(5)
    for _ in range(6):
        _add_interview(database, rng)
    user = database.local_user_id()
    everything = due_items(database, SETTINGS[0], NOW)
    assert len(everything) > 9
    assert list(iter_items(database, user, NOW, page=3)) == everything
    for _ in range(3):
        halfway = iter_items(database, user, NOW, page=3)
        assert [next(halfway) for _ in range(5)] == everything[:5]
        halfway.close()
        assert list(iter_items(database, user, NOW, page=4)) == everything
        assert due_items(database, SETTINGS[0], NOW, limit=2) == everything[:2]


@pytest.mark.parametrize(("include_done", "index"), [(False, "pending"), (True, "all")])
@pytest.mark.parametrize("keyset", [False, True])
def test_a_page_is_read_from_the_index_without_sorting(
    sqlite_url: str, include_done: bool, index: str, keyset: bool
) -> None:
    """What is due next costs the same at any size: an index range, no sort of the history."""
    from afterword.schedule.pending import PAGES

    database = Database(sqlite_url)
    with database.engine.connect() as connection:
        compiled = PAGES[include_done, keyset].compiled.get("sqlite")
        if compiled is None:  # compiled on first use
            PAGES[include_done, keyset].run(connection, user=1, limit=1, k0="", k1=0, k2=0, k3=0)
            compiled = PAGES[include_done, keyset].compiled["sqlite"]
        plan = " ".join(
            row[-1] for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + compiled.string,
                tuple(0 for _ in compiled.positiontup),
            )
        )  # fmt: skip
    database.dispose()
    assert f"INDEX ix_schedule_items_{index}" in plan and "TEMP B-TREE" not in plan


def _stale(db: Database) -> list[int]:
    return _ids(db, ScheduleStaleRow.interviewer_id)


def test_the_claim_keeps_its_items_without_the_trigger(database: Database) -> None:
    """Migration 0008: the trigger leaves the claim out, and the claim's own upkeep agrees
    with the cadence; every other write to the same columns still marks the interviewer."""
    from afterword.mail.sender import _claim as claim

    interview = save_interview(database, northwind(when=datetime(2026, 5, 30, 10)))
    first, second = interviewer_ids(database, interview)
    queued = add_message(database, interview, first, "thank-you", "scheduled")
    other = add_message(database, interview, second, "thank-you", "approved")
    replied = add_message(database, interview, second, "follow-up", "approved", 1,
                          replied_at=NOW)  # fmt: skip
    _agree(database, SETTINGS[0])  # worked out: nothing stale
    assert _stale(database) == []

    claimed = claim(database, "test-worker", MessageRow.id.in_([queued, other, replied]), None)
    assert claimed == [queued, other, replied]
    assert _stale(database) == []  # the trigger did not fire on the claim
    states = {(i.interviewer_id, i.kind, i.sequence): i.state
              for i in due_items(database, SETTINGS[0], NOW, include_done=True)}  # fmt: skip
    assert states[first, "thank-you", 1] == states[second, "thank-you", 1] == "sending"
    assert states[second, "follow-up", 1] == "replied"
    _agree(database, SETTINGS[0])

    # The trigger still does its job: the send's outcome, and a move to sending that is not
    # a claim (no new sending_started_at), mark the interviewer stale.
    with database.session() as session:
        session.execute(update(MessageRow).where(MessageRow.id == queued)
                        .values(status="sent", sent_at=NOW))  # fmt: skip
    assert _stale(database) == [first]
    _agree(database, SETTINGS[0])
    again = add_message(database, interview, first, "follow-up", "approved", 1)
    _agree(database, SETTINGS[0])
    with database.session() as session:
        session.execute(update(MessageRow).where(MessageRow.id == again).values(status="sending"))
    assert _stale(database) == [first]
    _agree(database, SETTINGS[0])


def test_the_claim_marks_an_item_that_is_not_its_message(database: Database) -> None:
    """A claimed message its item does not show (another of the same step was further
    along) is marked stale, so the item is worked out again."""
    from afterword.mail.sender import _claim as claim

    interview = save_interview(database, northwind(when=datetime(2026, 5, 30, 10)))
    person = interviewer_ids(database, interview)[0]
    add_message(database, interview, person, "thank-you", "uncertain")
    queued = add_message(database, interview, person, "thank-you", "scheduled", variant=1)
    _agree(database, SETTINGS[0])
    assert claim(database, "test-worker", MessageRow.id.in_([queued]), None) == [queued]
    assert _stale(database) == [person]  # sending is further along than uncertain
    _agree(database, SETTINGS[0])


def test_postgresql_gets_the_limit_written_into_the_statement() -> None:
    """A LIMIT parameter makes PostgreSQL plan the prepared statement on every run."""
    from sqlalchemy.dialects import postgresql

    from afterword.schedule.overview import RECENT
    from afterword.schedule.pending import PAGES

    dialect = postgresql.psycopg.dialect()  # type: ignore[attr-defined]
    for prepared in (PAGES[False, False], PAGES[True, True], RECENT):
        compiled = prepared._compile(dialect, ("postgresql", 12))
        assert compiled.string.rstrip().endswith("LIMIT 12")
        keyset = {f"k{n}": 0 for n in range(4)}
        assert "limit" not in compiled.construct_params({"user": 1, **keyset})
