"""The outbox: every approved message, where it stands, and what can be done about it."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from afterword.mail import outbox
from afterword.mail.outbox import list_outbox
from afterword.web.deps import DbDep, UserDep, get_user_id, render

router = APIRouter()


@router.get("/outbox")
def outbox_page(request: Request, db: DbDep, user: UserDep, notice: str | None = None) -> Response:
    """List the outbox with states, failure reasons and actions."""
    rows = list_outbox(db, user_id=user)
    return render(request, "outbox.html", {"title": "Outbox", "rows": rows})


def _do(request: Request, db: DbDep, message_id: int, action: str, **kwargs: object) -> Response:
    """Act on one of the signed-in user's messages (another's is "not found")."""
    getattr(outbox, action)(db, message_id, user_id=get_user_id(request), **kwargs)
    back = request.headers.get("referer") or "/outbox"
    return RedirectResponse(back if back.startswith(str(request.base_url)) else "/outbox", 303)


@router.post("/outbox/{message_id}/retry")
def retry(request: Request, message_id: int, db: DbDep) -> Response:
    """Put a failed message back in line."""
    return _do(request, db, message_id, "retry")


@router.post("/outbox/{message_id}/cancel")
def cancel(request: Request, message_id: int, db: DbDep) -> Response:
    """Stop an approved, scheduled or failed message from going."""
    return _do(request, db, message_id, "cancel")


@router.post("/outbox/{message_id}/confirm")
def confirm(request: Request, message_id: int, db: DbDep, delivered: str = Form(...)) -> Response:
    """Record whether an uncertain send reached the server."""
    return _do(request, db, message_id, "confirm_uncertain", delivered=delivered == "yes")
