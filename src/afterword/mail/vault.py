"""Hosted mode's per-user settings and mail passwords, encrypted at rest.

On a laptop the settings live in a TOML file and the mail passwords in the system keyring
(``afterword.config``, ``afterword.mail.secrets``); nothing here is used. When hosted, each
user's settings are a row of ``user_settings``: ``data`` holds what the TOML file would
(profile, mail servers, review, compose, schedule), never a password; the SMTP and IMAP
passwords are Fernet tokens under a key derived from the server's secret
(``keys.derive_all("mail-password")``). They are decrypted only to send or to sync, and
``rotate_all`` re-encrypts every token under the current secret after a rotation.

A user's Settings are the server's, with that user's sections laid over them. The mail
servers are the exception: a user sends through their own mailbox or not at all, so the
server's own ``[smtp]``/``[imap]`` (and its password) never reach a user's mail.
"""

from __future__ import annotations

import base64
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import select

from afterword.config import MailServer, Settings
from afterword.errors import AfterwordError
from afterword.keys import ServerKeys, load_server_keys
from afterword.store.db import Database, utcnow
from afterword.store.schema import User, UserSettingsRow

PURPOSE = "mail-password"
# The sections a hosted user sets for themselves; storage, llm and server stay the server's.
PER_USER = ("profile", "smtp", "imap", "review", "compose", "schedule")
MAIL = ("smtp", "imap")
Protocol = Literal["smtp", "imap"]


class VaultError(AfterwordError):
    """A stored mail password cannot be decrypted, or a user's settings cannot be used."""


class UnknownUser(AfterwordError, LookupError):
    """No account has that e-mail address."""

    http_status = 404


class Vault:
    """Encrypts mail passwords under the current secret; decrypts under any accepted one."""

    def __init__(self, keys: ServerKeys) -> None:
        # cryptography (about 7 MiB resident) only where a password is sealed or opened: a
        # local server, which never does, does not carry it.
        from cryptography.fernet import Fernet, MultiFernet

        fernets = [Fernet(base64.urlsafe_b64encode(key)) for key in keys.derive_all(PURPOSE)]
        self._fernet = MultiFernet(fernets)

    @classmethod
    def of(cls, settings: Settings) -> Vault:
        """The vault for the server's secret key (``SecretKeyError`` when it has none)."""
        return cls(load_server_keys(settings))

    def seal(self, password: str) -> str:
        """Return the password as a token, encrypted under the current secret."""
        return self._fernet.encrypt(password.encode()).decode("ascii")

    def open(self, token: str) -> str:
        """Return the password a token holds, or raise VaultError saying what to do."""
        from cryptography.fernet import InvalidToken

        try:
            return self._fernet.decrypt(token.encode("ascii")).decode()
        except (InvalidToken, UnicodeError):
            raise VaultError(
                "a stored mail password cannot be decrypted with the server's secret key or "
                "any previous one: was the old secret dropped before `afterword keys rotate` "
                "ran? Keep it in AFTERWORD_PREVIOUS_SECRET_KEYS, or set the password again"
            ) from None

    def rotate(self, token: str) -> str:
        """Return the token re-encrypted under the current secret."""
        from cryptography.fernet import InvalidToken

        try:
            return self._fernet.rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken:
            raise VaultError(self._lost()) from None

    @staticmethod
    def _lost() -> str:
        return (
            "a stored mail password cannot be decrypted with the current or any previous "
            "secret key; put the old secret back in AFTERWORD_PREVIOUS_SECRET_KEYS and rotate "
            "again (nothing was changed)"
        )


def user_id_for(db: Database, email: str) -> int:
    """Return the id of the account signed in as ``email`` (any case)."""
    with db.session() as session:
        found = session.scalar(select(User.id).where(User.username == email.strip().lower()))
    if found is None:
        raise UnknownUser(f"no account with the e-mail address {email!r}; `afterword users list`")
    return found


def stored_data(db: Database, user_id: int) -> dict[str, Any]:
    """The user's own settings as stored (no passwords), ``{}`` when none are."""
    with db.session() as session:
        row = session.get(UserSettingsRow, user_id)
        return dict(row.data) if row is not None else {}


def stored_passwords(db: Database, user_id: int) -> dict[str, bool]:
    """Whether the user has an SMTP and an IMAP password stored, never the passwords."""
    with db.session() as session:
        row = session.get(UserSettingsRow, user_id)
        return {p: bool(row is not None and getattr(row, f"{p}_password")) for p in MAIL}


def user_settings(
    db: Database, user_id: int, server: Settings, vault: Vault | None = None
) -> Settings:
    """Return the user's Settings: the server's with the user's own sections laid over them.

    The mail passwords are decrypted only when ``vault`` is given (to send or to sync);
    without it they are left out.
    """
    with db.session() as session:
        row = session.get(UserSettingsRow, user_id)
        own = dict(row.data) if row is not None else {}
        tokens = {p: getattr(row, f"{p}_password") if row is not None else None for p in MAIL}
    return overlay(server, own, {p: vault.open(t) for p, t in tokens.items() if vault and t})


def overlay(server: Settings, own: dict[str, Any], passwords: dict[str, str]) -> Settings:
    """Lay a user's sections over the server's settings; mail servers only from the user."""
    data = server.model_dump()
    for section in PER_USER:
        mine = dict(own.get(section) or {})
        if section in MAIL:
            base = MailServer() if section == "smtp" else MailServer(security="tls")
            start = base.model_dump() | {"timeout_seconds": data[section]["timeout_seconds"]}
            mine.pop("password", None)
            data[section] = start | mine | {"password": passwords.get(section)}
        else:
            data[section] = data[section] | mine
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:  # stored by another version: say where, never the values
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise VaultError(
            f"the user's stored settings no longer fit ({where}: {first['msg']}); "
            "save them again on the settings page"
        ) from None


def own_sections(settings: Settings) -> dict[str, Any]:
    """The per-user sections of ``settings`` as ``user_settings.data`` holds them."""
    data = settings.model_dump(mode="json", exclude_none=True)
    mine = {section: data.get(section, {}) for section in PER_USER}
    for section in MAIL:
        mine[section].pop("password", None)
    return mine


def save_user_settings(
    db: Database,
    user_id: int,
    settings: Settings,
    *,
    passwords: dict[str, str] | None = None,
    vault: Vault | None = None,
) -> None:
    """Store the user's sections of ``settings``; new passwords are encrypted, others kept."""
    typed = {p: v for p, v in (passwords or {}).items() if v}
    if typed and vault is None:
        raise VaultError("a mail password can only be stored with the server's secret key")
    with db.session() as session:
        row = session.get(UserSettingsRow, user_id)
        if row is None:
            row = UserSettingsRow(user_id=user_id, data={}, updated_at=utcnow())
            session.add(row)
        row.data = own_sections(settings)
        row.updated_at = utcnow()
        for protocol, password in typed.items():
            assert vault is not None
            setattr(row, f"{protocol}_password", vault.seal(password))


def rotate_all(db: Database, vault: Vault) -> int:
    """Re-encrypt every stored mail password under the current secret; return how many.

    All or nothing: one transaction, so a token no key opens leaves every row as it was.
    """
    count = 0
    with db.session() as session:
        rows = session.scalars(
            select(UserSettingsRow).where(
                (UserSettingsRow.smtp_password.is_not(None))
                | (UserSettingsRow.imap_password.is_not(None))
            )
        )
        for row in rows:
            for protocol in MAIL:
                token = getattr(row, f"{protocol}_password")
                if token:
                    setattr(row, f"{protocol}_password", vault.rotate(token))
                    count += 1
    return count


def mail_users(db: Database, protocol: Protocol) -> list[int]:
    """The users, not disabled, who have a server of this kind set (the sync worker's list)."""
    with db.session() as session:
        rows = session.execute(
            select(UserSettingsRow.user_id, UserSettingsRow.data)
            .join(User, User.id == UserSettingsRow.user_id)
            .where(User.disabled_at.is_(None))
            .order_by(UserSettingsRow.user_id)
        ).all()
    return [user for user, data in rows if (data.get(protocol) or {}).get("host")]


class Accounts:
    """Each user's Settings with passwords, for one worker run (read once per user per run)."""

    def __init__(self, db: Database, server: Settings) -> None:
        self.db, self.server = db, server
        self.vault = Vault.of(server)
        self._known: dict[int, Settings] = {}

    def __call__(self, user_id: int) -> Settings:
        """The user's Settings, passwords decrypted (VaultError when one cannot be, or when
        the account is disabled: a disabled account's mail does not go)."""
        if user_id not in self._known:
            with self.db.session() as session:
                disabled = session.scalar(select(User.disabled_at).where(User.id == user_id))
            if disabled is not None:
                raise VaultError(
                    f"the account was disabled on {disabled:%Y-%m-%d}; its mail is held"
                )
            self._known[user_id] = user_settings(self.db, user_id, self.server, self.vault)
        return self._known[user_id]
