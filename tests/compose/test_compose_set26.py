"""Held-out set 26: what its reading found, held as tests.

Its reader planted private remarks in ``missed`` that reached every draft of a panel ("asma",
"IVF ... Fridays off"), wrote words of other languages inside English notes ("4 ans
coordinateur terrain", "quên hỏi abt ..."), and wrote ``valued`` as the person they look for
("someone who actually goes to the field") or as what they valued in the candidate ("that i
report near-misses").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.compose import compose_panel
from afterword.compose.notes import read_note
from afterword.compose.notes.articles import with_article
from afterword.compose.notes.report import read_interview
from afterword.compose.specifics import _rapport_bank, _valued_bank
from afterword.interview.loader import load_interview

MESSY = Path(__file__).parent / "messy"


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("missed", "didnt mention asma - inhaler only, fine, don't bring up"),
        ("missed", "didn't say we're doing IVF in rabat so i need fridays off sometimes"),
        ("fit", 'mphil thesis still not submitted - said "completed", pray they don\'t check'),
        ("fit", "asking 450k/month + housing"),
        ("missed", "taking meds for ansiedad, dont bring up obvs"),
        ("discussed", "12h shift pattern (daycare problem w/ 07:00 starts!!)"),
        ("discussed", "notice period"),
        ("rapport", "formal, not much"),
    ],
)
def test_what_set_26_leaked_is_withheld(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("where", "note", "word"),
    [
        ("fit", "4 ans coordinateur terrain w/ an ngo in taroudant", "coordinateur"),
        ("missed", "quên hỏi abt seed certification timeline w/ the ministry", "hỏi"),
        ("valued", "l'ancrage local, someone the women trust", "l'ancrage"),
        ("discussed", "horários 4x4", "horários"),
        ("discussed", "working w/ bomberos", "bomberos"),
    ],
)
def test_a_word_of_another_language_inside_an_english_note_is_named(
    where: str, note: str, word: str
) -> None:
    reading = read_note(note, where)  # type: ignore[arg-type]
    assert not reading.used
    assert "English" in reading.why
    assert f'"{word}"' in reading.why or "written in another language" in reading.why


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("fit", "MSc plant breeding at cần thơ uni"),  # a place, in its own letters
        ("rapport", "both from bạc liêu"),
        ("fit", "6 yrs at hacettepe"),  # a name where a place goes: cased, not dropped
        ("discussed", "solar payback"),  # a term the lexicon lacks is not a manner
        ("fit", "trained 4 new dispatchers, seniors' outreach"),
    ],
)
def test_places_terms_and_possessives_are_not_another_language(where: str, note: str) -> None:
    assert read_note(note, where).used  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("note", "bank", "form"),
    [
        (
            "someone who stays calm w/ difficult guests + respects the community",
            "VALUED_SEEK",
            "someone who stays calm with difficult guests and respects the community",
        ),
        ("someone who will stay long term", "VALUED_SEEK", "someone who will stay long term"),
        (
            "that i report near-misses, not hide them",
            "VALUED_NOTICED",
            "I report near-misses rather than hide them",
        ),
        (
            "that i already know the collective agreement",
            "VALUED_NOTICED",
            "I already know the collective agreement",
        ),
    ],
)
def test_valued_as_the_person_they_look_for_or_what_they_saw_in_me(
    note: str, bank: str, form: str
) -> None:
    reading = read_note(note, "valued")
    assert _valued_bank(reading) == bank
    assert form in (reading.topic, reading.clause)


def test_respect_for_something_is_not_an_order() -> None:
    reading = read_note("respect for the original instrument", "valued")
    assert reading.topic == "respect for the original instrument"


def test_a_fact_about_them_from_the_small_talk_is_heard_not_discovered_together() -> None:
    assert _rapport_bank(read_note("she plays the organ herself", "rapport")) == "RAPPORT_THEIRS"
    assert _rapport_bank(read_note("we both run trails", "rapport")) == "RAPPORT"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("willingness to travel", "willingness to travel"),
        ("attention to QC", "attention to QC"),
        ("communication with communities", "communication with communities"),
        ("calm root cause analysis", "calm root cause analysis"),
        ("budget for the new plant", "the budget for the new plant"),  # a thing that counts
        ("risk management framework", "the risk management framework"),
    ],
)
def test_a_matter_before_its_preposition_takes_no_article(phrase: str, expected: str) -> None:
    assert with_article(phrase) == expected


def test_a_missed_point_goes_only_to_the_notes_it_is_about() -> None:
    path = next(MESSY.glob("29*-harbour.yaml"))
    interview = load_interview(path)
    drafts = compose_panel(interview, "thank-you")
    point = "cruise tender"
    holding = [d.to_name for d in drafts if point in d.body]
    assert len(holding) < len(drafts)
    owners = [n.to for n in read_interview(interview) if point in n.reading.note]
    assert owners and owners[0] and set(holding) <= set(owners[0])
