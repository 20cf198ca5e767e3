"""A SQLite file locked by another process: sending waits, or says so clearly; nothing is lost."""

from __future__ import annotations

import sqlite3
import subprocess
import threading

import pytest
from test_crash_send import environment

from afterword.mail import outbox
from support.clock import afterword


def hold_write_lock(
    path: str, seconds: float, release: threading.Event | None = None
) -> threading.Thread:
    """Hold SQLite's write lock from another connection for ``seconds`` or until released."""
    ready = threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        ready.set()
        (release or threading.Event()).wait(seconds)
        connection.execute("ROLLBACK")
        connection.close()

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait(10)
    return thread


def test_a_short_lock_is_waited_for(sqlite_url, smtp_server, settings) -> None:
    from afterword.store.db import Database

    database = Database(sqlite_url)
    ids = _queue(database)
    holder = hold_write_lock(sqlite_url.removeprefix("sqlite:///"), 1.5)
    report = outbox.send_due(database, settings)
    holder.join()
    assert report.count("sent") == len(ids) and len(smtp_server.messages) == len(ids)


@pytest.mark.slow
def test_a_long_lock_is_a_clear_error_and_loses_nothing(sqlite_url, smtp_server) -> None:
    from afterword.store.db import Database

    database = Database(sqlite_url)
    ids = _queue(database)
    release = threading.Event()  # held for as long as the sender runs, however slow it starts
    holder = hold_write_lock(sqlite_url.removeprefix("sqlite:///"), 300, release)
    result = subprocess.run(
        afterword("send", "--db", sqlite_url),
        env=environment(smtp_server),
        capture_output=True,
        text=True,
        timeout=120,
    )
    release.set()
    holder.join()
    assert result.returncode == 1
    assert "database is locked by another process" in result.stderr
    assert "Traceback" not in result.stderr and smtp_server.messages == []
    retry = subprocess.run(
        afterword("send", "--db", sqlite_url),
        env=environment(smtp_server),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert retry.returncode == 0, retry.stderr
    assert len(smtp_server.messages) == len(ids)


def _queue(database) -> list[int]:  # type: ignore[no-untyped-def]
    from afterword.interview.loader import load_interview
    from afterword.store.interviews import save_interview, save_profile
    from support.outbox_data import EXAMPLE, queue_messages

    interview = load_interview(EXAMPLE)
    assert interview.candidate is not None
    save_profile(database, interview.candidate)
    return queue_messages(database, save_interview(database, interview), 3)
