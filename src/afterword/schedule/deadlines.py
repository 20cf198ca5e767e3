"""Deadlines, the follow-up cadence and send windows, per interviewer.

Every datetime returned here is zone-aware UTC. "24 hours" is elapsed time, so a deadline
that crosses a daylight-saving change still falls 24 real hours after the interview ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterword.schedule.business import (
    ScheduleError,
    as_utc,
    calendar_for,
    check_year,
    next_working_moment,
    working_hours,
)

if TYPE_CHECKING:
    from afterword.config import Settings
    from afterword.interview.model import Interview, Interviewer

__all__ = [
    "ScheduleError",
    "SendPlan",
    "Timing",
    "Window",
    "follow_up_due",
    "next_send_time",
    "plan_send",
    "send_window",
    "thank_you_deadline",
]

THANK_YOU_DEADLINE = timedelta(hours=24)
FIRST_FOLLOW_UP_BUSINESS_DAYS = 5
# Of the advised "1-2 business days after the date they gave", afterword takes 1.
AFTER_DECISION_BUSINESS_DAYS = 1
# A decision date on or before the interview must not pull the follow-up ahead of the thank-you.
MIN_FOLLOW_UP_BUSINESS_DAYS = 2
SECOND_FOLLOW_UP_GAP = timedelta(days=7)
MAX_FOLLOW_UPS = 2
# A follow-up is not late the minute its day ends: it stays on time for two more business days.
FOLLOW_UP_GRACE_BUSINESS_DAYS = 2

THANK_YOU = "thank-you"
FOLLOW_UP = "follow-up"


@dataclass(frozen=True)
class Timing:
    """What the schedule needs of an interview: its local day, end, zone and decision date."""

    day: date
    end: datetime
    zone: ZoneInfo
    decision_by: date | None = None

    @classmethod
    def of(cls, interview: Interview | Timing) -> Timing:
        """Return the timing of an interview record (or the timing itself)."""
        if isinstance(interview, Timing):
            return interview
        check_year(interview.when, "interview date")
        if interview.decision_by is not None:
            check_year(interview.decision_by, "decision_by")
        end = interview.end.astimezone(UTC)
        return cls(interview.when.date(), end, interview.zone, interview.decision_by)

    @classmethod
    def from_columns(
        cls, starts_at: datetime, duration_minutes: int, zone: str, decision_by: date | None
    ) -> Timing:
        """Build the timing straight from stored columns (aware UTC), without the whole record."""
        check_year(starts_at, "interview date")
        tz = zone_named(zone, "interview timezone")
        return cls(
            starts_at.astimezone(tz).date(),
            starts_at + timedelta(minutes=duration_minutes),
            tz,
            decision_by,
        )


@dataclass(frozen=True)
class Window:
    """When a note may go: working moments from ``earliest`` up to ``latest`` (UTC)."""

    earliest: datetime
    latest: datetime
    zone: str = "UTC"
    late: bool = False


@dataclass(frozen=True)
class SendPlan:
    """The moment a note should go, and whether that moment misses its window."""

    at: datetime
    late: bool
    window: Window


def zone_named(name: str, what: str) -> ZoneInfo:
    """Return the zone of that IANA name, or a clear error."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ScheduleError(
            f"{what} {name!r} is not a known time zone; expected an IANA name such as "
            "'America/Chicago'"
        ) from exc


def _now(now: datetime) -> datetime:
    check_year(now, "current time")
    return as_utc(now)


def thank_you_deadline(interview: Interview | Timing) -> datetime:
    """Return when the thank-you is due: 24 hours after the interview ended."""
    return Timing.of(interview).end + THANK_YOU_DEADLINE


def _first_follow_up_day(timing: Timing, settings: Settings) -> date:
    calendar = calendar_for(settings.schedule)
    earliest = calendar.add(timing.day, MIN_FOLLOW_UP_BUSINESS_DAYS)
    if timing.decision_by is None:
        return calendar.add(timing.day, FIRST_FOLLOW_UP_BUSINESS_DAYS)
    return max(calendar.add(timing.decision_by, AFTER_DECISION_BUSINESS_DAYS), earliest)


def follow_up_due(
    interview: Interview | Timing,
    settings: Settings,
    previous_sent_at: datetime | None = None,
    sequence: int = 1,
) -> datetime | None:
    """Return when follow-up ``sequence`` is due, or None once two have been due.

    The first: 5 business days after the interview, or 1 business day after ``decision_by``.
    The second: a week after the first was sent (``previous_sent_at``) or was due.
    Either is due when working hours open on that day, in the interview's zone.
    """
    if sequence < 1:
        raise ScheduleError(f"follow-up sequence {sequence}: expected 1 or 2")
    if sequence > MAX_FOLLOW_UPS:
        return None
    timing = Timing.of(interview)
    if sequence == 1:
        day = _first_follow_up_day(timing, settings)
    else:
        base = as_utc(previous_sent_at) if previous_sent_at else follow_up_due(timing, settings)
        assert base is not None
        check_year(base, "previous follow-up")
        local = base.astimezone(timing.zone).date() + SECOND_FOLLOW_UP_GAP
        day = calendar_for(settings.schedule).roll_forward(local)
    return working_hours(settings.schedule).opening(day, timing.zone)


def recipient_zone(timing: Timing, interviewer: Interviewer | None) -> ZoneInfo:
    """Return the recipient's zone: their own when set, else the interview's."""
    if interviewer is not None and interviewer.timezone:
        return zone_named(interviewer.timezone, f"timezone of {interviewer.name}")
    return timing.zone


def _kind(kind: str) -> str:
    value = str(getattr(kind, "value", kind))
    if value not in (THANK_YOU, FOLLOW_UP):
        raise ScheduleError(f"message kind {kind!r}: expected 'thank-you' or 'follow-up'")
    return value


def send_window(
    interview: Interview | Timing,
    interviewer: Interviewer | None,
    settings: Settings,
    kind: str,
    now: datetime,
    *,
    sequence: int = 1,
    previous_sent_at: datetime | None = None,
) -> Window:
    """Return the send window of one note; ``late`` tells whether ``now`` is past it.

    A thank-you goes no sooner than ``earliest_hours_after`` the interview's end, at a working
    hour in the recipient's zone (any day of the week), and by its 24-hour deadline.
    A follow-up goes at a working hour on a business day, from its due date until two more
    business days have passed.
    """
    timing, now = Timing.of(interview), _now(now)
    zone = recipient_zone(timing, interviewer)
    if _kind(kind) == THANK_YOU:
        earliest, latest = _thank_you_window(timing, zone, settings)
    else:
        earliest, latest = _follow_up_window(timing, zone, settings, sequence, previous_sent_at)
    return Window(earliest, latest, zone.key, late=now > latest)


def _thank_you_window(
    timing: Timing, zone: ZoneInfo, settings: Settings
) -> tuple[datetime, datetime]:
    opens = timing.end + timedelta(hours=max(settings.schedule.earliest_hours_after, 0))
    earliest = next_working_moment(opens, zone, working_hours(settings.schedule))
    return earliest, thank_you_deadline(timing)


def _follow_up_window(
    timing: Timing, zone: ZoneInfo, settings: Settings, sequence: int, previous: datetime | None
) -> tuple[datetime, datetime]:
    due = follow_up_due(timing, settings, previous, sequence)
    if due is None:
        raise ScheduleError(
            f"follow-up {sequence}: afterword stops after {MAX_FOLLOW_UPS} follow-ups"
        )
    calendar, hours = calendar_for(settings.schedule), working_hours(settings.schedule)
    earliest = next_working_moment(due, zone, hours, calendar)
    last_day = calendar.add(earliest.astimezone(zone).date(), FOLLOW_UP_GRACE_BUSINESS_DAYS)
    return earliest, hours.closing(last_day, zone)


def plan_send(
    interview: Interview | Timing,
    interviewer: Interviewer | None,
    settings: Settings,
    kind: str,
    now: datetime,
    *,
    sequence: int = 1,
    previous_sent_at: datetime | None = None,
) -> SendPlan:
    """Return the first working moment at or after ``now`` inside the window, flagged if late.

    Past the window the note is not held back: it goes at the next working moment, late.
    """
    window = send_window(
        interview,
        interviewer,
        settings,
        kind,
        now,
        sequence=sequence,
        previous_sent_at=previous_sent_at,
    )
    calendar = calendar_for(settings.schedule) if _kind(kind) == FOLLOW_UP else None
    start = max(_now(now), window.earliest)
    at = next_working_moment(
        start, ZoneInfo(window.zone), working_hours(settings.schedule), calendar
    )
    return SendPlan(at, at > window.latest, window)


def next_send_time(
    interview: Interview | Timing,
    interviewer: Interviewer | None,
    settings: Settings,
    kind: str,
    now: datetime,
    sequence: int = 1,
    previous_sent_at: datetime | None = None,
) -> datetime:
    """Return the first moment at or after ``now`` at which the note may go (see plan_send)."""
    plan = plan_send(
        interview,
        interviewer,
        settings,
        kind,
        now,
        sequence=sequence,
        previous_sent_at=previous_sent_at,
    )
    return plan.at
