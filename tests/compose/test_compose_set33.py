"""Held-out set 33: what its reading found, held as tests.

Its reader hid private remarks in an answer after "->" ("told her my baby mother + son are in
may pen"), in a relation inside the firm ("the meat supplier is lasha's cousin, dont touch
that"), in a condition named once ("my gout flares … hope its ok") and in the candidate's own
household ("wife + kids in almaty won't move"). Its companies came with what a bracket or a
dash adds ("jps (jamaica public service co.)", "Marani 1921 - Wine Cellar & Restaurant"), and its
names with the honorifics of Georgia, Samoa, Bali and the Czech Republic, a patronymic, a
Malagasy family name written first and panels that name their people after a dash.
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.compose.setup import company_name, in_prose, with_the


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("discussed", "asked if I can relocate to mandeville -> told her my baby mother + son are "
                      "in may pen so weekends matter"),
        ("discussed", "heard the meat supplier is lasha's cousin, dont touch that"),
        ("missed", "my gout flares if Im on my feet all day, hope its ok"),
        ("insights", "wife + kids in almaty won't move to zharkent, weekly commute? think abt it"),
    ],
)  # fmt: skip
def test_what_set_33_must_never_quote(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]


def test_an_answer_that_is_a_clause_is_not_quoted_as_a_noun() -> None:
    reading = read_note("asked about the CAD rollout -> told him about the pilot", "discussed")
    assert (reading.kind, reading.topic) == ("asked", "the CAD rollout")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("jps (jamaica public service co.)", "JPS"),
        ("ine bolivia (instituto nacional de estadística)", "INE Bolivia"),
        ("Marani 1921 - Wine Cellar & Restaurant", "Marani 1921"),
        ("pande gong sidha karya (tihingan, klungkung)", "Pande Gong Sidha Karya"),
        ("lands commission (survey & mapping division)", "the Lands Commission"),
        ("Smith & Sons Ltd (UK)", "Smith & Sons"),
        ("chmelařství Žatec s.r.o.", "Chmelařství Žatec"),
        ("Rolls-Royce", "Rolls-Royce"),
        ("eBay", "eBay"),
    ],
)  # fmt: skip
def test_a_sentence_names_the_company_without_what_its_record_adds(typed: str, said: str) -> None:
    assert with_the(in_prose(company_name(typed))) == said


@pytest.mark.parametrize(
    ("name", "formal", "friendly"),
    [
        ("Safety panel - Eng. Reid + Nurse Bailey", "Dear Eng. Reid and Nurse Bailey,",
         "Dear Eng. Reid and Nurse Bailey,"),
        ("Tribunal - Dr. Vargas y Lic. Ticona", "Dear Dr. Vargas and Lic. Ticona,",
         "Dear Dr. Vargas and Lic. Ticona,"),
        ("owners - Lasha & Tamar Gelashvili", "Dear Lasha and Tamar Gelashvili,",
         "Hi Lasha and Tamar,"),
        ("Lic. Mamani Quispe, Rosa", "Dear Lic. Mamani Quispe,", "Hi Rosa,"),
        ("Nurlanov Yerlan Serikovich", "Dear Yerlan Serikovich,", "Hi Yerlan,"),
        ("Ivan Petrovich Sidorov", "Dear Ivan Petrovich,", "Hi Ivan,"),
        ("batono Giorgi Beridze", "Dear Batono Giorgi,", "Hi Giorgi,"),
        ("HW Okello James", "Dear Okello James,", "Hi Okello,"),
        ("paní Dvořáková", "Dear Ms. Dvořáková,", "Dear Ms. Dvořáková,"),
        ("ing. jiří bureš ml.", "Dear Ing. Bureš,", "Hi Jiří,"),
        ("I Wayan Sudarsana", "Dear Wayan Sudarsana,", "Hi Wayan,"),
        ("Jero Mangku Ketut", "Dear Jero Mangku Ketut,", "Dear Jero Mangku Ketut,"),
        ("ni made ayu & pak gede", "Dear Made Ayu and Bapak Gede,",
         "Dear Made Ayu and Bapak Gede,"),
        ("Dr Rakotomalala Hery Lalaina", "Dear Dr. Rakotomalala,", "Hi Hery Lalaina,"),
        ("Afioga Leota", "Dear Afioga Leota,", "Dear Afioga Leota,"),
        ("Rachel Smith", "Dear Rachel Smith,", "Hi Rachel,"),
    ],
)  # fmt: skip
def test_greetings_of_set_33(greet, name: str, formal: str, friendly: str) -> None:
    assert greet(name) == [formal, friendly]
