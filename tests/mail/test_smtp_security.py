"""TLS modes, logins, and passwords that never reach the database, the logs or a repr."""

from __future__ import annotations

import logging
import socket

import keyring
import pytest
from keyring.backend import KeyringBackend

from afterword.config import MailServer, Settings
from afterword.mail import outbox
from afterword.mail.secrets import Secret, password_for, store_password
from afterword.mail.smtp import QueueStopped, SmtpSession, is_loopback
from support.outbox_data import settings_for
from support.smtp import RecordingSMTPServer


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict, standing in for the desktop's secret service."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.mark.parametrize(("tls", "security"), [("starttls", "starttls"), ("implicit", "tls")])
def test_tls_modes_deliver(database, queue, monkeypatch, tls, security) -> None:
    with RecordingSMTPServer(tls=tls, user="jordan", password="pw") as server:  # type: ignore[arg-type]
        monkeypatch.setenv("SSL_CERT_FILE", str(server.cafile))
        queue(2)
        settings = settings_for(server, security=security, user="jordan", password="pw")
        assert outbox.send_due(database, settings).count("sent") == 2


def test_untrusted_certificate_stops_the_queue(database, queue) -> None:
    with RecordingSMTPServer(tls="implicit") as server:
        queue(1)
        report = outbox.send_due(database, settings_for(server, security="tls"))
        assert report.stopped and "TLS with 127.0.0.1" in report.stopped


def test_loopback_hosts() -> None:
    assert SmtpSession(MailServer(host="127.0.0.1")).port == 587
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("smtp.gmail.com") and not is_loopback("192.0.2.1")


def own_address() -> str | None:
    """This machine's address on its network (not loopback), if it has one."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # no packet is sent; this only picks a route
        address = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if is_loopback(address) else address


def test_no_starttls_off_loopback_stops_unless_none_is_chosen() -> None:
    address = own_address()
    if address is None:
        pytest.skip("this machine has no address besides loopback")
    with RecordingSMTPServer(host=address) as server:
        with pytest.raises(QueueStopped, match="does not offer STARTTLS"):
            SmtpSession(settings_for(server).smtp).open()
        explicit = SmtpSession(settings_for(server, security="none").smtp)
        explicit.open()
        explicit.close()


def test_password_from_the_keyring(database, queue, memory_keyring) -> None:
    with RecordingSMTPServer(user="jordan", password="from-keyring") as server:
        smtp = settings_for(server, user="jordan").smtp
        assert password_for("smtp", smtp) is None
        assert store_password("smtp", smtp, "from-keyring") == "smtp:jordan@127.0.0.1"
        assert memory_keyring.store[("afterword", "smtp:jordan@127.0.0.1")] == "from-keyring"
        queue(1)
        assert outbox.send_due(database, Settings(smtp=smtp)).count("sent") == 1


def test_environment_wins_over_the_keyring(memory_keyring) -> None:
    from afterword.config import load_settings

    settings = load_settings(
        environ={
            "AFTERWORD_SMTP_HOST": "smtp.example.com",
            "AFTERWORD_SMTP_USER": "me",
            "AFTERWORD_SMTP_PASSWORD": "from-env",
        }
    )
    store_password("smtp", settings.smtp, "from-keyring")
    assert password_for("smtp", settings.smtp).reveal() == "from-env"  # type: ignore[union-attr]


def test_a_password_never_shows(database, queue, caplog, events_of) -> None:
    secret = Secret("hunter2-very-secret")
    assert "hunter2" not in repr(secret) and "hunter2" not in f"{secret}" and str(secret)
    caplog.set_level(logging.DEBUG)
    with RecordingSMTPServer(user="jordan", password="right") as server:
        ids = queue(1)
        settings = settings_for(server, user="jordan", password="hunter2-very-secret")
        assert "hunter2" not in repr(settings)
        report = outbox.send_due(database, settings)
    assert report.stopped
    everything = caplog.text + repr(report) + repr(events_of(ids[0]))
    with database.session() as session:
        from sqlalchemy import text

        for table in ("messages", "events", "profiles"):
            everything += repr(session.execute(text(f"SELECT * FROM {table}")).all())
    assert "hunter2" not in everything


def test_none_never_sends_a_password_off_loopback() -> None:
    address = own_address()
    if address is None:
        pytest.skip("this machine has no address besides loopback")
    with RecordingSMTPServer(host=address, user="me", password="secret") as server:
        session = SmtpSession(
            settings_for(server, security="none", user="me", password="secret").smtp
        )
        with pytest.raises(QueueStopped, match="sends a password unencrypted only on this"):
            session.open()
    assert server.messages == []


@pytest.mark.parametrize(("port", "valid"), [(1, True), (65535, True), (0, False), (99999, False)])
def test_the_port_is_in_range(port: int, valid: bool) -> None:
    from pydantic import ValidationError

    if valid:
        assert MailServer(host="smtp.example.com", port=port).port == port
        return
    with pytest.raises(ValidationError, match=r"65535|greater than or equal to 1"):
        MailServer(host="smtp.example.com", port=port)
