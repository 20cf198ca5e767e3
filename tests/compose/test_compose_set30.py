"""Held-out set 30: what its reading found, held as tests.

Its reader wrote companies named by their kind with "for" ("general authority for veterinary
services"), honorifics of Ghana, Morocco and Fiji ("Madam Comfort", "Lalla", "Maâlem", "Ratu"),
two people in one entry ("Mr. Edem Agbeko & Ms. Fafa Dzokoto", "Carlson, Dale & Bev"), a name in
Japanese script with its letters in brackets, contract terms and pay in other currencies,
hearsay ("my cousin said"), questions answered in the note ("? told story abt ..."), and
shorthand ("=", ">", "btw", "env health").
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.compose.setup import company_name, with_the


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("general authority for veterinary services",
         "the General Authority for Veterinary Services"),
        ("lands commission (survey & mapping division)",
         "the Lands Commission (Survey & Mapping Division)"),
        ("kagetsu-en ryokan", "Kagetsu-en Ryokan"),
        ("sólskin gróðurhús ehf", "Sólskin Gróðurhús ehf"),
        ("Bank of America", "Bank of America"),
    ],
)  # fmt: skip
def test_a_company_reads_as_english_names_it(typed: str, said: str) -> None:
    assert with_the(company_name(typed)) == said


@pytest.mark.parametrize(
    ("name", "formal", "friendly"),
    [
        ("Madam Comfort", "Dear Madam Comfort,", "Hi Comfort,"),
        ("Lalla Fatima Zahra Bennani", "Dear Lalla Fatima Zahra,", "Hi Fatima Zahra,"),
        ("Maâlem Driss", "Dear Maâlem Driss,", "Hi Driss,"),
        ("Ratu Josefa Vunivalu", "Dear Ratu Josefa,", "Hi Josefa,"),
        ("Surv. Nana Kwame Boateng", "Dear Surv. Boateng,", "Hi Nana,"),
        ("Si Mohammed El Alaoui", "Dear Mr. El Alaoui,", "Hi Mohammed,"),
        ("Patricia y Luis (RRHH)", "Dear Patricia and Luis,", "Hi Patricia and Luis,"),
        ("Carlson, Dale & Bev", "Dear Dale and Bev Carlson,", "Hi Dale and Bev,"),
        ("Mr. Edem Agbeko & Ms. Fafa Dzokoto", "Dear Mr. Agbeko and Ms. Dzokoto,",
         "Hi Edem and Fafa,"),
        ("Adi Litia & Mr. Prasad", "Dear Adi Litia and Mr. Prasad,",
         "Dear Adi Litia and Mr. Prasad,"),
        ("comité RH (2 personnes)", "Dear members of the committee,", "Hi everyone,"),
        ("HR panel (PSC)", "Dear members of the HR panel,", "Hi everyone,"),
        ("佐藤 健 (Sato Ken)", "Dear Sato-san,", "Hi Ken,"),
    ],
)  # fmt: skip
def test_greetings_of_set_30(greet, name: str, formal: str, friendly: str) -> None:
    assert greet(name) == [formal, friendly]


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("discussed", "offered 950 þúsund kr/month before tax"),
        ("discussed", "everyone gets in w/ piston here, my cousin said"),
        ("insights", "off record: lab will close 3 days a week from march"),
        ("discussed", "1 yr contract then permanent (töriin alban khaagch)"),
        ("discussed", "CDD 2 ans, CNSS + AMO"),
        ("insights", "there was a union grievance against the last supervisor, be careful"),
        ("missed", "planning mammaledig in 2028, they dont need to know"),
        ("rapport", "his beard was amazing lol"),
        ("rapport", "sain baina uu, they offered suutei tsai, nice"),
        ("discussed", "shld I know ELISA kits? yes, used them at the aimag lab"),
        ("missed", "forgot my passport, so embarrassing"),
    ],
)
def test_what_set_30_must_never_quote(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("what do you do when herders refuse? told story abt the family in khalkh gol",
         "what to do when herders refuse"),
        ("what if a rancher you know ships cattle w/ a brand not his? -> follow the law",
         "what I would do if a rancher I know ships cattle with a brand not his"),
        ("what is omotenashi for you? -> anticipating before the guest asks",
         "what omotenashi means to me"),
        ("how will you resolve a boundary dispute btw two stools' plots?",
         "how I would resolve a boundary dispute between two stools' plots"),
    ],
)  # fmt: skip
def test_a_question_answered_in_the_note_was_put_to_me(note: str, topic: str) -> None:
    reading = read_note(note, "discussed")
    assert (reading.kind, reading.topic) == ("asked", topic)


@pytest.mark.parametrize(
    ("where", "note", "form"),
    [
        ("fit", "cold chain w/ solar fridges, reached 40+ herder households a day on horseback",
         "experience in cold chain with solar fridges"),
        ("fit", "BSc env health at FNU 2019", "BSc in environmental health from FNU in 2019"),
        ("fit", "english + russian ok, some chinese", "I can work in English and Russian"),
        ("fit", "python good", "I have a solid knowledge of Python"),
        ("fit", "3 month omotenashi training at a hoshino resort",
         "3 months of omotenashi training experience at a hoshino resort"),
        ("fit", "cut OR tray errors 40% w/ a count-sheet + barcode tracking (censitrac)",
         "I cut OR tray errors by 40% with a count-sheet and barcode tracking"),
        ("discussed", "territory = 3 counties, 300 mi some days", "the territory is 3 counties"),
        ("discussed", "posting could be outside accra (tamale? ho?)",
         "posting could be outside Accra"),
        ("discussed", "OR wing expansion", "OR wing expansion"),
        ("missed", "forgot my kikisake-shi (sake sommelier) cert!!",
         "my kikisake-shi (sake sommelier) certification"),
        ("discussed", "IFU compliance", "IFU compliance"),
        ("rapport", "both fans of the handball team", "we are both fans of the handball team"),
        ("rapport", "both from st-georges", "we are both from St-Georges"),
        ("valued", "data quality > speed, she said twice", "data quality comes before speed"),
        ("valued", "vanua first, working through the chiefs", "the vanua comes first"),
        ("valued", "accountability + coaching not blaming",
         "accountability and coaching rather than blaming"),
    ],
)  # fmt: skip
def test_notes_of_set_30_read_as_english(where: str, note: str, form: str) -> None:
    reading = read_note(note, where)  # type: ignore[arg-type]
    assert form in (reading.topic, reading.clause, reading.sentence)
