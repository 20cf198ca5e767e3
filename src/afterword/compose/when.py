"""Say when the interview was, relative to the moment of drafting."""

from __future__ import annotations

from datetime import date, datetime

from afterword.interview.model import Interview


def long_date(value: date | datetime) -> str:
    """Write a date as a person does in a letter: "November 24"."""
    return f"{value:%B} {value.day}"


def day_phrase(interview: Interview, now: datetime) -> str:
    """Say when the interview was, seen from ``now``: "yesterday", "on Tuesday"..."""
    held = interview.start.date()
    today = now.astimezone(interview.zone).date()
    days = (today - held).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if 2 <= days <= 6:
        return f"on {interview.start:%A}"
    return f"on {long_date(held)}"
