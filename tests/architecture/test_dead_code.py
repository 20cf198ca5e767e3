"""Dead code stays out: vulture finds nothing unused in src/afterword beyond its whitelist."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_vulture_finds_no_dead_code() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vulture"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, (
        f"dead code (delete it, or name it in vulture_whitelist.py):\n{done.stdout}{done.stderr}"
    )
