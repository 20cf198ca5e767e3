"""Held-out set 31: what its reading found, held as tests.

Its reader typed companies with their legal form in lower case ("fibras andinas sac",
"ethiopian airlines mro", "norðurfiskur hf"), groups with their people in brackets ("el comité
de productores (Don Teófilo + Doña Juana)"), Indonesian and Javanese terms of address ("Ibu
Hj. Sri Wahyuni", "mbak Ratih + mas Yoga"), questions quoted after "asked", a bilingual role
("Gæðastjóri / Quality Lead"), and private remarks in new words (depression "dont explain",
a stroke, a boss's manner in Korean and Spanish, someone sacked, someone miserable).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.compose.notes import read_note
from afterword.compose.setup import company_name
from afterword.compose.subject import short_role
from afterword.interview.loader import load_interview


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("fibras andinas sac", "Fibras Andinas SAC"),
        ("ethiopian airlines mro", "Ethiopian Airlines MRO"),
        ("norðurfiskur hf", "Norðurfiskur hf"),
        ("tibbitt-contwoyto winter road jv", "Tibbitt-Contwoyto Winter Road JV"),
        ("hotel spa", "Hotel Spa"),
    ],
)
def test_a_legal_form_typed_small_is_written_as_registered(typed: str, said: str) -> None:
    assert company_name(typed) == said


@pytest.mark.parametrize(
    ("name", "formal", "friendly"),
    [
        ("el comité de productores (Don Teófilo + Doña Juana)",
         "Dear Don Teófilo and Doña Juana,", "Dear Don Teófilo and Doña Juana,"),
        ("mbak Ratih + mas Yoga", "Dear Ratih and Yoga,", "Hi Ratih and Yoga,"),
        ("Ibu Hj. Sri Wahyuni", "Dear Ibu Sri,", "Dear Ibu Sri,"),
        ("Ana + Joaquim (oficiais de justiça)", "Dear Ana and Joaquim,", "Hi Ana and Joaquim,"),
    ],
)  # fmt: skip
def test_greetings_of_set_31(greet, name: str, formal: str, friendly: str) -> None:
    assert greet(name) == [formal, friendly]


def test_a_bilingual_role_is_named_in_english_in_the_subject() -> None:
    assert short_role("Gæðastjóri / Quality Lead, Fish Processing") == "Quality Lead"
    assert short_role("Seilbahntechniker / Ropeway Maintenance Technician") == (
        "Ropeway Maintenance Technician"
    )


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("missed", "depression in 2023, gap on my CV, dont explain"),
        ("missed", "anxiety got me in the 2nd half, talked too fast"),
        ("discussed", "bit antipático at first, warmed up after"),
        ("discussed", "total 꼰대 vibe, asked if I plan to marry soon"),
        ("discussed", "his stroke last year, he walks w/ a cane now"),
        ("discussed", "said the last senior ranger got sacked"),
        ("discussed", "Fraser's pretty miserable abt the new owners, said so twice"),
        ("discussed", "his brother's a sheriff in inverness, long story abt a case"),
        ("discussed", "bond period 3 yrs after type training"),
        ("discussed", "housing near the airport"),
        ("discussed", "they asked if I need a visa for training in toulouse, said maybe"),
        ("rapport", "his beard was amazing lol"),
    ],
)
def test_what_set_31_must_never_quote(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("where", "note", "form"),
    [
        ("fit", "Q arabica grader since 2024", "I have been a Q arabica grader since 2024"),
        ("discussed", 'asked me "how do you keep a profile consistent when the green changes?"',
         "how I keep a profile consistent when the green changes"),
        ("discussed", 'asked "what would you change in our sampling plan?" -> more samples',
         "what I would change in your sampling plan"),
        ("rapport", "both grew up in ísafjörður lol", "we both grew up in Ísafjörður"),
        ("missed", "forgot to show my portfolio from the jogja biennale",
         "my portfolio from the jogja biennale"),
        ("valued", "that they publish w/ matís", "you publish with Matís"),
        ("discussed", "how prices are paid by grade at the acopio",
         "how prices are paid by grade at the acopio"),
    ],
)  # fmt: skip
def test_notes_of_set_31_read_as_english(where: str, note: str, form: str) -> None:
    reading = read_note(note, where)  # type: ignore[arg-type]
    assert form in (reading.topic, reading.clause, reading.sentence)


@pytest.mark.parametrize(
    "note",
    [
        "class 1 licence + drove fuel for 2 seasons",
        'asked "¿qué haces si un productor no acepta el grado?" -> explain w/ the sample',
    ],
)
def test_a_verb_joined_to_a_noun_or_a_question_in_another_language_is_left_out(note: str) -> None:
    where = "fit" if note.startswith("class") else "discussed"
    assert not read_note(note, where).used  # type: ignore[arg-type]


def test_a_name_in_another_script_is_left_to_its_letters() -> None:
    from afterword.compose.subject import body_role

    assert company_name("한울푸드 hanul foods") == "Hanul Foods"
    assert body_role("Fermentation R&D Researcher (김치 발효)") == "Fermentation R&D Researcher"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("export to italy + china", "export to Italy and China"),
        ("can train the polish + filipino crew", "can train the Polish and Filipino crew"),
        ("salt and pepper", "salt and pepper"),
    ],
)
def test_a_place_listed_beside_another_takes_its_capital(typed: str, said: str) -> None:
    from afterword.compose.notes import shape

    assert shape.repair_case(shape.expand_shorthand(typed)) == said


def test_a_season_after_in_is_no_place() -> None:
    assert read_note("both love hiking in winter", "rapport").clause == (
        "we both love hiking in winter"
    )


def test_the_interest_line_never_repeats_the_opening() -> None:
    from afterword.compose import compose_panel

    interview = load_interview(Path(__file__).resolve().parent / "messy" / "342-roastery-vn.yaml")
    for draft in compose_panel(interview, variant=0):
        assert draft.body.count("came away") <= 1, draft.body
