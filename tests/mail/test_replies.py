"""Automatic replies are told from people's replies, by headers and by subject."""

from __future__ import annotations

from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import default

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterword.mail.replies import (
    Incoming,
    automatic_reply_reason,
    referenced_ids,
    sender_address,
    sent_date,
)


def mail(subject: str = "Re: Thank you — Senior Data Engineer interview", **headers: str):  # type: ignore[no-untyped-def]
    message = EmailMessage()
    message["From"] = "Priya Raman <Priya.Raman@northwind.example>"
    message["Subject"] = subject
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content("Thanks, Jordan. We will be in touch next week.")
    return message


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        (mail(), None),  # control: a person's reply
        (mail(Auto_Submitted="no"), None),
        (mail(Precedence="first-class"), None),
        (mail("Re: Thank you for the office tour"), None),
        (mail(Auto_Submitted="auto-replied"), "Auto-Submitted: auto-replied"),
        (mail(Auto_Submitted="auto-generated; owner-email=x@y"), "Auto-Submitted: auto-generated"),
        (mail(X_Autoreply="yes"), "X-Autoreply: yes"),
        (mail(X_Autorespond="Thank you for your message"), "X-Autorespond"),
        (mail(Precedence="bulk"), "Precedence: bulk"),
        (mail(Precedence="auto_reply"), "Precedence: auto_reply"),
        (mail(Precedence="List"), "Precedence: list"),
        (mail(Precedence="junk"), "Precedence: junk"),
        (mail(List_Id="<jobs.northwind.example>"), "List-Id"),
        (mail(Return_Path="<>"), "Return-Path: <>"),
        (
            mail("Out of Office: Thank you — Senior Data Engineer interview"),
            "Subject: Out of Office",
        ),
        (mail("Automatic reply: Thank you"), "Subject: Automatic reply"),
        (mail("AutoReply: Thank you"), "Subject: AutoReply"),
        (mail("I am on vacation until Monday"), "Subject"),
        (mail("Abwesenheitsnotiz: Vielen Dank"), "Subject: Abwesenheitsnotiz"),
        (mail("Automatische Antwort: Danke"), "Subject: Automatische Antwort"),
        (mail("Réponse automatique : Merci"), "Subject: Réponse automatique"),
        (mail("Respuesta automática: Gracias"), "Subject: Respuesta automática"),
        (mail("Fuori sede: Grazie"), "Subject: Fuori sede"),
        (mail("Automatisch antwoord: Bedankt"), "Subject: Automatisch antwoord"),
        (mail("Resposta automática: Obrigado"), "Subject: Resposta automática"),
        (mail("Automatiskt svar: Tack"), "Subject: Automatiskt svar"),
        (mail("Automatyczna odpowiedź: Dziękuję"), "Subject: Automatyczna odpowiedź"),
        (mail("自動応答: ありがとうございます"), "Subject: 自動応答"),
        (mail("Undeliverable: Thank you"), "Subject: Undeliverable"),
    ],
)
def test_automatic_reply_reason(message: EmailMessage, reason: str | None) -> None:
    found = automatic_reply_reason(message)
    if reason is None:
        assert found is None
    else:
        assert found is not None and found.startswith(reason)


def test_delivery_reports_and_system_senders_are_automatic() -> None:
    report = EmailMessage()
    report["From"] = "Mail Delivery System <MAILER-DAEMON@mx.northwind.example>"
    report["Subject"] = "Returned mail"
    report.set_type("multipart/report")
    assert "multipart/report" in str(automatic_reply_reason(report))
    plain = mail()
    del plain["From"]
    plain["From"] = "noreply@northwind.example"
    assert automatic_reply_reason(plain) == "From: noreply@northwind.example"


def test_references_dates_and_sender_are_read_from_headers() -> None:
    raw = (
        b"From: =?utf-8?q?Priya_R=C4=81m?= <PRIYA@Northwind.example>\r\n"
        b"Subject: Re: Thank you\r\n"
        b"Date: Wed, 25 Nov 2026 10:15:00 -0600\r\n"
        b"In-Reply-To: <a1@jordan.example>\r\n"
        b"References: <t0@jordan.example>\r\n <a1@jordan.example>\r\n\r\n"
    )
    headers = BytesHeaderParser(policy=default).parsebytes(raw)
    assert referenced_ids(headers) == ["<a1@jordan.example>", "<t0@jordan.example>"]
    assert sender_address(headers) == "priya@northwind.example"
    assert sent_date(headers).isoformat() == "2026-11-25T10:15:00-06:00"  # type: ignore[union-attr]
    incoming = Incoming.read("7", headers)
    assert incoming.automatic is None and incoming.uid == "7"


@given(
    subject=st.text(max_size=200),
    precedence=st.text(max_size=30),
    date=st.text(max_size=40),
    refs=st.text(max_size=200),
)
def test_any_header_text_is_read_without_error(
    subject: str, precedence: str, date: str, refs: str
) -> None:
    raw = "\r\n".join(
        f"{name}: {' '.join(value.split())}"
        for name, value in [("Subject", subject), ("Precedence", precedence), ("Date", date),
                            ("References", refs), ("From", subject)]
    ).encode("utf-8", "surrogateescape") + b"\r\n\r\n"  # fmt: skip
    headers = BytesHeaderParser(policy=default).parsebytes(raw)
    incoming = Incoming.read("1", headers)
    assert incoming.automatic is None or isinstance(incoming.automatic, str)
    assert all(ref.startswith("<") for ref in incoming.references)


@pytest.mark.parametrize(
    ("results", "vouched"),
    [
        (["mx.example; dmarc=pass header.from=northwind.example"], True),
        (["mx.example; dkim=pass header.d=northwind.example header.s=s1"], True),
        (["mx.example; dkim=pass header.i=@mail.northwind.example"], False),  # child != parent
        (["mx.example; dmarc=fail header.from=northwind.example"], False),
        (["mx.example; dkim=pass header.d=attacker.example"], False),
        (["mx.example; spf=none", "forged; dmarc=pass header.from=northwind.example"], False),
        ([], False),
    ],
)
def test_only_the_receiving_servers_verdict_vouches_for_a_sender(results, vouched) -> None:
    from email.message import Message

    from afterword.mail.replies import sender_authenticated

    message = Message()
    message["From"] = "Priya Raman <priya@northwind.example>"
    for result in results:
        message["Authentication-Results"] = result
    assert sender_authenticated(message) is vouched
