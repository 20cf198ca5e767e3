"""Settings: the profile (with the sender-address check), mail servers and preferences.

Everything but passwords goes to the TOML config file; passwords go to the system keyring
and are never rendered back into the page.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from afterword.config import Settings, save_settings
from afterword.store.db import Database
from afterword.store.interviews import get_profile, get_signature
from afterword.store.interviews import save_profile as store_profile
from afterword.web import settings_form
from afterword.web.deps import DbDep, SettingsDep, render

router = APIRouter()


def _page(request: Request, db: Database, settings: Settings, status: int = 200, **extra: Any):  # type: ignore[no-untyped-def]
    profile = get_profile(db)
    context = {
        "title": "Settings",
        "profile": extra.pop("profile_values", None)
        or settings_form.profile_values(profile, get_signature(db)),
        "address_findings": settings_form.address_findings(profile, settings) if profile else [],
        "settings": settings,
        "stored": settings_form.stored_passwords(settings),
        "rules": settings_form.rule_choices(),
        "errors": {},
        **extra,
    }
    return render(request, "settings.html", context, status_code=status)


@router.get("/settings")
def settings_page(request: Request, db: DbDep, settings: SettingsDep, saved: str = "") -> Response:
    """Show every setting as a form; passwords only as "stored" or not."""
    notice = {"profile": "Profile saved.", "mail": "Mail settings saved.",
              "preferences": "Preferences saved."}.get(saved)  # fmt: skip
    return _page(request, db, settings, notice=notice)


@router.post("/settings/profile")
async def save_profile(request: Request, db: DbDep, settings: SettingsDep) -> Response:
    """Save who signs the notes, or show what is wrong next to the field."""
    form = await request.form()
    return await run_in_threadpool(_save_profile, request, db, settings, form)


def _save_profile(request: Request, db: Database, settings: Settings, form: Any) -> Response:
    values = settings_form.read_profile(form)
    try:
        candidate, signature = settings_form.to_candidate(values)
    except ValidationError as exc:
        errors = settings_form.field_errors(exc, prefix="profile_")
        return _page(request, db, settings, 422, profile_values=values, errors=errors)
    store_profile(db, candidate, signature)
    return RedirectResponse("/settings?saved=profile#profile", status_code=303)


def _save(request: Request, settings: Settings) -> None:
    save_settings(settings, request.app.state.config_path)
    request.app.state.settings = settings


@router.post("/settings/mail")
async def save_mail(request: Request, db: DbDep, settings: SettingsDep) -> Response:
    """Save the SMTP and IMAP servers; passwords go to the keyring."""
    form = await request.form()
    # Saving writes files and the keyring; testing waits on servers: off the event loop.
    return await run_in_threadpool(_save_mail, request, db, settings, form)


def _save_mail(request: Request, db: Database, settings: Settings, form: Any) -> Response:
    """Save the servers first, then the passwords (which may have nowhere to go), then test."""
    try:
        updated = settings_form.with_mail(settings, form)
    except ValidationError as exc:
        errors = settings_form.field_errors(exc, prefix="")
        return _page(request, db, settings, 422, errors=errors, mail_values=dict(form))
    _save(request, updated)
    problems = settings_form.store_passwords(updated, form)
    notice = " ".join(["Mail settings saved.", *problems]) if problems else None
    if form.get("action") == "test":
        tests = settings_form.test_connections(updated)
        return _page(request, db, updated, tests=tests, notice=notice)
    if problems:
        return _page(request, db, updated, notice=notice)
    return RedirectResponse("/settings?saved=mail#mail", status_code=303)


@router.post("/settings/preferences")
async def save_preferences(request: Request, db: DbDep, settings: SettingsDep) -> Response:
    """Save formality, the send window, rules switched off and known words."""
    form = await request.form()
    return await run_in_threadpool(_save_preferences, request, db, settings, form)


def _save_preferences(request: Request, db: Database, settings: Settings, form: Any) -> Response:
    try:
        updated = settings_form.with_preferences(settings, form)
        errors = settings_form.check_rules(updated)
    except ValidationError as exc:
        errors = settings_form.field_errors(exc, prefix="")
    if errors:
        return _page(request, db, settings, 422, errors=errors)
    _save(request, updated)
    return RedirectResponse("/settings?saved=preferences#preferences", status_code=303)
