"""A due item: one thing to send to one interviewer, when it is due, and how far along it is.

The shared vocabulary of the schedule: the plan of items per interviewer, the states an item
can be in, and the order items are listed in. Both the full cadence (``cadence``) and the
maintained pending rows (``pending``) build on it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
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
    seconds = countdown.total_seconds()
    if abs(seconds) < 60:
        return "due now"
    if seconds > 0:
        return f"in {_amount(seconds)}"
    return f"overdue by {_amount(-seconds)}"
