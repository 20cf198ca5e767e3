"""Rule descriptions for SARIF's tool.driver.rules, taken from the rules' own docs."""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import Any

from afterword.review.finding import Finding


def rule_descriptors(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """Return one SARIF reportingDescriptor per known rule and per rule that fired."""
    known = known_rules()
    for finding in findings:
        known.setdefault(finding.rule, (finding.name, str(finding.severity), ""))
    return [_descriptor(rule_id, *known[rule_id]) for rule_id in sorted(known)]


def _descriptor(rule_id: str, name: str, severity: str, doc: str) -> dict[str, Any]:
    level = {"error": "error", "warning": "warning", "info": "note"}.get(severity, "warning")
    summary = doc.strip().split("\n\n")[0].replace("\n", " ") if doc else name.replace("-", " ")
    descriptor: dict[str, Any] = {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": summary},
        "defaultConfiguration": {"level": level},
    }
    if doc:
        descriptor["help"] = {"text": inspect.cleandoc(doc)}
    return descriptor


def known_rules() -> dict[str, tuple[str, str, str]]:
    """Return id -> (name, default severity, documentation) for every rule of the catalogue."""
    from afterword.review.catalogue import RULES

    return {rule.id: (rule.name, str(rule.severity), rule.doc) for rule in RULES}
