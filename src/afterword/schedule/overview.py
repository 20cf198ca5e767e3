"""The dashboard's reads: the soonest pending items and the recent interviews with states.

One pooled connection, no transaction. On SQLite, four statements compiled once (the
freshness check, the soonest pending items, the latest interviews, their items); on
PostgreSQL the same four as one statement, one round trip (``AT_ONCE``). Each is a generic
plan of index scans, prepared once per connection, read as the driver's tuples.
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
from afterword.schedule.pending import (
    PAGES,
    P,
    Prepared,
    S,
    V,
    item_of,
    needs_work,
    refresh,
)

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
        if connection.dialect.name == "postgresql":
            soonest, interviews, items = _read_at_once(
                db, settings, user_id, connection, due, recent
            )
            return Overview(
                [item_of(row, now) for row in soonest], _recent(interviews), states_of(items)
            )
        refresh(db, settings, user_id, connection)
        soonest = PAGES[False, False].run(connection, user=user_id, limit=due).fetchall()
        interviews = RECENT.run(connection, user=user_id, limit=recent).fetchall()
        ids = [row[0] for row in interviews] + [0] * (recent - len(interviews))
        items = _items_of(recent).run(connection, **{f"i{n}": i for n, i in enumerate(ids)})
        states = states_of(items.fetchall())
    return Overview([item_of(row, now) for row in soonest], _recent(interviews), states)


# PostgreSQL: the four reads as one statement, one round trip instead of four (each a wake-up
# of the server process, which on a busy machine waits for a core). Every part's rows share
# one wide row: (part, order within it, then COLUMNS' twelve, local_start, timezone, and the
# freshness check's two). The items are found from the recent interviews' interviewers, so
# the plan is index lookups from twelve rows at every size (joining the items to all the
# interviewers hashed the whole table at 1,000 interviews).
AT_ONCE = """\
WITH recent AS MATERIALIZED (
  SELECT id, company, role, local_start, timezone, starts_at FROM interviews
  WHERE user_id = %(user)s ORDER BY starts_at DESC, id DESC LIMIT {recent})
SELECT 0 AS part, 0::bigint AS ord, NULL::timestamptz, NULL::integer, NULL::integer,
  NULL::integer, NULL::varchar, NULL::varchar, NULL::varchar, NULL::varchar, NULL::varchar,
  NULL::integer, NULL::varchar, NULL::integer, NULL::timestamp, NULL::varchar,
  (SELECT basis FROM schedule_basis WHERE user_id = %(user)s),
  EXISTS (SELECT 1 FROM schedule_stale WHERE user_id = %(user)s)
UNION ALL
SELECT 1, row_number() OVER (ORDER BY s.due_at, s.interview_id, s.interviewer_id, s.step),
  s.due_at, s.interview_id, s.interviewer_id, s.step, p.name, p.email, v.company, v.role,
  s.kind, s.sequence, s.state, s.message_id, NULL, NULL, NULL, NULL
FROM (SELECT * FROM schedule_items WHERE user_id = %(user)s AND done = false
      ORDER BY due_at, interview_id, interviewer_id, step LIMIT {due}) s
JOIN interviewers p ON p.id = s.interviewer_id JOIN interviews v ON v.id = s.interview_id
UNION ALL
SELECT 2, row_number() OVER (ORDER BY starts_at DESC, id DESC), NULL, id, NULL, NULL, NULL,
  NULL, company, role, NULL, NULL, NULL, NULL, local_start, timezone, NULL, NULL
FROM recent
UNION ALL
SELECT 3, row_number() OVER (ORDER BY s.due_at, s.interview_id, s.interviewer_id, s.step),
  NULL, s.interview_id, NULL, NULL, p.name, NULL, NULL, NULL, s.kind, s.sequence, s.state,
  NULL, NULL, NULL, NULL, NULL
FROM recent v JOIN interviewers p ON p.interview_id = v.id
JOIN schedule_items s ON s.interviewer_id = p.id AND s.interview_id = v.id
ORDER BY part, ord"""


@lru_cache(maxsize=8)
def _at_once(due: int, recent: int) -> str:
    """The statement for these counts, written in: a LIMIT parameter is planned every run."""
    return AT_ONCE.format(due=int(due), recent=int(recent))


def _read_at_once(
    db: Database, settings: Settings, user_id: int, connection: Any, due: int, recent: int
) -> tuple[list[Any], list[Any], list[Any]]:
    """PostgreSQL: the soonest rows, the recent interviews and their items, in one statement.

    When the freshness check says items are stale, they are worked out and read again.
    """
    sql = _at_once(due, recent)
    rows = connection.connection.cursor().execute(sql, {"user": user_id}).fetchall()
    if needs_work(settings, rows[0][16], rows[0][17]):
        refresh(db, settings, user_id)
        rows = connection.connection.cursor().execute(sql, {"user": user_id}).fetchall()
    parts: tuple[list[Any], list[Any], list[Any]] = ([], [], [])
    for row in rows[1:]:
        part = row[0]
        if part == 1:
            parts[0].append(row[2:14])
        elif part == 2:
            parts[1].append((row[3], row[8], row[9], row[14], row[15]))
        else:
            parts[2].append((row[3], row[6], row[10], row[11], row[12]))
    return parts


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
