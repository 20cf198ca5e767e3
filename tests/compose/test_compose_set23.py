"""Held-out sets 23 and 24: what their readings found, held as tests.

Both readers used ``valued`` for what the interviewer valued in the candidate ("my forced air
tunnel numbers", "liked the rejection story"); such a line is thanked for as their interest,
never praised by the candidate or credited to the interviewer.
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.compose.notes.articles import with_article
from afterword.compose.setup import company_name
from afterword.compose.specifics import _valued_bank


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("my forced air tunnel numbers", "my forced air tunnel numbers"),
        (
            "liked the rejection story (the 2023 thrips case)",
            "the rejection story (the 2023 thrips case)",
        ),
        ("how i counsel parents in plain turkish", "how I counsel parents in plain Turkish"),
        ("the gift acceptance policy i described", "the gift acceptance policy I described"),
        ("was impressed by my tolerance log", "my tolerance log"),
    ],
)
def test_what_they_valued_in_my_work_is_their_interest(note: str, topic: str) -> None:
    reading = read_note(note, "valued")
    assert reading.topic == topic
    assert _valued_bank(reading) == "VALUED_MINE"


@pytest.mark.parametrize(
    ("note", "bank"),
    [
        ("the OTD story w/ weekly WIP tracker", "VALUED_TALKED"),  # theirs or mine: talked about
        ("deep dive on jerk-limited trajectories", "VALUED_TOPIC"),  # given in the talk
        ("her point that data contracts matter more than tools", "VALUED_TOPIC"),
        ("honest about the long hours", "VALUED_HOW"),
    ],
)
def test_a_valued_line_is_never_claimed_for_the_wrong_side(note: str, bank: str) -> None:
    assert _valued_bank(read_note(note, "valued")) == bank


def test_a_manner_that_may_be_either_side_is_left_out() -> None:
    assert not read_note("calm w/ artists", "valued").used


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("missed", "didnt mention my tendinitis, not their business"),
        ("missed", "should have mentioned the RÚV application but prob better i didnt"),
        ("discussed", "lohn CHF 7800"),
        ("discussed", "13. Monatslohn"),
        ("discussed", "bono de faena"),
        ("discussed", "the car"),
        ("discussed", "iqama transfer"),
        ("discussed", "his plans to leave"),
        ("discussed", '"something" for my file'),
        ("discussed", "my uncle works in hr there (awkward)"),
        ("insights", "current boss is a crook (told kiprop nothing abt that obv)"),
        ("insights", "there was a fatality last year in the lower level"),
        ("insights", "prof. aydın has a famous temper"),
    ],
)
def test_private_remarks_of_sets_23_and_24_are_withheld(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("fit", "cut costs by $2M"),
        ("fit", "raised €1.2m for a cancer charity"),
        ("discussed", "her sensor network along the Maas"),
        ("discussed", "the car park redesign"),
        ("discussed", "they keep teams small on purpose"),
    ],
)
def test_work_that_looks_like_a_remark_is_kept(where: str, note: str) -> None:
    assert read_note(note, where).used  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("where", "note", "expected"),
    [
        (
            "fit",
            "cut pre-cooling time from 6h to 3.5h w/ forced air tunnels",
            "from 6 hours to 3.5 hours",
        ),
        ("valued", "the esna reroute in under 12h", "in under 12 hours"),
        ("discussed", "shift pattern 12h", "12-hour shift pattern"),
        ("discussed", "relocation to the westfjords", "the Westfjords"),
        ("discussed", "mud plant at onne", "at Onne"),
        ("discussed", "esna lock story", "the Esna lock story"),
        ("fit", "5 yrs OT experience at hkl", "at HKL"),
        ("fit", "3 yrs at a farm in trøndelag doing lice counts", "in Trøndelag"),
        ("rapport", "both love ghibli", "Ghibli"),
        ("discussed", "kriging in the resource model", "kriging in the resource model"),
    ],
)
def test_hours_and_names_by_their_place(where: str, note: str, expected: str) -> None:
    reading = read_note(note, where)  # type: ignore[arg-type]
    assert expected in (reading.topic or reading.clause or reading.sentence or "")


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("atelier horloger von arx sa", "Atelier Horloger von Arx SA"),
        ("nordsjø fabrikasjon as", "Nordsjø Fabrikasjon AS"),
        ("coral halo resort & spa", "Coral Halo Resort & Spa"),
        ("kvikmyndasafn íslands", "Kvikmyndasafn Íslands"),
    ],
)
def test_company_names_as_registered(typed: str, name: str) -> None:
    assert company_name(typed) == name


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("London office", "the London office"),
        ("Google Cloud", "Google Cloud"),
        ("Python scripting", "Python scripting"),
    ],
)
def test_a_name_before_a_countable_noun_takes_the(phrase: str, expected: str) -> None:
    assert with_article(phrase) == expected
