"""Write stored messages as .eml files any mail program can open (or send)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import select

from afterword.mail.build import MessageError, build_email, wire_bytes
from afterword.mail.kernel import THREADABLE, OutboxError, aware, sender_of
from afterword.store.db import Database
from afterword.store.errors import NotFound
from afterword.store.schema import InterviewRow, MessageRow

# Without ids, the messages the user has approved (a draft is not yet meant to leave).
EXPORTED = THREADABLE


def _slug(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (text or "").lower()).strip("-")[:40] or "message"


def export_eml(
    db: Database, directory: Path | str, message_ids: list[int] | None = None,
    user_id: int | None = None,
) -> list[Path]:  # fmt: skip
    """Write approved messages (or the named ones, in any state) as .eml files; return paths.

    With ``user_id``, only that user's messages: another's id is "not found".
    """
    folder = Path(directory)
    query = select(MessageRow).order_by(MessageRow.id)
    if user_id is not None:
        query = query.join(InterviewRow).where(InterviewRow.user_id == user_id)
    if message_ids:
        query = query.where(MessageRow.id.in_(message_ids))
    else:
        query = query.where(MessageRow.status.in_(EXPORTED))
    with db.session() as session:
        rows = list(session.scalars(query))
        _check_found(rows, message_ids)
        files = [(_name(row), _bytes(session, row)) for row in rows]
    folder.mkdir(parents=True, exist_ok=True)
    return [_write(folder / name, data) for name, data in files]


def _check_found(rows: list[MessageRow], wanted: list[int] | None) -> None:
    missing = sorted(set(wanted or ()) - {row.id for row in rows})
    if missing:
        raise NotFound("message", missing[0])


def _name(row: MessageRow) -> str:
    return f"{row.id}-{row.kind}-{_slug(row.to_name)}.eml"


def _bytes(session: object, row: MessageRow) -> bytes:
    date = aware(row.sent_at) or aware(row.approved_at)
    try:
        email = build_email(row, sender_of(session, row.interview), date=date)  # type: ignore[arg-type]
        return wire_bytes(email, row.id)
    except MessageError as exc:
        raise OutboxError(str(exc)) from exc


def _write(path: Path, data: bytes) -> Path:
    """Write through a temporary file so a crash never leaves half a message."""
    partial = path.with_suffix(".eml.partial")
    partial.write_bytes(data)
    os.replace(partial, path)
    return path
