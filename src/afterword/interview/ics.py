"""Turn a calendar invite (.ics) into an interview: times, zone, interviewers, and guesses.

Company, role and format are guessed from the invite's text (``guess.py``) and returned for
the user to confirm; the rest (start, end, zone, people) is read, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from afterword.interview.errors import InterviewFileError
from afterword.interview.guess import InviteText, guess_details
from afterword.interview.ics_zones import Zones, iana, name_zones
from afterword.interview.limits import run_limited
from afterword.interview.model import Candidate, Interview, Interviewer, local_zone_name

ICS_EXPECTED = "a calendar invite (.ics) holding a BEGIN:VEVENT ... END:VEVENT block"
UNKNOWN = {"company": "(company not in the invite)", "role": "(role not in the invite)"}

NO_REPLY = re.compile(r"^(?:no-?reply|donotreply|do-not-reply|calendar|notifications?)\b", re.I)
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba"}


@dataclass(frozen=True)
class IcsImport:
    """An interview read from an invite, with what was guessed and needs confirming."""

    interview: Interview
    guesses: dict[str, str]  # company / role / format, guessed from the invite's text
    unknown: list[str] = field(default_factory=list)  # fields the invite does not tell
    notes: list[str] = field(default_factory=list)  # what the import chose, in plain words


def import_ics(data: bytes, source: str, candidate_email: str | None = None) -> IcsImport:
    """Read an invite: start, end and zone, the interviewers, and guesses at company and role."""
    from pydantic import ValidationError

    from afterword.interview.explain import explain_validation_error

    try:
        return _import(data, source, candidate_email)
    except ValidationError as exc:  # a name, date or count the interview record refuses
        raise explain_validation_error(exc, source, {}) from None
    except (ValueError, OverflowError, RecursionError) as exc:  # a calendar library's limits
        raise InterviewFileError(
            source, f"the invite cannot be read ({_first_line(exc)})", expected=ICS_EXPECTED
        ) from None


def import_invite(data: bytes, source: str, candidate_email: str | None = None) -> IcsImport:
    """Import an invite in a child process with a time and memory limit (``limits``)."""
    return run_limited(import_ics, source, data, source, candidate_email)


def _import(data: bytes, source: str, candidate_email: str | None) -> IcsImport:
    from afterword.interview.loader import decode_text

    text = decode_text(data, source)
    zones = name_zones(text)
    calendar = _parse_calendar(zones.text, source)
    events, notes = _interview_events(calendar, text, source)
    zone, when, minutes, zone_guessed = _timing(events, calendar, text, source, notes, zones)
    people, candidate = _people(events, candidate_email, notes)
    if not people:
        raise InterviewFileError(
            source,
            "the invite lists nobody but you",
            line=_line_of(text, "ORGANIZER"),
            field="ATTENDEE",
            expected="an organizer or attendees: the interviewers",
        )
    first = events[0]
    words = InviteText(*(str(first.get(k, "")) for k in ("SUMMARY", "DESCRIPTION", "LOCATION")))
    guesses, unknown = guess_details(words, people, candidate)
    if zone_guessed:
        guesses["timezone"] = zone
    interview = Interview.model_validate(
        {
            **UNKNOWN,
            **guesses,
            "candidate": candidate,
            "when": when,
            "timezone": zone,
            "duration_minutes": minutes,
            "interviewers": people,
        }
    )
    return IcsImport(interview, guesses, unknown, notes)


def _parse_calendar(text: str, source: str) -> Any:
    from icalendar import Calendar

    if "BEGIN:VCALENDAR" not in text.upper():
        raise InterviewFileError(
            source, "not a calendar file (no BEGIN:VCALENDAR)", line=1, expected=ICS_EXPECTED
        )
    try:
        return Calendar.from_ical(text)
    except Exception as exc:  # icalendar raises ValueError, KeyError and others on bad input
        raise InterviewFileError(
            source, f"not a valid calendar file ({_first_line(exc)})", expected=ICS_EXPECTED
        ) from None


def _first_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:200] if lines else type(exc).__name__


def _line_of(text: str, prop: str, value: str = "") -> int | None:
    """The line where a property first appears, to point the user at it."""
    for number, line in enumerate(text.splitlines(), start=1):
        upper = line.upper()
        if upper.startswith((prop + ":", prop + ";")) and value in upper:
            return number
    return None


def _interview_events(calendar: Any, text: str, source: str) -> tuple[list[Any], list[str]]:
    """The events that make up the interview: one, or the sessions of one day's loop."""
    if str(calendar.get("METHOD", "")).upper() == "CANCEL":
        raise InterviewFileError(
            source,
            "this invite cancels the meeting",
            line=_line_of(text, "METHOD"),
            field="METHOD",
            expected="the original invite (METHOD:REQUEST)",
        )
    events = [
        e
        for e in calendar.walk("VEVENT")
        if str(e.get("STATUS", "")).upper() != "CANCELLED" and e.get("RECURRENCE-ID") is None
    ]
    if not events:
        raise InterviewFileError(
            source, "the calendar holds no event (VEVENT)", field="VEVENT", expected=ICS_EXPECTED
        )
    events.sort(key=lambda e: _utc(_start(e, text, source)))
    first_day = _start(events[0], text, source).date()
    day = [e for e in events if _start(e, text, source).date() == first_day]
    notes = []
    if events[0].get("RRULE") is not None:
        notes.append("the invite is a recurring series; the first occurrence was imported")
    if len(day) > 1:
        notes.append(
            f"{len(day)} sessions on {first_day:%a %d %b %Y} were merged into one interview"
        )
    if len(events) > len(day):
        notes.append(f"{len(events) - len(day)} event(s) on later days were left out")
    return day, notes


def _start(event: Any, text: str, source: str) -> datetime:
    value = event.decoded("DTSTART", None) if "DTSTART" in event else None
    if value is None:
        raise InterviewFileError(
            source,
            "the event has no start",
            line=_line_of(text, "BEGIN", "VEVENT"),
            field="DTSTART",
            expected="a DTSTART with a date and time",
        )
    if not isinstance(value, datetime):
        raise InterviewFileError(
            source,
            "this is an all-day event",
            line=_line_of(text, "DTSTART"),
            field="DTSTART",
            expected="a timed event, e.g. DTSTART:20261124T140000",
        )
    return value


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _timing(
    events: list[Any], calendar: Any, text: str, source: str, notes: list[str], zones: Zones
) -> tuple[str, datetime, int, bool]:
    """The interview's zone, local start, length in minutes, and whether the zone is a guess."""
    first = events[0]
    start = _start(first, text, source)
    end = max(_end(e, _start(e, text, source)) for e in events)
    zone, guessed = _zone_name(first["DTSTART"], start, calendar, notes, zones)
    local = start.astimezone(ZoneInfo(zone)) if start.tzinfo else start
    minutes = round((_utc(end) - _utc(start)).total_seconds() / 60)
    if not 0 < minutes <= 24 * 60:
        raise InterviewFileError(
            source,
            f"the event lasts {minutes} minutes",
            line=_line_of(text, "DTEND"),
            field="DTEND",
            expected="an end after the start, within a day",
        )
    return zone, local.replace(tzinfo=None), minutes, guessed


def _end(event: Any, start: datetime) -> datetime:
    try:
        end = event.end
    except Exception:  # no DTEND and no DURATION: an hour, the file format's own default
        return start + timedelta(hours=1)
    return end if isinstance(end, datetime) else start + timedelta(hours=1)


def _zone_name(
    prop: Any, start: datetime, calendar: Any, notes: list[str], zones: Zones
) -> tuple[str, bool]:
    """An IANA name for the start's zone (its TZID, the calendar's, or the machine's)."""
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    if tzid and (original := zones.guessed.get(str(tzid))):
        notes.append(f"the invite's zone {original!r} has the UTC offsets of {tzid}")
        return str(tzid), True
    if tzid and zones.unnamed and str(tzid) == "UTC":
        notes.append(
            f"the invite's zone {zones.unnamed[0]!r} has no IANA name and matches no common "
            "zone; its times were read as UTC: check the time"
        )
        return "UTC", True
    if tzid and (name := iana(str(tzid))):
        return name, False
    if start.tzinfo is None:
        notes.append("the invite gives a floating time; it was read in this machine's zone")
        return local_zone_name(), False
    if name := iana(str(calendar.get("X-WR-TIMEZONE", ""))):
        return name, False
    notes.append("the invite gives UTC times; they were read in this machine's zone")
    return local_zone_name(), False


def _people(
    events: list[Any], candidate_email: str | None, notes: list[str]
) -> tuple[list[Interviewer], Candidate | None]:
    """Organizer and attendees as interviewers, leaving out the candidate, rooms and robots."""
    me = (candidate_email or "").strip().lower()
    seen: set[str] = set()
    people: list[Interviewer] = []
    candidate = None
    for prop in _addresses(events):
        address = _address(prop)
        name = _display_name(prop, address)
        if address and address.lower() == me:
            candidate = _candidate(name, address)
            continue
        if _is_not_a_person(prop, address) or (address or name).lower() in seen:
            continue
        seen.add((address or name).lower())
        people.append(_interviewer(name, address, notes))
    if not me:
        notes.append("your own address was not known, so everyone in the invite was kept")
    return people, candidate


def _addresses(events: list[Any]) -> list[Any]:
    found = []
    for event in events:
        if event.get("ORGANIZER") is not None:
            found.append(event["ORGANIZER"])
        attendees = event.get("ATTENDEE", [])
        found += attendees if isinstance(attendees, list) else [attendees]
    return found


def _address(prop: Any) -> str | None:
    value = str(prop).strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    return value if "@" in value else None


def _display_name(prop: Any, address: str | None) -> str:
    """A person's name from CN ("Okafor, Sam" reads "Sam Okafor"), else from the address."""
    cn = (
        str(prop.params.get("CN", "")).strip().strip('"').strip() if hasattr(prop, "params") else ""
    )
    cn = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", cn)  # "(She/Her)", "[Northwind]"
    if not cn or "@" in cn:
        local = (address or cn or "someone").split("@")[0]
        return " ".join(w.capitalize() for w in re.split(r"[._\-+]+", local) if w) or local
    last, comma, first = cn.partition(",")
    if (
        comma
        and first.strip()
        and "," not in first
        and first.strip(" .").lower() not in NAME_SUFFIXES
    ):
        return f"{first.strip()} {last.strip()}"
    return cn


def _is_not_a_person(prop: Any, address: str | None) -> bool:
    params = prop.params if hasattr(prop, "params") else {}
    if str(params.get("CUTYPE", "")).upper() in {"ROOM", "RESOURCE"}:
        return True
    if str(params.get("ROLE", "")).upper() == "NON-PARTICIPANT":
        return True
    return bool(address and NO_REPLY.match(address))


def _interviewer(name: str, address: str | None, notes: list[str]) -> Interviewer:
    from pydantic import ValidationError

    try:
        return Interviewer(name=name, email=address)
    except ValidationError as exc:
        if any(error["loc"][:1] != ("email",) for error in exc.errors()):
            raise
        notes.append(f"{name}'s address {address!r} is not a valid email address; left out")
        return Interviewer(name=name)


def _candidate(name: str, address: str) -> Candidate | None:
    from pydantic import ValidationError

    try:
        return Candidate(name=name, email=address)
    except ValidationError:
        return None
