"""The mechanisms the round after held-out set 16 added, one table each.

Set 16's reader jotted the interviewer's lines as advice and maxims ("listen twice, speak
once"), clauses without a "that" ("team stays long"), negations without their apostrophe,
rapport notes that describe the person, questions with "you" whose asker is unclear, and fit
notes as degrees, credentials and results in shorthand.
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.compose.notes.articles import with_article
from afterword.compose.notes.shape import expand_shorthand


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        ("listen twice, speak once", "we should listen twice and speak once"),
        ("never let dead air happen", "we should never let dead air happen"),
        ("communicate early w/ medical", "we should communicate early with medical"),
        ("ask the family, don't assume", "we should ask the family and not assume"),
        ("safety first, timetable second", "safety comes first and the timetable second"),
        ("empathy first, then the policy wording", "empathy comes first, then the policy wording"),
        ("presence before words", "presence comes before words"),
        ("bees dont read the manual", "bees don't read the manual"),
        ("team stays late on Fridays", "the team stays late on Fridays"),
        ("the team covers for each other", "the team covers for each other"),
        ("paperwork protects you", "paperwork protects you"),
        ("science must speak in plain words", "science must speak in plain words"),
        ("calm hands matter more than speed", "calm hands matter more than speed"),
        ("trust is the collateral in rural credit", "trust is the collateral in rural credit"),
    ],
)
def test_a_line_the_interviewer_said_is_a_clause_never_a_noun_slot(note, clause):
    reading = read_note(note, "valued")
    assert (reading.kind, reading.clause) == ("said", clause)


@pytest.mark.parametrize(
    "note",
    [
        "fat jolly man, nice",
        "cranky at first, warmed up",
        "bald guy w/ great laugh, talked abt his old zastava",
        "office looks ugly office, old soviet bldg, not her fault",
        "very chatty",
    ],
)
def test_a_rapport_note_that_describes_the_person_is_withheld(note):
    assert not read_note(note, "rapport").used


@pytest.mark.parametrize(
    "note", ["Kilimanjaro coffee", "classical music", "amateur astronomy", "both hate traffic"]
)
def test_a_shared_interest_is_still_used(note):  # controls
    assert read_note(note, "rapport").used


def test_a_laugh_marks_an_aside():
    assert not read_note("phone smuggling in dorms haha", "discussed").used


@pytest.mark.parametrize(
    ("note", "kind", "topic"),
    [
        ("how do u handle complaints from losing bidders?", "topic",
         "how to handle complaints from losing bidders"),  # either of them may have asked
        ("what would u change in booking ->boarding?", "asked",
         "what I would change in the booking-to-boarding stage"),  # put to the candidate
        ("how do they keep players from burning out?", "question",
         "how the team keeps players from burning out"),  # control: the candidate asked
    ],
)  # fmt: skip
def test_who_asked_a_question_is_only_said_when_the_note_says(note, kind, topic):
    reading = read_note(note, "discussed")
    assert (reading.kind, reading.topic) == (kind, topic)


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("acacia honey harvest timing -> weather dependent",
         "acacia honey harvest timing (weather-dependent)"),
        ("winter losses ~18% last yr", "winter losses of about 18% last year"),
        ("deadline for census maps march", "the deadline for census maps in March"),
        ("sponsor KPIs, content calendar", "sponsor KPIs and the content calendar"),
        ("dose vs throughput tradeoff", "the dose versus throughput tradeoff"),
    ],
)  # fmt: skip
def test_topics_jotted_with_arrows_figures_and_dropped_articles(note, topic):
    assert read_note(note, "discussed").topic == topic


@pytest.mark.parametrize(
    ("note", "form"),
    [
        ("certified by slovenian beekeepers assoc (čebelarska zveza)",
         "I am certified by Slovenian beekeepers association (čebelarska zveza)"),
        ("diploma counselling psychology KAPC registered",
         "I hold a diploma in counselling psychology and am KAPC registered"),
        ("PhD marine biology U de Concepción", "PhD in marine biology from U de Concepción"),
        ("MA music therapy (NYU), board certified MT-BC", "MA in music therapy (NYU)"),
        ("used NeST e-procurement system since launch",
         "I have used NeST e-procurement system since its launch"),
        ("handled grief sessions after bus accident 2024",
         "I handled the grief sessions after the 2024 bus accident"),
        ("reduced soft tissue injuries ~30% in 1 season",
         "I reduced soft tissue injuries by about 30% in 1 season"),
        ("coached UAAP volleyball team 3 seasons", "I coached UAAP volleyball team for 3 seasons"),
        ("speak croatian english italian", "I speak Croatian, English and Italian"),
        ("mgmt of bootcamp logistics for 10 players", "experience managing bootcamp logistics for "
         "10 players"),
        ("led bereavement groups 2x/month", "bereavement groups twice a month"),
    ],
)  # fmt: skip
def test_fit_notes_as_degrees_credentials_and_results(note, form):
    reading = read_note(note, "fit")
    assert form in (reading.sentence or reading.topic or "")


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("spanish conversational", "my conversational Spanish"),
        ("dint mention my framework agreements for chemicals",
         "my framework agreements for chemicals"),
        ("also my CIPS level 4", "my CIPS level 4"),
        ("forgot to talk abt parents outreach evenings i ran",
         "the parents outreach evenings I ran"),
    ],
)  # fmt: skip
def test_a_missed_point_loses_its_lead_in(note, topic):
    assert read_note(note, "missed").topic == topic


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("onboarding takes 6 weeks", "onboarding takes 6 weeks"),  # a verb: no "for"
        ("sales figures ~20% down", "sales figures about 20% down"),  # a change: no "of"
        ("Lagos -> Abuja route", "Lagos to Abuja route"),  # names: the arrow is "to"
    ],
)
def test_shorthand_controls(typed, written):
    assert expand_shorthand(typed) == written


@pytest.mark.parametrize(
    ("phrase", "written"),
    [
        ("budget is tight this year", "the budget is tight this year"),
        ("funding was cut", "funding was cut"),
        ("night shifts and patient safety", "night shifts and patient safety"),
        ("fees and timetable", "fees and the timetable"),
    ],
)
def test_articles_judged_by_the_subject_and_by_each_list_item(phrase, written):
    assert with_article(phrase) == written


def test_a_lower_case_title_before_a_name_gets_its_capital():
    reading = read_note("he knows my old supervisor prof. Kennedy from Sydney", "rapport")
    assert "Prof. Kennedy" in (reading.clause or reading.topic or "")


@pytest.mark.parametrize(
    ("where", "note", "clause"),
    [
        ("discussed", "territory is NSW + QLD", "the territory is NSW and QLD"),  # a fact there
        ("valued", "trust is the collateral in rural credit",
         "trust is the collateral in rural credit"),  # a saying: in general
    ],
)  # fmt: skip
def test_a_subject_is_the_one_there_in_a_fact_and_general_in_a_saying(where, note, clause):
    assert read_note(note, where).clause == clause


@pytest.mark.parametrize(
    ("note", "foreign"),
    [
        ("une perle c'est 2 ans de patience", True),  # words English text has, but rarely
        ("te reo Māori + Tongan, kapa haka", False),  # control: English with Māori terms
        ("both love pasta al dente", False),
    ],
)
def test_another_language_by_words_far_commoner_abroad(note, foreign):
    from afterword.compose.notes.shape import other_language

    assert other_language(note) is foreign


# Held-out set 18: languages with their level after them, maxims with "=", "over" and two
# clauses run together, a piece of work "forgot" to mention, titles from Tunisia, Lithuania,
# Greece, Uzbekistan and Armenia.


@pytest.mark.parametrize(
    ("where", "note", "said"),
    [
        ("missed", "forgot to say i speak kichwa basic", "I speak basic Kichwa"),
        ("fit", "bemba + nyanja fluent", "I speak fluent Bemba and Nyanja"),
        ("fit", "german + english fluent", "I speak fluent German and English"),
    ],
)
def test_languages_with_their_level_after_them(where, note, said):
    assert read_note(note, where).sentence == said


def test_a_tool_with_a_level_is_not_a_language():
    assert "speak" not in (read_note("python basic", "fit").sentence or "")


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        ("calm nurse = calm patient", "a calm nurse means a calm patient"),
        ("accuracy over speed, always", "accuracy comes before speed"),
        ("people over process", "people come before process"),
        ("we don't restore objects we restore memory",
         "we don't restore objects; we restore memory"),
        ("quality starts at the tree not the lab", "quality starts at the tree, not the lab"),
    ],
)  # fmt: skip
def test_maxims_set_18(note, clause):
    reading = read_note(note, "valued")
    assert (reading.kind, reading.clause) == ("said", clause)


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("forgot the window i did for the echmiadzin museum!!",
         "the window I did for the Echmiadzin museum"),  # work left unsaid, not a slip
        ("forgot to mention raw milk listeria testing exp",
         "my raw milk listeria testing experience"),
    ],
)  # fmt: skip
def test_a_missed_piece_of_work(note, topic):
    assert read_note(note, "missed").topic == topic


def test_forgetting_a_thing_is_still_a_slip():
    assert not read_note("forgot my portfolio at home", "missed").used
