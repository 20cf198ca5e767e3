"""Catch facts a language model made up: names, companies and numbers not in the record.

A model asked to write a thank-you may add a colleague's name, another company, a team size
or a percentage that nobody recorded. Every capitalized word in mid-sentence and every number
in the draft must come from the interview record (or the candidate's own details).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from afterword.compose.words import words_of
from afterword.interview.model import Candidate, Interview

# Capitalized words any note may use without their being facts about anyone.
ORDINARY = words_of(
    """
    i dear hi hello best kind warm regards sincerely thanks thank many wishes all with yours
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    """
)
WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Invented:
    """A word or number in a draft that the record does not contain."""

    text: str
    start: int
    end: int


def fold(text: str) -> str:
    """Lowercase and strip accents, so "José" matches "jose"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def record_text(interview: Interview, candidate: Candidate | None = None) -> str:
    """All the text of the record: what a note may name or quote."""
    parts = [
        interview.company,
        interview.role,
        interview.timezone,
        *interview.fit,
        *interview.missed,
        *interview.insights,
    ]
    parts += [f"{interview.start:%A %B %d %Y %H %M}", f"{interview.start.day}"]
    if interview.decision_by:
        parts += [f"{interview.decision_by:%A %B %d %Y}", f"{interview.decision_by.day}"]
    for person in interview.interviewers:
        parts += [
            person.name,
            person.title or "",
            person.email or "",
            *person.discussed,
            person.valued or "",
            person.rapport or "",
        ]
    for who in (interview.candidate, candidate):
        if who is not None:
            parts += [who.name, who.email, who.phone or "", *who.links]
    return "\n".join(parts)


def vocabulary(text: str) -> tuple[set[str], set[str]]:
    """The folded words and the numbers of a text."""
    words = {fold(w).strip(".'’") for w in WORD.findall(text)}
    words |= {fold(p) for w in WORD.findall(text) for p in re.split(r"[-'’.]", w) if p}
    numbers = {n.replace(",", "") for n in NUMBER.findall(text)}
    numbers |= {n.lstrip("0") or "0" for n in numbers}
    return words, numbers


def _sentence_start(body: str, start: int) -> bool:
    before = body[:start].rstrip(" \t\"'“(")
    return not before or before[-1] in ".!?:;\n"


def invented_facts(
    body: str,
    interview: Interview,
    candidate: Candidate | None = None,
    allowed: Iterable[str] = (),
) -> list[Invented]:
    """Return the names and numbers in ``body`` that the record does not contain."""
    words, numbers = vocabulary(record_text(interview, candidate) + "\n" + "\n".join(allowed))
    found = []
    for match in WORD.finditer(body):
        token = match.group()
        if not token[:1].isupper() or _sentence_start(body, match.start()):
            continue
        key = fold(token).strip(".'’")
        parts = [p for p in re.split(r"[-'’.]", key) if p]
        if key in ORDINARY or key in words or (parts and all(p in words for p in parts)):
            continue
        found.append(Invented(token, match.start(), match.end()))
    for match in NUMBER.finditer(body):
        value = match.group().replace(",", "")
        if value not in numbers and (value.lstrip("0") or "0") not in numbers:
            found.append(Invented(match.group(), match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)
