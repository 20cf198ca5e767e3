"""The spelling tables hold one float object per distinct score (memory of every reviewer)."""

from __future__ import annotations

from afterword.review.spelling import frequencies


def test_equal_scores_are_one_object() -> None:
    scores = list(frequencies().values())
    assert len({id(score) for score in scores}) == len(set(scores))
    # control: many words, few distinct scores
    assert len(scores) > 100_000 and len(set(scores)) < 1_000
