"""Glue between the web page and the composer: which drafts to write and where they go.

The writing itself is the composer's; this only calls it for the interviewers a page names.
"""

from __future__ import annotations

from typing import Any

from afterword.config import Settings
from afterword.interview.model import Candidate, Interview
from afterword.store.db import Database


def save_and_draft(db: Database, settings: Settings, interview: Interview) -> int:
    """Store a new interview and draft a thank-you for each interviewer; return its id."""
    from afterword.store.interviews import get_profile, save_interview

    interview_id = save_interview(db, interview)
    draft_missing(db, settings, interview_id, interview, interview.candidate or get_profile(db))
    return interview_id


def _signed(interview: Interview, candidate: Candidate | None) -> Interview:
    if interview.candidate is not None or candidate is None:
        return interview
    return interview.model_copy(update={"candidate": candidate})


def draft_missing(
    db: Database, settings: Settings, interview_id: int, interview: Interview,
    candidate: Candidate | None,
) -> list[int]:  # fmt: skip
    """Draft a thank-you for every interviewer who has none; return the new message ids."""
    from afterword.compose import compose_panel
    from afterword.store.interviews import interviewer_ids
    from afterword.store.messages import list_messages, save_draft

    ids = interviewer_ids(db, interview_id)
    have = {r.interviewer_id for r in list_messages(db, interview_id=interview_id)
            if r.kind == "thank-you"}  # fmt: skip
    drafts = compose_panel(_signed(interview, candidate), "thank-you", 0, settings)
    return [
        save_draft(db, interview_id, draft)
        for position, draft in enumerate(drafts)
        if position < len(ids) and ids[position] not in have
    ]


def draft_one(
    db: Database, settings: Settings, interview_id: int, interview: Interview,
    candidate: Candidate | None, interviewer_id: int, kind: str, sequence: int = 1,
    variant: int = 0,
) -> int:  # fmt: skip
    """Draft one message to one interviewer; return its id."""
    from afterword.compose import compose
    from afterword.store.interviews import interviewer_ids
    from afterword.store.messages import save_draft

    position = interviewer_ids(db, interview_id).index(interviewer_id)
    person = interview.interviewers[position]
    draft = compose(
        _signed(interview, candidate), person, kind=kind, variant=variant,
        settings=settings, profile=candidate, sequence=sequence,
    )  # fmt: skip
    return save_draft(db, interview_id, draft)


def regenerate(db: Database, settings: Settings, row: Any, interview: Interview,
               candidate: Candidate | None) -> int:  # fmt: skip
    """Write the next variant of a draft as a new draft; return its id."""
    return draft_one(
        db, settings, row.interview_id, interview, candidate, row.interviewer_id,
        row.kind, row.sequence, row.variant + 1,
    )  # fmt: skip
