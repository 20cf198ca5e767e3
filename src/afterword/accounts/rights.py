"""Data rights: everything of a user's in one archive, and deleting the account and all of it.

The archive holds the interviews as YAML (as ``afterword export`` writes them), every message
as an .eml file, and the rest as JSON: the account, the profile, the settings without
secrets, comments, shares, the event log and the audit log. Deleting removes every row that
names the user in every table; the audit log keeps one anonymous line that an account went.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from afterword.accounts.errors import AccountError
from afterword.interview.loader import dump_interview
from afterword.mail.build import MessageError, build_email, wire_bytes
from afterword.mail.kernel import sender_of
from afterword.store import audit
from afterword.store.db import Database
from afterword.store.interviews import get_interview
from afterword.store.schema import (
    AuditRow,
    CommentRow,
    Event,
    InterviewRow,
    LoginAttemptRow,
    MessageRow,
    Profile,
    ScheduleStaleRow,
    ShareRow,
    User,
    UserSettingsRow,
)

SECRET_SETTINGS = ("password",)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "interview"


def _plain(row: Any, *skip: str) -> dict[str, Any]:
    """A row's columns as JSON-ready values, without the named ones."""
    values = {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in skip}
    return json.loads(json.dumps(values, default=str))


def _without_secrets(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _without_secrets(v) for k, v in data.items()
                if not any(word in k for word in SECRET_SETTINGS)}  # fmt: skip
    return data


def export_archive(db: Database, user_id: int) -> bytes:
    """Return a zip of everything of the user's (see the module's docstring)."""
    buffer = io.BytesIO()
    with db.session() as session, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        rows = session.scalars(select(InterviewRow).where(InterviewRow.user_id == user_id)
                               .order_by(InterviewRow.id)).all()  # fmt: skip
        unexportable = []
        for row in rows:
            name = f"interviews/{row.id}-{_slug(row.company)}.yaml"
            archive.writestr(name, dump_interview(get_interview(db, row.id, user_id)))
            for message in sorted(row.messages, key=lambda m: m.id):
                try:
                    data = wire_bytes(build_email(message, sender_of(session, row)), message.id)
                except MessageError as exc:  # a draft with no address yet: its JSON is below
                    unexportable.append({"id": message.id, "why": str(exc)})
                    continue
                archive.writestr(f"messages/{message.id}-{message.kind}.eml", data)
        archive.writestr("account.json", json.dumps(
            _account_data(session, user_id, [r.id for r in rows], unexportable),
            indent=2, ensure_ascii=False,
        ))  # fmt: skip
    return buffer.getvalue()


def _account_data(
    session: Session, user_id: int, interviews: list[int], unexportable: list[dict[str, Any]]
) -> dict[str, Any]:
    user = session.get(User, user_id)
    if user is None:
        raise AccountError(f"no account with id {user_id}")
    settings = session.get(UserSettingsRow, user_id)

    def rows(model: Any, *where: Any) -> list[dict[str, Any]]:
        found = session.scalars(select(model).where(or_(*where)).order_by(model.id))
        return [_plain(row) for row in found]

    messages = session.scalars(select(MessageRow).where(MessageRow.interview_id.in_(interviews))
                               .order_by(MessageRow.id))  # fmt: skip
    return {
        "account": _plain(user, "password_hash"),
        "profile": [
            _plain(p) for p in session.scalars(select(Profile).where(Profile.user_id == user_id))
        ],
        "settings": _without_secrets(settings.data) if settings else None,
        "messages": [_plain(m) for m in messages],
        "messages_without_eml": unexportable,
        "comments": rows(
            CommentRow, CommentRow.interview_id.in_(interviews), CommentRow.author_id == user_id
        ),
        "shares": rows(ShareRow, ShareRow.user_id == user_id, ShareRow.coach_id == user_id),
        "events": rows(Event, Event.user_id == user_id, Event.interview_id.in_(interviews)),
        "audit": rows(AuditRow, AuditRow.user_id == user_id, AuditRow.actor_id == user_id),
    }


def delete_account(db: Database, user_id: int, actor_id: int | None = None) -> None:
    """Delete the account and every row that names it, in one transaction."""
    with db.session() as session:
        user = session.get(User, user_id)
        if user is None:
            raise AccountError(f"no account with id {user_id}")
        username = user.username
        session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.username == username))
        session.execute(update(AuditRow).where(AuditRow.actor_id == user_id).values(actor_id=None))
        session.execute(delete(AuditRow).where(AuditRow.user_id == user_id))
        session.delete(user)  # the rest goes by ON DELETE CASCADE
        session.flush()
        # Triggers mark schedules stale as the interviews go; that table has no foreign key.
        session.execute(delete(ScheduleStaleRow).where(ScheduleStaleRow.user_id == user_id))
        audit.record(session, "account.deleted", user_id=None,
                     actor_id=actor_id if actor_id != user_id else None)  # fmt: skip
