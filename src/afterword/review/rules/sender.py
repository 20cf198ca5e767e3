"""AW7xx sender: the address and name the note comes from."""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.utils import parseaddr

from afterword.review.finding import Finding
from afterword.review.rules.base import INFO, WARNING, Check, fires, passes
from afterword.review.rules.document import Document
from afterword.review.rules.text import fold

SLANG_IN_ADDRESS = re.compile(
    r"(?i)party|sexy|babe|baby|hott?ie|cutie|princess|prince(?!ton)|lover|killer|gamer|ninja|"
    r"dude|stoner|420|69|xx|boi|gurl|angel|devil|beast|swag|crazy|rockstar|hunk|diva|king|queen|"
    r"lil|cool|hot(?:tie|stuff|boy|girl)|boy|girl"
)
BIRTH_YEAR = re.compile(r"(?:19[4-9]\d|20[0-2]\d)")


def _candidate_name(doc: Document) -> str | None:
    context = doc.context
    candidate = context.candidate or (context.interview.candidate if context.interview else None)
    if candidate is not None:
        return candidate.name
    display, _ = parseaddr(doc.message.sender or "")
    return display or None


def _built_on(local: str, name: str) -> bool:
    """Whether an address's local part is built on a person's name ("jordan.lee", "jlee")."""
    tokens = [fold(t) for t in re.findall(r"[^\W\d_]+", name) if len(t) > 1]
    letters = re.sub(r"[^a-z]", "", fold(local))
    if any(t in letters for t in tokens if len(t) >= 3):
        return True
    # Short names ("Li Na", "Bo Xu") count when they stand whole: "li.na", "na_li", "bo.xu".
    if any(part in tokens for part in re.split(r"[^a-z]+", fold(local)) if part):
        return True
    if "".join(tokens) in letters or "".join(reversed(tokens)) in letters:
        return True
    initials = "".join(t[0] for t in tokens)
    return bool(tokens) and (letters.startswith(initials) or letters == initials)


def unprofessional_address(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag a sender address that is not built on the candidate's name."""
    _, address = parseaddr(doc.message.sender or "")
    if "@" not in address:
        return
    local = address.split("@", 1)[0]
    name = _candidate_name(doc)
    if SLANG_IN_ADDRESS.search(local) and not (name and _slang_is_name(local, name)):
        yield rule.finding(
            f"{address} reads as a nickname; send from an address built on your name", header="From"
        )
    elif BIRTH_YEAR.search(local):
        yield rule.finding(
            f"{address} shows a birth year; leave it out of a professional address", header="From"
        )
    elif name and not _built_on(local, name):
        yield rule.finding(f"{address} is not built on your name ({name})", header="From")


def _slang_is_name(local: str, name: str) -> bool:
    """Whether the slang-looking part of an address is really part of the name ("Kingsley")."""
    letters = fold(local)
    return any(fold(t) in letters and SLANG_IN_ADDRESS.search(t) for t in name.split())


UNPROFESSIONAL_ADDRESS = Check(
    id="AW701",
    name="unprofessional-address",
    severity=WARNING,
    function=unprofessional_address,
    doc="""Send from an address built on your name, such as jordan.lee@… .

Randstad's advice is plain: use a professional address made of your name, never a nickname
or your current employer's address. Slang and nicknames ("partyboy@", "cutie@") and birth
years ("…1994@") are flagged; with a candidate name (from the interview or the From display
name) an address without any part of the name is flagged too.""",
    examples=(
        fires("Thank you.", sender="Jordan Lee <partyboy1994@example.com>"),
        fires("Thank you.", sender="jordan.lee1994@example.com"),
        fires("Thank you.", sender="Jordan Lee <dragonslayer@example.com>"),
        passes("Thank you.", sender="Jordan Lee <jordan.lee@example.com>"),
        passes("Thank you.", sender="Jordan Lee <jlee@example.com>"),
        passes("Thank you.", sender="Kingsley Obi <kingsley.obi@example.com>"),
        passes("Thank you.", sender="Li Na <li.na@example.com>"),
        passes("Thank you.", sender="Bo Xu <boxu@example.com>"),
        passes("Thank you."),
    ),
)


def sender_name(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag a From display name that is not the candidate's name."""
    display, address = parseaddr(doc.message.sender or "")
    if not address:
        return
    context = doc.context
    candidate = context.candidate or (context.interview.candidate if context.interview else None)
    if not display:
        yield rule.finding("the From header has no display name; add your full name", header="From")
    elif candidate and not {fold(t) for t in candidate.person.tokens} & set(fold(display).split()):
        yield rule.finding(
            f"the From name {display!r} is not your name ({candidate.name})",
            header="From",
            replacements=(f"{candidate.name} <{address}>",),
        )
    elif display == display.lower() or re.search(r"\d", display):
        yield rule.finding(
            f"the From name {display!r} does not look like a full name", header="From"
        )


SENDER_NAME = Check(
    id="AW702",
    name="sender-name",
    severity=INFO,
    function=sender_name,
    doc="""Let the From line show your full name.

The inbox shows the display name before anything else; "Jordan Lee" tells the interviewer
who wrote before the note is opened, while a nickname, a bare address or an old name does
not. With a candidate in the context the name must be theirs.""",
    examples=(
        fires("Thank you.", sender="jordan.lee@example.com"),
        fires("Thank you.", sender="JL <jordan.lee@example.com>", context="priya"),
        fires("Thank you.", sender="jordy99 <jordan.lee@example.com>"),
        passes("Thank you.", sender="Jordan Lee <jordan.lee@example.com>", context="priya"),
        passes("Thank you."),
    ),
)

RULES = (UNPROFESSIONAL_ADDRESS, SENDER_NAME)
