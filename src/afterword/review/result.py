"""A review's result, apart from the rules that make it.

The batch review's workers send ``Review`` objects back to the parent, and unpickling one
imports the module that defines its class: here, so that the parent does not import every
rule (``afterword.review.engine`` imports the whole catalogue). The engine re-exports it.
"""

from __future__ import annotations

from dataclasses import dataclass

from afterword.review.finding import Finding, Severity
from afterword.review.message import Message


@dataclass(frozen=True)
class Review:
    """The findings about one message, in the order they appear in the text."""

    message: Message
    findings: list[Finding]
    word_count: int

    @property
    def errors(self) -> list[Finding]:
        """The error-severity findings."""
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def has_errors(self) -> bool:
        """Whether any finding is an error (``afterword review`` then exits 1)."""
        return any(f.severity is Severity.ERROR for f in self.findings)

    def summary(self) -> dict[str, object]:
        """Counts by severity and by rule, plus the word count."""
        by_severity = {s.value: 0 for s in Severity}
        by_rule: dict[str, int] = {}
        for finding in self.findings:
            by_severity[finding.severity.value] += 1
            by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
        return {
            "words": self.word_count,
            "findings": len(self.findings),
            **by_severity,
            "by_rule": by_rule,
        }
