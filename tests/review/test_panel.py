"""AW206: notes to one panel that share most of their text."""

from __future__ import annotations

from afterword.review.rules.panel import THRESHOLD, compare_panel, similarity

PRIYA = """Dear Dr. Raman,

Thank you for speaking with me about moving the batch ETL jobs to streaming. Your point that
data contracts matter more than tools stayed with me, and I would love to help make it real.

Best regards,
Jordan Lee"""
SAM = """Hi Sam,

Thanks for walking me through the on-call rotation and how your team tests schema changes.
The contract tests you described are a practice I would bring with me from day one.

Best,
Jordan Lee"""


def test_identical_texts_score_one_and_disjoint_texts_zero() -> None:
    assert similarity(PRIYA, PRIYA) == 1.0
    assert similarity("alpha beta gamma", "delta epsilon zeta") == 0.0
    assert similarity("", PRIYA) == 0.0


def test_notes_written_for_each_interviewer_stay_silent() -> None:
    assert similarity(PRIYA, SAM) <= 0.25
    assert compare_panel([("Dr. Priya Raman", PRIYA), ("Sam Okafor", SAM)]) == []


def test_a_copy_with_only_the_name_changed_is_flagged_naming_both_notes() -> None:
    copy = PRIYA.replace("Dear Dr. Raman", "Hi Sam")
    assert similarity(PRIYA, copy) >= THRESHOLD
    [finding] = compare_panel([("Dr. Priya Raman", PRIYA), ("Sam Okafor", copy)])
    assert finding.rule == "AW206" and finding.severity.value == "error"
    assert "Dr. Priya Raman" in finding.message and "Sam Okafor" in finding.message


def test_each_similar_pair_is_reported_once() -> None:
    notes = [(f"note {i}", PRIYA) for i in range(3)]
    assert len(compare_panel(notes)) == 3
    assert compare_panel([]) == [] and compare_panel([("only", PRIYA)]) == []
