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


def test_a_password_with_no_keyring_keeps_the_other_settings(browser, config_file) -> None:
    # A headless Linux box: the fail backend is what keyring picks when there is none.
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        response = browser.post(
            "/settings/mail",
            {"smtp-host": "smtp.example.com", "smtp-port": "587", "smtp-user": "jordan",
             "smtp-security": "starttls", "smtp-password": "s3cret", "imap-security": "tls"},
        )  # fmt: skip
    finally:
        keyring.set_keyring(before)
    assert response.status_code == 200
    text = Page(response.text).text
    assert "Mail settings saved." in text and "AFTERWORD_SMTP_PASSWORD" in text
    assert "keyrings.alt" in text and "s3cret" not in response.text
    saved = tomllib.loads(config_file.read_text())["smtp"]
    assert (saved["host"], saved["port"], saved["user"]) == ("smtp.example.com", 587, "jordan")


def test_testing_a_silent_server_leaves_other_pages_answering(browser) -> None:
    import socket
    import threading
    import time

    silent = socket.create_server(("127.0.0.1", 0))  # accepts, never greets
    port = silent.getsockname()[1]
    posted: list[float] = []

    def test_connection() -> None:
        start = time.monotonic()
        browser.post(
            "/settings/mail",
            {"smtp-host": "127.0.0.1", "smtp-port": str(port), "smtp-security": "none",
             "imap-security": "tls", "action": "test"},
        )  # fmt: skip
        posted.append(time.monotonic() - start)

    worker = threading.Thread(target=test_connection)
    worker.start()
    try:
        time.sleep(0.5)  # the test connection is now waiting on the silent server
        start = time.monotonic()
        assert browser.get("/settings").status_code == 200
        answered_in = time.monotonic() - start
    finally:
        time.sleep(0.1)
        silent.close()
        worker.join(60)
    assert answered_in < 2.0 and (not posted or posted[0] > answered_in)
