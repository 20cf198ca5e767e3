"""The messy corpus: notes as candidates jot them, drafted and reviewed (docs/quality.md).

Every file in ``tests/compose/messy`` says in a ``# never:`` line which words of its notes
must never reach a draft (remarks on manner, pay, gossip, asides, self-criticism), and in an
optional ``# known:`` line the trade words a user would add to ``review.known_words``.
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from functools import cache
from pathlib import Path

import pytest

from afterword.compose import compose_panel
from afterword.compose.checking import review_draft
from afterword.compose.notes.check import sentence_problem
from afterword.compose.notes.report import read_interview
from afterword.config import ReviewSettings, Settings
from afterword.english import HARPER_NAMES, resolve
from afterword.interview.loader import load_interview

MESSY = Path(__file__).parent / "messy"
FILES = sorted(MESSY.glob("*.yaml"))
STOP = frozenset(
    ["with", "that", "this", "from", "about", "your", "their", "have", "what", "when", "where"]
)


def header(path: Path, key: str) -> list[str]:
    """The comma-separated words of a ``# key:`` line."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"# {key}:"):
            return [w.strip() for w in line.split(":", 1)[1].split(",") if w.strip()]
    return []


def settings_for(path: Path, interview) -> Settings:  # type: ignore[no-untyped-def]
    """Review in the English of the interview's country, with the file's trade words known."""
    dialect = HARPER_NAMES[resolve(None, interview.timezone)]
    review = ReviewSettings(dialect=dialect, known_words=header(path, "known"))
    return Settings(review=review)


@cache
def drafted(path: Path) -> list:  # type: ignore[type-arg]
    """Thank-yous and first follow-ups for every interviewer of one file."""
    interview = load_interview(path)
    now = (interview.end + timedelta(hours=3)).astimezone(UTC)
    return [
        draft
        for kind in ("thank-you", "follow-up")
        for draft in compose_panel(interview, kind, now=now)  # type: ignore[arg-type]
    ]


def test_the_corpus_is_large_and_marks_what_must_never_be_quoted():
    assert len(FILES) >= 40
    assert all(header(path, "never") for path in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_withheld_remark_is_ever_quoted(path):
    for draft in drafted(path):
        for words in header(path, "never"):
            found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", draft.body, re.IGNORECASE)
            assert found is None, f"{path.name} to {draft.to_name}: quotes {words!r}"


# Files whose review waits on a fix made outside the composer.
PENDING: dict[str, str] = {}  # file stem -> why its drafts do not pass yet (strict xfail)


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=PENDING[p.stem], strict=True))
        if p.stem in PENDING
        else p
        for p in FILES
    ],
    ids=lambda p: p.stem,
)
def test_every_draft_passes_its_own_review(path):
    interview = load_interview(path)
    settings = settings_for(path, interview)
    for draft in drafted(path):
        review = review_draft(draft, interview, settings)
        errors = [
            f"{f.rule} {f.message} ({draft.body[f.start : f.end]!r})"
            for f in review.findings
            if f.severity == "error"
        ]
        assert errors == [], f"{path.name} {draft.kind} to {draft.to_name}"


def content_words(text: str) -> set[str]:
    """The longer words of a phrase, folded."""
    return {w for w in re.findall(r"[a-z][a-z'-]{3,}", text.lower()) if w not in STOP}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_thank_you_names_something_from_that_interviewers_usable_notes(path):
    interview = load_interview(path)
    for draft in drafted(path):
        if draft.kind != "thank-you":
            continue
        own = [
            n
            for n in read_interview(interview, draft.interviewer)
            if n.owner is not None and n.reading.used
        ]
        if not own:
            continue
        body = content_words(draft.body)
        assert any(content_words(n.as_used or "") & body for n in own), (
            f"{path.name} to {draft.to_name}: none of {[n.reading.note for n in own]}"
        )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_seams(path):
    for draft in drafted(path):
        for seam in (r"\?\.", r"\.\.(?!\.)", r"\b([^\W\d]\w*) \1\b", r"[\"“”]{2}", r" ,", r"\(\)"):
            assert not re.search(seam, draft.body), (path.name, draft.to_name, seam)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_sentence_built_from_a_note_reads(path):
    for draft in drafted(path):
        for built in draft.from_notes:
            assert sentence_problem(built) is None, (path.name, draft.to_name, built)
