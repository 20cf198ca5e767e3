"""Guess an interview's company, role and format from the words of a calendar invite.

Summaries are written by people and scheduling tools in many shapes ("Interview: Jordan
Lee — Senior Data Engineer (Northwind Analytics)", "Northwind Analytics / Jordan Lee –
Onsite interview", a Zoom "Topic:" line); what comes out is a guess for the user to confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterword.interview.model import Candidate, Interviewer

# Separators between the parts of a summary ("Northwind / Jordan Lee – Onsite interview").
SEPARATOR = re.compile(r"\s+(?:[-/:|•x]|<>)\s+|\s*[—–|•]\s*|:\s+")
PREFIX = re.compile(
    r"^\s*(?:updated invitation(?: with note)?|invitation|invite|accepted|declined|tentative"
    r"|updated|canceled event|cancelled|canceled|fwd?|re)\s*:\s*",
    re.IGNORECASE,
)
GOOGLE_TAIL = re.compile(r"\s+@\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b.*$")
AT_COMPANY = re.compile(r"^(?P<role>.+?)\s+(?:interview\s+)?(?:at|@)\s+(?P<company>.+)$", re.I)
# Words that describe the meeting rather than the company or the role.
MEETING_WORDS = re.compile(
    r"\b(?:(?:final|first|second|third|\d+(?:st|nd|rd|th)?)\s+round|round\s+\d+|on-?site"
    r"|phone|video|virtual|remote|zoom|teams|technical|behavioral|behavioural|hiring|panel"
    r"|loop|screen(?:ing)?|interviews?|call|chat|conversation|meeting|session|invite"
    r"|invitation)\b",
    re.IGNORECASE,
)
ROLE_WORDS = re.compile(
    r"\b(?:engineer|engineering|developer|manager|analyst|designer|scientist|director|lead"
    r"|architect|consultant|specialist|intern|administrator|officer|associate|coordinator"
    r"|head|vp|president|programmer|researcher|writer|editor|accountant|nurse|teacher"
    r"|technician|sre|devops|recruiter|assistant|advisor|representative|executive|owner"
    r"|strategist|principal|staff|senior|junior|sr\.?|jr\.?)\b",
    re.IGNORECASE,
)
DESCRIPTION_FIELDS = {
    "role": re.compile(r"^\s*(?:position|role|job(?: title)?|title)\s*:\s*(.+)$", re.I | re.M),
    "company": re.compile(r"^\s*(?:company|employer|organi[sz]ation)\s*:\s*(.+)$", re.I | re.M),
    "topic": re.compile(r"^\s*(?:topic|subject)\s*:\s*(.+)$", re.I | re.M),
}
FOR_THE_ROLE = re.compile(r"\bfor the ([A-Z][\w&/+\- ]{2,60}?) (?:position|role|opening)\b")
VIDEO = re.compile(
    r"zoom\.us|meet\.google\.com|teams\.microsoft\.com|webex\.com|whereby\.com"
    r"|microsoft teams meeting|join zoom",
    re.I,
)
PHONE = re.compile(r"\bphone (?:screen|interview|call)\b|\bwe will call you\b", re.I)
FREE_MAIL = {
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "proton.me",
    "protonmail.com",
    "zoom.us",
    "google.com",
    "calendar.google.com",
    "example.com",
    "aol.com",
    "live.com",
    "msn.com",
    "gmx.com",
}


@dataclass(frozen=True)
class InviteText:
    """What an invite says in words: its summary, description and location."""

    summary: str = ""
    description: str = ""
    location: str = ""


def guess_details(
    text: InviteText, people: list[Interviewer], candidate: Candidate | None
) -> tuple[dict[str, str], list[str]]:
    """Guess company, role and format from the invite's text; list what stayed unknown."""
    summary, description, location = text.summary, text.description, text.location
    names = {p.person.plain.lower() for p in people} | {p.name.lower() for p in people}
    if candidate:
        names |= {candidate.name.lower(), candidate.person.plain.lower()}
    guesses = _from_description(description, names)
    for key, value in guess_from_summary(summary, names).items():
        guesses.setdefault(key, value)
    if "company" not in guesses and (company := _company_from_domain(people)):
        guesses["company"] = company
    if fmt := _guess_format(" ".join((summary, description, location)), location):
        guesses["format"] = fmt
    return guesses, [k for k in ("company", "role") if k not in guesses]


def _from_description(description: str, names: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for key in ("role", "company"):
        if match := DESCRIPTION_FIELDS[key].search(description):
            found[key] = match.group(1).strip().rstrip(".")
    if match := DESCRIPTION_FIELDS["topic"].search(description):
        for key, value in guess_from_summary(match.group(1), names).items():
            found.setdefault(key, value)
    if "role" not in found and (match := FOR_THE_ROLE.search(description)):
        found["role"] = match.group(1).strip()
    return found


def guess_from_summary(summary: str, names: set[str]) -> dict[str, str]:
    """Company and role from a summary such as "Interview: Jordan Lee — Engineer (Northwind)"."""
    text = GOOGLE_TAIL.sub("", summary.strip())
    while PREFIX.match(text):
        text = PREFIX.sub("", text, count=1)
    found: dict[str, str] = {}
    if (match := re.search(r"\(([^()]+)\)\s*$", text)) and _is_name_of_thing(match[1], names):
        found["company"] = match[1].strip()
        text = text[: match.start()]
    for part in (p for p in SEPARATOR.split(text) if p.strip()):
        _classify(part.strip(), names, found)
    return found


def _classify(part: str, names: set[str], found: dict[str, str]) -> None:
    if match := AT_COMPANY.match(part):
        found.setdefault("company", _clean(match["company"]))
        part = match["role"]
    cleaned = _clean(part)
    if not _is_name_of_thing(cleaned, names):
        return
    key = "role" if ROLE_WORDS.search(cleaned) else "company"
    found.setdefault(key, cleaned)


def _clean(part: str) -> str:
    """Drop the words about the meeting: "Onsite interview" -> ""."""
    text = MEETING_WORDS.sub(" ", part)
    text = re.sub(r"\b(?:for|with|the|a|an|and|position|role)\b", " ", text, flags=re.I)
    return " ".join(text.split()).strip(" -–—,.:")


def _is_name_of_thing(text: str, names: set[str]) -> bool:
    """True for text that could be a company or role: not a person, time or meeting word."""
    cleaned = _clean(text)
    if len(cleaned) < 2 or cleaned.lower() in names:
        return False
    return not re.fullmatch(r"[A-Z]{2,5}|\d.*|[\w.+-]+@[\w.-]+", cleaned)


def _company_from_domain(people: list[Interviewer]) -> str | None:
    for person in people:
        domain = (person.email or "").rsplit("@", 1)[-1].lower()
        if domain and domain not in FREE_MAIL:
            label = domain.split(".")[-2] if domain.count(".") >= 1 else domain
            return " ".join(w.capitalize() for w in re.split(r"[-_]", label) if w)
    return None


def _guess_format(text: str, location: str) -> str | None:
    if VIDEO.search(text):
        return "video"
    if PHONE.search(text):
        return "phone"
    if re.search(r"\bon-?site\b", text, re.I) or (location and "://" not in location):
        return "onsite"
    return None
