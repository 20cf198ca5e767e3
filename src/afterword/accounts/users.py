"""Accounts: add, list, disable, set a password, invite; each change written to the audit log.

An account's username is its sign-in e-mail address, lower-cased. Hosted mode keeps every
account in PostgreSQL; the single local user of a laptop ("local") is never listed here.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from afterword.accounts.errors import AccountError, HostedModeError, NoSuchUser
from afterword.accounts.passwords import hash_password
from afterword.store import audit
from afterword.store.db import Database, default_url, resolve_url, utcnow
from afterword.store.schema import AuthSessionRow, InviteRow, User

ROLES = ("candidate", "coach", "admin")
INVITE_LIFETIME = timedelta(days=7)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Account:
    """What the pages and commands show of an account (never its password hash)."""

    id: int
    email: str
    name: str
    role: str
    created_at: datetime
    disabled_at: datetime | None

    @property
    def active(self) -> bool:
        """Whether the account may sign in."""
        return self.disabled_at is None


def _account(row: User) -> Account:
    return Account(
        row.id, row.username, row.display_name or row.username, row.role or "candidate",
        row.created_at, row.disabled_at,
    )  # fmt: skip


def normal_email(email: str) -> str:
    """Return the address as accounts store it, or raise AccountError."""
    value = email.strip().lower()
    if not _EMAIL.match(value) or len(value) > 200:
        raise AccountError(f"{email!r} is not an e-mail address (like jordan@example.com)")
    return value


def token_hash(token: str) -> str:
    """The SHA-256 hex digest stored in place of a session or invite token."""
    return hashlib.sha256(token.encode()).hexdigest()


def require_postgresql(db: Database) -> None:
    """Refuse accounts on SQLite: hosted mode shares one PostgreSQL database between processes."""
    require_postgresql_url(db.url)


def require_postgresql_url(url: str | None) -> None:
    """Refuse a database URL that is not PostgreSQL (None: the default), saying how to give one."""
    if make_url(resolve_url(url) if url else default_url()).get_backend_name() != "postgresql":
        raise HostedModeError(
            "accounts and hosted mode need PostgreSQL (this database is SQLite); pass "
            "--db postgresql+psycopg://... or set AFTERWORD_DB"
        )


def _row(session: Session, email: str) -> User:
    row = session.scalar(select(User).where(User.username == normal_email(email)))
    if row is None or row.username == "local":
        raise NoSuchUser(email)
    return row


def find_account(db: Database, email: str) -> Account:
    """Return the account for an e-mail address, or raise NoSuchUser."""
    with db.session() as session:
        return _account(_row(session, email))


def password_hash(db: Database, user_id: int) -> str | None:
    """The account's stored Argon2id hash, to check a password against (None: none set)."""
    with db.session() as session:
        return session.scalar(select(User.password_hash).where(User.id == user_id))


def add_user(
    db: Database, email: str, name: str, role: str = "candidate",
    password: str | None = None, actor_id: int | None = None,
) -> Account:  # fmt: skip
    """Create an account (with a password, or none until an invite is used)."""
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    address = normal_email(email)
    hashed = hash_password(password) if password is not None else None
    with db.session() as session:
        if session.scalar(select(User.id).where(User.username == address)) is not None:
            raise AccountError(f"there is already an account for {address}")
        row = User(username=address, display_name=name.strip() or address, role=role,
                   password_hash=hashed, created_at=utcnow())  # fmt: skip
        session.add(row)
        session.flush()
        audit.record(session, "user.added", user_id=row.id, actor_id=actor_id, role=role)
        return _account(row)


def list_accounts(db: Database) -> list[Account]:
    """Return every hosted account, oldest first."""
    with db.session() as session:
        rows = session.scalars(select(User).where(User.username != "local").order_by(User.id))
        return [_account(row) for row in rows]


def disable_user(db: Database, email: str, actor_id: int | None = None) -> Account:
    """Stop an account from signing in and end its sessions; its data stays."""
    with db.session() as session:
        row = _row(session, email)
        row.disabled_at = row.disabled_at or utcnow()
        session.query(AuthSessionRow).filter(AuthSessionRow.user_id == row.id).delete()
        audit.record(session, "user.disabled", user_id=row.id, actor_id=actor_id)
        return _account(row)


def set_password(
    db: Database, user_id: int, password: str, actor_id: int | None = None,
    address: str | None = None,
) -> None:  # fmt: skip
    """Store a new password and end every session signed in with the old one."""
    hashed = hash_password(password)
    with db.session() as session:
        row = session.get(User, user_id)
        if row is None:
            raise AccountError(f"no account with id {user_id}")
        row.password_hash = hashed
        session.query(AuthSessionRow).filter(AuthSessionRow.user_id == user_id).delete()
        audit.record(session, "password.set", user_id=user_id, actor_id=actor_id, address=address)


def create_invite(db: Database, email: str, actor_id: int | None = None) -> str:
    """Return a one-time token that lets the account's owner set a password (expires)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with db.session() as session:
        row = _row(session, email)
        session.add(InviteRow(token_hash=token_hash(token), user_id=row.id, created_at=now,
                              expires_at=now + INVITE_LIFETIME))  # fmt: skip
        audit.record(session, "invite.created", user_id=row.id, actor_id=actor_id)
    return token


def invite_user(db: Database, token: str) -> Account | None:
    """Return the account a usable (unused, unexpired) invite is for, if it is one."""
    with db.session() as session:
        invite = _usable_invite(session, token)
        return _account(session.get(User, invite.user_id)) if invite else None  # type: ignore[arg-type]


def _usable_invite(session: Session, token: str) -> InviteRow | None:
    invite = session.get(InviteRow, token_hash(token))
    if invite is None or invite.used_at is not None or invite.expires_at <= utcnow():
        return None
    return invite


def accept_invite(db: Database, token: str, password: str, address: str | None = None) -> int:
    """Set the password through an invite, once; return the account's id."""
    hashed = hash_password(password)
    with db.session() as session:
        invite = _usable_invite(session, token)
        user = session.get(User, invite.user_id) if invite else None
        if invite is None or user is None or user.disabled_at is not None:
            raise AccountError("this link has expired or was already used; ask for a new one")
        invite.used_at = utcnow()
        user.password_hash = hashed
        audit.record(session, "invite.used", user_id=user.id, address=address)
        return user.id
