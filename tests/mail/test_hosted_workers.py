"""Hosted workers: three real ``afterword send --watch`` processes serve every user's outbox.

Each user sends through their own SMTP server with their own (encrypted) password; each
message goes exactly once, through its owner's server; every send is in the audit log; one
user's refused login holds back only that user's mail.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from contextlib import ExitStack

import pytest
from sqlalchemy import select

from afterword.config import Settings
from afterword.interview.loader import load_interview
from afterword.interview.model import Candidate
from afterword.keys import ServerKeys
from afterword.mail.vault import Vault, save_user_settings
from afterword.store.db import Database, utcnow
from afterword.store.interviews import save_interview, save_profile
from afterword.store.schema import AuditRow, MessageRow, User
from support.clock import afterword
from support.outbox_data import EXAMPLE, queue_messages
from support.smtp import RecordingSMTPServer

SECRET = "s" * 43
HOSTED = {"mode": "hosted", "allow_private_mail_hosts": True}  # the test servers are on loopback
PER_USER = 12


def _account(db: Database, n: int) -> tuple[int, int]:
    """A hosted user with a profile and one interview; return (user id, interview id)."""
    with db.session() as session:
        user = User(username=f"user{n}@example.com", created_at=utcnow(), role="candidate")
        session.add(user)
        session.flush()
        user_id = user.id
    save_profile(db, Candidate(name=f"User {n}", email=f"user{n}@example.com"), user_id=user_id)
    return user_id, save_interview(db, load_interview(EXAMPLE), user_id=user_id)


def _mail(db: Database, user_id: int, server: RecordingSMTPServer, password: str | None) -> None:
    smtp = {"host": server.host, "port": server.port, "security": "none", "timeout_seconds": 5}
    if password is not None:
        smtp["user"] = f"login{user_id}"
    mine = Settings.model_validate({"smtp": smtp})
    passwords = {"smtp": password} if password else None
    save_user_settings(
        db, user_id, mine, passwords=passwords, vault=Vault(ServerKeys(SECRET.encode()))
    )


def _worker(db_url: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFTERWORD_SMTP")}
    env.update(
        AFTERWORD_SERVER_MODE="hosted",
        AFTERWORD_SECRET_KEY=SECRET,
        AFTERWORD_SERVER_ALLOW_PRIVATE_MAIL_HOSTS="true",
    )  # the test servers: loopback
    return subprocess.Popen(
        afterword("send", "--watch", "--poll", "0.1", "--db", db_url),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _states(db: Database) -> dict[int, tuple[str, str | None]]:
    with db.session() as session:
        rows = session.execute(select(MessageRow.id, MessageRow.status, MessageRow.last_error))
        return {ident: (status, error) for ident, status, error in rows}


def _settled(
    states: dict[int, tuple[str, str | None]], mine: dict[int, list[int]], held: int
) -> bool:
    """Every message sent, but the held user's, which are back in the queue with a reason."""
    return all(
        states[i][0] == "sent" if user != held else states[i][0] == "scheduled" and states[i][1]
        for user, ids in mine.items()
        for i in ids
    )


@pytest.mark.slow
def test_three_workers_send_every_users_mail_once_through_their_own_server(
    database: Database, db_url: str
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("several hosted workers share PostgreSQL (SKIP LOCKED); SQLite is one user's")
    with ExitStack() as stack:
        plain = stack.enter_context(RecordingSMTPServer())
        guarded = stack.enter_context(RecordingSMTPServer(user="login2", password="two-pass"))
        other = stack.enter_context(RecordingSMTPServer(user="login3", password="three-pass"))
        users = [_account(database, n) for n in range(1, 5)]
        u1, u2, u3, u4 = (user for user, _interview in users)
        _mail(database, u1, plain, None)
        _mail(database, u2, guarded, "two-pass")
        _mail(database, u3, other, "three-pass")
        _mail(database, u4, guarded, "wrong-pass")  # a user whose login the server refuses
        mine = {u: queue_messages(database, i, PER_USER, to=f"u{u}-{{n}}@northwind.example")
                for u, i in users}  # fmt: skip
        workers = [_worker(db_url) for _ in range(3)]
        try:
            for worker in workers:  # each says it is watching once its SIGTERM handler is set
                assert worker.stderr is not None
                assert "sending due messages" in worker.stderr.readline()
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not _settled(_states(database), mine, u4):
                time.sleep(0.2)
        finally:
            for worker in workers:
                worker.send_signal(signal.SIGTERM)
            outputs = [worker.communicate(timeout=30) for worker in workers]
        states = _states(database)
        for user in (u1, u2, u3):
            assert {states[i][0] for i in mine[user]} == {"sent"}, outputs
        assert all(states[i][0] == "scheduled" for i in mine[u4]), outputs
        assert all("refused the login of login" in (states[i][1] or "") for i in mine[u4])
        for server, user in ((plain, u1), (guarded, u2), (other, u3)):
            got = Counter(rcpt for m in server.messages for rcpt in m.rcpt_tos)
            assert got == Counter(f"u{user}-{n}@northwind.example" for n in range(PER_USER))
            assert {m.mail_from for m in server.messages} == {f"user{user}@example.com"}
        assert guarded.auth_failures >= 1
        assert all(worker.returncode == 0 for worker in workers), outputs
        with database.session() as session:
            audited = session.execute(
                select(AuditRow.user_id, AuditRow.detail).where(AuditRow.action == "send")
            ).all()
        assert Counter(user for user, _detail in audited) == {
            u1: PER_USER,
            u2: PER_USER,
            u3: PER_USER,
        }
        assert sorted(d["message"] for _u, d in audited) == sorted(mine[u1] + mine[u2] + mine[u3])
        logs = "".join(out + err for out, err in outputs)
        assert "refused the login" in logs
        assert not {"two-pass", "three-pass", "wrong-pass"} & set(logs.split())  # no password


def test_in_one_run_each_user_sends_through_their_own_server_and_a_disabled_one_waits(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from afterword.mail.outbox import send_due

    monkeypatch.setenv("AFTERWORD_SECRET_KEY", SECRET)
    hosted = Settings.model_validate({"server": HOSTED})
    with RecordingSMTPServer() as first, RecordingSMTPServer() as second:
        (ada, ada_interview), (bo, bo_interview), (cy, cy_interview) = (
            _account(database, n) for n in (1, 2, 3)
        )
        _mail(database, ada, first, None)
        _mail(database, bo, second, None)
        _mail(database, cy, first, None)
        with database.session() as session:
            session.get(User, cy).disabled_at = utcnow()  # type: ignore[union-attr]
        pairs = ((ada, ada_interview), (bo, bo_interview), (cy, cy_interview))
        queued = {u: queue_messages(database, i, 2, to=f"u{u}-{{n}}@northwind.example")
                  for u, i in pairs}  # fmt: skip
        report = send_due(database, hosted, utcnow())
    states = _states(database)
    assert report.stopped is None
    assert [states[i][0] for i in queued[ada] + queued[bo]] == ["sent"] * 4
    assert all(states[i][0] == "scheduled" and "disabled" in (states[i][1] or "")
               for i in queued[cy])  # fmt: skip
    assert [m.mail_from for m in first.messages] == ["user1@example.com"] * 2
    assert [m.mail_from for m in second.messages] == ["user2@example.com"] * 2
