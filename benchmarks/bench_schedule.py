"""What is due, on the realistic history of ``benchmarks.seed``, as it grows.

For 100 / 1,000 / 10,000 interviews (100,000 with ``AFTERWORD_BENCH_LARGE=1``, as
``make bench-large`` sets), on SQLite and on PostgreSQL, each figure against its reference
measured in the same run on the same data:
- the dashboard ``GET /`` against ``GET /healthz`` of the same server (medians of 40
  requests of each, alternating);
- ``due_items(limit=12)`` against a hand-written SQL query of the same pending rows (medians
  of 101 runs of each, alternating);
- ``afterword due --all --json`` in process (the command's own function, output to a null
  sink) against a bare indexed SELECT of the same rows (medians of 101 / 21 / 7 runs of
  each, alternating; 3 at 100,000), and the peak memory of each;
- cold ``afterword list --json`` and ``afterword due --json`` against ``python -c pass``
  (SQLite only: the lean path is for the laptop's file).
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.harness import PYTHON, Figure, command_time

SIZES = (100, 1_000, 10_000)
LARGE = (100_000,)
SHOWN = 12
POSTGRES = os.environ.get(
    "AFTERWORD_BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
PENDING_SQL = (
    "SELECT s.due_at, s.interview_id, s.interviewer_id, s.step, p.name, p.email, v.company,"
    " v.role, s.kind, s.sequence, s.state, s.message_id FROM schedule_items s"
    " JOIN interviewers p ON p.id = s.interviewer_id JOIN interviews v ON v.id = s.interview_id"
    " WHERE s.user_id = {user} AND s.done = {false}"
    " ORDER BY s.due_at, s.interview_id, s.interviewer_id, s.step LIMIT {limit}"
)
ALL_SQL = (
    "SELECT s.due_at, s.interview_id, s.interviewer_id, s.step, p.name, p.email, v.company,"
    " v.role, s.kind, s.sequence, s.state, s.message_id FROM schedule_items s"
    " JOIN interviewers p ON p.id = s.interviewer_id JOIN interviews v ON v.id = s.interview_id"
    " WHERE s.user_id = {user} ORDER BY s.due_at, s.interview_id, s.interviewer_id, s.step"
)


def sizes() -> tuple[int, ...]:
    """Return the history sizes to measure."""
    large = os.environ.get("AFTERWORD_BENCH_LARGE") == "1"
    return SIZES + LARGE if large else SIZES


@contextlib.contextmanager
def postgres_url() -> Iterator[str | None]:
    """Yield a URL on a fresh PostgreSQL schema (None when the server is not there)."""
    import sqlalchemy as sa

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError:
        admin.dispose()
        yield None
        return
    try:
        yield f"{POSTGRES}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _raw_query(db: Any, sql: str) -> Callable[[], int]:
    """Return a function that runs ``sql`` on a raw DB-API connection and reads every row."""

    def run() -> int:
        connection = db.engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute(sql)
            count = 0
            while rows := cursor.fetchmany(1000):
                count += len(rows)
            return count
        finally:
            connection.close()

    return run


def _sql(db: Any, template: str, limit: int = 0) -> str:
    false = "0" if db.engine.dialect.name == "sqlite" else "false"
    return template.format(user=db.local_user_id(), false=false, limit=limit)


def peak_memory(function: Callable[[], object]) -> float:
    """Return the peak of Python allocations while ``function`` runs, in MiB."""
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


class _Null(io.StringIO):
    """A pipe that keeps nothing: the output must not count as the command's memory."""

    def write(self, text: str) -> int:
        return len(text)


def _due_all(url: str) -> Callable[[], None]:
    """Return ``afterword due --all --json`` run in process, its output thrown away."""
    from afterword.cli.schedule import due

    def run() -> None:
        with contextlib.redirect_stdout(_Null()):
            due(show_all=True, json_output=True, db=url)

    return run


def alternating(
    function: Callable[[], object], reference: Callable[[], object], pairs: int
) -> tuple[float, float]:
    """Return the median wall times of two functions run in turn, ``pairs`` times each.

    Each runs once first (imports, the pooled connection, the driver's prepared statements),
    and then the two alternate, so that both meet the same minutes of the shared machine's
    load; the median, because one busy moment must not decide a figure.
    """
    import statistics
    import time

    function(), reference()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(pairs):
        for run, found in ((function, times[0]), (reference, times[1])):
            started = time.perf_counter()
            run()
            found.append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


DASHBOARD_PAIRS = 40
# ``due_items(limit=12)`` and its SQL take 0.04 ms (SQLite) to 1 ms (PostgreSQL) each: many
# pairs cost a fraction of a second, and the median of 101 moves by a few percent between runs
# (best of five, one after the other, read 2.79 and then 4.59 on PostgreSQL at load 8).
SOONEST_PAIRS = 101
# ``due --all --json`` and its SELECT, by size: at 100 interviews a run takes 2.5 ms, and the
# median of 7 pairs (30 ms in all) read 0.72 and 2.54 among eight figures of one minute that
# otherwise read 1.58 to 1.73 (0.45 in one full run); 101 pairs there read 1.62 to 1.66.
# About half a second of runs or more at every size.
ALL_PAIRS = {100: 101, 1_000: 21, 10_000: 7}


def _dashboard(url: str, folder: Path) -> tuple[float, float]:
    """Return the medians of ``GET /`` and ``GET /healthz`` on one server.

    The two alternate, request by request, so that both see the same load: on the shared
    build machine a block of one and then a block of the other can meet different minutes.
    """
    import statistics
    import time

    import httpx

    from afterword.web.app import create_app
    from afterword.web.server import running

    app = create_app(url, secret_path=folder / "secret")
    page, health = [], []
    with running(app) as base, httpx.Client(base_url=base, timeout=300) as client:
        for _ in range(3):  # warm: imports, templates, pool, prepared statements
            client.get("/").raise_for_status()
            client.get("/healthz").raise_for_status()
        for _ in range(DASHBOARD_PAIRS):
            for path, times in (("/", page), ("/healthz", health)):
                started = time.perf_counter()
                client.get(path).raise_for_status()
                times.append(time.perf_counter() - started)
    app.state.db.dispose()
    return statistics.median(page), statistics.median(health)


def _figures(backend: str, url: str, size: int, folder: Path) -> list[Figure]:
    from afterword.config import Settings
    from afterword.schedule.due import due_items
    from afterword.store.db import Database
    from benchmarks.seed import seed

    db = Database(url)
    seeded = seed(db, size)
    print(f"  (seeded {size:,} interviews on {backend}: {seeded.messages:,} messages, "
          f"{seeded.seconds:.1f} s)", flush=True)  # fmt: skip
    now, settings, name = datetime.now(UTC), Settings(), f"{size:,} interviews, {backend}"

    def soonest() -> object:
        return due_items(db, settings, now, limit=SHOWN)

    by_hand = _raw_query(db, _sql(db, PENDING_SQL, SHOWN))
    soonest_time, by_hand_time = alternating(soonest, by_hand, SOONEST_PAIRS)
    bare_all = _raw_query(db, _sql(db, ALL_SQL))
    due_all = _due_all(url)
    all_time, bare_time = alternating(due_all, bare_all, ALL_PAIRS.get(size, 3))
    all_memory, bare_memory = peak_memory(due_all), peak_memory(bare_all)
    page, health = _dashboard(url, folder)
    db.dispose()
    return [
        Figure(f"dashboard GET /, {name}", page, "GET /healthz, same server", health, "ratio <= 3"),
        Figure(f"due_items(limit={SHOWN}), {name}", soonest_time,
               "hand-written SQL of the pending rows", by_hand_time, "ratio <= 3"),
        Figure(f"afterword due --all --json in process, {name}", all_time,
               "bare indexed SELECT of the same rows", bare_time, "ratio <= 2"),
        Figure(f"afterword due --all --json peak memory, {name}", all_memory,
               "the bare SELECT's peak", bare_memory, "flat in the size", unit=" MiB"),
    ]  # fmt: skip


def _cold(url: str, size: int) -> list[Figure]:
    """Cold list and due against ``python -c pass``."""
    environment = {**os.environ, "AFTERWORD_DB": url}
    empty = command_time([PYTHON, "-c", "pass"], repeat=5)
    found = []
    for command in ("list", "due"):
        argv = [PYTHON, "-m", "afterword", command, "--json"]
        seconds = command_time(argv, repeat=5, env=environment)
        found.append(Figure(f"cold afterword {command} --json, {size:,} interviews, SQLite",
                            seconds, "python -c pass", empty, "ratio <= 15"))  # fmt: skip
    return found


def run() -> list[Figure]:
    """Seed each size on each backend and measure every figure there."""
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as home:
        os.environ.update(XDG_DATA_HOME=home, XDG_CONFIG_HOME=home,
                          AFTERWORD_CONFIG=str(Path(home) / "config.toml"))  # fmt: skip
        folder = Path(home)
        for size in sizes():
            sqlite = f"sqlite:///{folder / f'history-{size}.sqlite3'}"
            figures += _figures("SQLite", sqlite, size, folder)
            figures += _cold(sqlite, size)
            with postgres_url() as url:
                if url is not None:
                    figures += _figures("PostgreSQL", url, size, folder)
    return figures
