"""Held-out set 35: what its reading found, held as tests.

Its reader pasted companies with a bracket and then a unit after a dash ("kamuzu central
hospital (KCH) - ministry of health"), a legal form inside the name ("banco del valle de sula,
s.a. (BVS) – gerencia de remesas"), roles named twice ("Dogar / Cooper (atelier …)"), names in
Cyrillic and Lao script, ranks and honorifics of Laos, Malawi, Moldova, Honduras, Kyrgyzstan,
Vanuatu and Côte d'Ivoire, and hid remarks behind "said nothing", "not mentioning", "shh" and
"didn't have the guts".
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.compose.setup import company_name, in_prose, one_name, with_the
from afterword.compose.subject import body_role


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("kamuzu central hospital (KCH) - ministry of health / lighthouse trust partnership",
         "Kamuzu Central Hospital"),
        ("banco del valle de sula, s.a. (BVS) – gerencia de remesas y banca corresponsal",
         "Banco del Valle de Sula"),
        ("santo reef divers ltd (aore island resort group) - luganville", "Santo Reef Divers"),
        ("radio la voix du bandama sarl (bouaké) - radio de proximité", "Radio la Voix du Bandama"),
        ('vinăria "codru-vin" srl (com. ciorești, r-nul nisporeni)', 'Vinăria "Codru-Vin"'),
        ("Oktyabrsky district education department",
         "the Oktyabrsky District Education Department"),
    ],
)  # fmt: skip
def test_a_sentence_names_the_company_without_its_unit_or_its_place(typed: str, said: str) -> None:
    assert with_the(in_prose(company_name(one_name(typed)))) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Dogar / Cooper (atelier butoaie de stejar)", "Cooper"),
        ("Serígrafo Impresor (Screen Printer – carteles de cine / film posters)", "Screen Printer"),
        ("Steinmetz / Steinbildhauer", "Steinmetz"),
    ],
)  # fmt: skip
def test_a_role_named_twice_is_named_in_english(typed: str, said: str) -> None:
    assert body_role(typed) == said


@pytest.mark.parametrize(
    ("name", "formal", "friendly"),
    [
        ("Lt. Col. (ret.) Vongsa", "Dear Lt. Col. Vongsa,", "Dear Lt. Col. Vongsa,"),
        ("matron nyirenda", "Dear Matron Nyirenda,", "Dear Matron Nyirenda,"),
        ("dl. Gheorghe Ciobanu", "Dear Gheorghe Ciobanu,", "Hi Gheorghe,"),
        ("el profe Nelson", "Dear Nelson,", "Hi Nelson,"),
        ("Bakyt baike", "Dear Bakyt baike,", "Dear Bakyt baike,"),
        ("2 school directors (Aigul eje + Nurlan Mamatovich)",
         "Dear Aigul eje and Nurlan Mamatovich,", "Dear Aigul eje and Nurlan Mamatovich,"),
        ("Lic. Karla Zelaya de Funes", "Dear Lic. Zelaya,", "Hi Karla,"),
        ("Abog. Dennis Matamoros", "Dear Abog. Matamoros,", "Hi Dennis,"),
        ("don Chepe", "Dear Don Chepe,", "Hi Chepe,"),
        ("naja L.", "Dear Naja L.,", "Hi Naja,"),
        ("mr & mrs tari", "Dear Mr. and Mrs. Tari,", "Dear Mr. and Mrs. Tari,"),
        ("Tanti Awa", "Dear Tanti Awa,", "Dear Tanti Awa,"),
        ("le DG (M. Yao)", "Dear Mr. Yao,", "Dear Mr. Yao,"),
        ("пані Оксана", "Dear Oksana,", "Hi Oksana,"),
        ("Сергій Петрович", "Dear Sergiy Petrovich,", "Hi Sergiy,"),
        ("Don Johnson", "Dear Don Johnson,", "Hi Don,"),
    ],
)  # fmt: skip
def test_greetings_of_set_35(greet, name: str, formal: str, friendly: str) -> None:
    assert greet(name) == [formal, friendly]


def test_a_family_name_written_first_is_read_from_the_address(example) -> None:
    from afterword.compose.greeting import greeting
    from afterword.compose.picker import Picker
    from afterword.interview.model import Interviewer

    person = Interviewer(name="Rusu Maria", email="m.rusu@codruvin.example.md")
    assert greeting(person, "formal", Picker(example, 0, 0)) == "Dear Maria Rusu,"


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("discussed", "HALO has me for interview next week too (halo offer prob higher), said "
                      "nothing"),
        ("discussed", "chigamba that the last SCO left after a fight w/ her"),
        ("discussed", "he's RHDP, careful no politics"),
        ("discussed", "kava at the nakamal after work every night, I told them I drink too much "
                      "kava lately"),
        ("discussed", "where they buy ink when the state stock runs out -> bolsa negra, shh"),
        ("missed", "I exaggerated my GPS processing a bit, only did the basic PPP"),
        ("missed", "my dengue last rainy season, still get tired in afternoons - not mentioning"),
        ("missed", "my ear barotrauma from 2022, fine now but no deep dives >40m some days"),
        ("missed", "my knee - menisk op in 2024, ok now but long hikes hurt"),
        ("missed", "my бронювання (deferment) status - must ask, didn't have the guts"),
    ],
)  # fmt: skip
def test_what_set_35_must_never_quote(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "note",
    ["dengue surveillance in the district", "malaria bed net distribution",
     "the ruling party manifesto"],
)  # fmt: skip
def test_a_disease_or_a_party_as_work_is_still_a_topic(note: str) -> None:
    assert read_note(note, "discussed").used


def test_years_in_ukrainian_are_written_out() -> None:
    reading = read_note("5 років in courier ops, last 2 as shift lead at a kharkiv hub", "fit")
    assert reading.topic is not None and reading.topic.startswith("5 years in courier operations")
