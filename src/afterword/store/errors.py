"""Errors the storage layer raises about what a caller asked for."""

from __future__ import annotations

from afterword.errors import AfterwordError

MAX_ID = 2**63 - 1  # the largest id either database can hold (a signed 64-bit integer)


def known_id(what: str, ident: int) -> int:
    """Return the id, or raise NotFound for one no table can hold (0, negative, past 64 bits)."""
    if not 1 <= ident <= MAX_ID:
        raise NotFound(what, ident)
    return ident


class NotFound(AfterwordError, LookupError):
    """No record with that id belongs to this user."""

    http_status = 404

    def __init__(self, what: str, ident: int) -> None:
        super().__init__(f"no {what} with id {ident}")
        self.what = what
        self.ident = ident
