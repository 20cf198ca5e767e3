"""The recording SMTP server used by the mail and web tests behaves as it says."""

from __future__ import annotations

import smtplib

import pytest

from support.smtp import RecordingSMTPServer, free_port

MESSAGE = "From: a@example.com\r\nTo: b@example.com\r\nSubject: Hi\r\n\r\nHello\r\n"


def test_records_an_accepted_message() -> None:
    with RecordingSMTPServer() as server, smtplib.SMTP(server.host, server.port) as client:
        client.sendmail("a@example.com", ["b@example.com"], MESSAGE)
    assert [m.rcpt_tos for m in server.messages] == [["b@example.com"]]
    assert server.messages[0].message["Subject"] == "Hi"


@pytest.mark.parametrize("code", [421, 451, 550, 554])
def test_reply_fault_then_recovers(code: int) -> None:
    with RecordingSMTPServer() as server:
        server.reply_next(code)
        with (
            smtplib.SMTP(server.host, server.port) as client,
            pytest.raises(smtplib.SMTPSenderRefused) as caught,
        ):
            client.sendmail("a@example.com", ["b@example.com"], MESSAGE)
        assert caught.value.smtp_code == code
        with smtplib.SMTP(server.host, server.port) as client:
            client.sendmail("a@example.com", ["b@example.com"], MESSAGE)
        assert len(server.messages) == 1


def test_auth_required_with_password() -> None:
    with RecordingSMTPServer(user="me", password="right") as server:
        with (
            smtplib.SMTP(server.host, server.port) as client,
            pytest.raises(smtplib.SMTPAuthenticationError),
        ):
            client.login("me", "wrong")
        with smtplib.SMTP(server.host, server.port) as client:
            client.login("me", "right")
            client.sendmail("a@example.com", ["b@example.com"], MESSAGE)
    assert len(server.messages) == 1


def test_stall_times_out_the_client() -> None:
    with RecordingSMTPServer() as server:
        server.stall_next(3)
        client = smtplib.SMTP(server.host, server.port, timeout=0.5)
        with pytest.raises((TimeoutError, smtplib.SMTPServerDisconnected)):
            client.sendmail("a@example.com", ["b@example.com"], MESSAGE)
        client.close()


def test_drop_disconnects() -> None:
    with RecordingSMTPServer() as server:
        server.drop_next()
        client = smtplib.SMTP(server.host, server.port)
        with pytest.raises(smtplib.SMTPServerDisconnected):
            client.sendmail("a@example.com", ["b@example.com"], MESSAGE)
    assert server.messages == []


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_tls_modes(tls: str) -> None:
    with RecordingSMTPServer(tls=tls) as server:  # type: ignore[arg-type]
        if tls == "implicit":
            client = smtplib.SMTP_SSL(server.host, server.port, context=server.client_context())
        else:
            client = smtplib.SMTP(server.host, server.port)
            client.starttls(context=server.client_context())
        with client:
            client.sendmail("a@example.com", ["b@example.com"], MESSAGE)
    assert len(server.messages) == 1


def test_free_port_is_refused() -> None:
    with pytest.raises(ConnectionRefusedError):
        smtplib.SMTP("127.0.0.1", free_port(), timeout=2)
