"""Fuzzing the .ics and YAML readers: any input imports or explains itself in one line.

``make fuzz`` runs 10,000 examples of each; inputs that once broke a reader are kept as
``@example``s (issue 12: an encoded word in a CN, a minutely zone rule, year 9999).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from afterword.interview.errors import InterviewFileError
from afterword.interview.ics import import_ics
from afterword.interview.loader import parse_interview
from support.fuzz import budget

pytestmark = pytest.mark.fuzz
FIXTURES = Path(__file__).parents[1] / "fixtures" / "ics"
SEEDS = sorted(p.read_text() for p in [*FIXTURES.glob("*.ics"), *FIXTURES.glob("hostile/*.ics")])
PROPERTIES = [
    "DTSTART", "DTEND", "DURATION", "RRULE", "TZID", "ORGANIZER", "ATTENDEE", "SUMMARY",
    "BEGIN:VTIMEZONE", "BEGIN:STANDARD", "END:VTIMEZONE", "TZOFFSETTO", "BEGIN:VEVENT",
    "END:VEVENT", "RECURRENCE-ID", "STATUS", "METHOD", "X-WR-TIMEZONE",
]  # fmt: skip
values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["20261124T140000", "99991231T235959Z", "00010101T000000", "FREQ=MINUTELY",
                     "FREQ=SECONDLY;BYSECOND=0,1,2", "-0600", "+1400", "Pacific Standard Time",
                     'CN="=?utf-8?q?a=0D=0AReply-To:_x?=":mailto:a@b.example', "mailto:p@q"]),
)  # fmt: skip
lines = st.builds(
    lambda name, params, value: f"{name}{params}:{value}",
    st.sampled_from(PROPERTIES),
    st.sampled_from(["", ";TZID=Probe Zone", ";TZID=America/Chicago", ';CN="A, B"', ";VALUE=DATE"]),
    values,
)


@st.composite
def mutated_invites(draw: st.DrawFn) -> str:
    """A real invite with lines replaced, inserted or dropped."""
    text = draw(st.sampled_from(SEEDS)).splitlines()
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "replace", "drop"]))
        if action == "insert":
            text.insert(at, draw(lines))
        elif text and at < len(text):
            text[at : at + 1] = [draw(lines)] if action == "replace" else []
    return "\r\n".join(text) + "\r\n"


def imports_or_explains(data: bytes, source: str = "fuzz.ics") -> None:
    try:
        import_ics(data, source, candidate_email="jordan.lee@example.com")
    except InterviewFileError as error:
        assert str(error).startswith(source) and "\n" not in str(error)


@budget(40)
@given(mutated_invites())
@example((FIXTURES / "hostile" / "minutely-zone.ics").read_text())
@example((FIXTURES / "hostile" / "encoded-word-organizer.ics").read_text())
@example(SEEDS[0].replace("20261124T", "99991231T"))
def test_any_invite_imports_or_explains(text: str) -> None:
    imports_or_explains(text.encode())


@budget(40)
@given(st.binary(max_size=600))
def test_any_bytes_import_or_explain(data: bytes) -> None:
    imports_or_explains(b"BEGIN:VCALENDAR\r\n" + data)


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30),
                    st.dates(), st.datetimes())  # fmt: skip
FIELDS = ["company", "role", "when", "timezone", "interviewers", "name", "email", "discussed"]
keys = st.sampled_from(FIELDS) | st.text(max_size=8)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=25,
)


@budget(40)
@given(documents)
@example({"company": "N", "role": "R", "when": "9999-12-31T23:00", "interviewers": [{"name": "P"}]})
@example({"company": "=?utf-8?q?x?=", "role": "R", "when": "2026-11-24T14:00",
          "interviewers": [{"name": "P"}]})  # fmt: skip
def test_any_yaml_document_loads_or_explains(document: object) -> None:
    text = yaml.safe_dump(document, allow_unicode=True)
    try:
        parse_interview(text, "fuzz.yaml")
    except InterviewFileError as error:
        assert str(error).startswith("fuzz.yaml") and "\n" not in error.message
