"""The maintained schedule items: what is pending per interviewer, read from indexed rows.

Every write that can change an interviewer's items marks them stale (database triggers, so
no write path is missed); before reading, the stale ones are worked out again with the full
cadence, in batches. Reading then costs what is read, whatever the size of the history:
"what is due next" is one indexed query for the first rows after a keyset.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    String,
    delete,
    exists,
    false,
    insert,
    literal,
    select,
    tuple_,
    type_coerce,
)

from afterword.schedule.business import as_utc
from afterword.schedule.cadence import Planned, moment, plan_interviewers
from afterword.schedule.items import DueItem
from afterword.store.schema import (
    InterviewerRow,
    InterviewRow,
    ScheduleBasisRow,
    ScheduleItemRow,
    ScheduleStaleRow,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from afterword.config import Settings
    from afterword.store.db import Database

# Well under the 999 bound parameters old SQLite builds allow in one statement.
REFRESH_BATCH = 400
PAGE = 1000
Keyset = tuple[datetime, int, int, int]

S, P, V = ScheduleItemRow, InterviewerRow, InterviewRow  # item, person, interview


def basis_of(settings: Settings) -> str:
    """Name the settings that due times depend on; items worked out with others are redone."""
    schedule = settings.schedule
    return f"country={schedule.country};hours={schedule.window_start}-{schedule.window_end}"


def refresh(db: Database, settings: Settings, user_id: int) -> int:
    """Work out again the user's stale items (all of them after a settings change)."""
    if not _needs_work(db, settings, user_id):
        return 0
    done = 0
    with db.session() as session:  # begins with a write: SQLite takes its lock at once
        connection = session.connection()
        _check_basis(connection, settings, user_id)
        while ids := _claim(connection, user_id):
            _replace(connection, ids, plan_interviewers(session, settings, interviewer_ids=ids))
            done += len(ids)
    return done


def _needs_work(db: Database, settings: Settings, user_id: int) -> bool:
    """Tell, reading only, whether anything is stale for this user or the basis changed."""
    query = select(ScheduleBasisRow.basis).where(ScheduleBasisRow.user_id == user_id)
    with db.engine.connect() as connection:
        if connection.scalar(query) != basis_of(settings):
            return True
        return bool(connection.scalar(select(_stale_marks(user_id).exists())))


def _stale_marks(user_id: int) -> Any:
    """Select the stale marks of this user's interviewers, and those left by deleted ones."""
    marks = ScheduleStaleRow.__table__
    owners = marks.outerjoin(P, P.id == marks.c.interviewer_id).outerjoin(V, V.id == P.interview_id)
    return (
        select(marks.c.interviewer_id)
        .select_from(owners)
        .where((V.user_id == user_id) | V.id.is_(None))
    )


def _check_basis(connection: Connection, settings: Settings, user_id: int) -> None:
    """Mark all the user's interviewers stale when their items used other settings.

    Written as a delete and an insert, so that on SQLite the transaction begins with a write
    and takes the lock at once instead of failing when another writer got in between.
    """
    basis, table = basis_of(settings), ScheduleBasisRow.__table__
    mine = table.c.user_id == user_id
    connection.execute(table.delete().where(mine, table.c.basis != basis))
    missing = ~exists().where(mine)
    values = select(literal(user_id), literal(basis)).where(missing)
    if connection.execute(table.insert().from_select(["user_id", "basis"], values)).rowcount:
        everyone = select(P.id).join(V, P.interview_id == V.id).where(V.user_id == user_id)
        fresh = everyone.where(~exists().where(ScheduleStaleRow.interviewer_id == P.id))
        connection.execute(insert(ScheduleStaleRow).from_select(["interviewer_id"], fresh))


def _claim(connection: Connection, user_id: int) -> list[int]:
    """Take up to a batch of the user's stale marks off the table; return their ids.

    One statement, so two readers never claim the same interviewer: the second waits for the
    first and then finds the mark gone.
    """
    marks = ScheduleStaleRow.__table__
    chosen = _stale_marks(user_id).limit(REFRESH_BATCH)
    taken = marks.delete().where(marks.c.interviewer_id.in_(chosen))
    return [row[0] for row in connection.execute(taken.returning(marks.c.interviewer_id))]


def _replace(connection: Connection, ids: list[int], planned: list[Planned]) -> None:
    """Swap these interviewers' stored items for the ones just worked out."""
    table = ScheduleItemRow.__table__
    connection.execute(delete(table).where(table.c.interviewer_id.in_(ids)))
    if planned:
        connection.execute(insert(table), [_values(p) for p in planned])


def _values(p: Planned) -> dict[str, Any]:
    return {
        "interviewer_id": p.interviewer_id, "step": p.step, "user_id": p.user_id,
        "interview_id": p.interview_id, "kind": p.kind, "sequence": p.sequence,
        "due_at": p.due_at, "state": p.state, "done": p.done, "message_id": p.message_id,
    }  # fmt: skip


def _query(user_id: int, include_done: bool, interview_ids: Collection[int] | None) -> Any:
    query = (
        select(
            type_coerce(S.due_at, String), S.interview_id, S.interviewer_id, S.step,
            P.name, P.email, V.company, V.role, S.kind, S.sequence, S.state, S.message_id,
        )
        .join(P, P.id == S.interviewer_id)
        .join(V, V.id == S.interview_id)
        .where(S.user_id == user_id)
        .order_by(S.due_at, S.interview_id, S.interviewer_id, S.step)
    )  # fmt: skip
    if not include_done:
        query = query.where(S.done == false())
    if interview_ids is not None:
        query = query.where(S.interview_id.in_(list(interview_ids)))
    return query


def read_page(
    db: Database,
    user_id: int,
    now: datetime,
    *,
    limit: int,
    after: Keyset | None = None,
    include_done: bool = False,
    interview_ids: Collection[int] | None = None,
) -> tuple[list[DueItem], Keyset | None]:
    """Return up to ``limit`` items after the keyset, soonest first, and the next keyset."""
    query = _query(user_id, include_done, interview_ids).limit(limit)
    if after is not None:
        query = query.where(tuple_(S.due_at, S.interview_id, S.interviewer_id, S.step) > after)
    with db.engine.connect() as connection:
        rows = connection.execute(query).all()
    now = as_utc(now)
    items = [_item(row, now) for row in rows]
    if len(rows) < limit:
        return items, None
    last = rows[-1]
    return items, (items[-1].due_at, last[1], last[2], last[3])


def iter_items(
    db: Database,
    user_id: int,
    now: datetime,
    *,
    include_done: bool = False,
    interview_ids: Collection[int] | None = None,
    page: int = PAGE,
) -> Iterator[DueItem]:
    """Yield every item, soonest first, a page at a time: memory stays flat."""
    after: Keyset | None = None
    while True:
        items, after = read_page(
            db, user_id, now, limit=page, after=after, include_done=include_done,
            interview_ids=interview_ids,
        )  # fmt: skip
        yield from items
        if after is None:
            return


def _item(row: Any, now: datetime) -> DueItem:
    due = moment(row[0])
    assert due is not None
    return DueItem(
        row[1], row[2], row[4], row[5], row[6], row[7], row[8], row[9], due, due - now,
        row[10], row[11],
    )  # fmt: skip
