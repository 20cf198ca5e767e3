"""The composer's broken joins (issue 11): most get a grammar finding, good sentences none.

tests/review/grammar/composer_sentences.yaml labels each sentence with its shape; each is
reviewed inside an otherwise correct short thank-you, without context.
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


@cache
def labelled() -> dict[str, list[tuple[str, str]]]:
    data = yaml.safe_load(SET.read_text(encoding="utf-8"))
    return {kind: [tuple(row) for row in data[kind]] for kind in ("broken", "good")}


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
