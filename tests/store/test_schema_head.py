"""Opening an up-to-date database skips Alembic; that shortcut must agree with Alembic."""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory

from afterword.store.db import MIGRATIONS, Database, _at_head, _head_revisions


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
