"""Review a message: run every enabled rule once and return its findings in text order."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from afterword.review import words
from afterword.review.catalogue import RULES, select
from afterword.review.context import ReviewContext
from afterword.review.finding import Finding, Severity
from afterword.review.message import Message
from afterword.review.result import Review  # defined apart, for the batch parent; kept here
from afterword.review.rules.base import Rule
from afterword.review.rules.document import Document
from afterword.review.rules.proofreading import start_proofreading

if TYPE_CHECKING:
    from afterword.config import ReviewSettings
    from afterword.config_file import PlainReview


def enabled_rules(settings: ReviewSettings | PlainReview | None) -> list[Rule]:
    """Return the rules the settings leave on (raises RuleSelectionError on an unknown name)."""
    if settings is None or not settings.disable:
        return list(RULES)
    off = frozenset().union(*(select(entry) for entry in settings.disable))
    return [rule for rule in RULES if rule.id not in off]


def _severities(settings: ReviewSettings | PlainReview | None) -> dict[str, Severity]:
    if settings is None:
        return {}
    chosen: dict[str, Severity] = {}
    for entry, level in settings.severity.items():
        for rule_id in select(entry):
            chosen[rule_id] = Severity(level)
    return chosen


def _with_known_words(
    context: ReviewContext | None, settings: ReviewSettings | PlainReview | None
) -> ReviewContext:
    context = context or ReviewContext()
    own = words.current()  # `afterword words add ...`
    configured = settings.known_words if settings is not None else []
    if not own and not configured:
        return context
    return dataclasses.replace(context, known_words=(*context.known_words, *configured, *own))


def review(
    message: Message,
    context: ReviewContext | None = None,
    settings: ReviewSettings | PlainReview | None = None,
) -> Review:
    """Review a message with the enabled rules, knowing the context when one is given."""
    context = _with_known_words(context, settings)
    if context.english is None and settings is not None and settings.dialect:
        context = dataclasses.replace(context, english=settings.dialect)  # the old setting
    doc = Document(message, context)
    overrides = _severities(settings)
    rules = enabled_rules(settings)
    # The proofreading rules run last: on a cold start Harper's linter is still being built
    # on another thread, and the other rules' work then overlaps the build instead of
    # following it. The findings are gathered in the catalogue's order all the same.
    by_rule: list[list[Finding]] = [[] for _ in rules]
    proofreading = [i for i, rule in enumerate(rules) if rule.id.startswith("AW6")]
    for index, rule in enumerate(rules):
        if index not in proofreading:
            by_rule[index] = _check(rule, doc)
    if proofreading:
        start_proofreading(doc)
    for index in proofreading:
        by_rule[index] = _check(rules[index], doc)
    found = [
        dataclasses.replace(f, severity=overrides[f.rule]) if f.rule in overrides else f
        for f in _once(f for findings in by_rule for f in findings)
    ]
    return Review(message, sorted(found, key=_position), doc.word_count)


def _check(rule: Rule, doc: Document) -> list[Finding]:
    if not rule.applies(doc):
        return []
    return [_clamp(f, len(doc.body)) for f in rule.check(doc)]


def review_text(
    body: str,
    subject: str | None = None,
    context: ReviewContext | None = None,
    settings: ReviewSettings | PlainReview | None = None,
) -> Review:
    """Review a plain-text body (and optional subject)."""
    return review(Message(body=body, subject=subject), context, settings)


def _position(finding: Finding) -> tuple[int, int, int, str]:
    # Header findings first (they are about the envelope), then by place in the body.
    return (0 if finding.header else 1, finding.start, finding.end, finding.rule)


def _clamp(finding: Finding, length: int) -> Finding:
    """Keep a span inside the body, whatever a rule or the proofreader returned."""
    start = min(max(finding.start, 0), length)
    end = min(max(finding.end, start), length)
    if (start, end) == (finding.start, finding.end):
        return finding
    return dataclasses.replace(finding, start=start, end=end)


def _once(findings: Iterable[Finding]) -> list[Finding]:
    """Drop a proofreading finding when an earlier rule already reported the same text."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for finding in findings:
        key = (finding.start, finding.end)
        if finding.rule.startswith("AW6") and key in seen:
            continue
        if finding.end > finding.start:
            seen.add(key)
        kept.append(finding)
    return kept
