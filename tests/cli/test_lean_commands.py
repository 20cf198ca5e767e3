"""The lean path of `list` and `due` prints what the full application prints, byte for byte.

Both run as real processes on a seeded history: `afterword ...` takes the lean path on a
current SQLite file, the full application the same command through Typer.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterword.cli.lean import _parse

ROOT = Path(__file__).parents[2]
LEAN = [sys.executable, "-m", "afterword"]
FULL = [sys.executable, "-c", "from afterword.cli.app import build_app; build_app()()"]
TRACE = "import os, sys; 'sqlalchemy' in sys.modules and os._exit(7)"


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with a realistic history of 60 interviews, its schedule current."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.seed import seed

    from afterword.store.db import Database

    path = tmp_path_factory.mktemp("lean") / "history.sqlite3"
    database = Database(str(path))
    seed(database, 60, now=datetime(2026, 6, 1, 12, tzinfo=UTC))
    database.dispose()
    return path


def _run(argv: list[str], path: Path, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AFTERWORD_DB": str(path), "AFTERWORD_CONFIG": str(tmp / "none.toml")}
    return subprocess.run(argv, env=env, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--json"],
        ["due", "--json", "--at", "2026-06-01T12:00:00+00:00"],
        ["due", "--all", "--json", "--at=2026-06-01T12:00:00+00:00"],
        ["due", "--at", "2026-05-20T08:00:00+00:00"],
        ["due", "--all", "--at", "2026-06-01T12:00:00+00:00"],
    ],
)
def test_lean_output_equals_the_full_applications(
    history: Path, tmp_path: Path, args: list[str]
) -> None:
    lean, full = _run(LEAN + args, history, tmp_path), _run(FULL + args, history, tmp_path)
    assert (lean.returncode, lean.stderr) == (0, "")
    assert lean.stdout == full.stdout
    assert len(lean.stdout.splitlines()) >= 1 and len(lean.stdout) > 200


def _traced(call: str) -> list[str]:
    hook = f"import atexit; atexit.register(lambda: exec({TRACE!r}))"
    return [sys.executable, "-c", f"{hook}; {call}"]


def test_the_lean_path_imports_no_sqlalchemy(history: Path, tmp_path: Path) -> None:
    lean = _traced("from afterword.cli import main; main(['due', '--json'])")
    assert _run(lean, history, tmp_path).returncode == 0
    # control: the full application does import it
    full = _traced("from afterword.cli.app import build_app; build_app()(['due', '--json'])")
    assert _run(full, history, tmp_path).returncode == 7


@pytest.mark.parametrize(
    ("args", "known"),
    [
        (["due", "--json", "--db", "x.sqlite3"], True),
        (["due", "--all", "--at=2026-01-01"], True),
        (["list", "--json"], True),
        (["list", "--all"], False),
        (["due", "--help"], False),
        (["due", "--db"], False),
        (["show", "1"], False),
    ],
)
def test_only_known_options_take_the_lean_path(args: list[str], known: bool) -> None:
    assert (_parse(args) is not None) is known
