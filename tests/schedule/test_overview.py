"""The dashboard's reads: the same items, interviews and states as the full schedule gives."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from schedule_helpers import add_message, northwind

from afterword.config import Settings
from afterword.schedule.due import DueItem, due_items
from afterword.schedule.overview import read_overview
from afterword.store.db import Database
from afterword.store.interviews import interviewer_ids, list_interviews, save_interview

SETTINGS = Settings()
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
ZONES = ("America/Chicago", "Europe/London", "Asia/Kolkata", "Pacific/Auckland", "UTC")


def _history(db: Database, count: int) -> None:
    """Interviews every 61 hours up to NOW, stored shuffled; the older half all sent."""
    rng = random.Random(14)
    order = list(range(count))
    rng.shuffle(order)
    for n in order:
        start = NOW - timedelta(hours=61 * (count - n))
        people = [{"name": f"Person {n}-{p}", "email": f"p{n}.{p}@example.com"}
                  for p in range(rng.randint(1, 3))]  # fmt: skip
        interview = northwind(when=start.replace(tzinfo=None), timezone=rng.choice(ZONES),
                              interviewers=people, company=f"Company {n}")  # fmt: skip
        interview_id = save_interview(db, interview)
        for person in interviewer_ids(db, interview_id):
            if n < count // 2 or rng.random() < 0.3:
                at = start + timedelta(hours=5)
                add_message(db, interview_id, person, status="sent", sent_at=at)
            if n < count // 2:
                at = start + timedelta(days=8)
                add_message(db, interview_id, person, "follow-up", "sent", 1, sent_at=at)
            elif rng.random() < 0.3:
                add_message(db, interview_id, person, "follow-up", "draft", 1)


def _expected_states(items: list[DueItem]) -> dict[int, dict[str, str]]:
    """The dashboard's states as it worked them out before, from the full items."""
    states: dict[int, dict[str, str]] = defaultdict(dict)
    for item in sorted(items, key=lambda i: (i.kind != "thank-you", i.sequence)):
        if item.kind == "thank-you":
            states[item.interview_id][item.interviewer] = item.state
        elif item.state != "due":
            states[item.interview_id][item.interviewer] = f"{item.label}: {item.state}"
    return states


def _recent_of(db: Database, limit: int) -> list[tuple[Any, ...]]:
    return [(s.id, s.company, s.role, s.start) for s in list_interviews(db, limit=limit)]


@pytest.mark.parametrize("count", [0, 5, 40])
def test_the_overview_is_what_the_full_schedule_shows(database: Database, count: int) -> None:
    _history(database, count)
    user = database.local_user_id()
    overview = read_overview(database, SETTINGS, user, NOW, due=12, recent=12)
    assert overview.due == due_items(database, SETTINGS, NOW, limit=12)
    assert [tuple(r) for r in overview.recent] == _recent_of(database, 12)
    shown = [r.id for r in overview.recent]
    items = due_items(database, SETTINGS, NOW, include_done=True, interview_ids=shown)
    assert overview.states == _expected_states(items)
    # control: a long history has sent items and pending ones, so both kinds of state show
    if count == 40:
        assert len(overview.due) == 12 and len(overview.recent) == 12
        shown_states = {s for people in overview.states.values() for s in people.values()}
        assert {"sent", "due"} <= shown_states


def test_the_overview_follows_a_write(database: Database) -> None:
    """A message sent since the last read is in the next one (the stale items are redone)."""
    _history(database, 4)
    user = database.local_user_id()
    first = read_overview(database, SETTINGS, user, NOW, due=12, recent=12).due[0]
    add_message(database, first.interview_id, first.interviewer_id, first.kind, "sent",
                first.sequence, sent_at=NOW)  # fmt: skip
    after = read_overview(database, SETTINGS, user, NOW, due=12, recent=12)
    assert (first.interviewer_id, first.kind, first.sequence) not in {
        (i.interviewer_id, i.kind, i.sequence) for i in after.due
    }
    assert after.due == due_items(database, SETTINGS, NOW, limit=12)
