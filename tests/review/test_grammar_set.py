"""The composer's broken joins (issue 11): most get a grammar finding, good sentences none.

tests/review/grammar/composer_sentences.yaml labels each sentence with its shape; each is
reviewed inside an otherwise correct short thank-you, without context. Its ``heldout`` part
holds every broken sentence the readings of held-out sets 7 to 15 quote, by shape; they are
held to the floor measured when they were added, shape by shape, not to the 85% bar.
``python tests/review/test_grammar_set.py`` prints both tables (docs/quality.md).
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml

from afterword.review.engine import review_text
from afterword.review.finding import Severity

SET = Path(__file__).parent / "grammar" / "composer_sentences.yaml"
FRAME = (
    "Dear Priya,\n\nThank you for your time on Tuesday. {sentence} I look forward to hearing "
    "from you.\n\nBest regards,\nJordan Lee\n"
)
GRAMMAR = {"AW602", "AW604"}  # grammar, and capitals at a sentence start
BAR = 0.85
# Held-out sentences caught, by shape, over sets 7 to 15 (docs/quality.md, 2026-12-02: sets
# 7-13 when they were added, 14-15 after the checks for notes pasted as jotted).
HELDOUT_FLOOR = {
    "missing-article": 28,
    "clause-for-noun": 10,
    "clause-after-verb": 2,
    "my-frame": 2,
    "shorthand": 10,
    "shorthand-fit": 5,
    "bare-role": 4,
    "abbreviation-case": 1,
    "foreign": 10,
    "fragment": 1,
}
# Caught of held-out sets 14 and 15 (57 sentences): 5 before those checks, 29 after.
LATEST_SETS, LATEST_FLOOR = (14, 15), 29


@cache
def labelled() -> dict[str, list[tuple[str, str]]]:
    data = yaml.safe_load(SET.read_text(encoding="utf-8"))
    return {kind: [tuple(row) for row in data[kind]] for kind in ("broken", "good")}


@cache
def heldout() -> list[tuple[int, str, str]]:
    """The held-out readings' broken sentences: (set, shape, sentence)."""
    data = yaml.safe_load(SET.read_text(encoding="utf-8"))
    return [(int(row[0]), row[1], row[2]) for row in data["heldout"]]


@cache
def grammar_findings(sentence: str) -> tuple[str, ...]:
    """The warning- or error-level grammar findings on the sentence, inside a clean note."""
    text = FRAME.format(sentence=sentence)
    return tuple(
        f"{f.rule} {f.message}"
        for f in review_text(text).findings
        if f.rule in GRAMMAR and f.severity in (Severity.ERROR, Severity.WARNING)
    )


def test_the_set_is_large_and_matched() -> None:
    broken, good = labelled()["broken"], labelled()["good"]
    assert len(broken) >= 60 and len(good) >= 60
    assert {shape for shape, _ in broken} <= {shape for shape, _ in good}


def test_the_frame_alone_is_clean() -> None:
    assert grammar_findings("") == ()


def test_most_broken_sentences_get_a_grammar_finding() -> None:
    broken = labelled()["broken"]
    missed = [(shape, s) for shape, s in broken if not grammar_findings(s)]
    assert len(broken) - len(missed) >= BAR * len(broken), missed


def test_every_shape_is_caught_at_least_once() -> None:
    caught = Counter(shape for shape, s in labelled()["broken"] if grammar_findings(s))
    assert set(caught) == {shape for shape, _ in labelled()["broken"]}


@pytest.mark.parametrize("sentence", [s for _, s in labelled()["good"]], ids=lambda s: s[:40])
def test_a_good_sentence_gets_no_grammar_finding(sentence: str) -> None:
    assert grammar_findings(sentence) == ()


def test_the_heldout_readings_are_all_here() -> None:
    rows = heldout()
    assert len(rows) >= 200 and {number for number, _, _ in rows} == set(range(7, 16))
    assert {shape for _, shape, _ in rows} <= {shape for shape, _ in labelled()["good"]}


def test_the_heldout_sentences_stay_caught_shape_by_shape() -> None:
    caught = Counter(shape for _, shape, s in heldout() if grammar_findings(s))
    below = {
        shape: caught[shape] for shape, floor in HELDOUT_FLOOR.items() if caught[shape] < floor
    }
    assert not below, below


def test_the_latest_readings_stay_caught() -> None:
    latest = [s for number, _, s in heldout() if number in LATEST_SETS]
    assert sum(bool(grammar_findings(s)) for s in latest) >= LATEST_FLOOR


def shape_table(rows: list[tuple[str, str]], good: list[tuple[str, str]]) -> str:
    """A Markdown table: per shape, broken sentences and how many are caught, good ones flagged."""
    shapes = list(dict.fromkeys([shape for shape, _ in rows] + [shape for shape, _ in good]))
    lines = ["| shape | broken | caught | good | flagged |", "| --- | ---: | ---: | ---: | ---: |"]
    total = Counter[str]()
    for shape in shapes:
        broken = [s for k, s in rows if k == shape]
        fine = [s for k, s in good if k == shape]
        figures = {
            "broken": len(broken),
            "caught": sum(bool(grammar_findings(s)) for s in broken),
            "good": len(fine),
            "flagged": sum(bool(grammar_findings(s)) for s in fine),
        }
        total.update(figures)
        lines.append(f"| {shape} | " + " | ".join(str(v) for v in figures.values()) + " |")
    share = f" ({total['caught'] / max(total['broken'], 1):.0%})"
    lines.append(
        f"| **all** | **{total['broken']}** | **{total['caught']}{share}** | "
        f"**{total['good']}** | **{total['flagged']}** |"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    print(shape_table(labelled()["broken"], labelled()["good"]))
    print()
    rows = [(shape, s) for _, shape, s in heldout()]
    shapes = {shape for shape, _ in rows}
    print(shape_table(rows, [(k, s) for k, s in labelled()["good"] if k in shapes]))
