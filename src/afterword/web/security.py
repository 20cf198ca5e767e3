"""What keeps a local web server safe: a Host allowlist, CSRF tokens and strict headers.

A server on 127.0.0.1 is still reachable from any page the browser opens: a hostile page can
post forms to it (CSRF) or point a DNS name at 127.0.0.1 and read the answers (DNS
rebinding). The Host check stops the second, signed double-submit tokens the first.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import os
import secrets
from collections.abc import Iterable
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
CSRF_COOKIE = "afterword_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# No inline script anywhere: every script is a file served from this origin.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "object-src 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def install_secret(path: Path) -> bytes:
    """Return this installation's signing secret, creating it (readable by the owner only)."""
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (FileNotFoundError, ValueError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(secret.hex())
    return secret


def sign_nonce(secret: bytes, nonce: str) -> str:
    """Return the CSRF token for a browser's nonce: an HMAC only this server can make."""
    return hmac.new(secret, nonce.encode(), hashlib.sha256).hexdigest()


def token_is_valid(secret: bytes, nonce: str | None, token: str | None) -> bool:
    """Tell whether a submitted token matches the nonce in the browser's cookie."""
    if not nonce or not token:
        return False
    return hmac.compare_digest(sign_nonce(secret, nonce), token)


def split_host(host_header: str) -> tuple[str, str]:
    """Split a Host header into host and port ("" when none); IPv6 stays in brackets."""
    value = host_header.strip().lower()
    if value.startswith("["):
        host, _, rest = value.partition("]")
        return host + "]", rest.removeprefix(":")
    if value.count(":") == 1:
        host, _, port = value.partition(":")
        return host, port
    return value, ""


def host_is_allowed(host_header: str | None, allowed: Iterable[str], port: int | None) -> bool:
    """Tell whether a Host header names an allowed host (and this server's port, if given)."""
    if not host_header:
        return False
    host, given_port = split_host(host_header)
    if given_port and port is not None and given_port != str(port):
        return False
    return host in {name.lower() for name in allowed}


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return None


def _cookie(scope: Scope, name: str) -> str | None:
    raw = _header(scope, b"cookie")
    if not raw:
        return None
    morsel = SimpleCookie(raw).get(name)
    return morsel.value if morsel else None


def is_loopback(host: str) -> bool:
    """Whether a bind address or host name stays on this machine (127.0.0.0/8, ::1)."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _loopback_name_from_afar(scope: Scope) -> bool:
    """A peer on the network that names this server "localhost": someone probing it."""
    host = split_host(_header(scope, b"host") or "")[0]
    client = scope.get("client")
    try:
        peer = ipaddress.ip_address(str(client[0]).strip("[]")) if client else None
    except ValueError:  # not an address (an in-process test client): nothing to compare
        return False
    return peer is not None and is_loopback(host) and not peer.is_loopback


def _over_tls(scope: Scope, trust_forwarded: bool) -> bool:
    """Whether the browser's connection is HTTPS: directly, or via a proxy we were told to trust."""
    if scope.get("scheme") == "https":
        return True
    return trust_forwarded and (_header(scope, b"x-forwarded-proto") or "").lower() == "https"


class SecurityMiddleware:
    """Reject foreign Host headers, give each browser a CSRF nonce, add strict headers."""

    def __init__(
        self,
        app: ASGIApp,
        allowed_hosts: Iterable[str],
        secure_cookie: bool = False,
        trust_forwarded_proto: bool = False,
    ):
        self.app = app
        self.allowed_hosts = tuple(allowed_hosts)
        self.secure_cookie = secure_cookie
        self.trust_forwarded_proto = trust_forwarded_proto

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        server = scope.get("server")
        port = server[1] if server else None
        allowed = host_is_allowed(_header(scope, b"host"), self.allowed_hosts, port)
        if not allowed or _loopback_name_from_afar(scope):
            await _refuse_host(send)
            return
        nonce = _cookie(scope, CSRF_COOKIE)
        new_cookie = None
        if not nonce or len(nonce) > 100:
            nonce = new_cookie = secrets.token_urlsafe(24)
        secure = self.secure_cookie or _over_tls(scope, self.trust_forwarded_proto)
        # Sign-in (hosted mode) marks its session cookie Secure by the same rule.
        scope.setdefault("state", {}).update(csrf_nonce=nonce, over_tls=secure)
        await self.app(scope, receive, self._sender(send, new_cookie, secure))

    def _sender(self, send: Send, new_cookie: str | None, secure: bool) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(SECURITY_HEADERS)
                if new_cookie:
                    headers.append((b"set-cookie", _cookie_header(new_cookie, secure)))
                message = {**message, "headers": headers}
            await send(message)

        return wrapped


def _cookie_header(nonce: str, secure: bool) -> bytes:
    flags = "; Path=/; HttpOnly; SameSite=Strict" + ("; Secure" if secure else "")
    return f"{CSRF_COOKIE}={nonce}{flags}".encode()


async def _refuse_host(send: Send) -> None:
    body = b"This server answers only to its own address (Host header not allowed).\n"
    await send(
        {
            "type": "http.response.start",
            "status": 400,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), *SECURITY_HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})


def allowed_hosts_for(bind_host: str, extra: Iterable[str] = ()) -> list[str]:
    """Return the Host names the server answers to: loopback, the bound host, and extras."""
    hosts: list[Any] = [*LOOPBACK_HOSTS, *extra]
    if bind_host not in ("0.0.0.0", "::") and not is_loopback(bind_host):
        hosts.append(f"[{bind_host}]" if ":" in bind_host else bind_host)
    return hosts
