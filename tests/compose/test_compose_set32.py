"""Held-out set 32: what its reading found, held as tests.

Its reader began notes with a quoted question and went on after it (``- "how would you staff
it?" -> 2 crews``), which YAML refuses: seven of ten files. It also typed legal forms into
companies ("pvt. ltd.", "(SAOC)"), a German post before a name ("Dombaumeister Prof. Dr.-Ing.
…"), "Fr. Dr." (Frau, not Father), an Inuit Elder, a Brazilian "Banca", a Sherpa "Ang Dolma",
thousands with commas ("1,400+", "10,000m") and private remarks in new words (a liver
condition, "old lady vibes", a kava hangover, a daycare place).
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.compose.setup import company_name, in_prose, with_the
from afterword.compose.subject import short_role
from afterword.interview.loader import parse_interview

QUOTED_THEN_MORE = """\
candidate: {name: Ana Diaz, email: ana@example.com}
company: acme
role: Shift Lead
when: 2027-01-10T10:00
timezone: Europe/London
interviewers:
  - name: Jo Smith
    discussed:
      - "how would you staff a christmas peak?" -> 2 crews, overtime
      - plain note
    valued: "quality first" she said twice
"""


def test_a_note_that_opens_with_a_quotation_and_goes_on_is_read_as_written() -> None:
    interview = parse_interview(QUOTED_THEN_MORE, "notes.yaml")
    person = interview.interviewers[0]
    assert person.discussed[0] == '"how would you staff a christmas peak?" -> 2 crews, overtime'
    assert person.valued == '"quality first" she said twice'
    assert read_note(person.discussed[0], "discussed").topic == (
        "how I would staff a Christmas peak"
    )
    assert read_note(person.valued or "", "valued").clause == "quality comes first"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("khumbu peaks adventures pvt. ltd.", "Khumbu Peaks Adventures"),
        ("nakheel al batinah agricultural co. (SAOC)", "Nakheel Al Batinah Agricultural Co."),
        ("sheger inflight catering plc", "Sheger Inflight Catering"),
        ("Northwind Analytics", "Northwind Analytics"),
    ],
)
def test_running_text_names_a_company_without_its_legal_form(typed: str, said: str) -> None:
    assert with_the(in_prose(company_name(typed))) == said


@pytest.mark.parametrize(
    ("name", "formal", "friendly"),
    [
        ("Fr. Dr. Lena Vogt", "Dear Dr. Vogt,", "Hi Lena,"),
        ("Dombaumeister Prof. Dr.-Ing. Klaus Hartmann", "Dear Prof. Hartmann,", "Hi Klaus,"),
        ("Elder Mary Kilabuk", "Dear Elder Mary,", "Hi Mary,"),
        ("Banca (3 defensores)", "Dear members of the panel,", "Hi everyone,"),
        ("ang dolma", "Dear Ang Dolma,", "Hi Ang Dolma,"),
        ("Fr. John Murphy", "Dear Fr. Murphy,", "Hi John,"),
        (
            "Director Tom Kusugak & finance officer",
            "Dear Tom Kusugak and the finance officer,",
            "Dear Tom Kusugak and the finance officer,",
        ),
    ],
)
def test_greetings_of_set_32(greet, name: str, formal: str, friendly: str) -> None:
    assert greet(name) == [formal, friendly]


def test_a_role_named_two_ways_keeps_one_and_a_join_is_never_left_dangling() -> None:
    assert short_role("Steinmetz / Steinbildhauer (Bauhütte, Vollzeit)") == "Steinmetz"


@pytest.mark.parametrize(
    ("where", "note", "form"),
    [
        ("fit", "no incidents in 1,400+ neopanamax assists",
         "I have had no incidents in over 1,400 neopanamax assists"),
        ("valued", "his line that food tastes less salty so you cook for 10,000m not the ground",
         "your line that food tastes less salty so you cook for 10,000m, not the ground"),
        ("discussed", '"what would you change in our first 90 days?"',
         "what I would change in my first 90 days"),
    ],
)  # fmt: skip
def test_notes_of_set_32_read_as_english(where: str, note: str, form: str) -> None:
    reading = read_note(note, where)  # type: ignore[arg-type]
    assert form in (reading.topic, reading.clause, reading.sentence)


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("discussed", "his liver thing, he mentioned he's on leave soon for treatment"),
        ("discussed", 'strict old lady vibes but fair, asked me to spell "hadrosauridae"'),
        ("missed", "still feeling the kava hangover from the village function sat"),
        ("discussed", "asked if I have a daycare place, I don't, kids 3 + 5"),
    ],
)
def test_what_set_32_must_never_quote(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]
