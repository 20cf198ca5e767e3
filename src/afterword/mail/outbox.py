"""The outbox: draft → approved → scheduled → sending → sent, plus failed, cancelled, uncertain.

Every transition is an event ``message.<state>`` in the event log, with the reason. Nothing
is sent without ``approve``; approval re-runs the review, fixes the Message-ID and schedules
the message in its send window. Sending lives in ``afterword.mail.sender``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.headerregistry import Address
from email.utils import make_msgid
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from afterword.errors import AfterwordError
from afterword.store.db import Database, utcnow
from afterword.store.errors import NotFound
from afterword.store.interviews import log_event
from afterword.store.schema import InterviewRow, MessageRow, MessageStatus, Profile

if TYPE_CHECKING:
    import threading

    from afterword.config import Settings
    from afterword.interview.model import Candidate
    from afterword.mail.sender import SendReport

S = MessageStatus
QUEUED = (S.APPROVED, S.SCHEDULED)
# Messages that carry a Message-ID others may thread on.
THREADABLE = (S.APPROVED, S.SCHEDULED, S.SENDING, S.SENT, S.UNCERTAIN)
MIN_YEAR, MAX_YEAR = 2000, 2200

__all__ = [
    "Approval",
    "ApprovalRefused",
    "OutboxEntry",
    "OutboxError",
    "approve",
    "cancel",
    "confirm_uncertain",
    "list_outbox",
    "retry",
    "send_due",
    "send_now",
    "watch",
]


class OutboxError(AfterwordError, ValueError):
    """A request the outbox cannot honour as asked (wrong state, bad message, bad time)."""

    exit_code = 1
    http_status = 409


class ApprovalRefused(OutboxError):
    """The review found errors; ``findings`` lists them (approve with force to override)."""

    def __init__(self, message_id: int, findings: list[Any]) -> None:
        lines = "; ".join(f"{f.rule} {f.name}: {f.message}" for f in findings)
        super().__init__(
            f"message {message_id} not approved: the review found {len(findings)} "
            f"error(s): {lines}. Fix the draft, or approve with --force to send it anyway"
        )
        self.message_id = message_id
        self.findings = findings


@dataclass(frozen=True)
class Approval:
    """What approval did: the Message-ID, when the message will go, and any notes."""

    id: int
    message_id: str
    status: str
    scheduled_for: datetime | None
    late: bool = False
    already: bool = False
    forced: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {
            "id": self.id,
            "message_id": self.message_id,
            "status": self.status,
            "scheduled_for": _iso(self.scheduled_for),
            "late": self.late,
            "already": self.already,
            "forced": list(self.forced),
            "notes": list(self.notes),
        }


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
            "scheduled_for": _iso(self.scheduled_for),
            "sent_at": _iso(self.sent_at),
            "attempts": self.attempts,
            "reasons": self.reasons,
        }


def aware(moment: datetime | None) -> datetime | None:
    """Return the moment in UTC; SQLite hands back naive values that are UTC."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _readable(moment: datetime | None) -> str:
    """A time as a person reads it, in UTC with its zone named (reasons are stored text)."""
    if moment is None:
        return "-"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(UTC):%a %d %b %Y %H:%M} UTC"


def _iso(moment: datetime | None) -> str | None:
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


def record(
    session: Session, row: MessageRow, state: str, reason: str | None = None, **detail: Any
) -> None:
    """Move a message to ``state`` and log the transition with its reason."""
    previous = row.status
    row.status, row.updated_at = state, utcnow()
    user_id = session.scalar(
        select(InterviewRow.user_id).where(InterviewRow.id == row.interview_id)
    )
    log_event(
        session,
        f"message.{state}",
        row.interview_id,
        row.id,
        user_id=user_id,
        reason=reason,
        previous=previous,
        **detail,
    )


def owned(session: Session, message_id: int, user_id: int | None = None) -> MessageRow:
    """Return the message (locked for update on PostgreSQL); NotFound if not this user's."""
    query = select(MessageRow).where(MessageRow.id == message_id).with_for_update()
    if user_id is not None:
        query = query.join(InterviewRow).where(InterviewRow.user_id == user_id)
    row = session.scalar(query)
    if row is None:
        raise NotFound("message", message_id)
    return row


def sender_of(session: Session, interview: InterviewRow) -> Any:
    """Return who signs the mail: the user's profile, else the interview's candidate."""
    from afterword.interview.model import Candidate

    profile = session.scalar(select(Profile).where(Profile.user_id == interview.user_id))
    if profile is not None:
        return Candidate(name=profile.name, email=profile.email)
    return Candidate.model_validate(interview.candidate) if interview.candidate else None


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
    from afterword.mail import approval

    return approval.approve(db, message_id, force, settings, check_now(now), user_id)


# -- the other transitions ------------------------------------------------------------------


def cancel(db: Database, message_id: int, user_id: int | None = None) -> str:
    """Cancel a message that has not gone out; return what happened, in words."""
    with db.session() as session:
        row = owned(session, message_id, user_id)
        if row.status == S.CANCELLED:
            return f"message {message_id} was already cancelled; nothing to do"
        refusal = {
            S.SENT: f"message {message_id} was already sent; it cannot be cancelled",
            S.SENDING: f"message {message_id} is being sent right now; it cannot be cancelled",
            S.UNCERTAIN: f"message {message_id} may have been delivered; confirm it with "
            f"'afterword confirm {message_id} --delivered' or '--not-delivered'",
        }.get(S(row.status))
        if refusal:
            raise OutboxError(refusal)
        record(session, row, S.CANCELLED, "cancelled by the user")
        return f"message {message_id} cancelled"


def retry(
    db: Database, message_id: int, now: datetime | None = None, user_id: int | None = None
) -> str:
    """Put a failed (or waiting) message back in the queue, due now."""
    moment = check_now(now)
    with db.session() as session:
        row = owned(session, message_id, user_id)
        if row.status not in (S.FAILED, S.APPROVED, S.SCHEDULED):
            raise OutboxError(_cannot_retry(row))
        row.scheduled_for, row.next_attempt_at, row.attempts = moment, None, 0
        record(session, row, S.SCHEDULED, "retry asked by the user", last_error=row.last_error)
        return f"message {message_id} is queued to go now"


def _cannot_retry(row: MessageRow) -> str:
    hints = {
        S.DRAFT: "approve it first with 'afterword approve {id}'",
        S.SENT: "it was already sent",
        S.SENDING: "it is being sent right now",
        S.CANCELLED: "approve it again with 'afterword approve {id}'",
        S.UNCERTAIN: "it may have been delivered; use 'afterword confirm {id} --delivered' "
        "or '--not-delivered'",
    }
    hint = hints.get(S(row.status), "").format(id=row.id)
    return f"message {row.id} is {row.status} and cannot be retried: {hint}"


def confirm_uncertain(
    db: Database, message_id: int, delivered: bool, user_id: int | None = None
) -> str:
    """Settle an uncertain message: mark it sent, or queue it to go again now."""
    with db.session() as session:
        row = owned(session, message_id, user_id)
        if row.status != S.UNCERTAIN:
            raise OutboxError(
                f"message {message_id} is {row.status}, not uncertain; nothing to confirm"
            )
        if delivered:
            row.sent_at = row.sending_started_at or utcnow()
            record(session, row, S.SENT, "the user confirmed it was delivered")
            return f"message {message_id} marked as sent"
        row.scheduled_for, row.next_attempt_at = utcnow(), None
        record(session, row, S.SCHEDULED, "the user confirmed it was not delivered")
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
        query = query.where(MessageRow.status == S(status))
    elif not include_drafts:
        query = query.where(MessageRow.status != S.DRAFT)
    if user_id is not None:
        query = query.join(InterviewRow).where(InterviewRow.user_id == user_id)
    with db.session() as session:
        return [_entry(row) for row in session.scalars(query)]


def _entry(row: MessageRow) -> OutboxEntry:
    recipient = (
        str(Address(row.to_name or "", addr_spec=row.to_address))
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
    status = S(row.status)
    if status is S.SCHEDULED and row.next_attempt_at:
        out.append(f"attempt {row.attempts} failed; next try at {_readable(row.next_attempt_at)}")
    elif status is S.SCHEDULED and row.scheduled_for:
        out.append(f"waiting for its send window: {_readable(row.scheduled_for)}")
    elif status is S.APPROVED:
        out.append(f"approved, not scheduled; send it with 'afterword send {row.id}'")
    elif status is S.UNCERTAIN:
        out.append(
            "the server may have accepted it; confirm with "
            f"'afterword confirm {row.id} --delivered' or '--not-delivered'"
        )
    elif status is S.SENDING:
        out.append(f"being sent by {row.claimed_by}")
    if row.last_error and status in (S.FAILED, S.SCHEDULED, S.UNCERTAIN):
        out.append(row.last_error)
    return out


# -- sending (see afterword.mail.sender) ----------------------------------------------------


def send_due(db: Database, settings: Settings, now: datetime | None = None) -> SendReport:
    """Send every approved or scheduled message whose time has come."""
    from afterword.mail.sender import send_due as run

    return run(db, settings, check_now(now))


def send_now(
    db: Database, settings: Settings, ids: list[int], user_id: int | None = None
) -> SendReport:
    """Send the named approved messages now, whatever their window."""
    from afterword.mail.sender import send_now as run

    return run(db, settings, ids, user_id)


def watch(
    db: Database,
    settings: Settings,
    poll_seconds: float = 30.0,
    stop_event: threading.Event | None = None,
    on_report: Any = None,
) -> None:
    """Send due messages every ``poll_seconds`` until ``stop_event`` is set."""
    from afterword.mail.sender import watch as run

    run(db, settings, poll_seconds, stop_event, on_report)


def new_message_id(sender: Candidate) -> str:
    """Return a fresh Message-ID on the sender's domain."""
    return make_msgid(domain=sender.email.rpartition("@")[2])
