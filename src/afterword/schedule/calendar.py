"""Calendar export: each pending thank-you and follow-up as an event with a reminder."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from afterword.schedule.due import due_items

if TYPE_CHECKING:
    from afterword.config import Settings
    from afterword.schedule.due import DueItem
    from afterword.store.db import Database

PRODUCT_ID = "-//afterword//due dates//EN"
EVENT_LENGTH = timedelta(minutes=30)
REMINDER_BEFORE = timedelta(hours=2)
UID_DOMAIN = "afterword.invalid"  # .invalid never resolves: the UID only has to be unique


def event_uid(item: DueItem) -> str:
    """Return a UID that stays the same across exports, so calendars update, not duplicate."""
    return f"{item.kind}-{item.sequence}-interviewer-{item.interviewer_id}@{UID_DOMAIN}"


def _what(item: DueItem) -> str:
    return "Thank-you note" if item.label == "thank-you" else item.label.capitalize()


def _summary(item: DueItem) -> str:
    return f"{_what(item)} to {item.interviewer} ({item.company})"


def _description(item: DueItem) -> str:
    lines = [
        f"{_what(item)} after the {item.role} interview at {item.company}.",
        f"To: {item.interviewer}" + (f" <{item.address}>" if item.address else ""),
        f"State: {item.state}.",
        "afterword due lists what is due; afterword send sends what you approved.",
    ]
    return "\n".join(lines)


def _event(item: DueItem, stamp: datetime):  # type: ignore[no-untyped-def]
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", event_uid(item))
    event.add("dtstamp", stamp)
    event.add("dtstart", item.due_at)
    event.add("dtend", item.due_at + EVENT_LENGTH)
    event.add("summary", _summary(item))
    event.add("description", _description(item))
    event.add("categories", ["afterword", item.kind])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Due in 2 hours: {_summary(item)}")
    alarm.add("trigger", -REMINDER_BEFORE)
    event.add_component(alarm)
    return event


def due_dates_ics(db: Database, settings: Settings, now: datetime | None = None) -> bytes:
    """Return the pending due dates as an iCalendar file, one event with a reminder each."""
    from icalendar import Calendar

    from afterword.store.db import utcnow

    stamp = now or utcnow()
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "afterword: thank-yous and follow-ups")
    for item in due_items(db, settings, stamp):
        calendar.add_component(_event(item, stamp))
    return calendar.to_ical()  # type: ignore[no-any-return]
