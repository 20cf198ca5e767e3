"""Whole-output tests of `afterword review`, as Vale's feature tests: every byte is compared.

Each case reviews the notes in tests/review/golden/notes and compares the whole output, text
and JSON, with tests/review/golden/expected/<case>.<format>. When the reviewer's output changes
on purpose, regenerate them all with one command and read the diff before committing:

    make golden      # AFTERWORD_REGEN_GOLDEN=1 pytest tests/review/test_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.cli.app import build_app

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = os.environ.get("AFTERWORD_REGEN_GOLDEN") == "1"
THANK_YOU_PANEL = ["notes/01-good-thank-you.eml", "notes/05-panel-copy.eml"]

CASES: dict[str, list[str]] = {
    # Every note alone, without an interview: what the text itself gives away.
    "without-context": ["notes"],
    # Two thank-yous to one panel, a day after: AW206 pairs the copies; names are known words.
    "panel-in-context": [
        *("--context", "interview.yaml", "--sent-at", "2026-11-25T09:00", "--kind", "thank-you"),
        *THANK_YOU_PANEL,
    ],
    # A follow-up two days after the interview: too early (AW102), with its other faults.
    "follow-up-in-context": [
        *("--context", "interview.yaml", "--sent-at", "2026-11-26T10:00", "--kind", "follow-up"),
        "notes/04-follow-up.eml",
    ],
}


def _run(args: list[str], output: str) -> str:
    result = CliRunner().invoke(build_app(), ["review", "--jobs", "1", "--format", output, *args])
    stdout = result.stdout
    if output == "json":
        stdout = json.dumps(json.loads(stdout), ensure_ascii=False, indent=2) + "\n"
    return f"{stdout}# exit status {result.exit_code}\n"


@pytest.mark.parametrize("output", ["text", "json"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_review_output_is_the_golden_file(case: str, output: str, monkeypatch) -> None:
    monkeypatch.chdir(GOLDEN)  # sources print as notes/..., the same on every machine
    monkeypatch.setenv("COLUMNS", "100")
    actual = _run(CASES[case], output)
    expected = GOLDEN / "expected" / f"{case}.{output}"
    if REGENERATE:
        expected.write_text(actual, encoding="utf-8")
    assert expected.is_file(), f"{expected} is missing; run `make golden` to write it"
    assert actual == expected.read_text(encoding="utf-8"), (
        f"`afterword review` output changed for {case} ({output}); if on purpose, run "
        "`make golden` and commit the regenerated files"
    )


def test_every_golden_file_has_a_case() -> None:
    names = {f"{case}.{output}" for case in CASES for output in ("text", "json")}
    assert {path.name for path in (GOLDEN / "expected").iterdir()} == names
