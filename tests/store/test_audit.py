"""The audit log keeps who did what, in the caller's transaction, and never a secret."""

from __future__ import annotations

from sqlalchemy import select

from afterword.store.audit import record
from afterword.store.db import Database
from afterword.store.schema import AuditRow


def test_an_entry_is_kept_with_its_details(database: Database) -> None:
    db = database
    user = db.local_user_id()
    with db.session() as session:
        record(session, "signin", user_id=user, address="127.0.0.1", method="password")
    with db.session() as session:
        row = session.scalars(select(AuditRow)).one()
    assert (row.action, row.user_id, row.address) == ("signin", user, "127.0.0.1")
    assert row.detail == {"method": "password"}
    assert row.at.tzinfo is not None
