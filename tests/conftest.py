"""Shared fixtures: real databases (a SQLite file and the PostgreSQL service), and the clock.

``pytest --later DAYS`` runs the suite with this process's clock moved DAYS days ahead
(time-machine, ticking; ``make test-later`` uses 400). A test whose outcome depends on the
date must fix the clock or build its dates relative to it; this run proves that it does.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--later",
        type=int,
        default=0,
        metavar="DAYS",
        help="run with the clock moved DAYS days ahead, to prove no test depends on today",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "real_clock(reason): left out of --later runs: its subject is another process's clock",
    )
    days = config.getoption("--later")
    if days:
        import time_machine

        traveller = time_machine.travel(datetime.now(UTC) + timedelta(days=days), tick=True)
        traveller.start()
        config.stash[_TRAVELLER] = traveller


def pytest_unconfigure(config: pytest.Config) -> None:
    if traveller := config.stash.get(_TRAVELLER, None):
        traveller.stop()


def pytest_report_header(config: pytest.Config) -> str | None:
    days = config.getoption("--later")
    return f"clock moved {days} days ahead: {datetime.now(UTC):%Y-%m-%d}" if days else None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("--later"):
        return
    for item in items:
        if marker := item.get_closest_marker("real_clock"):
            reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
            item.add_marker(pytest.mark.skip(reason=f"left out of --later: {reason}"))


_TRAVELLER = pytest.StashKey[object]()

POSTGRES_SERVER = os.environ.get(
    "AFTERWORD_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _postgres_schema_url() -> Iterator[str]:
    """Yield a URL whose search_path is a fresh schema, dropped afterwards."""
    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_SERVER, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI and is not reachable: {exc}")
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    try:
        yield f"{POSTGRES_SERVER}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A URL to an empty database: a SQLite file, then the PostgreSQL service."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'afterword.sqlite3'}"
    else:
        yield from _postgres_schema_url()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    """A URL to an empty SQLite file, for tests that need only one backend."""
    return f"sqlite:///{tmp_path / 'afterword.sqlite3'}"


@pytest.fixture
def database(db_url: str):
    """A migrated database on each backend."""
    from afterword.store.db import Database

    db = Database(db_url)
    yield db
    db.dispose()


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch) -> None:
    """Keep every test away from the real user's config, data and keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("AFTERWORD_CONFIG", str(home / "config" / "afterword" / "config.toml"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.delenv("AFTERWORD_DB", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL to an empty PostgreSQL schema, for what only PostgreSQL serves (hosted mode)."""
    yield from _postgres_schema_url()
