"""Sending the outbox: claim due messages, send them over one connection, never twice.

The promise: an approved message is delivered once, or held as ``uncertain`` for the user to
confirm; it is never lost and never blindly sent again. How:

1. A worker claims rows atomically (one conditional UPDATE; on PostgreSQL its subquery takes
   ``FOR UPDATE SKIP LOCKED``) and commits them as ``sending`` before talking to the server.
2. After the server answers DATA with 354, and before the content goes out, the worker
   commits a ``message.step`` event (step ``content``). Until that event exists the server
   cannot have the message.
3. After the server accepts the content (250) the row becomes ``sent``.

A row found in ``sending`` whose worker is gone is recovered: without the step event it goes
back to the queue; with it, it becomes ``uncertain``.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.exc import OperationalError

from afterword.mail.build import MessageError, build_email, check_address
from afterword.mail.outbox import QUEUED, OutboxError, S, aware, check_now, sender_of
from afterword.mail.secrets import password_for
from afterword.mail.smtp import (
    PermanentFailure,
    QueueStopped,
    SmtpSession,
    TemporaryFailure,
    Uncertain,
)
from afterword.store.db import Database, utcnow
from afterword.store.schema import Event, InterviewRow, MessageRow

if TYPE_CHECKING:
    from afterword.config import Settings

log = logging.getLogger(__name__)

STEP = "message.step"
BATCH = 100
MAX_ATTEMPTS = 8
# A worker on another machine is presumed gone when it has started nothing for this long.
REMOTE_LEASE = timedelta(minutes=15)
# Test-only fault injection, see docs/mail.md: kills this process at a named point that no
# outside trigger can reach (before connecting; between the writes and the commit).
FAULT_VARIABLE = "AFTERWORD_TEST_FAULT"

_ACTIVE: set[str] = set()  # workers of this process that are sending right now


@dataclass(frozen=True)
class Outcome:
    """What happened to one message in a run."""

    id: int
    state: str
    detail: str

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {"id": self.id, "state": self.state, "detail": self.detail}


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


def _fault(point: str) -> None:
    """Die here when a test asked for it (AFTERWORD_TEST_FAULT); otherwise nothing."""
    if os.environ.get(FAULT_VARIABLE) == point:
        os.kill(os.getpid(), signal.SIGKILL)


def _start_time(pid: int) -> str | None:
    """The process start time (Linux), so a reused pid is not taken for the old worker."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return None if fields[0] in ("Z", "X") else fields[19]


def new_worker() -> str:
    """Return a fresh worker name: host, pid, process start time and a random token."""
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{_start_time(pid) or '-'}:{uuid.uuid4().hex[:8]}"


def _gone(worker: str | None, last_seen: datetime | None, now: datetime) -> bool:
    """Whether the worker that claimed a row can no longer be working on it."""
    if not worker or worker.count(":") < 3:
        return True
    host, pid_text, started, _token = worker.rsplit(":", 3)
    if host != socket.gethostname():
        return last_seen is None or now - last_seen > REMOTE_LEASE
    pid = int(pid_text)
    if pid == os.getpid():
        return worker not in _ACTIVE
    current = _start_time(pid)
    return current is None or (started != "-" and current != started)


# -- claiming -------------------------------------------------------------------------------


def _claim(db: Database, worker: str, where: Any, limit: int | None) -> list[int]:
    """Mark up to ``limit`` queued rows matching ``where`` as ``sending`` by ``worker``."""
    now = utcnow()
    chosen = (
        select(MessageRow.id)
        .where(MessageRow.status.in_(QUEUED), where)
        .order_by(MessageRow.scheduled_for, MessageRow.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    claim = (
        update(MessageRow)
        .where(MessageRow.id.in_(chosen), MessageRow.status.in_(QUEUED))
        .values(
            status=S.SENDING,
            claimed_by=worker,
            sending_started_at=now,
            updated_at=now,
            attempts=MessageRow.attempts + 1,
        )
        .returning(MessageRow.id, MessageRow.interview_id, MessageRow.attempts)
        .execution_options(synchronize_session=False)
    )
    with db.session() as session:
        rows = session.execute(claim).all()
        attempts = {r.id: r.attempts for r in rows}
        _log(
            session,
            [(r.id, r.interview_id) for r in rows],
            S.SENDING,
            lambda i: {"worker": worker, "attempt": attempts[i]},
        )
    return sorted(attempts)


def _log(
    session: Any,
    rows: Iterable[tuple[int, int]],
    state: str,
    detail: Callable[[int], dict[str, Any]],
) -> None:
    """Log one event per message in one statement (the hot path cannot afford more)."""
    now = utcnow()
    values = [
        {
            "at": now,
            "interview_id": interview,
            "message_id": mid,
            "kind": f"message.{state}" if state != STEP else STEP,
            "detail": detail(mid),
        }
        for mid, interview in rows
    ]
    if values:
        session.execute(insert(Event), values)


def _due(now: datetime) -> Any:
    return and_(
        MessageRow.scheduled_for.is_not(None),
        MessageRow.scheduled_for <= now,
        or_(MessageRow.next_attempt_at.is_(None), MessageRow.next_attempt_at <= now),
    )


# -- recovery -------------------------------------------------------------------------------


def recover(db: Database, now: datetime) -> list[Outcome]:
    """Settle rows left in ``sending`` by workers that are gone (killed, crashed)."""
    with db.session() as session:
        rows = session.execute(
            select(
                MessageRow.id,
                MessageRow.claimed_by,
                MessageRow.attempts,
                MessageRow.sending_started_at,
            ).where(MessageRow.status == S.SENDING)
        ).all()
    seen = _last_seen(rows)
    return [
        _settle(db, r.id, r.claimed_by, r.attempts)
        for r in rows
        if _gone(r.claimed_by, seen.get(r.claimed_by), now)
    ]


def _last_seen(rows: Iterable[Any]) -> dict[str | None, datetime | None]:
    seen: dict[str | None, datetime | None] = {}
    for row in rows:
        started = aware(row.sending_started_at)
        if started and (seen.get(row.claimed_by) is None or started > seen[row.claimed_by]):
            seen[row.claimed_by] = started
    return seen


def _settle(db: Database, message_id: int, worker: str | None, attempt: int) -> Outcome:
    """Requeue a row that provably never reached the content step; else hold it uncertain."""
    from afterword.mail.outbox import record

    with db.session() as session:
        row = session.scalar(
            select(MessageRow)
            .where(
                MessageRow.id == message_id,
                MessageRow.status == S.SENDING,
                MessageRow.claimed_by == worker,
            )
            .with_for_update()
        )
        if row is None:
            return Outcome(message_id, "?", "settled by another worker")
        if _reached_content(session, message_id, worker, attempt):
            row.last_error = (
                f"the sender ({worker}) stopped after the message went to the "
                "server; it may have been delivered"
            )
            record(session, row, S.UNCERTAIN, row.last_error)
            return Outcome(message_id, S.UNCERTAIN, row.last_error)
        row.next_attempt_at, row.scheduled_for = None, row.scheduled_for or utcnow()
        reason = f"the sender ({worker}) stopped before the message went out; queued again"
        record(session, row, S.SCHEDULED, reason)
        return Outcome(message_id, S.SCHEDULED, reason)


def _reached_content(session: Any, message_id: int, worker: str | None, attempt: int) -> bool:
    details = session.scalars(
        select(Event.detail).where(Event.message_id == message_id, Event.kind == STEP)
    ).all()
    return any(d.get("worker") == worker and d.get("attempt") == attempt for d in details)


# -- sending --------------------------------------------------------------------------------


def send_due(db: Database, settings: Settings, now: datetime) -> SendReport:
    """Send every queued message due at ``now``, in batches over one connection."""
    report = SendReport()
    tried: list[int] = []  # each message gets one attempt per run, whatever ``now`` says
    with _working() as worker:
        _storage(lambda: recover(db, now))
        while ids := _storage(lambda: _claim(db, worker, _untried(now, tried), BATCH)):
            tried.extend(ids)
            _storage(lambda: _deliver(db, settings, worker, ids, report))
            if report.stopped:
                break
    return report


def _untried(now: datetime, tried: list[int]) -> Any:
    return and_(_due(now), MessageRow.id.not_in(tried)) if tried else _due(now)


def send_now(
    db: Database, settings: Settings, ids: list[int], user_id: int | None = None
) -> SendReport:
    """Send the named queued messages now; say why for each that cannot go."""
    report = SendReport()
    now = check_now(None)
    with _working() as worker:
        _storage(lambda: recover(db, now))
        wanted = _named(db, ids, user_id, report)
        claimed = _storage(lambda: _claim(db, worker, MessageRow.id.in_(wanted), None))
        for missed in sorted(set(wanted) - set(claimed)):
            report.add(missed, "skipped", "another worker took it first")
        if claimed:
            _storage(lambda: _deliver(db, settings, worker, claimed, report))
    return report


def _named(db: Database, ids: list[int], user_id: int | None, report: SendReport) -> list[int]:
    """Return the ids that can be sent; note a reason for each of the others."""
    query = select(MessageRow.id, MessageRow.status, MessageRow.sent_at).where(
        MessageRow.id.in_(ids)
    )
    if user_id is not None:
        query = query.join(InterviewRow).where(InterviewRow.user_id == user_id)
    with db.session() as session:
        found = {r.id: r for r in session.execute(query)}
    wanted = []
    for ident in dict.fromkeys(ids):
        row = found.get(ident)
        if row is None:
            report.add(ident, "missing", f"no message with id {ident}")
        elif row.status in QUEUED:
            wanted.append(ident)
        else:
            report.add(ident, row.status, _why_not(ident, row.status, aware(row.sent_at)))
    return wanted


def _why_not(ident: int, status: str, sent_at: datetime | None) -> str:
    return {
        S.SENT: f"already sent{f' at {sent_at.isoformat()}' if sent_at else ''}; nothing done",
        S.DRAFT: f"not approved; approve it first with 'afterword approve {ident}'",
        S.SENDING: "being sent right now by another worker",
        S.FAILED: f"it failed; queue it again with 'afterword retry {ident}'",
        S.CANCELLED: f"cancelled; approve it again with 'afterword approve {ident}'",
        S.UNCERTAIN: f"it may have been delivered; settle it with 'afterword confirm {ident}'",
    }.get(S(status), status)


class _working:
    """A worker name registered as active in this process while it sends."""

    def __enter__(self) -> str:
        self.worker = new_worker()
        _ACTIVE.add(self.worker)
        return self.worker

    def __exit__(self, *exc: object) -> None:
        _ACTIVE.discard(self.worker)


def _storage(action: Callable[[], Any]) -> Any:
    """Run a database step, turning a locked SQLite file into a clear error."""
    try:
        return action()
    except OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise OutboxError(
                "the database is locked by another process (afterword waited 10 s); nothing "
                "was sent and nothing is lost: try again when the other process is done"
            ) from exc
        raise


@dataclass
class _Item:
    id: int
    interview_id: int
    attempt: int
    sender: str
    recipient: str
    data: bytes


def _load(db: Database, ids: list[int], report: SendReport) -> list[_Item]:
    """Build each claimed message; one that cannot be built fails with the reason."""
    items, broken = [], []
    with db.session() as session:
        senders: dict[int, Any] = {}
        for row in session.scalars(
            select(MessageRow)
            .where(MessageRow.id.in_(ids))
            .order_by(MessageRow.scheduled_for, MessageRow.id)
        ):
            interview = row.interview
            if interview.user_id not in senders:
                senders[interview.user_id] = sender_of(session, interview)
            try:
                items.append(_item(row, senders[interview.user_id]))
            except MessageError as exc:
                broken.append((row.id, str(exc)))
    for ident, reason in broken:
        _finish(db, ident, S.FAILED, reason, report)
    return items


def _item(row: MessageRow, sender: Any) -> _Item:
    email = build_email(row, sender)
    recipient = check_address(row.to_address, "recipient", row.id)
    return _Item(row.id, row.interview_id, row.attempts, sender.email, recipient, email.as_bytes())


def _deliver(
    db: Database, settings: Settings, worker: str, ids: list[int], report: SendReport
) -> None:
    """Send claimed messages over one connection; settle each one, whatever happens."""
    items = _load(db, ids, report)
    smtp = (
        SmtpSession(settings.smtp, password_for("smtp", settings.smtp))
        if settings.smtp.host
        else None
    )
    try:
        _fault("before-connect")
        if smtp is None:
            raise QueueStopped(
                "no SMTP server configured; set AFTERWORD_SMTP_HOST (or smtp.host), see "
                "docs/mail.md"
            )
        for position, item in enumerate(items):
            if not _send_one(db, smtp, worker, item, items[position + 1 :], report):
                break
    except QueueStopped as exc:
        _release(db, items, report, str(exc))
        report.stopped = str(exc)
    finally:
        if smtp is not None:
            smtp.close()
        _orphans(db, worker)


def _send_one(
    db: Database, smtp: SmtpSession, worker: str, item: _Item, rest: list[_Item], report: SendReport
) -> bool:
    """Send one message; return False when the rest of the batch should wait."""
    try:
        smtp.open()
    except TemporaryFailure as exc:
        for waiting in [item, *rest]:
            _back_off(db, waiting, str(exc), report)
        return False
    try:
        reply = smtp.send(
            item.sender, item.recipient, item.data, lambda: _mark_content(db, worker, item)
        )
    except TemporaryFailure as exc:
        _back_off(db, item, exc.text, report)
    except PermanentFailure as exc:
        _finish(db, item.id, S.FAILED, f"the server refused it: {exc.text}", report)
    except Uncertain as exc:
        _finish(db, item.id, S.UNCERTAIN, exc.text, report)
    else:
        _finish(db, item.id, S.SENT, reply, report)
    return True


def _mark_content(db: Database, worker: str, item: _Item) -> None:
    """Commit that the content is about to go out (the point of no return)."""
    with db.session() as session:
        session.execute(
            update(MessageRow)
            .where(MessageRow.id == item.id)
            .values(sending_started_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        _log(
            session,
            [(item.id, item.interview_id)],
            STEP,
            lambda _i: {"step": "content", "worker": worker, "attempt": item.attempt},
        )


def _finish(db: Database, ident: int, state: str, reason: str, report: SendReport) -> None:
    """Record a final state of a message that this worker holds."""
    now = utcnow()
    values: dict[str, Any] = {"status": state, "updated_at": now}
    if state == S.SENT:
        values["sent_at"] = now
    else:
        values["last_error"] = reason
    with db.session() as session:
        interview = session.execute(
            update(MessageRow)
            .where(MessageRow.id == ident, MessageRow.status == S.SENDING)
            .values(**values)
            .returning(MessageRow.interview_id)
            .execution_options(synchronize_session=False)
        ).scalar()
        if interview is not None:
            _log(session, [(ident, interview)], state, lambda _i: {"reason": reason})
        if state == S.SENT:
            _fault("during-commit")
    report.add(ident, state, reason)


def backoff(attempt: int) -> timedelta:
    """Wait 1, 2, 4 ... minutes between attempts, at most an hour."""
    return timedelta(minutes=min(2 ** max(attempt - 1, 0), 60))


def _back_off(db: Database, item: _Item, reason: str, report: SendReport) -> None:
    """Queue a message again after a temporary failure, or fail it after too many."""
    if item.attempt >= MAX_ATTEMPTS:
        _finish(db, item.id, S.FAILED, f"gave up after {item.attempt} attempts: {reason}", report)
        return
    when = utcnow() + backoff(item.attempt)
    _requeue(
        db,
        item,
        reason,
        report,
        next_attempt=when,
        note=f"attempt {item.attempt} failed ({reason}); next try at {when.isoformat()}",
    )


def _release(db: Database, items: list[_Item], report: SendReport, reason: str) -> None:
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
    item: _Item,
    reason: str,
    report: SendReport,
    *,
    next_attempt: datetime | None,
    note: str,
    uncount: bool = False,
) -> None:
    now = utcnow()
    values: dict[str, Any] = {
        "status": S.SCHEDULED,
        "next_attempt_at": next_attempt,
        "last_error": reason,
        "updated_at": now,
        "scheduled_for": func.coalesce(MessageRow.scheduled_for, now),
    }
    if uncount:
        values["attempts"] = MessageRow.attempts - 1
    with db.session() as session:
        done = session.execute(
            update(MessageRow)
            .where(MessageRow.id == item.id, MessageRow.status == S.SENDING)
            .values(**values)
            .execution_options(synchronize_session=False)
        ).rowcount
        if done:
            _log(session, [(item.id, item.interview_id)], S.SCHEDULED, lambda _i: {"reason": note})
            report.add(item.id, S.SCHEDULED, note)


def _orphans(db: Database, worker: str) -> None:
    """Settle any row this worker still holds (an error interrupted it)."""
    try:
        with db.session() as session:
            rows = session.execute(
                select(MessageRow.id, MessageRow.attempts).where(
                    MessageRow.status == S.SENDING, MessageRow.claimed_by == worker
                )
            ).all()
        for row in rows:
            _settle(db, row.id, worker, row.attempts)
    except OperationalError:
        log.warning("could not settle this worker's messages now; the next run will")


# -- the worker loop ------------------------------------------------------------------------


def watch(
    db: Database,
    settings: Settings,
    poll_seconds: float = 30.0,
    stop_event: threading.Event | None = None,
    on_report: Callable[[SendReport], None] | None = None,
) -> None:
    """Send due messages every ``poll_seconds`` until stopped; a stopped queue ends it."""
    stop = stop_event or threading.Event()
    while not stop.is_set():
        try:
            report = send_due(db, settings, check_now(None))
        except OutboxError as exc:  # a locked database: wait for the next round
            log.warning("%s", exc)
            report = SendReport()
        if on_report is not None and (report.outcomes or report.stopped):
            on_report(report)
        if report.stopped:
            raise QueueStopped(report.stopped)
        stop.wait(poll_seconds)
