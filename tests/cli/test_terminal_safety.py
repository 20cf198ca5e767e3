"""Imported text never drives the user's terminal (issue 12, item 10): controls are replaced."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.cli.app import build_app
from afterword.cli.common import printable

EXAMPLE = Path(__file__).parents[2] / "examples" / "northwind-panel.yaml"
# Window title, cursor up and erase line, a C1 CSI, a bell: what a hostile note might carry.
HOSTILE = "\\e]0;pwned\\a on-call \\e[1A\\e[2K load \\x9b31m and \\x07"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain text\tand a tab\n", "plain text\tand a tab\n"),
        ("\x1b]0;pwned\x07", "\ufffd]0;pwned\ufffd"),
        ("\x9b31mred", "\ufffd31mred"),
    ],
)
def test_printable_replaces_controls_only(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_show_prints_no_control_characters_from_the_file(tmp_path: Path) -> None:
    source = EXAMPLE.read_text().replace(
        "- her plan to move the batch ETL jobs to streaming", f'- "{HOSTILE}"', 1
    )
    assert HOSTILE in source
    path = tmp_path / "hostile.yaml"
    path.write_text(source)
    app, db = build_app(), str(tmp_path / "x.sqlite3")
    added = CliRunner().invoke(app, ["add", str(path), "--db", db, "--json"])
    assert added.exit_code == 0, added.output
    for command in (["show", "1"], ["draft", "1"], ["show", "1", "--json"]):
        result = CliRunner().invoke(app, [*command, "--db", db])
        assert result.exit_code == 0, result.output
        assert not CONTROL.search(result.stdout), (command, result.stdout[:300])
