"""Hosted mode's sign-in check: who the session cookie signs in, for every route but a few.

A route is public only when its path is listed in ``PUBLIC_ROUTES``; every other route of a
hosted app answers a signed-out browser with a redirect to ``/login`` (and htmx or a script
with 401), before its view runs. On a laptop (local mode) the check does nothing.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from afterword.accounts.signin import SESSION_LIFETIME, SignedIn, session_user
from afterword.errors import AfterwordError
from afterword.web.deps import error_page

SESSION_COOKIE = "afterword_session"
PUBLIC_ROUTES = frozenset({"/login", "/healthz", "/invite/{token}"})


class SignInNeeded(AfterwordError):
    """A hosted page asked for without a valid session."""

    http_status = 401

    def __init__(self, path: str) -> None:
        super().__init__("Sign in first.")
        self.path = path


def client_address(request: Request) -> str:
    """The browser's address: the proxy's X-Forwarded-For when the proxy is trusted."""
    forwarded = request.headers.get("x-forwarded-for", "")
    if request.app.state.trust_forwarded and forwarded.strip():
        return forwarded.split(",")[-1].strip()[:64]
    return (request.client.host if request.client else "unknown")[:64]


def route_path(request: Request) -> str:
    """The matched route's path template ("/interviews/{interview_id}")."""
    route = request.scope.get("route")
    return str(getattr(route, "path", request.url.path))


def require_sign_in(request: Request) -> None:
    """Set ``request.state.user_id`` from the session cookie, or refuse a hosted request."""
    if not request.app.state.hosted:
        return
    account = session_user(request.app.state.db, request.cookies.get(SESSION_COOKIE))
    request.state.account = account
    if account is not None:
        request.state.user_id = account.user_id
    elif route_path(request) not in PUBLIC_ROUTES:
        query = f"?{request.url.query}" if request.url.query else ""
        raise SignInNeeded(request.url.path + query)


def signed_in(request: Request) -> SignedIn | None:
    """Who is signed in (hosted mode), if anyone."""
    return getattr(request.state, "account", None)


def wants_page(request: Request) -> bool:
    """Whether a person's browser asked (not htmx, not a script wanting JSON)."""
    if request.headers.get("hx-request") == "true":
        return False
    return "text/html" in request.headers.get("accept", "")


def to_sign_in(request: Request, exc: SignInNeeded) -> Response:
    """Send a browser to the sign-in page, coming back here after."""
    return RedirectResponse(f"/login?next={quote(exc.path, safe='/')}", status_code=303)


def safe_next(value: str | None) -> str:
    """Return a same-site path to go to after signing in ("/" for anything else)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    parts = urlsplit(value)
    return "/" if parts.scheme or parts.netloc else value


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    """Give the browser its session: HttpOnly, SameSite=Lax, Secure over TLS."""
    response.set_cookie(
        SESSION_COOKIE, token, max_age=int(SESSION_LIFETIME.total_seconds()), path="/",
        httponly=True, samesite="lax", secure=bool(getattr(request.state, "over_tls", False)),
    )  # fmt: skip


def clear_session_cookie(request: Request, response: Response) -> None:
    """Take the session cookie back."""
    response.delete_cookie(
        SESSION_COOKIE, path="/", httponly=True, samesite="lax",
        secure=bool(getattr(request.state, "over_tls", False)),
    )  # fmt: skip


def install(app: FastAPI) -> None:
    """Answer a signed-out request: the sign-in page for a browser, 401 for htmx or a script."""

    @app.exception_handler(SignInNeeded)
    async def _sign_in_first(request: Request, exc: SignInNeeded) -> Response:
        if wants_page(request):
            return to_sign_in(request, exc)
        return error_page(request, 401, str(exc))
