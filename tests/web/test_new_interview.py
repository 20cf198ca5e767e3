"""The new-interview form: errors next to the field, nothing typed lost, blocks without JS."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterword.web import forms
from web.pages import Page

GOOD = {
    "company": "Northwind Analytics",
    "role": "Senior Data Engineer",
    "date": "2026-11-24",
    "time": "14:00",
    "timezone": "America/Chicago",
    "duration_minutes": "60",
    "format": "video",
    "fit": "five years building streaming pipelines",
    "candidate_name": "Jordan Lee",
    "candidate_email": "jordan.lee@example.com",
    "interviewer_count": "2",
    "interviewers-0-name": "Dr. Priya Raman",
    "interviewers-0-email": "priya.raman@northwind.example",
    "interviewers-0-discussed": "her plan to move batch ETL to streaming\ndata contracts",
    "interviewers-1-name": "Sam Okafor",
    "interviewers-1-email": "sam.okafor@northwind.example",
    "interviewers-1-discussed": "on-call load",
}


def test_blank_form_has_the_zone_and_two_interviewer_blocks(browser) -> None:
    page = browser.page("/interviews/new")
    assert "New interview" in page.text
    assert page.field("timezone")["value"]
    assert page.has_id("interviewer-0") and page.has_id("interviewer-1")
    assert not page.has_id("interviewer-2")
    assert "Add another interviewer" in page.text


def test_add_another_keeps_what_was_typed(browser) -> None:
    data = {**GOOD, "action": "add", "interviewers-1-valued": "her point on contracts"}
    response = browser.post("/interviews/new", data)
    page = Page(response.text)
    assert response.status_code == 200
    assert page.has_id("interviewer-2")
    assert page.field("interviewers-0-name")["value"] == "Dr. Priya Raman"
    assert page.field("interviewers-1-valued")["value"] == "her point on contracts"
    assert "on-call load" in page.text  # a textarea's content
    assert page.field("interviewer_count")["value"] == "3"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"company": ""}, "company", "required"),
        ({"date": ""}, "date", "Enter when the interview started"),
        ({"timezone": "Mars/Olympus"}, "timezone", "unknown time zone"),
        ({"interviewers-1-email": "sam at northwind"}, "interviewers-1-email", "email address"),
        ({"duration_minutes": "-5"}, "duration_minutes", "greater than 0"),
        ({"candidate_email": "jordan"}, "candidate_email", "email address"),
    ],
)
def test_errors_appear_next_to_their_field_and_keep_the_rest(browser, changes, field, message):
    response = browser.post("/interviews/new", {**GOOD, **changes})
    assert response.status_code == 422
    page = Page(response.text)
    assert message.lower() in page.text_of(f"e-{field}").lower()
    assert page.field(field)["aria-invalid"] == "true"
    assert f"e-{field}" in page.field(field)["aria-describedby"]
    assert page.field("interviewers-0-name")["value"] == "Dr. Priya Raman"
    assert "her plan to move batch ETL to streaming" in page.text
    assert page.field("role")["value"] == "Senior Data Engineer"


def test_a_form_without_interviewers_says_so(browser) -> None:
    data = {k: v for k, v in GOOD.items() if not k.startswith("interviewers-")}
    response = browser.post("/interviews/new", data)
    assert response.status_code == 422
    assert "Add at least one interviewer" in Page(response.text).text


def test_duplicate_addresses_are_a_form_problem(browser) -> None:
    data = {**GOOD, "interviewers-1-email": "priya.raman@northwind.example"}
    response = browser.post("/interviews/new", data)
    assert response.status_code == 422
    assert "share the address" in Page(response.text).text


def test_blank_blocks_are_ignored_and_lines_become_notes() -> None:
    form = forms.read_form({**GOOD, "interviewer_count": "3"})
    interview = forms.validate(form)
    assert interview is not None, form.errors
    assert [p.name for p in interview.interviewers] == ["Dr. Priya Raman", "Sam Okafor"]
    assert interview.interviewers[0].discussed == [
        "her plan to move batch ETL to streaming",
        "data contracts",
    ]
    assert interview.start.isoformat() == "2026-11-24T14:00:00-06:00"


def test_an_interview_round_trips_through_the_form() -> None:
    form = forms.read_form(GOOD)
    interview = forms.validate(form)
    assert interview is not None
    again = forms.form_from_interview(interview)
    assert again.values["date"] == "2026-11-24" and again.values["time"] == "14:00"
    assert again.interviewers[1]["name"] == "Sam Okafor"


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(GOOD)), st.text(max_size=40)))
def test_any_typed_text_gives_an_interview_or_field_errors(changes) -> None:
    form = forms.read_form({**GOOD, **changes})
    interview = forms.validate(form)
    assert (interview is None) == bool(form.errors or form.problems)


def test_ics_upload_without_a_file_says_so(browser) -> None:
    response = browser.post("/interviews/new/ics", files={"ics": ("invite.ics", b"")})
    assert response.status_code == 422
    assert "Choose an .ics file" in Page(response.text).text


def test_an_invite_prefills_the_form_and_names_the_guesses(browser) -> None:
    invite = Path(__file__).parents[1] / "fixtures" / "ics" / "zoom.ics"
    response = browser.post("/interviews/new/ics", files={"ics": ("zoom.ics", invite.read_bytes())})
    assert response.status_code == 200
    page = Page(response.text)
    assert page.field("company")["value"] == "Contoso Robotics"
    assert page.field("interviewers-0-name")["value"] == "Alex Chen"
    assert page.field("date")["value"] and page.field("time")["value"]
    assert "Company: “Contoso Robotics” (guessed)" in page.text


def test_a_broken_invite_says_where_and_what(browser) -> None:
    invite = Path(__file__).parents[1] / "fixtures" / "ics" / "all-day.ics"
    response = browser.post(
        "/interviews/new/ics", files={"ics": ("all-day.ics", invite.read_bytes())}
    )
    assert response.status_code == 422
    assert "all-day.ics:5: DTSTART" in Page(response.text).text_of("e-ics")


def test_greet_as_goes_through_the_form_and_a_blank_one_is_none() -> None:
    typed = {
        **GOOD,
        "interviewers-0-name": "Tanaka Hiroshi",
        "interviewers-0-greet_as": "Tanaka-san",
    }
    interview = forms.validate(forms.read_form(typed))
    assert interview is not None
    assert [p.greet_as for p in interview.interviewers] == ["Tanaka-san", None]
    assert forms.form_from_interview(interview).interviewers[0]["greet_as"] == "Tanaka-san"


def test_the_form_offers_greet_as_and_an_invite_leaves_it_empty(browser) -> None:
    assert browser.page("/interviews/new").field("interviewers-0-greet_as")["value"] == ""
    invite = Path(__file__).parents[1] / "fixtures" / "ics" / "zoom.ics"
    response = browser.post("/interviews/new/ics", files={"ics": ("zoom.ics", invite.read_bytes())})
    assert Page(response.text).field("interviewers-0-greet_as")["value"] == ""


MESSY = {
    **GOOD,
    "interviewers-0-discussed": "how do you measure success?\nseemed bored, kept checking email",
    "interviewers-1-discussed": "base salary 95k + bonus",
}


def test_checking_the_notes_without_javascript_shows_how_each_is_read(browser) -> None:
    response = browser.post("/interviews/new", {**MESSY, "action": "check"})
    assert response.status_code == 200
    page = Page(response.text)
    assert page.field("interviewers-0-name")["value"] == "Dr. Priya Raman"  # nothing lost
    assert "How your notes will be read" in page.text
    assert "how to measure success" in page.text  # used, and how
    assert "about the interviewer's manner or looks: never quoted" in page.text
    assert "about pay or benefits" in page.text


def test_the_live_preview_answers_with_the_same_reading(browser) -> None:
    response = browser.post("/interviews/new/notes", MESSY, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="notes-reading"')
    assert "left out" in response.text and "never quoted" in response.text
    assert "<html" not in response.text


@pytest.mark.parametrize(
    ("decision_from", "status"),
    [("Sam Okafor", 303), ("Someone Else", 422)],  # control first
)
def test_who_gave_the_decision_date_must_be_on_the_panel(browser, decision_from, status):
    data = {**GOOD, "decision_by": "2026-12-04", "decision_from": decision_from}
    response = browser.post("/interviews/new", data)
    assert response.status_code == status
    if status == 422:
        assert "who is not on the panel" in Page(response.text).text


HOSTILE = Path(__file__).parents[1] / "fixtures" / "ics" / "hostile"
HUGE_CN = (
    (HOSTILE / "encoded-word-organizer.ics")
    .read_bytes()
    .replace(
        b'CN="Priya =?utf-8?q?Raman=0D=0AReply-To:_hr-desk=40attacker.example?="',
        b"CN=" + b"P" * 250,
    )
)


@pytest.mark.parametrize(
    ("name", "data", "status", "says"),
    [
        ("minutely-zone.ics", (HOSTILE / "minutely-zone.ics").read_bytes(), 200, None),
        ("encoded-word.ics", (HOSTILE / "encoded-word-organizer.ics").read_bytes(), 422,
         "encoded word"),
        ("long-cn.ics", HUGE_CN, 422, "at most 200 characters"),
    ],
)  # fmt: skip
def test_hostile_invites_prefill_or_explain(browser, name, data, status, says) -> None:
    response = browser.post("/interviews/new/ics", files={"ics": (name, data)})
    assert response.status_code == status
    if says:
        assert says in Page(response.text).text_of("e-ics")
    else:
        assert Page(response.text).field("company")["value"] == "Northwind Analytics"
