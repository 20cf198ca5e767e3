"""Proofreading: Harper behind our interface, quiet on good notes, and what it misses added."""

from __future__ import annotations

import threading

import pytest

from afterword.review.engine import review_text
from afterword.review.proofread import LinterPool, linter, proofread
from afterword.review.rules.samples import sample_context

GOOD_NOTES = [
    """Hi Sam,

Thanks again for the conversation yesterday. I appreciated how candid you were about on-call
load, and I liked hearing how the team tests schema changes with contract tests in CI before
anything reaches production. That's a practice I'd want to keep — it's the kind of rigor I've
been pushing for in my current role, where I introduced dbt tests and a PagerDuty rotation.

Warm regards,
Jordan
""",
    """Hello Ms. Nakamura-Schmidt,

It was a pleasure meeting you and the rest of the SRE team on Monday. Your description of the
Q3 migration from on-prem VMs to GKE (and the 99.95% SLO you hold) was fascinating, and I've
been reading the post-mortems you mentioned. I led our OpenTelemetry roll-out at Acme Corp.
last year, which cut mean time to resolution from 45 to 12 minutes.

Sincerely,
José Álvarez-García
jose.alvarez@example.com | +1 (555) 010-0199 | linkedin.com/in/josealvarez
""",
    "I built Kafka, Flink and Snowflake pipelines, and the roadmap I owned shipped on time.",
    "I appreciated the opportunity to speak with you yesterday about the role.",
]


@pytest.mark.parametrize("note", GOOD_NOTES)
def test_good_professional_notes_raise_no_proofreading_lint(note: str) -> None:
    assert proofread(note) == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Your welcome to reach me any time.", "You're welcome"),
        ("I look forward to hear from you.", "look forward to hearing"),
        ("I am looking forward to meet the team.", "looking forward to meeting the team"),
        ("I would love to join you're team.", "your team"),
        ("Thank you for you time today.", "for your time"),
        ("Thanks so much for you consideration.", "for your consideration"),
        ("I could of explained the migration better.", "could have"),
    ],
)
def test_slips_harper_misses_are_grammar_findings_with_a_fix(text: str, fix: str) -> None:
    [grammar] = [f for f in review_text(text).findings if f.rule == "AW602"]
    fixed = text[: grammar.start] + grammar.replacements[0] + text[grammar.end :]
    assert fix in fixed


def test_you_for_your_before_a_team_is_caught() -> None:
    [finding] = [
        f for f in review_text("I would love to join you team.").findings if f.rule == "AW602"
    ]
    assert finding.replacements == ("join your team",)


def test_misspellings_are_flagged_with_the_likely_word_first() -> None:
    lints = proofread("I definately want to recieve the offer.")
    assert [(lint.category, lint.suggestions[0]) for lint in lints] == [
        ("spelling", "definitely"),
        ("spelling", "receive"),
    ]


def test_known_words_are_not_misspellings() -> None:
    assert proofread("We met at Zorbulate last week.".lower()) != []
    assert proofread("We met at zorbulate last week.", known_words=["Zorbulate"]) == []


def test_the_interviews_names_are_known_words() -> None:
    text = "Thank you, Dr. Raman. Raman and Okafor made Northwind feel like home."
    found = review_text(text, context=sample_context("priya")).findings
    assert not [f for f in found if f.rule == "AW601"]


def test_one_slip_is_reported_once_even_when_two_checks_see_it() -> None:
    found = review_text("Thx for the the time.").findings
    assert [f.rule for f in found if f.has_span and f.start == 0] == ["AW402"]
    repeated = [f for f in found if f.rule == "AW603"]
    assert len(repeated) == 1


def test_threads_share_a_bounded_pool_of_linters() -> None:
    shared = LinterPool(size=2)
    seen: list[object] = []

    def lint() -> None:
        for _ in range(5):
            with shared.borrow("american", 10) as borrowed:
                seen.append(borrowed)
                borrowed.lint("Thank you for the the time.", language="plaintext")

    threads = [threading.Thread(target=lint) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 30 and len({id(s) for s in seen}) <= 2 and shared.built <= 2
    # control: one thread borrowing again gets the same linter back
    assert linter() is linter()


def test_a_linter_that_has_read_enough_is_replaced() -> None:
    shared = LinterPool(size=1, recycle_after=100)
    with shared.borrow("american", 60) as first:
        pass
    with shared.borrow("american", 60) as second:
        pass
    with shared.borrow("american", 0) as third:
        pass
    assert first is second and third is not first and shared.built == 2


def test_empty_text_needs_no_linter() -> None:
    assert proofread("") == [] and proofread("  \n") == []
