"""The mechanisms the round after held-out set 20 added, one table each.

Set 20's reader wrote what they valued as what the interviewer did for them ("shared the list
of 20 partner schools", "let me sit in the control room"), named benefits by their local names
("tips policy", "housing subsidy"), judged people in another language ("a bit mayabang"), and
greeted people with Indonesian, Uruguayan, Czech and Filipino titles and kin terms.
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.compose.specifics import _valued_bank
from afterword.interview.names import parse_name


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        (
            "shared the list of 20 partner schools",
            "you shared the list of 20 partner schools with me",
        ),
        ("shared her heat stress monitoring checklist", "you shared your heat stress monitoring"),
        ("told me about their new guest app", "you told me about your new guest app"),
        ("let me sit in the control room during calibration", "you let me sit in the control room"),
        ("whiteboarded their OTA pipeline w/ me", "you whiteboarded your OTA pipeline with me"),
    ],
)
def test_what_the_interviewer_did_is_a_moment_never_a_view(note, clause):
    reading = read_note(note, "valued")
    assert reading.kind == "event" and _valued_bank(reading) == "EVENT"
    assert (reading.clause or "").startswith(clause)


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("practical tips on leather cutting", "practical tips on leather cutting"),
        ("detailed walk through of the blanco 4m telescope", "the detailed walk-through of"),
    ],
)
def test_a_thing_valued_is_a_topic(note, topic):
    reading = read_note(note, "valued")
    assert (reading.topic or "").startswith(topic)


@pytest.mark.parametrize(
    ("field", "note"),
    [
        ("discussed", "tips policy"),
        ("discussed", "housing subsidy"),
        ("rapport", "she knows my ex from baqueira"),
        ("rapport", "he's a bit mayabang but funny"),
        ("insights", "accident at a jurong site last yr, new safety push"),
        ("insights", "they're poaching from flutterwave"),
        ("insights", "possible strike by the union in feb"),
    ],
)
def test_benefits_an_ex_company_trouble_and_a_judgement_are_never_quoted(field, note):
    assert not read_note(note, field).used


@pytest.mark.parametrize(
    ("field", "note"),
    [
        ("fit", "reduced soft tissue injuries ~30% in 1 season"),  # my result, not their news
        ("fit", "handled grief sessions after bus accident 2024"),
        ("discussed", "accident and emergency nursing"),
        ("discussed", "poaching eggs for the brunch menu"),
    ],
)
def test_an_accident_or_an_injury_in_the_candidates_own_work_is_kept(field, note):
    assert read_note(note, field).used


@pytest.mark.parametrize(
    ("typed", "formal", "informal"),
    [
        ("Ibu Dewi Kartika", "Ibu Dewi", "Dewi"),  # Indonesia: the title with the given name
        ("Pak Budi Santoso", "Bapak Budi", "Budi"),
        ("Esc. Horacio Pereyra", "Esc. Pereyra", "Horacio"),  # a notary, Uruguay
        ("Bc. Lukáš Černý", "Lukáš Černý", "Lukáš"),  # a bachelor's title is no greeting
        ("kuya Ben", "Ben", "Ben"),  # "older brother", typed before the name
        ("Trần Đức", "Trần Đức", "Đức"),  # a Vietnamese family name with its accents
    ],
)
def test_titles_and_kin_terms_are_never_first_names(typed, formal, informal):
    name = parse_name(typed)
    assert (name.formal, name.informal) == (formal, informal)


@pytest.mark.parametrize(
    ("field", "note", "written"),
    [
        ("fit", "whatsapp campaign doubled repeat donors", "My WhatsApp campaign doubled"),
        ("fit", "PhD instrumentation, u. de chile", "PhD in instrumentation from U. de Chile"),
        ("fit", "night shifts at la silla 2 yrs", "2 years of night shifts at"),
        ("missed", "didnt mention my spanish/english/portuguese", "I speak Spanish, English and"),
        ("fit", "fluent english for intl visitors", "for international visitors"),
        ("rapport", "we are both from hai phong", "Hai Phong"),
        ("rapport", "housing in la serena", "La Serena"),
        ("discussed", "volunteer retention", "volunteer retention"),
    ],
)
def test_set_20_fit_missed_places_and_articles(field, note, written):
    reading = read_note(note, field)
    text = reading.topic or reading.clause or reading.sentence or ""
    assert text.startswith(written) or f" {written}" in f" {text}"
    assert "experience experience" not in text and "the volunteer" not in text


def test_names_with_a_dotted_post_nominal_after_a_comma():
    name = parse_name("Ing. Pavel Dvořák, Ph.D.")
    assert (name.formal, name.informal) == ("Ing. Dvořák", "Pavel")
