"""False findings a held-out reading reported: honorifics and hyphenated compounds."""

from __future__ import annotations

import pytest

from afterword.interview.model import Interview
from afterword.interview.names import parse_name
from afterword.review.context import ReviewContext
from afterword.review.engine import review_text
from afterword.review.finding import Severity
from afterword.review.proofread import proofread
from afterword.review.rules.samples import NORTHWIND


def _context_for(name: str) -> ReviewContext:
    """Return a context whose recipient is the first interviewer, renamed ``name``."""
    record = {**NORTHWIND, "interviewers": [{**NORTHWIND["interviewers"][0], "name": name}]}
    interview = Interview.model_validate(record)
    return ReviewContext(interview=interview, recipient=interview.interviewers[0], kind="thank-you")


@pytest.mark.parametrize(
    ("written", "formal", "tokens"),
    [
        ("Adv. Ramesh Iyer", "Adv. Iyer", ["Ramesh", "Iyer"]),
        ("Advocate Ramesh Iyer", "Adv. Iyer", ["Ramesh", "Iyer"]),
        ("Barr. Chidi Okafor", "Barr. Okafor", ["Chidi", "Okafor"]),
        ("Ramesh Iyer", "Ramesh Iyer", ["Ramesh", "Iyer"]),  # control: no honorific
    ],
)
def test_legal_honorifics_are_titles_not_names(written: str, formal: str, tokens: list) -> None:
    name = parse_name(written)
    assert (name.formal, name.tokens) == (formal, tokens)


@pytest.mark.parametrize(
    ("name", "greeting", "fires"),
    [
        ("Adv. Ramesh Iyer", "Dear Adv. Iyer,", False),
        ("Adv. Ramesh Iyer", "Dear Advocate Iyer,", False),
        ("Adv. Ramesh Iyer", "Dear Mr. Iyer,", False),
        ("Adv. Ramesh Iyer", "Dear Adv. Iyre,", True),  # a misspelt name is still caught
        ("Adv. Ramesh Iyer", "Dear Adv. Okafor,", True),
    ],
)
def test_an_honorific_in_the_greeting_is_not_a_misspelt_name(
    name: str, greeting: str, fires: bool
) -> None:
    text = f"{greeting}\n\nThank you for the time on Tuesday.\n\nBest regards,\nAditi"
    found = [f for f in review_text(text, context=_context_for(name)).findings]
    assert any(f.rule == "AW202" for f in found) is fires


@pytest.mark.parametrize(
    ("text", "word", "closed"),
    [
        ("The deadline is non-negotiable for us.", "non-negotiable", "nonnegotiable"),
        ("We run multi-currency ledgers.", "multi-currency", "multicurrency"),
        ("I like the co-operative model.", "co-operative", "cooperative"),
        ("We re-use the pre-existing tests.", "pre-existing", "preexisting"),
    ],
)
def test_a_hyphenated_compound_harper_would_close_up_is_information(
    text: str, word: str, closed: str
) -> None:
    [lint] = [
        lint for lint in proofread(text, dialect="british") if text[lint.start : lint.end] == word
    ]
    assert (lint.level, lint.suggestions) == ("info", (closed,))
    spelling = [f for f in review_text(text).findings if f.rule == "AW601"]
    assert spelling and all(f.severity == Severity.INFO for f in spelling)


@pytest.mark.parametrize(
    "text", ["We run multi-curency ledgers.", "The deadline is non-negotaible for us."]
)
def test_a_misspelt_part_of_a_compound_is_still_an_error(text: str) -> None:
    spelling = [f for f in review_text(text).findings if f.rule == "AW601"]
    assert [f.severity for f in spelling] == [Severity.ERROR]
