"""The audit log of hosted mode: sign-ins, account changes and sends, with who and from where.

Unlike the event log (``store.interviews.log_event``), which tells an interview's story, the
audit log answers "who did what to this account": an administrator reads it, and a user's
rows go with the account when it is deleted. Details never hold secrets.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from afterword.store.db import Database, utcnow
from afterword.store.schema import AuditRow


def record(
    session: Session,
    action: str,
    *,
    user_id: int | None,
    actor_id: int | None = None,
    address: str | None = None,
    **detail: Any,
) -> None:
    """Append an entry in the caller's transaction ("signin", "signin.failed", "send"...)."""
    plain = json.loads(json.dumps(detail, default=str))
    session.add(
        AuditRow(
            at=utcnow(),
            user_id=user_id,
            actor_id=actor_id,
            action=action,
            address=address,
            detail=plain,
        )
    )


def write(db: Database, action: str, **fields: Any) -> None:
    """Append an entry in a transaction of its own (after the action it records is done)."""
    with db.session() as session:
        record(session, action, **fields)


def record_all(
    connection: Connection, action: str, entries: list[tuple[int | None, dict[str, Any]]]
) -> None:
    """Append one entry per (user, detail) in one INSERT, in the caller's transaction.

    For the send worker's hot path, which writes through a connection, not an ORM session.
    """
    if entries:
        now = utcnow()
        rows = [{"at": now, "user_id": user_id, "actor_id": None, "action": action,
                 "address": None, "detail": json.loads(json.dumps(detail, default=str))}
                for user_id, detail in entries]  # fmt: skip
        connection.execute(insert(AuditRow), rows)
