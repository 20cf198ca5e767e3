"""The corpus bars: every draft of every corpus file, reviewed (see docs/quality-compose.md)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "compose_quality.py"


@pytest.fixture(scope="module")
def quality():  # type: ignore[no-untyped-def]
    """The measuring script, loaded from its file."""
    spec = importlib.util.spec_from_file_location("compose_quality", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report(quality):  # type: ignore[no-untyped-def]
    """Draft and review the whole corpus once for this module."""
    return quality.measure()


def test_corpus_is_large_and_varied(report):
    files = {d.source for d in report.drafts}
    assert len(files) >= 30
    assert (
        max(
            len([d for d in report.drafts if d.source == f and d.kind == "thank-you"])
            for f in files
        )
        >= 6
    )


def test_every_draft_meets_the_bars(report):
    # No error findings, no tone or length warning, Harper silent, own notes carried,
    # no third person about the recipient.
    failures = [
        f"{d.source} {d.kind} {d.sequence} to {d.to}: {d.problems}" for d in report.failures
    ]
    assert failures == []


def test_panel_notes_never_share_most_of_their_words(report):
    assert report.similarities and max(report.similarities) <= 0.25


def test_lengths(report):
    for draft in report.drafts:
        if draft.kind == "thank-you":
            # With nothing of their own to mention, the note is shorter rather than padded.
            shortest = 100 if draft.has_notes else 70
            assert shortest <= draft.words <= 200, (draft.source, draft.to, draft.words)
        else:
            assert 50 <= draft.words <= 150, (draft.source, draft.to, draft.words)


def test_examples_page_is_current(quality):
    page = SCRIPT.parents[1] / "docs" / "examples.md"
    assert page.read_text(encoding="utf-8") == quality.examples_page(), (
        "docs/examples.md is stale: run python -m benchmarks.compose_quality --examples"
    )
