"""Hostile and unlucky invites (issue 12, items 2 and 9): bounded work, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from afterword.interview.errors import InterviewFileError
from afterword.interview.ics import import_ics
from afterword.interview.ics_zones import name_zones

HOSTILE = Path(__file__).parents[1] / "fixtures" / "ics" / "hostile"
ME = "jordan.lee@example.com"


def invite(
    *, start: str = "20261124T200000Z", organizer: str = "Priya Raman", extra: str = ""
) -> bytes:
    """A small invite with the given start, organizer CN and extra event lines."""
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT",
        "UID:t@example.com", "DTSTAMP:20261120T141522Z", f"DTSTART:{start}",
        "DURATION:PT1H", "SUMMARY:Northwind Analytics - Senior Data Engineer interview",
        f"ORGANIZER;CN={organizer}:mailto:priya.raman@northwind.example",
        f"ATTENDEE;CN=Jordan Lee:mailto:{ME}", *filter(None, extra.split("\n")),
        "END:VEVENT", "END:VCALENDAR",
    ]  # fmt: skip
    return ("\r\n".join(lines) + "\r\n").encode()


def test_an_invites_own_minutely_zone_rule_is_never_expanded() -> None:
    # Before: a 695-byte file kept the importer busy for ever (23 MB/s, SIGTERM ignored).
    code = (
        "import sys; from afterword.interview.ics import import_ics; "
        "r = import_ics(open(sys.argv[1], 'rb').read(), 'x.ics', 'jordan.lee@example.com'); "
        "print(r.interview.when.isoformat(), r.interview.timezone)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(HOSTILE / "minutely-zone.ics")],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["2026-11-24T14:00:00", "America/Chicago"]


@pytest.mark.parametrize(
    ("tzid", "iana"),
    [
        ("America/Chicago", "America/Chicago"),
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("/softwarestudio.org/Olson_20011030_5/Europe/Paris", "Europe/Paris"),
        ('"(UTC-06:00) Central Time (US & Canada)"', "America/Chicago"),
        ("Nowhere Standard Time", "UTC"),
    ],
)
def test_tzids_become_iana_names_before_parsing(tzid: str, iana: str) -> None:
    text = (HOSTILE / "minutely-zone.ics").read_text().replace("Probe Zone", tzid)
    if tzid == "Nowhere Standard Time":
        text = text.replace("TZOFFSETTO:-0500", "TZOFFSETTO:-0613")
    zones = name_zones(text)
    assert "VTIMEZONE" not in zones.text and "RRULE" not in zones.text
    assert f"DTSTART;TZID={iana}:20261124T140000" in zones.text


def test_a_windows_zone_name_with_a_hostile_rule_imports_at_once() -> None:
    found = import_ics((HOSTILE / "minutely-windows-zone.ics").read_bytes(), "x.ics", ME)
    assert found.interview.timezone == "America/Los_Angeles"
    assert found.interview.when.isoformat() == "2026-11-24T14:00:00"


ATTENDEES = "\n".join(f"ATTENDEE;CN=Person {n}:mailto:p{n}@northwind.example" for n in range(60))


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (invite(), None),
        (invite(organizer="P" * 250), "at most 200 characters"),
        (invite(start="99991231T230000Z"), "out of range"),
        (invite(start="00010101T000000Z"), "out of range"),
        (invite(extra=ATTENDEES), "at most 50"),
    ],
    ids=["clean", "long-cn", "year-9999", "year-1", "60-attendees"],
)
def test_invites_that_crashed_now_explain_in_one_line(data: bytes, says: str | None) -> None:
    if says is None:
        assert import_ics(data, "x.ics", ME).interview.company == "Northwind Analytics"
        return
    with pytest.raises(InterviewFileError) as refused:
        import_ics(data, "x.ics", ME)
    assert says in str(refused.value) and "\n" not in str(refused.value)
    assert str(refused.value).startswith("x.ics")


@pytest.mark.parametrize(
    ("data", "code", "says"),
    [
        (invite(), 0, None),
        ((HOSTILE / "minutely-zone.ics").read_bytes(), 0, None),
        (invite(start="99991231T230000Z"), 2, "out of range"),
        (invite(organizer="P" * 250), 2, "at most 200 characters"),
        ((HOSTILE / "encoded-word-organizer.ics").read_bytes(), 2, "encoded word"),
    ],
    ids=["clean", "minutely-zone", "year-9999", "long-cn", "encoded-word"],
)
def test_the_cli_imports_or_says_why_in_one_line(tmp_path, data, code, says) -> None:
    from typer.testing import CliRunner

    from afterword.cli.app import build_app

    path = tmp_path / "invite.ics"
    path.write_bytes(data)
    result = CliRunner().invoke(
        build_app(),
        ["add", "--ics", str(path), "--yes", "--email-self", ME, "--db", str(tmp_path / "x.db")],
    )
    assert result.exit_code == code, result.output
    if says:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and says in lines[0] and "Traceback" not in result.output
