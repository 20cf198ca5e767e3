"""The person a To header names when no interview is given, built without pydantic.

Without an interview the rules know the recipient only by the To header's display name
and address. ``Interviewer`` would check both (pydantic, email-validator: about 0.08 s of a
cold review's imports); ``addressee`` does the same for the names and addresses it can
judge exactly, and gives ``None`` for the rest, which then go to the model as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from afterword.interview.header_text import plain_line

if TYPE_CHECKING:
    from afterword.interview.names import PersonName

NAME_LIMIT = 200  # Interviewer.name's max_length
# Addresses email-validator accepts as they are, and as the model keeps them: plain ASCII
# words joined by dots, a lowercase host name of two or more labels without "--" (IDNA's
# reserved places) under a TLD of letters. Anything else is left to the model.
_LOCAL = r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_ADDRESS = re.compile(rf"({_LOCAL})@((?:{_LABEL}\.)+[a-z]{{2,63}})")
# email-validator refuses these (special-use domain names) when it is not asked about DNS.
_SPECIAL = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


@dataclass(frozen=True)
class Addressee:
    """What the rules read of an ``Interviewer`` known only from a To header."""

    name: str
    email: str | None = None
    greet_as: str | None = None
    title: str | None = None
    discussed: list[str] = field(default_factory=list)
    valued: str | None = None
    rapport: str | None = None
    timezone: str | None = None

    @property
    def person(self) -> PersonName:
        """The name, split into parts."""
        from afterword.interview.names import parse_name

        return parse_name(self.name)


def addressee(name: str, address: str) -> Addressee | None:
    """Return the person when the model would accept this name and address as they are.

    ``name`` is stripped and not empty; ``None`` means no verdict (the model decides).
    """
    if len(name) > NAME_LIMIT or name != name.strip():
        return None
    try:
        plain_line(name)
    except ValueError:
        return None
    if not address:
        return Addressee(name)
    found = _ADDRESS.fullmatch(address)
    if found is None or len(address) > 254 or len(found.group(1)) > 64:
        return None
    domain = found.group(2)
    if "--" in domain or domain.rsplit(".", 1)[1] in _SPECIAL:
        return None
    return Addressee(name, address)
