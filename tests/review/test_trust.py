"""The trust bars of issue 11, held on the set in tests/review/trust/ (one interview a file).

Good notes are ones a career coach would send as written; each bad note is a good one with
one planted defect, labelled with the rule that must catch it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks import review_trust  # noqa: E402


@pytest.fixture(scope="module")
def outcomes() -> list[review_trust.Outcome]:
    return review_trust.run(review_trust.load())


def test_the_set_is_large_and_varied(outcomes) -> None:
    assert len(outcomes) >= 60
    zones = {o.case.context.interview.timezone.split("/")[0] for o in outcomes}
    assert {"Europe", "Asia", "Africa", "Australia", "America", "Pacific"} <= zones
    assert len({o.case.rule for o in outcomes}) >= 25


def test_no_good_note_has_an_error(outcomes) -> None:
    assert {o.case.name: o.good_errors for o in outcomes if o.good_errors} == {}


def test_at_most_one_good_note_in_ten_has_a_warning(outcomes) -> None:
    warned = {o.case.name: o.good_warnings for o in outcomes if o.good_warnings}
    assert len(warned) <= 0.10 * len(outcomes), warned


def test_the_right_rule_catches_92_percent_of_planted_defects(outcomes) -> None:
    missed = [f"{o.case.name} ({o.case.rule})" for o in outcomes if not o.caught]
    assert len(missed) <= 0.08 * len(outcomes), missed


def test_every_planted_defect_changes_its_note(outcomes) -> None:
    assert all(o.case.bad != o.case.good for o in outcomes)


def test_the_report_has_a_row_per_rule(outcomes) -> None:
    text = review_trust.markdown(outcomes)
    for rule in {o.case.rule for o in outcomes}:
        assert f"| {rule} |" in text


def test_the_quality_page_shows_the_current_table(outcomes) -> None:
    page = (ROOT / "docs" / "quality.md").read_text(encoding="utf-8")
    start, end = review_trust.MARKERS
    assert review_trust.markdown(outcomes).strip() in page.split(start)[1].split(end)[0]
