"""`afterword review FILE` cold: the Typer-free path gives what the full application gives."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.cli.app import build_app
from afterword.cli.review_report import OutputFormat, _one_file

DATA = Path(__file__).parent / "data"
SLIPS = str(DATA / "slips-note.txt")
GOOD = str(DATA / "good-note.eml")
LEAN = """
import sys
from afterword.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exit:
    print("typer loaded" if "typer" in sys.modules else "", file=sys.stderr)
    raise
"""


def lean(*args: str, config: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AFTERWORD_CONFIG": str(config), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-c", LEAN, "review", *args], capture_output=True, text=True, env=env
    )


@pytest.mark.parametrize(
    "args",
    [
        (SLIPS,),
        (GOOD,),
        ("--format", "json", SLIPS),
        ("--format=sarif", SLIPS),
        (SLIPS, "--format", "json"),
    ],
)
def test_one_file_is_reviewed_without_typer_and_as_the_full_application_does(
    args: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[review]\nknown_words = ["Northwind"]\n', encoding="utf-8")
    monkeypatch.setenv("AFTERWORD_CONFIG", str(config))
    monkeypatch.setenv("NO_COLOR", "1")
    full = CliRunner().invoke(build_app(), ["review", *args])
    fast = lean(*args, config=config)
    assert (fast.returncode, fast.stdout) == (full.exit_code, full.stdout)
    assert "typer loaded" not in fast.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["review", SLIPS], (SLIPS, OutputFormat.text)),
        (["review", "--format", "json", SLIPS], (SLIPS, OutputFormat.json)),
        (["review", SLIPS, SLIPS], None),  # a batch
        (["review", str(DATA)], None),  # a folder
        (["review", "-"], None),  # standard input
        (["review"], None),
        (["review", "--fix", SLIPS], None),  # any other option
        (["review", "--format", "yaml", SLIPS], None),  # the full CLI says what is wrong
        (["review", "--format"], None),
        (["review", "no-such-file.eml"], None),
        (["list", SLIPS], None),
    ],
)
def test_only_a_plain_one_file_review_takes_the_lean_path(args: list[str], expected) -> None:
    assert _one_file(args) == expected


def test_a_broken_configuration_goes_to_the_full_application(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[review\n", encoding="utf-8")
    result = lean(SLIPS, config=config)
    assert result.returncode == 2
    assert "error:" in result.stderr and "typer loaded" in result.stderr
