"""Drafted messages on an interview: store a draft, read it back, list them.

Editing a draft is a state-checked write and lives with the outbox's other transitions in
``afterword.mail.kernel.edit``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from afterword.mail.kernel import MessageStatus
from afterword.store.db import Database, utcnow
from afterword.store.errors import NotFound, known_id
from afterword.store.interviews import log_event
from afterword.store.schema import InterviewerRow, InterviewRow, MessageRow

if TYPE_CHECKING:
    from afterword.compose.draft import Draft


def _interviewer_id(session: Session, interview_id: int, draft: Draft) -> int | None:
    rows = session.scalars(
        select(InterviewerRow)
        .where(InterviewerRow.interview_id == interview_id)
        .order_by(InterviewerRow.position)
    ).all()
    address = (draft.to_address or "").lower()
    for row in rows:
        if address and (row.email or "").lower() == address:
            return row.id
    for row in rows:
        if row.position == draft.position and row.name == draft.to_name:
            return row.id
    return next((row.id for row in rows if row.name == draft.to_name), None)


def save_draft(db: Database, interview_id: int, draft: Draft) -> int:
    """Store a draft as a message of the interview; return the message's id."""
    now = utcnow()
    with db.session() as session:
        interview = session.get(InterviewRow, interview_id)
        if interview is None:
            raise NotFound("interview", interview_id)
        row = MessageRow(
            interview_id=interview_id,
            interviewer_id=_interviewer_id(session, interview_id, draft),
            kind=draft.kind,
            sequence=draft.sequence,
            variant=draft.variant,
            to_name=draft.to_name,
            to_address=draft.to_address,
            subject=draft.subject,
            body=draft.body,
            status=MessageStatus.DRAFT,
            composer=draft.composer,
            created_at=now,
            updated_at=now,
            attempts=0,
        )
        session.add(row)
        session.flush()
        log_event(
            session,
            "message.drafted",
            interview_id=interview_id,
            message_id=row.id,
            user_id=interview.user_id,
            message_kind=draft.kind,
            composer=draft.composer,
            variant=draft.variant,
        )
        return row.id


def get_message(db: Database, message_id: int, user_id: int | None = None) -> MessageRow:
    """Return the stored message (of that user's, when given); ``NotFound`` when there is none."""
    with db.session() as session:
        row = session.get(MessageRow, known_id("message", message_id))
        if row is None or (user_id is not None and row.interview.user_id != user_id):
            raise NotFound("message", message_id)
        return row


def list_messages(
    db: Database, interview_id: int | None = None, status: str | None = None
) -> list[MessageRow]:
    """Return messages, oldest first, optionally of one interview and one status."""
    query = select(MessageRow).order_by(MessageRow.created_at, MessageRow.id)
    if interview_id is not None:
        query = query.where(MessageRow.interview_id == interview_id)
    if status is not None:
        query = query.where(MessageRow.status == status)
    with db.session() as session:
        return list(session.scalars(query).all())
