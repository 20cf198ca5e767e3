"""The maintained schedule items: what is pending per interviewer, read from indexed rows.

Every write that can change an interviewer's items marks them stale (database triggers, so
no write path is missed); before reading, the stale ones are worked out again with the full
cadence, in batches. Reading then costs what is read, whatever the size of the history:
"what is due next" is one indexed query for the first rows after a keyset.
"""

from __future__ import annotations

from collections.abc import Collection, Generator, Iterator
from datetime import datetime
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    String,
    and_,
    bindparam,
    case,
    delete,
    exists,
    false,
    insert,
    literal,
    literal_column,
    select,
    text,
    tuple_,
    type_coerce,
    update,
)

from afterword.schedule.business import as_utc
from afterword.schedule.cadence import Planned, moment, plan_interviewers
from afterword.schedule.deadlines import THANK_YOU
from afterword.schedule.items import PLAN, DueItem
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
Keyset = tuple[Any, int, int, int]  # the due time as stored: text on SQLite

S, P, V = ScheduleItemRow, InterviewerRow, InterviewRow  # item, person, interview


def basis_of(settings: Settings) -> str:
    """Name the settings that due times depend on; items worked out with others are redone."""
    schedule = settings.schedule
    return f"country={schedule.country};hours={schedule.window_start}-{schedule.window_end}"


def refresh(
    db: Database, settings: Settings, user_id: int, connection: Connection | None = None
) -> int:
    """Work out again the user's stale items (all of them after a settings change).

    The check reads on ``connection`` when given (the reader's own); the work has its own
    transaction.
    """
    if connection is not None and not _needs_work(connection, settings, user_id):
        return 0
    if connection is None:
        with db.engine.connect() as reader:
            if not _needs_work(reader, settings, user_id):
                return 0
    done = 0
    with db.session() as session:  # begins with a write: SQLite takes its lock at once
        connection = session.connection()
        _check_basis(connection, settings, user_id)
        while ids := _claim(connection, user_id):
            _replace(connection, ids, plan_interviewers(session, settings, interviewer_ids=ids))
            done += len(ids)
    return done


def _needs_work(connection: Connection, settings: Settings, user_id: int) -> bool:
    """Tell, reading only, whether anything is stale for this user or the basis changed."""
    row = NEEDS_WORK.run(connection, user=user_id).fetchone()
    return needs_work(settings, row[0], row[1])


def needs_work(settings: Settings, basis: str | None, any_stale: Any) -> bool:
    """Tell from the freshness check's two answers whether the user's items must be redone."""
    return basis != basis_of(settings) or bool(any_stale)


def _check_basis(connection: Connection, settings: Settings, user_id: int) -> None:
    """Mark all the user's interviewers stale when their items used other settings.

    Written as a delete and an insert, so that on SQLite the transaction begins with a write
    and takes the lock at once instead of failing when another writer got in between.
    """
    basis, row = basis_of(settings), ScheduleBasisRow
    mine = row.user_id == user_id
    connection.execute(delete(row).where(mine, row.basis != basis))
    values = select(literal(user_id), literal(basis)).where(~exists().where(mine))
    if connection.execute(insert(row).from_select(["user_id", "basis"], values)).rowcount:
        everyone = select(P.id).join(V, P.interview_id == V.id).where(V.user_id == user_id)
        fresh = everyone.add_columns(literal(user_id)).where(
            ~exists().where(ScheduleStaleRow.interviewer_id == P.id)
        )
        columns = ["interviewer_id", "user_id"]
        connection.execute(insert(ScheduleStaleRow).from_select(columns, fresh))


def _claim(connection: Connection, user_id: int) -> list[int]:
    """Take up to a batch of the user's stale marks off the table; return their ids.

    One statement, so two readers never claim the same interviewer: the second waits for the
    first and then finds the mark gone.
    """
    marks = ScheduleStaleRow
    chosen = select(marks.interviewer_id).where(marks.user_id == user_id).limit(REFRESH_BATCH)
    taken = delete(marks).where(marks.interviewer_id.in_(chosen))
    return [row[0] for row in connection.execute(taken.returning(marks.interviewer_id))]


def _replace(connection: Connection, ids: list[int], planned: list[Planned]) -> None:
    """Swap these interviewers' stored items for the ones just worked out."""
    connection.execute(delete(S).where(S.interviewer_id.in_(ids)))
    if planned:
        connection.execute(insert(S), [_values(p) for p in planned])


def _values(p: Planned) -> dict[str, Any]:
    return {
        "interviewer_id": p.interviewer_id, "step": p.step, "user_id": p.user_id,
        "interview_id": p.interview_id, "kind": p.kind, "sequence": p.sequence,
        "due_at": p.due_at, "state": p.state, "done": p.done, "message_id": p.message_id,
    }  # fmt: skip


# The outbox's claim moves queued messages to ``sending``. The trigger on messages leaves that
# move out (migration 0008: it was a marking call per claimed row, and every claimed
# interviewer worked out again on the next read); the claim keeps the items itself, with these,
# in its own transaction. A claimed message that is its item's message changes only the
# item's state (a queued state becomes ``sending``; ``replied`` stays); any other (another
# message of the same step is further along, or there is no such item) is marked stale.
IN_FLIGHT = "sending"
_QUEUED_ITEM = text("schedule_items.state IN ('approved', 'scheduled')")


def _step_of(kind: Any, sequence: Any) -> Any:
    """The item step of a message's kind and sequence (NULL for a step the plan has not)."""
    steps = [(kind == k if k == THANK_YOU else and_(kind == k, sequence == n), step)
             for step, (k, n) in enumerate(PLAN)]  # fmt: skip
    return case(*steps, else_=None)


def claim_upkeep(claimed: Any) -> list[Any]:
    """PostgreSQL: the two statements, as CTEs of the claim, for the rows of ``claimed`` (a
    CTE with the messages' ``id``, ``interview_id``, ``interviewer_id``, ``kind``, ``sequence``)."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    c = claimed.c
    kept = (
        update(S)
        .where(S.interviewer_id == c.interviewer_id, S.step == _step_of(c.kind, c.sequence),
               S.message_id == c.id, _QUEUED_ITEM)
        .values(state=IN_FLIGHT)
        .cte("claimed_items")
    )  # fmt: skip
    unkept = (
        select(c.interviewer_id, V.user_id)
        .join_from(claimed, V, V.id == c.interview_id)
        .where(c.interviewer_id.is_not(None),
               ~exists().where(S.interviewer_id == c.interviewer_id, S.message_id == c.id))
    )  # fmt: skip
    marked = (
        pg_insert(ScheduleStaleRow)
        .from_select(["interviewer_id", "user_id"], unkept)
        .on_conflict_do_nothing()
        .cte("claimed_marks")
    )
    return [kept, marked]


_KEEP_CLAIMED = text(
    "UPDATE schedule_items SET state = 'sending' WHERE interviewer_id = :person"
    " AND step = :step AND message_id = :message AND state IN ('approved', 'scheduled')"
)
_MARK_CLAIMED = text(
    "INSERT OR IGNORE INTO schedule_stale (interviewer_id, user_id) SELECT :person, :user"
    " WHERE NOT EXISTS (SELECT 1 FROM schedule_items"
    " WHERE interviewer_id = :person AND message_id = :message)"
)
_STEPS = {key: step for step, key in enumerate(PLAN)}


def keep_claimed(connection: Connection, claimed: list[tuple[Any, ...]]) -> None:
    """SQLite: the same for claimed rows ``(id, interviewer_id, kind, sequence, user_id)``."""
    rows = [
        {"message": id_, "person": person, "user": user,
         "step": _STEPS.get((kind, 1 if kind == THANK_YOU else sequence), -1)}
        for id_, person, kind, sequence, user in claimed
        if person is not None
    ]  # fmt: skip
    if rows:
        connection.execute(_KEEP_CLAIMED, rows)
        connection.execute(_MARK_CLAIMED, rows)


class Prepared:
    """A statement compiled once per dialect and run as plain driver SQL: the hot paths.

    Building and compiling a Core statement costs more than running it on a small page; the
    rows come back as the driver's plain tuples.
    """

    def __init__(self, statement: Any, *, literal_limit: bool = False) -> None:
        self.statement = statement
        self.literal_limit = literal_limit
        self.compiled: dict[Any, Any] = {}

    def run(self, connection: Connection, **params: Any) -> Any:
        """Execute with these parameters on the driver's own cursor; return the cursor."""
        cursor = connection.connection.cursor()
        cursor.execute(*self._sql(connection, params))
        return cursor

    def stream(self, connection: Connection, size: int, **params: Any) -> Generator[Any]:
        """PostgreSQL: yield the rows as the server sends them, ``size`` at a time (psycopg)."""
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        return cursor.stream(*self._sql(connection, params), size=size)  # type: ignore[no-any-return]

    def _sql(self, connection: Connection, params: dict[str, Any]) -> tuple[str, Any]:
        """The SQL for this connection's dialect and its parameters as the driver takes them."""
        dialect = connection.dialect
        key: Any = dialect.name
        if self.literal_limit and key == "postgresql":
            key = (key, int(params.pop("limit")))
        compiled = self.compiled.get(key)
        if compiled is None:
            compiled = self._compile(dialect, key)
        values = compiled.construct_params(params)
        if compiled.positional:
            return compiled.string, tuple(values[name] for name in compiled.positiontup)
        return compiled.string, values

    def _compile(self, dialect: Any, key: Any) -> Any:
        """Compile for a dialect; with ``literal_limit``, PostgreSQL gets the LIMIT written in.

        PostgreSQL plans a prepared statement whose LIMIT is a parameter afresh on every run
        (its generic plan cannot know how many rows are wanted, so it keeps choosing a custom
        plan): 0.26 ms of planning on the dashboard's soonest items, whose run takes 0.07 ms.
        With the number in the SQL it keeps one generic plan. One statement per limit asked,
        a few at most (the dashboard's and ``due``'s pages).
        """
        statement = self.statement
        if isinstance(key, tuple):
            statement = statement.limit(literal_column(str(key[1])))
            if len(self.compiled) > LIMITS_KEPT:
                self.compiled.clear()
        compiled = self.compiled[key] = statement.compile(dialect=dialect)
        return compiled


LIMITS_KEPT = 16

COLUMNS = (
    type_coerce(S.due_at, String), S.interview_id, S.interviewer_id, S.step,
    P.name, P.email, V.company, V.role, S.kind, S.sequence, S.state, S.message_id,
)  # fmt: skip
KEY = tuple_(S.due_at, S.interview_id, S.interviewer_id, S.step)


def _query(include_done: bool, keyset: bool, limited: bool = True) -> Any:
    query = (
        select(*COLUMNS)
        .join(P, P.id == S.interviewer_id)
        .join(V, V.id == S.interview_id)
        .where(S.user_id == bindparam("user"))
        .order_by(S.due_at, S.interview_id, S.interviewer_id, S.step)
    )
    if limited:
        query = query.limit(bindparam("limit", literal_execute=False))
    if not include_done:
        query = query.where(S.done == false())
    if keyset:
        after = tuple_(*(bindparam(f"k{n}") for n in range(4)))
        query = query.where(after < KEY)
    return query


NEEDS_WORK = Prepared(
    select(
        select(ScheduleBasisRow.basis)
        .where(ScheduleBasisRow.user_id == bindparam("user"))
        .scalar_subquery(),
        exists().where(ScheduleStaleRow.user_id == bindparam("user")),
    )
)
PAGES = {(done, keyset): Prepared(_query(done, keyset), literal_limit=True)
         for done in (False, True) for keyset in (False, True)}  # fmt: skip
EVERY = {done: Prepared(_query(done, keyset=False, limited=False)) for done in (False, True)}


def read_page(
    db: Database,
    user_id: int,
    now: datetime,
    *,
    limit: int,
    after: Keyset | None = None,
    include_done: bool = False,
    settings: Settings | None = None,
) -> tuple[list[DueItem], Keyset | None]:
    """Return up to ``limit`` items after the keyset, soonest first, and the next keyset.

    With ``settings``, the stale items are worked out again first. The keyset holds the due
    time as stored (text on SQLite), so it compares as stored.
    """
    params: dict[str, Any] = {"user": user_id, "limit": limit}
    params.update(zip(("k0", "k1", "k2", "k3"), after or (), strict=False))
    with db.engine.connect() as connection:
        if settings is not None:
            refresh(db, settings, user_id, connection)
        rows = PAGES[include_done, after is not None].run(connection, **params).fetchall()
    now = as_utc(now)
    items = [item_of(row, now) for row in rows]
    if len(rows) < limit:
        return items, None
    last = rows[-1]
    return items, (last[0], last[1], last[2], last[3])


def read_interviews(
    db: Database,
    user_id: int,
    now: datetime,
    interview_ids: Collection[int],
    include_done: bool,
    settings: Settings | None = None,
) -> list[DueItem]:
    """Return every item of these interviews, soonest first (stale ones redone first)."""
    # Found through the interview index, the owner checked on each interview's row (a filter
    # on the item's own user column would lead SQLite to scan all the user's items in order).
    query = (
        select(*COLUMNS)
        .join(P, P.id == S.interviewer_id)
        .join(V, V.id == S.interview_id)
        .where(S.interview_id.in_(list(interview_ids)), V.user_id == user_id)
        .order_by(S.due_at, S.interview_id, S.interviewer_id, S.step)
    )
    if not include_done:
        query = query.where(S.done == false())
    with db.engine.connect() as connection:
        if settings is not None:
            refresh(db, settings, user_id, connection)
        rows = connection.execute(query).all()
    return [item_of(row, as_utc(now)) for row in rows]


def iter_items(
    db: Database,
    user_id: int,
    now: datetime,
    *,
    include_done: bool = False,
    page: int = PAGE,
    settings: Settings | None = None,
) -> Iterator[DueItem]:
    """Yield every item, soonest first, a page at a time: memory stays flat.

    With ``settings``, the stale items are worked out again before the first page.
    """
    now = as_utc(now)
    for rows in iter_pages(db, user_id, include_done=include_done, page=page, settings=settings):
        yield from (item_of(row, now) for row in rows)


def iter_pages(
    db: Database,
    user_id: int,
    *,
    include_done: bool = False,
    page: int = PAGE,
    settings: Settings | None = None,
) -> Iterator[list[Any]]:
    """Yield every item's row (``COLUMNS``), soonest first, ``page`` rows at a time.

    One connection for all the pages, no transaction held between them. On PostgreSQL one
    statement, its rows streamed a page at a time (psycopg's chunked results: the client
    holds one page, the server waits while it is written out); there, pages found by keyset
    cost 9 round trips and 9 index-driven joins at 1,000 interviews, where the one statement
    is one round trip and the bare SELECT's own plan. On SQLite, which has no round trips,
    pages found by keyset. With ``settings``, the stale items are worked out again first.
    """
    params: dict[str, Any] = {"user": user_id, "limit": page}
    with db.reading() as connection:
        if settings is not None:
            refresh(db, settings, user_id, connection)
        if connection.dialect.name == "postgresql":
            streamed = EVERY[include_done].stream(connection, page, user=user_id)
            try:
                while chunk := list(islice(streamed, page)):
                    yield chunk
            finally:  # left halfway: cancel the statement before the connection goes back
                streamed.close()  # (the stream holds the connection's lock while it lasts)
            return
        rows = PAGES[include_done, False].run(connection, **params).fetchall()
        while rows:
            yield rows
            if len(rows) < page:
                return
            params.update(zip(("k0", "k1", "k2", "k3"), rows[-1][:4], strict=True))
            rows = PAGES[include_done, True].run(connection, **params).fetchall()


@lru_cache(maxsize=8192)
def due_of(stored: str | datetime) -> datetime:
    """Read a stored due time as aware UTC; a panel's items and a day's interviews share it."""
    due = moment(stored)
    assert due is not None
    return due


def item_of(row: Any, now: datetime) -> DueItem:
    """Make the due item of a row of ``COLUMNS`` (``now`` in UTC)."""
    due = due_of(row[0])
    return DueItem(
        row[1], row[2], row[4], row[5], row[6], row[7], row[8], row[9], due, due - now,
        row[10], row[11],
    )  # fmt: skip
