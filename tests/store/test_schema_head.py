"""Opening an up-to-date database skips Alembic; that shortcut must agree with Alembic."""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory

from afterword.store.db import MIGRATIONS, Database, _head_revisions, _opening


def _at_head(engine) -> bool:  # type: ignore[no-untyped-def]
    return _opening(engine)[0]


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert _head_revisions() == set(ScriptDirectory.from_config(config).get_heads())


def test_a_migrated_database_is_at_head_and_an_empty_one_is_not(db_url: str) -> None:
    from afterword.store.db import create_db_engine

    empty = create_db_engine(db_url)
    try:
        assert not _at_head(empty)
    finally:
        empty.dispose()
    database = Database(db_url)
    try:
        assert _at_head(database.engine)
        Database(db_url).dispose()  # opening again takes the shortcut and still works
    finally:
        database.dispose()


def test_a_new_sqlite_file_is_private(tmp_path) -> None:
    import stat

    folder = tmp_path / "data" / "afterword"
    Database(f"sqlite:///{folder / 'afterword.sqlite3'}").dispose()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():  # the file, and its -wal / -shm companions
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_opening_again_reuses_the_engine_and_knows_the_local_user(db_url: str) -> None:
    """A second open in the same process costs one query: no new engine, no new connection."""
    first = Database(db_url)
    first.local_user_id()  # made on first use
    try:
        again = Database(db_url)
        assert again.engine is first.engine
        assert again.knows_local_user  # read with the schema version, in the same query
        assert again.local_user_id() == first.local_user_id()
    finally:
        first.dispose()


def test_a_sqlite_file_made_again_is_not_read_through_the_old_engine(tmp_path) -> None:
    """Its pooled connection still holds the deleted file (so its inode is not reused)."""
    path = tmp_path / "again.sqlite3"
    first = Database(f"sqlite:///{path}")
    first.local_user_id()
    for name in ("again.sqlite3", "again.sqlite3-wal", "again.sqlite3-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    second = Database(f"sqlite:///{path}")  # a new file: a new database, migrated afresh
    try:
        assert second.engine is not first.engine
        assert _at_head(second.engine)
    finally:
        first.dispose()
        second.dispose()


def test_in_memory_databases_are_never_shared() -> None:
    assert Database("sqlite://").engine is not Database("sqlite://").engine
