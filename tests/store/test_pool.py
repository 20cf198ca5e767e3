"""Pooled PostgreSQL connections: pinged only after standing idle, a dead one replaced."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from afterword.store import db as db_module
from afterword.store.db import Database

pytestmark = pytest.mark.postgres


def _backend(db: Database) -> int:
    with db.reading() as connection:
        return connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()


def _terminate(url: str, pid: int) -> None:
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    admin.dispose()


def test_an_idle_dead_connection_is_replaced_before_use(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(postgres_url)
    dead = _backend(db)
    _terminate(postgres_url, dead)
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE_SECONDS", 0.0)
    assert _backend(db) != dead  # pinged, found dead, replaced: the read went through
    db.dispose()


def test_a_recently_used_connection_is_not_pinged(postgres_url: str) -> None:
    """The cost of skipping the ping: a connection that died meanwhile fails one read."""
    db = Database(postgres_url)
    dead = _backend(db)
    _terminate(postgres_url, dead)
    with pytest.raises(DBAPIError):
        _backend(db)
    assert _backend(db) != dead  # the pool dropped it; the next read has a new connection
    db.dispose()
