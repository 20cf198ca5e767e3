"""AW1xx timing: when the note goes out, measured against the interview."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from afterword.config import ScheduleSettings, Settings
from afterword.interview.model import Interview
from afterword.review.finding import Finding
from afterword.review.rules.base import ERROR, FOLLOW_UP, THANK_YOU, WARNING, Check, fires, passes
from afterword.review.rules.document import Document

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

RULES = (LATE_THANK_YOU, EARLY_FOLLOW_UP)
