"""The mechanisms the fifth round (held-out set 6) added, one table each."""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.compose.notes.articles import with_article
from afterword.compose.notes.shape import expand_shorthand, repair_case
from afterword.compose.setup import with_the
from afterword.compose.subject import body_role
from afterword.interview.names import parse_name

PERSON = parse_name("Piotr Zielinski")


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("we talked about kafka", "we talked about Kafka"),  # control: the project's own list
        ("15 new branches in upper egypt", "15 new branches in upper Egypt"),
        ("peak season (ramadan and DSF)", "peak season (Ramadan and DSF)"),
        ("dark slavic folklore", "dark Slavic folklore"),
        ("a great cafe in cairo", "a great cafe in Cairo"),
        ("the polish market", "the polish market"),  # an ordinary word keeps its case
    ],
)
def test_a_proper_noun_typed_in_lower_case_gets_the_dictionary_case(typed, written):
    assert repair_case(typed) == written


def test_a_role_typed_with_a_lower_case_language_gets_its_capital():
    assert body_role("Grade 3 adviser & english teacher") == "Grade 3 adviser & English teacher"


@pytest.mark.parametrize(
    ("where", "note", "reason"),
    [
        ("missed", "my answer on replication was weak, mixed up RPC types", "self-criticism"),
        ("missed", "I think I sounded defensive on the supervision question, not my best",
         "self-criticism"),
        ("discussed", "made a sexist joke about women at site, awkward", "manner"),
        ("discussed", "she mentioned she's been sickly lately so others will cover her classes",
         "health"),
        ("discussed", "told me a story about a former manager who took a bribe from a supplier",
         "gossip"),
        ("discussed", "runway ~14 months, raising series A in Q2", "negative news"),
        ("discussed", "why highland? -> family in Inverness", "question"),
        ("discussed", "she said the last EP was always drunk at the year-end function",
         "manner"),
        ("missed", "should've given numbers on the cost savings, ~AED 1.2M a yr",
         "could not be phrased"),
    ],
)  # fmt: skip
def test_remarks_without_the_usual_cue_are_still_withheld(where, note, reason):
    reading = read_note(note, where, PERSON)
    assert not reading.used and reason in reading.why, reading.why


@pytest.mark.parametrize(
    ("where", "note", "form", "text"),
    [
        ("fit", "registered nurse (BIG) w/ 10 yrs in elderly care", "sentence",
         "I am a registered nurse (BIG) with 10 years in elderly care"),
        ("fit", "LET passer, 5 yrs teaching grades 2-4", "sentence", "I am a LET passer"),
        ("missed", "didn't show my portfolio of lesson plans", "topic",
         "my portfolio of lesson plans"),
        ("discussed", "automated tests for gameplay, they use Gauntlet", "topic",
         "automated tests for gameplay"),
        ("discussed", "deprescribing antipsychotics, they cut use by half", "topic",
         "deprescribing antipsychotics"),
        ("discussed", "asked me about deferred defects under the MEL and how I'd push back on ops",
         "topic", "deferred defects under the MEL and how I would push back on operations"),
        ("fit", "built an irrigation recommender used on 200k ha of soy in Mato Grosso",
         "sentence", "I built an irrigation recommender used on 200k ha of soy in Mato Grosso"),
    ],
)  # fmt: skip
def test_work_notes_read_as_what_they_are(where, note, form, text):
    reading = read_note(note, where, PERSON)
    assert reading.used, reading.why
    assert reading.form(form) == text


@pytest.mark.parametrize(
    "note",
    [
        "keep children in their communities, not placed in the central belt",
        "I think I sounded defensive on the supervision question, not my best",
    ],
)
def test_not_is_never_turned_into_rather_than_before_a_participle_or_a_remark(note):
    reading = read_note(note, "insights", PERSON)
    assert "rather than" not in " ".join(
        filter(None, (reading.topic, reading.clause, reading.sentence))
    )


def test_a_contrast_of_the_same_kind_still_reads_rather_than():
    reading = read_note("taught, not born", "valued", PERSON)
    assert "rather than born" in (reading.topic or reading.clause or "")


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("AWS cert", "AWS certification"),  # control
        ("my Massey postgrad cert in dairy cattle medicine",
         "my Massey postgraduate certificate in dairy cattle medicine"),
        ("B.Pharm cairo uni", "B.Pharm cairo university"),
        ("state govts", "state governments"),
        ("unit tests", "unit tests"),  # "uni" only as a word
    ],
)  # fmt: skip
def test_award_and_institution_shorthand_is_written_out(typed, written):
    assert expand_shorthand(typed) == written


@pytest.mark.parametrize(
    ("company", "running"),
    [
        ("Harbour Capital", "Harbour Capital"),  # control
        ("Ministry of Housing & Urban Affairs", "the Ministry of Housing & Urban Affairs"),
        ("University of Otago", "the University of Otago"),
        ("The Office of Rail", "The Office of Rail"),  # typed with its article
        ("Bank of America", "Bank of America"),  # a verb too: left as typed
    ],
)
def test_a_body_named_by_a_common_noun_and_of_takes_the(company, running):
    assert with_the(company) == running


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("I went to university in Lima", "I went to university in Lima"),  # control
        ("B.Pharm cairo university", "B.Pharm Cairo University"),
        ("The university is big", "The university is big"),
    ],
)
def test_university_after_a_place_name_is_part_of_the_name(typed, written):
    assert repair_case(typed) == written


def test_my_views_discussed_with_someone_were_asked_for_not_shared_by_them():
    reading = read_note("my views on TOD near metro stations", "discussed", PERSON)
    assert reading.kind == "asked" and reading.topic == "my views on TOD near metro stations"


@pytest.mark.parametrize(
    ("topic", "written"),
    [
        ("SQL queries", "SQL queries"),  # control: plural
        ("CPD budget", "the CPD budget"),
        ("QA process", "the QA process"),
        ("AWS certified", "AWS certified"),  # an adjective, no noun
    ],
)
def test_an_acronym_before_a_singular_noun_takes_the(topic, written):
    assert with_article(topic) == written
