"""The new-interview page: a form quick enough for a phone, and .ics import to prefill it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from afterword.compose.notes.report import grouped
from afterword.interview.errors import InterviewFileError
from afterword.interview.ics import import_invite
from afterword.store.db import Database
from afterword.store.interviews import get_profile
from afterword.web import forms
from afterword.web.deps import DbDep, SettingsDep, UserDep, get_user_id, render
from afterword.web.drafting import save_and_draft

router = APIRouter()
MAX_ICS_BYTES = 1_000_000


def _page(request: Request, db: Database, form: forms.InterviewForm, status: int = 200, **extra):  # type: ignore[no-untyped-def]
    has_profile = get_profile(db, get_user_id(request)) is not None
    context = {"title": "New interview", "form": form, "has_profile": has_profile, **extra}
    return render(request, "interview_form.html", context, status_code=status)


@router.get("/interviews/new")
def new_interview_form(request: Request, db: DbDep, user: UserDep) -> Response:
    """Show a blank form with the time zone filled in."""
    return _page(request, db, forms.blank_form())


@router.post("/interviews/new")
async def create_interview(
    request: Request, db: DbDep, settings: SettingsDep, user: UserDep
) -> Response:
    """Save the interview and draft a note per interviewer, or show the form with its errors."""
    data = await request.form()
    return await run_in_threadpool(_create, request, db, settings, data, user)


def _create(request: Request, db: Database, settings: Any, data: Any, user_id: int) -> Response:
    """Validate, store and draft (the database and the composer block: a worker thread)."""
    form = forms.read_form(data)
    if data.get("action") == "add":
        return _page(request, db, forms.add_block(form))
    if data.get("action") == "check":  # the preview without JavaScript
        return _page(request, db, form, reading=grouped(forms.notes_reading(form)))
    interview = forms.validate(form)
    if interview is None:
        return _page(request, db, form, status=422)

    interview_id = save_and_draft(db, settings, interview, user_id)
    return RedirectResponse(f"/interviews/{interview_id}?created=1", status_code=303)


@router.post("/interviews/new/notes")
async def preview_notes(request: Request) -> Response:
    """The live preview: how each note typed so far will be read (a partial for htmx)."""
    data = await request.form()
    return await run_in_threadpool(_preview, request, data)  # the lexicons load once, slowly


def _preview(request: Request, data: Any) -> Response:
    reading = forms.notes_reading(forms.read_form(data))
    return render(request, "_notes_reading.html", {"reading": grouped(reading), "live": True})


@router.post("/interviews/new/ics")
async def prefill_from_ics(
    request: Request, db: DbDep, user: UserDep, ics: UploadFile | None = None
) -> Response:
    """Fill the form from a calendar invite, for the user to check and complete."""
    data = await ics.read(MAX_ICS_BYTES + 1) if ics else b""
    name = (ics.filename if ics else None) or "invite.ics"
    # Everything after the upload blocks (the database, the import): off the event loop.
    return await run_in_threadpool(_prefill, request, db, data, name)


def _prefill(request: Request, db: Database, data: bytes, source: str) -> Response:
    if not data:
        return _page(request, db, forms.blank_form(), 422, ics_error="Choose an .ics file first.")
    if len(data) > MAX_ICS_BYTES:
        return _page(request, db, forms.blank_form(), 422, ics_error="That file is over 1 MB.")
    profile = get_profile(db, get_user_id(request))
    try:
        imported = import_invite(data, source, profile.email if profile else None)
    except InterviewFileError as exc:
        return _page(request, db, forms.blank_form(), 422, ics_error=str(exc))
    form = forms.form_from_interview(imported.interview)
    return _page(request, db, form, guesses=_describe_guesses(imported))


def _describe_guesses(imported: object) -> list[str]:
    guesses: dict[str, str] = getattr(imported, "guesses", {})
    lines = [f"{field.capitalize()}: “{value}” (guessed)" for field, value in guesses.items()]
    return lines + [note[:1].upper() + note[1:] for note in getattr(imported, "notes", [])]
