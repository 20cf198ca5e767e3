"""Interviews, the candidate's profile and the event log, on SQLite or PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, delete, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from afterword.store.db import Database, utcnow
from afterword.store.errors import NotFound, known_id
from afterword.store.schema import Event, InterviewerRow, InterviewRow, Profile

if TYPE_CHECKING:  # the model (pydantic) loads on first use: 'list --json' does not need it
    from afterword.interview.model import Candidate, Interview, Interviewer


@dataclass(frozen=True)
class InterviewSummary:
    """One line of the interview list."""

    id: int
    company: str
    role: str
    start: datetime
    timezone: str
    duration_minutes: int
    format: str | None
    interviewers: list[str]

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "id": self.id,
            "company": self.company,
            "role": self.role,
            "start": self.start.isoformat(),
            "timezone": self.timezone,
            "duration_minutes": self.duration_minutes,
            "format": self.format,
            "interviewers": self.interviewers,
        }


def _user(db: Database, user_id: int | None) -> int:
    return db.local_user_id() if user_id is None else user_id


def save_interview(db: Database, interview: Interview, user_id: int | None = None) -> int:
    """Store a new interview with its interviewers, in one transaction; return its id."""
    user = _user(db, user_id)
    now = utcnow()
    with db.session() as session:
        row = InterviewRow(user_id=user, created_at=now, **_interview_columns(interview, now))
        row.interviewers = [_interviewer_row(p, i) for i, p in enumerate(interview.interviewers)]
        session.add(row)
        session.flush()
        log_event(
            session,
            "interview.added",
            interview_id=row.id,
            user_id=user,
            company=interview.company,
            role=interview.role,
        )
        return row.id


def _interview_columns(interview: Interview, now: datetime) -> dict[str, Any]:
    candidate = interview.candidate
    return {
        "company": interview.company,
        "role": interview.role,
        "starts_at": interview.start.astimezone(UTC),
        "local_start": interview.when,
        "timezone": interview.timezone,
        "duration_minutes": interview.duration_minutes,
        "format": interview.format.value if interview.format else None,
        "decision_by": interview.decision_by,
        "decision_from": interview.decision_from,
        "candidate": candidate.model_dump(mode="json") if candidate else None,
        "fit": list(interview.fit),
        "missed": list(interview.missed),
        "insights": list(interview.insights),
        "updated_at": now,
    }


def _interviewer_row(person: Interviewer, position: int) -> InterviewerRow:
    return InterviewerRow(
        position=position,
        name=person.name,
        greet_as=person.greet_as,
        title=person.title,
        email=person.email,
        discussed=list(person.discussed),
        valued=person.valued,
        rapport=person.rapport,
        timezone=person.timezone,
    )


def _owned_row(session: Session, interview_id: int, user_id: int) -> InterviewRow:
    row = session.scalar(
        select(InterviewRow)
        .where(InterviewRow.id == known_id("interview", interview_id))
        .where(InterviewRow.user_id == user_id)
        .options(selectinload(InterviewRow.interviewers))
    )
    if row is None:
        raise NotFound("interview", interview_id)
    return row


def get_interview(db: Database, interview_id: int, user_id: int | None = None) -> Interview:
    """Return the stored interview; ``NotFound`` when it is not this user's."""
    user = _user(db, user_id)
    with db.session() as session:
        return _to_interview(_owned_row(session, interview_id, user))


def _to_interview(row: InterviewRow) -> Interview:
    from afterword.interview.model import Interview

    return Interview.model_validate(
        {
            "candidate": row.candidate,
            "company": row.company,
            "role": row.role,
            "when": row.local_start,
            "duration_minutes": row.duration_minutes,
            "timezone": row.timezone,
            "format": row.format,
            "decision_by": row.decision_by,
            "decision_from": row.decision_from,
            "fit": row.fit,
            "missed": row.missed,
            "insights": row.insights,
            "interviewers": [_to_interviewer(p) for p in row.interviewers],
        }
    )


def _to_interviewer(row: InterviewerRow) -> dict[str, Any]:
    return {
        "name": row.name,
        "greet_as": row.greet_as,
        "title": row.title,
        "email": row.email,
        "discussed": row.discussed,
        "valued": row.valued,
        "rapport": row.rapport,
        "timezone": row.timezone,
    }


def list_interviews(
    db: Database, user_id: int | None = None, limit: int | None = None
) -> list[InterviewSummary]:
    """Return this user's interviews, the latest first, with their interviewers' names."""
    user = _user(db, user_id)
    columns = (
        InterviewRow.id,
        InterviewRow.company,
        InterviewRow.role,
        # SQLite's own datetime parsing costs ~40 µs a row; fromisoformat takes ~1 µs.
        type_coerce(InterviewRow.local_start, String).label("local_start"),
        InterviewRow.timezone,
        InterviewRow.duration_minutes,
        InterviewRow.format,
    )
    query = (
        select(*columns)
        .where(InterviewRow.user_id == user)
        .order_by(InterviewRow.starts_at.desc(), InterviewRow.id.desc())
        .limit(limit)
    )
    with db.session() as session:
        rows = session.connection().execute(query).all()  # Core rows: no ORM layer
        names = _interviewer_names(session, user, [r.id for r in rows] if limit else None)
    zones: dict[str, ZoneInfo] = {}
    return [_summary(r, names.get(r.id, []), zones) for r in rows]


def _interviewer_names(
    session: Session, user_id: int, ids: list[int] | None
) -> dict[int, list[str]]:
    query = (
        select(InterviewerRow.interview_id, InterviewerRow.name)
        .join(InterviewRow, InterviewRow.id == InterviewerRow.interview_id)
        .where(InterviewRow.user_id == user_id)
        .order_by(InterviewerRow.interview_id, InterviewerRow.position)
    )
    if ids is not None:
        query = query.where(InterviewerRow.interview_id.in_(ids))
    names: dict[int, list[str]] = {}
    for interview_id, name in session.connection().execute(query):
        names.setdefault(interview_id, []).append(name)
    return names


def _summary(row: Any, names: list[str], zones: dict[str, ZoneInfo]) -> InterviewSummary:
    zone = zones.get(row.timezone) or zones.setdefault(row.timezone, ZoneInfo(row.timezone))
    return InterviewSummary(
        id=row.id,
        company=row.company,
        role=row.role,
        start=_naive(row.local_start).replace(tzinfo=zone),
        timezone=row.timezone,
        duration_minutes=row.duration_minutes,
        format=row.format,
        interviewers=names,
    )


def _naive(value: str | datetime) -> datetime:
    """A stored local time: SQLite hands back text, PostgreSQL a datetime."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def delete_interview(db: Database, interview_id: int, user_id: int | None = None) -> None:
    """Delete an interview with its interviewers and messages; ``NotFound`` if not there."""
    user = _user(db, user_id)
    with db.session() as session:
        row = _owned_row(session, interview_id, user)
        session.execute(delete(InterviewRow).where(InterviewRow.id == row.id))
        # The event outlives the interview, so it keeps the id in its detail only.
        log_event(session, "interview.deleted", user_id=user, id=row.id, company=row.company)


def interview_owner(db: Database, interview_id: int) -> int | None:
    """The id of the user an interview belongs to (None when there is no such interview)."""
    with db.session() as session:
        return session.scalar(select(InterviewRow.user_id).where(InterviewRow.id == interview_id))


def interviewer_ids(db: Database, interview_id: int) -> list[int]:
    """Return the ids of the interview's interviewers, in the file's order."""
    with db.session() as session:
        ids = session.scalars(
            select(InterviewerRow.id)
            .where(InterviewerRow.interview_id == interview_id)
            .order_by(InterviewerRow.position)
        ).all()
    return list(ids)


def get_profile(db: Database, user_id: int | None = None) -> Candidate | None:
    """Return the candidate's profile, or None before ``afterword init``."""
    user = _user(db, user_id)
    with db.session() as session:
        row = session.scalar(select(Profile).where(Profile.user_id == user))
        if row is None:
            return None
        from afterword.interview.model import Candidate

        return Candidate(name=row.name, email=row.email, phone=row.phone, links=row.links)


def get_signature(db: Database, user_id: int | None = None) -> str | None:
    """Return the signature block that ends the candidate's emails, if one is set."""
    user = _user(db, user_id)
    with db.session() as session:
        return session.scalar(select(Profile.signature).where(Profile.user_id == user))


def save_profile(
    db: Database, candidate: Candidate, signature: str | None = None, user_id: int | None = None
) -> None:
    """Create or replace the candidate's profile."""
    user = _user(db, user_id)
    with db.session() as session:
        row = session.scalar(select(Profile).where(Profile.user_id == user))
        if row is None:
            row = Profile(user_id=user)
            session.add(row)
        row.name, row.email, row.phone = candidate.name, candidate.email, candidate.phone
        row.links, row.signature, row.updated_at = list(candidate.links), signature, utcnow()
        log_event(session, "profile.saved", user_id=user)


def log_event(
    session: Session,
    kind: str,
    interview_id: int | None = None,
    message_id: int | None = None,
    *,
    user_id: int | None = None,
    **detail: Any,
) -> None:
    """Append an event to the log in the caller's transaction; detail must not hold secrets."""
    plain = json.loads(json.dumps(detail, default=str))
    session.add(
        Event(
            at=utcnow(),
            user_id=user_id,
            interview_id=interview_id,
            message_id=message_id,
            kind=kind,
            detail=plain,
        )
    )
