"""The hosted sync worker: every user's mailbox with that user's own settings, one at a time."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from afterword.config import Settings
from afterword.interview.model import Candidate, Interview
from afterword.keys import ServerKeys
from afterword.mail.syncing import sync_everyone
from afterword.mail.vault import Vault, save_user_settings
from afterword.store.db import Database, utcnow
from afterword.store.interviews import interviewer_ids, save_interview, save_profile
from afterword.store.schema import InterviewerRow, MessageRow, User

SECRET = "k" * 43


@pytest.fixture(autouse=True)
def _secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERWORD_SECRET_KEY", SECRET)


def _user(db: Database, name: str, disabled: bool = False) -> int:
    with db.session() as session:
        user = User(username=f"{name}@example.com", created_at=utcnow(), role="candidate",
                    disabled_at=utcnow() if disabled else None)  # fmt: skip
        session.add(user)
        session.flush()
        user_id = user.id
    save_profile(db, Candidate(name=name.title(), email=f"{name}@example.com"), user_id=user_id)
    return user_id


def _waiting(db: Database, user_id: int, interviewer: str) -> tuple[int, int]:
    """An interview whose thank-you went out; return (interviewer id, thank-you id)."""
    interview = Interview(
        company="Northwind Analytics", role="Data Engineer",
        when=datetime(2026, 11, 24, 14), timezone="America/Chicago",
        interviewers=[{"name": interviewer.title(), "email": f"{interviewer}@northwind.example"}],
    )  # fmt: skip
    interview_id = save_interview(db, interview, user_id=user_id)
    (person,) = interviewer_ids(db, interview_id)
    now = utcnow()
    with db.session() as session:
        row = MessageRow(
            interview_id=interview_id, interviewer_id=person, status="sent", kind="thank-you",
            sequence=1, subject="Thank you", body="Thank you.", to_name=interviewer.title(),
            to_address=f"{interviewer}@northwind.example", created_at=now, updated_at=now,
            attempts=1, message_id=f"<t-{interviewer}@example.com>",
            sent_at=datetime(2026, 11, 25, 15, tzinfo=UTC),
        )  # fmt: skip
        session.add(row)
        session.flush()
        return person, row.id


def _imap(db: Database, user_id: int, port: int, login: str, password: str) -> None:
    server: dict[str, Any] = {"host": "127.0.0.1", "port": port, "user": login,
                              "security": "none", "timeout_seconds": 2}  # fmt: skip
    vault = Vault(ServerKeys(SECRET.encode()))
    mine = Settings.model_validate({"imap": server})
    save_user_settings(db, user_id, mine, passwords={"imap": password}, vault=vault)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_one_users_unreachable_server_does_not_stop_the_others(database: Database) -> None:
    unreachable, quiet, without, disabled = (
        _user(database, n, disabled=n == "dee") for n in ("ada", "bo", "cy", "dee")
    )
    _waiting(database, unreachable, "priya")
    _waiting(database, disabled, "sam")
    port = _closed_port()
    _imap(database, unreachable, port, "ada", "ada-pass")
    _imap(database, quiet, port, "bo", "bo-pass")  # nothing to wait for: no connection needed
    _imap(database, disabled, port, "dee", "dee-pass")
    outcomes = {each.user_id: each for each in sync_everyone(database, Settings())}
    assert set(outcomes) == {unreachable, quiet}  # no server: cy; disabled: dee
    assert without not in outcomes
    assert f"cannot reach the IMAP server 127.0.0.1:{port}" in (outcomes[unreachable].error or "")
    assert "ada-pass" not in (outcomes[unreachable].error or "")
    assert outcomes[quiet].error is None and outcomes[quiet].result is not None
    assert outcomes[quiet].result.checked == 0


def test_each_user_finds_the_replies_in_their_own_mailbox_only(database: Database) -> None:
    from support.dovecot import new_mailbox

    ada_box, bo_box = new_mailbox(), new_mailbox()
    ada, bo = _user(database, "ada"), _user(database, "bo")
    priya, _ = _waiting(database, ada, "priya")
    sam, _ = _waiting(database, bo, "sam")
    _imap(database, ada, ada_box.server.port, ada_box.user, ada_box.password)
    _imap(database, bo, bo_box.server.port, bo_box.user, bo_box.password)
    # Bo's mailbox holds a reply to Ada's note: it is not Bo's, and Ada never sees it.
    for box, person in ((ada_box, "priya"), (bo_box, "priya")):
        box.deliver(
            f"From: {person.title()} <{person}@northwind.example>\r\nTo: x@example.com\r\n"
            f"Subject: Re: Thank you\r\nDate: Wed, 25 Nov 2026 12:00:00 -0600\r\n"
            f"In-Reply-To: <t-{person}@example.com>\r\nMessage-ID: <r-{box.user}@mx>\r\n\r\n"
            "Thanks.\r\n".encode()
        )
    outcomes = {each.user_id: each for each in sync_everyone(database, Settings())}
    assert outcomes[ada].result is not None and outcomes[bo].result is not None
    assert [r["interviewer_id"] for r in outcomes[ada].result.replies] == [priya]
    assert outcomes[bo].result.replies == []
    with database.session() as session:
        replied = dict(session.execute(select(InterviewerRow.id, InterviewerRow.replied_at)).all())
    assert replied[priya] is not None and replied[sam] is None


def test_the_sync_command_reports_each_user_and_fails_when_one_could_not_sync(
    database: Database, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from typer.testing import CliRunner

    from afterword.cli.app import build_app

    ada = _user(database, "ada")
    _waiting(database, ada, "priya")
    _imap(database, ada, _closed_port(), "ada", "ada-pass")
    monkeypatch.setenv("AFTERWORD_SERVER_MODE", "hosted")
    monkeypatch.setenv("AFTERWORD_SERVER_ALLOW_PRIVATE_MAIL_HOSTS", "true")  # a loopback port
    result = CliRunner().invoke(build_app(), ["sync", "--json", "--db", db_url])
    assert result.exit_code == 1, result.stderr
    (only,) = json.loads(result.stdout)
    assert only["user_id"] == ada and "cannot reach the IMAP server" in only["error"]


def test_the_watch_loop_syncs_each_round_until_stopped(database: Database) -> None:
    import threading

    from afterword.mail.syncing import UserSync, watch

    stop, rounds = threading.Event(), []

    def on_round(found: list[UserSync]) -> None:
        rounds.append(found)
        if len(rounds) == 2:
            stop.set()

    watch(database, Settings(), 0.01, stop, on_round)  # local: one user, nothing to wait for
    assert [[(each.user_id, each.error) for each in found] for found in rounds] == [
        [(None, None)],
        [(None, None)],
    ]
