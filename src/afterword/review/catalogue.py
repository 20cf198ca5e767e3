"""The catalogue of rules (docs/rules.md is generated from it), and how settings select them."""

from __future__ import annotations

import difflib
from functools import cache

from afterword.errors import AfterwordError
from afterword.review.context import ReviewContext
from afterword.review.finding import Finding
from afterword.review.message import Message
from afterword.review.rules import (
    content,
    length,
    personal,
    proofreading,
    sender,
    tact,
    timing,
    tone,
)
from afterword.review.rules.base import Example, Rule
from afterword.review.rules.document import Document
from afterword.review.rules.panel import DUPLICATE_NOTE, PanelRule

RULES: tuple[Rule, ...] = (
    *timing.RULES,
    *personal.RULES,
    DUPLICATE_NOTE,
    *content.RULES,
    *tone.RULES,
    *tact.RULES,
    *length.RULES,
    *proofreading.RULES,
    *sender.RULES,
)
BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
GROUPS: dict[str, str] = {
    "timing": "AW1",
    "personal": "AW2",
    "content": "AW3",
    "tone": "AW4",
    "length": "AW5",
    "proofreading": "AW6",
    "sender": "AW7",
}


class RuleSelectionError(AfterwordError, ValueError):
    """A setting names a rule or group that does not exist."""


@cache
def select(entry: str) -> frozenset[str]:
    """Return the ids a setting entry names: "AW403", "AW4", "AW4xx", "tone" or "emoji"."""
    key = entry.strip()
    upper = key.upper().removesuffix("XX")
    if upper in BY_ID:
        return frozenset({upper})
    if upper.startswith("AW") and len(upper) == 3 and upper[2:].isdigit():
        return frozenset(i for i in BY_ID if i.startswith(upper)) or _unknown(key)
    prefix = GROUPS.get(key.lower())
    if prefix:
        return frozenset(i for i in BY_ID if i.startswith(prefix))
    named = [rule.id for rule in RULES if rule.name == key.lower()]
    return frozenset(named) or _unknown(key)


def _unknown(entry: str) -> frozenset[str]:
    names = [*BY_ID, *GROUPS, *(rule.name for rule in RULES)]
    close = difflib.get_close_matches(entry, names, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise RuleSelectionError(
        f"review setting names unknown rule {entry!r}{hint or '.'} Expected a rule id (AW403), "
        f"a group (AW4, AW4xx or one of {', '.join(GROUPS)}) or a rule name (emoji)"
    )


def run_example(rule: Rule, example: Example) -> list[Finding]:
    """Return what ``rule`` alone finds in one of its examples (the table tests run this)."""
    from afterword.review.rules.samples import sample_context

    if isinstance(rule, PanelRule):
        others = [(f"note {i}", text) for i, text in enumerate(example.panel, 2)]
        return rule.compare([("note 1", example.text), *others])
    context = sample_context(example.context) if example.context else None
    if context is None and len(rule.kinds) == 1:
        context = ReviewContext(kind=next(iter(rule.kinds)))
    message = Message(example.text, subject=example.subject, sender=example.sender)
    doc = Document(message, context)
    return list(rule.check(doc)) if rule.applies(doc) else []
