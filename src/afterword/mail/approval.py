"""Approving a draft: review it again, fix its Message-ID and thread, schedule it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.utils import make_msgid
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from afterword.kinds import MessageKind
from afterword.mail.build import EmailFields, MessageError, build_email, reply_subject
from afterword.mail.kernel import (
    QUEUED,
    THREADABLE,
    Conflict,
    MessageStatus,
    OutboxError,
    aware,
    iso,
    note,
    owned,
    sender_of,
    transition,
)
from afterword.store.db import Database, utcnow
from afterword.store.schema import InterviewRow, MessageRow

if TYPE_CHECKING:
    from afterword.config import Settings
    from afterword.interview.model import Candidate, Interview, Interviewer


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
            "scheduled_for": iso(self.scheduled_for),
            "late": self.late,
            "already": self.already,
            "forced": list(self.forced),
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class Plan:
    """When the message should go, whether that is late, and a note when unscheduled."""

    at: datetime | None
    late: bool = False
    note: str | None = None


# The message as it will be approved (subject and thread may differ from the stored draft).
Draft = EmailFields


def approve(
    db: Database,
    message_id: int,
    force: bool,
    settings: Settings | None,
    now: datetime,
    user_id: int | None,
) -> Approval:
    """Approve a draft (see ``afterword.mail.outbox.approve``)."""
    from afterword.config import load_settings
    from afterword.store.interviews import get_interview

    settings = settings or load_settings()
    with db.session() as session:
        row = owned(session, message_id, user_id)
        if row.status in QUEUED:
            return _already(row)
        _check_approvable(row)
        interview_row = session.get(InterviewRow, row.interview_id)
        assert interview_row is not None
        sender = sender_of(session, interview_row)
        thread = _thread(session, row)
        owner = interview_row.user_id
    interview = get_interview(db, row.interview_id, owner)
    person = _recipient(interview, row)
    draft = _as_approved(row, thread, sender)
    plan = _plan(interview, person, settings, row, thread, now)
    forced = _review(draft, row.kind, interview, person, sender, settings, plan.at or now, force)
    return _commit(db, row, draft, plan, forced, user_id)


def _already(row: MessageRow) -> Approval:
    return Approval(
        row.id,
        row.message_id or "",
        row.status,
        aware(row.scheduled_for),
        already=True,
        notes=(f"message {row.id} was already approved; nothing to do",),
    )


def _check_approvable(row: MessageRow) -> None:
    if row.status in (MessageStatus.DRAFT, MessageStatus.CANCELLED):
        return
    if row.status == MessageStatus.SENT:
        raise OutboxError(f"message {row.id} was already sent; nothing to approve")
    raise OutboxError(
        f"message {row.id} is {row.status}; only a draft (or a cancelled message) can be "
        "approved ('afterword outbox' shows the states)"
    )


def _thread(session: Session, row: MessageRow) -> list[MessageRow]:
    """Earlier messages to the same person about the same interview, thank-you first."""
    if row.kind != MessageKind.FOLLOW_UP:
        return []
    same_person = [MessageRow.to_address == row.to_address] if row.to_address else []
    if row.interviewer_id is not None:
        same_person.append(MessageRow.interviewer_id == row.interviewer_id)
    if not same_person:
        return []
    rows = session.scalars(
        select(MessageRow).where(
            MessageRow.interview_id == row.interview_id,
            MessageRow.id != row.id,
            MessageRow.status.in_(THREADABLE),
            MessageRow.message_id.is_not(None),
            or_(*same_person),
        )
    ).all()
    earlier = [r for r in rows if r.kind == MessageKind.THANK_YOU or r.sequence < row.sequence]
    return sorted(earlier, key=lambda r: (r.kind != MessageKind.THANK_YOU, r.sequence, r.id))


def _as_approved(row: MessageRow, thread: list[MessageRow], sender: Candidate | None) -> Draft:
    """The message with its final subject and thread headers, validated as an email."""
    if sender is None:
        raise OutboxError(
            f"message {row.id}: no sender; set up your profile with 'afterword init' first"
        )
    in_reply_to = thread[-1].message_id if thread else None
    references = " ".join(r.message_id or "" for r in thread) or None
    subject = reply_subject(thread[0].subject) if thread else row.subject
    draft = Draft(
        row.id,
        row.to_name,
        row.to_address,
        subject,
        row.body,
        row.message_id or make_msgid(domain=sender.email.rpartition("@")[2]),
        in_reply_to,
        references,
    )
    try:
        build_email(draft, sender)
    except MessageError as exc:
        raise OutboxError(str(exc)) from exc
    return draft


def _recipient(interview: Interview, row: MessageRow) -> Interviewer | None:
    for key in (row.to_address, row.to_name):
        if key and (person := interview.interviewer(key)) is not None:
            return person
    return None


def _plan(
    interview: Interview,
    person: Interviewer | None,
    settings: Settings,
    row: MessageRow,
    thread: list[MessageRow],
    now: datetime,
) -> Plan:
    """Schedule in the send window; unscheduled (send by hand) when there is none."""
    from afterword.schedule.business import ScheduleError
    from afterword.schedule.deadlines import plan_send

    previous = [aware(r.sent_at) for r in thread if r.kind == MessageKind.FOLLOW_UP]
    try:
        plan = plan_send(
            interview,
            person,
            settings,
            row.kind,
            now,
            sequence=row.sequence,
            previous_sent_at=previous[-1] if previous else None,
        )
    except ScheduleError as exc:
        return Plan(None, note=f"not scheduled: {exc}; send it with 'afterword send {row.id}'")
    closed = f"{plan.window.latest:%a %d %b %Y %H:%M %Z}"
    note = f"past its send window (it closed {closed})" if plan.late else None
    return Plan(plan.at, plan.late, note)


def _review(
    draft: Draft,
    kind: str,
    interview: Interview,
    person: Interviewer | None,
    sender: Candidate | None,
    settings: Settings,
    sent_at: datetime,
    force: bool,
) -> tuple[str, ...]:
    """Review the message as it will go; refuse errors unless forced (then list them)."""
    from afterword.review.context import ReviewContext
    from afterword.review.engine import review
    from afterword.review.message import Message

    message = Message(
        body=draft.body,
        subject=draft.subject,
        sender=_header(sender),
        to=_header_to(draft),
        source=f"message {draft.id}",
    )
    context = ReviewContext(
        interview=interview,
        recipient=person,
        kind=kind,  # type: ignore[arg-type]
        sent_at=sent_at,
        candidate=sender,
        schedule=settings.schedule,
        english=settings.profile.english,
    )
    errors = list(review(message, context, settings.review).errors)
    if errors and not force:
        raise ApprovalRefused(draft.id, errors)
    return tuple(f"{f.rule} {f.name}: {f.message}" for f in errors)


def _header(sender: Candidate | None) -> str | None:
    return str(Address(sender.name, addr_spec=sender.email)) if sender else None


def _header_to(draft: Draft) -> str | None:
    from afterword.interview.names import display_name

    if not draft.to_address:
        return draft.to_name
    return str(Address(display_name(draft.to_name or ""), addr_spec=draft.to_address))


def _commit(
    db: Database,
    seen: MessageRow,
    draft: Draft,
    plan: Plan,
    forced: tuple[str, ...],
    user_id: int | None,
) -> Approval:
    """Write the approval in one conditional write: only the version that was reviewed."""
    final = MessageStatus.APPROVED if plan.at is None else MessageStatus.SCHEDULED
    with db.session() as session:
        done = transition(
            session, seen, "approve", final, "", version=seen.version, logged=False,
            subject=draft.subject, message_id=draft.message_id, in_reply_to=draft.in_reply_to,
            references=draft.references, approved_at=utcnow(), attempts=0,
            next_attempt_at=None, last_error=None, scheduled_for=plan.at or seen.scheduled_for,
        )  # fmt: skip
        if not done:
            return _lost_race(session, seen, user_id)
        _note_approval(session, seen, draft, plan, forced)
    return Approval(
        seen.id, draft.message_id or "", final, plan.at, plan.late, forced=forced,
        notes=tuple(n for n in (plan.note,) if n),
    )  # fmt: skip


def _note_approval(
    session: Session, row: MessageRow, draft: Draft, plan: Plan, forced: tuple[str, ...]
) -> None:
    reason = "forced past the review" if forced else "approved"
    note(session, row, MessageStatus.APPROVED, reason, previous=row.status,
         header_message_id=draft.message_id, forced=list(forced))  # fmt: skip
    if plan.at is not None:
        note(session, row, MessageStatus.SCHEDULED, plan.note or "in its send window",
             previous=MessageStatus.APPROVED, scheduled_for=plan.at.isoformat(),
             late=plan.late)  # fmt: skip


def _lost_race(session: Session, seen: MessageRow, user_id: int | None) -> Approval:
    """Another approval won: report its result; any other change: approve again."""
    row = owned(session, seen.id, user_id)
    if row.status in QUEUED:
        return _already(row)
    raise Conflict(seen.id, "approval", row.status)
