"""Emails built from stored messages: headers, encodings, threads, hostile input, mailto."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, replace
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterword.interview.names import display_name
from afterword.mail.build import (
    HEADERS,
    POLICY,
    MessageError,
    build_email,
    mailto_link,
    reply_subject,
    wire_bytes,
)


@dataclass(frozen=True)
class Row:
    id: int = 7
    to_name: str | None = "Dr. Priya Raman"
    to_address: str | None = "priya.raman@northwind.example"
    subject: str = "Thank you — Senior Data Engineer interview"
    body: str = "Dear Dr. Raman,\n\nThank you for the talk.\n\nJordan Lee\n"
    message_id: str | None = "<1.2@example.com>"
    in_reply_to: str | None = None
    references: str | None = None


@dataclass(frozen=True)
class Person:
    name: str = "Jordan Lee"
    email: str = "jordan.lee@example.com"


def parsed(row: Row, sender: Person = Person()) -> email.message.EmailMessage:
    data = build_email(row, sender).as_bytes()
    assert b"\r\n" in data and all(len(line) <= 998 for line in data.split(b"\r\n"))
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def test_headers_round_trip() -> None:
    message = parsed(Row())
    assert message["From"] == "Jordan Lee <jordan.lee@example.com>"
    assert message["To"] == '"Dr. Priya Raman" <priya.raman@northwind.example>'
    assert message["Subject"] == Row.subject
    assert message["Message-ID"] == "<1.2@example.com>"
    assert message["Date"] is not None and message["In-Reply-To"] is None
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n") == Row.body


def test_non_ascii_names_are_rfc2047_encoded() -> None:
    data = build_email(
        Row(to_name="Zoë Ångström", subject="Merci — entretien"), Person(name="José Núñez")
    ).as_bytes()
    assert data.isascii()
    assert b"=?utf-8?" in data
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert message["To"].addresses[0].display_name == "Zoë Ångström"
    assert message["From"].addresses[0].display_name == "José Núñez"


def test_remembered_headers_never_leak_between_messages() -> None:
    # Parsed and folded headers are cached across a batch; each email must still be its own.
    first = parsed(Row(), Person(name="Jordan Lee"))
    second = parsed(
        Row(id=8, to_name="Ana", to_address="ana@northwind.example", subject="Hello"),
        Person(name="Jordan Q. Lee"),
    )
    assert first["From"] == "Jordan Lee <jordan.lee@example.com>"
    assert second["From"] == '"Jordan Q. Lee" <jordan.lee@example.com>'
    assert second["To"] == "Ana <ana@northwind.example>" and second["Subject"] == "Hello"
    assert first["To"] == '"Dr. Priya Raman" <priya.raman@northwind.example>'
    again = build_email(Row(), Person())
    again.replace_header("Subject", "changed")  # a caller editing its copy changes no other
    assert parsed(Row())["Subject"] == Row.subject


@settings(deadline=None)  # a first call pays for the header caches' warm-up
@given(st.text(min_size=1, max_size=40))
def test_names_survive_the_header_caches(name: str) -> None:
    try:
        data = build_email(Row(to_name=name), Person(name=name)).as_bytes()
    except MessageError:
        return  # a control character: refused, as tested above
    message = email.message_from_bytes(data, policy=email.policy.default)
    plain = " ".join(name.split())  # a name is one line: runs of spaces read as one
    for header, written in (("From", plain), ("To", " ".join(display_name(name).split()))):
        shown = message[header].addresses[0].display_name
        # Every character survives. (Where a long name is folded between two encoded words,
        # the default policy's parser keeps the fold's space, "ࠀࠀ ࠀ", which RFC 2047 and
        # mail programs drop: spaces are compared apart.)
        assert shown.split() == written.split() or "".join(shown.split()) == "".join(
            written.split()
        )
    assert set(message.keys()) <= {h.title() for h in HEADERS} | {"MIME-Version", "Message-ID"}


def test_the_to_line_leaves_out_what_the_record_keeps_beside_a_name() -> None:
    message = parsed(Row(to_name="Dr. Md. Rafiqul Islam (Rafiq bhai)"))
    assert message["To"].addresses[0].display_name == "Dr. Md. Rafiqul Islam"


@given(st.text(max_size=60))
def test_a_display_name_is_always_some_name(name: str) -> None:
    shown = display_name(name)
    assert isinstance(shown, str) and (shown.strip() or not name.strip())


def test_follow_up_carries_the_thread() -> None:
    row = Row(in_reply_to="<t@example.com>", references="<t@example.com> <f1@example.com>")
    message = parsed(row)
    assert message["In-Reply-To"] == "<t@example.com>"
    assert message["References"] == "<t@example.com> <f1@example.com>"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Thank you", "Re: Thank you"),
        ("Re: Thank you", "Re: Thank you"),
        ("RE: re:  Thank you", "Re: Thank you"),
    ],
)
def test_reply_subject(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("to_address", "not-an-address", "recipient address 'not-an-address' is not valid"),
        ("to_address", "a@b", "is not valid"),
        ("to_address", None, "no recipient address"),
        ("to_address", "a@example.com\r\nBcc: x@evil.example", "control character"),
        ("to_name", "Priya\r\nBcc: x@evil.example", "recipient name holds a control character"),
        ("subject", "Thanks\nBcc: x@evil.example", "subject holds a control character"),
        ("subject", "Thanks\u2028more", "subject holds a control character"),
        ("subject", "Thanks\x00", "subject holds a control character"),
    ],
)
def test_bad_fields_are_refused_clearly(field: str, value: str | None, words: str) -> None:
    with pytest.raises(MessageError, match=words) as caught:
        build_email(replace(Row(), **{field: value}), Person())
    assert str(caught.value).startswith("message 7:")


def test_no_sender_says_how_to_set_one() -> None:
    with pytest.raises(MessageError, match="afterword init"):
        build_email(Row(), None)


@given(name=st.text(max_size=60), subject=st.text(min_size=1, max_size=120))
def test_hostile_names_and_subjects_never_inject_headers(name: str, subject: str) -> None:
    try:
        message = parsed(Row(to_name=name, subject=subject))
    except MessageError as exc:
        assert "control character" in str(exc)
        return
    assert set(message.keys()) == {
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "Content-Type",
        "Content-Transfer-Encoding",
        "MIME-Version",
    }
    assert message["Subject"] == " ".join(subject.split())  # one line, runs of spaces as one
    assert message["To"].addresses[0].addr_spec == Row.to_address


@given(body=st.text(max_size=400))
def test_any_body_survives_the_trip(body: str) -> None:
    message = parsed(Row(body=body))
    expected = body.replace("\r\n", "\n").replace("\r", "\n")
    got = message.get_content().replace("\r\n", "\n")
    assert got.rstrip("\n") == expected.rstrip("\n") or not expected.strip()


def test_mailto_link_quotes_everything() -> None:
    link = mailto_link(Row(subject="Thanks & more?", body="Line one\nLine two & 100%"))
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == Row.to_address
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thanks & more?"]
    assert query["body"] == ["Line one\r\nLine two & 100%"]


def test_mailto_link_refuses_a_bad_address() -> None:
    with pytest.raises(MessageError, match="not valid"):
        mailto_link(Row(to_address="nobody"))


@given(
    subject=st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs"), blacklist_characters="\u2028\u2029\u0085"
        ),
        min_size=1,
        max_size=80,
    ).filter(lambda s: s.strip() and "=?" not in s),  # "=?" is refused (see below)
    body=st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"),
        max_size=300,
    ),
)
def test_mailto_link_round_trips_any_text(subject: str, body: str) -> None:
    query = parse_qs(
        urlsplit(mailto_link(Row(subject=subject, body=body))).query, keep_blank_values=True
    )
    assert query["subject"] == [" ".join(subject.split())]  # one line, as the header has it
    assert query["body"] == [body.replace("\n", "\r\n")]


# Found by probing (issue 12): on Python before 3.11.10 / 3.12.5 the folder decodes this
# encoded word into a real CR LF, and the email gains a Reply-To header (CVE-2024-6923).
INJECTED = "Priya =?utf-8?q?Raman=0D=0AReply-To:_hr-desk=40attacker.example?="


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("to_name", INJECTED),
        ("to_name", "=?utf-8?b?UHJpeWE=?="),
        ("subject", "Thank you =?utf-8?q?x=0D=0ABcc:_a=40b.example?="),
        ("subject", "Thank you\u2028Bcc: a@b.example"),
    ],
)
def test_encoded_words_in_names_and_subjects_are_refused(field: str, value: str) -> None:
    with pytest.raises(MessageError, match=r"message 7: the (recipient name|subject) holds"):
        build_email(replace(Row(), **{field: value}), Person())


def test_an_encoded_word_in_the_sender_name_is_refused() -> None:
    with pytest.raises(MessageError, match="sender name holds '=\\?'"):
        build_email(Row(), Person(name=INJECTED))


def test_wire_bytes_refuse_a_header_no_field_should_make() -> None:
    message = build_email(Row(), Person())
    assert b"Reply-To" not in wire_bytes(message, 7)
    message["Reply-To"] = "hr-desk@attacker.example"
    with pytest.raises(MessageError, match="the header 'reply-to'"):
        wire_bytes(message, 7)
    raw = wire_bytes(build_email(Row(), Person()), 7).replace(b"To:", b"To: a@b.example\r\nTo:")
    twice = email.message_from_bytes(raw, policy=POLICY)
    with pytest.raises(MessageError, match="the header 'to'"):
        wire_bytes(twice, 7)
