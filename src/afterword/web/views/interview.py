"""The interview page: a card per interviewer with their drafts side by side."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from afterword.accounts.sharing import coaches_of, comments_on
from afterword.compose.notes.report import grouped, read_interview
from afterword.config import Settings
from afterword.interview.model import Candidate, Interview
from afterword.schedule.deadlines import thank_you_deadline
from afterword.schedule.due import due_items
from afterword.store.db import Database
from afterword.store.errors import NotFound
from afterword.store.interviews import get_interview, get_profile
from afterword.web.cards import interview_cards, panel_warnings
from afterword.web.deps import DbDep, SettingsDep, UserDep, render
from afterword.web.drafting import draft_for, draft_missing

router = APIRouter()


def load_interview(
    db: Database, interview_id: int, user_id: int
) -> tuple[Interview, Candidate | None]:
    """Return the user's interview and who signs its notes, or answer 404."""
    try:
        interview = get_interview(db, interview_id, user_id)
    except NotFound as exc:
        raise HTTPException(404, f"There is no interview {interview_id}.") from exc
    return interview, interview.candidate or get_profile(db, user_id)


def _due_follow_ups(
    db: Database, settings: Settings, interview_id: int, user_id: int
) -> list[object]:
    now = datetime.now(UTC)
    return [
        item
        for item in due_items(db, settings, now, user_id, interview_id=interview_id)
        if item.kind == "follow-up" and item.state == "due" and item.countdown <= timedelta(0)
    ]


@router.get("/interviews/{interview_id}")
def interview_page(
    request: Request, interview_id: int, db: DbDep, settings: SettingsDep, user: UserDep,
    created: int = 0,
) -> Response:  # fmt: skip
    """Show every interviewer's drafts with their reviews."""
    notice = "Saved. Here is a draft for each interviewer." if created else None
    return page_response(request, db, settings, interview_id, user, notice=notice)


def page_response(
    request: Request, db: Database, settings: Settings, interview_id: int, user_id: int,
    status_code: int = 200, **extra: Any,
) -> Response:  # fmt: skip
    """Render the interview page (also after a refused action, with its message in place)."""
    interview, candidate = load_interview(db, interview_id, user_id)
    cards = interview_cards(db, interview_id, interview, candidate, settings)
    context = {
        "title": f"{interview.role} at {interview.company}",
        "interview_id": interview_id,
        "interview": interview,
        "cards": cards,
        "panel_warnings": panel_warnings(cards),
        "deadline": thank_you_deadline(interview),
        "follow_ups": _due_follow_ups(db, settings, interview_id, user_id),
        "reading": grouped(read_interview(interview)),
        "hosted": request.app.state.hosted,
        "coaches": coaches_of(db, user_id, interview_id) if request.app.state.hosted else [],
        "comments": _comments(db, interview_id),
        **extra,
    }
    return render(request, "interview.html", context, status_code=status_code)


def _comments(db: Database, interview_id: int) -> dict[int | None, list[Any]]:
    """The coaches' comments, by the draft they sit beside."""
    found: dict[int | None, list[Any]] = defaultdict(list)
    for comment in comments_on(db, interview_id):
        found[comment.message_id].append(comment)
    return found


@router.post("/interviews/{interview_id}/drafts")
def draft_notes(interview_id: int, db: DbDep, settings: SettingsDep, user: UserDep) -> Response:
    """Draft a thank-you for every interviewer that has none yet."""
    interview, _ = load_interview(db, interview_id, user)
    draft_missing(db, settings, interview_id, interview)
    return RedirectResponse(f"/interviews/{interview_id}", status_code=303)


@router.post("/interviews/{interview_id}/follow-ups")
def draft_follow_up(
    interview_id: int,
    db: DbDep,
    settings: SettingsDep,
    user: UserDep,
    interviewer_id: int = Form(...),
) -> Response:
    """Draft the follow-up that has come due for one interviewer."""
    interview, _ = load_interview(db, interview_id, user)
    draft_for(db, settings, interview_id, interview, interviewer_id, "follow-up")
    return RedirectResponse(f"/interviews/{interview_id}", status_code=303)
