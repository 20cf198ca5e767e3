"""Workers and what they leave behind: who is sending, and settling rows a dead worker held.

A worker is named ``host:pid:process-start:token``. On this host a worker is gone when its
process is (the start time guards against a reused pid); in this process, when it is no
longer registered as active. A worker on another host is presumed gone when it has started
nothing for REMOTE_LEASE.

A row left in ``sending`` goes back to the queue when its worker never committed the
``content`` step for that attempt (the server cannot have the message); otherwise it becomes
``uncertain``, for the user to confirm.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from afterword.mail.kernel import MessageStatus, aware, transition
from afterword.store.db import Database, utcnow
from afterword.store.schema import Event, MessageRow

log = logging.getLogger(__name__)

STEP = "message.step"
REMOTE_LEASE = timedelta(minutes=15)
ACTIVE: set[str] = set()  # workers of this process that are sending right now


@dataclass(frozen=True)
class Outcome:
    """What happened to one message in a run."""

    id: int
    state: str
    detail: str

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {"id": self.id, "state": self.state, "detail": self.detail}


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
        return worker not in ACTIVE
    current = _start_time(pid)
    return current is None or (started != "-" and current != started)


def recover(db: Database, now: datetime) -> list[Outcome]:
    """Settle rows left in ``sending`` by workers that are gone (killed, crashed)."""
    with db.session() as session:
        rows = session.execute(
            select(
                MessageRow.id,
                MessageRow.claimed_by,
                MessageRow.attempts,
                MessageRow.sending_started_at,
            ).where(MessageRow.status == MessageStatus.SENDING)
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
        started, known = aware(row.sending_started_at), seen.get(row.claimed_by)
        if started and (known is None or started > known):
            seen[row.claimed_by] = started
    return seen


def _settle(db: Database, message_id: int, worker: str | None, attempt: int) -> Outcome:
    """Requeue a row that provably never reached the content step; else hold it uncertain."""
    with db.session() as session:
        row = session.get(MessageRow, message_id)
        if row is None or row.status != MessageStatus.SENDING or row.claimed_by != worker:
            return Outcome(message_id, "?", "settled by another worker")
        held = [MessageRow.claimed_by == worker, MessageRow.attempts == attempt]
        if _reached_content(session, message_id, worker, attempt):
            reason = (
                f"the sender ({worker}) stopped after the message went to the "
                "server; it may have been delivered"
            )
            to, values = MessageStatus.UNCERTAIN, dict[str, Any](last_error=reason)
        else:
            reason = f"the sender ({worker}) stopped before the message went out; queued again"
            to = MessageStatus.SCHEDULED
            values = {"next_attempt_at": None, "scheduled_for": row.scheduled_for or utcnow()}
        if not transition(session, row, "deliver", to, reason, extra=held, **values):
            return Outcome(message_id, "?", "settled by another worker")
        return Outcome(message_id, to, reason)


def _reached_content(session: Any, message_id: int, worker: str | None, attempt: int) -> bool:
    details = session.scalars(
        select(Event.detail).where(Event.message_id == message_id, Event.kind == STEP)
    ).all()
    return any(d.get("worker") == worker and d.get("attempt") == attempt for d in details)


def settle_own(db: Database, worker: str) -> None:
    """Settle any row this worker still holds (an error interrupted it)."""
    try:
        with db.session() as session:
            rows = session.execute(
                select(MessageRow.id, MessageRow.attempts).where(
                    MessageRow.status == MessageStatus.SENDING, MessageRow.claimed_by == worker
                )
            ).all()
        for row in rows:
            _settle(db, row.id, worker, row.attempts)
    except OperationalError:
        log.warning("could not settle this worker's messages now; the next run will")
