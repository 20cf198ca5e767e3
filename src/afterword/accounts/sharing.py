"""Coaches: a candidate shares an interview with a coach, who may read it and comment beside
its drafts, and nothing else. Every check of who may read what is here, not in the views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from afterword.accounts.errors import AccountError, NoSuchUser
from afterword.accounts.users import normal_email
from afterword.store import audit
from afterword.store.db import Database, utcnow
from afterword.store.errors import NotFound, known_id
from afterword.store.schema import CommentRow, InterviewRow, MessageRow, ShareRow, User

COACH_ROLES = ("coach", "admin")
MAX_COMMENT = 5000


@dataclass(frozen=True)
class Shared:
    """An interview shared with a coach, as the coach's dashboard lists it."""

    interview_id: int
    company: str
    role: str
    starts_at: datetime
    owner: str


@dataclass(frozen=True)
class Comment:
    """A comment beside a draft (``message_id``) or on the interview as a whole."""

    id: int
    message_id: int | None
    author: str
    created_at: datetime
    body: str


def _owned(session: Session, owner_id: int, interview_id: int) -> InterviewRow:
    row = session.get(InterviewRow, known_id("interview", interview_id))
    if row is None or row.user_id != owner_id:
        raise NotFound("interview", interview_id)
    return row


def _coach(session: Session, email: str) -> User:
    coach = session.scalar(select(User).where(User.username == normal_email(email)))
    if coach is None or coach.disabled_at is not None:
        raise NoSuchUser(email)
    if coach.role not in COACH_ROLES:
        raise AccountError(f"{coach.username} is not a coach; only coaches can be shared with")
    return coach


def share(db: Database, owner_id: int, interview_id: int, coach_email: str) -> str:
    """Let a coach read one of the owner's interviews and comment on it; return their name."""
    with db.session() as session:
        _owned(session, owner_id, interview_id)
        coach = _coach(session, coach_email)
        if coach.id == owner_id:
            raise AccountError("you cannot share an interview with yourself")
        found = select(ShareRow).where(ShareRow.interview_id == interview_id,
                                       ShareRow.coach_id == coach.id)  # fmt: skip
        if session.scalar(found) is None:
            session.add(ShareRow(user_id=owner_id, interview_id=interview_id, coach_id=coach.id,
                                 created_at=utcnow()))  # fmt: skip
            audit.record(session, "share", user_id=owner_id, interview=interview_id,
                         coach=coach.id)  # fmt: skip
        return coach.display_name or coach.username


def unshare(db: Database, owner_id: int, interview_id: int, coach_id: int) -> None:
    """Stop sharing an interview with a coach (their comments stay with the interview)."""
    with db.session() as session:
        _owned(session, owner_id, interview_id)
        session.execute(delete(ShareRow).where(ShareRow.interview_id == interview_id,
                                               ShareRow.coach_id == coach_id))  # fmt: skip
        audit.record(session, "unshare", user_id=owner_id, interview=interview_id, coach=coach_id)


def coaches_of(db: Database, owner_id: int, interview_id: int) -> list[tuple[int, str, str]]:
    """The coaches an interview is shared with: (id, name, e-mail)."""
    with db.session() as session:
        _owned(session, owner_id, interview_id)
        rows = session.execute(
            select(User.id, User.display_name, User.username)
            .join(ShareRow, ShareRow.coach_id == User.id)
            .where(ShareRow.interview_id == interview_id)
            .order_by(ShareRow.id)
        )
        return [(ident, name or email, email) for ident, name, email in rows]


def shared_with(db: Database, coach_id: int) -> list[Shared]:
    """The interviews shared with a coach, newest first."""
    with db.session() as session:
        rows = session.execute(
            select(InterviewRow, User)
            .join(ShareRow, ShareRow.interview_id == InterviewRow.id)
            .join(User, User.id == InterviewRow.user_id)
            .where(ShareRow.coach_id == coach_id, User.disabled_at.is_(None))
            .order_by(InterviewRow.starts_at.desc(), InterviewRow.id.desc())
        )
        return [Shared(i.id, i.company, i.role, i.starts_at, u.display_name or u.username)
                for i, u in rows]  # fmt: skip


def shared_owner(db: Database, coach_id: int, interview_id: int) -> int:
    """The owner of an interview shared with this coach; NotFound when it is not shared."""
    with db.session() as session:
        owner = session.scalar(
            select(InterviewRow.user_id)
            .join(ShareRow, ShareRow.interview_id == InterviewRow.id)
            .where(ShareRow.coach_id == coach_id, InterviewRow.id == known_id("interview",
                                                                               interview_id))
        )  # fmt: skip
    if owner is None:
        raise NotFound("interview", interview_id)
    return owner


def add_comment(
    db: Database, coach_id: int, interview_id: int, message_id: int | None, body: str
) -> int:
    """Leave a coach's comment beside one of a shared interview's drafts; return its id."""
    text = body.strip()
    if not text or len(text) > MAX_COMMENT:
        raise AccountError(f"write a comment of 1 to {MAX_COMMENT} characters")
    shared_owner(db, coach_id, interview_id)
    with db.session() as session:
        if message_id is not None:
            message = session.get(MessageRow, known_id("message", message_id))
            if message is None or message.interview_id != interview_id:
                raise NotFound("message", message_id)
        row = CommentRow(interview_id=interview_id, message_id=message_id, author_id=coach_id,
                         created_at=utcnow(), body=text)  # fmt: skip
        session.add(row)
        session.flush()
        return row.id


def comments_on(db: Database, interview_id: int) -> list[Comment]:
    """Every comment on an interview, oldest first (the caller has checked who may read it)."""
    with db.session() as session:
        rows = session.execute(
            select(CommentRow, User.display_name, User.username)
            .join(User, User.id == CommentRow.author_id)
            .where(CommentRow.interview_id == interview_id)
            .order_by(CommentRow.id)
        )
        return [Comment(c.id, c.message_id, name or email, c.created_at, c.body)
                for c, name, email in rows]  # fmt: skip
