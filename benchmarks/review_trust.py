"""The trust set: good notes a coach would send, and each with one planted defect.

Each file of ``tests/review/trust/`` holds one interview (the interview file's shape) and its
notes: a good note per recipient, and a bad copy of it with one defect planted by a text
replacement and labelled with the rule that must catch it. Run
``python -m benchmarks.review_trust [--write]`` to print the per-rule table (``--write`` puts it
in docs/quality.md between its markers); ``tests/review/test_trust.py`` holds the bars.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import yaml

from afterword.interview.model import Interview
from afterword.review.context import ReviewContext
from afterword.review.engine import Review, review_text
from afterword.review.finding import Severity

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "review" / "trust"
DOC = ROOT / "docs" / "quality.md"
MARKERS = ("<!-- trust-table:start -->", "<!-- trust-table:end -->")


@dataclass(frozen=True)
class Case:
    """One good note, its planted-defect copy and the context both are reviewed in."""

    name: str
    good: str
    bad: str
    rule: str  # the rule that must catch the planted defect
    context: ReviewContext
    subject: str | None = None


@dataclass
class Outcome:
    """What the reviewer said about one case."""

    case: Case
    good: Review
    bad: Review

    @property
    def good_errors(self) -> list[str]:
        """Error findings on the good note, as 'rule: message'."""
        return [f"{f.rule}: {f.message}" for f in self.good.errors]

    @property
    def good_warnings(self) -> list[str]:
        """Warning findings on the good note, as 'rule: message'."""
        warnings = [f for f in self.good.findings if f.severity is Severity.WARNING]
        return [f"{f.rule}: {f.message}" for f in warnings]

    @property
    def caught(self) -> bool:
        """Whether the labelled rule fired on the bad note and not on its good original."""
        rules_on_good = {f.rule for f in self.good.findings}
        return self.case.rule not in rules_on_good and any(
            f.rule == self.case.rule for f in self.bad.findings
        )


@dataclass
class RuleRow:
    """Per-rule counts of the table."""

    planted: int = 0
    caught: int = 0
    errors_on_good: int = 0
    warnings_on_good: int = 0
    missed: list[str] = field(default_factory=list)


def load(folder: Path = SET) -> list[Case]:
    """Read every case of the set."""
    return [case for path in sorted(folder.glob("*.yaml")) for case in _cases(path)]


def _cases(path: Path) -> list[Case]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    interview = Interview.model_validate(data["interview"])
    cases = []
    for index, note in enumerate(data["notes"], 1):
        bad = note["good"]
        for old, new in note["bad"]["replace"].items():
            if old not in bad:
                raise ValueError(f"{path.name} note {index}: {old!r} is not in the good note")
            bad = bad.replace(old, new, 1)
        cases.append(
            Case(
                f"{path.stem}#{index}",
                note["good"],
                bad,
                note["bad"]["rule"],
                _context(interview, note),
                note.get("subject"),
            )
        )
    return cases


def _context(interview: Interview, note: dict) -> ReviewContext:
    kind = note.get("kind", "thank-you")
    hours = note.get("hours", 5 if kind == "thank-you" else 24 * 8)
    recipient = interview.interviewer(note["to"])
    if recipient is None:
        raise ValueError(f"{note['to']!r} is not an interviewer of {interview.company}")
    return ReviewContext(
        interview=interview,
        recipient=recipient,
        kind=kind,
        sent_at=interview.end + timedelta(hours=hours),
        candidate=interview.candidate,
        english=note.get("english"),
    )


def run(cases: list[Case]) -> list[Outcome]:
    """Review every good note and its bad copy."""
    return [
        Outcome(
            case,
            review_text(case.good, case.subject, case.context),
            review_text(case.bad, case.subject, case.context),
        )
        for case in cases
    ]


def table(outcomes: list[Outcome]) -> dict[str, RuleRow]:
    """Count, per rule, planted defects caught and findings on good notes."""
    rows: dict[str, RuleRow] = {}
    for outcome in outcomes:
        row = rows.setdefault(outcome.case.rule, RuleRow())
        row.planted += 1
        row.caught += outcome.caught
        if not outcome.caught:
            row.missed.append(outcome.case.name)
        on_good = Counter(
            (f.rule, f.severity) for f in outcome.good.findings if f.severity is not Severity.INFO
        )
        for rule, severity in on_good:
            other = rows.setdefault(rule, RuleRow())
            if severity is Severity.ERROR:
                other.errors_on_good += 1
            else:
                other.warnings_on_good += 1
    return dict(sorted(rows.items()))


def markdown(outcomes: list[Outcome]) -> str:
    """Return the summary and the per-rule table as Markdown."""
    total = len(outcomes)
    with_error = sum(bool(o.good_errors) for o in outcomes)
    with_warning = sum(bool(o.good_warnings) for o in outcomes)
    caught = sum(o.caught for o in outcomes)
    lines = [
        "| bar | goal | measured |",
        "| --- | --- | --- |",
        f"| good notes with an error | 0 | **{with_error} of {total}** |",
        f"| good notes with a warning | ≤ 10% | **{with_warning} of {total}** |",
        f"| bad notes caught by the right rule, not on the good original | ≥ 92% | "
        f"**{caught} of {total} ({100 * caught / total:.0f}%)** |",
        "",
        "| rule | planted | caught | errors on good notes | warnings on good notes |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule, row in table(outcomes).items():
        lines.append(
            f"| {rule} | {row.planted} | {row.caught} | {row.errors_on_good} | "
            f"{row.warnings_on_good} |"
        )
    return "\n".join(lines) + "\n"


def _write(text: str) -> None:
    page = DOC.read_text(encoding="utf-8")
    start, end = page.index(MARKERS[0]) + len(MARKERS[0]), page.index(MARKERS[1])
    DOC.write_text(page[:start] + "\n" + text + page[end:], encoding="utf-8")


def main(argv: list[str]) -> int:
    """Print the table (and the findings behind each miss); --write updates docs/quality.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="update docs/quality.md")
    parser.add_argument("--verbose", action="store_true", help="list every finding on a miss")
    args = parser.parse_args(argv)
    outcomes = run(load())
    text = markdown(outcomes)
    print(text)
    for outcome in outcomes:
        problems = outcome.good_errors + outcome.good_warnings
        if problems or not outcome.caught:
            print(f"-- {outcome.case.name} ({outcome.case.rule} caught: {outcome.caught})")
            for problem in problems:
                print(f"   good: {problem}")
            if not outcome.caught and args.verbose:
                for f in outcome.bad.findings:
                    print(f"   bad: {f.rule} {f.severity.value}: {f.message}")
    if args.write:
        _write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
