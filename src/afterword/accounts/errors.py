"""Errors about accounts, sign-in and sharing that a user or an administrator can cause."""

from __future__ import annotations

from afterword.errors import AfterwordError


class AccountError(AfterwordError):
    """An account command or form that cannot be done as asked; the message says why."""


class NoSuchUser(AccountError):
    """No account with that e-mail address."""

    http_status = 404

    def __init__(self, email: str) -> None:
        super().__init__(f"no account for {email!r}; `afterword users list` shows them")


class SignInRefused(AccountError):
    """Wrong e-mail or password, a disabled account, or too many failed attempts."""

    http_status = 401


class HostedModeError(AccountError):
    """Hosted mode asked for where it cannot work (SQLite, a command with no --user)."""


class TooManySignIns(SignInRefused):
    """Too many failed sign-ins for one account or from one address in the window."""

    http_status = 429
