"""The mechanisms the round after held-out set 19 added, one table each.

Set 19's reader typed places, schools and languages in lower case ("near the veluwe", "did
law at mcgill", "fluent mongolian, russian, english"), wrote what they valued as an action
("showed me the new Hakki pulley"), a manner ("honest about the long hours") or news about the
team ("said they promote from within"), and used "bc" and "->" as people do.
"""

from __future__ import annotations

import pytest

from afterword.compose import banks
from afterword.compose.notes import read_note
from afterword.compose.notes.places import is_language, is_place
from afterword.compose.specifics import _valued_bank


@pytest.mark.parametrize(
    ("field", "note", "written"),
    [
        ("fit", "4 yrs at a day school in thika", "Thika"),
        ("fit", "IOC panel test training in sfax", "Sfax"),
        ("fit", "MTech in water resources from IIT roorkee", "IIT Roorkee"),
        ("fit", "grew up on cane farm in ba", "in Ba"),
        ("fit", "9 yrs 3PL warehousing, last 4 as ops mgr in jebel ali", "Jebel Ali"),
        ("discussed", "the grub infestation in nadi", "Nadi"),
        ("rapport", "both did law at mcgill", "at Mcgill"),
        ("rapport", "both went to unilag", "to Unilag"),
        ("rapport", "both grew up near the veluwe", "near the Veluwe"),
        ("fit", "fluent mongolian, russian, english", "Mongolian, Russian and English"),
        ("missed", "dzongkha report writing", "Dzongkha"),
    ],
)
def test_a_place_school_or_language_typed_in_lower_case_gets_its_capital(field, note, written):
    reading = read_note(note, field)
    assert written in (reading.topic or reading.clause or reading.sentence or "")


@pytest.mark.parametrize(
    ("field", "note", "kept"),
    [
        ("fit", "ba in economics", "ba in economics"),  # a degree, not the town in Fiji
        ("rapport", "good at kriging", "kriging"),  # a skill after "good at"
        ("fit", "experience in photogrammetry", "photogrammetry"),  # a term of art
        ("insights", "water use at the concentrator", "the concentrator"),
        ("fit", "ewe flock of 200 head", "ewe"),  # an English word that is also a language
    ],
)
def test_a_word_that_is_not_a_name_keeps_its_case(field, note, kept):
    reading = read_note(note, field)
    assert kept in (reading.topic or reading.clause or reading.sentence or "")


def test_the_gazetteer_is_found_in_the_installed_packages():
    # the data are read from the packages' files; a version that moved them would fail here
    assert is_place("Gyumri") and is_place("kitwe") and is_place("Limassol")
    assert is_language("Dzongkha") and is_language("bemba")
    assert not is_place("photogrammetry")


@pytest.mark.parametrize(
    ("note", "bank", "words"),
    [
        ("showed me the new Hakki pulley", "EVENT", "you showed me the new Hakki pulley"),
        ("she walked me thru their lab accreditation", "EVENT", "you walked me through"),
        ("said they do 20% research time", "FACT", "you do 20% research time"),
        ("she said they promote from within", "FACT", "you promote from within"),
        ("honest about the long hours", "VALUED_HOW", "how honest you were about the long hours"),
        ("proud of their 48h dough", "VALUED_HOW", "how proud you were of your 48-hour dough"),
        ("clear about expectations, weekly numbers", "VALUED_HOW", "how clear you were"),
        ("he said welfare and profit go together", "VALUED_FACT", "welfare and profit go together"),
        (
            "he said safety first, speed second",
            "VALUED_FACT",
            "safety comes first and speed second",
        ),
        ("her focus on patient dignity", "VALUED_TOPIC", "your focus on patient dignity"),
    ],
)
def test_what_was_valued_takes_the_frame_of_what_it_is(note, bank, words):
    reading = read_note(note, "valued")
    assert _valued_bank(reading) == bank
    assert words in (reading.topic or reading.clause or "")
    # each bank's frames take the form the note was read into
    assert reading.form(banks.TAKES[bank])


@pytest.mark.parametrize(
    ("field", "note", "written", "not_written"),
    [
        ("fit", "3 yrs at legal aid bc, 40+ refugee hearings at IRB", "legal aid BC", "because"),
        ("missed", "left early bc the kids were sick", "because", "BC"),
        (
            "valued",
            "straight talk about the safety culture -> zero incidents 2 yrs",
            "(zero incidents in 2 years)",
            " to zero",
        ),
        (
            "fit",
            "MSc geophysics, thesis on cotopaxi tremor",
            "MSc in geophysics (thesis on",
            "from",
        ),
    ],
)
def test_shorthand_reads_as_meant(field, note, written, not_written):
    reading = read_note(note, field)
    text = reading.topic or reading.clause or reading.sentence or ""
    if field == "missed" and not reading.used:
        return  # a private aside may be withheld: then nothing is written at all
    assert written in text and not_written not in text


@pytest.mark.parametrize(
    ("field", "note"),
    [
        ("rapport", "kinda unfriendly but fair"),
        ("rapport", "ugly uniform joke, supper at tekka"),
        ("discussed", "CPF"),
        ("discussed", "kiwisaver contributions"),
    ],
)
def test_a_judgement_or_a_benefit_is_never_quoted(field, note):
    assert not read_note(note, field).used


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("ROS2 + C++ 5yrs", "5 years of ROS2 and C++ experience"),
        ("dbt + airflow 4yrs", "4 years of dbt and Airflow experience"),
        ("JLPT N3, can read basic glaze recipes", "JLPT N3"),
        ("DELF B2", "DELF B2"),
    ],
)
def test_a_fit_note_with_its_years_last_or_an_exam_level_reads_as_owned(note, topic):
    assert read_note(note, "fit").topic == topic


def test_a_question_meant_to_be_asked_is_not_a_missed_point():
    assert not read_note("should ask about escalator training", "missed").used


def test_a_reassurance_to_oneself_is_not_quoted():
    reading = read_note("forgot to say i do 24/7 callout no problem", "missed")
    assert "problem" not in (reading.sentence or "")


@pytest.mark.parametrize(
    ("typed", "formal"),
    [
        ("HR (Ms. Jung)", "Ms. Jung"),  # the person is in the brackets, not the department
        ("Lee Seo-yeon 팀장", "Lee Seo-yeon"),  # a title in Hangul after a family-first name
    ],
)
def test_names_typed_with_a_department_or_a_title_in_another_script(typed, formal):
    from afterword.interview.names import parse_name

    assert parse_name(typed).formal == formal


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        ("reduced antibiotic use 35% on 12 farms", "I reduced antibiotic use by 35% on 12 farms"),
        ("cut tender cycle from 90 to 55 days", "I cut the tender cycle from 90 to 55 days"),
    ],
)
def test_a_quantity_changed_by_a_share_is_named_bare(note, sentence):
    assert read_note(note, "fit").sentence == sentence
