"""A due item: one thing to send to one interviewer, when it is due, and how far along it is.

The shared vocabulary of the schedule: the plan of items per interviewer, the states an item
can be in, and the order items are listed in. Both the full cadence (``cadence``) and the
maintained pending rows (``pending``) build on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from json import JSONEncoder
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from afterword.schedule.deadlines import FOLLOW_UP, MAX_FOLLOW_UPS, THANK_YOU

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

# Every interviewer's items, in the order a person meets them; the index is the item's step.
PLAN = [(THANK_YOU, 1)] + [(FOLLOW_UP, n) for n in range(1, MAX_FOLLOW_UPS + 1)]


class DueItem(NamedTuple):
    """One thing to send to one interviewer, when it is due, and how far along it is.

    A named tuple, not a dataclass: ``due --all`` makes one per item of the whole history.
    """

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
            "due_at": _iso(self.due_at),
            "countdown_seconds": int(self.countdown.total_seconds()),
            "countdown": describe_countdown(self.countdown),
            "overdue": self.overdue,
            "state": self.state,
            "message_id": self.message_id,
        }


@lru_cache(maxsize=8192)
def _iso(moment: datetime) -> str:
    """Write a due time as ISO 8601; many items share theirs (`due --all` writes them all)."""
    return moment.isoformat()


def order(item: DueItem) -> tuple[datetime, int, int]:
    """Sort key of due items: soonest first, then by interview and interviewer."""
    return (item.due_at, item.interview_id, item.interviewer_id)


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
    return _describe(countdown.total_seconds())


def _describe(seconds: float) -> str:
    if abs(seconds) < 60:
        return "due now"
    if seconds > 0:
        return f"in {_amount(seconds)}"
    return f"overdue by {_amount(-seconds)}"


# ``due --json``'s items written straight from the rows (``pending.COLUMNS``' order), without
# an object or a dict per item: byte for byte what ``json`` makes of ``DueItem.to_dict()``.
# What repeats (a due time, an interviewer, a step, a state) is written once and kept, boundedly.
CACHED = 2048


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NAIVE_EPOCH = EPOCH.replace(tzinfo=None)
MICROSECOND = timedelta(microseconds=1)


def _micros(moment: datetime) -> int:
    """An aware moment as whole microseconds since the epoch (exact, unlike a timestamp)."""
    return (moment - EPOCH) // MICROSECOND


@lru_cache(maxsize=CACHED)
def _due_field(parse: Callable[[Any], datetime], stored: Any) -> tuple[str, int]:
    """A stored due time's ``"due_at"`` field and its microseconds since the epoch.

    What does not depend on the moment of asking, kept across calls: a due time's ISO text
    was most of what a short ``due --all --json`` spent on it. SQLite's text (naive, UTC) is
    read here without making it aware: ``replace(tzinfo=...)`` and the aware ``isoformat``
    cost 0.6 µs each, most of a due time's work in a long list (16,579 distinct due times
    in ``due --all`` at 10,000 interviews); ``parse`` reads anything else.
    """
    if isinstance(stored, str):
        naive = datetime.fromisoformat(stored)
        if naive.tzinfo is None:  # what the aware moment in UTC would write and count
            iso, micros = naive.isoformat() + "+00:00", (naive - NAIVE_EPOCH) // MICROSECOND
            return f'"due_at": {encode_basestring(iso)}, ', micros
    due = parse(stored)
    return f'"due_at": {encode_basestring(due.isoformat())}, ', _micros(due)


class _Pieces:
    """The JSON of what items share, each made once (until there are too many)."""

    def __init__(self, now: datetime, parse: Callable[[Any], datetime]) -> None:
        self.now, self.parse = now, parse
        self.now_micros = _micros(now)
        self.times: dict[Any, tuple[str, bool]] = {}
        self.people: dict[int, str] = {}
        self.steps: dict[tuple[str, int], str] = {}
        self.ends: dict[str, str] = {}  # by state, for a due time not yet past
        self.ends_past: dict[str, str] = {}

    def trim(self) -> None:
        """Forget the times and people when there are too many: memory stays bounded."""
        if len(self.times) > CACHED or len(self.people) > CACHED:
            self.times.clear()
            self.people.clear()

    def when(self, due_at: Any) -> tuple[str, bool]:
        """Return the due time's three fields and whether it is past."""
        field, due = _due_field(self.parse, due_at)
        countdown = due - self.now_micros  # whole microseconds, as a timedelta counts them
        seconds = countdown / 1_000_000  # what timedelta.total_seconds() makes of them
        text = (
            f'{field}"countdown_seconds": {int(seconds)}, '
            f'"countdown": {encode_basestring(_describe(seconds))}'
        )
        found = self.times[due_at] = (text, countdown < 0)
        return found

    def person(self, interview_id: int, interviewer_id: int, name: str, email: str | None,
               company: str, role: str) -> str:  # fmt: skip
        """Return the item's start: its two ids, the interviewer's and the interview's fields.

        An interviewer belongs to one interview, so all of it is the interviewer's.
        """
        address = "null" if email is None else encode_basestring(email)
        found = self.people[interviewer_id] = (
            f'{{"interview_id": {interview_id}, "interviewer_id": {interviewer_id}, '
            f'"interviewer": {encode_basestring(name)}, "address": {address}, '
            f'"company": {encode_basestring(company)}, "role": {encode_basestring(role)}, '
        )
        return found

    def step(self, kind: str, sequence: int) -> str:
        """Return the kind, sequence and label fields."""
        label = kind if kind == THANK_YOU else f"{kind} {sequence}"
        kind_json, label_json = encode_basestring(kind), encode_basestring(label)
        found = self.steps[kind, sequence] = (
            f'"kind": {kind_json}, "sequence": {sequence}, "label": {label_json}'
        )
        return found

    def end(self, state: str, past: bool) -> str:
        """Return the overdue and state fields and the start of the message id's."""
        overdue = "true" if past and state not in DONE_STATES else "false"
        found = (self.ends_past if past else self.ends)[state] = (
            f'"overdue": {overdue}, "state": {encode_basestring(state)}, "message_id": '
        )
        return found


def write_json(
    now: datetime,
    pages: Iterable[list[Any]],
    write: Callable[[str], Any],
    parse: Callable[[Any], datetime],
) -> None:
    """Write ``due --json``'s one document a page of rows at a time: memory stays flat.

    ``parse`` reads a stored due time as aware UTC.
    """
    write(JSONEncoder(ensure_ascii=False).encode({"now": now.isoformat()})[:-1] + ', "items": [')
    pieces, separator = _Pieces(now, parse), ""
    for rows in pages:
        if rows:
            pieces.trim()
            write(separator + _page_json(rows, pieces))
            separator = ", "
    write("]}\n")


def _page_json(rows: list[Any], pieces: _Pieces) -> str:
    """Return a page of items' JSON, comma-separated (the hot loop of ``due --all --json``)."""
    when, person, step = pieces.times.get, pieces.people.get, pieces.steps.get
    end, end_past = pieces.ends.get, pieces.ends_past.get
    parts: list[str] = []
    append = parts.append
    for row in rows:
        (due_at, interview_id, interviewer_id, _, name, email, company, role,
         kind, sequence, state, message_id) = row  # fmt: skip
        due, past = when(due_at) or pieces.when(due_at)
        who = person(interviewer_id) or pieces.person(
            interview_id, interviewer_id, name, email, company, role
        )
        what = step((kind, sequence)) or pieces.step(kind, sequence)
        ending = (end_past(state) if past else end(state)) or pieces.end(state, past)
        append(f"{who}{what}, {due}, {ending}{'null' if message_id is None else message_id}}}")
    return ", ".join(parts)
