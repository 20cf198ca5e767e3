"""The interview file loader: good files load, bad ones get one clear message."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from afterword.interview.errors import InterviewFileError
from afterword.interview.loader import MAX_BYTES, dump_interview, load_interview, parse_interview

EXAMPLE = Path(__file__).parents[2] / "examples" / "northwind-panel.yaml"

GOOD = """\
company: Northwind Analytics
role: Senior Data Engineer
when: 2026-11-24T14:00
timezone: America/Chicago
interviewers:
  - name: Dr. Priya Raman
    email: priya.raman@northwind.example
    discussed: her plan to move the batch ETL jobs to streaming
"""


def test_example_loads_with_zone_aware_times() -> None:
    interview = load_interview(EXAMPLE)
    assert interview.company == "Northwind Analytics"
    assert interview.start.isoformat() == "2026-11-24T14:00:00-06:00"
    assert interview.end.isoformat() == "2026-11-24T15:00:00-06:00"
    assert [p.person.formal for p in interview.interviewers] == ["Dr. Raman", "Sam Okafor"]


def test_a_single_note_becomes_a_list() -> None:
    interview = parse_interview(GOOD, "good.yaml")
    assert interview.interviewers[0].discussed == [
        "her plan to move the batch ETL jobs to streaming"
    ]


def test_json_is_accepted() -> None:
    text = (
        '{"company": "Northwind", "role": "Engineer", "when": "2026-11-24T14:00",\n'
        ' "timezone": "UTC", "interviewers": [{"name": "Sam Okafor"}]}'
    )
    assert parse_interview(text, "i.json").interviewers[0].name == "Sam Okafor"


def test_an_offset_in_when_is_moved_into_the_zone() -> None:
    text = GOOD.replace("2026-11-24T14:00", "2026-11-24T20:00:00Z")
    assert parse_interview(text, "x.yaml").when.isoformat() == "2026-11-24T14:00:00"


@pytest.mark.parametrize(
    "encoding,bom",
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_byte_order_marks_are_accepted(encoding: str, bom: bytes) -> None:
    text = GOOD.replace("Priya Raman", "José Álvarez")
    interview = parse_interview(bom + text.encode(encoding), "bom.yaml")
    assert interview.interviewers[0].name == "Dr. José Álvarez"


def test_dump_then_load_gives_the_same_record() -> None:
    interview = load_interview(EXAMPLE)
    assert parse_interview(dump_interview(interview), "dumped.yaml") == interview


def _replace(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new)


# (case, notes as written in the file, the notes read): hurried notes hold colons, and YAML
# reads "- system design: a dispatch service" as a one-field mapping.
COLON_NOTES = [
    ("a plain note", "missed:\n  - forgot to ask about on-call\n", ["forgot to ask about on-call"]),
    (
        "a note with a colon",
        "missed:\n  - system design: a dispatch service for 1M orders/hr\n",
        ["system design: a dispatch service for 1M orders/hr"],
    ),
    ("a number after the colon", "fit:\n  - p99 latency: 250\n", ["p99 latency: 250"]),
    ("nothing after the colon", "insights:\n  - follow up:\n", ["follow up:"]),
    ("a quoted note", 'fit:\n  - "on-call: 1 week in 6"\n', ["on-call: 1 week in 6"]),
]


@pytest.mark.parametrize(
    ("notes", "read"), [c[1:] for c in COLON_NOTES], ids=[c[0] for c in COLON_NOTES]
)
def test_a_note_with_a_colon_is_read_as_text(notes: str, read: list[str]) -> None:
    interview = parse_interview(GOOD + notes, "notes.yaml")
    field = notes.split(":", 1)[0]
    assert getattr(interview, field) == read


def test_a_discussed_note_with_a_colon_is_read_as_text() -> None:
    text = _replace("discussed: her plan", "discussed:\n      - streaming: her plan")
    assert parse_interview(text, "n.yaml").interviewers[0].discussed == [
        "streaming: her plan to move the batch ETL jobs to streaming"
    ]


# (case, text, line, field, words in the message)
BAD = [
    ("malformed yaml", "company: [Northwind\nrole: x\n", 2, None, "from line 1"),
    ("tab indentation", _replace("  - name", "\t- name"), 6, None, "not valid YAML"),
    ("wrong type", _replace("2026-11-24T14:00", "next tuesday"), 3, "when", "2026-11-24T14:00"),
    ("number as text", _replace("Senior Data Engineer", "42"), 2, "role", "quotes"),
    (
        "misspelled field",
        _replace("discussed:", "discused:"),
        8,
        "interviewers[0].discused",
        "did you mean 'discussed'",
    ),
    ("misspelled top field", _replace("role:", "rol:"), 2, "rol", "did you mean 'role'"),
    ("unknown field", GOOD + "salary: 100\n", 9, "salary", "unknown field 'salary'"),
    (
        "missing required",
        _replace("role: Senior Data Engineer\n", ""),
        1,
        "role",
        "required field is missing",
    ),
    (
        "missing interviewer name",
        _replace("  - name: Dr. Priya Raman\n    email", "  - email"),
        6,
        "interviewers[0].name",
        "missing",
    ),
    (
        "no interviewers",
        _replace("interviewers:", "interviewers: []\nx_interviewers:").split("x_interviewers")[0],
        5,
        "interviewers",
        "the list is empty",
    ),
    ("unknown zone", _replace("America/Chicago", "America/Chicagoo"), 4, "timezone", "IANA name"),
    (
        "invalid email",
        _replace("priya.raman@northwind.example", "priya.raman"),
        7,
        "interviewers[0].email",
        "email address",
    ),
    (
        "duplicate addresses",
        GOOD + "  - name: Sam Okafor\n    email: Priya.Raman@northwind.example\n",
        10,
        "interviewers[1].email",
        "share the address",
    ),
    ("duplicate field", GOOD + "company: Contoso\n", 9, "company", "given twice"),
    ("bad format", GOOD + "format: zoom\n", 9, "format", "phone, video, onsite"),
    ("format panel", GOOD + "format: panel\n", 9, "format", "several interviewers"),
    ("bad duration", GOOD + "duration_minutes: 0\n", 9, "duration_minutes", "from 1 to 1440"),
    ("absurd year", _replace("2026-11-24T14:00", "9999-12-31T23:00"), 3, "when", "1900 and 2999"),
    ("absurd decision date", GOOD + "decision_by: 0001-01-01\n", 9, "decision_by", "1900"),
    ("a list, not a mapping", "- company: x\n", 1, None, "not a mapping"),
    ("empty file", "  \n", None, None, "empty"),
    ("bad json", '{"company": "x",\n "role": }', 2, None, "not valid JSON"),
    (
        "a note of two fields",
        GOOD + "missed:\n  - system design: a dispatch service\n    scale: 1M orders/hr\n",
        10,
        "missed[0]",
        "put the whole note in quotes",
    ),
    (
        "a list after a note's colon",
        GOOD + "fit:\n  - stack: [kafka, flink]\n",
        10,
        "fit[0]",
        "put the whole note in quotes",
    ),
    (
        "yes after a note's colon",
        GOOD + "insights:\n  - remote: yes\n",
        10,
        "insights[0]",
        "quotes",
    ),
]


@pytest.mark.parametrize("text,line,field,words", [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_files_get_one_clear_message(
    text: str, line: int | None, field: str | None, words: str
) -> None:
    with pytest.raises(InterviewFileError) as caught:
        parse_interview(text, "bad.yaml")
    error = caught.value
    assert (error.source, error.line, error.field) == ("bad.yaml", line, field), str(error)
    assert words in str(error)
    assert str(error).startswith(f"bad.yaml:{line}: " if line else "bad.yaml: ")
    assert "\n" not in str(error)


def test_every_value_error_names_what_is_expected() -> None:
    for _case, text, *_ in BAD[2:16]:
        with pytest.raises(InterviewFileError) as caught:
            parse_interview(text, "bad.yaml")
        assert caught.value.expected or "did you mean" in caught.value.message, caught.value


def test_a_20_mb_file_is_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.write(GOOD.encode())
        handle.truncate(20 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(InterviewFileError, match="larger than"):
        load_interview(path)
    assert time.perf_counter() - started < 0.5


def test_text_just_over_the_limit_is_refused() -> None:
    with pytest.raises(InterviewFileError, match="larger than"):
        parse_interview(GOOD + "#" * MAX_BYTES, "big.yaml")


@pytest.mark.parametrize(
    "data,words",
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"PK\x03\x04\x14\x00", "zip"),
        (b"company: x\n\x00\x01\x02", "binary"),
        (
            GOOD.replace("José", "x")
            .encode("utf-8")
            .replace(b"Priya", "Jos\u00e9".encode("cp1252")),
            "Windows-1252",
        ),
    ],
)
def test_binary_and_non_utf8_files_are_named(data: bytes, words: str) -> None:
    with pytest.raises(InterviewFileError, match=words) as caught:
        parse_interview(data, "odd.yaml")
    assert caught.value.expected


def test_non_utf8_says_where() -> None:
    data = GOOD.encode().replace(b"Raman", b"R\xe4man")
    with pytest.raises(InterviewFileError) as caught:
        parse_interview(data, "latin.yaml")
    assert caught.value.line == 6
    assert "0xe4" in caught.value.message and "column" in caught.value.message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InterviewFileError, match="no such file"):
        load_interview(tmp_path / "nope.yaml")
    with pytest.raises(InterviewFileError, match="folder"):
        load_interview(tmp_path)


def test_alias_bombs_are_refused() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)},"
        f" *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(12)
    )
    with pytest.raises(InterviewFileError, match="more than"):
        parse_interview(bomb, "bomb.yaml")


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(InterviewFileError):
        parse_interview("company: " + "[" * 5000 + "]" * 5000, "deep.yaml")


def test_a_question_mark_inside_a_flow_list_gets_a_hint_to_quote_it():
    text = GOOD.replace(
        "discussed: her plan to move the batch ETL jobs to streaming",
        "discussed: [hours, station is broke?, pay]",
    )
    with pytest.raises(InterviewFileError) as error:
        parse_interview(text, "x.yaml")
    assert "quotes around a list item" in str(error.value)
