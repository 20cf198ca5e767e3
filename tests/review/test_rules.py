"""Every rule's own examples: the table that documents the catalogue is its test."""

from __future__ import annotations

import re

import pytest

from afterword.review.catalogue import BY_ID, RULES, run_example
from afterword.review.rules.base import Example, Rule

CATALOGUE = """AW101 late-thank-you warning|AW102 early-follow-up warning|AW103 wrong-day warning|
AW201 missing-name error|
AW202 wrong-name error|AW203 wrong-company error|AW204 nothing-specific warning|
AW205 placeholder error|AW206 duplicate-note error|AW301 missing-thanks error|
AW302 missing-interest warning|AW303 missing-fit warning|AW304 missing-reference error|
AW305 missing-next-steps error|AW306 unfinished-business warning|AW307 missing-signoff warning|
AW308 subject warning|AW401 informal-greeting warning|AW402 slang warning|AW403 emoji warning|
AW404 exclamations warning|AW405 shouting warning|AW406 desperate warning|AW407 pushy warning|
AW408 stock-phrase info|AW409 profanity error|AW410 pay-demand warning|
AW411 former-employer warning|AW412 over-familiar warning|AW501 too-long warning|
AW502 too-short warning|
AW503 long-sentence info|AW601 spelling error|AW602 grammar warning|AW603 repeated-word error|
AW604 capitalization warning|AW605 punctuation info|AW701 unprofessional-address warning|
AW702 sender-name info"""

TABLE = [
    pytest.param(rule, example, id=f"{rule.id}-{'fires' if example.fires else 'passes'}-{i}")
    for rule in RULES
    for i, example in enumerate(rule.examples)
]


def test_the_catalogue_matches_the_design_contract() -> None:
    expected = [entry.split() for entry in re.split(r"\|\s*", CATALOGUE)]
    assert [[r.id, r.name, r.severity.value] for r in RULES] == expected


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_examples_both_ways_and_documentation(rule: Rule) -> None:
    assert any(e.fires for e in rule.examples), f"{rule.id} has no example that must fire"
    assert any(not e.fires for e in rule.examples), f"{rule.id} has no example that must pass"
    assert rule.doc and len(rule.doc.split()) >= 25, f"{rule.id} needs user documentation"


@pytest.mark.parametrize(("rule", "example"), TABLE)
def test_example(rule: Rule, example: Example) -> None:
    findings = run_example(rule, example)
    assert bool(findings) == example.fires, (example.text, findings)
    for finding in findings:
        assert finding.rule == rule.id and finding.name == rule.name
        assert 0 <= finding.start <= finding.end <= len(example.text)


def test_ids_are_unique() -> None:
    assert len(BY_ID) == len(RULES)
