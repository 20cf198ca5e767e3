"""Which drafts a page asks the composer for; the writing and storing are the composer's."""

from __future__ import annotations

from typing import Any

from afterword.compose.stored import draft_interview
from afterword.config import Settings
from afterword.interview.model import Interview, Interviewer
from afterword.kinds import MessageKind
from afterword.store.db import Database
from afterword.store.interviews import interviewer_ids, save_interview
from afterword.store.messages import list_messages


def _address(person: Interviewer) -> str:
    return str(person.email) if person.email else person.name


def save_and_draft(db: Database, settings: Settings, interview: Interview, user_id: int) -> int:
    """Store a user's new interview and draft a thank-you for each interviewer; return its id."""
    interview_id = save_interview(db, interview, user_id)
    draft_interview(db, interview_id, interview, MessageKind.THANK_YOU, settings=settings)
    return interview_id


def draft_missing(
    db: Database, settings: Settings, interview_id: int, interview: Interview
) -> None:
    """Draft a thank-you for every interviewer who has none."""
    have = {r.interviewer_id for r in list_messages(db, interview_id) if r.kind == "thank-you"}
    for person, ident in zip(
        interview.interviewers, interviewer_ids(db, interview_id), strict=False
    ):
        if ident not in have:
            draft_interview(db, interview_id, interview, MessageKind.THANK_YOU, _address(person),
                            settings=settings)  # fmt: skip


def draft_for(
    db: Database, settings: Settings, interview_id: int, interview: Interview,
    interviewer_id: int, kind: str, variant: int = 0,
) -> int:  # fmt: skip
    """Draft one message to one interviewer (the follow-up's number is the composer's)."""
    person = interview.interviewers[interviewer_ids(db, interview_id).index(interviewer_id)]
    stored = draft_interview(db, interview_id, interview, kind, _address(person), variant,  # type: ignore[arg-type]
                             settings)  # fmt: skip
    return stored[0].id


def regenerate(db: Database, settings: Settings, row: Any, interview: Interview) -> int:
    """Write the composer's next variant of a draft as a new draft; return its id."""
    return draft_for(
        db, settings, row.interview_id, interview, row.interviewer_id, row.kind, row.variant + 1
    )
