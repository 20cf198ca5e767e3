"""Open the database (a SQLite file or PostgreSQL) and bring its schema up to date."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from afterword.errors import AfterwordError
from afterword.store.heads import MIGRATIONS
from afterword.store.heads import head_revisions as _head_revisions
from afterword.store.schema import User


class StorageError(AfterwordError):
    """The database cannot be opened or used."""

    http_status = 503


def utcnow() -> datetime:
    """Return the current time in UTC, zone-aware."""
    return datetime.now(UTC)


def default_url() -> str:
    """Return the database URL from AFTERWORD_DB, else the SQLite file in the data folder."""
    from afterword.config import data_dir

    if env := os.environ.get("AFTERWORD_DB"):
        return resolve_url(env)
    return resolve_url(str(data_dir() / "afterword.sqlite3"))


def resolve_url(value: str) -> str:
    """Turn a path or a URL into a SQLAlchemy URL (``postgresql://`` uses psycopg 3)."""
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    if value.startswith("postgres://"):
        value = "postgresql://" + value.removeprefix("postgres://")
    if value.startswith("postgresql://"):
        value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
    try:
        make_url(value)
    except ArgumentError as exc:
        raise StorageError(f"not a database path or URL: {value!r}") from exc
    return value


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _private_file(path: Path) -> None:
    """Create a new SQLite file for its owner only (0600), in a new folder only they open (0700).

    The file holds the user's notes and mail; SQLite gives its -wal and -shm files the same
    permissions. Existing files and folders are left as the user set them.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def create_db_engine(url: str) -> Engine:
    """Create an engine; SQLite gets foreign keys, WAL and a busy timeout."""
    if url.startswith("sqlite"):
        database = make_url(url).database
        if database and database != ":memory:":
            _private_file(Path(database))
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url)
    _ping_when_idle(engine)
    return engine


# A pooled connection unused for this long is checked before it is handed out (a restarted
# server or a firewall's idle timeout may have dropped it). Checking every checkout cost a
# round trip per session: on a signed-in page, about as much as the page's queries.
IDLE_PING_SECONDS = 10.0


def _ping_when_idle(engine: Engine) -> None:
    """Ping a pooled connection on checkout only when it sat idle; replace it if it is gone."""

    def _returned(_dbapi_connection: object, record: Any) -> None:
        record.info["returned_at"] = time.monotonic()

    def _taken(dbapi_connection: Any, record: Any, _proxy: object) -> None:
        returned = record.info.get("returned_at")
        if returned is None or time.monotonic() - returned < IDLE_PING_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError("a pooled connection was dropped") from exc  # pool retries

    event.listen(engine, "checkin", _returned)
    event.listen(engine, "checkout", _taken)


def _at_head(engine: Engine) -> bool:
    """Whether the database already has the newest schema, so Alembic need not run."""
    try:
        with engine.connect() as connection:
            current = {
                row[0]
                for row in connection.execute(text("SELECT version_num FROM alembic_version"))
            }
    except Exception:  # no version table yet, or another problem Alembic will report
        return False
    heads = _head_revisions()
    return bool(heads) and current == heads


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration."""
    if _at_head(engine):
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Database:
    """A migrated database and a factory of sessions on it."""

    def __init__(self, url: str | None = None, *, migrate_schema: bool = True) -> None:
        self.url = resolve_url(url) if url else default_url()
        self.engine = create_db_engine(self.url)
        if migrate_schema:
            try:
                migrate(self.engine)
            except Exception as exc:  # the driver's hints and links follow on later lines
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                where = self._safe_url()
                raise StorageError(f"cannot open the database {where}: {reason}") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._local_user: int | None = None

    def _safe_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def local_user_id(self) -> int:
        """Return the single local user's id, creating that user on first use."""
        if self._local_user is not None:  # asked on every dashboard and `due`: once is enough
            return self._local_user
        with self.session() as session:
            user = session.scalar(select(User).where(User.username == "local"))
            if user is None:
                user = User(username="local", password_hash=None, created_at=utcnow())
                session.add(user)
                session.flush()
            self._local_user = user.id
            return user.id

    def act_as(self, user_id: int) -> None:
        """Make every call that names no user act for this one (a hosted account, from the CLI)."""
        self._local_user = user_id

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
