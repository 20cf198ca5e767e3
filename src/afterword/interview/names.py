"""Split a person's name into honorific, first and last, so drafts can greet them properly."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Honorifics as people write them, mapped onto the form a greeting uses.
HONORIFICS: dict[str, str] = {
    "dr": "Dr.",
    "doctor": "Dr.",
    "prof": "Prof.",
    "professor": "Prof.",
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "mx": "Mx.",
    "sir": "Sir",
    "dame": "Dame",
    "rev": "Rev.",
    "judge": "Judge",
    "hon": "Hon.",
    "capt": "Capt.",
    "captain": "Capt.",
    "fr": "Fr.",
    "father": "Fr.",
    "rabbi": "Rabbi",
}

# Honorifics that go with the given name: "Sir Ian", "Dame Judi", never "Sir McKellen".
WITH_FIRST_NAME = {"Sir", "Dame"}

SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba", "cpa"}

# Particles that belong to the family name ("Ludwig van Beethoven" -> "van Beethoven").
PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "du",
    "la",
    "le",
    "bin",
    "al",
    "ter",
}


@dataclass(frozen=True)
class PersonName:
    """A name as written, and its parts."""

    full: str
    honorific: str | None
    first: str | None
    last: str | None
    middle: str | None = None

    @property
    def formal(self) -> str:
        """Name for a formal greeting: "Dr. Raman", "Ms. Okafor" or the full name."""
        if self.honorific in WITH_FIRST_NAME and self.first:
            return f"{self.honorific} {self.first}"
        if self.honorific and self.last:
            return f"{self.honorific} {self.last}"
        if self.honorific and self.first:
            return f"{self.honorific} {self.first}"
        return self.plain

    @property
    def informal(self) -> str:
        """Name for a friendly greeting: the first name, or the only name there is."""
        return self.first or self.last or self.full

    @property
    def plain(self) -> str:
        """The name without honorific or suffix."""
        parts = [p for p in (self.first, self.middle, self.last) if p]
        return " ".join(parts) if parts else self.full

    @property
    def tokens(self) -> list[str]:
        """Every word of the name, for matching against text."""
        return [t for t in re.split(r"[\s]+", self.plain) if t]


def _bare(word: str) -> str:
    return word.rstrip(".,").lower()


def _tidy(text: str) -> str:
    """Drop pronouns or notes in brackets and turn "Okafor, Sam" into "Sam Okafor"."""
    text = " ".join(re.sub(r"\s*[(\[][^)\]]*[)\]]", " ", text).split())
    last, comma, rest = text.partition(",")
    given = rest.strip()
    if (
        comma
        and given
        and "," not in given
        and len(given.split()) <= 3
        and not all(_bare(w) in SUFFIXES for w in given.split())
    ):
        return f"{given} {last.strip()}"
    return text


def _split_honorifics(words: list[str]) -> tuple[str | None, list[str]]:
    """Take every leading honorific ("Prof. Dr."), keeping the first for greetings."""
    honorific = None
    while len(words) > 1 and _bare(words[0]) in HONORIFICS:
        honorific = honorific or HONORIFICS[_bare(words[0])]
        words = words[1:]
    return honorific, words


def parse_name(text: str) -> PersonName:
    """Parse ``Dr. Priya Raman`` into honorific ``Dr.``, first ``Priya``, last ``Raman``."""
    full = " ".join(text.split())
    words = _tidy(full).split(" ") if full else []
    honorific, words = _split_honorifics(words)
    while len(words) > 1 and _bare(words[-1]) in SUFFIXES:
        words = words[:-1]
    words = [w.rstrip(",") for w in words if w.rstrip(",")]
    if not words:
        return PersonName(full, honorific, None, None)
    if len(words) == 1:
        # A single name ("Suharto") is how to greet; with an honorific it is the family name.
        if honorific and honorific not in WITH_FIRST_NAME:
            return PersonName(full, honorific, None, words[0])
        return PersonName(full, honorific, words[0], None)
    last_start = len(words) - 1
    while last_start > 0 and words[last_start - 1].lower() in PARTICLES:
        last_start -= 1
    if last_start == 0:  # "Dr. van Beethoven": all family name
        return PersonName(full, honorific, None, " ".join(words))
    middle = " ".join(words[1:last_start]) or None
    return PersonName(full, honorific, words[0], " ".join(words[last_start:]), middle)
