"""``make demo`` reads the same on any day: the day of the interview, a week on, years on."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "northwind-panel.yaml"
INTERVIEW_ENDS = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "after",
    [timedelta(hours=2), timedelta(days=7), timedelta(days=400), timedelta(days=3 * 365 + 200)],
    ids=["same-evening", "a-week-on", "400-days-on", "years-on"],
)
def test_demo_prints_deadlines_and_every_reviewed_draft(time_machine, tmp_path, after) -> None:
    from afterword.cli.app import build_app

    time_machine.move_to(INTERVIEW_ENDS + after, tick=True)
    result = CliRunner().invoke(
        build_app(), ["--db", str(tmp_path / "demo.sqlite3"), "demo", str(EXAMPLE)]
    )
    out = result.stdout
    assert result.exit_code == 0, result.stderr
    assert "thank-you notes due by Wed 25 Nov 2026 15:00 America/Chicago" in out
    assert "first follow-up due" in out
    assert len(re.findall(r"message \d · (thank-you|follow-up) · builtin", out)) == 4
    assert len(re.findall(r"message \d to .+ — \d+ words", out)) == 4  # each with its review
    assert "Traceback" not in out + result.stderr and "error" not in out.lower()
