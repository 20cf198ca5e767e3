"""Held-out set 28: what its reading found, held as tests.

Its reader wrote ``valued`` as the qualities the interviewer looks for ("punctuality", "calm
under pressure", "knowing the numbers"), put the candidate's own jobs in ``discussed`` ("the
chapel reroof"), and quoted questions put to the candidate about their past ("what's the
biggest mistake u've made in a program?").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.compose import compose_panel
from afterword.compose.notes import read_note
from afterword.compose.setup import company_name
from afterword.compose.specifics import _valued_bank
from afterword.interview.loader import load_interview


@pytest.mark.parametrize(
    ("note", "bank", "topic"),
    [
        ("punctuality", "VALUED_QUALITY", "punctuality"),
        ("knowing the numbers - DM, taste zespri grade, kg/ha", "VALUED_QUALITY",
         "knowing the numbers"),
        ("calm under pressure, knowing the CI 91 regulations", "VALUED_SEEK",
         "someone calm under pressure"),
        ("data-driven, likes ppl who measure outcomes", "VALUED_SEEK", "someone data-driven"),
        ("knows the field not only the mill", "VALUED_SEEK",
         "someone who knows the field rather than the mill"),
        ("honest about the long hours", "VALUED_HOW", "how honest you were about the long hours"),
        ("the tour of the plant", "VALUED_TOPIC", "the tour of the plant"),
    ],
)  # fmt: skip
def test_a_quality_they_value_is_said_as_one(note: str, bank: str, topic: str) -> None:
    reading = read_note(note, "valued")
    assert _valued_bank(reading) == bank
    assert reading.topic == topic


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("what's the biggest mistake u've made in a program?",
         "the biggest mistake I've made in a program"),
        ("why did u choose salinity over drought?", "why I chose salinity over drought"),
        ("what would u do if the station manager pushes u to accept a shipment?",
         "what I would do if the station manager pushes me to accept a shipment"),
        ("how would u work with me on the budget?", "how I would work with you on the budget"),
        ("what omotenashi means to me", "what omotenashi means to me"),
    ],
)  # fmt: skip
def test_a_question_about_my_past_or_views_was_put_to_me(note: str, topic: str) -> None:
    reading = read_note(note, "discussed")
    assert (reading.kind, reading.topic) == ("asked", topic)


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("discussed", "surgery on my back last yr - said im fine"),
        ("discussed", "malaria - asked if i'm fit for field"),
        ("missed", "shld have asked abt staff dorm or housing - and visa renewal, mine expires"),
    ],
)
def test_what_set_28_leaked_is_withheld(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]


def test_a_company_typed_in_lower_case_before_its_acronym_is_cased() -> None:
    assert company_name("hope for nakivale (HfN)") == "Hope for Nakivale (HfN)"


def test_my_own_job_in_their_topics_is_their_interest_not_their_news() -> None:
    path = next((Path(__file__).parent / "messy").glob("311-*.yaml"))
    for draft in compose_panel(load_interview(path), "thank-you"):
        assert "Hearing about the chapel reroof" not in draft.body


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("missed", "forgot to say i have the doppelmayr offer (keep that to myself)"),
        ("missed", "didnt mention PTSD after Erbil"),
        ("rapport", "none really and v formal"),
    ],
)
def test_what_set_29_leaked_is_withheld(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]


def test_work_on_a_condition_is_not_the_condition() -> None:
    assert read_note("the PTSD support programme I set up for staff", "missed").used


@pytest.mark.parametrize("note", ["+", "&", "+ +", "and"])
def test_a_valued_note_of_joins_alone_is_not_a_quality(note: str) -> None:
    reading = read_note(note, "valued")
    assert not reading.used or reading.topic or reading.clause or reading.sentence
