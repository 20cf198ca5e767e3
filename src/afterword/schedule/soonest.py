"""The soonest few due items without working out every interview's cadence.

Every item of an interview is due no sooner than the interview starts: a thank-you 24 hours
after it ends, a first follow-up on a working morning two or more days later, a second one a
week after the first was due or sent. So, reading interviews in order of start, once the
soonest ``limit`` items found so far are all due before the next interview starts, no later
interview can hold a sooner one. The one exception is a second follow-up that counts from a
first one marked sent before its interview began (mistyped data): such interviews are read
first, whatever their start.
"""

from __future__ import annotations

import heapq
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterword.schedule.deadlines import FOLLOW_UP
from afterword.schedule.due import STATE_RANK, DueItem, load_rows, make_items, order

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from afterword.config import Settings
    from afterword.store.db import Database

# Batches grow from the first (enough for a dashboard) up to the last (well under the
# 999 bound parameters old SQLite builds allow in one statement).
FIRST_BATCH = 64
LAST_BATCH = 512


def soonest_items(
    db: Database, settings: Settings, now: datetime, user_id: int, include_done: bool, limit: int
) -> list[DueItem]:
    """Return the ``limit`` soonest items of the user's interviews, as the full list would."""
    if limit <= 0:
        return []
    with db.session() as session:
        early = _early_interviews(session, user_id)
        found = _items(session, user_id, early, settings, now, include_done)
        kept = heapq.nsmallest(limit, found, key=order)
        for batch, next_start in _batches(session, user_id):
            fresh = [i for i in batch if i not in early]
            found = _items(session, user_id, fresh, settings, now, include_done)
            kept = heapq.nsmallest(limit, kept + found, key=order)
            if next_start is None or (len(kept) == limit and kept[-1].due_at < next_start):
                break
    return kept


def _items(
    session: Session,
    user_id: int,
    ids: list[int],
    settings: Settings,
    now: datetime,
    include_done: bool,
) -> list[DueItem]:
    if not ids:
        return []
    people, best = load_rows(session, user_id, ids)
    return make_items(people, best, settings, now, include_done)


def _early_interviews(session: Session, user_id: int) -> list[int]:
    """Return the interviews with a follow-up sent before the interview began."""
    from sqlalchemy import select

    from afterword.store.schema import InterviewRow, MessageRow

    query = (
        select(MessageRow.interview_id, MessageRow.sent_at, InterviewRow.starts_at)
        .join(InterviewRow, MessageRow.interview_id == InterviewRow.id)
        .where(
            InterviewRow.user_id == user_id,
            MessageRow.kind == FOLLOW_UP,
            MessageRow.sent_at.is_not(None),
            MessageRow.status.in_(list(STATE_RANK)),
        )
    )
    rows: Any = session.execute(query)
    return sorted({id_ for id_, sent, start in rows if sent < start})


def _batches(session: Session, user_id: int) -> Any:
    """Yield the user's interview ids in order of start, with the start of the next batch."""
    from sqlalchemy import select

    from afterword.store.schema import InterviewRow

    query = (
        select(InterviewRow.id, InterviewRow.starts_at)
        .where(InterviewRow.user_id == user_id)
        .order_by(InterviewRow.starts_at, InterviewRow.id)
    )
    offset, size = 0, FIRST_BATCH
    while True:
        # One row past the batch tells where the next one starts.
        rows = session.execute(query.offset(offset).limit(size + 1)).all()
        following = rows[size][1] if len(rows) > size else None
        yield [row[0] for row in rows[:size]], following
        if following is None:
            return
        offset, size = offset + size, min(size * 2, LAST_BATCH)
