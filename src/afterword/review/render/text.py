"""Human text: findings grouped by line, the offending text underlined and caret-marked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import groupby
from typing import TYPE_CHECKING, Any

from afterword.review.finding import Finding, Severity
from afterword.review.render.positions import Lines

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
EXCERPT_WIDTH = 100  # characters of a long line shown around its findings


def render_text(reviews: Sequence[Any], console: Console) -> None:
    """Print every review: a heading per file, then its findings grouped by line."""
    for review in reviews:
        _render_review(review, console)


def _render_review(review: Any, console: Console) -> None:
    lines = Lines(review.message)
    source = review.message.source or "<stdin>"
    console.print(f"[bold]{_escape(source)}[/] — {review.word_count} words", highlight=False)
    general = [f for f in review.findings if not _in_body(f)]
    for finding in sorted(general, key=lambda f: (f.header is None, f.header or "", f.rule)):
        console.print(_finding_line(finding, f"{finding.header or 'message'}"))
    in_body = sorted((f for f in review.findings if _in_body(f)), key=lambda f: f.start)
    for body_line, group in groupby(in_body, key=lambda f: lines.body_line_of(f.start)):
        _render_line(console, lines, body_line, list(group))
    console.print(_totals(review.findings), highlight=False)


def _in_body(finding: Finding) -> bool:
    return finding.header is None and (finding.has_span or finding.start > 0)


def _render_line(console: Console, lines: Lines, body_line: int, findings: list[Finding]) -> None:
    text = lines.line_text(body_line).replace("\t", " ")
    line_start = lines.starts[body_line - 1]
    spans = [
        (f.start - line_start, min(f.end, line_start + len(text)) - line_start, f) for f in findings
    ]
    width = max(20, min(EXCERPT_WIDTH, console.width - 8))  # never wrapped by Rich
    for cluster in _clusters(spans, width if len(text) > width else len(text) + 1):
        _render_excerpt(console, text, cluster, width)
        for _, _, finding in cluster:
            where = lines.position(finding.start)
            console.print(_finding_line(finding, f"{where.line}:{where.column}"))


def _clusters(spans: list, width: int) -> list[list]:
    """Split a line's spans into groups that each fit one excerpt of ``width`` characters."""
    groups: list[list] = []
    for span in spans:
        if groups and span[0] - groups[-1][0][0] < width - 20:
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _render_excerpt(console: Console, text: str, spans: list, width: int) -> None:
    from rich.text import Text

    left = max(0, spans[0][0] - 20) if len(text) > width else 0
    right = min(len(text), left + width)
    excerpt = Text(("…" if left else "") + text[left:right] + ("…" if right < len(text) else ""))
    shift = 1 if left else 0
    for start, end, finding in spans:
        if start < right and end > left:
            a, b = max(start, left) - left + shift, min(max(end, start + 1), right) - left + shift
            excerpt.stylize(f"underline {STYLE[Severity(finding.severity)]}", a, b)
    console.print(Text("    │ ").append(excerpt), soft_wrap=True)
    marks = _carets(excerpt.plain, spans, left, right, shift)
    console.print(Text("    │ ").append(marks), soft_wrap=True)


def _carets(shown: str, spans: list, left: int, right: int, shift: int) -> Text:
    from rich.cells import cell_len
    from rich.text import Text

    marks = Text()
    for start, end, finding in sorted(spans, key=lambda s: s[0]):
        if start >= right or end <= left:
            continue
        a, b = max(start, left) - left + shift, min(max(end, start + 1), right) - left + shift
        pad = cell_len(shown[:a]) - marks.cell_len
        if pad < 0:
            continue  # overlaps the previous mark; its own line below names it
        width = max(1, cell_len(shown[a:b]))
        marks.append(" " * pad).append("^" * width, style=STYLE[Severity(finding.severity)])
    return marks


def _finding_line(finding: Finding, where: str) -> Text:
    from rich.text import Text

    severity = Severity(finding.severity)
    line = Text(f"  {where:>7}  ")
    line.append(f"{severity.value:<7}", style=STYLE[severity]).append("  ")
    line.append(f"{finding.rule} {finding.name}", style="bold").append(f"  {finding.message}")
    if finding.replacements:
        shown = ", ".join(
            repr(r) if r.strip() != r or not r else r for r in finding.replacements[:5]
        )
        line.append(f"  → {shown}", style="green")
    return line


def _totals(findings: Sequence[Finding]) -> str:
    counts = Counter(Severity(f.severity) for f in findings)
    if not findings:
        return "  no findings\n"
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity]
    return "  " + ", ".join(parts) + "\n"


def render_summary(reviews: Sequence[Any], unreadable: Sequence[str], console: Console) -> None:
    """Print a batch's summary table: files, and findings by rule."""
    from rich.table import Table

    by_rule = Counter((f.rule, f.name, str(f.severity)) for r in reviews for f in r.findings)
    with_errors = sum(1 for r in reviews if any(f.severity == Severity.ERROR for f in r.findings))
    console.print(
        f"{len(reviews)} files reviewed, {with_errors} with errors"
        + (f", {len(unreadable)} unreadable" if unreadable else ""),
        highlight=False,
    )
    if by_rule:
        table = Table("rule", "name", "severity", "findings", "files")
        files = Counter(f.rule for r in reviews for f in {f.rule: f for f in r.findings}.values())
        for (rule, name, severity), count in sorted(by_rule.items()):
            table.add_row(rule, name, severity, str(count), str(files[rule]))
        console.print(table)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
