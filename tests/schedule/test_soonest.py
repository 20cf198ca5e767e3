"""due_items with a limit: the same soonest items as the full list, reading fewer interviews."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from schedule_helpers import add_message, northwind

from afterword.config import Settings
from afterword.schedule.due import due_items
from afterword.store.db import Database
from afterword.store.interviews import interviewer_ids, save_interview

SETTINGS = Settings()
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
ZONES = ("America/Chicago", "Europe/London", "Asia/Kolkata", "Pacific/Auckland", "UTC")
# Over 64 + 128 interviews, so the search reads three batches when it must read them all.
COUNT = 200


def _store(db: Database, rng: random.Random, start: datetime, *, done: bool = False) -> int:
    decision = start.date() + timedelta(days=rng.choice([-3, 2, 9])) if rng.random() < 0.4 else None
    people = [
        {"name": f"Person {n}", "email": f"p{n}@example.com"} for n in range(rng.randint(1, 3))
    ]
    interview = northwind(
        when=start.replace(tzinfo=None), timezone=rng.choice(ZONES), decision_by=decision,
        interviewers=people, duration_minutes=rng.choice([30, 60, 240]),
    )  # fmt: skip
    interview_id = save_interview(db, interview)
    for person in interviewer_ids(db, interview_id):
        _messages(db, rng, interview_id, person, start, done)
    return interview_id


def _messages(
    db: Database, rng: random.Random, interview_id: int, person: int, start: datetime, done: bool
) -> None:
    """Leave each note at some stage: sent, drafted, answered, or not begun."""
    if done or rng.random() < 0.4:
        add_message(db, interview_id, person, status="sent", sent_at=start + timedelta(hours=5))
    elif rng.random() < 0.3:
        add_message(db, interview_id, person, status=rng.choice(["draft", "approved", "failed"]))
    for sequence in (1, 2) if done else (1,) if rng.random() < 0.2 else ():
        sent = start + timedelta(days=rng.randint(3, 12) * sequence)
        replied = sent + timedelta(days=1) if rng.random() < 0.5 else None
        add_message(db, interview_id, person, "follow-up", "sent", sequence,
                    sent_at=sent, replied_at=replied)  # fmt: skip


@pytest.fixture(scope="module")
def rng_seed() -> int:
    return 6


@pytest.fixture
def history(database: Database, rng_seed: int) -> Database:
    """Interviews over two years in shuffled order: the oldest all done, the rest mixed."""
    rng = random.Random(rng_seed)
    starts = [datetime(2025, 1, 6, 9, tzinfo=UTC) + timedelta(hours=61 * n) for n in range(COUNT)]
    order = list(range(COUNT))
    rng.shuffle(order)
    for n in order:
        _store(database, rng, starts[n], done=n < COUNT // 2)
    return database


def _key(items):  # type: ignore[no-untyped-def]
    return [(i.interview_id, i.interviewer_id, i.label, i.due_at, i.state) for i in items]


def test_a_limit_gives_the_head_of_the_full_list(history) -> None:  # type: ignore[no-untyped-def]
    for include_done in (False, True):
        everything = due_items(history, SETTINGS, NOW, include_done=include_done)
        for limit in (1, 12, 100, 10_000):
            soonest = due_items(history, SETTINGS, NOW, include_done=include_done, limit=limit)
            assert _key(soonest) == _key(everything[:limit])
            assert soonest == everything[:limit]
    # control: the oldest half is all done, so the soonest pending items lie past the first
    # batch of interviews, and the search had to read on
    first = due_items(history, SETTINGS, NOW, limit=12)
    assert len(first) == 12 and all(item.pending for item in first)
    middle = datetime(2025, 1, 6, 9, tzinfo=UTC) + timedelta(hours=61 * (COUNT // 2))
    assert min(item.due_at for item in first) > middle


def test_a_follow_up_sent_before_its_interview_still_counts(database: Database) -> None:
    """Mistyped data: a second follow-up due long before its interview started is found."""
    rng = random.Random(1)
    for n in range(80):
        _store(database, rng, datetime(2026, 1, 5, 9, tzinfo=UTC) + timedelta(days=n))
    late = save_interview(database, northwind(when=datetime(2027, 3, 1, 9)))
    for person in interviewer_ids(database, late):
        add_message(
            database, late, person, "follow-up", "sent", sent_at=datetime(2025, 2, 3, tzinfo=UTC)
        )
    soonest = due_items(database, SETTINGS, NOW, limit=2)
    assert [(i.interview_id, i.label, i.due_at.date()) for i in soonest] == [
        (late, "follow-up 2", date(2025, 2, 10)),
        (late, "follow-up 2", date(2025, 2, 10)),
    ]
    assert soonest == due_items(database, SETTINGS, NOW)[:2]


def test_interview_ids_keep_to_those_interviews(stored_panel) -> None:  # type: ignore[no-untyped-def]
    db, _, _ = stored_panel
    for n in range(1, 10):
        _store(db, random.Random(n), datetime(2026, 2, 2, 9, tzinfo=UTC) + timedelta(days=n))
    history = db
    everything = due_items(history, SETTINGS, NOW, include_done=True)
    wanted = sorted({item.interview_id for item in everything})[3:9]
    chosen = due_items(history, SETTINGS, NOW, include_done=True, interview_ids=wanted)
    assert chosen == [item for item in everything if item.interview_id in wanted]
    assert due_items(history, SETTINGS, NOW, interview_ids=[]) == []
    one = due_items(history, SETTINGS, NOW, interview_id=wanted[0], interview_ids=wanted[1:])
    assert one == []


@pytest.mark.parametrize("limit", [0, -1])
def test_a_limit_of_nothing_gives_nothing(stored_panel, limit) -> None:  # type: ignore[no-untyped-def]
    db, _, _ = stored_panel
    assert due_items(db, SETTINGS, NOW, limit=limit) == []
