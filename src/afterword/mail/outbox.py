"""The outbox: draft → approved → scheduled → sending → sent, plus failed, cancelled, uncertain.

Every transition is an event ``message.<state>`` in the event log, with the reason. Nothing
is sent without ``approve``; approval re-runs the review, fixes the Message-ID and schedules
the message in its send window. Sending lives in ``afterword.mail.sender``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.headerregistry import Address
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from afterword.mail import approval, sender
from afterword.mail.approval import Approval, ApprovalRefused
from afterword.mail.delivery import SendReport
from afterword.mail.kernel import (
    FROM,
    QUEUED,
    THREADABLE,
    Conflict,
    MessageStatus,
    NotEditable,
    OutboxError,
    aware,
    check_now,
    edit,
    iso,
    owned,
    require,
)
from afterword.store.db import Database, utcnow
from afterword.store.schema import InterviewRow, MessageRow

if TYPE_CHECKING:
    import threading

    from afterword.config import Settings

__all__ = [
    "QUEUED",
    "THREADABLE",
    "Approval",
    "ApprovalRefused",
    "Conflict",
    "MessageStatus",
    "NotEditable",
    "OutboxEntry",
    "OutboxError",
    "approve",
    "cancel",
    "confirm_uncertain",
    "edit",
    "list_outbox",
    "retry",
    "send_due",
    "send_now",
    "watch",
]


@dataclass(frozen=True)
class OutboxEntry:
    """One line of the outbox listing."""

    id: int
    state: str
    recipient: str
    subject: str
    kind: str
    scheduled_for: datetime | None
    sent_at: datetime | None
    attempts: int
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {
            "id": self.id,
            "state": self.state,
            "recipient": self.recipient,
            "subject": self.subject,
            "kind": self.kind,
            "scheduled_for": iso(self.scheduled_for),
            "sent_at": iso(self.sent_at),
            "attempts": self.attempts,
            "reasons": self.reasons,
        }


def _readable(moment: datetime | None) -> str:
    """A time as a person reads it, in UTC with its zone named (reasons are stored text)."""
    if moment is None:
        return "-"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(UTC):%a %d %b %Y %H:%M} UTC"


# -- approval -------------------------------------------------------------------------------


def approve(
    db: Database,
    message_id: int,
    force: bool = False,
    settings: Settings | None = None,
    now: datetime | None = None,
    user_id: int | None = None,
) -> Approval:
    """Approve a draft: review it again, fix its Message-ID and thread, and schedule it."""
    return approval.approve(db, message_id, force, settings, check_now(now), user_id)


# -- the other transitions ------------------------------------------------------------------


def cancel(db: Database, message_id: int, user_id: int | None = None) -> str:
    """Cancel a message that has not gone out; return what happened, in words."""
    with db.session() as session:
        row = owned(session, message_id, user_id)
        if row.status == MessageStatus.CANCELLED:
            return f"message {message_id} was already cancelled; nothing to do"
        if row.status not in FROM["cancel"]:
            raise OutboxError(_cannot_cancel(message_id, row.status))
        require(session, row, "cancel", MessageStatus.CANCELLED, "cancelled by the user")
        return f"message {message_id} cancelled"


def _cannot_cancel(message_id: int, status: str) -> str:
    return {
        MessageStatus.SENT: f"message {message_id} was already sent; it cannot be cancelled",
        MessageStatus.SENDING: f"message {message_id} is being sent right now; "
        "it cannot be cancelled",
        MessageStatus.UNCERTAIN: f"message {message_id} may have been delivered; confirm it "
        f"with 'afterword confirm {message_id} --delivered' or '--not-delivered'",
    }.get(MessageStatus(status), f"message {message_id} is {status}; it cannot be cancelled")


def retry(
    db: Database, message_id: int, now: datetime | None = None, user_id: int | None = None
) -> str:
    """Put a failed (or waiting) message back in the queue, due now."""
    moment = check_now(now)
    with db.session() as session:
        row = owned(session, message_id, user_id)
        if row.status not in FROM["retry"]:
            raise OutboxError(_cannot_retry(row))
        require(
            session, row, "retry", MessageStatus.SCHEDULED, "retry asked by the user",
            detail={"last_error": row.last_error},
            scheduled_for=moment, next_attempt_at=None, attempts=0,
        )  # fmt: skip
        return f"message {message_id} is queued to go now"


def _cannot_retry(row: MessageRow) -> str:
    hints = {
        MessageStatus.DRAFT: "approve it first with 'afterword approve {id}'",
        MessageStatus.SENT: "it was already sent",
        MessageStatus.SENDING: "it is being sent right now",
        MessageStatus.CANCELLED: "approve it again with 'afterword approve {id}'",
        MessageStatus.UNCERTAIN: "it may have been delivered; use "
        "'afterword confirm {id} --delivered' or '--not-delivered'",
    }
    hint = hints.get(MessageStatus(row.status), "").format(id=row.id)
    return f"message {row.id} is {row.status} and cannot be retried: {hint}"


def confirm_uncertain(
    db: Database, message_id: int, delivered: bool, user_id: int | None = None
) -> str:
    """Settle an uncertain message: mark it sent, or queue it to go again now."""
    with db.session() as session:
        row = owned(session, message_id, user_id)
        if row.status != MessageStatus.UNCERTAIN:
            raise OutboxError(
                f"message {message_id} is {row.status}, not uncertain; nothing to confirm"
            )
        if delivered:
            sent_at = row.sending_started_at or utcnow()
            require(
                session, row, "confirm", MessageStatus.SENT,
                "the user confirmed it was delivered", sent_at=sent_at,
            )  # fmt: skip
            return f"message {message_id} marked as sent"
        require(
            session, row, "confirm", MessageStatus.SCHEDULED,
            "the user confirmed it was not delivered", scheduled_for=utcnow(),
            next_attempt_at=None,
        )  # fmt: skip
        return f"message {message_id} is queued to go again now"


# -- listing --------------------------------------------------------------------------------


def list_outbox(
    db: Database,
    status: str | None = None,
    user_id: int | None = None,
    include_drafts: bool = False,
) -> list[OutboxEntry]:
    """Return the messages past the draft stage (or of one status), oldest first."""
    query = select(MessageRow).order_by(MessageRow.created_at, MessageRow.id)
    if status is not None:
        query = query.where(MessageRow.status == MessageStatus(status))
    elif not include_drafts:
        query = query.where(MessageRow.status != MessageStatus.DRAFT)
    if user_id is not None:
        query = query.join(InterviewRow).where(InterviewRow.user_id == user_id)
    with db.session() as session:
        return [_entry(row) for row in session.scalars(query)]


def _entry(row: MessageRow) -> OutboxEntry:
    from afterword.interview.names import display_name

    recipient = (
        str(Address(display_name(row.to_name or ""), addr_spec=row.to_address))
        if _plain(row.to_address)
        else (row.to_address or row.to_name or "")
    )
    return OutboxEntry(
        row.id,
        row.status,
        recipient,
        row.subject,
        row.kind,
        aware(row.scheduled_for),
        aware(row.sent_at),
        row.attempts,
        reasons(row),
    )


def _plain(address: str | None) -> bool:
    try:
        Address(addr_spec=address or "")
    except (ValueError, IndexError):
        return False
    return bool(address)


def reasons(row: MessageRow) -> list[str]:
    """Say why a message stands where it does."""
    out: list[str] = []
    status = MessageStatus(row.status)
    if status is MessageStatus.SCHEDULED and row.next_attempt_at:
        out.append(f"attempt {row.attempts} failed; next try at {_readable(row.next_attempt_at)}")
    elif status is MessageStatus.SCHEDULED and row.scheduled_for:
        out.append(f"waiting for its send window: {_readable(row.scheduled_for)}")
    elif status is MessageStatus.APPROVED:
        out.append(f"approved, not scheduled; send it with 'afterword send {row.id}'")
    elif status is MessageStatus.UNCERTAIN:
        out.append(
            "the server may have accepted it; confirm with "
            f"'afterword confirm {row.id} --delivered' or '--not-delivered'"
        )
    elif status is MessageStatus.SENDING:
        out.append(f"being sent by {row.claimed_by}")
    if row.last_error and status in (
        MessageStatus.FAILED,
        MessageStatus.SCHEDULED,
        MessageStatus.UNCERTAIN,
    ):
        out.append(row.last_error)
    return out


# -- sending (see afterword.mail.sender) ----------------------------------------------------


def send_due(db: Database, settings: Settings, now: datetime | None = None) -> SendReport:
    """Send every approved or scheduled message whose time has come."""
    return sender.send_due(db, settings, check_now(now))


def send_now(
    db: Database, settings: Settings, ids: list[int], user_id: int | None = None
) -> SendReport:
    """Send the named approved messages now, whatever their window."""
    return sender.send_now(db, settings, ids, user_id)


def watch(
    db: Database,
    settings: Settings,
    poll_seconds: float = 30.0,
    stop_event: threading.Event | None = None,
    on_report: Any = None,
) -> None:
    """Send due messages every ``poll_seconds`` until ``stop_event`` is set."""
    sender.watch(db, settings, poll_seconds, stop_event, on_report)
