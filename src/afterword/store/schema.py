"""The database tables. Changes go through an Alembic migration in ``migrations/``."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class AwareUTC(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back as an aware UTC datetime.

    SQLite keeps no zone: it gets the naive UTC wall time, the text it always held, so no
    migration is needed. PostgreSQL's ``timestamptz`` gets the aware value. A naive value
    given to it is taken as UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Turn the value into UTC; naive for SQLite, which would drop the zone anyway."""
        if value is None:
            return None
        utc = _as_utc(value)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return the stored value as an aware UTC datetime."""
        return None if value is None else _as_utc(value)


def _as_utc(moment: datetime) -> datetime:
    """Return the moment in UTC; a naive value is taken to be UTC already."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# Timestamps are stored in UTC; the interview's own local time keeps its zone name beside it.
UTCDateTime = AwareUTC()


class Base(DeclarativeBase):
    """Declarative base with a JSON type that works on SQLite and PostgreSQL."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class User(Base):
    """An account: one on a laptop (id 1, created on first use), many when hosted."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    # "local" on a laptop; the sign-in e-mail address, lower-cased, when hosted.
    username: Mapped[str] = mapped_column(String(200), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(300))  # Argon2id, never clear
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    display_name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="candidate")  # candidate|coach|admin
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Profile(Base):
    """The candidate's profile: who signs the notes."""

    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(100))
    links: Mapped[list[str]] = mapped_column(default=list)
    signature: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class InterviewRow(Base):
    """One interview; ``record`` keeps the fields that have no column of their own."""

    __tablename__ = "interviews"
    # The latest interviews of a user, as the dashboard and `list` read them.
    __table_args__ = (Index("ix_interviews_user_start", "user_id", "starts_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    company: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    local_start: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    timezone: Mapped[str] = mapped_column(String(64))
    duration_minutes: Mapped[int] = mapped_column(Integer)
    format: Mapped[str | None] = mapped_column(String(20))
    decision_by: Mapped[date | None] = mapped_column(Date)
    decision_from: Mapped[str | None] = mapped_column(String(200))
    candidate: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    fit: Mapped[list[str]] = mapped_column(default=list)
    missed: Mapped[list[str]] = mapped_column(default=list)
    insights: Mapped[list[str]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    interviewers: Mapped[list[InterviewerRow]] = relationship(
        back_populates="interview",
        order_by="InterviewerRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    messages: Mapped[list[MessageRow]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", passive_deletes=True
    )


class InterviewerRow(Base):
    """One interviewer of one interview, in the order the file gave."""

    __tablename__ = "interviewers"
    __table_args__ = (UniqueConstraint("interview_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    greet_as: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    discussed: Mapped[list[str]] = mapped_column(default=list)
    valued: Mapped[str | None] = mapped_column(Text)
    rapport: Mapped[str | None] = mapped_column(Text)
    timezone: Mapped[str | None] = mapped_column(String(64))
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    interview: Mapped[InterviewRow] = relationship(back_populates="interviewers")


# The queued states (afterword.mail.kernel.QUEUED), spelled out for the queue's partial index.
QUEUE_PREDICATE = "status IN ('approved', 'scheduled')"


class MessageRow(Base):
    """A thank-you or follow-up to one interviewer, from draft to sent."""

    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_status_due", "status", "scheduled_for"),
        # The send queue in claim order: a claim reads its batch off the front, however many
        # messages are due (hosted, thousands fall due when a send window opens).
        Index("ix_messages_queue", "scheduled_for", "id",
              postgresql_where=text(QUEUE_PREDICATE), sqlite_where=text(QUEUE_PREDICATE)),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    interviewer_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviewers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    sequence: Mapped[int] = mapped_column(Integer, default=1)  # 1st or 2nd follow-up
    variant: Mapped[int] = mapped_column(Integer, default=0)
    to_name: Mapped[str | None] = mapped_column(String(200))
    to_address: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))  # afterword.mail.kernel.MessageStatus
    version: Mapped[int] = mapped_column(Integer, default=0)  # bumped by every change
    composer: Mapped[str | None] = mapped_column(String(100))
    message_id: Mapped[str | None] = mapped_column(String(300), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(300))
    references: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    scheduled_for: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sending_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    interview: Mapped[InterviewRow] = relationship(back_populates="messages")
    interviewer: Mapped[InterviewerRow | None] = relationship()


class Event(Base):
    """The event log: every import, draft, approval and outbox transition, in order."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(60))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ScheduleItemRow(Base):
    """One item of one interviewer's cadence as last worked out: when due, how far along.

    Kept by the schedule (``afterword.schedule.pending``) so that what is due next is read
    from indexed rows, not worked out again from the whole history.
    """

    __tablename__ = "schedule_items"
    __table_args__ = (
        Index("ix_schedule_items_pending", "user_id", "done", "due_at", "interview_id",
              "interviewer_id", "step"),
        Index("ix_schedule_items_all", "user_id", "due_at", "interview_id", "interviewer_id",
              "step"),
    )  # fmt: skip

    interviewer_id: Mapped[int] = mapped_column(
        ForeignKey("interviewers.id", ondelete="CASCADE"), primary_key=True
    )
    step: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0 thank-you, 1-2 follow-ups
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    sequence: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(20))
    done: Mapped[bool] = mapped_column(Boolean)
    message_id: Mapped[int | None] = mapped_column(Integer)


class ScheduleStaleRow(Base):
    """An interviewer whose schedule items changed and must be worked out again.

    Database triggers add a row on every write that can change a due time or a state
    (messages, replies, interview times), whichever code path made it.
    """

    __tablename__ = "schedule_stale"

    interviewer_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer, index=True)


class ScheduleBasisRow(Base):
    """The settings a user's schedule items were worked out with (country, working hours)."""

    __tablename__ = "schedule_basis"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    basis: Mapped[str] = mapped_column(String(200))


class AuthSessionRow(Base):
    """A signed-in browser (hosted mode). Only a hash of the cookie's token is stored."""

    __tablename__ = "auth_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class InviteRow(Base):
    """A one-time sign-up or password-reset link; only a hash of its token is stored."""

    __tablename__ = "invites"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LoginAttemptRow(Base):
    """A sign-in attempt, kept for rate limiting per account and per address."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_username_at", "username", "at"),
        Index("ix_login_attempts_address_at", "address", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    username: Mapped[str] = mapped_column(String(320))
    address: Mapped[str] = mapped_column(String(64))
    succeeded: Mapped[bool] = mapped_column(Boolean)


class AuditRow(Base):
    """The audit log (hosted mode): every sign-in, account change and send, with who did it."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_user_at", "user_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    actor_id: Mapped[int | None] = mapped_column(Integer)  # who acted, when not the user
    action: Mapped[str] = mapped_column(String(60))
    address: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ShareRow(Base):
    """An interview a candidate shares with a coach, who may read it and comment."""

    __tablename__ = "shares"
    __table_args__ = (UniqueConstraint("interview_id", "coach_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    coach_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CommentRow(Base):
    """A coach's comment beside a draft (or on the interview as a whole)."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    body: Mapped[str] = mapped_column(Text)


class UserSettingsRow(Base):
    """A hosted user's own settings: what the TOML file holds on a laptop.

    ``data`` has the shape of ``afterword.config.Settings`` without secrets; the mail
    passwords are Fernet tokens under a key derived from the server's secret
    (``afterword.keys``), re-encrypted when the secret rotates.
    """

    __tablename__ = "user_settings"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    smtp_password: Mapped[str | None] = mapped_column(Text)
    imap_password: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
