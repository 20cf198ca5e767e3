"""Greetings and sign-offs: "Dear Dr. Raman," or "Hi Priya," and the candidate's name."""

from __future__ import annotations

import re

from afterword.compose import banks
from afterword.compose.picker import Picker
from afterword.interview.model import Candidate, Interviewer
from afterword.interview.names import PersonName

SENIOR = re.compile(
    r"\b(?:director|vp|svp|evp|vice president|head|chief|c[etfoip]o|president|partner|"
    r"principal|dean|professor|founder|managing|general manager|chief executive)\b",
    re.IGNORECASE,
)


def is_formal(person: Interviewer, formality: str) -> bool:
    """Formal for "formal"; for "auto", formal with an honorific or a senior title."""
    if formality in ("formal", "friendly"):
        return formality == "formal"
    return bool(person.person.honorific or (person.title and SENIOR.search(person.title)))


def formal_name(name: PersonName) -> str:
    """Capitalize a family name that stands alone: "Dr. Van der Berg"."""
    formal = name.formal
    if name.honorific and name.last and name.last[:1].islower():
        return f"{name.honorific} {name.last[:1].upper()}{name.last[1:]}"
    return formal


def greeting(person: Interviewer, formality: str, pick: Picker) -> str:
    """Greet by the formality setting; an honorific is never guessed."""
    name = person.person
    if is_formal(person, formality):
        return f"Dear {formal_name(name)},"
    opener = "Hello" if pick.index("greeting", 3) == 0 else "Hi"
    return f"{opener} {name.informal},"


def sign_off_lines(candidate: Candidate | None, signature: str | None, pick: Picker) -> list[str]:
    """A sign-off, then the stored signature or the candidate's name and phone."""
    lines = [pick.one("sign-off", banks.SIGN_OFF)]
    if signature and signature.strip():
        lines += [line.rstrip() for line in signature.strip().splitlines()]
    elif candidate is not None:
        lines.append(candidate.name)
        if candidate.phone:
            lines.append(candidate.phone)
    return lines
