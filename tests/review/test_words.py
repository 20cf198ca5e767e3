"""`afterword words`: a personal word list the spelling check accepts, kept per user."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.cli.app import build_app
from afterword.review import words

NOTE = (
    "Dear Priya,\n\nThank you. I enjoyed the talk about frobnicating pipelines.\n\nBest,\nJordan\n"
)


def afterword(*args: str):
    return CliRunner().invoke(build_app(), list(args))


def spelling(path: Path) -> list[dict]:
    result = afterword("review", "--format", "json", str(path))
    findings = json.loads(result.output)["files"][0]["findings"]
    return [f for f in findings if f["rule"] == "AW601"]


def test_a_word_added_is_no_longer_a_misspelling(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    assert spelling(note)  # control: unknown before it is added
    assert afterword("words", "add", "frobnicating").exit_code == 0
    assert spelling(note) == []
    assert afterword("words", "list").output.split() == ["frobnicating"]
    assert afterword("words", "remove", "Frobnicating").exit_code == 0
    assert spelling(note)


def test_the_list_lives_in_the_user_data_folder() -> None:
    afterword("words", "add", "stormwater", "Nakamura-Schmidt")
    path = Path(afterword("words", "path").output.strip())
    assert path == words.words_path()
    assert path.read_text(encoding="utf-8") == "Nakamura-Schmidt\nstormwater\n"


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["add", "kaizen"], 0, "added 1: kaizen"),  # control
        (["add", "two words"], 2, "not a single word"),
        (["add", "42"], 2, "expected letters"),
        (["remove", "nothing"], 1, "not in your list: nothing"),
    ],
)
def test_errors_say_what_would_do(args: list[str], code: int, says: str) -> None:
    result = afterword("words", *args)
    assert result.exit_code == code and says in result.output


def test_adding_twice_keeps_one_copy(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    assert words.add(["Capex"], path) == ["Capex"]
    assert words.add(["capex", "opex"], path) == ["opex"]
    assert words.load(path) == ["Capex", "opex"]


def test_every_review_reads_the_list_not_only_the_cli() -> None:
    from afterword.review.engine import review_text

    def misspelt() -> list[str]:
        return [f.rule for f in review_text(NOTE).findings if f.rule == "AW601"]

    assert misspelt()  # control
    words.add(["frobnicating"])
    assert misspelt() == []
