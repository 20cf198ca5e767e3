"""Property tests: no input crashes the loader, and every record survives dump and load."""

from __future__ import annotations

import contextlib

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from afterword.interview.errors import InterviewFileError
from afterword.interview.ics import import_ics
from afterword.interview.loader import dump_interview, parse_interview
from afterword.interview.model import Interview
from support.interviews import interviews

FIELDS = [
    "company",
    "role",
    "when",
    "timezone",
    "interviewers",
    "name",
    "email",
    "discussed",
    "format",
    "duration_minutes",
    "candidate",
    "fit",
    "decision_by",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.dates(),
    st.datetimes(),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from(FIELDS), st.text(max_size=10)), inner, max_size=5
        ),
    ),
    max_leaves=20,
)


def loads_or_explains(text: str | bytes, source: str = "fuzz.yaml") -> None:
    try:
        parse_interview(text, source)
    except InterviewFileError as error:
        assert str(error).startswith(source)
        assert "\n" not in error.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
@example("company: &a [*a]")
@example("a: &a {b: *a}")
@example("? [a, b]\n: c")
@example("!!python/object:os.system {}")
@example("interviewers: [{name: A, email: a@x.co}, {name: B, email: A@X.CO}]")
def test_no_text_crashes_the_loader(text: str) -> None:
    loads_or_explains(text)
    loads_or_explains(text, "fuzz.json")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
@example(b"\xff\xfe" + "company: x".encode("utf-16-le"))
@example(b"\xff\xfe\x00")
def test_no_bytes_crash_the_loader(data: bytes) -> None:
    loads_or_explains(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(FIELDS), values, max_size=8))
def test_no_structure_crashes_the_loader(data: dict) -> None:
    loads_or_explains(yaml.safe_dump(data, allow_unicode=True))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400), st.text(max_size=200))
def test_no_bytes_crash_the_invite_importer(data: bytes, text: str) -> None:
    for blob in (data, f"BEGIN:VCALENDAR\r\n{text}\r\nEND:VCALENDAR\r\n".encode()):
        with contextlib.suppress(InterviewFileError):
            import_ics(blob, "fuzz.ics")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(interviews)
def test_dump_then_load_is_the_same_record(interview: Interview) -> None:
    assert parse_interview(dump_interview(interview), "dumped.yaml") == interview
