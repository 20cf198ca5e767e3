"""What is due: the interviewers' thank-yous and follow-ups, soonest first, with countdowns.

Read from the maintained schedule items (``pending``), so the cost follows what is read, not
the size of the history; the stale items are worked out again first.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterword.schedule.business import as_utc
from afterword.schedule.items import DueItem, describe_countdown, write_json
from afterword.schedule.pending import due_of, iter_items, iter_pages, read_interviews, read_page

if TYPE_CHECKING:
    from afterword.config import Settings
    from afterword.store.db import Database

__all__ = [
    "DueItem", "describe_countdown", "due_items", "iter_due_items", "iter_due_rows",
    "write_due_json",
]  # fmt: skip


def due_items(
    db: Database,
    settings: Settings,
    now: datetime,
    user_id: int | None = None,
    include_done: bool = False,
    interview_id: int | None = None,
    *,
    interview_ids: Collection[int] | None = None,
    limit: int | None = None,
) -> list[DueItem]:
    """Return the interviewers' pending thank-yous and follow-ups with due times, soonest first.

    ``user_id`` defaults to the local user (hosted: pass the signed-in user's id);
    ``include_done`` adds what was sent or answered; ``interview_id`` keeps to one interview
    and ``interview_ids`` to several; ``limit`` returns only the soonest few (the same as
    slicing the full list), reading no more rows than that.
    """
    if limit is not None and limit <= 0:
        return []
    user = db.local_user_id() if user_id is None else user_id
    if interview_id is not None:
        wanted = interview_ids is None or interview_id in interview_ids
        interview_ids = [interview_id] if wanted else []
    if interview_ids is not None:
        if not interview_ids:
            return []
        found = read_interviews(db, user, now, interview_ids, include_done, settings)
        return found if limit is None else found[:limit]
    if limit is None:
        return list(iter_due_items(db, settings, now, user, include_done))
    page = read_page(db, user, now, limit=limit, include_done=include_done, settings=settings)
    return page[0]


def iter_due_items(
    db: Database,
    settings: Settings,
    now: datetime,
    user_id: int | None = None,
    include_done: bool = False,
) -> Iterator[DueItem]:
    """Yield the items ``due_items`` returns, a page of rows at a time (memory stays flat)."""
    user = db.local_user_id() if user_id is None else user_id
    return iter_items(db, user, as_utc(now), include_done=include_done, settings=settings)


def iter_due_rows(
    db: Database, settings: Settings, user_id: int | None = None, include_done: bool = False
) -> Iterator[list[Any]]:
    """Yield the rows of the items ``due_items`` returns, a page at a time, for
    ``write_due_json`` to write as they are (no object per item)."""
    user = db.local_user_id() if user_id is None else user_id
    return iter_pages(db, user, include_done=include_done, settings=settings)


def write_due_json(now: datetime, pages: Iterable[list[Any]], write: Callable[[str], Any]) -> None:
    """Write ``due --json``'s document from ``iter_due_rows``' pages, item by item."""
    write_json(now, pages, write, due_of)
