"""Template filters: countdowns, local times, and highlighted review findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from afterword.interview.names import display_name as shown_name


def countdown(moment: datetime | None, now: datetime | None = None) -> str:
    """Say how long until (or since) a moment: "in 3 h 20 min", "2 days overdue"."""
    if moment is None:
        return ""
    seconds = (moment - (now or datetime.now(UTC))).total_seconds()
    span = _span(abs(seconds))
    return f"in {span}" if seconds >= 0 else f"{span} overdue"


def _span(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{max(minutes, 1)} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min" if minutes and hours < 10 else f"{hours} h"
    return f"{hours // 24} days"


def is_overdue(moment: datetime | None) -> bool:
    """Tell whether a moment has passed."""
    return moment is not None and moment < datetime.now(UTC)


def local_time(moment: datetime | None, zone: Any = None) -> str:
    """Format a moment in a zone (or this machine's), e.g. "Tue 24 Nov, 15:00"."""
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    return local.strftime("%a %-d %b %Y, %H:%M")


def iso(moment: datetime | None) -> str:
    """Return an ISO-8601 UTC timestamp for a ``<time datetime>`` attribute."""
    return moment.astimezone(UTC).isoformat() if moment else ""


@dataclass(frozen=True)
class Segment:
    """A run of a message body: plain text, or the text a finding points at."""

    text: str
    finding: Any = None
    index: int | None = None


def highlight(body: str, findings: Iterable[Any]) -> list[Segment]:
    """Cut a body into segments so each finding's span can be marked where it is."""
    spans = sorted(
        (
            (f.start, f.end, i, f)
            for i, f in enumerate(findings)
            if f.header is None and f.start is not None and f.end > f.start
        ),
        key=lambda item: (item[0], -item[1]),
    )
    segments: list[Segment] = []
    cursor = 0
    for start, end, index, finding in spans:
        if start < cursor or end > len(body):
            continue  # overlapping findings keep the first mark; the list still shows both
        if start > cursor:
            segments.append(Segment(body[cursor:start]))
        segments.append(Segment(body[start:end], finding, index))
        cursor = end
    if cursor < len(body):
        segments.append(Segment(body[cursor:]))
    return segments


def display_name(name: str | None) -> str:
    """The recipient's name as the To line shows it (see ``interview.names.display_name``)."""
    return shown_name(name) if name else ""


FILTERS = {
    "display_name": display_name,
    "countdown": countdown,
    "overdue": is_overdue,
    "local_time": local_time,
    "iso": iso,
}
