"""What is due: each interviewer's thank-you and follow-ups, with countdowns and states.

Two queries whatever the number of interviews: the interviewers with their interview's
timing columns, and the live messages. Everything else is arithmetic in memory.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from afterword.schedule.business import ScheduleError, as_utc
from afterword.schedule.deadlines import (
    FOLLOW_UP,
    MAX_FOLLOW_UPS,
    THANK_YOU,
    Timing,
    follow_up_due,
    thank_you_deadline,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from afterword.config import Settings
    from afterword.store.db import Database

# When several messages answer one item, the furthest along tells its state.
STATE_RANK = {
    "draft": 1,
    "failed": 2,
    "approved": 3,
    "scheduled": 4,
    "uncertain": 5,
    "sending": 6,
    "sent": 7,
}
STATE_NAMES = {"draft": "drafted"}
DONE_STATES = frozenset({"sent", "replied"})


@dataclass(frozen=True)
class DueItem:
    """One thing to send to one interviewer, when it is due, and how far along it is."""

    interview_id: int
    interviewer_id: int
    interviewer: str
    address: str | None
    company: str
    role: str
    kind: str
    sequence: int
    due_at: datetime
    countdown: timedelta
    state: str
    message_id: int | None = None

    @property
    def label(self) -> str:
        """Name the item the way a person would: 'thank-you', 'follow-up 2'."""
        return self.kind if self.kind == THANK_YOU else f"{self.kind} {self.sequence}"

    @property
    def pending(self) -> bool:
        """Tell whether something still has to be done about it."""
        return self.state not in DONE_STATES

    @property
    def overdue(self) -> bool:
        """Tell whether it is still pending after its due time."""
        return self.pending and self.countdown < timedelta(0)

    def to_dict(self) -> dict[str, Any]:
        """Return the item as JSON-ready data."""
        return {
            "interview_id": self.interview_id,
            "interviewer_id": self.interviewer_id,
            "interviewer": self.interviewer,
            "address": self.address,
            "company": self.company,
            "role": self.role,
            "kind": self.kind,
            "sequence": self.sequence,
            "label": self.label,
            "due_at": self.due_at.isoformat(),
            "countdown_seconds": int(self.countdown.total_seconds()),
            "countdown": describe_countdown(self.countdown),
            "overdue": self.overdue,
            "state": self.state,
            "message_id": self.message_id,
        }


def _amount(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{max(minutes, 1)} min"
    hours = round(seconds / 3600)
    if hours < 48:
        return f"{hours} h"
    days = round(seconds / 86400)
    return f"{days} days"


def describe_countdown(countdown: timedelta) -> str:
    """Say how far off a due time is: 'in 3 h', 'in 2 days', 'overdue by 40 min'."""
    seconds = countdown.total_seconds()
    if abs(seconds) < 60:
        return "due now"
    if seconds > 0:
        return f"in {_amount(seconds)}"
    return f"overdue by {_amount(-seconds)}"


@dataclass(frozen=True)
class _Person:
    interviewer_id: int
    name: str
    address: str | None
    replied_at: datetime | None
    interview_id: int
    company: str
    role: str
    timing: Timing


@dataclass(frozen=True)
class _Sent:
    id: int
    status: str
    sent_at: datetime | None
    replied_at: datetime | None


Best = dict[tuple[int, str, int], _Sent]


def _load(
    db: Database, user_id: int, interview_id: int | None = None
) -> tuple[list[_Person], Best]:
    """Read the rows due items are made of: all the user's interviews, or one."""
    with db.session() as session:
        return load_rows(session, user_id, None if interview_id is None else [interview_id])


def load_rows(
    session: Session, user_id: int, interview_ids: Collection[int] | None = None
) -> tuple[list[_Person], Best]:
    """Read the interviewers with their timing, and their live messages (two queries)."""
    from sqlalchemy import select

    from afterword.store.schema import InterviewerRow, InterviewRow, MessageRow

    people = (
        select(
            InterviewerRow.id, InterviewerRow.name, InterviewerRow.email,
            InterviewerRow.replied_at, InterviewRow.id, InterviewRow.company, InterviewRow.role,
            InterviewRow.starts_at, InterviewRow.duration_minutes, InterviewRow.timezone,
            InterviewRow.decision_by,
        )
        .join(InterviewRow, InterviewerRow.interview_id == InterviewRow.id)
        .where(InterviewRow.user_id == user_id)
    )  # fmt: skip
    messages = (
        select(
            MessageRow.id, MessageRow.interviewer_id, MessageRow.kind, MessageRow.sequence,
            MessageRow.status, MessageRow.sent_at, MessageRow.replied_at,
        )
        .join(InterviewRow, MessageRow.interview_id == InterviewRow.id)
        .where(InterviewRow.user_id == user_id, MessageRow.status.in_(list(STATE_RANK)))
    )  # fmt: skip
    if interview_ids is not None:
        people = people.where(InterviewRow.id.in_(list(interview_ids)))
        messages = messages.where(InterviewRow.id.in_(list(interview_ids)))
    timings: dict[int, Timing] = {}  # a panel shares one interview
    found = [_person(row, timings) for row in session.execute(people)]
    return found, _best(session.execute(messages))


def _timing(row: Any) -> Timing:
    try:
        return Timing.from_columns(row[7], row[8], row[9], row[10])
    except ScheduleError as exc:
        raise ScheduleError(
            f"interview {row[4]} ({row[5]}): {exc}; correct it, or remove it with "
            f"'afterword delete {row[4]}'"
        ) from exc


def _person(row: Any, timings: dict[int, Timing]) -> _Person:
    timing = timings.get(row[4]) or timings.setdefault(row[4], _timing(row))
    return _Person(row[0], row[1], row[2], row[3], row[4], row[5], row[6], timing)


def _best(rows: Iterable[Any]) -> dict[tuple[int, str, int], _Sent]:
    """Keep, per interviewer, kind and sequence, the message furthest along."""
    best: dict[tuple[int, str, int], _Sent] = {}
    for id_, interviewer_id, kind, sequence, status, sent_at, replied_at in rows:
        key = (interviewer_id, kind, 1 if kind == THANK_YOU else sequence)
        current = best.get(key)
        if current is None or STATE_RANK[status] > STATE_RANK[current.status]:
            best[key] = _Sent(id_, status, sent_at, replied_at)
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


PLAN = [(THANK_YOU, 1)] + [(FOLLOW_UP, n) for n in range(1, MAX_FOLLOW_UPS + 1)]
DueKey = tuple[int, str, int, datetime | None]


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


def _items_for(
    person: _Person,
    best: dict[tuple[int, str, int], _Sent],
    settings: Settings,
    now: datetime,
    cache: dict[DueKey, datetime],
) -> list[DueItem]:
    items = []
    previous_sent: datetime | None = None
    for kind, sequence in PLAN:
        due = _due_at(person, kind, sequence, previous_sent, settings, cache)
        message = best.get((person.interviewer_id, kind, sequence))
        previous_sent = message.sent_at if message and kind == FOLLOW_UP else None
        items.append(
            DueItem(
                person.interview_id, person.interviewer_id, person.name, person.address,
                person.company, person.role, kind, sequence, due, due - now,
                _state(message, person, kind), message.id if message else None,
            )
        )  # fmt: skip
    return items


def order(item: DueItem) -> tuple[datetime, int, int]:
    """Sort key of due items: soonest first, then by interview and interviewer."""
    return (item.due_at, item.interview_id, item.interviewer_id)


def make_items(
    people: list[_Person], best: Best, settings: Settings, now: datetime, include_done: bool
) -> list[DueItem]:
    """Work out every item of these interviewers, unsorted; done ones only if asked."""
    cache: dict[DueKey, datetime] = {}
    items = [i for person in people for i in _items_for(person, best, settings, now, cache)]
    return items if include_done else [item for item in items if item.pending]


def collect_due_items(
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
    """Return the due items of one user's interviews (the local user by default), soonest first.

    Items already sent or answered are left out unless ``include_done``; ``interview_id``
    keeps to one interview, ``interview_ids`` to several; ``limit`` keeps the soonest few,
    reading only the interviews that can hold them.
    """
    now, user = as_utc(now), db.local_user_id() if user_id is None else user_id
    if interview_id is not None:
        wanted = interview_ids is None or interview_id in interview_ids
        interview_ids = [interview_id] if wanted else []
    if limit is not None and interview_ids is None:
        from afterword.schedule.soonest import soonest_items

        return soonest_items(db, settings, now, user, include_done, limit)
    with db.session() as session:
        people, best = load_rows(session, user, interview_ids)
    items = sorted(make_items(people, best, settings, now, include_done), key=order)
    return items if limit is None else items[: max(limit, 0)]
