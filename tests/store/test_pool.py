"""PostgreSQL's connection pool: a connection dropped while it sat idle is replaced unseen."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from afterword.store import db as store
from afterword.store.db import Database


def _backend(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(sa.text("SELECT pg_backend_pid()")))


@pytest.mark.parametrize("idle", [True, False])
def test_a_connection_dropped_while_idle_is_replaced(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch, idle: bool
) -> None:
    database = Database(postgres_url)
    try:
        first = _backend(database)
        assert _backend(database) == first  # the pool hands the same connection back
        if idle:  # as if it had sat unused past the threshold
            monkeypatch.setattr(store, "IDLE_PING_SECONDS", 0.0)
            admin = sa.create_engine(postgres_url, poolclass=sa.pool.NullPool)
            with admin.connect() as connection:
                connection.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
            assert _backend(database) != first
        else:  # control: a connection in use moments ago is handed out without a round trip
            monkeypatch.setattr(store, "IDLE_PING_SECONDS", 3600.0)
            assert _backend(database) == first
    finally:
        database.dispose()
