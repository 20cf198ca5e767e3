"""due_items over 5,000 interviews of three interviewers each.

Two figures, both against the bare cost of reading every row (the two queries the full
due_items makes), measured in the same run:
- every item, done ones too, as ``afterword due --all`` asks: the ratio is what the deadline
  arithmetic adds on top of the database;
- the soonest 12 pending items, as the dashboard asks (``limit=12``): it reads only the
  interviews that can hold them.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.harness import Figure, best_of

INTERVIEWS = 5_000
PANEL = 3
SHOWN = 12  # what the dashboard lists
ZONES = ("America/Chicago", "Europe/London", "Asia/Kolkata", "America/New_York")


def _fill(db, user_id: int) -> None:  # type: ignore[no-untyped-def]
    """Store the interviews, and a sent thank-you for every second interviewer."""
    from afterword.store.db import utcnow
    from afterword.store.schema import InterviewerRow, InterviewRow, MessageRow

    now = utcnow()
    with db.session() as session:
        for n in range(INTERVIEWS):
            start = datetime(2026, 1, 5, 14, tzinfo=UTC) + timedelta(hours=5 * n)
            decision = start.date() + timedelta(days=9) if n % 3 else None
            row = InterviewRow(
                user_id=user_id, company=f"Company {n}", role="Data Engineer", starts_at=start,
                local_start=start.replace(tzinfo=None), timezone=ZONES[n % len(ZONES)],
                duration_minutes=60, decision_by=decision,
                created_at=now, updated_at=now, fit=[], missed=[], insights=[],
            )  # fmt: skip
            row.interviewers = [
                InterviewerRow(position=i, name=f"Person {n}-{i}", email=f"p{n}.{i}@example.com",
                               discussed=[])
                for i in range(PANEL)
            ]  # fmt: skip
            session.add(row)
            session.flush()
            for person in row.interviewers[::2]:
                session.add(MessageRow(
                    interview_id=row.id, interviewer_id=person.id, kind="thank-you", sequence=1,
                    status="sent", subject="Thank you", body="Thank you.", created_at=now,
                    updated_at=now, sent_at=start + timedelta(hours=20), attempts=0,
                ))  # fmt: skip


def run() -> list[Figure]:
    """Time due_items, every item and the soonest 12, against reading every row."""
    from afterword.config import Settings
    from afterword.schedule.due import _load, collect_due_items
    from afterword.store.db import Database

    with tempfile.TemporaryDirectory() as folder:
        db = Database(str(Path(folder) / "bench.sqlite3"))
        user_id = db.local_user_id()
        _fill(db, user_id)
        now, settings = datetime(2026, 6, 1, 12, tzinfo=UTC), Settings()
        reference = best_of(lambda: _load(db, user_id), repeat=3)
        value = best_of(lambda: collect_due_items(db, settings, now, include_done=True), repeat=3)
        soonest = best_of(lambda: collect_due_items(db, settings, now, limit=SHOWN), repeat=3)
        db.dispose()
    name = f"{INTERVIEWS:,} interviews x {PANEL} interviewers (SQLite)"
    rows = "reading every row (the full list's two queries)"
    return [
        Figure(f"due_items, every item, {name}", value, rows, reference,
               "value <= 1 s on an idle machine; ratio informational"),
        Figure(f"due_items(limit={SHOWN}), the dashboard's list, {name}", soonest, rows,
               reference, "value <= 0.1 s"),
    ]  # fmt: skip
