"""Timestamps go in as UTC and come out aware UTC on both backends, in the format stored so far."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from afterword.store.schema import Base, User

CHICAGO_WINTER = timezone(timedelta(hours=-6))
NOON_UTC = datetime(2026, 11, 24, 12, 0, 0, 250000, tzinfo=UTC)


def _store(database, name: str, moment: datetime) -> datetime:
    with database.session() as session:
        session.add(User(username=name, password_hash=None, created_at=moment))
    with database.session() as session:
        return session.scalar(sa.select(User.created_at).where(User.username == name))


@pytest.mark.parametrize(
    ("given", "why"),
    [
        (NOON_UTC, "control: aware UTC"),
        (NOON_UTC.astimezone(CHICAGO_WINTER), "another zone is turned into UTC"),
        (NOON_UTC.replace(tzinfo=None), "a naive value is taken as UTC"),
    ],
)
def test_a_timestamp_comes_back_aware_utc(database, given: datetime, why: str) -> None:
    back = _store(database, f"user-{given.isoformat()}", given)
    assert (back, back.tzinfo) == (NOON_UTC, UTC), why


def test_comparisons_in_queries_use_utc(database) -> None:
    _store(database, "early", NOON_UTC)
    later = (NOON_UTC + timedelta(minutes=30)).astimezone(CHICAGO_WINTER)
    with database.session() as session:
        found = session.scalars(sa.select(User.username).where(User.created_at < later)).all()
    assert "early" in found


def test_sqlite_keeps_the_text_it_always_stored(sqlite_url: str) -> None:
    from afterword.store.db import Database

    database = Database(sqlite_url)
    try:
        _store(database, "text", NOON_UTC.astimezone(CHICAGO_WINTER))
        with database.engine.connect() as connection:
            raw = connection.execute(
                sa.text("SELECT created_at FROM users WHERE username = 'text'")
            ).scalar()
    finally:
        database.dispose()
    assert raw == "2026-11-24 12:00:00.250000"


def test_the_column_type_needs_no_migration(database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        changes = compare_metadata(context, Base.metadata)
    assert [change for change in changes if "created_at" in repr(change)] == []
    assert changes == []
