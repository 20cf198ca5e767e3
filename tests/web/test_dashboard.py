"""The dashboard: what is due next with countdowns, and recent interviews with states."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from web.conftest import example_interview


def test_an_empty_dashboard_points_to_the_form(browser) -> None:
    page = browser.page("/")
    assert "Nothing due" in page.text
    assert "No interviews yet" in page.text
    assert page.find("a", href="/interviews/new")


def test_a_recent_interview_shows_its_due_thank_yous_and_people(browser, app) -> None:
    from afterword.store.interviews import save_interview

    when = (datetime.now(UTC) - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")
    interview = example_interview(when=when, timezone="UTC")
    interview_id = save_interview(app.state.db, interview)
    page = browser.page("/")
    due = page.text_of("due-title")
    assert due == "Due next"
    assert "Thank-you to Dr. Priya Raman" in page.text
    assert "Thank-you to Sam Okafor" in page.text
    # due 24 h after an interview that ended 2 h ago (less the seconds the minute dropped)
    assert "in 21 h" in page.text or "in 22 h" in page.text
    assert page.find("a", href=f"/interviews/{interview_id}")
    assert "Senior Data Engineer at Northwind Analytics" in page.text
    assert "Dr. Priya Raman due Sam Okafor due" in page.text  # each interviewer's state
