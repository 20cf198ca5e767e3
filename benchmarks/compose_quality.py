"""Measure the composer against the quality bars on the corpus of interview files.

Run ``python -m benchmarks.compose_quality`` (add ``--show`` to print every draft). For every
draft of every corpus file: error findings, tone (AW4xx) and length (AW5xx) warnings,
proofreading findings (AW6xx, Harper), whether a thank-you carries one of that
interviewer's own notes, third person about the recipient; per panel, the word-trigram
Jaccard similarity of every pair of notes.
"""

from __future__ import annotations

import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import combinations
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "compose" / "corpus"
THIRD_PERSON = re.compile(r"\b(?:she|he|her|his|him|hers|herself|himself)\b", re.IGNORECASE)
STOP = {
    "the",
    "and",
    "for",
    "with",
    "about",
    "how",
    "our",
    "your",
    "their",
    "her",
    "his",
    "they",
    "she",
    "from",
    "that",
    "this",
    "into",
    "what",
    "why",
    "you",
    "was",
    "were",
}


@dataclass
class Checked:
    """One draft and what the bars say about it."""

    source: str
    kind: str
    sequence: int
    to: str
    subject: str
    body: str
    words: int
    problems: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)  # every finding, "AW408 info"
    has_notes: bool = True  # whether the interviewer had notes of their own


@dataclass
class Report:
    """Every checked draft and the panel similarities."""

    drafts: list[Checked] = field(default_factory=list)
    similarities: list[float] = field(default_factory=list)

    @property
    def failures(self) -> list[Checked]:
        """Drafts that miss a bar."""
        return [d for d in self.drafts if d.problems]


def profile():  # type: ignore[no-untyped-def]
    """The stored profile the corpus uses when a file has no candidate."""
    from afterword.interview.model import Candidate

    return Candidate(name="Robin Avery", email="robin.avery@example.com")


def content_words(text: str) -> set[str]:
    """Lowercase content words of a note, five-letter stems."""
    return {w[:5] for w in re.findall(r"[^\W_]+", text.lower()) if len(w) > 2 and w not in STOP}


def carries_own_note(body: str, notes: list[str]) -> bool:
    """Whether most content words of at least one of the notes appear in the body."""
    words = content_words(body)
    for note in notes:
        wanted = content_words(note)
        if wanted and len(wanted & words) >= max(1, len(wanted) // 2):
            return True
    return False


def third_person(body: str, name_tokens: list[str]) -> list[str]:
    """Words that speak of the recipient in the third person (after the greeting)."""
    rest = body.split("\n", 1)[1] if "\n" in body else body
    rest = rest.rsplit("\n\n", 1)[0]  # the signature may name anyone
    found = [m.group() for m in THIRD_PERSON.finditer(rest)]
    found += [t for t in name_tokens if len(t) > 2 and re.search(rf"\b{re.escape(t)}\b", rest)]
    return found


def problems_of(review, draft, interview) -> list[str]:  # type: ignore[no-untyped-def]
    """Every bar this draft misses."""
    problems = []
    for f in review.findings:
        tone_or_length = f.rule.startswith(("AW4", "AW5")) and f.severity != "info"
        if f.severity == "error" or tone_or_length or f.rule.startswith("AW6"):
            problems.append(f"{f.rule} {f.name}: {f.message} [{draft.body[f.start : f.end]}]")
    person = draft.interviewer
    own = [*person.discussed, person.valued or "", person.rapport or ""]
    own = [n for n in own if n]
    if draft.kind == "thank-you" and own and not carries_own_note(draft.body, own):
        problems.append("carries nothing from this interviewer's own notes")
    if leftovers := third_person(draft.body, person.person.tokens):
        problems.append(f"third person about the recipient: {leftovers}")
    del interview
    return problems


def check_file(path: Path, report: Report) -> None:
    """Draft every note of one corpus file and check each against the bars."""
    from afterword.compose import compose_panel
    from afterword.compose.checking import review_draft
    from afterword.interview.loader import load_interview
    from afterword.review.rules.panel import similarity

    interview = load_interview(path)
    who = profile()
    for kind, sequence, after in (
        ("thank-you", 1, timedelta(hours=20)),
        ("follow-up", 1, timedelta(days=7)),
        ("follow-up", 2, timedelta(days=14)),
    ):
        drafts = compose_panel(
            interview,
            kind,
            0,
            None,
            who,
            sequence,  # type: ignore[arg-type]
            now=interview.end + after,
        )
        for draft in drafts:
            review = review_draft(draft, interview, candidate=interview.candidate or who)
            report.drafts.append(
                Checked(
                    path.name,
                    kind,
                    sequence,
                    draft.to_name,
                    draft.subject,
                    draft.body,
                    review.word_count,
                    problems_of(review, draft, interview),
                    [f"{f.rule} {f.severity}" for f in review.findings],
                    bool(draft.interviewer.discussed or draft.interviewer.valued),
                )
            )
        report.similarities += [similarity(a.body, b.body) for a, b in combinations(drafts, 2)]


def measure(corpus: Path = CORPUS) -> Report:
    """Check the whole corpus."""
    report = Report()
    for path in sorted(corpus.glob("*.yaml")):
        check_file(path, report)
    return report


def summary(report: Report) -> str:
    """The figures for docs/quality-compose.md."""
    sims = report.similarities or [0.0]
    words = {k: [d.words for d in report.drafts if d.kind == k] for k in ("thank-you", "follow-up")}
    lines = [
        f"files: {len(set(d.source for d in report.drafts))}, drafts: {len(report.drafts)}",
        f"drafts missing a bar: {len(report.failures)}",
        f"panel pairs: {len(report.similarities)}, trigram Jaccard max {max(sims):.3f}, "
        f"mean {statistics.mean(sims):.3f}",
    ]
    every = Counter(f for d in report.drafts for f in d.findings)
    listed = ", ".join(f"{k} ×{v}" for k, v in sorted(every.items())) or "none"
    lines.append(f"all findings: {listed}")
    for kind, counts in words.items():
        if counts:
            lines.append(
                f"{kind} words: min {min(counts)}, median {statistics.median(counts)}, "
                f"max {max(counts)}"
            )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Print the figures (and with --show every draft); exit 1 when a bar is missed."""
    if "--examples" in argv:
        (CORPUS.parents[2] / "docs" / "examples.md").write_text(examples_page(), encoding="utf-8")
        return 0
    report = measure()
    for draft in report.drafts:
        if "--show" in argv or draft.problems:
            print(
                f"=== {draft.source} · {draft.kind} {draft.sequence} · {draft.to} "
                f"({draft.words} words)\nSubject: {draft.subject}\n\n{draft.body}"
            )
            for problem in draft.problems:
                print(f"  !! {problem}")
    print(summary(report))
    return 1 if report.failures else 0


EXAMPLES = (
    (
        "01-northwind-panel.yaml",
        "thank-you",
        1,
        0,
        "The example from the design: a director, third person in the notes, a missed point.",
    ),
    (
        "07-full-sentences.yaml",
        "thank-you",
        1,
        0,
        'Notes jotted as full sentences ("She said the team is moving ..."), a formal greeting.',
    ),
    (
        "28-follow-up-heavy.yaml",
        "follow-up",
        1,
        1,
        "The first follow-up: two missed points, an insight, the decision date.",
    ),
)


def examples_page() -> str:
    """docs/examples.md: three drafts, verbatim, as the built-in composer writes them."""
    from afterword.compose import compose
    from afterword.interview.loader import load_interview

    blocks = [
        "# Example drafts\n",
        "Three notes exactly as `afterword draft` writes them with the built-in composer (no",
        "language model), from files of the quality corpus in `tests/compose/corpus/`. Each was",
        "drafted 20 hours after the interview (a follow-up: a week after). This page is generated",
        "by `python -m benchmarks.compose_quality --examples` and a test keeps it current.\n",
    ]
    for name, kind, sequence, position, why in EXAMPLES:
        interview = load_interview(CORPUS / name)
        after = timedelta(hours=20) if kind == "thank-you" else timedelta(days=7)
        draft = compose(
            interview,
            interview.interviewers[position],
            kind,  # type: ignore[arg-type]
            sequence=sequence,
            profile=profile(),
            now=interview.end + after,
        )
        blocks += [
            f"## {kind} to {draft.to_name} (`{name}`)\n",
            f"{why}\n",
            f"Subject: {draft.subject}\n",
            "```text",
            draft.body.rstrip(),
            "```\n",
        ]
    return "\n".join(blocks)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
