"""Coaches: sharing an interview (the candidate's side) and the coach's read-only page.

A coach reaches a shared interview only under ``/shared/...``: every route that changes a
draft stays the owner's, so a coach asking for them gets "not found" like anyone else.
"""

from __future__ import annotations

from collections import defaultdict

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from afterword.accounts.errors import AccountError
from afterword.accounts.sharing import add_comment, comments_on, share, shared_owner, unshare
from afterword.web.cards import interview_cards
from afterword.web.deps import DbDep, SettingsDep, UserDep, render
from afterword.web.views.interview import load_interview, page_response

router = APIRouter()


@router.post("/interviews/{interview_id}/shares")
def share_interview(
    request: Request, interview_id: int, db: DbDep, settings: SettingsDep, user: UserDep,
    coach_email: str = Form(""),
) -> Response:  # fmt: skip
    """Share the interview with a coach, by the coach's e-mail address."""
    try:
        name = share(db, user, interview_id, coach_email)
    except AccountError as exc:  # no such coach, not a coach: said beside the field
        return page_response(request, db, settings, interview_id, user, status_code=422,
                             share_problem=str(exc), coach_email=coach_email)  # fmt: skip
    notice = f"Shared with {name}: they can read the drafts and comment."
    return page_response(request, db, settings, interview_id, user, notice=notice)


@router.post("/interviews/{interview_id}/shares/{coach_id}/delete")
def unshare_interview(interview_id: int, coach_id: int, db: DbDep, user: UserDep) -> Response:
    """Stop sharing the interview with one coach."""
    unshare(db, user, interview_id, coach_id)
    return RedirectResponse(f"/interviews/{interview_id}#sharing", status_code=303)


@router.get("/shared/{interview_id}")
def shared_page(
    request: Request, interview_id: int, db: DbDep, settings: SettingsDep, user: UserDep
) -> Response:
    """Show a coach an interview shared with them: drafts and findings, read-only, to comment."""
    owner = shared_owner(db, user, interview_id)
    interview, candidate = load_interview(db, interview_id, owner)
    comments = defaultdict(list)
    for comment in comments_on(db, interview_id):
        comments[comment.message_id].append(comment)
    context = {
        "title": f"{interview.role} at {interview.company} (shared)",
        "interview_id": interview_id,
        "interview": interview,
        "cards": interview_cards(db, interview_id, interview, candidate, settings),
        "comments": comments,
        "readonly": True,
    }
    return render(request, "shared.html", context)


@router.post("/shared/{interview_id}/comments")
def comment(
    interview_id: int, db: DbDep, user: UserDep, message_id: int | None = Form(None),
    body: str = Form(""),
) -> Response:  # fmt: skip
    """Leave a comment beside a draft of an interview shared with this coach."""
    add_comment(db, user, interview_id, message_id, body)
    anchor = f"#draft-{message_id}" if message_id else ""
    return RedirectResponse(f"/shared/{interview_id}{anchor}", status_code=303)
