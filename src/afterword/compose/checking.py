"""Run a draft through the reviewer with everything the rules may know about it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterword.compose.draft import Draft

if TYPE_CHECKING:
    from afterword.config import Settings
    from afterword.interview.model import Candidate, Interview


def draft_message(draft: Draft, candidate: Candidate | None, source: str | None = None) -> Any:
    """The reviewer's view of a draft: body, subject, sender and recipient."""
    from email.headerregistry import Address

    from afterword.interview.names import display_name
    from afterword.review.message import Message

    sender = str(Address(candidate.name, addr_spec=candidate.email)) if candidate else None
    to = draft.to_name
    if draft.to_address:
        to = str(Address(display_name(draft.to_name), addr_spec=draft.to_address))
    return Message(
        body=draft.body,
        subject=draft.subject,
        sender=sender,
        to=to,
        source=source or f"to {draft.to_name}",
    )


def review_draft(
    draft: Draft,
    interview: Interview,
    settings: Settings | None = None,
    candidate: Candidate | None = None,
    sent_at: datetime | None = None,
    source: str | None = None,
) -> Any:
    """Review one draft in its context: the interview, the recipient and the kind."""
    from afterword.compose.dialect import english_for
    from afterword.config import ReviewSettings
    from afterword.english import HARPER_NAMES
    from afterword.review.context import ReviewContext
    from afterword.review.engine import review

    # Check the spelling in the English the draft was written in.
    english = HARPER_NAMES[english_for(settings, interview)]
    checks = (settings.review if settings else ReviewSettings()).model_copy(
        update={"dialect": english}
    )
    candidate = candidate or interview.candidate
    context = ReviewContext(
        interview=interview,
        recipient=draft.interviewer,
        kind=draft.kind,
        sent_at=sent_at,
        candidate=candidate,
    )
    return review(draft_message(draft, candidate, source), context, checks)


# The reviewer's proofreading rules (grammar, repetition, capitals, punctuation; spelling is
# the candidate's own): what a sentence built from a note must pass before it is kept.
NOT_PROOFREADING = ("AW1", "AW2", "AW3", "AW4", "AW5", "AW7", "AW601")


def turned_down(
    draft: Draft, interview: Interview, settings: Settings, respelled: Callable[[str], str]
) -> dict[str, str]:
    """The sentences built from notes that the reviewer's proofreading flags, and why.

    ``respelled`` gives a sentence as the draft's English writes it, to find it in the body.
    The review runs on the very text, names and English that the full review will see, so
    the proofreader's result is reused there.
    """
    review = settings.review
    proofreading = review.model_copy(update={"disable": [*review.disable, *NOT_PROOFREADING]})
    found = review_draft(draft, interview, settings.model_copy(update={"review": proofreading}))
    rejected: dict[str, str] = {}
    for finding in found.findings:
        if not finding.has_span or not _breaks_a_sentence(finding):
            continue
        for built in draft.from_notes:
            start = draft.body.find(respelled(built))
            if start >= 0 and start <= finding.start < start + len(respelled(built)):
                rejected[built] = finding.message
    return rejected


# The reviewer's broken-join rules name the words that run together: '"I bring built": ...'.
BROKEN_JOIN = re.compile(r'^"[^"]+": ')


def _breaks_a_sentence(finding: Any) -> bool:
    """An error, or a broken join ("about that I", "I bring built"); not a matter of taste.

    Harper's warnings (a preposition it suspects is missing, "milliseconds" for "ms", a place's
    official name) are too often wrong on good sentences to cost a note its place.
    """
    if finding.severity == "error":
        return True
    return finding.rule in ("AW602", "AW603") and bool(BROKEN_JOIN.match(finding.message))
