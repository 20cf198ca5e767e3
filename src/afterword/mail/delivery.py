"""Deliver a claimed batch over one SMTP connection and record each outcome.

Per message, exactly one commit stands between the server's 354 and the content: it records
the ``content`` step of this message and, in the same transaction, ``sent`` for the message
before it (whose 250 has just come). So each message costs one commit on the critical path,
and the two promises hold: no content leaves before its step is durable; a 250 not yet noted
when the process dies leaves a step without ``sent``, which recovery holds as uncertain.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from afterword.keys import SecretKeyError
from afterword.mail.build import (
    EmailFields,
    MessageError,
    build_email,
    check_address,
    wire_bytes,
)
from afterword.mail.hosts import guarded
from afterword.mail.kernel import MessageStatus, sender_of
from afterword.mail.recovery import STEP, Outcome, settle_own
from afterword.mail.secrets import password_for
from afterword.mail.smtp import (
    PermanentFailure,
    QueueStopped,
    SmtpSession,
    TemporaryFailure,
    Uncertain,
)
from afterword.mail.vault import Accounts, VaultError
from afterword.store.audit import record_all
from afterword.store.db import Database, utcnow
from afterword.store.schema import Event, MessageRow

if TYPE_CHECKING:
    from afterword.config import Settings

MAX_ATTEMPTS = 8
# Test-only fault injection (docs/mail.md): kills this process at a point no outside trigger
# can reach: before connecting, and between a commit's writes and the commit itself.
FAULT_VARIABLE = "AFTERWORD_TEST_FAULT"


def fault(point: str) -> None:
    """Die here when a test asked for it (AFTERWORD_TEST_FAULT); otherwise nothing."""
    if os.environ.get(FAULT_VARIABLE) == point:
        os.kill(os.getpid(), signal.SIGKILL)


@dataclass
class SendReport:
    """Every outcome of one sending run; ``stopped`` says why the queue stopped, if it did."""

    outcomes: list[Outcome] = field(default_factory=list)
    stopped: str | None = None

    def add(self, message_id: int, state: str, detail: str) -> None:
        """Note one outcome."""
        self.outcomes.append(Outcome(message_id, state, detail))

    def count(self, state: str) -> int:
        """How many messages ended in ``state``."""
        return sum(1 for o in self.outcomes if o.state == state)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {"outcomes": [o.as_dict() for o in self.outcomes], "stopped": self.stopped}


def log_events(
    connection: Any,
    rows: Iterable[tuple[int, int, int | None]],
    kind: str,
    detail: Callable[[int], dict[str, Any]],
) -> None:
    """Log one event per (message, interview, user), in one statement (this is the hot path)."""
    now = utcnow()
    values = [
        {"at": now, "interview_id": interview, "message_id": ident, "user_id": user,
         "kind": kind, "detail": detail(ident)}
        for ident, interview, user in rows
    ]  # fmt: skip
    if values:
        connection.execute(insert(Event), values)


@dataclass
class Item:
    """One claimed message with its email built (or the reason it cannot be)."""

    id: int
    interview_id: int
    user_id: int | None
    attempt: int
    built: tuple[str, str, bytes] | MessageError  # sender address, recipient address, bytes

    @property
    def key(self) -> tuple[int, int, int | None]:
        """What an event needs to name this message."""
        return (self.id, self.interview_id, self.user_id)


def load(db: Database, ids: list[int]) -> list[Item]:
    """Read the claimed messages and build their emails, in sending order."""
    items = []
    with db.session() as session:
        senders: dict[int, Any] = {}
        query = select(MessageRow).where(MessageRow.id.in_(ids))
        for row in session.scalars(query.order_by(MessageRow.scheduled_for, MessageRow.id)):
            owner = row.interview.user_id
            if owner not in senders:
                senders[owner] = sender_of(session, row.interview)
            built = _build(EmailFields.of(row), senders[owner])
            items.append(Item(row.id, row.interview_id, owner, row.attempts, built))
    return items


def _build(snapshot: EmailFields, sender: Any) -> tuple[str, str, bytes] | MessageError:
    try:
        email = build_email(snapshot, sender)
    except MessageError as exc:  # bad address or header: this one can never go as it is
        return exc
    # The envelope takes the checked addresses the headers were made of (cached), not a re-parse.
    envelope_from = check_address(sender.email, "sender", snapshot.id)
    envelope_to = check_address(snapshot.to_address, "recipient", snapshot.id)
    try:
        data = wire_bytes(email, snapshot.id)
    except MessageError as exc:
        return exc
    return envelope_from, envelope_to, data


_WHEN = MessageRow.__table__.c.sent_at.type
# Built once: these run for every message, and building a statement costs more than running it.
_TOUCH = (
    update(MessageRow)
    .where(MessageRow.id == bindparam("ident"), MessageRow.status == MessageStatus.SENDING,
           MessageRow.claimed_by == bindparam("worker"))
    .values(sending_started_at=bindparam("at", type_=_WHEN))
)  # fmt: skip
# Only rows this worker still holds become sent; RETURNING says which, so only those are reported.
_SENT = (
    update(MessageRow)
    .where(MessageRow.id.in_(bindparam("idents", expanding=True)),
           MessageRow.status == MessageStatus.SENDING,
           MessageRow.claimed_by == bindparam("worker"))
    .values(status=MessageStatus.SENT, sent_at=bindparam("at", type_=_WHEN),
            updated_at=bindparam("at2", type_=_WHEN), version=MessageRow.version + 1)
    .returning(MessageRow.id)
)  # fmt: skip


class Withdrawn(Exception):
    """The message was taken from this worker before its content went out; it is not sent."""


class Ledger:
    """The batch's bookkeeping: ``sent`` notes wait for the next commit that must happen."""

    def __init__(self, db: Database, worker: str, report: SendReport, audit: bool = False) -> None:
        self.db, self.worker, self.report = db, worker, report
        self.audit = audit  # hosted: each send also goes to the audit log, in the same commit
        self.pending: list[tuple[Item, str]] = []
        self._connection: Connection | None = None

    def _begin(self) -> Any:
        """Begin a transaction on the batch's own connection (checked out once, not per message)."""
        if self._connection is None:
            self._connection = self.db.engine.connect()
        return self._connection.begin()

    def close(self) -> None:
        """Give the batch's connection back to the pool."""
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def sent(self, item: Item, reply: str) -> None:
        """Note a 250; it is written with the next commit (or by ``flush``)."""
        self.pending.append((item, reply))

    def before_content(self, item: Item) -> None:
        """Commit this message's content step, and the pending ``sent`` notes."""
        now = utcnow()
        detail = {"step": "content", "worker": self.worker, "attempt": item.attempt}
        step = _event(now, item.key, STEP, detail)
        with self._begin() as transaction:
            touch = {"ident": item.id, "at": now, "worker": self.worker}
            held = transaction.connection.execute(_TOUCH, touch).rowcount == 1
            self._write_sent(transaction.connection, now, step if held else None)
        if not held:
            raise Withdrawn(f"message {item.id} was changed by another process; not sent")

    def flush(self) -> None:
        """Commit the pending ``sent`` notes now."""
        if self.pending:
            with self._begin() as transaction:
                self._write_sent(transaction.connection, utcnow())

    def _write_sent(
        self, connection: Connection, now: datetime, step: dict[str, Any] | None = None
    ) -> None:
        """Write the pending ``sent`` notes and the step: one UPDATE, one INSERT of events."""
        done, lost = list(self.pending), list[tuple[Item, str]]()
        if done:
            idents = [item.id for item, _ in done]
            arguments = {"idents": idents, "at": now, "at2": now, "worker": self.worker}
            matched = set(connection.scalars(_SENT, arguments))
            done, lost = _split(done, matched)
        values = [_event(now, item.key, f"message.{MessageStatus.SENT}", {"reason": reply})
                  for item, reply in done]  # fmt: skip
        if step is not None:
            values.append(step)
        if values:
            connection.execute(_EVENTS, values)
        if done and self.audit:
            record_all(
                connection, "send", [(item.user_id, _audited(item, reply)) for item, reply in done]
            )
        if done:
            fault("during-commit")  # a 250 written, not yet committed
        self.pending.clear()
        for item, reply in done:  # reported once committed (the block exits without error)
            self.report.add(item.id, MessageStatus.SENT, reply)
        for item, reply in lost:
            self.report.add(item.id, "unrecorded", _TAKEN.format(reply=reply))


_TAKEN = (
    "the server accepted it ({reply}), but another process had taken the message over "
    "meanwhile, so it was not marked sent here; check it with 'afterword outbox'"
)


def _split(
    done: list[tuple[Item, str]], matched: set[int]
) -> tuple[list[tuple[Item, str]], list[tuple[Item, str]]]:
    """Split sent notes into those whose row this worker still held and those it did not."""
    return [d for d in done if d[0].id in matched], [d for d in done if d[0].id not in matched]


_EVENTS = insert(Event)


def _audited(item: Item, reply: str) -> dict[str, Any]:
    """What the audit log says of a send: which message, to whom, the server's answer."""
    recipient = item.built[1] if isinstance(item.built, tuple) else None
    return {"message": item.id, "interview": item.interview_id, "to": recipient,
            "state": "sent", "reply": reply}  # fmt: skip


def _event(
    now: datetime, key: tuple[int, int, int | None], kind: str, detail: dict[str, Any]
) -> dict[str, Any]:
    ident, interview, user = key
    return {"at": now, "interview_id": interview, "message_id": ident, "user_id": user,
            "kind": kind, "detail": detail}  # fmt: skip


def deliver(
    db: Database, settings: Settings, worker: str, ids: list[int], report: SendReport
) -> None:
    """Send claimed messages over one connection; settle each one, whatever happens.

    Hosted, the batch holds many users' messages: each user's go over that user's own SMTP
    server, one connection per user, and every send is written to the audit log.
    """
    items = load(db, ids)
    hosted = settings.server.mode == "hosted"
    ledger = Ledger(db, worker, report, audit=hosted)
    try:
        if hosted:
            _send_per_user(db, settings, ledger, items)
        else:
            stopped = _send_all(settings, ledger, items)
            if stopped:
                release(db, items, report, stopped)
                report.stopped = stopped
    finally:
        ledger.close()
        settle_own(db, worker)


def _send_per_user(db: Database, settings: Settings, ledger: Ledger, items: list[Item]) -> None:
    """Send each user's messages with that user's settings; one user's problem stops no one else.

    A user whose mail cannot go (no server, a refused login, a password no key opens) has
    their messages put back with the reason, after the usual back-off: they fail after
    MAX_ATTEMPTS if it is never fixed, and the other users' mail goes on.
    """
    try:
        accounts: Callable[[int], Settings] | None = Accounts(db, settings)
        problem = ""
    except SecretKeyError as exc:
        accounts, problem = None, str(exc)
    groups: dict[int | None, list[Item]] = {}
    for item in items:
        groups.setdefault(item.user_id, []).append(item)
    for user_id, group in groups.items():
        reason = problem or ("the message has no owner" if user_id is None else "")
        if not reason and accounts is not None and user_id is not None:
            try:
                reason = _send_all(accounts(user_id), ledger, group) or ""
            except VaultError as exc:
                reason = str(exc)
        if reason:
            for item in _still_held(db, ledger.worker, group):
                back_off(db, item, reason, ledger.report)


def _still_held(db: Database, worker: str, items: list[Item]) -> list[Item]:
    """The items this worker still holds in ``sending`` (not sent, failed or put back)."""
    with db.engine.connect() as connection:
        held = set(
            connection.scalars(
                select(MessageRow.id).where(
                    MessageRow.id.in_([item.id for item in items]),
                    MessageRow.status == MessageStatus.SENDING,
                    MessageRow.claimed_by == worker,
                )
            )
        )
    return [item for item in items if item.id in held]


def _send_all(settings: Settings, ledger: Ledger, items: list[Item]) -> str | None:
    """Send the items over one connection; return why the queue stopped, if it did.

    The items still held when it stops are left in ``sending`` for the caller to put back.
    """
    smtp = SmtpSession(settings.smtp, password_for("smtp", settings.smtp),
                       public_only=guarded(settings)) if settings.smtp.host else None  # fmt: skip
    try:
        fault("before-connect")
        if smtp is None:
            raise QueueStopped(
                "no SMTP server configured; set AFTERWORD_SMTP_HOST (or "
                "smtp.host in the config file), see docs/mail.md"
            )
        for position, item in enumerate(items):
            if not _send_one(smtp, ledger, item, items[position + 1 :]):
                break
        ledger.flush()
    except QueueStopped as exc:
        ledger.flush()
        return str(exc)
    finally:
        if smtp is not None:
            smtp.close()
    return None


def _send_one(smtp: SmtpSession, ledger: Ledger, item: Item, rest: list[Item]) -> bool:
    """Send one message; return False when the rest of the batch must wait."""
    db, report = ledger.db, ledger.report
    if isinstance(item.built, MessageError):
        ledger.flush()
        finish(db, item, MessageStatus.FAILED, str(item.built), report)
        return True
    sender, recipient, data = item.built
    try:
        smtp.open()
    except TemporaryFailure as exc:
        ledger.flush()
        for waiting in [item, *rest]:
            back_off(db, waiting, str(exc), report)
        return False
    try:
        reply = smtp.send(sender, recipient, data, lambda: ledger.before_content(item))
    except (TemporaryFailure, PermanentFailure, Uncertain) as exc:
        ledger.flush()
        _failed(db, item, exc, report)
    except Withdrawn as exc:
        ledger.flush()
        report.add(item.id, "skipped", str(exc))
    else:
        ledger.sent(item, reply)
    return True


def _failed(db: Database, item: Item, exc: Exception, report: SendReport) -> None:
    if isinstance(exc, TemporaryFailure):
        back_off(db, item, exc.text, report)
    elif isinstance(exc, PermanentFailure):
        finish(db, item, MessageStatus.FAILED, f"the server refused it: {exc.text}", report)
    else:
        finish(db, item, MessageStatus.UNCERTAIN, str(exc), report)


def finish(db: Database, item: Item, state: str, reason: str, report: SendReport) -> None:
    """Record that a held message failed or is uncertain, with the reason."""
    with db.engine.begin() as connection:
        done = connection.execute(
            update(MessageRow)
            .where(MessageRow.id == item.id, MessageRow.status == MessageStatus.SENDING)
            .values(
                status=state, last_error=reason, updated_at=utcnow(), version=MessageRow.version + 1
            )
        ).rowcount
        if done:
            log_events(connection, [item.key], f"message.{state}", lambda _i: {"reason": reason})
    report.add(item.id, state, reason)


def backoff(attempt: int) -> timedelta:
    """Wait 1, 2, 4 ... minutes between attempts, at most an hour."""
    return timedelta(minutes=min(2 ** max(attempt - 1, 0), 60))


def back_off(db: Database, item: Item, reason: str, report: SendReport) -> None:
    """Queue a message again after a temporary failure, or fail it after too many."""
    if item.attempt >= MAX_ATTEMPTS:
        finish(
            db,
            item,
            MessageStatus.FAILED,
            f"gave up after {item.attempt} attempts: {reason}",
            report,
        )
        return
    when = utcnow() + backoff(item.attempt)
    note = f"attempt {item.attempt} failed ({reason}); next try at {when.isoformat()}"
    _requeue(db, item, reason, report, next_attempt=when, note=note)


def release(db: Database, items: list[Item], report: SendReport, reason: str) -> None:
    """Put back every message still held when the queue stops (the attempt does not count)."""
    for item in items:
        _requeue(
            db,
            item,
            reason,
            report,
            next_attempt=None,
            note=f"queue stopped: {reason}",
            uncount=True,
        )


def _requeue(
    db: Database,
    item: Item,
    reason: str,
    report: SendReport,
    *,
    next_attempt: datetime | None,
    note: str,
    uncount: bool = False,
) -> None:
    now = utcnow()
    values: dict[str, Any] = {
        "status": MessageStatus.SCHEDULED,
        "next_attempt_at": next_attempt,
        "last_error": reason,
        "updated_at": now,
        "scheduled_for": func.coalesce(MessageRow.scheduled_for, now),
        "version": MessageRow.version + 1,
    }
    if uncount:
        values["attempts"] = MessageRow.attempts - 1
    with db.engine.begin() as connection:
        done = connection.execute(
            update(MessageRow)
            .where(MessageRow.id == item.id, MessageRow.status == MessageStatus.SENDING)
            .values(**values)
        ).rowcount
        if done:
            log_events(
                connection,
                [item.key],
                f"message.{MessageStatus.SCHEDULED}",
                lambda _i: {"reason": note},
            )
    if done:
        report.add(item.id, MessageStatus.SCHEDULED, note)
