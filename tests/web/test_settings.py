"""Settings: profile with the sender-address check, mail servers, preferences, saved to TOML."""

from __future__ import annotations

import tomllib

from web.pages import Page


def test_saving_a_profile_runs_the_sender_address_check(browser) -> None:
    response = browser.post(
        "/settings/profile", {"name": "Jordan Lee", "email": "partyboy1999@example.com"}
    )
    assert response.status_code == 303
    page = browser.page("/settings")
    assert page.field("name")["value"] == "Jordan Lee"
    assert "AW701" in page.text_of("profile")


def test_a_professional_address_passes(browser) -> None:
    browser.post("/settings/profile", {"name": "Jordan Lee", "email": "jordan.lee@example.com"})
    page = browser.page("/settings")
    assert "AW701" not in page.text_of("profile")
    assert "Your address looks professional." in page.text


def test_a_bad_profile_address_is_shown_next_to_the_field(browser) -> None:
    response = browser.post("/settings/profile", {"name": "Jordan Lee", "email": "jordan"})
    assert response.status_code == 422
    page = Page(response.text)
    assert "email address" in page.text_of("e-email").lower()
    assert page.field("email")["value"] == "jordan"


def test_preferences_are_written_to_the_config_file(browser, config_file) -> None:
    response = browser.post(
        "/settings/preferences",
        {"formality": "friendly", "window_start": "09:00", "window_end": "17:30",
         "earliest_hours_after": "5", "country": "GB", "disable": "aw408, tone",
         "known_words": "Kubernetes\nDataHub"},
    )  # fmt: skip
    assert response.status_code == 303
    saved = tomllib.loads(config_file.read_text())
    assert saved["compose"]["formality"] == "friendly"
    assert saved["schedule"]["window_start"] == "09:00"
    assert saved["review"]["disable"] == ["AW408", "TONE"]
    assert saved["review"]["known_words"] == ["Kubernetes", "DataHub"]
    page = browser.page("/settings")
    assert page.field("known_words") is not None and "DataHub" in page.text


def test_an_unknown_rule_is_an_error_next_to_the_field(browser, config_file) -> None:
    response = browser.post("/settings/preferences", {"formality": "auto", "disable": "AW999"})
    assert response.status_code == 422
    assert "AW999" in Page(response.text).text_of("e-disable")
    assert not config_file.exists()


def test_test_connection_reports_a_server_that_does_not_answer(browser) -> None:
    from afterword.web.server import free_port

    response = browser.post(
        "/settings/mail",
        {"smtp-host": "127.0.0.1", "smtp-port": str(free_port()), "smtp-security": "none",
         "imap-security": "tls", "action": "test"},
    )  # fmt: skip
    assert response.status_code == 200
    assert "SMTP:" in Page(response.text).text
    assert "cannot talk to the SMTP server" in Page(response.text).text


def test_test_connection_logs_in_to_a_real_smtp_server(browser) -> None:
    from support.smtp import RecordingSMTPServer

    with RecordingSMTPServer() as server:
        response = browser.post(
            "/settings/mail",
            {"smtp-host": "127.0.0.1", "smtp-port": str(server.port), "smtp-security": "none",
             "imap-security": "tls", "action": "test"},
        )  # fmt: skip
    assert "SMTP: connected to 127.0.0.1" in Page(response.text).text
