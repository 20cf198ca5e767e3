"""What belongs to one user in the database, read from every table, for before/after checks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from afterword.store.db import Database
from afterword.store.schema import Base, InterviewRow


def ownership(table: Any, user_id: int, email: str, interviews: list[int]) -> list[Any]:
    """The conditions that make a row of this table the user's (none: the table holds none)."""
    found = []
    for column in ("user_id", "author_id", "coach_id", "actor_id"):
        if column in table.c:
            found.append(table.c[column] == user_id)
    if "interview_id" in table.c:
        found.append(table.c.interview_id.in_(interviews))
    if table.name == "users":
        found.append(table.c.id == user_id)
    if "username" in table.c:
        found.append(table.c.username == email)
    return found


def rows_of(db: Database, user_id: int, email: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table that belongs to the user, table by table."""
    dump: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as connection:
        owned = select(InterviewRow.id).where(InterviewRow.user_id == user_id)
        interviews = list(connection.scalars(owned))
        for table in Base.metadata.sorted_tables:
            conditions = ownership(table, user_id, email, interviews)
            if conditions:
                rows = connection.execute(select(table).where(or_(*conditions)))
                dump[table.name] = sorted(tuple(map(repr, row)) for row in rows)
    return dump
