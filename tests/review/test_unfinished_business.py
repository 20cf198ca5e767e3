"""AW306 asks a draft only for the missed points it owes: never for a slip jotted for oneself."""

from __future__ import annotations

import pytest

from afterword.review.context import ReviewContext
from afterword.review.engine import review_text
from afterword.review.rules.samples import northwind

DRAFT = "Dear Dr. Raman,\n\nThank you for the conversation about streaming.\n\nBest,\nJordan Lee"

# (case, the missed note, what AW306 says about a draft that does not mention it)
MISSED = [
    (
        "a point to make",  # the clean control
        "the cost results from my last project",
        [
            "you noted you missed 'the cost results from my last project'; "
            "this note does not address it"
        ],
    ),
    ("self-criticism", "bombed the SQL question", []),
    ("a private aside", "ugh, forgot to ask about the roadmap", []),
    ("a retraction", "no wait... skip that", []),
    (
        "a slip and a point",
        "messed up the terraform question, should have said we used remote state w/ locking",
        [
            "you noted you missed 'should have said we used remote state w/ locking'; "
            "this note does not address it"
        ],
    ),
]


def _context(missed: str) -> ReviewContext:
    interview = northwind().model_copy(update={"missed": [missed]})
    return ReviewContext(
        interview=interview,
        recipient=interview.interviewers[0],
        kind="thank-you",
        candidate=interview.candidate,
    )


@pytest.mark.parametrize(("missed", "said"), [c[1:] for c in MISSED], ids=[c[0] for c in MISSED])
def test_aw306_asks_only_for_what_the_draft_owes(missed: str, said: list[str]) -> None:
    findings = review_text(DRAFT, context=_context(missed)).findings
    assert [f.message for f in findings if f.rule == "AW306"] == said
