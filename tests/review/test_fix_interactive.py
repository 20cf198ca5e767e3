"""`afterword review --fix -i`: each finding with its suggestions, answered from a terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.cli.app import build_app
from afterword.review.fix import STOP, confident_spelling, fix_interactively
from afterword.review.reading import read_message

NOTE = (
    "Dear Priya,\n\nThank you for teh conversation. I definately enjoyed it and I am very very "
    "excited about the role.\n\nBest regards,\nJordan Lee\n"
)


def _terminal(args: list[str], answers: str) -> tuple[int, str]:
    """Run afterword with a pseudo-terminal as stdin and stderr; type ``answers`` into it."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "afterword", *args],
        stdin=secondary,
        stdout=subprocess.PIPE,
        stderr=secondary,
        env={**os.environ, "NO_COLOR": "1", "AFTERWORD_CONFIG": os.devnull},
    )
    os.close(secondary)
    os.write(main, answers.encode())
    out, _ = process.communicate(timeout=120)
    shown = b""
    try:
        while chunk := os.read(main, 65536):
            shown += chunk
    except OSError:
        pass  # the terminal closed with the process
    os.close(main)
    return process.returncode, shown.decode(errors="replace") + out.decode()


def test_answers_typed_at_a_terminal_accept_skip_and_pick(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    _, shown = _terminal(["review", "--fix", "-i", str(note)], "\ns\n1\n")
    fixed = note.read_text(encoding="utf-8")
    assert "for the conversation" in fixed  # Enter took the first suggestion
    assert "definately" in fixed  # s skipped it
    assert "I am very excited" in fixed  # 1 picked the only one
    assert "[1] the" in shown and "Enter: 1" in shown


def test_q_stops_and_keeps_what_was_chosen(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    _terminal(["review", "--fix", "-i", str(note)], "\nq\n")
    fixed = note.read_text(encoding="utf-8")
    assert "for the conversation" in fixed and "definately" in fixed and "very very" in fixed


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ([], NOTE),  # control: no answer at all changes nothing
        (["the", None, "very"], NOTE.replace("teh", "the").replace("very very", "very")),
        (
            ["the", "definitely", STOP],
            NOTE.replace("teh", "the").replace("definately", "definitely"),
        ),
    ],
)
def test_the_chooser_decides_each_edit(answers: list[str | None], expected: str) -> None:
    from afterword.review.engine import review

    queue = list(answers)
    result = fix_interactively(
        NOTE.encode(),
        "note.txt",
        lambda message: review(message),
        lambda finding, body: queue.pop(0) if queue else STOP,
    )
    assert result.after == expected


def test_interactive_needs_fix_and_named_files(tmp_path: Path) -> None:
    runner = CliRunner()
    alone = runner.invoke(build_app(), ["review", "-i", str(tmp_path / "x.txt")])
    assert alone.exit_code == 2 and "--fix" in alone.output
    piped = runner.invoke(build_app(), ["review", "--fix", "-i", "-"], input=NOTE)
    assert piped.exit_code == 2 and "name the files" in piped.output


@pytest.mark.parametrize(
    ("typed", "suggestions", "confident"),
    [
        ("definately", ("definitely", "defiantly", "delicately"), True),
        ("thier", ("their", "the", "there"), True),
        ("recieving", ("receiving", "relieving", "receding"), True),
        ("Pryia", ("Priya",), True),  # the only suggestion
        ("teh", ("ten", "the"), False),  # control: two close candidates, the rarer first
    ],
)
def test_confident_spelling(typed: str, suggestions: tuple[str, ...], confident: bool) -> None:
    assert confident_spelling(typed, suggestions) is confident


def test_fix_applies_confident_spellings_and_slang(tmp_path: Path) -> None:
    from afterword.review.engine import review
    from afterword.review.fix import fix_bytes

    text = "Dear Priya,\n\nThx for the chat; I definately enjoyed it.\n\nBest,\nJordan\n"
    result = fix_bytes(text.encode(), "n.txt", lambda message: review(message))
    assert "Thanks for the chat" in result.after and "definitely" in result.after
    assert read_message(result.after.encode(), "n.txt").body.startswith("Dear Priya")
