"""Deterministic choice of wording: the same input gives the same note, a variant another."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from afterword.interview.model import Interview

# Coprime with every bank size we use (8), so panel members never share a wording.
STEP = 3


class Picker:
    """Choose one entry of a phrasing bank for one interviewer of one interview."""

    def __init__(
        self,
        interview: Interview,
        position: int,
        variant: int,
        kind: str = "",
        sequence: int = 1,
        avoid: frozenset[str] = frozenset(),
    ) -> None:
        when = interview.when.isoformat()
        self.key = f"{interview.company}|{interview.role}|{when}|{variant}|{kind}|{sequence}"
        self.position = position
        self.avoid = avoid  # sentences built from notes that the reviewer turned down

    def index(self, bank_name: str, size: int, offset: int = 0) -> int:
        """The entry for this person: a stable seed per bank, then a step per panel place."""
        digest = hashlib.sha256(f"{self.key}|{bank_name}".encode()).digest()
        seed = int.from_bytes(digest[:4], "big")
        return (seed + self.position * STEP + offset) % size

    def one(self, bank_name: str, bank: Sequence[str], offset: int = 0) -> str:
        """Return this person's entry of ``bank``."""
        return bank[self.index(bank_name, len(bank), offset)]
