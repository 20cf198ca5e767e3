"""Errors the storage layer raises about what a caller asked for."""

from __future__ import annotations

from afterword.errors import AfterwordError


class NotFound(AfterwordError, LookupError):
    """No record with that id belongs to this user."""

    http_status = 404

    def __init__(self, what: str, ident: int) -> None:
        super().__init__(f"no {what} with id {ident}")
        self.what = what
        self.ident = ident
