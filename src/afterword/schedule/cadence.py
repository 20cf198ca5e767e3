"""The full cadence: every interviewer's items worked out from interviews and messages.

Two queries per set of interviewers (the interviewers with their interview's timing columns,
and their live messages); everything else is arithmetic in memory. The pending rows are
made from this, and it stays the reference they are tested against.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import String, select, type_coerce

from afterword.schedule.business import ScheduleError, as_utc
from afterword.schedule.deadlines import (
    FOLLOW_UP,
    THANK_YOU,
    Timing,
    follow_up_due,
    thank_you_deadline,
)
from afterword.schedule.items import DONE_STATES, PLAN, STATE_NAMES, STATE_RANK, DueItem, order
from afterword.store.schema import InterviewerRow, InterviewRow, MessageRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from afterword.config import Settings
    from afterword.store.db import Database


class Planned(NamedTuple):
    """One item of one interviewer as the cadence has it, without a clock: a pending row."""

    interviewer_id: int
    step: int
    user_id: int
    interview_id: int
    kind: str
    sequence: int
    due_at: datetime
    state: str
    message_id: int | None

    @property
    def done(self) -> bool:
        """Tell whether nothing is left to do about it."""
        return self.state in DONE_STATES


class _Person(NamedTuple):
    interviewer_id: int
    replied_at: datetime | None
    interview_id: int
    user_id: int
    timing: Timing


class _Sent(NamedTuple):
    id: int
    status: str
    sent_at: datetime | None
    replied_at: datetime | None


Best = dict[tuple[int, str, int], _Sent]
DueKey = tuple[int, str, int, datetime | None]


def moment(value: str | datetime | None) -> datetime | None:
    """Return a stored time as aware UTC (SQLite hands back text when asked to; ~1 µs)."""
    if value is None:
        return None
    return as_utc(datetime.fromisoformat(value) if isinstance(value, str) else value)


def _text(column: Any) -> Any:
    """Read a time column as stored: SQLite's own datetime parsing costs ~40 µs a row."""
    return type_coerce(column, String)


def _people_query() -> Any:
    return select(
        InterviewerRow.id, InterviewerRow.replied_at, InterviewRow.id, InterviewRow.user_id,
        InterviewRow.company, _text(InterviewRow.starts_at), InterviewRow.duration_minutes,
        InterviewRow.timezone, InterviewRow.decision_by,
    ).join(InterviewRow, InterviewerRow.interview_id == InterviewRow.id)  # fmt: skip


def _messages_query() -> Any:
    return select(
        MessageRow.id, MessageRow.interviewer_id, MessageRow.kind, MessageRow.sequence,
        MessageRow.status, _text(MessageRow.sent_at), _text(MessageRow.replied_at),
    ).where(MessageRow.status.in_(list(STATE_RANK)))  # fmt: skip


def plan_interviewers(
    session: Session,
    settings: Settings,
    *,
    user_id: int | None = None,
    interviewer_ids: Collection[int] | None = None,
) -> list[Planned]:
    """Work out every item of these interviewers (or of all the user's), unsorted."""
    people, messages = _people_query(), _messages_query()
    if user_id is not None:
        people = people.where(InterviewRow.user_id == user_id)
        messages = messages.join(InterviewRow, MessageRow.interview_id == InterviewRow.id).where(
            InterviewRow.user_id == user_id
        )
    if interviewer_ids is not None:
        people = people.where(InterviewerRow.id.in_(list(interviewer_ids)))
        messages = messages.where(MessageRow.interviewer_id.in_(list(interviewer_ids)))
    connection = session.connection()
    timings: dict[int, Timing] = {}  # a panel shares one interview
    found = [_person(row, timings) for row in connection.execute(people)]
    best, cache = _best(connection.execute(messages)), dict[DueKey, datetime]()
    return [item for person in found for item in _plan(person, best, settings, cache)]


def _timing(row: Any) -> Timing:
    try:
        return Timing.from_columns(moment(row[5]), row[6], row[7], row[8])  # type: ignore[arg-type]
    except ScheduleError as exc:
        raise ScheduleError(
            f"interview {row[2]} ({row[4]}): {exc}; correct it, or remove it with "
            f"'afterword delete {row[2]}'"
        ) from exc


def _person(row: Any, timings: dict[int, Timing]) -> _Person:
    timing = timings.get(row[2]) or timings.setdefault(row[2], _timing(row))
    return _Person(row[0], moment(row[1]), row[2], row[3], timing)


def _best(rows: Iterable[Any]) -> Best:
    """Keep, per interviewer, kind and sequence, the message furthest along."""
    best: Best = {}
    for id_, interviewer_id, kind, sequence, status, sent_at, replied_at in rows:
        key = (interviewer_id, kind, 1 if kind == THANK_YOU else sequence)
        current = best.get(key)
        if current is None or STATE_RANK[status] > STATE_RANK[current.status]:
            best[key] = _Sent(id_, status, moment(sent_at), moment(replied_at))
    return best


def _state(message: _Sent | None, person: _Person, kind: str) -> str:
    if message is not None and message.replied_at is not None:
        return "replied"
    if message is not None and message.status == "sent":
        return "sent"
    if kind == FOLLOW_UP and person.replied_at is not None:
        return "replied"  # a reply stops the cadence
    if message is None:
        return "due"
    return STATE_NAMES.get(message.status, message.status)


def _due_at(
    person: _Person,
    kind: str,
    sequence: int,
    previous_sent: datetime | None,
    settings: Settings,
    cache: dict[DueKey, datetime],
) -> datetime:
    """Return the due time; interviewers of one panel share it, so it is worked out once."""
    key = (person.interview_id, kind, sequence, previous_sent)
    if key not in cache:
        if kind == THANK_YOU:
            cache[key] = thank_you_deadline(person.timing)
        else:
            due = follow_up_due(person.timing, settings, previous_sent, sequence)
            assert due is not None
            cache[key] = due
    return cache[key]


def _plan(
    person: _Person, best: Best, settings: Settings, cache: dict[DueKey, datetime]
) -> list[Planned]:
    items = []
    previous_sent: datetime | None = None
    for step, (kind, sequence) in enumerate(PLAN):
        due = _due_at(person, kind, sequence, previous_sent, settings, cache)
        message = best.get((person.interviewer_id, kind, sequence))
        previous_sent = message.sent_at if message and kind == FOLLOW_UP else None
        items.append(
            Planned(
                person.interviewer_id, step, person.user_id, person.interview_id, kind,
                sequence, due, _state(message, person, kind), message.id if message else None,
            )
        )  # fmt: skip
    return items


def full_schedule(
    db: Database, settings: Settings, now: datetime, user_id: int | None = None
) -> list[DueItem]:
    """Return every item of the user's interviews, done ones too, worked out from scratch.

    The reference the maintained pending rows must agree with; it reads the whole history.
    """
    now, user = as_utc(now), db.local_user_id() if user_id is None else user_id
    with db.session() as session:
        planned = plan_interviewers(session, settings, user_id=user)
        names = _names(session, user)
    items = [_item(p, names[p.interviewer_id], now) for p in planned]
    return sorted(items, key=order)


def _names(session: Session, user_id: int) -> dict[int, tuple[str, str | None, str, str]]:
    query = (
        select(InterviewerRow.id, InterviewerRow.name, InterviewerRow.email,
               InterviewRow.company, InterviewRow.role)
        .join(InterviewRow, InterviewerRow.interview_id == InterviewRow.id)
        .where(InterviewRow.user_id == user_id)
    )  # fmt: skip
    return {row[0]: tuple(row[1:]) for row in session.connection().execute(query)}  # type: ignore[misc]


def _item(p: Planned, who: tuple[str, str | None, str, str], now: datetime) -> DueItem:
    name, address, company, role = who
    return DueItem(
        p.interview_id, p.interviewer_id, name, address, company, role, p.kind, p.sequence,
        p.due_at, p.due_at - now, p.state, p.message_id,
    )  # fmt: skip
