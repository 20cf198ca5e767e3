"""The new-interview form: from posted fields to an Interview, and errors back to fields.

The form keeps every value as typed so that nothing is lost when it comes back with errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from afterword.compose.notes.report import read_notes
from afterword.interview.model import Interview, local_zone_name

INTERVIEWER_FIELDS = ("name", "greet_as", "title", "email", "discussed", "valued")
NOTE_FIELDS = ("fit", "missed", "insights")
TOP_FIELDS = (
    "company", "role", "date", "time", "timezone", "duration_minutes", "format",
    "decision_by", "decision_from", *NOTE_FIELDS, "candidate_name", "candidate_email",
)  # fmt: skip
BLANK_BLOCKS = 2
MAX_BLOCKS = 12


@dataclass
class InterviewForm:
    """What the form shows: values as typed, one dict per interviewer block, and errors."""

    values: dict[str, str] = field(default_factory=dict)
    interviewers: list[dict[str, str]] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def error(self, name: str) -> str | None:
        """The error for one field, if any."""
        return self.errors.get(name)


def blank_form(zone: str | None = None) -> InterviewForm:
    """Return an empty form with today's date, the machine's zone and a few interviewer blocks."""
    zone = zone or local_zone_name()
    today = datetime.now(ZoneInfo(zone)).date().isoformat()
    values = {"timezone": zone, "duration_minutes": "60", "date": today}
    return InterviewForm(values, [_blank_block() for _ in range(BLANK_BLOCKS)])


def _blank_block() -> dict[str, str]:
    return dict.fromkeys(INTERVIEWER_FIELDS, "")


def read_form(data: Mapping[str, Any]) -> InterviewForm:
    """Collect the posted fields, keeping them exactly as typed."""
    values = {name: str(data.get(name) or "") for name in TOP_FIELDS}
    count = min(_int(data.get("interviewer_count"), BLANK_BLOCKS), MAX_BLOCKS)
    blocks = [
        {key: str(data.get(f"interviewers-{i}-{key}") or "") for key in INTERVIEWER_FIELDS}
        for i in range(count)
    ]
    return InterviewForm(values, blocks)


def add_block(form: InterviewForm) -> InterviewForm:
    """Give the form one more blank interviewer block (the no-JavaScript "add another")."""
    if len(form.interviewers) < MAX_BLOCKS:
        form.interviewers.append(_blank_block())
    return form


def _int(value: Any, default: int) -> int:
    try:
        return max(int(str(value)), 1)
    except (TypeError, ValueError):
        return default


def _lines(text: str) -> list[str]:
    return [line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t")]


def _filled(block: dict[str, str]) -> bool:
    return any(value.strip() for value in block.values())


def to_record(form: InterviewForm) -> tuple[dict[str, Any], list[int]]:
    """Return the interview-file shape and, per kept interviewer, its block's position."""
    v = form.values
    kept = [i for i, block in enumerate(form.interviewers) if _filled(block)]
    record: dict[str, Any] = {
        "company": v["company"],
        "role": v["role"],
        "when": f"{v['date']}T{v['time']}" if v["date"] and v["time"] else None,
        "timezone": v["timezone"] or local_zone_name(),
        "duration_minutes": v["duration_minutes"] or 60,
        "format": v["format"] or None,
        "decision_by": v["decision_by"] or None,
        "decision_from": v["decision_from"].strip() or None,
        **{name: _lines(v[name]) for name in NOTE_FIELDS},
        "interviewers": [_interviewer(form.interviewers[i]) for i in kept],
    }
    if v["candidate_name"] or v["candidate_email"]:
        record["candidate"] = {"name": v["candidate_name"], "email": v["candidate_email"]}
    return record, kept


def _interviewer(block: dict[str, str]) -> dict[str, Any]:
    return {
        "name": block["name"],
        "greet_as": block["greet_as"] or None,
        "title": block["title"] or None,
        "email": block["email"] or None,
        "discussed": _lines(block["discussed"]),
        "valued": block["valued"] or None,
    }


def validate(form: InterviewForm) -> Interview | None:
    """Return the interview, or None with the form's errors filled in next to each field."""
    record, kept = to_record(form)
    if record["when"] is None:
        name = "date" if not form.values["date"] else "time"
        form.errors[name] = "Enter when the interview started (date and time)."
    try:
        interview = Interview.model_validate(record)
    except ValidationError as exc:
        for error in exc.errors():
            _place_error(form, error, kept)
        return None
    return None if form.errors else interview


def _place_error(form: InterviewForm, error: Mapping[str, Any], kept: list[int]) -> None:
    loc = tuple(error["loc"])
    message = _message(error)
    if loc and loc[0] == "when":
        form.errors.setdefault("date", form.errors.get("date") or message)
    elif len(loc) >= 3 and loc[0] == "interviewers" and isinstance(loc[1], int):
        form.errors.setdefault(f"interviewers-{kept[loc[1]]}-{loc[2]}", message)
    elif loc == ("interviewers",):
        form.problems.append("Add at least one interviewer with a name.")
    elif loc and loc[0] == "candidate":
        form.errors.setdefault(f"candidate_{loc[-1]}", message)
    elif loc and isinstance(loc[0], str):
        form.errors.setdefault(loc[0], message)
    else:
        form.problems.append(message)


def _message(error: Mapping[str, Any]) -> str:
    text = str(error["msg"]).removeprefix("Value error, ")
    if error.get("type") == "missing" or error.get("type") == "string_too_short":
        return "This field is required."
    return text[:1].upper() + text[1:]


def form_from_interview(interview: Interview) -> InterviewForm:
    """Fill the form from an interview (an imported calendar invite) for the user to check."""
    values = {
        "company": interview.company,
        "role": interview.role,
        "date": interview.when.date().isoformat(),
        "time": interview.when.strftime("%H:%M"),
        "timezone": interview.timezone,
        "duration_minutes": str(interview.duration_minutes),
        "format": interview.format.value if interview.format else "",
        "decision_by": interview.decision_by.isoformat() if interview.decision_by else "",
        "decision_from": interview.decision_from or "",
        **{name: "\n".join(getattr(interview, name)) for name in NOTE_FIELDS},
        "candidate_name": "",
        "candidate_email": "",
    }
    blocks = [
        {
            "name": person.name,
            "greet_as": person.greet_as or "",
            "title": person.title or "",
            "email": str(person.email or ""),
            "discussed": "\n".join(person.discussed),
            "valued": person.valued or "",
        }
        for person in interview.interviewers
    ]
    return InterviewForm(values, blocks or [_blank_block()])


def notes_reading(form: InterviewForm) -> list[Any]:
    """How the notes typed so far will be read (the live preview beside the form)."""
    shared = {name: _lines(form.values.get(name, "")) for name in NOTE_FIELDS}
    people = [
        (
            block["name"].strip() or f"Interviewer {i + 1}",
            [("discussed", n) for n in _lines(block["discussed"])]
            + ([("valued", block["valued"])] if block["valued"].strip() else []),
        )
        for i, block in enumerate(form.interviewers)
        if _filled(block)
    ]
    protected = frozenset(form.values.get("company", "").split())
    return read_notes(shared, people, protected)  # type: ignore[arg-type]
