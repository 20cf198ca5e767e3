"""docs/interview-file.md documents every field, and its example is a valid file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterword.interview.loader import parse_interview
from afterword.interview.model import Candidate, Interview, Interviewer

DOC = Path(__file__).parents[2] / "docs" / "interview-file.md"
FIELDS = [
    *(name for name in Interview.model_fields),
    *(f"candidate.{name}" for name in Candidate.model_fields),
    *(f"interviewers[].{name}" for name in Interviewer.model_fields),
]


@pytest.mark.parametrize("field", FIELDS)
def test_every_field_has_a_row_in_the_doc(field: str) -> None:
    rows = [
        line
        for line in DOC.read_text(encoding="utf-8").splitlines()
        if line.startswith(f"| `{field}` |")
    ]
    assert rows, f"{field} is not documented in {DOC.name}"
    assert len(rows[0].split("|")) >= 5, f"{field}'s row lacks a description or example"


def test_the_docs_example_is_a_valid_interview_file() -> None:
    text = DOC.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", text, re.S)
    assert example is not None
    interview = parse_interview(example.group(1), "docs/interview-file.md")
    documented = {*interview.model_fields_set}
    assert documented == set(Interview.model_fields), "the example should show every field"
