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
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, insert, literal, or_, select, text, update
from sqlalchemy.exc import OperationalError

from afterword.mail.delivery import SendReport, deliver, log_events
from afterword.mail.kernel import QUEUED, MessageStatus, OutboxError, aware, check_now
from afterword.mail.recovery import ACTIVE, new_worker, recover
from afterword.mail.smtp import QueueStopped
from afterword.schedule.pending import claim_upkeep, keep_claimed
from afterword.store.db import Database, utcnow
from afterword.store.schema import QUEUE_PREDICATE, Event, InterviewRow, MessageRow, UTCDateTime

if TYPE_CHECKING:
    from afterword.config import Settings

__all__ = ["SendReport", "send_due", "send_now", "watch"]

log = logging.getLogger(__name__)

BATCH = 100
CLAIMED = "claimed for sending"


# The queued states as literals (not parameters), so PostgreSQL reads the claim's batch off the
# queue's partial index (ix_messages_queue) with every plan it may cache.
_QUEUE = text(QUEUE_PREDICATE)
# Each claimed message's owner, returned by the claim itself (no second round trip).
_OWNER = (
    select(InterviewRow.user_id).where(InterviewRow.id == MessageRow.interview_id)
    .scalar_subquery().label("user_id")
)  # fmt: skip


def _claim(db: Database, worker: str, where: Any, limit: int | None) -> list[int]:
    """Mark up to ``limit`` queued rows matching ``where`` as ``sending`` by ``worker``.

    The rows and their ``message.sending`` events are committed together before any mail goes;
    on PostgreSQL that is one statement, on SQLite (no writes inside WITH) an UPDATE then an
    INSERT in one transaction.
    """
    now = utcnow()
    claim = _marking(worker, where, limit, now)
    with db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            return sorted(connection.execute(_logged(claim, worker, now)).scalars())
        rows = connection.execute(claim.returning(_OWNER)).all()
        keep_claimed(connection, [(r.id, r.interviewer_id, r.kind, r.sequence, r.user_id)
                                  for r in rows])  # fmt: skip
        attempts = {r.id: r.attempts for r in rows}
        log_events(
            connection,
            [(r.id, r.interview_id, r.user_id) for r in rows],
            f"message.{MessageStatus.SENDING}",
            lambda i: {"reason": CLAIMED, "worker": worker, "attempt": attempts[i]},
        )
    return sorted(attempts)


def _marking(worker: str, where: Any, limit: int | None, now: datetime) -> Any:
    """The UPDATE that marks the chosen rows ``sending`` by ``worker`` (returning them).

    The schedule's trigger leaves this move out (it tells a claim by the new
    ``sending_started_at``): the claim keeps the claimed rows' schedule items itself.
    """
    return (
        update(MessageRow)
        .where(MessageRow.id.in_(_chosen(where, limit)), MessageRow.status.in_(QUEUED))
        .values(status=MessageStatus.SENDING, claimed_by=worker, sending_started_at=now,
                updated_at=now, attempts=MessageRow.attempts + 1,
                version=MessageRow.version + 1)
        .returning(MessageRow.id, MessageRow.interview_id, MessageRow.attempts,
                   MessageRow.interviewer_id, MessageRow.kind, MessageRow.sequence)
    )  # fmt: skip


def _chosen(where: Any, limit: int | None) -> Any:
    """The next queued rows matching ``where``, in claim order, skipping rows others hold."""
    return (
        select(MessageRow.id).where(_QUEUE, where)
        .order_by(MessageRow.scheduled_for, MessageRow.id).limit(limit)
        .with_for_update(skip_locked=True)
    )  # fmt: skip


def _logged(claim: Any, worker: str, now: datetime) -> Any:
    """The claim with its events written, and its schedule items kept, by the same statement
    (PostgreSQL's data-modifying WITH): one round trip, no event rows built in Python; returns
    the claimed ids."""
    claimed = claim.cte("claimed")
    detail = func.json_build_object(
        "reason", literal(CLAIMED), "worker", literal(worker), "attempt", claimed.c.attempts
    )
    events = select(
        literal(now, UTCDateTime), InterviewRow.user_id, claimed.c.interview_id, claimed.c.id,
        literal(f"message.{MessageStatus.SENDING}"), detail,
    ).outerjoin_from(claimed, InterviewRow, InterviewRow.id == claimed.c.interview_id)  # fmt: skip
    columns = ["at", "user_id", "interview_id", "message_id", "kind", "detail"]
    logged = insert(Event).from_select(columns, events).cte("logged")
    return select(claimed.c.id).add_cte(logged, *claim_upkeep(claimed))


def _due(now: datetime) -> Any:
    return and_(
        MessageRow.scheduled_for.is_not(None),
        MessageRow.scheduled_for <= now,
        or_(MessageRow.next_attempt_at.is_(None), MessageRow.next_attempt_at <= now),
    )


def send_due(db: Database, settings: Settings, now: datetime) -> SendReport:
    """Send every queued message due at ``now``, in batches over one connection."""
    report = SendReport()
    tried: list[int] = []  # each message gets one attempt per run, whatever ``now`` says
    with _working() as worker:
        _storage(lambda: recover(db, now))
        while ids := _storage(lambda: _claim(db, worker, _untried(now, tried), BATCH)):
            tried.extend(ids)
            _storage(lambda: deliver(db, settings, worker, ids, report))
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
            _storage(lambda: deliver(db, settings, worker, claimed, report))
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
    when = f" at {sent_at.isoformat()}" if sent_at else ""
    return {
        MessageStatus.SENT: f"already sent{when}; nothing done",
        MessageStatus.DRAFT: f"not approved; approve it first with 'afterword approve {ident}'",
        MessageStatus.SENDING: "being sent right now by another worker",
        MessageStatus.FAILED: f"it failed; queue it again with 'afterword retry {ident}'",
        MessageStatus.CANCELLED: f"cancelled; approve it again with 'afterword approve {ident}'",
        MessageStatus.UNCERTAIN: "it may have been delivered; settle it with "
        f"'afterword confirm {ident}'",
    }.get(MessageStatus(status), status)


class _working:
    """A worker name registered as active in this process while it sends."""

    def __enter__(self) -> str:
        self.worker = new_worker()
        ACTIVE.add(self.worker)
        return self.worker

    def __exit__(self, *exc: object) -> None:
        ACTIVE.discard(self.worker)


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
        except (OutboxError, OperationalError) as exc:  # a locked or unreachable database
            log.warning("sending waits for the next round: %s", exc)
            report = SendReport()
        if on_report is not None and (report.outcomes or report.stopped):
            on_report(report)
        if report.stopped:
            raise QueueStopped(report.stopped)
        stop.wait(poll_seconds)
