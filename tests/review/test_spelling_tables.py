"""The spelling tables hold one float object per distinct score (memory of every reviewer)."""

from __future__ import annotations

from afterword.review.spelling import frequencies


def test_equal_scores_are_one_object() -> None:
    scores = list(frequencies().values())
    assert len({id(score) for score in scores}) == len(set(scores))
    # control: many words, few distinct scores
    assert len(scores) > 100_000 and len(set(scores)) < 1_000


def test_the_compact_index_answers_as_the_dict_it_was_made_from() -> None:
    from afterword.review import spelling

    by_key = spelling._nearby(frequencies())
    index = spelling.nearby_index()
    assert len(by_key) > 100_000
    assert [k for k, words in by_key.items() if index.get(k) != words] == []
    absent = ["", "zzzzq", "a\tb", "line\nbreak", "\ud800", *(k + "q" for k in list(by_key)[:2000])]
    assert [k for k in absent if k not in by_key and index.get(k, "-") != "-"] == []
    made = spelling._Index.of({"ab": "abc abd", "é": "é", "x": "y"})
    found = [made.get(key) for key in ("ab", "é", "x", "a")]
    assert found == ["abc abd", "é", "y", ""]
