"""Turn pydantic's validation errors into one message a person can act on."""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from afterword.interview.errors import FieldProblem, InterviewFileError
from afterword.interview.model import Candidate, Format, Interview, Interviewer

Lines = dict[tuple[Any, ...], int]

WHEN_EXAMPLE = "a date and time such as 2026-11-24T14:00"
DATE_EXAMPLE = "a date such as 2026-12-04"
EMAIL_EXAMPLE = "an email address such as name@example.com"

# What a missing required field should hold, by its name.
MISSING_HINTS = {
    "company": "the company's name, e.g. 'company: Northwind Analytics'",
    "role": "the role's title, e.g. 'role: Senior Data Engineer'",
    "when": f"the start, {WHEN_EXAMPLE}",
    "interviewers": "a list of interviewers, each with at least a 'name:'",
    "name": "the person's name, e.g. 'name: Dr. Priya Raman'",
    "email": EMAIL_EXAMPLE,
}

# What a field's value should look like, by error type.
EXPECTED_BY_TYPE = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "datetime_type": WHEN_EXAMPLE,
    "datetime_parsing": WHEN_EXAMPLE,
    "datetime_from_date_parsing": WHEN_EXAMPLE,
    "date_type": DATE_EXAMPLE,
    "date_parsing": DATE_EXAMPLE,
    "date_from_datetime_parsing": DATE_EXAMPLE,
    "date_from_datetime_inexact": DATE_EXAMPLE,
    "enum": "one of " + ", ".join(f.value for f in Format),
    "list_type": "a list ('- item' lines) or a single text",
    "model_type": "a mapping of fields, e.g. 'name: ...' and 'email: ...' lines",
    "model_attributes_type": "a mapping of fields, e.g. 'name: ...' and 'email: ...' lines",
    "dict_type": "a mapping of fields",
    "string_too_short": "some text",
}

PYDANTIC_TAG = re.compile(r"[\[(]|^function-")


def explain_validation_error(exc: ValidationError, source: str, lines: Lines) -> InterviewFileError:
    """Explain the first error pydantic found, with the file's line for that field."""
    errors = exc.errors(include_url=False)
    # An unknown field is usually a misspelling, which also explains a "missing" error.
    error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    loc = tuple(part for part in error["loc"] if not _is_tag(part))
    problem = (error.get("ctx") or {}).get("error")
    if not isinstance(problem, Exception):
        problem = None
    if isinstance(problem, FieldProblem):
        loc = problem.path
    kind = error["type"]
    message, expected = _describe(kind, dict(error), loc, problem)
    return InterviewFileError(
        source,
        message,
        line=_line_for(loc, kind, lines),
        field=field_name(loc) or None,
        expected=expected,
    )


def _is_tag(part: Any) -> bool:
    return isinstance(part, str) and bool(PYDANTIC_TAG.search(part))


def field_name(loc: tuple[Any, ...]) -> str:
    """Write a path like ``interviewers[1].email``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _line_for(loc: tuple[Any, ...], kind: str, lines: Lines) -> int | None:
    if kind == "extra_forbidden" and (*loc, "key") in lines:
        return lines[(*loc, "key")]
    if kind == "missing":
        loc = loc[:-1]
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _describe(
    kind: str, error: dict[str, Any], loc: tuple[Any, ...], problem: object
) -> tuple[str, str | None]:
    """Say what is wrong and what would be right."""
    last = str(loc[-1]) if loc else ""
    if kind == "missing":
        return "this required field is missing", MISSING_HINTS.get(last, "a value")
    if kind == "extra_forbidden":
        return _unknown_field(loc)
    if problem is not None or kind == "value_error":
        text = str(problem) if problem is not None else _lower_first(error["msg"])
        return _value_problem(text, last)
    got = _got(error.get("input"))
    if last == "duration_minutes":
        return f"got {got}", "a whole number of minutes from 1 to 1440, e.g. 45"
    if kind in ("too_short", "too_long", "string_too_long"):
        return _length_problem(kind, error, last)
    if kind == "enum" and last == "format" and str(error.get("input", "")).lower() == "panel":
        # a panel is who was there, not how you met: the interviewers list says it already
        return f"got {got}", (
            "one of phone, video, onsite (how you met; a panel is simply several "
            "interviewers under 'interviewers')"
        )
    if kind in EXPECTED_BY_TYPE:
        return f"got {got}", _expected_for(kind, last, error.get("input"))
    return f"{_lower_first(error['msg'])} (got {got})", None


def _length_problem(kind: str, error: dict[str, Any], last: str) -> tuple[str, str | None]:
    limits = error.get("ctx") or {}
    if kind == "string_too_long":
        return "the text is too long", f"at most {limits.get('max_length')} characters"
    if kind == "too_long":
        return "the list is too long", f"at most {limits.get('max_length')} items"
    expected = "at least one interviewer, each starting with '- name: ...'"
    return "the list is empty", expected if last == "interviewers" else "at least one item"


def _value_problem(text: str, last: str) -> tuple[str, str | None]:
    if "; expected " in text:
        message, expected = text.split("; expected ", 1)
        return message, expected
    if last == "email":
        reason = text.replace("value is not a valid email address: ", "").rstrip(".")
        return f"not an email address ({_lower_first(reason)})", EMAIL_EXAMPLE
    return text, None


def _expected_for(kind: str, last: str, value: Any) -> str:
    expected = EXPECTED_BY_TYPE[kind]
    if kind == "string_type" and isinstance(value, (int, float, bool)):
        return "text (put the value in quotes)"
    if kind == "string_type" and isinstance(value, (dict, list)):
        return "text; YAML read this note as a field, so put the whole note in quotes"
    if kind == "list_type" and last == "interviewers":
        return "a list of interviewers, each starting with '- name: ...'"
    return expected


def _unknown_field(loc: tuple[Any, ...]) -> tuple[str, str]:
    name = str(loc[-1]) if loc else ""
    known = list(_model_at(loc[:-1]).model_fields)
    close = difflib.get_close_matches(name.lower(), known, n=1, cutoff=0.6)
    message = f"unknown field {name!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
    return message, "one of the fields " + ", ".join(known)


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel]:
    """Which part of the record a path points into."""
    if loc[:1] == ("candidate",):
        return Candidate
    if loc[:1] == ("interviewers",):
        return Interviewer
    return Interview


def _got(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _lower_first(text: str) -> str:
    text = text.removeprefix("Value error, ")
    return text[:1].lower() + text[1:]
