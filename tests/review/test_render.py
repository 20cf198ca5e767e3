"""Text and JSON renderings: positions from offsets, grouped lines, carets, the JSON schema."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from afterword.review.engine import review
from afterword.review.reading import read_message
from afterword.review.render import render_json, render_summary, render_text

DATA = Path(__file__).parent / "data"
FINDING_KEYS = {
    "rule",
    "name",
    "severity",
    "message",
    "start",
    "end",
    "line",
    "column",
    "header",
    "replacements",
}


def reviewed(name: str):
    return review(read_message((DATA / name).read_bytes(), name))


def text_of(reviews, **console_options) -> str:
    out = io.StringIO()
    render_text(reviews, Console(file=out, width=100, **console_options))
    return out.getvalue()


def expected_position(file_text: str, body_line: int, body: str, start: int) -> tuple[int, int]:
    """Line and column counted straight from the file, the slow obvious way."""
    line = body[:start].count("\n") + body_line
    column = start - (body.rfind("\n", 0, start) + 1) + 1
    assert file_text.splitlines()[line - 1][column - 1 :].startswith(body[start : start + 1])
    return line, column


def test_json_findings_have_the_documented_fields_and_point_into_the_file():
    result = reviewed("slips-note.txt")
    document = render_json([result])
    file_text = (DATA / "slips-note.txt").read_text()
    (record,) = document["files"]
    assert record["positions"] == "file" and record["body_line"] == 3
    assert record["word_count"] == result.word_count
    spanned = [f for f in record["findings"] if f["line"] is not None]
    assert spanned, "the slips note has findings in its body"
    for finding in record["findings"]:
        assert set(finding) == FINDING_KEYS
    for finding in spanned:
        where = expected_position(file_text, 3, result.message.body, finding["start"])
        assert (finding["line"], finding["column"]) == where
    rules = {f["rule"] for f in record["findings"]}
    assert {"AW603", "AW604", "AW605"} <= rules


def test_json_summary_counts_by_severity_and_rule():
    document = render_json([reviewed("slips-note.txt"), reviewed("good-note.eml")])
    findings = [f for file in document["files"] for f in file["findings"]]
    summary = document["summary"]
    assert summary["files"] == 2 and summary["findings"] == len(findings)
    assert summary["errors"] == sum(f["severity"] == "error" for f in findings)
    assert sum(summary["by_rule"].values()) == len(findings)


def test_decoded_body_positions_count_from_the_body():
    document = render_json([reviewed("latin1-base64.eml")])
    assert document["files"][0]["positions"] == "body"
    assert document["files"][0]["body_line"] is None


def test_reading_notes_are_in_the_json():
    (record,) = render_json([reviewed("html-only.eml")])["files"]
    assert any("HTML" in note for note in record["notes"])


def test_text_groups_by_line_with_carets_under_the_offending_text():
    output = text_of([reviewed("slips-note.txt")])
    lines = output.splitlines()
    shown = next(i for i, line in enumerate(lines) if "the the plan" in line)
    caret_line = lines[shown + 1]
    offset = lines[shown].index("the the")
    assert caret_line[offset : offset + 7] == "^^^^^^^"
    assert "AW603 repeated-word" in output
    assert "slips-note.txt" in lines[0] and "words" in lines[0]


def test_text_names_header_findings_by_header():
    result = review(read_message(b"Subject: Hi\n\nDear Priya, thanks.\n", "x.txt"))
    output = text_of([result])
    assert any(line.strip().startswith("Subject") for line in output.splitlines())


def test_text_is_plain_without_a_terminal_and_coloured_on_one():
    result = reviewed("slips-note.txt")
    assert "\x1b[" not in text_of([result])
    coloured = text_of([result], force_terminal=True, color_system="standard")
    assert "\x1b[4" in coloured or ";4m" in coloured  # underline


def test_long_lines_are_cut_around_the_finding():
    body = "word " * 1_000 + "the the end.\n"
    result = review(read_message(body.encode(), "long.txt"))
    output = text_of([result])
    assert max(len(line) for line in output.splitlines()) < 400
    assert "the the" in output


def test_clean_review_says_so():
    result = review(read_message(b"", "empty.txt"))
    assert "no findings" in text_of([result]) or result.findings


@pytest.mark.parametrize("count", [1, 3])
def test_summary_table_lists_rules_and_files(count):
    results = [reviewed("slips-note.txt")] * count
    out = io.StringIO()
    render_summary(results, ["bad.bin: binary data"], Console(file=out, width=120))
    text = out.getvalue()
    assert f"{count} files reviewed" in text and "1 unreadable" in text
    assert "AW603" in text and "repeated-word" in text
