"""Signing in and out (hosted mode), the invite page that sets a password, and ``/whoami``."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response

from afterword.accounts.errors import AccountError, SignInRefused
from afterword.accounts.passwords import verify
from afterword.accounts.rights import delete_account, export_archive
from afterword.accounts.signin import forget_session, sign_in, sign_out
from afterword.accounts.users import accept_invite, invite_user, password_hash
from afterword.web.auth import (
    SESSION_COOKIE,
    clear_session_cookie,
    client_address,
    safe_next,
    set_session_cookie,
    signed_in,
)
from afterword.web.deps import DbDep, UserDep, render

router = APIRouter()


def _hosted_only(request: Request) -> None:
    if not request.app.state.hosted:
        raise HTTPException(404, "This server has no sign-in: it serves one person on a laptop.")


@router.get("/login")
def login_form(request: Request, next: str = "/", email: str = "") -> Response:
    """Show the sign-in form (e-mail and password)."""
    _hosted_only(request)
    context = {"title": "Sign in", "next": safe_next(next), "email": email[:320]}
    return render(request, "login.html", context)


@router.post("/login")
def login(
    request: Request, db: DbDep, email: str = Form(""), password: str = Form(""),
    next: str = Form("/"),
) -> Response:  # fmt: skip
    """Sign in: a new session (the browser's old one, if any, is dropped), then go on."""
    _hosted_only(request)
    try:
        token = sign_in(db, email, password, client_address(request))
    except SignInRefused as exc:
        context = {"title": "Sign in", "problem": str(exc), "email": email, "next": safe_next(next)}
        return render(request, "login.html", context, status_code=exc.http_status)
    forget_session(db, request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse(safe_next(next), status_code=303)
    set_session_cookie(request, response, token)
    return response


@router.post("/logout")
def logout(request: Request, db: DbDep) -> Response:
    """Sign out: end the session here and in the database."""
    _hosted_only(request)
    sign_out(db, request.cookies.get(SESSION_COOKIE), client_address(request))
    response = RedirectResponse("/login", status_code=303)
    clear_session_cookie(request, response)
    return response


@router.get("/whoami", response_class=PlainTextResponse)
def whoami(request: Request) -> str:
    """Say who is signed in (the sign-in e-mail; "local" on a laptop)."""
    account = signed_in(request)
    return account.email if account else "local"


@router.get("/invite/{token}")
def invite_form(request: Request, db: DbDep, token: str) -> Response:
    """Show the form that sets a password through a one-time link."""
    _hosted_only(request)
    account = invite_user(db, token)
    if account is None:
        raise HTTPException(404, "This link has expired or was already used; ask for a new one.")
    return render(request, "invite.html", {"title": "Choose a password", "invited": account})


@router.post("/invite/{token}")
def accept(
    request: Request, db: DbDep, token: str, password: str = Form(""), again: str = Form("")
) -> Response:
    """Set the password, once, then send the person to sign in."""
    _hosted_only(request)
    account = invite_user(db, token)
    if account is None:
        raise HTTPException(404, "This link has expired or was already used; ask for a new one.")
    try:
        if password != again:
            raise AccountError("the two passwords differ; type the same one twice")
        accept_invite(db, token, password, client_address(request))
    except AccountError as exc:
        context = {"title": "Choose a password", "invited": account, "problem": str(exc)}
        return render(request, "invite.html", context, status_code=422)
    return RedirectResponse(f"/login?next=/&email={quote(account.email)}", status_code=303)


@router.get("/account")
def account_page(request: Request) -> Response:
    """Show the account: download everything, or delete the account."""
    _hosted_only(request)
    return render(request, "account.html", {"title": "Your account"})


@router.get("/account/export")
def download_everything(request: Request, db: DbDep, user: UserDep) -> Response:
    """Download everything of the user's as one zip archive."""
    _hosted_only(request)
    data = export_archive(db, user)
    headers = {"content-disposition": 'attachment; filename="afterword-export.zip"'}
    return Response(data, media_type="application/zip", headers=headers)


@router.post("/account/delete")
def delete_everything(
    request: Request, db: DbDep, user: UserDep, password: str = Form(""), confirm: str = Form("")
) -> Response:
    """Delete the account and all its data, once the password and the confirmation match."""
    _hosted_only(request)
    account = signed_in(request)
    ok = account is not None and verify(password_hash(db, user), password)
    if not ok or confirm.strip().lower() != "delete":
        problem = "Type your password and the word “delete” to confirm."
        return render(request, "account.html", {"title": "Your account", "problem": problem},
                      status_code=422)  # fmt: skip
    delete_account(db, user)
    response = RedirectResponse("/login", status_code=303)
    clear_session_cookie(request, response)
    return response
