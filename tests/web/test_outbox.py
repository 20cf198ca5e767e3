"""The outbox page: states, reasons for failures, retry, cancel, confirm uncertain sends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from web.conftest import example_interview
from web.pages import Page


@pytest.fixture
def drafts(app) -> list[int]:
    """Two thank-you drafts for an interview that ended two hours ago."""
    from afterword.compose.stored import draft_interview
    from afterword.store.interviews import save_interview

    started = (datetime.now(UTC) - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")
    interview = example_interview(when=started, timezone="UTC")
    interview_id = save_interview(app.state.db, interview)
    stored = draft_interview(app.state.db, interview_id, interview, settings=app.state.settings)
    return [item.id for item in stored]


def _status(app, message_id: int) -> str:
    from afterword.store.messages import get_message

    return get_message(app.state.db, message_id).status


def test_an_empty_outbox_says_how_to_fill_it(browser) -> None:
    assert "The outbox is empty." in browser.page("/outbox").text


def test_approving_puts_a_draft_in_the_outbox_and_cancel_takes_it_out(browser, app, drafts):
    response = browser.post(f"/messages/{drafts[0]}", {"action": "approve"})
    assert response.status_code == 303
    assert _status(app, drafts[0]) in ("approved", "scheduled")
    page = browser.page("/outbox")
    assert "Priya Raman" in page.text and "<priya.raman@northwind.example>" in page.text
    assert page.find("a", href=f"/messages/{drafts[0]}")
    assert browser.post(f"/outbox/{drafts[0]}/cancel").status_code == 303
    assert _status(app, drafts[0]) == "cancelled"
    assert "Approve again" in browser.page("/outbox").text


def test_a_refused_send_shows_the_servers_reason_and_retry_requeues(
    browser, app, drafts, monkeypatch
):
    from support.smtp import RecordingSMTPServer

    with RecordingSMTPServer() as server:
        server.reply_next(550, text="5.1.1 no such user here", at="RCPT")
        settings = app.state.settings.model_copy(deep=True)
        settings.smtp.host, settings.smtp.port, settings.smtp.security = (
            "127.0.0.1",
            server.port,
            "none",
        )
        app.state.settings = settings
        response = browser.post(f"/messages/{drafts[1]}", {"action": "send"})
    assert response.status_code == 409
    assert "no such user here" in Page(response.text).text
    assert _status(app, drafts[1]) == "failed"
    page = browser.page("/outbox")
    assert "no such user here" in page.text_of(f"message-{drafts[1]}")
    assert "Retry" in page.text_of(f"message-{drafts[1]}")
    assert browser.post(f"/outbox/{drafts[1]}/retry").status_code == 303
    assert _status(app, drafts[1]) == "scheduled"


def test_an_uncertain_send_is_settled_by_the_user(browser, app, drafts) -> None:
    from afterword.store.schema import MessageRow

    browser.post(f"/messages/{drafts[0]}", {"action": "approve"})
    with app.state.db.session() as session:  # what a connection lost after DATA leaves behind
        session.get(MessageRow, drafts[0]).status = "uncertain"
    page = browser.page("/outbox")
    assert "may have accepted it" in page.text_of(f"message-{drafts[0]}")
    response = browser.post(f"/outbox/{drafts[0]}/confirm", {"delivered": "yes"})
    assert response.status_code == 303
    assert _status(app, drafts[0]) == "sent"


def test_a_refused_transition_is_explained(browser, app, drafts) -> None:
    response = browser.post(f"/outbox/{drafts[0]}/confirm", {"delivered": "yes"})
    assert response.status_code == 409
    assert "not uncertain" in Page(response.text).text


def test_an_unknown_message_is_answered_by_the_one_error_handler(browser, drafts) -> None:
    response = browser.post("/outbox/999/retry")  # NotFound, raised in the core, mapped once
    assert response.status_code == 404
    assert "no message with id 999" in Page(response.text).text
