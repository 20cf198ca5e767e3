"""The engine: clean notes stay clean, settings select rules, findings stay inside the body."""

from __future__ import annotations

import pytest

from afterword.config import ReviewSettings
from afterword.review.catalogue import RuleSelectionError, select
from afterword.review.engine import review, review_text
from afterword.review.message import Message
from afterword.review.rules.samples import sample_context

GOOD_NOTE = """Dear Dr. Raman,

Thank you for taking the time to speak with me on Tuesday about the Senior Data Engineer role at
Northwind Analytics. I especially enjoyed hearing your plan to move the batch ETL jobs to
streaming — and your point that data contracts matter more than tools has stayed with me.

I have spent five years building streaming pipelines on Kafka and Flink, and I would love to
bring that experience to your team. One thing I did not get to share: on my last project, we
cut cloud spend by 38% after moving our nightly jobs to incremental loads.

I am excited about the chance to join Northwind and help the platform grow. Please let me know
if I can share anything else.

Best regards,
Jordan Lee
"""
GOOD_MESSAGE = Message(
    GOOD_NOTE,
    subject="Thank you — Senior Data Engineer interview",
    sender="Jordan Lee <jordan.lee@example.com>",
    to="Dr. Priya Raman <priya.raman@northwind.example>",
    headers={"From": "Jordan Lee <jordan.lee@example.com>", "Subject": "x"},
)


def test_a_good_note_with_real_names_raises_nothing_at_all() -> None:
    result = review(GOOD_MESSAGE, sample_context("priya"))
    assert result.findings == []
    assert 100 <= result.word_count <= 200


def test_a_good_note_without_context_raises_nothing_either() -> None:
    assert review(GOOD_MESSAGE).findings == []


def test_a_bad_note_raises_errors_sorted_by_position() -> None:
    result = review_text(
        "Hey Pryia,\n\nthx for you time!! i am VERY excited.\n", context=sample_context("priya")
    )
    assert result.has_errors and result.errors
    body_findings = [f for f in result.findings if f.header is None]
    assert [f.start for f in body_findings] == sorted(f.start for f in body_findings)
    assert {"AW202", "AW402", "AW602", "AW404", "AW604", "AW405"} <= {
        f.rule for f in result.findings
    }


def test_summary_counts_by_severity_and_rule() -> None:
    summary = review_text("Thank you the the team.").summary()
    assert summary["words"] == 5
    assert summary["by_rule"]["AW603"] == 1
    assert summary["error"] >= 1


@pytest.mark.parametrize("entry", ["AW403", "AW4", "AW4xx", "tone", "emoji"])
def test_disable_by_id_group_or_name(entry: str) -> None:
    settings = ReviewSettings(disable=[entry])
    found = {f.rule for f in review_text("Thanks so much 🙏", settings=settings).findings}
    assert "AW403" not in found


def test_severity_override_applies_to_a_group() -> None:
    settings = ReviewSettings(severity={"AW6": "info"})
    result = review_text("Thank you for the the time.", settings=settings)
    assert [f.severity.value for f in result.findings if f.rule == "AW603"] == ["info"]


def test_known_words_from_settings_are_not_misspelled() -> None:
    body = "I enjoyed the Zorbulate demo. I enjoyed the zorbulate demo."
    assert any(f.rule == "AW601" for f in review_text(body).findings)
    settings = ReviewSettings(known_words=["zorbulate"])
    assert not any(f.rule == "AW601" for f in review_text(body, settings=settings).findings)


def test_an_unknown_rule_name_is_a_clear_error() -> None:
    with pytest.raises(RuleSelectionError, match="did you mean 'emoji'"):
        select("emojis")
    with pytest.raises(RuleSelectionError, match="AW999"):
        review_text("Hi", settings=ReviewSettings(disable=["AW999"]))


def test_the_kind_is_guessed_when_absent() -> None:
    follow_up = review_text("Hi Priya,\n\nI am following up on my interview.")
    assert "AW305" in {f.rule for f in follow_up.findings}
    assert "AW301" not in {f.rule for f in follow_up.findings}


def test_a_note_that_opens_by_following_up_is_a_follow_up_even_with_kind_words() -> None:
    body = (
        "Hello Kwame,\n\nFollowing up on my interview for the Data Analyst position on Monday. "
        "I enjoyed our discussion of the churn dashboard and wanted to ask whether there is an "
        "update on the timeline.\n\nBest regards,\nLucia Rossi"
    )
    found = {f.rule for f in review_text(body).findings}
    assert "AW301" not in found and "AW303" not in found
    assert "AW305" not in found  # it asks about the timeline


def test_empty_and_blank_bodies_are_reviewed_without_error() -> None:
    for body in ("", "   \n\n  "):
        result = review_text(body)
        assert result.word_count == 0
        assert all(f.end <= len(body) for f in result.findings)


def test_a_late_thank_you_is_an_error_after_48_hours() -> None:
    late = review(GOOD_MESSAGE, sample_context("priya-50h"))
    assert [(f.rule, f.severity.value) for f in late.findings] == [("AW101", "error")]
