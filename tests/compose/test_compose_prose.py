"""Notes into prose: every transformation, table-driven, and properties over any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterword.compose.notes.read import read_note
from afterword.compose.prose import (
    fix_case,
    join_list,
    second_person,
    sentence,
    shorten,
    strip_lead_in,
)
from afterword.interview.names import parse_name

PRIYA = parse_name("Dr. Priya Raman")
SAM = parse_name("Sam Okafor")


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("on-call load", "on-call load"),  # control: nothing to strip
        ("we talked about on-call load", "on-call load"),
        ("We discussed the roadmap.", "the roadmap"),
        ("discussed: the scrap rate on line 4", "the scrap rate on line 4"),
        ("talked about supplier audits", "supplier audits"),
        ("we chatted about the new CMM machine", "the new CMM machine"),
        ("Conversation about 8D reports", "8D reports"),
        ("we went over the PPAP process", "the PPAP process"),
        ("we talked for a long time about hiring", "hiring"),
        ("she also talked a lot about budgets", "budgets"),
    ],
)
def test_lead_ins_are_stripped(note, expected):
    assert strip_lead_in(note.rstrip(".")).lower() == expected.lower()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("your plan to move ETL to Kafka", "your plan to move ETL to Kafka"),  # control
        ("DATA CONTRACTS AND TESTING", "data contracts and testing"),
        ("Research Operations Budget", "research operations budget"),
        ("Claims Experience Redesign", "Claims Experience Redesign"),  # a project's name
        ("The migration from Hadoop", "the migration from Hadoop"),
        ("Kafka migration", "Kafka migration"),
        ("ETL backlog", "ETL backlog"),
        ("PostgreSQL upgrades", "PostgreSQL upgrades"),
        ("USABILITY TESTING WITH AGENTS", "usability testing with agents"),
    ],
)
def test_case_is_fixed_but_names_and_acronyms_keep_theirs(text, expected):
    assert fix_case(text) == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("the team's roadmap", PRIYA, "the team's roadmap"),  # control
        ("her plan to move the batch jobs", PRIYA, "your plan to move the batch jobs"),
        ("his team", SAM, "your team"),
        ("she said the team is hiring", PRIYA, "you said the team is hiring"),
        ("he leads the platform group", SAM, "you lead the platform group"),
        ("she focuses on reliability", PRIYA, "you focus on reliability"),
        ("he is moving to Berlin", SAM, "you are moving to Berlin"),
        ("she has two teams", PRIYA, "you have two teams"),
        ("I asked her about the roadmap", PRIYA, "I asked you about the roadmap"),
        ("I walked him through my project", SAM, "I walked you through my project"),
        ("the idea was his", SAM, "the idea was yours"),
        ("she built it herself", PRIYA, "you built it yourself"),
        ("how they test schema changes", SAM, "how you test schema changes"),
        ("their move to event sourcing", SAM, "your move to event sourcing"),
        ("Priya's roadmap for Kafka", PRIYA, "your roadmap for Kafka"),
        ("how Sam structures code reviews", SAM, "how you structure code reviews"),
        ("Dr. Raman's point about contracts", PRIYA, "your point about contracts"),
        ("I asked Sam questions", SAM, "I asked you questions"),
        ("she's been at the company for years", PRIYA, "you've been at the company for years"),
        ("she's hiring", PRIYA, "you're hiring"),
    ],
)
def test_third_person_about_the_recipient_becomes_second_person(text, person, expected):
    assert second_person(text, person) == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (["A"], "A"),  # control
        ([], ""),
        (["A", "B"], "A and B"),
        (["A", "B", "C"], "A, B and C"),
        (["A", "", "C"], "A and C"),
    ],
)
def test_lists_join_naturally(items, expected):
    assert join_list(items) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thank you", "Thank you."),
        ("Is it done?", "Is it done?"),
        ("I work at Granite & Co.", "I work at Granite & Co."),
        ("Thanks to Granite & Co..", "Thanks to Granite & Co."),
    ],
)
def test_sentence(text, expected):
    assert sentence(text) == expected


def test_long_notes_keep_their_first_clause():
    note = (
        "how the team is rebuilding the grade 7 science units from scratch because teachers "
        "said the old ones were too text heavy and students were not doing enough hands-on "
        "work, and he wants more labs"
    )
    short = shorten(note)
    assert short == "how the team is rebuilding the grade 7 science units from scratch"
    assert shorten("on-call load") == "on-call load"


THIRD = re.compile(r"\b(?:she|he|her|his|him|hers|herself|himself)\b", re.IGNORECASE)
notes = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=200
)
pronoun_notes = st.lists(
    st.sampled_from(
        [
            "her",
            "his",
            "she",
            "he",
            "him",
            "hers",
            "herself",
            "himself",
            "plan",
            "team",
            "said",
            "leads",
            "the",
            "about",
            "Priya",
            "Priya's",
            "Raman",
            "talked",
            "we",
            "I",
            "asked",
            ".",
            ",",
            "ETL",
        ]
    ),
    min_size=1,
    max_size=20,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(notes)
def test_any_text_reads_without_crashing(note):
    reading = read_note(note, "discussed", PRIYA, frozenset({"Northwind"}))
    assert reading.used or reading.why
    assert all(f is None or isinstance(f, str) for f in (reading.topic, reading.clause))


@settings(max_examples=300, deadline=None)
@given(pronoun_notes)
def test_no_third_person_about_the_recipient_is_left(note):
    reading = read_note(note, "discussed", PRIYA)
    for text in filter(None, (reading.topic, reading.clause, reading.sentence)):
        assert not THIRD.search(text), text
        assert not re.search(r"\b(?:Priya|Raman)\b", text), text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=30), max_size=6))
def test_join_list_keeps_every_item(items):
    joined = join_list(items)
    for item in items:
        assert item in joined
