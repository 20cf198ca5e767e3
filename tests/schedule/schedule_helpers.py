"""Helpers for the schedule tests: the Northwind panel and messages at any stage."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from afterword.interview.model import Interview
from afterword.store.db import Database, utcnow


def northwind(**fields: Any) -> Interview:
    """The example panel (Tue 24 Nov 2026, 14:00-15:00 in Chicago), with overrides."""
    record: dict[str, Any] = {
        "company": "Northwind Analytics",
        "role": "Senior Data Engineer",
        "when": datetime(2026, 11, 24, 14),
        "timezone": "America/Chicago",
        "interviewers": [
            {"name": "Dr. Priya Raman", "email": "priya.raman@northwind.example"},
            {"name": "Sam Okafor", "email": "sam.okafor@northwind.example"},
        ],
    }
    return Interview.model_validate(record | fields)


def add_message(
    db: Database,
    interview_id: int,
    interviewer_id: int,
    kind: str = "thank-you",
    status: str = "draft",
    sequence: int = 1,
    **columns: Any,
) -> int:
    """Store a message row at the given stage, the way the outbox leaves it; return its id."""
    from afterword.store.schema import MessageRow

    now = utcnow()
    with db.session() as session:
        row = MessageRow(
            interview_id=interview_id, interviewer_id=interviewer_id, kind=kind,
            sequence=sequence, status=status, subject="Thank you", body="Thank you.",
            created_at=now, updated_at=now, **columns,
        )  # fmt: skip
        session.add(row)
        session.flush()
        return row.id
