"""--fix: safe replacements only, in the body only, with every other byte kept."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from afterword.review.engine import review
from afterword.review.finding import Finding, Severity
from afterword.review.fix import CannotFix, fix_bytes, fix_file, is_safe

DATA = Path(__file__).parent / "data"
SLIPS = (DATA / "slips-note.txt").read_bytes()


def finding(rule: str, start: int, end: int, *replacements: str) -> Finding:
    return Finding(rule, "x", Severity.ERROR, "m", start, end, None, replacements)


@pytest.mark.parametrize(
    ("body", "found", "safe"),
    [
        ("the the cat", finding("AW603", 0, 7, "the"), True),
        ("and i think", finding("AW604", 4, 5, "I"), True),
        ("and i think", finding("AW604", 4, 5, "We"), False),  # not a case change
        ("a  b", finding("AW605", 1, 3, " "), True),
        ("a (b", finding("AW605", 2, 3, "(b)"), False),  # adds a bracket: not only spacing
        ("recieve", finding("AW601", 0, 7, "receive"), True),
        ("teh", finding("AW601", 0, 3, "the", "tech"), True),  # one slip, far likelier
        ("cas", finding("AW601", 0, 3, "car", "case"), False),  # ambiguous
        ("thx", finding("AW402", 0, 3, "thanks"), True),  # slang with one full form
        ("Hey Priya", finding("AW401", 0, 3, "Dear"), False),  # tone is the writer's call
        ("x", finding("AW603", 0, 0, "y"), False),  # no span
        ("x", Finding("AW308", "subject", Severity.WARNING, "m", header="Subject"), False),
    ],
)
def test_what_counts_as_safe(body, found, safe):
    assert is_safe(found, body) is safe


def review_message(message):
    return review(message)


def test_fix_repairs_the_slips_and_reviews_again(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(SLIPS)
    result = fix_file(path, review_message)
    fixed = path.read_text()
    assert "the the plan" not in fixed and "the plan" in fixed
    assert " I learned a lot from" in fixed
    assert {e.rule for e in result.applied} >= {"AW603", "AW604", "AW605"}
    assert not {f.rule for f in result.review.findings} & {"AW603", "AW604"}
    assert fixed.splitlines()[0] == SLIPS.decode().splitlines()[0]  # the Subject header


def test_fix_keeps_crlf_line_endings_and_headers(tmp_path):
    path = tmp_path / "note.eml"
    data = b"Subject: the the subject\r\n\r\n" + SLIPS.split(b"\n\n", 1)[1].replace(b"\n", b"\r\n")
    path.write_bytes(data)
    fix_file(path, review_message)
    after = path.read_bytes()
    assert after.startswith(b"Subject: the the subject\r\n\r\n")
    assert after.count(b"\r\n") == data.count(b"\r\n") and b"\n" not in after.replace(b"\r\n", b"")
    assert b"the the plan" not in after


def test_fix_writes_back_in_the_declared_charset(tmp_path):
    path = tmp_path / "latin.eml"
    body = "Dear Zoé,\n\nThank you for the the talk about café culture.\n"
    path.write_bytes(
        b"Subject: Thanks\nContent-Type: text/plain; charset=iso-8859-1\n\n"
        + body.encode("latin-1")
    )
    fix_file(path, review_message)
    after = path.read_bytes()
    assert "Zoé".encode("latin-1") in after and "café".encode("latin-1") in after
    assert b"the the" not in after


def test_diff_changes_nothing_and_shows_the_change(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(SLIPS)
    result = fix_file(path, review_message, write=False)
    assert path.read_bytes() == SLIPS
    diff = result.diff()
    assert diff.startswith(f"--- a/{path}") and "-" in diff and "+" in diff
    assert "the the plan" in diff


def test_nothing_to_fix_leaves_the_file_alone(tmp_path):
    path = tmp_path / "good.eml"
    path.write_bytes((DATA / "good-note.eml").read_bytes())
    before = path.stat().st_mtime_ns
    result = fix_file(path, review_message)
    assert not result.changed and result.diff() == ""
    assert path.stat().st_mtime_ns == before


def test_mime_encoded_bodies_are_not_edited():
    data = b"Subject: x\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(b"the the")
    with pytest.raises(CannotFix, match="MIME-encoded"):
        fix_bytes(data, "b64.eml", review_message)


def test_files_whose_charset_is_a_guess_are_not_rewritten():
    with pytest.raises(CannotFix, match="charset is a guess"):
        fix_bytes("Dear Zoé, the the talk".encode("latin-1"), "guess.txt", review_message)
