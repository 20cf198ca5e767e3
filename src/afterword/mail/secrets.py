"""Mail server passwords: from the environment or the system keyring, never the database.

The keyring entry for SMTP is service ``afterword``, user ``smtp:<user>@<host>`` (IMAP:
``imap:<user>@<host>``), so ``keyring set afterword smtp:me@smtp.example.com`` stores one.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

from afterword.errors import AfterwordError

if TYPE_CHECKING:
    from afterword.config import MailServer

SERVICE = "afterword"
log = logging.getLogger(__name__)

Protocol = Literal["smtp", "imap"]


class Secret:
    """A password that never shows itself in a repr, a log line or an f-string."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """Return the password itself, for the one call that needs it (login)."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __bool__(self) -> bool:
        return bool(self._value)


def keyring_user(protocol: Protocol, server: MailServer) -> str:
    """Return the keyring user name for a server: ``smtp:<user>@<host>``."""
    return f"{protocol}:{server.user}@{server.host}"


def password_for(protocol: Protocol, server: MailServer) -> Secret | None:
    """Return the server's password: the setting (environment) first, then the keyring."""
    if server.password:
        return Secret(server.password)
    if not server.user or not server.host:
        return None
    stored = _from_keyring(keyring_user(protocol, server))
    return Secret(stored) if stored else None


def _from_keyring(user: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # keyring is a dependency, but a broken install should not crash sending
        return None
    try:
        return keyring.get_password(SERVICE, user)
    except KeyringError as exc:
        log.warning("the system keyring could not be read (%s); no password from it", type(exc))
        return None


def store_password(protocol: Protocol, server: MailServer, password: str) -> str:
    """Put the password in the system keyring; return the keyring user it is stored under."""
    import keyring

    user = keyring_user(protocol, server)
    keyring.set_password(SERVICE, user, password)
    return user


class NoKeyring(AfterwordError, RuntimeError):
    """No system keyring can store the password here (a headless machine, a container)."""


def store_password_or_explain(protocol: Protocol, server: MailServer, password: str) -> None:
    """Store the password in the keyring, or raise NoKeyring saying where it can go instead."""
    from keyring.errors import KeyringError

    try:
        store_password(protocol, server, password)
    except KeyringError as exc:
        variable = f"AFTERWORD_{protocol.upper()}_PASSWORD"
        raise NoKeyring(
            f"the {protocol.upper()} password was not stored: this machine has no system "
            f"keyring ({type(exc).__name__}). Set {variable} in afterword's environment, or "
            "install a keyring backend (for example: pip install keyrings.alt) and save the "
            "password again; the other mail settings were saved"
        ) from None


def missing_password_hint(protocol: Protocol, server: MailServer) -> str:
    """Say where afterword looked for a password and how to give it one."""
    variable = f"AFTERWORD_{protocol.upper()}_PASSWORD"
    return (
        f"no {protocol.upper()} password for {server.user}@{server.host}; set {variable} "
        f"or store it in the system keyring: keyring set {SERVICE} "
        f"{keyring_user(protocol, server)}"
    )
