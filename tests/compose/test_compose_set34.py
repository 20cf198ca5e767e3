"""Held-out set 34: what its reading found, held as tests.

Its reader pasted companies and roles with everything a posting adds (a legal form, a city in
brackets, a second name after a slash in another script, a grade, a translation), named people
with honorifics of Senegal, Serbia, Guatemala, Namibia, Azerbaijan and Papua New Guinea, wrote
names in Bengali, Cyrillic and Arabic script, kept private labels beside names ("(Rafiq bhai)",
"Vesna iz računovodstva"), and hid remarks behind "not saying that", "didnt say", "careful w/"
and "put in a word for me".
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note
from afterword.compose.notes.shape import repair_case
from afterword.compose.setup import company_name, in_prose, one_name, with_the
from afterword.compose.subject import body_role
from afterword.interview.names import display_name


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("district sanitaire de mbour (ministère de la santé et de l'action sociale)",
         "District Sanitaire de Mbour"),
        ("icddr,b (international centre for diarrhoeal disease research, bangladesh)", "ICDDR,B"),
        ("termo-vod d.o.o. (beograd) / Термо-Вод доо", "Termo-Vod"),
        ("escuela oficial rural mixta no. 412 aldea chuisuc, totonicapán (MINEDUC)",
         "Escuela Oficial Rural Mixta No. 412 Aldea Chuisuc"),
        ("le grand hôtel du liban s.a.l. (broumana)", "Le Grand Hôtel du Liban"),
        ("walvis bay corridor haulage (pty) ltd / WBCH", "Walvis Bay Corridor Haulage"),
        ("Caspian Midstream Services MMC (Bakı)", "Caspian Midstream Services"),
        ("Laventille Steel Pioneers (sponsored by caribbean shipping & marine ltd.) / LSP",
         "Laventille Steel Pioneers"),
        ("Ernst & Young", "Ernst & Young"),
    ],
)  # fmt: skip
def test_a_sentence_names_the_company_once_and_plainly(typed: str, said: str) -> None:
    assert with_the(in_prose(company_name(one_name(typed)))) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Infirmier Chef de Poste (ICP) - poste de santé de Nianing", "Infirmier Chef de Poste"),
        ("Research Officer - Groundwater Arsenic & Manganese Lab", "Research Officer"),
        ("Poslovođa vodoinstalaterskih i grejnih radova / Plumbing & Heating Foreman",
         "Plumbing & Heating Foreman"),
        ("Banquet & Events Operations Manager / مدير عمليات الحفلات",
         "Banquet & Events Operations Manager"),
        ("Analista de Tesorería Sr. (Treasury Analyst)", "Treasury Analyst"),
        ("Corrosion & Integrity Engineer (pipelines/ onshore)", "Corrosion & Integrity Engineer"),
        ("Provincial Tourism Officer (Grade 12)", "Provincial Tourism Officer"),
        ("Arranger & Music Tutor (Pan Yard + Schools Programme)", "Arranger & Music Tutor"),
        ("Senior Software Engineer (Perception)", "Senior Software Engineer (Perception)"),
        ("Manager, Enterprise Risk", "Manager (Enterprise Risk)"),
    ],
)  # fmt: skip
def test_a_sentence_names_the_role_without_what_the_posting_adds(typed: str, said: str) -> None:
    assert body_role(typed) == said


@pytest.mark.parametrize(
    ("name", "formal", "friendly"),
    [
        ("M. Ba", "Dear Mr. Ba,", "Dear Mr. Ba,"),
        ("Sœur Marie-Thérèse", "Dear Sister Marie-Thérèse,", "Hi Marie-Thérèse,"),
        ("HR team (Ms. Tania + 1 more)", "Dear Ms. Tania,", "Dear Ms. Tania,"),
        ("gospodin Jovanović", "Dear Mr. Jovanović,", "Dear Mr. Jovanović,"),
        ("majstori Žika i Boban", "Dear Žika and Boban,", "Hi Žika and Boban,"),
        ("Tat Diego & Nan Juana (COCODE)", "Dear Tat Diego and Nan Juana,",
         "Dear Tat Diego and Nan Juana,"),
        ("the profe of 6to (Byron?)", "Dear Byron,", "Hi Byron,"),
        ("Mme Nayla Abi Khalil", "Dear Mme Abi Khalil,", "Hi Nayla,"),
        ("HR (Ms. Rita) + Mr. Karam's assistant", "Dear Ms. Rita,", "Dear Ms. Rita,"),
        ("Oom Hennie van Wyk", "Dear Oom Hennie,", "Dear Oom Hennie,"),
        ("Ing. Fátima Ortiz y el Lic. Cáceres", "Dear Ing. Ortiz and Lic. Cáceres,",
         "Dear Ing. Ortiz and Lic. Cáceres,"),
        ("CPN Gustavo Riquelme", "Dear CPN Riquelme,", "Hi Gustavo,"),
        ("Rəşad müəllim (Hüseynov)", "Dear Rəşad müəllim,", "Dear Rəşad müəllim,"),
        ("Kadrlar şöbəsi (HR)", "Dear HR team,", "Dear HR team,"),
        ("mama Elizabeth", "Dear Mama Elizabeth,", "Dear Mama Elizabeth,"),
        ('Captain Winston "Spree" Alexis', "Dear Capt. Alexis,", "Hi Winston,"),
        ("the youth side (Akeem + Shanice + dem)", "Dear Akeem, Shanice and everyone,",
         "Hi Akeem, Shanice and everyone,"),
        ("Vesna iz računovodstva", "Dear Vesna,", "Hi Vesna,"),
        ("Dr. Md. Rafiqul Islam (Rafiq bhai)", "Dear Dr. Islam,", "Hi Rafiqul,"),
        ("Nan Goldin", "Dear Nan Goldin,", "Hi Nan,"),
    ],
)  # fmt: skip
def test_greetings_of_set_34(greet, name: str, formal: str, friendly: str) -> None:
    assert greet(name) == [formal, friendly]


@pytest.mark.parametrize(
    ("name", "email", "greeting"),
    [
        ("Марковић Драган", "dragan.markovic@termovod.example.rs", "Dear Dragan Markovic,"),
        ("ড. শাহনাজ পারভীন", "shahnaz.parvin@icddrb.example.org", "Dear Shahnaz Parvin,"),
        ("الشيف جورج عون", "chef.george@example.com", "Dear Chef George,"),
        ("Марковић Драган", "kadrovska@termovod.example.rs", "Dear Markovic Dragan,"),
        ("Асанова Гульнара Токтогуловна", "asanova.g@example.kg", "Dear Gulnara Toktogulovna,"),
        ("ທ່ານ ບຸນມີ ພົມມະຈັນ", "bounmy.p@uxolao.example", "Dear Bounmy,"),
    ],
)  # fmt: skip
def test_a_name_in_another_script_is_greeted_in_the_letters_of_its_address(
    example, name: str, email: str, greeting: str
) -> None:
    from afterword.compose.greeting import greeting as greet
    from afterword.compose.picker import Picker
    from afterword.interview.model import Interviewer

    person = Interviewer(name=name, email=email)
    assert greet(person, "formal", Picker(example, 0, 0)) == greeting


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Dr. Md. Rafiqul Islam (Rafiq bhai)", "Dr. Md. Rafiqul Islam"),
        ("HR team (Ms. Tania + 1 more)", "Ms. Tania"),
        ("Vesna iz računovodstva", "Vesna"),
        ("ms. cummings (section leader, tenors)", "Ms. Cummings"),
        ("Public Service Commission rep (Mr. Kaupa)", "Mr. Kaupa"),
        ("Petrus & Selma (control room)", "Petrus & Selma"),
        ("the profe of 6to (Byron?)", "Byron"),
        ("Dr. Priya Raman", "Dr. Priya Raman"),
    ],
)  # fmt: skip
def test_the_to_line_never_shows_the_notes_beside_a_name(written: str, shown: str) -> None:
    assert display_name(written) == shown


def test_an_eml_file_is_addressed_to_the_name_without_its_notes(tmp_path) -> None:
    from email import message_from_bytes, policy

    from afterword.compose.draft import Draft
    from afterword.compose.stored import StoredDraft, write_eml
    from afterword.interview.model import Interviewer

    person = Interviewer(name="Dr. Md. Rafiqul Islam (Rafiq bhai)", email="r.islam@example.org")
    draft = Draft(
        interviewer=person,
        to_name=person.name,
        to_address=person.email,
        subject="Thank you",
        body="Dear Dr. Islam,\n\nThank you.\n",
    )
    [path] = write_eml(tmp_path, [StoredDraft(1, draft)], None)
    sent = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert str(sent["To"]) == '"Dr. Md. Rafiqul Islam" <r.islam@example.org>'


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("missed", "had palu twice last rainy season, still tired sometimes, not saying that"),
        ("discussed", "plata 180000 din neto + auto, i asked 200000"),
        ("insights", "alimentacija is taken from my plata by court, she will see it on the "
                     "rešenje anyway, awkward"),
        ("insights", "tat diego is the evangelical pastor, careful w/ the mayan ceremony topic"),
        ("insights", "still in process with itaú for a treasury role, didnt say"),
        ("rapport", "she knew my wantok in the dept, he put in a word for me"),
        ("discussed", "asked about my family -> 2 wives (polygamie), told her its fine w/ "
                      "housing, not relevant"),
    ],
)  # fmt: skip
def test_what_set_34_must_never_quote(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]


@pytest.mark.parametrize("note", ["careful handling of samples", "the court interpreters roster"])
def test_words_near_a_private_remark_are_still_topics(note: str) -> None:
    assert read_note(note, "discussed").used


@pytest.mark.parametrize(
    "note",
    [
        "her son plays for the same fudbal club as my boy in zemun",
        "awa's daughter studied nursing at ENDSS like me",
    ],
)
def test_a_rapport_note_about_someone_is_a_sentence_not_a_topic(note: str) -> None:
    reading = read_note(note, "rapport")
    assert (reading.topic, reading.clause is not None) == (None, True)


def test_a_honorific_is_not_a_number_name() -> None:
    assert repair_case("nan juana weaves huipiles") == "Nan Juana weaves huipiles"
    assert repair_case("our whatsapp group") == "our WhatsApp group"


def test_a_years_note_never_puts_a_bracket_in_a_bracket() -> None:
    reading = read_note(
        "6 yrs transport ops, last 3 yrs as night controller at a copper haulier "
        "(trans-kalahari + trans-caprivi)",
        "fit",
    )
    assert reading.topic is not None and reading.topic.count("(") == 1


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("8 il corrosion eng", "8 years of corrosion engineering experience"),
        ("9 yrs banquets, last 3 as asst banquet mgr at a 5* in achrafieh",
         "9 years of banquets (the last 3 as an assistant banquet manager at a five-star hotel "
         "in Achrafieh)"),
    ],
)  # fmt: skip
def test_years_and_stars_in_shorthand_are_written_out(note: str, topic: str) -> None:
    assert read_note(note, "fit").topic == topic


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        ("want the kids to keep the k'iche' and the respect",
         "you want the kids to keep the k'iche' and the respect"),
        ("want someone to train them on brazing", "you want someone to train them on brazing"),
        ("needs someone who can start in march", "you need someone who can start in March"),
    ],
)  # fmt: skip
def test_a_wish_jotted_without_its_subject_is_theirs(note: str, clause: str) -> None:
    assert read_note(note, "discussed").clause == clause


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("hydrogen embrittlement + which steels ok for the blend trials",
         "the hydrogen embrittlement and which steels are OK for the blend trials"),
        ("medical check + security clearance 3-4 weeks",
         "the medical check and security clearance (3-4 weeks)"),
        ("delivery within 3-4 weeks", "delivery within 3-4 weeks"),
        ("needs analysis for the new site", "needs analysis for the new site"),
    ],
)  # fmt: skip
def test_a_topic_gets_the_verb_or_the_brackets_it_lacks(note: str, topic: str) -> None:
    assert read_note(note, "discussed").topic == topic


def test_a_noun_and_what_one_can_do_with_it_is_a_topic() -> None:
    reading = read_note("data you can defend in front of the health ministry", "valued")
    assert (reading.kind, reading.clause) == ("topic", None)
    assert read_note("the team can ship weekly", "valued").clause == "the team can ship weekly"
