"""The dashboard's reads: the soonest pending items and the recent interviews with states.

One pooled connection, no transaction, and four statements compiled once (the freshness
check, the soonest pending items, the latest interviews, their items), each a generic plan
of index scans that PostgreSQL prepares once per connection, read as the driver's tuples.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import String, bindparam, select, type_coerce

from afterword.schedule.business import as_utc
from afterword.schedule.deadlines import THANK_YOU
from afterword.schedule.items import DueItem
from afterword.schedule.pending import PAGES, P, Prepared, S, V, item_of, refresh

if TYPE_CHECKING:
    from afterword.config import Settings
    from afterword.store.db import Database


class RecentInterview(NamedTuple):
    """One interview of the dashboard's recent list."""

    id: int
    company: str
    role: str
    start: datetime


class Overview(NamedTuple):
    """What the dashboard shows: due items, recent interviews, each interviewer's state."""

    due: list[DueItem]
    recent: list[RecentInterview]
    states: dict[int, dict[str, str]]  # interview id -> interviewer's name -> state


RECENT = Prepared(
    select(V.id, V.company, V.role, type_coerce(V.local_start, String), V.timezone)
    .where(V.user_id == bindparam("user"))
    .order_by(V.starts_at.desc(), V.id.desc())
    .limit(bindparam("limit", literal_execute=False)),
    literal_limit=True,
)


@lru_cache(maxsize=8)
def _items_of(count: int) -> Prepared:
    """Every item of ``count`` interviews, soonest first.

    One statement per count, the ids as that many parameters (absent ones given as 0): the
    planner then sees a short list of ids and reads them through the interview index.
    """
    wanted = S.interview_id.in_([bindparam(f"i{n}") for n in range(count)])
    return Prepared(
        select(S.interview_id, P.name, S.kind, S.sequence, S.state)
        .join(P, P.id == S.interviewer_id)
        .where(wanted)
        .order_by(S.due_at, S.interview_id, S.interviewer_id, S.step)
    )


def read_overview(
    db: Database, settings: Settings, user_id: int, now: datetime, *, due: int, recent: int
) -> Overview:
    """Return the ``due`` soonest pending items and the ``recent`` latest interviews."""
    now = as_utc(now)
    with db.reading() as connection:
        refresh(db, settings, user_id, connection)
        soonest = PAGES[False, False].run(connection, user=user_id, limit=due).fetchall()
        interviews = RECENT.run(connection, user=user_id, limit=recent).fetchall()
        ids = [row[0] for row in interviews] + [0] * (recent - len(interviews))
        items = _items_of(recent).run(connection, **{f"i{n}": i for n, i in enumerate(ids)})
        states = states_of(items.fetchall())
    return Overview([item_of(row, now) for row in soonest], _recent(interviews), states)


def _recent(rows: list[Any]) -> list[RecentInterview]:
    zones: dict[str, ZoneInfo] = {}
    found = []
    for interview_id, company, role, local_start, zone_name in rows:
        zone = zones.get(zone_name) or zones.setdefault(zone_name, ZoneInfo(zone_name))
        start = _naive(local_start).replace(tzinfo=zone)
        found.append(RecentInterview(interview_id, company, role, start))
    return found


def states_of(items: list[Any]) -> dict[int, dict[str, str]]:
    """Each interviewer's state per interview: the thank-you's, or a follow-up's once begun.

    ``items`` are (interview id, interviewer, kind, sequence, state), soonest first.
    """
    states: dict[int, dict[str, str]] = defaultdict(dict)
    for interview_id, name, kind, sequence, state in sorted(
        items, key=lambda i: (i[2] != THANK_YOU, i[3])
    ):
        if kind == THANK_YOU:
            states[interview_id][name] = state
        elif state != "due":
            states[interview_id][name] = f"{kind} {sequence}: {state}"
    return states


def _naive(value: str | datetime) -> datetime:
    """A stored local time: SQLite hands back text, PostgreSQL a datetime."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value
