"""JSON (afterword's own documented schema) and SARIF 2.1.0 renderings of reviews."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import Any

from afterword.review.finding import Finding, Severity
from afterword.review.render.positions import Lines

JSON_VERSION = 1
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def finding_record(finding: Finding, lines: Lines) -> dict[str, Any]:
    """Return one finding as the JSON output's plain data."""
    located = finding.header is None and (finding.has_span or finding.start > 0)
    where = lines.position(finding.start) if located else None
    return {
        "rule": finding.rule,
        "name": finding.name,
        "severity": str(finding.severity),
        "message": finding.message,
        "start": finding.start,
        "end": finding.end,
        "line": where.line if where else None,
        "column": where.column if where else None,
        "header": finding.header,
        "replacements": list(finding.replacements),
    }


def count_findings(findings: Iterable[Finding]) -> dict[str, Any]:
    """Return counts by severity and by rule."""
    findings = list(findings)
    by_severity = Counter(str(f.severity) for f in findings)
    return {
        "findings": len(findings),
        "errors": by_severity["error"],
        "warnings": by_severity["warning"],
        "infos": by_severity["info"],
        "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
    }


def render_json(reviews: Sequence[Any]) -> dict[str, Any]:
    """Return the JSON document for a list of reviews (schema in docs/review.md)."""
    files = [_file_record(review) for review in reviews]
    summary = count_findings(f for review in reviews for f in review.findings)
    return {"version": JSON_VERSION, "files": files, "summary": {"files": len(files), **summary}}


def _file_record(review: Any) -> dict[str, Any]:
    lines = Lines(review.message)
    return {
        "source": review.message.source,
        "subject": review.message.subject,
        "word_count": review.word_count,
        "positions": "file" if lines.in_file else "body",
        "body_line": lines.first_line,
        "notes": list(getattr(review.message, "notes", ())),
        "findings": [finding_record(f, lines) for f in review.findings],
        "summary": count_findings(review.findings),
    }


def render_sarif(reviews: Sequence[Any]) -> dict[str, Any]:
    """Return a SARIF 2.1.0 log with one run of afterword over every reviewed file."""
    from afterword import __version__
    from afterword.review.render.catalogue import rule_descriptors

    findings = [f for review in reviews for f in review.findings]
    rules = rule_descriptors(findings)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    results = [
        _sarif_result(finding, review, index, Lines(review.message))
        for review in reviews
        for finding in review.findings
    ]
    driver = {"name": "afterword", "version": __version__, "rules": rules}
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "artifacts": [{"location": {"uri": artifact_uri(r.message.source)}} for r in reviews],
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def artifact_uri(source: str | None) -> str:
    """Return a URI reference for a reviewed file ('stdin' for standard input)."""
    if not source or source.startswith("<"):
        return "stdin"
    path = PurePath(source)
    return path.as_uri() if path.is_absolute() else path.as_posix()


def _sarif_result(finding: Finding, review: Any, index: dict[str, int], lines: Lines) -> dict:
    location: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(review.message.source)}}
    if finding.header is None and finding.has_span:
        location["region"] = _sarif_region(finding, lines)
    text = finding.message if finding.header is None else f"{finding.header}: {finding.message}"
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": SARIF_LEVEL[Severity(finding.severity)],
        "message": {"text": text},
        "locations": [{"physicalLocation": location}],
    }
    if finding.replacements:
        result["properties"] = {"replacements": list(finding.replacements)}
    return result


def _sarif_region(finding: Finding, lines: Lines) -> dict[str, Any]:
    start, end = lines.position(finding.start), lines.position(finding.end)
    region: dict[str, Any] = {
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
    }
    if start.char_offset is not None and end.char_offset is not None:
        region["charOffset"] = start.char_offset
        region["charLength"] = end.char_offset - start.char_offset
    return region
