"""IMAP against a real Dovecot: approved notes into Drafts, replies found, follow-ups stopped."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default
from typing import Any

import pytest

from afterword.config import MailServer, Settings
from afterword.interview.model import Candidate, Interview
from afterword.mail.imap import ImapError, sync_replies, upload_drafts
from afterword.store.db import Database, utcnow
from support.dovecot import Account, DovecotServer, new_mailbox


@pytest.fixture
def imap_account() -> Account:
    """A fresh, empty mailbox on this test process's Dovecot."""
    return new_mailbox()


JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def settings_for(account: Account, **changes: Any) -> Settings:
    server = {
        "host": "127.0.0.1",
        "port": account.server.port,
        "user": account.user,
        "password": account.password,
        "security": "none",
        "timeout_seconds": 5,
    } | changes
    return Settings(imap=MailServer(**server))


def panel(db: Database) -> tuple[int, list[int]]:
    """Store the Northwind panel and Jordan's profile; return the interview and interviewer ids."""
    from afterword.store.interviews import interviewer_ids, save_interview, save_profile

    save_profile(db, JORDAN)
    interview = Interview(
        company="Northwind Analytics", role="Senior Data Engineer",
        when=datetime(2026, 11, 24, 14), timezone="America/Chicago",
        interviewers=[
            {"name": "Dr. Priya Raman", "email": "priya.raman@northwind.example"},
            {"name": "Sam Okafor", "email": "sam.okafor@northwind.example"},
        ],
    )  # fmt: skip
    interview_id = save_interview(db, interview)
    return interview_id, interviewer_ids(db, interview_id)


def note(db: Database, interview_id: int, interviewer_id: int, status: str, **columns: Any) -> int:
    """Store a message at a stage of the outbox, the way the outbox leaves it."""
    from afterword.store.schema import InterviewerRow, MessageRow

    now = utcnow()
    with db.session() as session:
        person = session.get(InterviewerRow, interviewer_id)
        assert person is not None
        values: dict[str, Any] = {
            "kind": "thank-you", "sequence": 1, "subject": "Thank you — Senior Data Engineer",
            "body": f"Dear {person.name},\n\nThank you for your time.\n\nJordan Lee",
            "to_name": person.name, "to_address": person.email,
        } | columns  # fmt: skip
        row = MessageRow(
            interview_id=interview_id, interviewer_id=interviewer_id, status=status,
            created_at=now, updated_at=now, attempts=0, **values,
        )  # fmt: skip
        session.add(row)
        session.flush()
        return row.id


def events(db: Database, kind: str) -> list[Any]:
    from sqlalchemy import select

    from afterword.store.schema import Event

    with db.session() as session:
        return list(session.scalars(select(Event).where(Event.kind == kind).order_by(Event.id)))


def test_approved_notes_go_to_a_new_drafts_folder_once(
    database: Database,
    imap_account: Account,
) -> None:
    interview_id, (priya, sam) = panel(database)
    first = note(database, interview_id, priya, "approved", message_id="<t1@jordan.example>")
    note(database, interview_id, sam, "scheduled", message_id="<t2@jordan.example>",
         subject="Thank you — Senior Data Engineer interview, Sam")  # fmt: skip
    note(database, interview_id, sam, "draft")  # never uploaded: not approved
    settings = settings_for(imap_account)

    assert upload_drafts(database, settings) == 2
    assert upload_drafts(database, settings) == 0  # already there: nothing twice
    stored = imap_account.fetch_all("Drafts")
    assert len(stored) == 2 and all(b"\\Draft" in flags for flags, _ in stored)
    first_mail = message_from_bytes(stored[0][1], policy=default)
    assert first_mail["Message-ID"] == "<t1@jordan.example>"
    assert first_mail["To"].addresses[0].addr_spec == "priya.raman@northwind.example"
    assert first_mail["From"].addresses[0].addr_spec == "jordan.lee@example.com"
    assert "Dear Dr. Priya Raman" in first_mail.get_content()
    assert next(e.message_id for e in events(database, "message.draft_uploaded")) == first


def test_an_existing_special_use_drafts_folder_is_used(
    database: Database,
    imap_account: Account,
) -> None:
    with imap_account.client() as imap:
        assert imap.create("Brouillons")[0] == "OK"
    interview_id, (priya, _sam) = panel(database)
    message = note(database, interview_id, priya, "approved", message_id="<t3@jordan.example>")
    assert upload_drafts(database, settings_for(imap_account), [message]) == 1
    assert len(imap_account.fetch_all("Brouillons")) == 1
    with imap_account.client() as imap:
        names = b" ".join(imap.list()[1])  # type: ignore[arg-type]
    assert b"Drafts" not in names.replace(b"\\Drafts", b"")


@pytest.mark.parametrize(
    ("status", "message_id", "error"),
    [
        ("draft", "<d@jordan.example>", "is draft; only approved messages go to Drafts"),
        ("sent", "<s@jordan.example>", "is sent; only approved"),
        ("approved", None, "has no Message-ID"),
    ],
)
def test_only_approved_notes_can_be_named(
    sqlite_url: str,
    imap_account: Account,
    status: str,
    message_id: str | None,
    error: str,
) -> None:
    database = Database(sqlite_url)
    interview_id, (priya, _sam) = panel(database)
    message = note(database, interview_id, priya, status, message_id=message_id)
    with pytest.raises(ImapError, match=error):
        upload_drafts(database, settings_for(imap_account), [message])
    with pytest.raises(ImapError, match="no message with id 999"):
        upload_drafts(database, settings_for(imap_account), [999])
    assert imap_account.fetch_all("Drafts") == []


def test_a_bad_recipient_stops_the_upload_before_anything_is_sent(
    sqlite_url: str, imap_account: Account
) -> None:
    database = Database(sqlite_url)
    interview_id, (priya, sam) = panel(database)
    note(database, interview_id, priya, "approved", message_id="<ok@jordan.example>")
    note(database, interview_id, sam, "approved", message_id="<bad@jordan.example>",
         to_address="sam at northwind")  # fmt: skip
    with pytest.raises(ImapError, match="the recipient address 'sam at northwind' is not valid"):
        upload_drafts(database, settings_for(imap_account))
    assert imap_account.fetch_all("Drafts") == []


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"password": "wrong"}, "refused the login for u"),
        ({"port": 1}, "cannot reach the IMAP server 127.0.0.1:1"),
        ({"host": "imap.example.com"}, "sends a password unencrypted only on this machine"),
        ({"host": None}, "no IMAP server configured"),
        ({"password": None}, "no IMAP password for u"),
    ],
)
def test_connection_problems_are_clear(
    sqlite_url: str,
    imap_account: Account,
    changes: dict[str, Any],
    error: str,
) -> None:
    database = Database(sqlite_url)
    interview_id, (priya, _sam) = panel(database)
    note(database, interview_id, priya, "approved", message_id="<t4@jordan.example>")
    settings = settings_for(imap_account, **changes)
    with pytest.raises(ImapError, match=error) as caught:
        upload_drafts(database, settings)
    assert imap_account.password not in str(caught.value)


def test_a_server_that_never_answers_times_out(sqlite_url: str) -> None:
    import socket

    database = Database(sqlite_url)
    interview_id, (priya, _sam) = panel(database)
    note(database, interview_id, priya, "approved", message_id="<slow@jordan.example>")
    with socket.socket() as silent:  # accepts connections, never sends a greeting
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        server = MailServer(host="127.0.0.1", port=port, user="me", password="pw",
                            security="none", timeout_seconds=0.5)  # fmt: skip
        settings = Settings(imap=server)
        with pytest.raises(ImapError, match=f"cannot reach the IMAP server 127.0.0.1:{port}"):
            upload_drafts(database, settings)


# What the user's own mail server adds above a message from Northwind that passed DMARC.
VOUCHED = "mx.example; dmarc=pass header.from=northwind.example"


def reply(sender: str, subject: str, date: str, **headers: str) -> bytes:
    lines = [
        f"From: {sender}",
        "To: Jordan Lee <jordan.lee@example.com>",
        f"Subject: {subject}",
        f"Date: {date}",
        f"Message-ID: <r{abs(hash((sender, subject, date)))}@mx.example>",
    ]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\nThanks, Jordan.\r\n").encode()


def test_sync_marks_real_replies_and_stops_their_follow_ups(
    database: Database,
    imap_account: Account,
) -> None:
    from afterword.schedule.due import due_items
    from afterword.store.schema import InterviewerRow, MessageRow

    interview_id, (priya, sam) = panel(database)
    sent = {"status": "sent", "sent_at": utc(2026, 11, 25, 15)}
    for person, mid in [(priya, "<t-priya@jordan.example>"), (sam, "<t-sam@jordan.example>")]:
        note(database, interview_id, person, sent.pop("status", "sent"), message_id=mid,
             sent_at=utc(2026, 11, 25, 15))  # fmt: skip
    follow_ups = {
        person: note(database, interview_id, person, "scheduled", kind="follow-up",
                     scheduled_for=utc(2026, 12, 7, 14))
        for person in (priya, sam)
    }  # fmt: skip
    later = "Wed, 25 Nov 2026 12:00:00 -0600"
    for raw in [
        reply("Priya Raman <priya.raman@northwind.example>", "Automatic reply: Thank you", later,
              In_Reply_To="<t-priya@jordan.example>", Auto_Submitted="auto-replied"),
        reply("Priya Raman <priya.raman@northwind.example>", "Northwind newsletter", later,
              Precedence="bulk", Authentication_Results=VOUCHED),
        reply("Priya Raman <priya.raman@northwind.example>", "Agenda for Tuesday",
              "Mon, 23 Nov 2026 09:00:00 -0600"),  # before the interview: not a reply
        reply("Sam O <sam.o@gmail.example>", "Re: Thank you — Senior Data Engineer", later,
              In_Reply_To="<t-sam@jordan.example>", References="<t-sam@jordan.example>"),
        reply("Someone Else <hr@contoso.example>", "Re: your application", later),
        reply("Jordan Lee <jordan.lee@example.com>", "Re: Thank you", later,
              In_Reply_To="<t-priya@jordan.example>"),  # the candidate's own copy
    ]:  # fmt: skip
        imap_account.deliver(raw)

    result = sync_replies(database, settings_for(imap_account))

    assert result.checked == 6
    assert [(r["interviewer_id"], r["matched_by"]) for r in result.replies] == [
        (sam, "in-reply-to")
    ]
    assert sorted(i["reason"].split(":")[0] for i in result.ignored) == [
        "Auto-Submitted",
        "Precedence",
    ]
    assert result.cancelled == [follow_ups[sam]]
    with database.session() as session:
        assert session.get(InterviewerRow, sam).replied_at is not None  # type: ignore[union-attr]
        assert session.get(InterviewerRow, priya).replied_at is None  # type: ignore[union-attr]
        assert session.get(MessageRow, follow_ups[sam]).status == "cancelled"  # type: ignore[union-attr]
        assert session.get(MessageRow, follow_ups[priya]).status == "scheduled"  # type: ignore[union-attr]
    assert [e.message_id for e in events(database, "message.cancelled")] == [follow_ups[sam]]
    assert events(database, "reply.received")[0].detail["matched_by"] == "in-reply-to"
    states = {
        (i.interviewer_id, i.label): i.state
        for i in due_items(database, Settings(), utc(2026, 11, 26), include_done=True)
    }
    assert states[(sam, "follow-up 1")] == "replied" and states[(sam, "thank-you")] == "replied"
    assert states[(priya, "follow-up 1")] == "scheduled"

    again = sync_replies(database, settings_for(imap_account))
    assert again.replies == [] and again.cancelled == []


def test_a_reply_found_by_sender_address_alone(
    database: Database,
    imap_account: Account,
) -> None:
    from afterword.store.schema import MessageRow

    interview_id, (priya, _sam) = panel(database)
    thanks = note(database, interview_id, priya, "sent", message_id="<t5@jordan.example>",
                  sent_at=utc(2026, 11, 25, 15))  # fmt: skip
    forged = reply("Priya Raman <priya.raman@northwind.example>", "Please stop", "Thu, 26 Nov "
                   "2026 08:00:00 -0600", Authentication_Results="mx.example; dmarc=fail "
                   "header.from=northwind.example")  # fmt: skip
    imap_account.deliver(forged)  # a From: line anyone can write: not a reply
    assert sync_replies(database, settings_for(imap_account)).replies == []
    imap_account.deliver(reply("PRIYA.RAMAN@northwind.example", "Next steps",
                               "Thu, 26 Nov 2026 09:00:00 -0600",
                               Authentication_Results="mx.example; dkim=pass "
                               "header.d=northwind.example; dmarc=pass "
                               "header.from=northwind.example"))  # fmt: skip
    result = sync_replies(database, settings_for(imap_account))
    assert [(r["interviewer_id"], r["matched_by"], r["message_id"]) for r in result.replies] == [
        (priya, "sender", thanks)
    ]
    with database.session() as session:
        assert session.get(MessageRow, thanks).replied_at is not None  # type: ignore[union-attr]


def test_nothing_to_wait_for_needs_no_server(sqlite_url: str) -> None:
    database = Database(sqlite_url)
    unreachable = Settings(imap=MailServer(host="127.0.0.1", port=1, user="x", password="y",
                                           security="none"))  # fmt: skip
    assert sync_replies(database, unreachable).to_dict() == {
        "checked": 0, "replies": [], "ignored": [], "cancelled": [], "sent_elsewhere": [],
    }  # fmt: skip


def test_dovecot_fixture_starts_quickly() -> None:
    import time

    started = time.monotonic()
    with DovecotServer() as server:
        account = server.new_account()
        account.deliver(b"Subject: hi\r\n\r\nhello\r\n")
        assert len(account.fetch_all("INBOX")) == 1
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_encrypted_connections(sqlite_url: str, imap_account: Account, security: str) -> None:
    server = imap_account.server
    port = server.tls_port if security == "tls" else server.port
    settings = settings_for(imap_account, security=security, port=port)
    database = Database(sqlite_url)
    interview_id, (priya, _sam) = panel(database)
    note(database, interview_id, priya, "approved", message_id=f"<{security}@jordan.example>")
    with pytest.raises(ImapError, match=r"(?i)certificate verify failed"):
        upload_drafts(database, settings)  # the system's CAs do not know the test certificate
    assert upload_drafts(database, settings, ssl_context=server.client_context()) == 1
    assert sync_replies(database, settings, ssl_context=server.client_context()).checked == 0


def test_a_draft_sent_by_hand_is_marked_sent_and_never_sent_again(
    database: Database, imap_account: Account
) -> None:
    from afterword.schedule.due import due_items
    from afterword.store.schema import MessageRow

    interview_id, (priya, sam) = panel(database)
    by_hand = note(database, interview_id, priya, "scheduled", message_id="<hand@jordan.example>")
    waiting = note(database, interview_id, sam, "approved", message_id="<wait@jordan.example>")
    settings = settings_for(imap_account)
    assert upload_drafts(database, settings) == 2
    with imap_account.client() as imap:  # the user presses send in their mail program
        assert imap.create("Sent")[0] == "OK"
    draft = next(raw for _, raw in imap_account.fetch_all("Drafts") if b"<hand@" in raw)
    imap_account.deliver(draft, folder="Sent", flags="(\\Seen)")

    result = sync_replies(database, settings)

    assert result.sent_elsewhere == [by_hand]
    with database.session() as session:
        assert session.get(MessageRow, by_hand).status == "sent"  # type: ignore[union-attr]
        assert session.get(MessageRow, by_hand).sent_at is not None  # type: ignore[union-attr]
        assert session.get(MessageRow, waiting).status == "approved"  # type: ignore[union-attr]
    assert events(database, "message.sent")[0].message_id == by_hand
    states = {
        (i.interviewer_id, i.label): i.state
        for i in due_items(database, Settings(), utc(2026, 11, 25), include_done=True)
    }
    assert states[(priya, "thank-you")] == "sent" and states[(sam, "thank-you")] == "approved"
    assert sync_replies(database, settings).sent_elsewhere == []


def test_a_note_handed_to_drafts_is_taken_off_the_send_schedule(
    database: Database, imap_account: Account
) -> None:
    from afterword.mail.outbox import send_due
    from afterword.store.schema import MessageRow

    interview_id, (priya, _sam) = panel(database)
    due = utc(2026, 11, 25, 15)
    handed = note(database, interview_id, priya, "scheduled", message_id="<d@jordan.example>",
                  scheduled_for=due)  # fmt: skip
    assert upload_drafts(database, settings_for(imap_account)) == 1

    report = send_due(database, Settings(), due)  # no SMTP server is even configured

    assert report.count("sent") == 0
    assert events(database, "message.sending") == []  # never even claimed
    with database.session() as session:
        row = session.get(MessageRow, handed)
        assert row is not None and (row.status, row.scheduled_for) == ("approved", None)
    uploaded = events(database, "message.draft_uploaded")[0]
    assert "mail program" in uploaded.detail["reason"]
