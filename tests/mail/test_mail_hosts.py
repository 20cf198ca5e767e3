"""Hosted users' mail hosts may not lead inside the server's own network (SSRF).

Refused when saved (the settings page: tests/web/test_hosted_settings.py; ``mail set`` here)
and again when connecting, whatever the stored settings say; allowed when the server says so.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import timedelta

import pytest
from typer.testing import CliRunner

from afterword.config import MailServer, Settings
from afterword.mail.hosts import PrivateMailHost, check_host, check_peer, guarded, kind_of, refusals
from afterword.mail.imap import ImapError, connect
from afterword.mail.smtp import QueueStopped, SmtpSession

HOSTED = {"mode": "hosted"}
ALLOWED = {"mode": "hosted", "allow_private_mail_hosts": True}


@pytest.mark.parametrize(
    ("address", "kind"),
    [("93.184.216.34", None), ("2606:4700:4700::1111", None),  # control: public addresses
     ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
     ("::ffff:127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("172.16.5.4", "private"),
     ("192.168.1.1", "private"), ("fd12:3456::1", "private"),
     ("169.254.169.254", "link-local"), ("fe80::1%eth0", "link-local"),
     ("0.0.0.0", "unspecified"), ("::", "unspecified")],
)  # fmt: skip
def test_which_addresses_are_off_limits(address: str, kind: str | None) -> None:
    assert kind_of(address) == kind


@pytest.mark.parametrize(
    ("server", "expected"),
    [({}, False), (HOSTED, True), (ALLOWED, False), ({"allow_private_mail_hosts": True}, False)],
)
def test_only_hosted_mode_guards_mail_hosts(server: dict, expected: bool) -> None:
    assert guarded(Settings.model_validate({"server": server})) is expected


def test_a_name_is_checked_by_what_it_resolves_to() -> None:
    with pytest.raises(PrivateMailHost, match=r"SMTP server localhost \(.+\) is a loopback") as e:
        check_host("SMTP", "localhost")
    assert "[server] allow_private_mail_hosts = true" in str(e.value)
    check_host("SMTP", "smtp.nowhere.invalid")  # does not resolve: connecting fails anyway
    check_host("SMTP", "93.184.216.34")  # control


def test_refusals_name_the_form_field_and_only_when_guarded() -> None:
    mail = {"smtp": {"host": "127.0.0.1"}, "imap": {"host": "10.0.0.2"}}
    refused = refusals(Settings.model_validate({**mail, "server": HOSTED}))
    assert set(refused) == {"smtp-host", "imap-host"}
    assert "is a private address" in refused["imap-host"]
    assert refusals(Settings.model_validate({**mail, "server": ALLOWED})) == {}
    assert refusals(Settings.model_validate(mail)) == {}  # a laptop


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A loopback port that notes whether anything connected."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        server.settimeout(0.3)
        yield server


def _nobody_connected(listener: socket.socket) -> bool:
    try:
        listener.accept()[0].close()
    except TimeoutError:
        return True
    return False


def test_smtp_refuses_a_private_host_before_connecting(listener: socket.socket) -> None:
    server = MailServer(host="127.0.0.1", port=listener.getsockname()[1], security="none")
    with pytest.raises(QueueStopped, match="is a loopback address"):
        SmtpSession(server, public_only=True).open()
    assert _nobody_connected(listener)


def test_imap_refuses_a_private_host_before_connecting(listener: socket.socket) -> None:
    server = MailServer(host="127.0.0.1", port=listener.getsockname()[1], security="none",
                        user="ada", timeout_seconds=1)  # fmt: skip
    refused = pytest.raises(ImapError, match=r"IMAP server 127\.0\.0\.1 is a loopback")
    with refused, connect(server, public_only=True):
        pass
    assert _nobody_connected(listener)


def test_the_connected_address_is_checked_too(listener: socket.socket) -> None:
    """A name may resolve elsewhere between the check and the connection (DNS rebinding)."""
    rebound = pytest.raises(PrivateMailHost, match=r"smtp\.example\.com \(127\.0\.0\.1\)")
    with socket.create_connection(listener.getsockname()) as connection, rebound:
        check_peer("SMTP", "smtp.example.com", connection)


def test_hosted_sending_holds_a_users_mail_bound_for_a_private_host(
    database, interview_id, queue, state_of, smtp_server, monkeypatch
) -> None:
    from afterword.keys import ServerKeys
    from afterword.mail.outbox import send_due
    from afterword.mail.vault import Vault, save_user_settings
    from afterword.store.db import utcnow

    secret = "h" * 43
    monkeypatch.setenv("AFTERWORD_SECRET_KEY", secret)
    ids = queue(2)
    smtp = {"host": smtp_server.host, "port": smtp_server.port, "security": "none"}
    save_user_settings(database, database.local_user_id(),
                       Settings.model_validate({"smtp": smtp}),
                       vault=Vault(ServerKeys(secret.encode())))  # fmt: skip
    report = send_due(database, Settings.model_validate({"server": HOSTED}), utcnow())
    assert {o.state for o in report.outcomes} == {"scheduled"}
    assert all("is a loopback address" in o.detail for o in report.outcomes)
    assert smtp_server.messages == [] and set(state_of().values()) == {"scheduled"}
    # Control: the server's operator allows it, and the same mail goes.
    later = utcnow() + timedelta(days=1)  # past the back-off of the held attempt
    send_due(database, Settings.model_validate({"server": ALLOWED}), later)
    assert {state_of()[i] for i in ids} == {"sent"} and len(smtp_server.messages) == 2


def test_mail_set_refuses_a_private_host_unless_allowed(postgres_url, monkeypatch) -> None:
    from afterword.cli.app import build_app
    from afterword.store.db import Database, utcnow
    from afterword.store.schema import User

    database = Database(postgres_url)
    with database.session() as session:
        session.add(User(username="ada@example.com", created_at=utcnow(), role="candidate"))
    monkeypatch.setenv("AFTERWORD_SERVER_MODE", "hosted")
    args = ["mail", "set", "--user", "ada@example.com", "--db", postgres_url,
            "--smtp-host", "192.168.0.10"]  # fmt: skip
    refused = CliRunner().invoke(build_app(), args)
    assert refused.exit_code == 2
    assert "SMTP server 192.168.0.10 is a private address" in refused.stderr
    assert "allow_private_mail_hosts" in refused.stderr
    monkeypatch.setenv("AFTERWORD_SERVER_ALLOW_PRIVATE_MAIL_HOSTS", "true")
    allowed = CliRunner().invoke(build_app(), args)
    assert allowed.exit_code == 0, allowed.stderr
    database.dispose()
