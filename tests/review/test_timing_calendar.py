"""AW102 counts business days on the user's own calendar (schedule.country)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from typer.testing import CliRunner

from afterword.cli.app import build_app
from afterword.config import ScheduleSettings
from afterword.interview.model import Interview
from afterword.review.context import ReviewContext
from afterword.review.engine import review_text

# Monday 23 November 2026; Thursday 26 November is Thanksgiving in the US, not in Britain.
INTERVIEW = Interview(
    company="Northwind Analytics",
    role="Data Analyst",
    when=datetime(2026, 11, 23, 10),
    timezone="America/Chicago",
    interviewers=[{"name": "Sam Okafor", "email": "sam.okafor@northwind.example"}],
)
SENT = datetime(2026, 11, 30, 16, tzinfo=ZoneInfo("America/Chicago"))  # the fifth UK business day
BODY = (
    "Hi Sam,\n\nFollowing up on my interview on Monday for the Data Analyst role. Is there any "
    "update on next steps?\n\nBest,\nJordan Lee\n"
)


def early(country: str) -> bool:
    context = ReviewContext(
        interview=INTERVIEW,
        recipient=INTERVIEW.interviewers[0],
        kind="follow-up",
        sent_at=SENT,
        schedule=ScheduleSettings(country=country),
    )
    result = review_text(BODY, subject="Data Analyst interview — next steps", context=context)
    return any(f.rule == "AW102" for f in result.findings)


@pytest.mark.parametrize(("country", "flagged"), [("US", True), ("GB", False)])
def test_the_holiday_calendar_moves_the_follow_up_date(country: str, flagged: bool) -> None:
    assert early(country) is flagged


def test_the_review_command_reads_the_country_from_the_config(tmp_path: Path) -> None:
    interview = tmp_path / "interview.yaml"
    interview.write_text(yaml.safe_dump(INTERVIEW.model_dump(mode="json", exclude_none=True)))
    note = tmp_path / "note.txt"
    note.write_text("To: Sam Okafor <sam.okafor@northwind.example>\nSubject: Next steps\n\n" + BODY)
    config = tmp_path / "config.toml"
    args = ["review", "--context", str(interview), "--kind", "follow-up",
            "--sent-at", SENT.isoformat(), "--format", "json", str(note)]  # fmt: skip
    found = {}
    for country in ("US", "GB"):
        config.write_text(f'[schedule]\ncountry = "{country}"\n')
        result = CliRunner().invoke(build_app(), [*args[:1], "--config", str(config), *args[1:]])
        files = json.loads(result.stdout)["files"]
        rules = {finding["rule"] for file in files for finding in file["findings"]}
        found[country] = "AW102" in rules
    assert found == {"US": True, "GB": False}
