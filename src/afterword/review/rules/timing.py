"""AW1xx timing: when the note goes out, measured against the interview."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from afterword.review.finding import Finding
from afterword.review.rules.base import ERROR, FOLLOW_UP, THANK_YOU, WARNING, Check, fires, passes
from afterword.review.rules.document import Document

if TYPE_CHECKING:
    from afterword.config import ScheduleSettings
    from afterword.interview.model import Interview

NOTE = "Thank you for the conversation yesterday."


def _hours_late(doc: Document) -> float | None:
    context = doc.context
    if context.interview is None or context.sent_at is None:
        return None
    return (context.sent_at - context.interview.end).total_seconds() / 3600


def late_thank_you(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag a thank-you sent more than 24 hours after the interview ended."""
    hours = _hours_late(doc)
    if hours is None or hours <= 24:
        return
    severity = ERROR if hours > 48 else None
    yield rule.finding(
        f"sent {hours:.0f} hours after the interview ended; a thank-you should go out within "
        "24 hours, and its effect fades after 48",
        severity=severity,
    )


LATE_THANK_YOU = Check(
    id="AW101",
    name="late-thank-you",
    severity=WARNING,
    kinds=THANK_YOU,
    function=late_thank_you,
    doc="""A thank-you should reach the interviewer within 24 hours of the interview's end.

Career advisers agree on one day (climbtheladder.com, careers.unc.edu, Randstad: "don't let
more than one day pass"), and the note's effect drops after 48 hours. The clock starts when
the interview ended (its start plus its duration), and the send time is the one given to the
reviewer (`--sent-at`, the scheduled time, or now). A warning past 24 hours becomes an error
past 48. Without an interview or a send time the rule stays silent.""",
    examples=(
        passes(NOTE, context="priya"),
        fires(NOTE, context="priya-30h"),
        fires(NOTE, context="priya-50h"),
        passes(NOTE),
    ),
)


def follow_up_due(
    interview: Interview, schedule: ScheduleSettings | None = None
) -> datetime | None:
    """Return when the first follow-up is due, by the schedule's own cadence and holidays."""
    # Here, not at the top: the holiday tables load only when a follow-up has a context.
    from afterword.config import ScheduleSettings, Settings
    from afterword.schedule.deadlines import ScheduleError
    from afterword.schedule.deadlines import follow_up_due as scheduled_due

    try:
        return scheduled_due(interview, Settings(schedule=schedule or ScheduleSettings()))
    except ScheduleError:
        return None


def early_follow_up(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag a follow-up sent before the cadence says it is due."""
    context = doc.context
    if context.interview is None or context.sent_at is None:
        return
    due = follow_up_due(context.interview, context.schedule)
    if due is not None and context.sent_at < due:
        yield rule.finding(
            f"a follow-up is due from {due.astimezone(context.interview.zone):%a %d %b %H:%M}; "
            "writing earlier can read as impatience"
        )


EARLY_FOLLOW_UP = Check(
    id="AW102",
    name="early-follow-up",
    severity=WARNING,
    kinds=FOLLOW_UP,
    function=early_follow_up,
    doc="""A follow-up should wait until the hiring team has had time to decide.

The common advice is to wait at least five business days after the interview (Indeed's
career guide adds one or two days of buffer), or one to two business days after the
decision date the interviewer gave. The due date comes from afterword's schedule (the same
cadence `afterword due` shows, with the configured country's holidays). Without an interview
or a send time the rule stays silent.""",
    examples=(
        fires("Following up on my interview on Tuesday.", context="priya-follow-up-early"),
        passes("Following up on my interview on Tuesday.", context="priya-follow-up"),
        passes("Following up on my interview on Tuesday."),
    ),
)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = rf"(?:{'|'.join(MONTHS)})"
DAY_WORDS = re.compile(
    rf"(?i)\b(?:(?P<yesterday>yesterday)|(?P<today>(?:earlier\s+)?today|this\s+(?:morning|afternoon"
    rf"|evening)|tonight)|(?P<last_week>last\s+week)|(?:on|last|this\s+past)\s+(?P<weekday>"
    rf"{'|'.join(WEEKDAYS)})|(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})"
    rf"|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)\b"
)
ABOUT_THE_INTERVIEW = re.compile(
    r"(?i)\b(?:meet\w*|met|speak\w*|spoke|talk\w*|conversation|interview\w*|chat\w*|call|"
    r"visit|tour|discussion|time|walk\w*|show\w*|seeing|see)\b"
)
DAY_KEYS = frozenset(
    ["yesterday", "today", "tonight", "morning", "afternoon", "evening", "week", *WEEKDAYS, *MONTHS]
)
FRESH_HOURS = 6  # "today" still reads right in a note sent late the same evening


def _claimed_ok(match: re.Match[str], held: date, sent: datetime, hours: float) -> bool:
    """Whether a day word agrees with the day the interview was held."""
    if match["yesterday"]:
        return held == sent.date() - timedelta(days=1)
    if match["today"]:
        return held == sent.date() or hours < FRESH_HOURS
    if match["last_week"]:
        return held.isocalendar()[:2] == (sent.date() - timedelta(days=7)).isocalendar()[:2]
    if match["weekday"]:
        return WEEKDAYS[held.weekday()] == match["weekday"].lower()
    month = (match["month"] or match["month2"]).lower()
    day = int(match["day"] or match["day2"])
    return (held.month, held.day) == (MONTHS.index(month) + 1, day)


def wrong_day(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag a day word about the interview that contradicts when it was held."""
    context, hours = doc.context, _hours_late(doc)
    if context.interview is None or context.sent_at is None or hours is None:
        return
    if DAY_KEYS.isdisjoint(doc.keys):
        return
    zone = context.interview.zone
    held = context.interview.start.date()
    sent = context.sent_at if context.sent_at.tzinfo else context.sent_at.replace(tzinfo=UTC)
    sent = sent.astimezone(zone)
    for sentence in doc.sentences:
        if not ABOUT_THE_INTERVIEW.search(sentence.text):
            continue
        for match in DAY_WORDS.finditer(sentence.text):
            if not _claimed_ok(match, held, sent, hours):
                start = sentence.start + match.start()
                yield rule.finding(
                    f'"{match.group()}" does not fit: the interview was on {held:%A %d %B}, '
                    f"and the note goes out on {sent:%A %d %B}",
                    start,
                    start + len(match.group()),
                    replacements=(f"on {held:%A}",),
                )


WRONG_DAY = Check(
    id="AW103",
    name="wrong-day",
    severity=WARNING,
    function=wrong_day,
    doc="""Say the day of the interview right: "yesterday" only when it was yesterday.

A note drafted one day and sent another, or written by a language model that guessed, says
"yesterday" or "on Tuesday" about an interview held a week earlier on a Thursday; the
interviewer notices, and the note reads as copied. With an interview and a send time, the
rule checks the day words of every sentence about the meeting ("yesterday", "today", "this
morning", "last week", "on Tuesday", "24 November") against the day it was held.""",
    examples=(
        fires("Thank you for meeting me yesterday.", context="priya"),
        fires("Thank you for the conversation on Friday.", context="priya"),
        fires("Thank you for the conversation this morning.", context="priya-30h"),
        fires("I am following up on our conversation yesterday.", context="priya-follow-up"),
        passes("Thank you for meeting me today.", context="priya"),
        passes("Thank you for meeting me yesterday.", context="priya-30h"),
        passes(
            "I am following up on our interview on Tuesday, 24 November.", context="priya-follow-up"
        ),
        passes("Thank you for meeting me yesterday."),
    ),
)

RULES = (LATE_THANK_YOU, EARLY_FOLLOW_UP, WRONG_DAY)
