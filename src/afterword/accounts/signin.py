"""Signing in and out: password checks, rate limits, and sessions kept as hashed tokens.

A session is a random token in the browser's cookie; the database holds only its SHA-256,
so a copy of the database signs no one in. Failed attempts are counted per account and per
address over a window; past the limit, even the right password is refused until it passes.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from afterword.accounts.errors import SignInRefused, TooManySignIns
from afterword.accounts.passwords import HASHER, needs_rehash, verify
from afterword.accounts.users import token_hash
from afterword.store import audit
from afterword.store.db import Database, utcnow
from afterword.store.schema import AuthSessionRow, LoginAttemptRow, User, UserSettingsRow

SESSION_LIFETIME = timedelta(days=14)
SEEN_EVERY = timedelta(minutes=5)  # how often a session's last_seen_at is written
WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
WRONG = "Wrong e-mail address or password."


@dataclass(frozen=True)
class SignedIn:
    """Who a session belongs to, with their own stored settings (never a password)."""

    user_id: int
    email: str
    name: str
    role: str
    settings: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


def _failures(session: Session, column: Any, value: str) -> int:
    since = utcnow() - WINDOW
    query = (
        select(func.count())
        .select_from(LoginAttemptRow)
        .where(column == value, LoginAttemptRow.at > since, LoginAttemptRow.succeeded.is_(False))
    )
    return session.scalar(query) or 0


def _too_many(session: Session, username: str, address: str) -> str | None:
    minutes = int(WINDOW.total_seconds() // 60)
    if _failures(session, LoginAttemptRow.username, username) >= MAX_FAILURES_PER_ACCOUNT:
        return f"Too many failed sign-ins for this account. Try again in {minutes} minutes."
    if _failures(session, LoginAttemptRow.address, address) >= MAX_FAILURES_PER_ADDRESS:
        return f"Too many failed sign-ins from this address. Try again in {minutes} minutes."
    return None


def sign_in(db: Database, email: str, password: str, address: str) -> str:
    """Check the password and return a new session token, or raise SignInRefused."""
    username = email.strip().lower()[:320]
    with db.session() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is not None and user.username == "local":
            user = None
        limited = _too_many(session, username, address)
        # The hash is checked whatever happens, so that no answer comes sooner than another.
        matches = verify(user.password_hash if user else None, password)
        ok = matches and user is not None and user.disabled_at is None and not limited
        session.add(LoginAttemptRow(at=utcnow(), username=username, address=address,
                                    succeeded=ok))  # fmt: skip
        user_id = user.id if user else None
        if not ok or user is None:
            audit.record(session, "signin.failed", user_id=user_id, address=address,
                         reason="limited" if limited else "wrong")  # fmt: skip
    if limited:
        raise TooManySignIns(limited)
    if not ok or user is None:
        raise SignInRefused(WRONG)
    return _start_session(db, user, password, address)


def _start_session(db: Database, user: User, password: str, address: str) -> str:
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with db.session() as session:
        row = session.get(User, user.id)
        if row is not None and row.password_hash and needs_rehash(row.password_hash):
            row.password_hash = HASHER.hash(password)
        expires = now + SESSION_LIFETIME
        session.add(AuthSessionRow(token_hash=token_hash(token), user_id=user.id, created_at=now,
                                   expires_at=expires, last_seen_at=now))  # fmt: skip
        audit.record(session, "signin", user_id=user.id, address=address)
    return token


def session_user(db: Database, token: str | None) -> SignedIn | None:
    """Return who the session token signs in, if it is valid (unexpired, account enabled).

    The user's stored settings come with the same query: nearly every page needs them, and
    one round trip per request is cheaper than two.
    """
    if not token or len(token) > 200:
        return None
    now = utcnow()
    with db.session() as session:
        found = session.execute(
            select(AuthSessionRow, User, UserSettingsRow.data)
            .join(User, User.id == AuthSessionRow.user_id)
            .outerjoin(UserSettingsRow, UserSettingsRow.user_id == User.id)
            .where(AuthSessionRow.token_hash == token_hash(token))
            .where(AuthSessionRow.expires_at > now, User.disabled_at.is_(None))
        ).first()
        if found is None:
            return None
        row, user, own = found
        if now - row.last_seen_at > SEEN_EVERY:
            row.last_seen_at = now
        name = user.display_name or user.username
        return SignedIn(user.id, user.username, name, user.role, dict(own or {}))


def sign_out(db: Database, token: str | None, address: str | None = None) -> None:
    """End the session the token belongs to (nothing when there is none)."""
    if not token:
        return
    with db.session() as session:
        row = session.get(AuthSessionRow, token_hash(token))
        if row is not None:
            session.delete(row)
            audit.record(session, "signout", user_id=row.user_id, address=address)


def forget_session(db: Database, token: str | None) -> None:
    """Drop a session without a sign-out entry (the browser signs in afresh: a new token)."""
    if token:
        with db.session() as session:
            session.query(AuthSessionRow).filter(
                AuthSessionRow.token_hash == token_hash(token)
            ).delete()
