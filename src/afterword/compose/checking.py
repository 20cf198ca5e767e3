"""Run a draft through the reviewer with everything the rules may know about it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterword.compose.draft import Draft

if TYPE_CHECKING:
    from afterword.config import Settings
    from afterword.interview.model import Candidate, Interview


def draft_message(draft: Draft, candidate: Candidate | None, source: str | None = None) -> Any:
    """The reviewer's view of a draft: body, subject, sender and recipient."""
    from email.headerregistry import Address

    from afterword.review.message import Message

    sender = str(Address(candidate.name, addr_spec=candidate.email)) if candidate else None
    to = draft.to_name
    if draft.to_address:
        to = str(Address(draft.to_name, addr_spec=draft.to_address))
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
