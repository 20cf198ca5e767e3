"""The mechanisms the round after held-out set 21 added.

Set 21's reader named pay and benefits in their own words ("minimum wage", "equity",
"billable targets", "housing support"), judged people in two words ("too quiet"), told of an
illness in passing, complained to themselves ("night shifts wreck me"), and greeted people with
Portuguese, Polish, Ethiopian and Hungarian titles and names.
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.interview.names import parse_name


@pytest.mark.parametrize(
    ("field", "note"),
    [
        ("discussed", "minimum wage"),
        ("discussed", "equity"),
        ("discussed", "billable targets"),
        ("discussed", "housing support"),
        ("discussed", "my PhD took 7 yrs"),
        ("discussed", "the manager's car"),
        ("discussed", "night shifts wreck me"),
        ("rapport", "too quiet"),
        ("rapport", "talked about malaria last year"),
    ],
)
def test_set_21_remarks_are_never_quoted(field, note):
    assert not read_note(note, field).used


@pytest.mark.parametrize(
    ("field", "note"),
    [
        ("discussed", "health equity"),  # fairness in care, a topic
        ("discussed", "too many meetings"),  # a noun: what was said, not how someone came across
        ("rapport", "really into hiking"),
    ],
)
def test_controls_are_still_used(field, note):
    assert read_note(note, field).used


@pytest.mark.parametrize(
    ("note", "written"),
    [
        ("managed team of 8 seamstresses", "I managed a team of 8 seamstresses"),
        ("4 yrs at notary office in debrecen", "4 years at a notary office in Debrecen"),
        ("6 yrs at site", "6 years at site"),
    ],
)
def test_a_team_or_a_place_of_many_takes_a(note, written):
    reading = read_note(note, "fit")
    assert (reading.sentence or reading.topic) == written


@pytest.mark.parametrize(
    ("typed", "formal", "informal"),
    [
        ("Enf.ª Maria do Carmo Lopes", "Enf.ª Lopes", "Maria"),  # a nurse, Portugal
        ("inż. Tomasz Zieliński", "Inż. Zieliński", "Tomasz"),  # an engineer, Poland
        ("W/ro Almaz Haile", "W/ro Almaz", "Almaz"),  # Ethiopia, as "Ato Girma"
        ("Tóth-Horváth Péter", "Tóth-Horváth Péter", "Péter"),  # two Hungarian family names
    ],
)
def test_set_21_greetings(typed, formal, informal):
    name = parse_name(typed)
    assert (name.formal, name.informal) == (formal, informal)
