"""Composer figure: drafting a four-person panel with review, against reviewing its notes.

Drafting is meant to be nearly free next to the review every draft goes through: the goal is
that composing four thank-you notes and reviewing them (each note, then the panel comparison)
takes at most 1.5x the time of reviewing the same four notes alone. Both sides run in this
process after one warm-up (the proofreader's dictionary loads once), best of five.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from pathlib import Path

from benchmarks.harness import Figure, best_of

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "compose" / "corpus"
MESSY = Path(__file__).resolve().parents[1] / "tests" / "compose" / "messy"


def four_person_panel():  # type: ignore[no-untyped-def]
    """The six-person corpus panel, cut to four interviewers."""
    from afterword.interview.loader import load_interview

    interview = load_interview(CORPUS / "05-six-panel.yaml")
    return interview.model_copy(update={"interviewers": interview.interviewers[:4]})


def messy_panel():  # type: ignore[no-untyped-def]
    """Four interviewers with notes jotted in a hurry (two messy files' panels together)."""
    from afterword.interview.loader import load_interview

    first = load_interview(MESSY / "01-quant-london.yaml")
    second = load_interview(MESSY / "04-swe-berlin.yaml")
    return first.model_copy(update={"interviewers": first.interviewers + second.interviewers})


def run() -> list[Figure]:
    """Measure drafting-with-review against review alone, on tidy and on messy notes."""
    return [
        measure(four_person_panel(), "draft a 4-person panel with review"),
        measure(messy_panel(), "draft a 4-person panel of messy notes with review"),
    ]


def _prepare(interview, now):  # type: ignore[no-untyped-def]
    """The reference's ten panels of notes, drafted (in another process)."""
    from afterword.compose import compose_panel

    return {v: compose_panel(interview, variant=v, now=now) for v in range(100, 110)}


def measure(interview, name: str) -> Figure:  # type: ignore[no-untyped-def]
    """Drafting-with-review against reviewing the same four notes."""
    from afterword.compose import compose_panel
    from afterword.compose.checking import review_draft
    from afterword.compose.notes.read import _read
    from afterword.review.rules.panel import compare_panel

    now = interview.end + timedelta(hours=20)
    # Fresh wordings on every run, so neither side profits from a cached proofreading result.
    reviewed = iter(range(100, 200))
    drafted = iter(range(200, 300))
    # Drafting proofreads each note to check its sentences from notes; the reference's notes
    # are drafted in another process, so that this one's proofreader (its cache, Harper's own
    # paragraph cache) reviews them as a first review would.
    with ProcessPoolExecutor(max_workers=1) as other:
        prepared = other.submit(_prepare, interview, now).result()

    def review_notes(drafts: list) -> None:  # type: ignore[type-arg]
        for draft in drafts:
            review_draft(draft, interview)
        compare_panel([(d.to_name, d.body) for d in drafts])

    def review_only() -> None:
        review_notes(prepared[next(reviewed)])

    def draft_and_review() -> None:
        _read.cache_clear()  # every run reads the notes afresh, as a first draft would
        review_notes(compose_panel(interview, variant=next(drafted), now=now))

    review_notes(compose_panel(interview, variant=99, now=now))  # warm-up: dictionary loads
    reference = best_of(review_only, repeat=5)
    value = best_of(draft_and_review, repeat=5)
    return Figure(
        name=name,
        value=value,
        reference_name="review the same four notes",
        reference=reference,
        goal="ratio <= 1.5",
    )
