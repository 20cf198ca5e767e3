"""Hosted mode at scale: ``make load`` (``python -m benchmarks.load``), PostgreSQL only.

Seeds 10,000 users, 100,000 interviews and 1,000,000 messages with COPY (the seeding time is
reported), then measures with those rows present, each figure against a reference from the
same run on the same data:

- the due list of one user (``due_items(limit=12)``) vs a bare indexed SELECT of the same
  rows, and the send worker's claim of the next 100 due messages across all users vs a bare
  indexed SELECT of the same ids; the query plans are printed;
- send throughput of 1, 2 and 4 hosted ``afterword send`` processes against a local SMTP
  server (aiosmtpd's Sink, in its own process), every user with their own SMTP settings;
- the signed-in dashboard and interview page, p95 under 50 concurrent users, vs the p95 of
  ``GET /whoami`` under the same load (sessions are ``auth_sessions`` rows made here), at
  every size: three interleaved rounds, each figure the median of its rounds.

``--growth`` first measures the due list, the claim and the pages at 1,000 and 10,000
interviews (the same shape: ten interviews per user, ten messages per interview), then
everything at the full size (``--interviews``, 100,000 unless told).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.bench_outbox import _free_port, _start_sink
from benchmarks.bench_schedule import PENDING_SQL, postgres_url
from benchmarks.harness import PYTHON, Figure, best_of

INTERVIEWS_PER_USER = 10
PANEL = 2  # interviewers per interview
# Per interviewer: the thank-you and two follow-ups sent, two more thank-you variants drafted.
PLAN = (("thank-you", 1, 0, "sent"), ("follow-up", 1, 0, "sent"), ("follow-up", 2, 0, "sent"),
        ("thank-you", 1, 1, "draft"), ("thank-you", 1, 2, "draft"))  # fmt: skip
SHOWN = 12
CLAIM = 100
THROUGHPUT = 1_000  # messages sent per worker-count run
WORKERS = (1, 2, 4)
CONCURRENT = 50
LOAD_SECONDS = 5.0  # each load: every user requests their path again and again for this long
ROUNDS = 3  # of the signed-in page loads, interleaved
SECRET = "load-benchmark-" + "k" * 40
BODY = "Dear {name},\n\nThank you for the conversation about the role.\n\nBest regards,\nUser"


# -- seeding ---------------------------------------------------------------------------------


def _text(value: Any, is_json: bool) -> str | None:
    """A value as COPY's text format reads it."""
    if value is None:
        return None
    if is_json:
        return json.dumps(value)
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _copy(raw: Any, table: Any, rows: Iterable[dict[str, Any]]) -> int:
    """COPY rows into a table; columns a row leaves out take their Python default."""
    columns = list(table.columns)
    names = ", ".join(f'"{c.name}"' for c in columns)
    defaults = {}
    for column in columns:
        arg = getattr(column.default, "arg", None)
        defaults[column.name] = (
            arg if not callable(arg) else ([] if column.name != "detail" else {})
        )
    json_columns = {c.name for c in columns if "JSON" in type(c.type).__name__.upper()
                    or "JSON" in type(getattr(c.type, "impl", None)).__name__.upper()}  # fmt: skip
    count = 0
    with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([
                _text(row.get(c.name, defaults[c.name]), c.name in json_columns) for c in columns
            ])  # fmt: skip
            count += 1
    return count


def _users(users: int, now: datetime) -> Iterator[dict[str, Any]]:
    for n in range(1, users + 1):
        yield {"id": n, "username": f"user{n}@example.com", "created_at": now,
               "display_name": f"User {n}", "role": "candidate"}  # fmt: skip


def _profiles(users: int, now: datetime) -> Iterator[dict[str, Any]]:
    for n in range(1, users + 1):
        yield {"id": n, "user_id": n, "name": f"User {n}", "email": f"user{n}@example.com",
               "links": [], "updated_at": now}  # fmt: skip


def _user_settings(users: int, smtp_port: int, now: datetime) -> Iterator[dict[str, Any]]:
    data = {"smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none"}}
    for n in range(1, users + 1):
        yield {"user_id": n, "data": data, "updated_at": now}


def _interviews(users: int, now: datetime) -> Iterator[dict[str, Any]]:
    ident = 0
    for user in range(1, users + 1):
        for k in range(INTERVIEWS_PER_USER):
            ident += 1
            start = (now - timedelta(days=7 * (INTERVIEWS_PER_USER - k))).replace(microsecond=0)
            yield {"id": ident, "user_id": user, "company": f"Company {ident}",
                   "role": "Data Engineer", "starts_at": start,
                   "local_start": start.replace(tzinfo=None), "timezone": "UTC",
                   "duration_minutes": 60, "format": "video", "fit": [], "missed": [],
                   "insights": [], "created_at": now, "updated_at": now}  # fmt: skip


def _interviewers(interviews: int) -> Iterator[dict[str, Any]]:
    for interview in range(1, interviews + 1):
        for position in range(PANEL):
            ident = (interview - 1) * PANEL + position + 1
            yield {"id": ident, "interview_id": interview, "position": position,
                   "name": f"Person {ident}", "title": "Engineer",
                   "email": f"p{ident}@company.example", "discussed": []}  # fmt: skip


def _messages(interviews: int, now: datetime) -> Iterator[dict[str, Any]]:
    """Every interviewer's five messages; the newest interview of each user has its
    thank-yous scheduled and due (the queue the send workers serve)."""
    ident = 0
    for interview in range(1, interviews + 1):
        newest = interview % INTERVIEWS_PER_USER == 0
        for position in range(PANEL):
            person = (interview - 1) * PANEL + position + 1
            for kind, sequence, variant, status in PLAN:
                ident += 1
                if newest and kind == "thank-you":
                    status = "scheduled" if variant == 0 else "draft"
                sent = status == "sent"
                yield {
                    "id": ident, "interview_id": interview, "interviewer_id": person,
                    "kind": kind, "sequence": sequence, "variant": variant,
                    "to_name": f"Person {person}", "to_address": f"p{person}@company.example",
                    "subject": f"Thank you ({kind} {sequence})",
                    "body": BODY.format(name=f"Person {person}"), "status": status,
                    "version": 1, "composer": "builtin",
                    "message_id": None if status == "draft" else f"<{ident}@load.example>",
                    "created_at": now, "updated_at": now,
                    "approved_at": None if status == "draft" else now,
                    "scheduled_for": now - timedelta(hours=1) if status == "scheduled" else None,
                    "sent_at": now - timedelta(days=1) if sent else None,
                    "attempts": 1 if sent else 0,
                }  # fmt: skip


def seed(db: Any, interviews: int, smtp_port: int, now: datetime) -> tuple[dict[str, int], float]:
    """COPY the whole history in; return the row counts and the seconds it took."""
    from sqlalchemy import text

    from afterword.store.schema import (
        InterviewerRow,
        InterviewRow,
        MessageRow,
        Profile,
        User,
        UserSettingsRow,
    )

    users = interviews // INTERVIEWS_PER_USER
    started = time.perf_counter()
    raw = db.engine.raw_connection()
    try:
        counts = {
            "users": _copy(raw, User.__table__, _users(users, now)),
            "profiles": _copy(raw, Profile.__table__, _profiles(users, now)),
            "user_settings": _copy(raw, UserSettingsRow.__table__,
                                   _user_settings(users, smtp_port, now)),
            "interviews": _copy(raw, InterviewRow.__table__, _interviews(users, now)),
            "interviewers": _copy(raw, InterviewerRow.__table__, _interviewers(interviews)),
            "messages": _copy(raw, MessageRow.__table__, _messages(interviews, now)),
        }  # fmt: skip
        raw.commit()
    finally:
        raw.close()
    with db.engine.begin() as connection:
        for table in ("users", "profiles", "interviews", "interviewers", "messages"):
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}"
                )
            )
    with db.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
    return counts, time.perf_counter() - started


# -- the due list and the claim -------------------------------------------------------------


def schedule_upkeep(db: Any, users: int) -> float:
    """Work out every user's schedule items, as their first visits would; return the seconds.

    Seeding marks every interviewer stale (the product's triggers); the steady state the due
    list is measured in has every user's items in place, so the table holds them all.
    """
    from afterword.config import Settings
    from afterword.schedule.pending import refresh

    started, settings = time.perf_counter(), Settings()
    for user in range(1, users + 1):
        refresh(db, settings, user)
    return time.perf_counter() - started


CLAIM_SQL = (
    "SELECT id FROM messages WHERE status IN ('approved', 'scheduled')"
    " AND scheduled_for IS NOT NULL AND scheduled_for <= now()"
    " AND (next_attempt_at IS NULL OR next_attempt_at <= now())"
    " ORDER BY scheduled_for, id LIMIT {limit}"
)


def _rows(db: Any, sql: str) -> int:
    from sqlalchemy import text

    with db.engine.connect() as connection:
        return len(connection.execute(text(sql)).all())


def explain(db: Any, sql: str) -> str:
    """The query plan, as PostgreSQL runs it (EXPLAIN ANALYZE)."""
    from sqlalchemy import text

    with db.engine.connect() as connection:
        plan = connection.execute(text(f"EXPLAIN (ANALYZE, COSTS OFF) {sql}")).scalars().all()
    return "\n".join(f"    {line}" for line in plan)


def worker_choice(db: Any, now: datetime) -> str:
    """The SELECT inside the worker's claim, as SQL with its values in place."""
    from afterword.mail.sender import _chosen, _due

    chosen = _chosen(_due(now), CLAIM)
    return str(chosen.compile(db.engine, compile_kwargs={"literal_binds": True}))


def worker_claim(db: Any, now: datetime) -> str:
    """The worker's whole claim (PostgreSQL: one statement), as SQL with its values in place."""
    from afterword.mail.sender import _due, _logged, _marking

    claim = _logged(_marking("load:explain", _due(now), CLAIM, now), "load:explain", now)
    return str(claim.compile(db.engine, compile_kwargs={"literal_binds": True}))


def _unclaim(db: Any, ids: list[int]) -> None:
    from sqlalchemy import text

    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE messages SET status = 'scheduled', claimed_by = NULL, "
                 "sending_started_at = NULL, attempts = attempts - 1 WHERE id = ANY(:ids)"),
            {"ids": ids},
        )  # fmt: skip


def queries(db: Any, name: str, now: datetime) -> list[Figure]:
    """The due list of one user and the worker's claim, each against its bare SELECT."""
    from afterword.config import Settings
    from afterword.mail.sender import _claim, _due
    from afterword.schedule.due import due_items

    user, settings = 1, Settings()
    listed = best_of(lambda: due_items(db, settings, now, limit=SHOWN, user_id=user), repeat=7)
    pending = PENDING_SQL.format(user=user, false="false", limit=SHOWN)
    bare_list = best_of(lambda: _rows(db, pending), repeat=7)
    print(f"  plan of the due list's bare SELECT ({name}):\n{explain(db, pending)}", flush=True)

    def claim() -> None:
        ids = _claim(db, "load:0:-:bench", _due(now), CLAIM)
        assert len(ids) == CLAIM, ids
        claimed.append(ids)

    claimed: list[list[int]] = []
    times = []
    for _ in range(7):
        started = time.perf_counter()
        claim()
        times.append(time.perf_counter() - started)
        _unclaim(db, claimed.pop())
    bare = CLAIM_SQL.format(limit=CLAIM)
    bare_claim = best_of(lambda: _rows(db, bare), repeat=7)
    print(f"  plan of the claim's bare SELECT ({name}):\n{explain(db, bare)}", flush=True)
    print(f"  plan of the worker's own choice of rows ({name}):\n"
          f"{explain(db, worker_choice(db, now))}", flush=True)  # fmt: skip
    # EXPLAIN ANALYZE runs the UPDATE and the INSERT; explain() rolls them back.
    print(f"  plan of the worker's whole claim, with its triggers ({name}):\n"
          f"{explain(db, worker_claim(db, now))}", flush=True)  # fmt: skip
    bare_update = min(_bare_update(db) for _ in range(7))
    return [
        Figure(f"due list of one user (due_items, limit {SHOWN}), {name}", listed,
               "bare indexed SELECT of the same rows", bare_list, "ratio <= 2"),
        Figure(f"worker claim of the next {CLAIM} due messages (one UPDATE … SKIP LOCKED with its "
               f"events), "
               f"{name}", min(times), "bare indexed SELECT of the same ids", bare_claim,
               "ratio <= 2"),
        Figure(f"worker claim of the next {CLAIM} due messages, {name}", min(times),
               "bare UPDATE … FOR UPDATE SKIP LOCKED … RETURNING of the same rows, committed",
               bare_update, "report"),
    ]  # fmt: skip


def _bare_update(db: Any) -> float:
    """The least a claim must write: one UPDATE of the due rows, committed (then undone)."""
    from sqlalchemy import text

    update = (
        "UPDATE messages SET status = 'sending', claimed_by = 'bare' WHERE id IN ("
        + CLAIM_SQL.format(limit=CLAIM)
        + " FOR UPDATE SKIP LOCKED) RETURNING id"
    )
    started = time.perf_counter()
    with db.engine.begin() as connection:
        ids = list(connection.execute(text(update)).scalars())
    seconds = time.perf_counter() - started
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE messages SET status = 'scheduled', claimed_by = NULL WHERE id = ANY(:ids)"
            ),
            {"ids": ids},
        )
    return seconds


# -- send throughput --------------------------------------------------------------------------


def _prepare_throughput(db: Any) -> list[int]:
    """Leave THROUGHPUT messages due (from THROUGHPUT / 2 users); push the rest of the queue out."""
    from sqlalchemy import text

    with db.engine.begin() as connection:
        due = (
            connection.execute(
                text("SELECT id FROM messages WHERE status = 'scheduled' ORDER BY id LIMIT :n"),
                {"n": THROUGHPUT},
            )
            .scalars()
            .all()
        )
        connection.execute(
            text("UPDATE messages SET scheduled_for = now() + interval '30 days' "
                 "WHERE status = 'scheduled' AND NOT (id = ANY(:ids))"), {"ids": list(due)},
        )  # fmt: skip
    return list(due)


def _requeue(db: Any, ids: list[int]) -> None:
    from sqlalchemy import text

    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE messages SET status = 'scheduled', sent_at = NULL, claimed_by = NULL, "
                 "sending_started_at = NULL, attempts = 0, scheduled_for = now() - interval "
                 "'1 hour' WHERE id = ANY(:ids)"), {"ids": ids},
        )  # fmt: skip


def _sent(db: Any, ids: list[int]) -> int:
    from sqlalchemy import text

    with db.engine.connect() as connection:
        return connection.execute(
            text("SELECT count(*) FROM messages WHERE status = 'sent' AND id = ANY(:ids)"),
            {"ids": ids},
        ).scalar_one()


def throughput(db: Any, url: str) -> list[Figure]:
    """Messages per second with 1, 2 and 4 hosted send processes; the reference is one."""
    ids = _prepare_throughput(db)
    environment = {
        **os.environ,
        "AFTERWORD_SERVER_MODE": "hosted",
        "AFTERWORD_SECRET_KEY": SECRET,
        "AFTERWORD_DB": url,
        "AFTERWORD_SERVER_ALLOW_PRIVATE_MAIL_HOSTS": "true",
    }  # the sink: loopback
    rates: dict[int, float] = {}
    for count in WORKERS:
        _requeue(db, ids)
        started = time.perf_counter()
        workers = [subprocess.Popen([PYTHON, "-m", "afterword", "send", "--json"], env=environment,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                   for _ in range(count)]  # fmt: skip
        errors = [worker.communicate(timeout=600)[1] for worker in workers]
        seconds = time.perf_counter() - started
        sent = _sent(db, ids)
        if sent != len(ids):
            raise RuntimeError(f"{count} workers sent {sent} of {len(ids)}: {errors[0][-500:]!r}")
        rates[count] = sent / seconds
        print(f"  {count} send process(es): {sent} messages in {seconds:.1f} s "
              f"({rates[count]:.0f}/s)", flush=True)  # fmt: skip
    return [
        Figure(f"send throughput, {count} hosted send processes, 2 cores", rates[count],
               "1 process", rates[1], "grows with processes up to the cores", unit=" msg/s")
        for count in WORKERS[1:]
    ]  # fmt: skip


# -- the signed-in pages under load ----------------------------------------------------------


def _sessions(db: Any, users: int, now: datetime) -> list[str]:
    from afterword.store.schema import AuthSessionRow

    tokens = [secrets.token_urlsafe(32) for _ in range(users)]
    rows = [{"token_hash": hashlib.sha256(token.encode()).hexdigest(), "user_id": n + 1,
             "created_at": now, "expires_at": now + timedelta(days=1), "last_seen_at": now}
            for n, token in enumerate(tokens)]  # fmt: skip
    with db.engine.begin() as connection:
        connection.execute(AuthSessionRow.__table__.insert(), rows)
    return tokens


def _p95(base: str, tokens: list[str], paths: list[str]) -> float:
    """Each of the users requests their path over and over for LOAD_SECONDS; the p95 latency.

    A fixed time, not a fixed count: a trivial endpoint then answers thousands of times, so
    its p95 is not decided by the moment the threads start.

    Each user is a thread with one kept-alive ``http.client`` connection: the load comes from
    a process on the same cores as the server, so its own cost per request is kept as small
    as the standard library allows (httpx's is a few times more, and would flatter the
    ratios by slowing the trivial endpoint it is measured against).
    """
    import http.client
    from urllib.parse import urlsplit

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    where = urlsplit(base)
    start = threading.Barrier(len(tokens))

    def user(token: str, path: str) -> None:
        connection = http.client.HTTPConnection(where.hostname or "", where.port, timeout=120)
        headers = {"Cookie": f"afterword_session={token}"}
        start.wait()
        deadline = time.perf_counter() + LOAD_SECONDS
        try:
            while (started := time.perf_counter()) < deadline:
                connection.request("GET", path, headers=headers)
                answer = connection.getresponse()
                answer.read()
                if answer.status != 200:
                    errors.append(f"GET {path} answered {answer.status}")
                    return
                with lock:
                    latencies.append(time.perf_counter() - started)
        finally:
            connection.close()

    threads = [threading.Thread(target=user, args=pair) for pair in zip(tokens, paths, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(errors[0])
    return statistics.quantiles(latencies, n=20)[-1]


def pages(db: Any, url: str, now: datetime, folder: Path, name: str) -> list[Figure]:
    """Dashboard and interview page p95 vs GET /whoami p95, 50 signed-in users at once."""
    import httpx

    tokens = _sessions(db, CONCURRENT, now)
    port = _free_port()
    environment = {**os.environ, "AFTERWORD_SERVER_MODE": "hosted", "AFTERWORD_SECRET_KEY": SECRET,
                   "AFTERWORD_DB": url, "XDG_DATA_HOME": str(folder)}  # fmt: skip
    server = subprocess.Popen([PYTHON, "-m", "afterword", "serve", "--port", str(port)],
                              env=environment, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = httpx.get(f"{base}/whoami", cookies={"afterword_session": tokens[0]})
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    print("  (the web server did not start: pages not measured)")
                    return []
                time.sleep(0.2)
        if answer.status_code != 200:
            print(f"  (GET /whoami answered {answer.status_code}: no hosted sign-in here yet; "
                  "the signed-in pages are measured once there is)", flush=True)  # fmt: skip
            return []
        interviews = [f"/interviews/{(n * INTERVIEWS_PER_USER) + 1}" for n in range(CONCURRENT)]
        loads = {"/whoami": ["/whoami"] * CONCURRENT, "/": ["/"] * CONCURRENT,
                 "/interviews/{id}": interviews}  # fmt: skip
        for paths in loads.values():
            _p95(base, tokens, paths)  # warm
        # Interleaved rounds, each figure the median of its rounds: a shared machine's load
        # comes and goes, and then it falls on every figure alike.
        rounds = {path: [] for path in loads}
        for number in range(ROUNDS):
            for path, paths in loads.items():
                rounds[path].append(_p95(base, tokens, paths))
            print(
                f"  round {number + 1}: p95 "
                + ", ".join(f"{path} {times[-1] * 1000:.0f} ms" for path, times in rounds.items()),
                flush=True,
            )
        whoami, dashboard, interview = (statistics.median(times) for times in rounds.values())
    finally:
        server.terminate()
        server.wait(30)
    return [
        Figure(f"signed-in dashboard p95, {CONCURRENT} users at once, {name}", dashboard,
               "GET /whoami p95, same load", whoami, "ratio <= 2"),
        Figure(f"signed-in interview page p95, {CONCURRENT} users at once, {name}", interview,
               "GET /whoami p95, same load", whoami, "ratio <= 2"),
    ]  # fmt: skip


# -- the run ---------------------------------------------------------------------------------


def _print(figures: list[Figure]) -> None:
    for figure in figures:
        print(f"  {figure.name}: {figure.value:.4g}{figure.unit} vs {figure.reference_name} "
              f"{figure.reference:.4g}{figure.unit} -> ratio {figure.ratio:.2f} "
              f"(goal: {figure.goal})", flush=True)  # fmt: skip


def measure(interviews: int, full: bool, folder: Path) -> list[Figure]:
    """Seed one size on a fresh schema and measure it (everything at the full size)."""
    from afterword.store.db import Database

    now = datetime.now(UTC)
    port = _free_port()
    sink = _start_sink(port) if full else None
    try:
        with postgres_url() as url:
            if url is None:
                print("PostgreSQL is not reachable; nothing measured")
                return []
            db = Database(url)
            counts, seconds = seed(db, interviews, port, now)
            summary = ", ".join(f"{count:,} {table}" for table, count in counts.items())
            print(f"== {interviews:,} interviews: seeded {summary} in {seconds:.1f} s", flush=True)
            users, messages = counts["users"], counts["messages"]
            name = f"{users:,} users, {interviews:,} interviews, {messages:,} messages"
            figures = [
                Figure(
                    f"seeding with COPY, {name}",
                    seconds,
                    "-",
                    seconds,
                    "report",
                )
            ]
            upkeep = schedule_upkeep(db, counts["users"])
            print(f"  schedule items worked out for every user in {upkeep:.1f} s", flush=True)
            figures += queries(db, name, now)
            if full:
                figures += throughput(db, url)
            figures += pages(db, url, now, folder, name)
            _print(figures[1:])
            db.dispose()
            return figures
    finally:
        if sink is not None:
            sink.terminate()
            sink.wait(10)


def main(argv: list[str] | None = None) -> int:
    """Run the load benchmark and write benchmarks/results/load.json."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__)
    parser.add_argument("--interviews", type=int, default=100_000)
    parser.add_argument("--growth", action="store_true", help="also 1,000 and 10,000 first")
    args = parser.parse_args(argv)
    sizes = [n for n in (1_000, 10_000) if n < args.interviews] if args.growth else []
    figures = []
    with tempfile.TemporaryDirectory() as home:
        os.environ.update(XDG_DATA_HOME=home, XDG_CONFIG_HOME=home,
                          AFTERWORD_CONFIG=str(Path(home) / "config.toml"))  # fmt: skip
        for size in sizes:
            figures += measure(size, False, Path(home))
        figures += measure(args.interviews, True, Path(home))
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "load.json").write_text(json.dumps([f.as_dict() for f in figures], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
