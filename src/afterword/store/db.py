"""Open the database (a SQLite file or PostgreSQL) and bring its schema up to date."""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.engine import URL, make_url
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
        _parsed(value)
    except ArgumentError as exc:
        raise StorageError(f"not a database path or URL: {value!r}") from exc
    return value


@lru_cache(maxsize=64)
def _parsed(url: str) -> URL:
    """The URL parsed (immutable), once per process: every command opens its database."""
    return make_url(url)


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
        database = _parsed(url).database
        if database and database != ":memory:":
            _private_file(Path(database))
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url)
    event.listen(engine, "connect", _mark_idle)
    event.listen(engine, "checkin", _mark_idle)
    event.listen(engine, "checkout", _ping_if_idle)
    return engine


# A pooled connection used this recently is taken as alive; one idle longer is pinged before
# use. (SQLAlchemy's pool_pre_ping pings on every checkout: on PostgreSQL that is a BEGIN and
# a SELECT 1, two round trips, as many as a whole dashboard's reads.) A connection that dies
# in use anyway fails that one request and the pool drops every connection as old as it.
PING_AFTER_IDLE_SECONDS = 10.0
_IDLE_SINCE = "afterword_idle_since"


def _mark_idle(_dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
    record.info[_IDLE_SINCE] = time.monotonic()


def _ping_if_idle(dbapi_connection, record, _proxy) -> None:  # type: ignore[no-untyped-def]
    """Ping a connection idle for a while; a dead one is replaced by a new one (3 tries)."""
    if time.monotonic() - record.info.get(_IDLE_SINCE, 0.0) < PING_AFTER_IDLE_SECONDS:
        return
    try:
        dbapi_connection.cursor().execute("SELECT 1")
        dbapi_connection.rollback()
    except Exception as exc:  # whatever the driver raises for a dead connection
        raise DisconnectionError(f"a pooled connection was dead: {exc}") from exc


# The schema version and the local user's id in one round trip: every command asks both.
OPENING_SQL = (
    "SELECT version_num, (SELECT id FROM users WHERE username = 'local') FROM alembic_version"
)


def _opening(engine: Engine) -> tuple[bool, int | None]:
    """Whether the database already has the newest schema (so Alembic need not run), and the
    local user's id if there is one, asked together."""
    try:
        with engine.connect() as connection:  # driver SQL: every command asks, once
            if connection.dialect.name == "postgresql":  # no BEGIN and ROLLBACK round trips
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            cursor = connection.connection.cursor()  # the driver's own: its rows as they are
            cursor.execute(OPENING_SQL)
            rows = cursor.fetchall()
    except Exception:  # no version table yet, or another problem Alembic will report
        return False, None
    heads = _head_revisions()
    at_head = bool(heads) and {row[0] for row in rows} == heads
    local = rows[0][1] if rows and rows[0][1] is not None else None
    return at_head, None if local is None else int(local)


def migrate(engine: Engine) -> int | None:
    """Bring the schema to the newest migration; return the local user's id if known then."""
    at_head, local = _opening(engine)
    if at_head:
        return local
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return None


LOCAL_USER_SQL = "SELECT id FROM users WHERE username = 'local'"


# Engines kept for reuse by the next Database of the same URL in this process (a command run
# in process again, the web app beside a command): creating one and its first connection is
# most of what opening costs (on PostgreSQL a new server process and the dialect's set-up
# queries, about 10 ms). Bounded; one dropped from here lives on while a Database holds it.
KEPT_ENGINES = 8
_engines: OrderedDict[tuple[str, int, int], Engine] = OrderedDict()
_engines_lock = threading.Lock()


def _engine_key(url: str) -> tuple[str, int, int] | None:
    """What identifies a database for reuse: its URL, and for a SQLite file the file itself
    (a file deleted and made again is another database); None for one not to share."""
    if not url.startswith("sqlite"):
        return (url, 0, 0)
    database = _parsed(url).database
    if not database or database == ":memory:" or "mode=memory" in url:
        return None  # each in-memory engine is its own database
    try:
        found = os.stat(database)
    except OSError:
        return None
    return (url, found.st_dev, found.st_ino)


def shared_engine(url: str) -> Engine:
    """Return this process's engine for ``url``, creating it on first use."""
    if url.startswith("sqlite"):
        database = _parsed(url).database
        if database and database != ":memory:":
            _private_file(Path(database))  # before the key: the key is the file
    key = _engine_key(url)
    if key is None:
        return create_db_engine(url)
    with _engines_lock:
        engine = _engines.get(key)
        if engine is not None:
            _engines.move_to_end(key)
            return engine
        engine = _engines[key] = create_db_engine(url)
        while len(_engines) > KEPT_ENGINES:
            _engines.popitem(last=False)
        return engine


class Database:
    """A migrated database and a factory of sessions on it."""

    def __init__(self, url: str | None = None, *, migrate_schema: bool = True) -> None:
        self.url = resolve_url(url) if url else default_url()
        self.engine = shared_engine(self.url)
        self._local_user: int | None = None
        if migrate_schema:
            try:
                self._local_user = migrate(self.engine)
            except Exception as exc:  # the driver's hints and links follow on later lines
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                where = self._safe_url()
                raise StorageError(f"cannot open the database {where}: {reason}") from exc
        self._sessions: sessionmaker[Session] | None = None  # made on the first session

    def _safe_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        if self._sessions is None:
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A pooled connection for a few reads, each statement on its own (autocommit).

        On PostgreSQL that saves the BEGIN and the ROLLBACK, each a round trip.
        """
        with self.engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            yield connection

    def local_user_id(self) -> int:
        """Return the single local user's id, creating that user on first use."""
        if self._local_user is not None:  # asked on every dashboard and `due`: once is enough
            return self._local_user
        with self.engine.connect() as connection:  # driver SQL: no ORM session for one id
            found = connection.exec_driver_sql(LOCAL_USER_SQL).first()
        if found is not None:
            self._local_user = int(found[0])
            return self._local_user
        with self.session() as session:
            user = session.scalar(select(User).where(User.username == "local"))
            if user is None:
                user = User(username="local", password_hash=None, created_at=utcnow())
                session.add(user)
                session.flush()
            self._local_user = user.id
            return user.id

    @property
    def knows_local_user(self) -> bool:
        """Tell whether ``local_user_id`` answers without reading the database."""
        return self._local_user is not None

    def act_as(self, user_id: int) -> None:
        """Make every call that names no user act for this one (a hosted account, from the CLI)."""
        self._local_user = user_id

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
