"""Held-out set 29: what its reading found, held as tests.

Its reader wrote ``valued`` as short lists of qualities with no verb ("patience + good ears",
"clean references and stability") and as what the interviewer wants to be so ("that trays
arrive complete"), jotted fit notes as headings ("volcanic ash: trained w/ the london VAAC"),
left years without their preposition ("called to the bar 2019"), called an old employer "our
dept", and typed a company in lower case around its acronym.
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.compose.setup import company_name
from afterword.compose.specifics import _valued_bank


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("patience + good ears", "patience and good ears"),
        ("clean references and stability", "clean references and stability"),
        ("IFU compliance + documentation", "IFU compliance and documentation"),
        ("fair scheduling", "fair scheduling"),
        ("flexibility w/ evening shows", "flexibility with evening shows"),
        ("good teamwork", "good teamwork"),
    ],
)  # fmt: skip
def test_qualities_with_no_verb_are_what_they_value(note: str, topic: str) -> None:
    reading = read_note(note, "valued")
    assert (_valued_bank(reading), reading.topic) == ("VALUED_QUALITY", topic)


@pytest.mark.parametrize("note", ["OTD story", "the portfolio review", "site visit"])
def test_a_thing_talked_about_is_no_quality(note: str) -> None:
    assert _valued_bank(read_note(note, "valued")) != "VALUED_QUALITY"


def test_what_they_want_to_be_so_is_no_view_to_share() -> None:
    reading = read_note("that trays arrive complete, zero surprises at the table", "valued")
    assert (_valued_bank(reading), reading.clause) == ("VALUED_MATTERS", "trays arrive complete")
    assert _valued_bank(read_note("that i report near misses", "valued")) == "VALUED_NOTICED"


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        ("did the practical test today: assembled a perpetual calendar module in 2h10",
         "I assembled a perpetual calendar module in 2h10"),
        ("called to the bar 2019", "I was called to the bar in 2019"),
        ("led our ward through the CQC inspection 2024",
         "I led my ward through the CQC inspection in 2024"),
        ("federally certified (FCICE) since 2021",
         "I have been federally certified (FCICE) since 2021"),
    ],
)  # fmt: skip
def test_fit_notes_are_said_of_me(note: str, sentence: str) -> None:
    assert read_note(note, "fit").sentence == sentence


@pytest.mark.parametrize(
    "note",
    [
        "volcanic ash: trained w/ the london VAAC in 2024, ran 2 ash exercises",
        "know the terminals: ECT, RWG, APM2 + slot booking via nextlogic",
        "LLB (knust) + BL, called to the bar 2019",
    ],
)
def test_a_heading_or_a_dangling_preposition_is_never_quoted(note: str) -> None:
    reading = read_note(note, "fit")
    assert not reading.used and "grammatically" in reading.why


def test_a_part_i_played_is_experience_as_it() -> None:
    note = "CSA Z314 implementation lead for our dept 2023 - passed accreditation w/ no findings"
    assert read_note(note, "fit").topic == (
        "experience as a CSA Z314 implementation lead for my department in 2023"
    )


def test_a_secret_heading_keeps_its_content_back() -> None:
    note = "hush hush: bird flu outbreak at a contract farm last month"
    assert not read_note(note, "insights").used


def test_a_company_typed_in_lower_case_around_its_acronym_is_capitalized() -> None:
    assert company_name("hope without borders (HWB) jordan") == "Hope Without Borders (HWB) Jordan"
    assert company_name("ECT terminals") == "ECT Terminals"
