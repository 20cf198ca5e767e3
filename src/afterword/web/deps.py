"""What every view shares: the database, the settings, templates and the CSRF check."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from afterword.accounts.signin import SignedIn
from afterword.config import Settings
from afterword.errors import AfterwordError
from afterword.mail.vault import overlay, user_settings
from afterword.store.db import Database
from afterword.web import security
from afterword.web.formatting import FILTERS


def get_db(request: Request) -> Database:
    """The app's database."""
    return request.app.state.db


def get_settings(request: Request) -> Settings:
    """The app's current settings; hosted, the signed-in user's own laid over the server's.

    The user's sections usually came with the sign-in check's query
    (``signin.session_user``), so nothing more is read; no password is decrypted here.
    """
    settings: Settings = request.app.state.settings
    user_id: int | None = getattr(request.state, "user_id", None)
    if not request.app.state.hosted or user_id is None:
        return settings
    account: SignedIn | None = getattr(request.state, "account", None)
    if account is not None and account.user_id == user_id:
        return overlay(settings, account.settings, {})
    return user_settings(get_db(request), user_id, settings)


def get_user_id(request: Request) -> int:
    """The signed-in user's id when hosted; the single local user's on a laptop.

    Hosted mode's sign-in check sets ``request.state.user_id`` before any view runs; a hosted
    request without one is refused here too, so no view can fall back to the local user.
    """
    user_id: int | None = getattr(request.state, "user_id", None)
    if user_id is not None:
        return user_id
    if request.app.state.hosted:
        raise HTTPException(401, "Sign in first.")
    return get_db(request).local_user_id()


# The dependencies views declare run on the event loop when they need not wait for anything:
# FastAPI runs a plain ``def`` dependency on a worker thread, a hop each per request.


async def _db(request: Request) -> Database:
    return get_db(request)


async def _settings(request: Request) -> Settings:
    """``get_settings``, on a worker thread only when it reads the user's own (hosted)."""
    if request.app.state.hosted and getattr(request.state, "user_id", None) is not None:
        return await run_in_threadpool(get_settings, request)
    return get_settings(request)


async def _user_id(request: Request) -> int:
    """``get_user_id``, on a worker thread only the first time the local user is looked up."""
    if request.app.state.hosted or get_db(request).knows_local_user:
        return get_user_id(request)
    return await run_in_threadpool(get_user_id, request)


DbDep = Annotated[Database, Depends(_db)]
SettingsDep = Annotated[Settings, Depends(_settings)]
UserDep = Annotated[int, Depends(_user_id)]


def csrf_token(request: Request) -> str:
    """The token forms and htmx requests must send back."""
    return security.sign_nonce(request.app.state.secret, request.state.csrf_nonce)


async def check_csrf(request: Request) -> None:
    """Refuse a state-changing request without this browser's CSRF token."""
    if request.method in security.SAFE_METHODS:
        return
    token = request.headers.get(security.CSRF_HEADER)
    if token is None:
        form = await request.form()
        value = form.get(security.CSRF_FIELD)
        token = value if isinstance(value, str) else None
    nonce = request.cookies.get(security.CSRF_COOKIE)
    if not security.token_is_valid(request.app.state.secret, nonce, token):
        raise HTTPException(
            403,
            "This form has expired or did not come from this page (missing CSRF token). "
            "Reload the page and try again.",
        )


def make_templates(directory: Path) -> Jinja2Templates:
    """Return autoescaping templates with afterword's filters."""
    templates = Jinja2Templates(directory=directory)
    templates.env.autoescape = True
    templates.env.filters.update(FILTERS)
    templates.env.globals["csrf_field"] = security.CSRF_FIELD
    return templates


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    """Render a page or a partial with the shared context."""
    shared = {
        "csrf_token": csrf_token(request),
        "now": datetime.now().astimezone(),
        "htmx": request.headers.get("hx-request") == "true",
        "hosted": request.app.state.hosted,
        "account": getattr(request.state, "account", None),
    }
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, name, {**shared, **(context or {})}, status_code=status_code
    )


ERROR_TITLES = {404: "Not found", 403: "Refused", 405: "Not allowed"}


def error_page(request: Request, status_code: int, detail: str) -> Response:
    """Render the error page in the site's layout."""
    context = {"title": ERROR_TITLES.get(status_code, "Error"), "detail": detail}
    return render(request, "error.html", context, status_code=status_code)


def install_error_pages(app: FastAPI) -> None:
    """Answer errors with a page in the site's layout instead of JSON."""

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_page(request, exc.status_code, exc.detail)

    @app.exception_handler(AfterwordError)
    async def _user_error(request: Request, exc: AfterwordError) -> Response:
        return error_page(request, exc.http_status, str(exc))
