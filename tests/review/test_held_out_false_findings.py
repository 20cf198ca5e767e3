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


def _context_with_notes(discussed: list[str]) -> ReviewContext:
    person = {**NORTHWIND["interviewers"][0], "discussed": discussed, "valued": None,
              "rapport": None}  # fmt: skip
    interview = Interview.model_validate({**NORTHWIND, "interviewers": [person]})
    return ReviewContext(interview=interview, recipient=interview.interviewers[0], kind="thank-you")


@pytest.mark.parametrize(
    ("discussed", "fires"),
    [
        # held-out set 6: every note of this interviewer is one never to quote
        (["salary 12,000 EGP + commission, lower than I hoped",
          "told me a story about a former manager who took a bribe from a supplier"], False),
        (["her plan to move the batch ETL jobs to streaming"], True),  # control: quotable
        (["salary 12,000 EGP + commission", "her plan to move the batch ETL jobs"], True),
    ],
)  # fmt: skip
def test_aw204_asks_only_for_what_may_be_quoted(discussed: list[str], fires: bool) -> None:
    text = (
        "Dear Dr. Raman,\n\nThank you for your time on Tuesday and for the conversation about "
        "the Senior Data Engineer role at Northwind Analytics.\n\nBest regards,\nJordan Lee"
    )
    found = review_text(text, context=_context_with_notes(discussed)).findings
    assert any(f.rule == "AW204" for f in found) is fires
    assert all("salary" not in f.message and "bribe" not in f.message for f in found)


def _context_at(company: str) -> ReviewContext:
    """Return a context for an interview at ``company``, as the user typed it."""
    interview = Interview.model_validate({**NORTHWIND, "company": company})
    return ReviewContext(interview=interview, recipient=interview.interviewers[0], kind="thank-you")


@pytest.mark.parametrize(
    ("company", "text", "flagged"),
    [
        # Held-out set 7: a company typed in lower case made every "the" a misspelt name.
        ("the andaman pearl resort", "I enjoyed the tour of the front desk.", []),
        ("The Harbour Group", "I enjoyed the view of the harbour.", []),
        ("the harbour group", "I enjoyed the view of the harbour.", []),
        ("northline signalling ltd", "I would love to join the team.", []),
        # The name itself in lower case is still a slip, with the capital proposed.
        ("northline signalling ltd", "I would love to join northline as a planner.", ["Northline"]),
        ("the andaman pearl resort", "Thank you for the andaman visit.", ["Andaman"]),
        ("Contoso", "I would love to join contoso soon.", ["Contoso"]),
    ],
)
def test_aw604_holds_only_the_company_s_own_name_to_capitals(
    company: str, text: str, flagged: list[str]
) -> None:
    found = review_text(text, context=_context_at(company)).findings
    names = [f for f in found if f.rule == "AW604" and "is a name" in f.message]
    assert [f.replacements[0] for f in names] == flagged


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("It stood out to me that you decide by 10 Dec.", False),  # held-out set 7
        ("I was told that the panel would decide by 3 May.", False),
        ("Please decide by Friday.", True),
        ("Make sure that you decide by Friday.", True),
    ],
)
def test_aw407_leaves_their_own_timeline_reported_back(text: str, fires: bool) -> None:
    found = review_text(text, context=_context_at("Contoso")).findings
    assert any(f.rule == "AW407" for f in found) is fires


# Held-out set 19: four false findings on drafts a coach would send.


@pytest.mark.parametrize(
    ("name", "greeting", "fires"),
    [
        ("Suzuki-san", "Hi Suzuki-san,", False),  # the name as typed, with its courtesy suffix
        ("Suzuki-san", "Dear Suzuki-san,", False),
        ("Suzuki-san", "Dear Tanaka-san,", True),  # another person is still caught
    ],
)
def test_a_name_typed_with_its_courtesy_suffix_is_the_recipient(name, greeting, fires):
    text = f"{greeting}\n\nThank you for the time on Tuesday.\n\nBest regards,\nAditi"
    found = [f for f in review_text(text, context=_context_for(name)).findings]
    assert any(f.rule == "AW202" for f in found) is fires


def test_a_record_word_with_a_possessive_is_not_misspelt():
    record = {**NORTHWIND, "interviewers": [
        {**NORTHWIND["interviewers"][0], "rapport": "both love hamada shoji's work"}
    ]}  # fmt: skip
    interview = Interview.model_validate(record)
    context = ReviewContext(interview=interview, recipient=interview.interviewers[0])
    text = "Dear Ms. Chen,\n\nWe both love Hamada Shoji's work.\n\nBest regards,\nAditi"
    assert not [f for f in review_text(text, context=context).findings if f.rule == "AW601"]


def test_a_common_word_in_the_company_name_may_be_written_in_lower_case():
    interview = Interview.model_validate({**NORTHWIND, "company": "Kiln & Clay Studio Mashiko"})
    context = ReviewContext(interview=interview, recipient=interview.interviewers[0])
    text = "Dear Ms. Chen,\n\nI liked learning about kiln stacking.\n\nBest regards,\nAditi"
    assert not [f for f in review_text(text, context=context).findings if f.rule == "AW604"]


def test_a_time_of_day_is_not_a_repeated_verb():
    lints = proofread("How to motivate a team at 4am was just as interesting.")
    assert not [lint for lint in lints if "repeated verb" in lint.message]


def test_a_noun_shared_by_two_coordinated_modifiers_needs_no_article():
    # set 20: "7 yrs red panda + giant panda husbandry" was dropped as ungrammatical
    text = "The role lines up closely with my 7 years of red panda and giant panda husbandry."
    assert not [f for f in review_text(text).findings if f.rule == "AW602"]
    text = "I have 3 years as nurse and midwife."  # a bare count noun is still caught
    assert [f for f in review_text(text).findings if f.rule == "AW602"]
