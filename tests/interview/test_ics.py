"""Calendar invites as Google Calendar, Outlook/Exchange, Teams, Zoom and others write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.interview.errors import InterviewFileError
from afterword.interview.ics import import_ics

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ics"
ME = "jordan.lee@example.com"


def read(name: str, me: str | None = ME, **kwargs: str):
    return import_ics((FIXTURES / name).read_bytes(), name, candidate_email=me)


# (file, local start, zone, minutes, interviewers (name, address), company, role, format)
INVITES = [
    (
        "outlook-onsite.ics",
        "2026-11-24T14:00:00-06:00",
        "America/Chicago",
        90,
        [
            ("Sam Okafor", "sam.okafor@northwind.example"),
            ("Priya Raman", "priya.raman@northwind.example"),
        ],
        "Northwind Analytics",
        "Senior Data Engineer",
        "onsite",
    ),
    (
        "outlook-custom-zone.ics",
        "2026-11-24T14:00:00-06:00",
        "America/Chicago",
        60,
        [("Greta Lindqvist", "greta.lindqvist@northwind.example")],
        "Northwind Analytics",
        "Senior Data Engineer",
        "onsite",
    ),
    (
        "google-meet.ics",
        "2026-11-24T20:00:00+00:00",
        "Etc/UTC",
        60,
        [
            ("Priya Raman", "priya.raman@northwind.example"),
            ("Sam Okafor", "sam.okafor@northwind.example"),
        ],
        "Northwind Analytics",
        "Senior Data Engineer",
        "video",
    ),
    (
        "zoom.ics",
        "2026-12-02T10:30:00-05:00",
        "America/New_York",
        45,
        [("Alex Chen", "alex.chen@contoso-robotics.example")],
        "Contoso Robotics",
        "Robotics Software Engineer",
        "video",
    ),
    (
        "teams-windows-zone.ics",
        "2026-12-01T16:00:00+01:00",
        "Europe/Berlin",
        45,
        [
            ("Pieter van der Berg", "pieter.vandenberg@adventure-works.example"),
            ("Prof. Alan Reid", "alan.reid@adventure-works.example"),
        ],
        "Adventure Works",
        "Machine Learning Engineer",
        "video",
    ),
    (
        "onsite-loop.ics",
        "2026-12-03T13:00:00+01:00",
        "Europe/Berlin",
        120,
        [
            ("Anna Müller", "anna.mueller@fabrikam.example"),
            ("José Álvarez", "jose.alvarez@fabrikam.example"),
            ("Dr. Mei-Ling O'Brien, PhD", "meiling.obrien@fabrikam.example"),
        ],
        "Fabrikam GmbH",
        "Product Designer",
        "onsite",
    ),
    (
        "recurring.ics",
        "2026-11-30T11:30:00+05:30",
        "Asia/Kolkata",
        30,
        [("Suharto", "suharto@tailspin.example")],
        "Tailspin Toys",
        "Backend Developer",
        None,
    ),
    (
        "floating.ics",
        "2026-11-26T09:00:00+00:00",
        "Etc/UTC",
        30,
        [("Margaret Hughes-Whitfield", "m.hughes-whitfield@wingtiptoys.example")],
        "Wingtip Toys",
        "Customer Success Manager",
        "phone",
    ),
]


@pytest.fixture(autouse=True)
def _machine_zone_is_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Floating and bare-UTC invites are read in the machine's zone; make it known."""
    monkeypatch.setenv("TZ", "Etc/UTC")  # local_zone_name() takes TZ when it names a zone


@pytest.mark.parametrize("case", INVITES, ids=[c[0] for c in INVITES])
def test_invites_become_interviews(case: tuple) -> None:
    name, start, zone, minutes, people, company, role, fmt = case
    me = "ananya.iyer@example.com" if name == "recurring.ics" else ME
    found = read(name, me)
    interview = found.interview
    assert interview.start.isoformat() == start
    assert (interview.timezone, interview.duration_minutes) == (zone, minutes)
    assert [(p.name, p.email) for p in interview.interviewers] == people
    assert found.guesses.get("company") == company and interview.company == company
    assert found.guesses.get("role") == role and interview.role == role
    assert found.guesses.get("format") == fmt
    assert found.unknown == []


def test_the_candidates_own_address_is_left_out_and_kept_as_candidate() -> None:
    found = read("outlook-onsite.ics")
    assert ME not in {p.email for p in found.interview.interviewers}
    assert found.interview.candidate is not None
    assert found.interview.candidate.name == "Jordan Lee"


def test_rooms_are_not_interviewers() -> None:
    names = [p.name for p in read("outlook-onsite.ics").interview.interviewers]
    assert not any("Lakeview" in n for n in names)


def test_without_my_address_everyone_is_kept_and_a_note_says_so() -> None:
    found = read("outlook-onsite.ics", me=None)
    assert "Jordan Lee" in [p.name for p in found.interview.interviewers]
    assert any("your own address" in note for note in found.notes)


def test_notes_say_what_was_chosen() -> None:
    assert any("merged" in n for n in read("onsite-loop.ics").notes)
    assert any("later days" in n for n in read("onsite-loop.ics").notes)
    assert any("recurring" in n for n in read("recurring.ics", "ananya.iyer@example.com").notes)
    assert any("floating" in n for n in read("floating.ics").notes)


def test_a_cancellation_override_of_a_series_is_not_the_interview() -> None:
    found = read("recurring.ics", "ananya.iyer@example.com")
    assert found.interview.start.day == 30


BAD = [
    ("no-event.ics", None, "VEVENT", "no event"),
    ("cancelled.ics", 4, "METHOD", "cancels"),
    ("all-day.ics", 5, "DTSTART", "all-day"),
]


@pytest.mark.parametrize("name,line,field,words", BAD, ids=[b[0] for b in BAD])
def test_bad_invites_get_one_clear_message(
    name: str, line: int | None, field: str, words: str
) -> None:
    with pytest.raises(InterviewFileError) as caught:
        read(name)
    error = caught.value
    assert (error.line, error.field) == (line, field)
    assert words in error.message and error.expected
    assert str(error).startswith(name)


@pytest.mark.parametrize(
    "data,words",
    [
        (b"", "not a calendar"),
        (b"company: Northwind\n", "not a calendar"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n", "not a valid calendar"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
    ],
)
def test_files_that_are_not_invites(data: bytes, words: str) -> None:
    with pytest.raises(InterviewFileError, match=words):
        import_ics(data, "odd.ics")


def test_an_invite_with_only_me_is_refused() -> None:
    data = (FIXTURES / "zoom.ics").read_bytes()
    with pytest.raises(InterviewFileError, match="nobody but you"):
        import_ics(data, "zoom.ics", candidate_email="alex.chen@contoso-robotics.example")


SUMMARIES = [
    (
        "Interview: Jordan Lee — Senior Data Engineer (Northwind Analytics)",
        "Northwind Analytics",
        "Senior Data Engineer",
    ),
    ("Northwind Analytics / Jordan Lee – Onsite interview", "Northwind Analytics", None),
    (
        "Senior Data Engineer interview at Northwind Analytics",
        "Northwind Analytics",
        "Senior Data Engineer",
    ),
    (
        "Updated invitation: Contoso - Staff Engineer - Final round @ Tue Nov 24, 2026 2pm - "
        "3pm (CST) (jordan.lee@example.com)",
        "Contoso",
        "Staff Engineer",
    ),
    ("FW: Phone screen | Wingtip Toys | Account Executive", "Wingtip Toys", "Account Executive"),
    ("Jordan Lee <> Northwind", "Northwind", None),
    ("Jordan Lee x Northwind Analytics", "Northwind Analytics", None),
    ("Interview", None, None),
]


@pytest.mark.parametrize("summary,company,role", SUMMARIES, ids=[s[0][:30] for s in SUMMARIES])
def test_company_and_role_guessed_from_the_summary(
    summary: str, company: str | None, role: str | None
) -> None:
    from afterword.interview.guess import guess_from_summary

    found = guess_from_summary(summary, {"jordan lee"})
    assert (found.get("company"), found.get("role")) == (company, role)


def test_a_zone_without_an_iana_name_is_matched_by_offsets_and_left_to_confirm() -> None:
    found = read("outlook-custom-zone.ics")
    assert found.guesses["timezone"] == "America/Chicago"
    assert any("UTC offsets of America/Chicago" in note for note in found.notes)
