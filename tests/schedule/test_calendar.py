"""The .ics export of due dates: one event per pending item, a reminder each, stable UIDs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar
from schedule_helpers import add_message
from typer.testing import CliRunner

from afterword.cli.app import build_app
from afterword.config import Settings
from afterword.schedule.calendar import due_dates_ics

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "northwind-panel.yaml"
BEFORE = datetime(2026, 11, 24, 22, tzinfo=UTC)


def events(data: bytes) -> list:  # type: ignore[type-arg]
    return [c for c in Calendar.from_ical(data).walk("VEVENT")]


def test_each_pending_item_is_an_event_with_a_reminder(stored_panel) -> None:  # type: ignore[no-untyped-def]
    db, interview_id, (priya, _sam) = stored_panel
    add_message(db, interview_id, priya, "thank-you", "sent", sent_at=BEFORE)
    found = events(due_dates_ics(db, Settings(), BEFORE))
    assert [str(e["summary"]) for e in found] == [
        "Thank-you note to Sam Okafor (Northwind Analytics)",
        "Follow-up 1 to Dr. Priya Raman (Northwind Analytics)",
        "Follow-up 1 to Sam Okafor (Northwind Analytics)",
        "Follow-up 2 to Dr. Priya Raman (Northwind Analytics)",
        "Follow-up 2 to Sam Okafor (Northwind Analytics)",
    ]
    first = found[0]
    assert first.decoded("dtstart") == datetime(2026, 11, 25, 21, tzinfo=UTC)
    assert first.decoded("dtend") - first.decoded("dtstart") == timedelta(minutes=30)
    alarm = first.subcomponents[0]
    assert alarm.name == "VALARM" and alarm.decoded("trigger") == -timedelta(hours=2)
    assert "sam.okafor@northwind.example" in str(first["description"])


def test_uids_are_stable_across_exports(stored_panel) -> None:  # type: ignore[no-untyped-def]
    db, _interview_id, _ids = stored_panel
    first = [str(e["uid"]) for e in events(due_dates_ics(db, Settings(), BEFORE))]
    later = [
        str(e["uid"]) for e in events(due_dates_ics(db, Settings(), BEFORE + timedelta(hours=1)))
    ]
    assert first == later and len(set(first)) == 6


def test_export_ics_through_the_cli(sqlite_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    app = build_app()
    assert runner.invoke(app, ["add", str(EXAMPLE), "--db", sqlite_url]).exit_code == 0
    target = tmp_path / "due.ics"
    written = runner.invoke(app, ["export", "--ics", str(target), "--db", sqlite_url])
    assert written.exit_code == 0, written.stderr
    summaries = {str(e["summary"]) for e in events(target.read_bytes())}
    assert "Thank-you note to Sam Okafor (Northwind Analytics)" in summaries
    piped = runner.invoke(app, ["export", "--ics", "-", "--db", sqlite_url])
    assert piped.stdout.startswith("BEGIN:VCALENDAR")
