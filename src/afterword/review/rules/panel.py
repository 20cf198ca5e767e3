"""AW206: notes to one panel that share most of their text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from afterword.review.finding import Finding
from afterword.review.rules.base import ERROR, Rule, fires, passes
from afterword.review.rules.document import Document

# Jaccard similarity of word trigrams at or above which two notes "share most of their text".
# Two notes of equal length at 0.4 share about 57% of their trigrams (2J / (1 + J)); notes
# drafted per interviewer from different topics stay far below (the composer aims at <= 0.25).
THRESHOLD = 0.4

if TYPE_CHECKING:
    from afterword.review.result import Review

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def trigrams(text: str) -> set[tuple[str, ...]]:
    """Return the set of word trigrams of a text, ignoring case and punctuation."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return set(zip(words, words[1:], words[2:], strict=False))


def similarity(a: str, b: str) -> float:
    """Return the Jaccard similarity of two texts' word trigrams, from 0 (nothing shared) to 1."""
    first, second = trigrams(a), trigrams(b)
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


@dataclass(frozen=True, kw_only=True)
class PanelRule(Rule):
    """A rule over the notes to one panel rather than over one note."""

    def check(self, doc: Document) -> Iterable[Finding]:
        return ()  # one note alone cannot duplicate another: see compare_panel

    def compare(self, notes: list[tuple[str, str]]) -> list[Finding]:
        """Return a finding for each pair of notes that share most of their text."""
        return [finding for _first, _second, finding in self.compare_pairs(notes)]

    def compare_pairs(self, notes: list[tuple[str, str]]) -> list[tuple[int, int, Finding]]:
        """Return (index, index, finding) for each pair of notes sharing most of their text."""
        shingles = [(label, trigrams(body)) for label, body in notes]
        found = []
        for (i, (label_a, a)), (j, (label_b, b)) in combinations(enumerate(shingles), 2):
            score = len(a & b) / len(a | b) if a and b else 0.0
            if score >= THRESHOLD:
                message = (
                    f"the notes to {label_a} and {label_b} share most of their text "
                    f"(similarity {score:.2f}); interviewers compare notes, so write each its own"
                )
                found.append((i, j, self.finding(message)))
        return found


NOTE = (
    "Dear Priya, thank you for taking the time to talk with me about the data platform. "
    "I enjoyed learning how the team plans to move batch jobs to streaming, and I would love "
    "to help. Best regards, Jordan"
)
DUPLICATE_NOTE = PanelRule(
    id="AW206",
    name="duplicate-note",
    severity=ERROR,
    doc=f"""Write each interviewer their own note.

Interviewers compare notes after a panel, and identical ones are noticed (blog.winterwyman.com);
advisers recommend a separate, individual message to each person. The rule compares every
pair of notes to one interview by the word trigrams they share (Jaccard similarity) and
flags pairs at or above {THRESHOLD}: about 57% of each note's three-word sequences in common.
Changing only the name in the greeting does not get a copy under the bar. It runs over a
panel's drafts (`afterword draft`, `afterword review` of several notes to one interview),
never over a single note.""",
    examples=(
        fires(NOTE, panel=(NOTE.replace("Priya", "Sam"),)),
        passes(
            NOTE,
            panel=(
                "Hi Sam, thanks for walking me through your on-call rotation and how "
                "you test schema changes. Your contract tests are something I would "
                "bring to my next team. Best, Jordan",
            ),
        ),
    ),
)


def compare_panel(notes: list[tuple[str, str]]) -> list[Finding]:
    """Flag each pair of notes (label, body) to one panel that share most of their text."""
    return DUPLICATE_NOTE.compare(notes)


def attach_panel_findings(reviews: list[Review]) -> None:
    """Add AW206 to both reviews of each pair of notes that share most of their text."""
    notes = [(review.message.source or f"note {n + 1}", review.message.body) for n, review in
             enumerate(reviews)]  # fmt: skip
    for first, second, finding in DUPLICATE_NOTE.compare_pairs(notes):
        reviews[first].findings.insert(0, finding)
        reviews[second].findings.insert(0, finding)
