"""A draft's actions on the interview page: live re-review, save, fix, approve, send."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from afterword.config import Settings
from afterword.mail.build import build_email, wire_bytes
from afterword.mail.kernel import BadText, NotEditable, edit
from afterword.mail.outbox import ApprovalRefused, OutboxError, approve, send_now
from afterword.review.fix import Edit, apply_edits
from afterword.store import audit
from afterword.store.db import Database
from afterword.store.errors import NotFound
from afterword.store.interviews import get_profile, interviewer_ids
from afterword.store.messages import get_message
from afterword.web.auth import client_address
from afterword.web.cards import draft_view
from afterword.web.deps import DbDep, SettingsDep, UserDep, get_user_id, render
from afterword.web.drafting import regenerate
from afterword.web.views.interview import load_interview, page_response

router = APIRouter()


def _row(db: Database, message_id: int, user_id: int) -> Any:
    try:
        return get_message(db, message_id, user_id)
    except NotFound as exc:
        raise HTTPException(404, f"There is no message {message_id}.") from exc


def _view(db: Database, settings: Settings, row: Any, user_id: int, body: str | None = None,
          subject: str | None = None) -> Any:  # fmt: skip
    interview, candidate = load_interview(db, row.interview_id, user_id)
    ids = interviewer_ids(db, row.interview_id)
    recipient = (
        interview.interviewers[ids.index(row.interviewer_id)] if row.interviewer_id in ids else None
    )
    return draft_view(row, interview, recipient, candidate, settings, body, subject)


def _back(row: Any) -> RedirectResponse:
    return RedirectResponse(f"/interviews/{row.interview_id}#draft-{row.id}", status_code=303)


def _card(request: Request, db: Database, settings: Settings, row: Any, **extra: Any) -> Response:
    """Answer with the draft's card (htmx) or the whole interview page (a plain form post)."""
    card_extra = {row.id: extra}
    user_id = get_user_id(request)
    if request.headers.get("hx-request") == "true":
        view = _view(db, settings, _row(db, row.id, user_id), user_id)
        return render(request, "_draft.html", {"view": view, "card_extra": card_extra})
    if not extra.get("problem"):
        return _back(row)

    return page_response(request, db, settings, row.interview_id, user_id, card_extra=card_extra,
                         status_code=409)  # fmt: skip


def _save(
    db: Database, row: Any, subject: str | None, body: str | None, user_id: int
) -> tuple[Any, str]:
    """Store the typed text; return the row and what kept it from being stored, if anything."""
    if row.status != "draft" or body is None:
        return row, ""
    subject = row.subject if subject is None else subject
    if (subject, body) != (row.subject, row.body):
        try:
            edit(db, row.id, subject, body)
        except NotEditable:  # approved meanwhile (another tab, the CLI): show it as it is
            return _row(db, row.id, user_id), ""
        except BadText as exc:  # e.g. a line break pasted into the subject: not stored
            return row, f"Not saved: {exc}."
        row.subject, row.body = subject, body  # the stored row, without reading it back
    return row, ""


@router.post("/messages/{message_id}/edit")
def edit_draft(
    request: Request, message_id: int, db: DbDep, settings: SettingsDep, user: UserDep,
    body: str = Form(""), subject: str = Form(""),
) -> Response:  # fmt: skip
    """Save what is typed and answer with its fresh review (the live re-review)."""
    row, _problem = _save(db, _row(db, message_id, user), subject, body, user)  # shown later
    view = _view(db, settings, row, user, body, subject)
    return render(request, "_review.html", {"view": view})


@router.post("/messages/{message_id}")
def act_on_draft(
    request: Request, message_id: int, db: DbDep, settings: SettingsDep, user: UserDep,
    action: str = Form("save"), body: str | None = Form(None), subject: str | None = Form(None),
) -> Response:  # fmt: skip
    """Save the text, then approve it, or approve and send it now."""
    row, unsaved = _save(db, _row(db, message_id, user), subject, body, user)
    if unsaved:
        return _card(request, db, settings, row, problem=unsaved, open_editor=True)
    if action == "save":
        return _card(request, db, settings, row, saved="Saved.", open_editor=True)
    problem = _approve(db, settings, row.id, user, force=action == "force")
    if problem:
        return _card(request, db, settings, row, problem=problem, force_approve=True)
    if action == "send":
        return _send(request, db, settings, row)
    return _back(row)


def _approve(
    db: Database, settings: Settings, message_id: int, user_id: int, force: bool
) -> str | None:
    """Approve through the outbox; return why it was refused, in words, if it was."""
    try:
        approve(db, message_id, force=force, settings=settings, user_id=user_id)
    except ApprovalRefused as exc:
        found = "; ".join(f"{f.rule} {f.message}" for f in exc.findings)
        return f"Not approved: the review found {len(exc.findings)} error(s): {found}"
    except OutboxError as exc:
        return str(exc)
    return None


def _send(request: Request, db: Database, settings: Settings, row: Any) -> Response:
    try:
        report = send_now(db, settings, [row.id], get_user_id(request))
    except OutboxError as exc:
        return _card(request, db, settings, row, problem=str(exc))
    if request.app.state.hosted:  # the worker's ledger logs each send; this, what did not go
        for outcome in (o for o in report.outcomes if o.state != "sent"):
            audit.write(db, "send", user_id=get_user_id(request), message=outcome.id,
                        state=outcome.state, address=client_address(request))  # fmt: skip
    problems = [o.detail for o in report.outcomes if o.state != "sent"]
    if report.stopped or problems:
        return _card(request, db, settings, row, problem=report.stopped or "; ".join(problems))
    return _back(row)


@router.post("/messages/{message_id}/send")
def send_message(
    request: Request, message_id: int, db: DbDep, settings: SettingsDep, user: UserDep
) -> Response:
    """Send an approved message now, whatever its window."""
    return _send(request, db, settings, _row(db, message_id, user))


@router.post("/messages/{message_id}/fix")
def fix_finding(
    request: Request, message_id: int, db: DbDep, settings: SettingsDep, user: UserDep,
    start: int = Form(...), end: int = Form(...), original: str = Form(""),
    replacement: str = Form(""), body: str | None = Form(None), subject: str | None = Form(None),
) -> Response:  # fmt: skip
    """Apply one of a finding's replacements to the text, if the text is still as reviewed."""
    row = _row(db, message_id, user)
    text = row.body if body is None else body
    if not (0 <= start <= end <= len(text)) or text[start:end] != original:
        return _card(request, db, settings, row, problem="The text changed since the review; "
                     "the fix was not applied. Look at the new review and try again.")  # fmt: skip

    fixed = apply_edits(text, [Edit(start, end, replacement, rule="web")])
    row, _problem = _save(db, row, subject, fixed, user)
    return _card(
        request,
        db,
        settings,
        row,
        saved=f"Changed to “{replacement}”." if replacement else "Removed.",
        open_editor=body is not None,
    )


@router.post("/messages/{message_id}/regenerate")
def regenerate_draft(message_id: int, db: DbDep, settings: SettingsDep, user: UserDep) -> Response:
    """Show the composer's next variant in place of a draft (the newest draft is the one shown)."""
    row = _row(db, message_id, user)
    interview, _ = load_interview(db, row.interview_id, user)
    new_id = regenerate(db, settings, row, interview)
    return RedirectResponse(f"/interviews/{row.interview_id}#draft-{new_id}", status_code=303)


@router.get("/messages/{message_id:int}")
def show_message(message_id: int, db: DbDep, user: UserDep) -> Response:
    """Show a message where it lives: on its interview's page."""
    return _back(_row(db, message_id, user))


@router.get("/messages/{message_id}.eml")
def download_eml(message_id: int, db: DbDep, user: UserDep) -> Response:
    """Download the message as an .eml file to open in any mail program."""
    row = _row(db, message_id, user)
    _, candidate = load_interview(db, row.interview_id, user)
    data = wire_bytes(build_email(row, candidate or get_profile(db, user)), row.id)
    filename = f"afterword-{row.id}-{row.kind}.eml"
    headers = {"content-disposition": f'attachment; filename="{filename}"'}
    return Response(data, media_type="message/rfc822", headers=headers)
