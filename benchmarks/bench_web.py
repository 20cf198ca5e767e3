"""Web figures: live re-review under 50 concurrent clients, and the dashboard at 5,000 interviews.

Both against a real uvicorn server on loopback, measured in the same run:
- Live re-review: 50 clients (an async httpx load generator) each send, one after another,
  the re-review of a 150-word note (``POST /messages/ID/edit``, what the page sends as you
  type) and a request to the trivial ``GET /healthz``, alternating, so both kinds see the
  same load. The figure is the p95 of the re-reviews against the p95 of the trivial requests;
  the goal is at most 2x. Bounded: 50 clients x 12 requests, or 40 s.
- Dashboard: ``GET /`` on a SQLite file of 5,000 interviews (the foundation benchmark's bulk
  data, 12,500 interviewers), median of 5, against the same page on a database with one
  interview.
"""

from __future__ import annotations

import asyncio
import os
import re
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import Figure, median_of

CLIENTS = 50
REQUESTS_PER_CLIENT = 12
TIME_LIMIT = 40.0
DASHBOARD_INTERVIEWS = 5_000
NOTE = (
    "Dear Dr. Raman,\n\n"
    "Thank you for speaking with me today about the Senior Data Engineer role at Northwind "
    "Analytics. Talking through your plan to move the batch ETL jobs to streaming was the part "
    "of the day I enjoyed most, and your point that data contracts matter more than tools has "
    "stayed with me since. It was fun to find out that we both studied in Pittsburgh.\n\n"
    "Given my five years building streaming pipelines on Kafka and Flink, I believe I could make "
    "an early contribution to the team. Looking back, I wish I had said more about the cost "
    "results from my last project, where we cut cloud spend by 38 percent. I remain very "
    "excited about the opportunity to join your team and to help with the migration.\n\n"
    "Please let me know if I can share anything else that would be helpful. I look forward to "
    "hearing about the next steps.\n\nWith best wishes,\nJordan Lee"
)


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _seed_draft(app: Any) -> int:
    """Store the example panel with its drafts; return the first draft's id."""
    from datetime import UTC, datetime, timedelta

    import yaml

    from afterword.compose.stored import draft_interview
    from afterword.interview.model import Interview
    from afterword.store.interviews import save_interview, save_profile

    record = yaml.safe_load(Path("examples/northwind-panel.yaml").read_text())
    started = datetime.now(UTC) - timedelta(hours=3)
    record.update(when=started.strftime("%Y-%m-%dT%H:%M"), timezone="UTC", decision_by=None)
    interview = Interview.model_validate(record)
    save_profile(app.state.db, interview.candidate)
    interview_id = save_interview(app.state.db, interview)
    return draft_interview(app.state.db, interview_id, interview)[0].id


async def _client(url: str, message_id: int, latencies: dict[str, list[float]], stop: float):
    import httpx

    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        page = await client.get("/")
        token = re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        headers = {"X-CSRF-Token": token, "HX-Request": "true"}
        data = {"subject": "Thank you — Senior Data Engineer interview", "body": NOTE}
        for i in range(REQUESTS_PER_CLIENT):
            if time.monotonic() > stop:
                return
            kind = "review" if i % 2 == 0 else "trivial"
            started = time.perf_counter()
            if kind == "review":
                response = await client.post(f"/messages/{message_id}/edit", data=data,
                                             headers=headers)  # fmt: skip
            else:
                response = await client.get("/healthz")
            response.raise_for_status()
            latencies[kind].append(time.perf_counter() - started)


async def _load(url: str, message_id: int) -> dict[str, list[float]]:
    latencies: dict[str, list[float]] = {"review": [], "trivial": []}
    stop = time.monotonic() + TIME_LIMIT
    await asyncio.gather(*(_client(url, message_id, latencies, stop) for _ in range(CLIENTS)))
    return latencies


def live_review_figure() -> Figure:
    """p95 of live re-reviews against p95 of the trivial endpoint, 50 clients, same load."""
    from afterword.web.app import create_app
    from afterword.web.server import running

    folder = Path(tempfile.mkdtemp())
    app = create_app(f"sqlite:///{folder / 'bench.sqlite3'}", secret_path=folder / "secret")
    message_id = _seed_draft(app)
    with running(app) as url:
        asyncio.run(_load(url, message_id))  # warm up: imports, spelling dictionary, pool
        latencies = asyncio.run(_load(url, message_id))
    app.state.db.dispose()
    return Figure(
        f"live re-review, 150-word note, p95, {CLIENTS} clients ({len(latencies['review'])} req)",
        _p95(latencies["review"]),
        f"GET /healthz p95 under the same load ({len(latencies['trivial'])} req)",
        _p95(latencies["trivial"]),
        "ratio <= 2",
    )


def _dashboard_time(db_path: Path, folder: Path) -> float:
    import httpx

    from afterword.web.app import create_app
    from afterword.web.server import running

    app = create_app(f"sqlite:///{db_path}", secret_path=folder / "secret")
    with running(app) as url, httpx.Client(base_url=url, timeout=120) as client:
        client.get("/").raise_for_status()  # warm
        seconds = median_of(lambda: client.get("/").raise_for_status(), repeat=5)
    app.state.db.dispose()
    return seconds


def dashboard_figure() -> Figure:
    """The dashboard on 5,000 interviews against the dashboard on one."""
    from benchmarks.bench_foundation import build_database

    folder = Path(tempfile.mkdtemp())
    big, small = folder / "big.sqlite3", folder / "small.sqlite3"
    build_database(big, DASHBOARD_INTERVIEWS)
    build_database(small, 1)
    return Figure(
        f"dashboard GET / with {DASHBOARD_INTERVIEWS:,} interviews (median of 5)",
        _dashboard_time(big, folder),
        "the same page with 1 interview",
        _dashboard_time(small, folder),
        "value <= 1 s",
    )


def run() -> list[Figure]:
    """Measure both web figures."""
    with tempfile.TemporaryDirectory() as home:  # keep the user's config and data out
        os.environ.update(XDG_DATA_HOME=home, XDG_CONFIG_HOME=home,
                          AFTERWORD_CONFIG=str(Path(home) / "config.toml"))  # fmt: skip
        return [live_review_figure(), dashboard_figure()]
