"""Foundation figures: a cold ``afterword --version`` and ``afterword list --json`` at scale.

References, measured in the same run:
- ``afterword --version`` (the installed console script, a fresh process each time) against
  ``python -c pass`` with the same interpreter: the goal is at most 3x, so heavy imports
  must stay lazy.
- ``afterword list --json`` on a SQLite file of 10,000 interviews (25,000 interviewers)
  against a bare ``python -c`` that opens the same file with ``sqlite3``, selects the same
  rows and prints them with ``json.dumps``: the floor for answering the same question.
- The same two, in one process (no start-up): ``list_interviews`` + ``json.dumps`` against
  the raw ``sqlite3`` query + ``json.dumps``, to separate the data path from import time.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.harness import PYTHON, Figure, best_of, command_time

ROOT = Path(__file__).resolve().parents[1]
AFTERWORD = str(Path(PYTHON).with_name("afterword"))
INTERVIEWS = 10_000

RAW_LIST = """
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
names = {}
for interview_id, name in db.execute(
        "SELECT interview_id, name FROM interviewers ORDER BY interview_id, position"):
    names.setdefault(interview_id, []).append(name)
rows = db.execute("SELECT id, company, role, local_start, timezone, duration_minutes, format"
                  " FROM interviews ORDER BY starts_at DESC, id DESC")
print(json.dumps([{"id": r[0], "company": r[1], "role": r[2], "start": r[3], "timezone": r[4],
                   "duration_minutes": r[5], "format": r[6], "interviewers": names.get(r[0], [])}
                  for r in rows]))
"""


def build_database(path: Path, count: int = INTERVIEWS) -> None:
    """Create a migrated SQLite file holding ``count`` interviews, inserted in bulk."""
    from sqlalchemy import insert

    from afterword.store.db import Database
    from afterword.store.schema import InterviewerRow, InterviewRow

    db = Database(str(path))
    user = db.local_user_id()
    now = datetime.now(UTC)
    start = datetime(2024, 1, 1, 14, 0)
    interviews, people = [], []
    for i in range(1, count + 1):
        local = start + timedelta(hours=7 * i)
        interviews.append(
            {
                "id": i,
                "user_id": user,
                "company": f"Company {i % 700}",
                "role": "Data Engineer",
                "starts_at": local.replace(tzinfo=UTC) + timedelta(hours=6),
                "local_start": local,
                "timezone": "America/Chicago",
                "duration_minutes": 60,
                "format": "video",
                "decision_by": None,
                "candidate": None,
                "fit": [],
                "missed": [],
                "insights": [],
                "created_at": now,
                "updated_at": now,
            }
        )
        for position in range(1 + i % 4):
            people.append(
                {
                    "interview_id": i,
                    "position": position,
                    "name": f"Person {i}-{position}",
                    "title": None,
                    "email": f"p{i}.{position}@example.com",
                    "discussed": ["on-call load"],
                    "valued": None,
                    "rapport": None,
                    "timezone": None,
                    "replied_at": None,
                }
            )
    with db.session() as session:
        session.execute(insert(InterviewRow), interviews)
        session.execute(insert(InterviewerRow), people)
    db.dispose()


def in_process(path: Path) -> tuple[float, float]:
    """Best times of the store's list and of the raw query, both ending in JSON text."""
    import json
    import sqlite3

    from afterword.store.db import Database
    from afterword.store.interviews import list_interviews

    db = Database(str(path))
    ours = best_of(lambda: json.dumps([s.as_dict() for s in list_interviews(db)]), repeat=5)
    db.dispose()
    code = compile(
        RAW_LIST.replace("print(", "text = (").replace("sys.argv[1]", "PATH"), "raw", "exec"
    )
    raw = best_of(lambda: exec(code, {"PATH": str(path), "sqlite3": sqlite3, "json": json}), 5)
    return ours, raw


def run() -> list[Figure]:
    """Measure the figures against their references."""
    version = command_time([AFTERWORD, "--version"], repeat=15)
    bare = command_time([PYTHON, "-c", "pass"], repeat=15)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        build_database(path)
        listed = command_time([AFTERWORD, "list", "--json", "--db", str(path)], repeat=5)
        raw = command_time([PYTHON, "-c", RAW_LIST, str(path)], repeat=5)
        ours_inside, raw_inside = in_process(path)
    return [
        Figure("cold afterword --version", version, "python -c pass", bare, "ratio <= 3"),
        Figure(
            f"afterword list --json, {INTERVIEWS:,} interviews",
            listed,
            "sqlite3 SELECT + json.dumps of the same rows",
            raw,
            "report",
        ),
        Figure(
            f"list_interviews + json.dumps in process, {INTERVIEWS:,} interviews",
            ours_inside,
            "the same sqlite3 SELECT + json.dumps in process",
            raw_inside,
            "report",
        ),
    ]
