"""Sample contexts the rules' examples name: the Northwind panel of the examples folder."""

from __future__ import annotations

from datetime import timedelta
from functools import cache

from afterword.interview.model import Interview
from afterword.review.context import ReviewContext

NORTHWIND = {
    "candidate": {"name": "Jordan Lee", "email": "jordan.lee@example.com"},
    "company": "Northwind Analytics",
    "role": "Senior Data Engineer",
    "when": "2026-11-24T14:00",
    "duration_minutes": 60,
    "timezone": "America/Chicago",
    "fit": ["five years building streaming pipelines on Kafka and Flink"],
    "missed": ["the cost results from my last project (38% lower cloud spend)"],
    "interviewers": [
        {
            "name": "Dr. Priya Raman",
            "title": "Director of Data Platform",
            "email": "priya.raman@northwind.example",
            "discussed": ["her plan to move the batch ETL jobs to streaming"],
            "valued": "her point that data contracts matter more than tools",
        },
        {
            "name": "Sam Okafor",
            "title": "Staff Engineer",
            "email": "sam.okafor@northwind.example",
            "discussed": ["on-call load", "how they test schema changes"],
        },
    ],
}

# key -> (interviewer index, kind, hours after the interview ended when it is sent)
CONTEXTS: dict[str, tuple[int, str, float | None]] = {
    "priya": (0, "thank-you", 3),
    "priya-30h": (0, "thank-you", 30),
    "priya-50h": (0, "thank-you", 50),
    "priya-follow-up": (0, "follow-up", 24 * 8),
    "priya-follow-up-early": (0, "follow-up", 24 * 2),
    "sam": (1, "thank-you", 3),
    "priya-regrets": (0, "thank-you", 3),
}

# Contexts whose interview's missed notes are these instead: slips jotted for oneself.
MISSED_BY_CONTEXT: dict[str, list[str]] = {
    "priya-regrets": [
        "bombed the SQL question",
        "ugh, forgot to ask about the roadmap",
        "messed up the terraform question, should have said we used remote state w/ locking",
    ],
}


@cache
def northwind() -> Interview:
    """Return the sample interview."""
    return Interview.model_validate(NORTHWIND)


@cache
def sample_context(key: str) -> ReviewContext:
    """Return the sample context an example names."""
    index, kind, hours = CONTEXTS[key]
    interview = northwind()
    if key in MISSED_BY_CONTEXT:
        interview = interview.model_copy(update={"missed": MISSED_BY_CONTEXT[key]})
    sent_at = interview.end + timedelta(hours=hours) if hours is not None else None
    return ReviewContext(
        interview=interview,
        recipient=interview.interviewers[index],
        kind=kind,  # type: ignore[arg-type]
        sent_at=sent_at,
        candidate=interview.candidate,
    )
