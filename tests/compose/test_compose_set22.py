"""The round after held-out set 22: its leaks, two notes withheld by mistake, and greetings."""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.interview.names import parse_name


@pytest.mark.parametrize(
    ("field", "note"),
    [
        ("discussed", "service charge"),
        ("discussed", "staff island accommodation"),
    ],
)
def test_set_22_remarks_are_never_quoted(field, note):
    assert not read_note(note, field).used


@pytest.mark.parametrize(
    ("field", "note"),
    [
        ("fit", "led the migration of 14k student records"),  # a count, not a salary
        ("valued", "she walked me thru how they cut NCRs by half in 2 yrs"),  # not a judgement
        ("discussed", "service charge billing system"),
    ],
)
def test_set_22_notes_withheld_by_mistake_are_used(field, note):
    assert read_note(note, field).used


@pytest.mark.parametrize(
    ("typed", "formal", "informal"),
    [
        ("Encik Ravi a/l Subramaniam", "Encik Ravi", "Ravi"),  # "son of": no family name
        ("Prof. Ooi Eng Eong", "Prof. Ooi", "Eng Eong"),  # a Hokkien family name, first
    ],
)
def test_set_22_greetings(typed, formal, informal):
    name = parse_name(typed)
    assert (name.formal, name.informal) == (formal, informal)


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("how do you handle a repair rate over 5%?", "how to handle a repair rate over 5%"),
        ("what do you check first on a machine?", "what to check first on a machine"),
    ],
)
def test_a_question_either_may_have_asked_is_talked_through_not_taught(note, topic):
    from afterword.compose.specifics import _topic_bank

    reading = read_note(note, "discussed")
    assert reading.topic == topic and _topic_bank(reading) == "TOPIC_TALKED"


def test_the_talked_through_frames_say_neither_who_asked_nor_who_taught():
    from afterword.compose import banks

    for frame in banks.TOPIC_TALKED:
        assert not any(w in frame for w in ("shared", "ask", "learn", "hearing", "taught"))


def test_a_possessed_noun_with_its_own_verb_is_no_noun_phrase():
    reading = read_note("your notes on my reel were really specific to timing", "valued")
    assert not reading.topic  # never "Your notes on my reel were ... has stayed with me"
    assert read_note("her focus on patient dignity", "valued").topic


def test_languages_in_a_list_with_other_words_are_capitalised():
    reading = read_note("speak english, some russian + italian", "fit")
    assert reading.sentence == "I speak English, some Russian and Italian"
    assert "assistant FOM" in (read_note("3 yrs as asst FOM", "fit").topic or "")
