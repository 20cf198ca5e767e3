"""The outbox's kernel: message states, which action may move which state, errors, writes.

Everything in ``afterword.mail`` that changes a message's state does it here, as one
conditional write: ``UPDATE … WHERE id = … AND status IN (…) [AND version = …]`` whose row
count says whether it happened. Two clicks, two tabs, a CLI and a send worker can race; the
database decides who wins, on SQLite (no ``FOR UPDATE``) as on PostgreSQL. Every change bumps
``version``, so a write that depends on what was read (an approval after its review) states
the version it read and fails when anything changed since.

Imports go one way: approval, delivery, recovery and sender import this module; ``outbox``
(the public face) imports them; this module imports none of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from afterword.errors import AfterwordError
from afterword.interview.model import Candidate
from afterword.mail.build import MessageError, clean_text
from afterword.store.db import Database, utcnow
from afterword.store.errors import NotFound, known_id
from afterword.store.interviews import log_event
from afterword.store.schema import InterviewRow, MessageRow, Profile

MIN_YEAR, MAX_YEAR = 2000, 2200


class MessageStatus(StrEnum):
    """Where a message stands in the outbox."""

    DRAFT = "draft"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNCERTAIN = "uncertain"  # the server may have accepted it; the user must confirm


QUEUED = frozenset({MessageStatus.APPROVED, MessageStatus.SCHEDULED})
# Messages that carry a Message-ID others may thread on.
THREADABLE = QUEUED | {MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.UNCERTAIN}

# Which states each action may start from: the state machine, as data.
FROM: dict[str, frozenset[MessageStatus]] = {
    "edit": frozenset({MessageStatus.DRAFT}),
    "approve": frozenset({MessageStatus.DRAFT, MessageStatus.CANCELLED}),
    "cancel": frozenset(
        {MessageStatus.DRAFT, MessageStatus.APPROVED, MessageStatus.SCHEDULED, MessageStatus.FAILED}
    ),
    "retry": QUEUED | {MessageStatus.FAILED},
    "confirm": frozenset({MessageStatus.UNCERTAIN}),
    "claim": QUEUED,
    "deliver": frozenset({MessageStatus.SENDING}),
}


class OutboxError(AfterwordError, ValueError):
    """A request the outbox cannot honour as asked (wrong state, bad message, bad time)."""

    exit_code = 1
    http_status = 409


class Conflict(OutboxError):
    """The message changed between reading it and writing it; nothing was written."""

    def __init__(self, message_id: int, action: str, now: str | None) -> None:
        state = f"it is {now} now" if now else "it no longer exists"
        super().__init__(
            f"message {message_id} changed while you were working on it ({state}); "
            f"nothing was done: look at it again and repeat the {action} if it still applies"
        )
        self.message_id, self.action, self.state = message_id, action, now


class NotEditable(OutboxError):
    """The message has left the draft stage and can no longer be edited."""


def aware(moment: datetime | None) -> datetime | None:
    """Return the moment in UTC; SQLite hands back naive values that are UTC."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def iso(moment: datetime | None) -> str | None:
    """Return the moment as ISO 8601 in UTC, or None."""
    value = aware(moment)
    return value.isoformat() if value else None


def check_now(now: datetime | None) -> datetime:
    """Return ``now`` in UTC (default: the clock), refusing absurd dates."""
    moment = aware(now) or utcnow()
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise OutboxError(
            f"the time {moment.isoformat()} is out of range; expected a date between "
            f"{MIN_YEAR} and {MAX_YEAR} (check the system clock or the --now value)"
        )
    return moment


def owned(session: Session, message_id: int, user_id: int | None = None) -> MessageRow:
    """Return the message as it stands; NotFound if there is none of this user's."""
    query = select(MessageRow).where(MessageRow.id == known_id("message", message_id))
    if user_id is not None:
        query = query.join(InterviewRow).where(InterviewRow.user_id == user_id)
    row = session.scalar(query)
    if row is None:
        raise NotFound("message", message_id)
    return row


def status_of(session: Session, message_id: int) -> str | None:
    """Return the message's state as stored now (None when it is gone)."""
    return session.scalar(select(MessageRow.status).where(MessageRow.id == message_id))


def transition(
    session: Session,
    row: MessageRow,
    action: str,
    to: MessageStatus,
    reason: str,
    *,
    version: int | None = None,
    extra: Iterable[Any] = (),
    detail: dict[str, Any] | None = None,
    logged: bool = True,
    **values: Any,
) -> bool:
    """Move ``row`` to ``to`` in one conditional write; log it; False when it did not match."""
    query = update(MessageRow).where(
        MessageRow.id == row.id, MessageRow.status.in_(FROM[action]), *extra
    )
    if version is not None:
        query = query.where(MessageRow.version == version)
    now = utcnow()
    changed = _count(
        session.execute(
            query.values(status=to, version=MessageRow.version + 1, updated_at=now, **values),
            execution_options={"synchronize_session": False},
        )
    )
    if changed != 1:
        return False
    if logged:
        note(session, row, to, reason, previous=row.status, **(detail or {}))
    return True


def _count(result: Any) -> int:
    """How many rows an UPDATE matched (a CursorResult's rowcount)."""
    return int(result.rowcount)


def require(
    session: Session, row: MessageRow, action: str, to: MessageStatus, reason: str, **kw: Any
) -> None:
    """Do ``transition`` or raise ``Conflict`` saying what the message is now."""
    if not transition(session, row, action, to, reason, **kw):
        raise Conflict(row.id, action, status_of(session, row.id))


def note(session: Session, row: MessageRow, to: str, reason: str, **detail: Any) -> None:
    """Log the event ``message.<to>`` with its reason, in the caller's transaction."""
    user_id = session.scalar(
        select(InterviewRow.user_id).where(InterviewRow.id == row.interview_id)
    )
    log_event(
        session,
        f"message.{to}",
        row.interview_id,
        row.id,
        user_id=user_id,
        reason=reason,
        **detail,
    )


class BadText(OutboxError):
    """The text cannot be stored as it is (a subject that cannot be an email header)."""


def edit(db: Database, message_id: int, subject: str, body: str) -> None:
    """Replace a draft's subject and body; only drafts can be edited."""
    try:
        clean_text(subject, "subject", message_id)
    except MessageError as exc:
        raise BadText(str(exc)) from None
    with db.session() as session:
        row = owned(session, message_id)
        if row.status != MessageStatus.DRAFT or not _edited(session, row, subject, body):
            raise NotEditable(
                f"message {message_id} is {status_of(session, message_id)}; only a draft "
                "can be edited (cancel it first to change it)"
            )


def _edited(session: Session, row: MessageRow, subject: str, body: str) -> bool:
    changed = _count(
        session.execute(
            update(MessageRow)
            .where(MessageRow.id == row.id, MessageRow.status.in_(FROM["edit"]))
            .values(
                subject=subject, body=body, version=MessageRow.version + 1, updated_at=utcnow()
            ),
            execution_options={"synchronize_session": False},
        )
    )
    if changed == 1:
        user_id = session.scalar(
            select(InterviewRow.user_id).where(InterviewRow.id == row.interview_id)
        )
        log_event(session, "message.edited", row.interview_id, row.id, user_id=user_id)
    return changed == 1


def sender_of(session: Session, interview: InterviewRow) -> Candidate | None:
    """Return who signs the mail: the user's profile, else the interview's candidate."""
    profile = session.scalar(select(Profile).where(Profile.user_id == interview.user_id))
    if profile is not None:
        return Candidate(name=profile.name, email=profile.email)
    return Candidate.model_validate(interview.candidate) if interview.candidate else None
