"""One line of plain text, as names, company and role must be to go into email headers.

Kept apart from the interview models so that a cold review can check a To header's name
without importing pydantic.
"""

from __future__ import annotations

import re

# Names, company and role end up in email headers (From, To, Subject): one line of plain text.
_NOT_IN_HEADERS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]|=\\?")


def plain_line(value: str) -> str:
    """Return the text if it can go into an email header as it is; else say why not."""
    found = _NOT_IN_HEADERS.search(value)
    if found is None:
        return value
    if found.group() == "=?":
        raise ValueError(
            f"'=?' at position {found.start()} would be read by mail programs as an encoded "
            "word; expected plain text (write the characters themselves, not their encoding)"
        )
    raise ValueError(
        f"a line break or control character {found.group()!r} at position {found.start()}; "
        "expected one line of plain text"
    )
