"""Settings: the profile (with the sender-address check), mail servers and preferences.

On a laptop everything but passwords goes to the TOML config file; passwords go to the
system keyring. Hosted, the signed-in user's settings are their ``user_settings`` row and
the passwords are encrypted there (``afterword.mail.vault``). Either way a password is never
rendered back into the page: only whether one is stored.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from afterword.config import Settings, save_settings
from afterword.mail import hosts, vault
from afterword.store.db import Database
from afterword.store.interviews import get_profile, get_signature
from afterword.store.interviews import save_profile as store_profile
from afterword.web import settings_form
from afterword.web.deps import DbDep, UserDep, render

router = APIRouter()


class Owner:
    """Whose settings the page shows and saves: the laptop's file, or a hosted user's row."""

    def __init__(self, request: Request, db: Database, user_id: int) -> None:
        self.request, self.db, self.user_id = request, db, user_id
        self.hosted: bool = request.app.state.hosted
        self.server: Settings = request.app.state.settings  # the server's, not the user's

    def settings(self) -> Settings:
        """The settings as the page shows them (hosted: no password decrypted)."""
        if self.hosted:
            return vault.user_settings(self.db, self.user_id, self.server)
        return self._file()

    def with_passwords(self) -> Settings:
        """The settings with passwords, to test a connection."""
        if self.hosted:
            return vault.user_settings(self.db, self.user_id, self.server, self._vault())
        return self._file()

    def stored(self, settings: Settings) -> dict[str, bool]:
        """Whether each server has a password stored, never the password."""
        if self.hosted:
            return vault.stored_passwords(self.db, self.user_id)
        return settings_form.stored_passwords(settings)

    def save(self, settings: Settings, form: Any = None) -> list[str]:
        """Save the settings and any newly typed password; return what could not be stored."""
        if self.hosted:
            typed = {p: str(form.get(f"{p}-password") or "") for p in vault.MAIL} if form else {}
            keys = self._vault() if any(typed.values()) else None
            vault.save_user_settings(self.db, self.user_id, settings, passwords=typed, vault=keys)
            return []
        save_settings(settings, self.request.app.state.config_path)
        self.request.app.state.settings = settings
        return settings_form.store_passwords(settings, form) if form else []

    def _file(self) -> Settings:
        """The laptop's settings as they stand now (a save replaces them)."""
        settings: Settings = self.request.app.state.settings
        return settings

    def _vault(self) -> vault.Vault:
        return vault.Vault.of(self.request.app.state.settings)


def _page(request: Request, owner: Owner, settings: Settings, status: int = 200, **extra: Any):  # type: ignore[no-untyped-def]
    db, user_id = owner.db, owner.user_id
    profile = get_profile(db, user_id)
    context = {
        "title": "Settings",
        "profile": extra.pop("profile_values", None)
        or settings_form.profile_values(profile, get_signature(db, user_id)),
        "address_findings": settings_form.address_findings(profile, settings) if profile else [],
        "settings": settings,
        "hosted": owner.hosted,
        "stored": owner.stored(settings),
        "rules": settings_form.rule_choices(),
        "errors": {},
        **extra,
    }
    return render(request, "settings.html", context, status_code=status)


@router.get("/settings")
def settings_page(request: Request, db: DbDep, user_id: UserDep, saved: str = "") -> Response:
    """Show every setting as a form; passwords only as "stored" or not."""
    notice = {"profile": "Profile saved.", "mail": "Mail settings saved.",
              "preferences": "Preferences saved."}.get(saved)  # fmt: skip
    owner = Owner(request, db, user_id)
    return _page(request, owner, owner.settings(), notice=notice)


@router.post("/settings/profile")
async def save_profile(request: Request, db: DbDep, user_id: UserDep) -> Response:
    """Save who signs the notes, or show what is wrong next to the field."""
    form = await request.form()
    return await run_in_threadpool(_save_profile, request, db, user_id, form)


def _save_profile(request: Request, db: Database, user_id: int, form: Any) -> Response:
    owner = Owner(request, db, user_id)
    values = settings_form.read_profile(form)
    try:
        candidate, signature = settings_form.to_candidate(values)
    except ValidationError as exc:
        errors = settings_form.field_errors(exc, prefix="profile_")
        return _page(
            owner.request, owner, owner.settings(), 422, profile_values=values, errors=errors
        )
    store_profile(owner.db, candidate, signature, user_id=owner.user_id)
    return RedirectResponse("/settings?saved=profile#profile", status_code=303)


@router.post("/settings/mail")
async def save_mail(request: Request, db: DbDep, user_id: UserDep) -> Response:
    """Save the SMTP and IMAP servers; passwords go to the keyring (hosted: encrypted)."""
    form = await request.form()
    # Saving writes files and the keyring; testing waits on servers: off the event loop.
    return await run_in_threadpool(_save_mail, request, db, user_id, form)


def _save_mail(request: Request, db: Database, user_id: int, form: Any) -> Response:
    """Save the servers first, then the passwords (which may have nowhere to go), then test."""
    owner = Owner(request, db, user_id)
    current = owner.settings()
    try:
        updated = settings_form.with_mail(current, form)
    except ValidationError as exc:
        errors = settings_form.field_errors(exc, prefix="")
        return _page(request, owner, current, 422, errors=errors, mail_values=dict(form))
    if refused := hosts.refusals(updated):  # hosted: no host inside the server's network
        return _page(request, owner, current, 422, errors=refused, mail_values=dict(form))
    problems = owner.save(updated, form)
    notice = " ".join(["Mail settings saved.", *problems]) if problems else None
    if form.get("action") == "test":
        tests = settings_form.try_connections(owner.with_passwords())
        return _page(request, owner, owner.settings(), tests=tests, notice=notice)
    if problems:
        return _page(request, owner, updated, notice=notice)
    return RedirectResponse("/settings?saved=mail#mail", status_code=303)


@router.post("/settings/preferences")
async def save_preferences(request: Request, db: DbDep, user_id: UserDep) -> Response:
    """Save formality, the send window, rules switched off and known words."""
    form = await request.form()
    return await run_in_threadpool(_save_preferences, request, db, user_id, form)


def _save_preferences(request: Request, db: Database, user_id: int, form: Any) -> Response:
    owner = Owner(request, db, user_id)
    current = owner.settings()
    try:
        updated = settings_form.with_preferences(current, form)
        errors = settings_form.check_rules(updated)
    except ValidationError as exc:
        errors = settings_form.field_errors(exc, prefix="")
    if errors:
        return _page(owner.request, owner, current, 422, errors=errors)
    owner.save(updated)
    return RedirectResponse("/settings?saved=preferences#preferences", status_code=303)
