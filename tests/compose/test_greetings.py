"""Greetings for names as people write them, in many countries and services; the reviewer agrees."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from afterword.compose import compose
from afterword.compose.checking import review_draft
from afterword.compose.greeting import greeting
from afterword.compose.picker import Picker
from afterword.config import ComposeSettings, Settings
from afterword.interview.loader import load_interview
from afterword.interview.model import Interview, Interviewer
from afterword.interview.names import HONORIFICS, bare, parse_name

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "northwind-panel.yaml"

# (name as written, extra interviewer fields, formal greeting, friendly greeting)
GREETINGS = [
    ("Priya Raman", {}, "Dear Priya Raman,", "Hi Priya,"),  # the clean control
    ("Dr. Priya Raman", {}, "Dear Dr. Raman,", "Hi Priya,"),
    ("Lic. Ana Gómez", {}, "Dear Lic. Gómez,", "Hi Ana,"),
    ("Mme Claire Dubois", {}, "Dear Mme Dubois,", "Hi Claire,"),
    ("Mlle Sophie Martin", {}, "Dear Mlle Martin,", "Hi Sophie,"),
    ("Mx. Alex Kim", {}, "Dear Mx. Kim,", "Hi Alex,"),
    ("Rev. Canon John Smith", {}, "Dear Canon Smith,", "Hi John,"),
    ("Rev. Dr. Martin Luther King Jr.", {}, "Dear Dr. King,", "Hi Martin,"),  # the doctorate
    ("Chief Adebayo Ogunlesi", {}, "Dear Chief Ogunlesi,", "Hi Adebayo,"),
    ("Capt. Sarah Connor", {}, "Dear Capt. Connor,", "Hi Sarah,"),
    ("Captain James Cook", {}, "Dear Capt. Cook,", "Hi James,"),
    ("Lt. Maria Diaz", {}, "Dear Lt. Diaz,", "Hi Maria,"),
    ("Sgt. Tom Baker", {}, "Dear Sgt. Baker,", "Hi Tom,"),
    ("Col. Anne Brown", {}, "Dear Col. Brown,", "Hi Anne,"),
    ("Gen. Colin Powell", {}, "Dear Gen. Powell,", "Hi Colin,"),
    ("Firefighter Jane Doe", {}, "Dear Jane Doe,", "Hi Jane,"),
    ("Officer Dana Cruz", {}, "Dear Officer Cruz,", "Hi Dana,"),
    ("Deaconess Mary Smith", {}, "Dear Deaconess Smith,", "Hi Mary,"),
    ("Pastor Rick Warren", {}, "Dear Pastor Warren,", "Hi Rick,"),
    ("Bishop Desmond Tutu", {}, "Dear Bishop Tutu,", "Hi Desmond,"),
    ("Fr. John Smith", {}, "Dear Fr. Smith,", "Hi John,"),
    ("Sister Mary Joseph", {}, "Dear Sister Mary,", "Hi Mary,"),
    # held-out set 5: a ward sister, a post-nominal after a comma, a Nigerian barrister
    ("Sister Margaret Doyle", {"title": "Ward Manager"}, "Dear Sister Doyle,", "Hi Margaret,"),
    ("Chief Emeka Okonkwo, SAN", {}, "Dear Chief Okonkwo,", "Hi Emeka,"),
    ("Barr. Ngozi Eze", {}, "Dear Barr. Eze,", "Hi Ngozi,"),
    ("SMITH, JOHN", {}, "Dear John Smith,", "Hi John,"),
    # held-out set 6: a priest written "Rev. Fr.", the Philippines' Ma'am, Dutch honorifics,
    # a councillor, a compound given name alone, an initial for a given name
    ("Rev. Fr. Jose Santos", {}, "Dear Fr. Santos,", "Hi Jose,"),
    ("Ma'am Grace Tan", {}, "Dear Ma'am Grace,", "Hi Grace,"),
    ("Mevr. Ingrid de Vries", {}, "Dear Ms. De Vries,", "Hi Ingrid,"),
    ("Dhr. Jan van den Berg", {}, "Dear Mr. Van den Berg,", "Hi Jan,"),
    ("Cllr. Murdo Mackenzie", {}, "Dear Councillor Mackenzie,", "Hi Murdo,"),
    ("Chef Ana Paula", {}, "Dear Chef Ana Paula,", "Hi Ana Paula,"),
    ("p. zielinski", {}, "Dear P. Zielinski,", "Dear P. Zielinski,"),
    # held-out set 7: a Thai honorific with the given name, a Kenyan accountant's title
    ("Khun Siriporn Chaiyasit", {}, "Dear Khun Siriporn,", "Hi Siriporn,"),
    ("CPA Daniel Ochieng", {}, "Dear CPA Ochieng,", "Hi Daniel,"),
    ("Imam Yusuf Ali", {}, "Dear Imam Ali,", "Hi Yusuf,"),
    ("Rabbi David Cohen", {}, "Dear Rabbi Cohen,", "Hi David,"),
    ("Sheikh Mohammed bin Rashid", {}, "Dear Sheikh Mohammed,", "Hi Mohammed,"),
    ("Judge Judy Sheindlin", {}, "Dear Judge Sheindlin,", "Hi Judy,"),
    ("Hon. Maria Lopez", {}, "Dear Hon. Lopez,", "Hi Maria,"),
    ("Chef Marco Rossi", {}, "Dear Chef Rossi,", "Hi Marco,"),
    ("Prof. Dr. Hans Müller", {}, "Dear Prof. Müller,", "Hi Hans,"),
    ("Dr.-Ing. Klaus Weber", {}, "Dear Dr.-Ing. Weber,", "Hi Klaus,"),
    ("Herr Klaus Weber", {}, "Dear Herr Weber,", "Hi Klaus,"),
    ("Frau Anna Schmidt", {}, "Dear Frau Schmidt,", "Hi Anna,"),
    ("Sr. Carlos Ruiz", {}, "Dear Sr. Ruiz,", "Hi Carlos,"),
    ("Sra. Lucía Fernández", {}, "Dear Sra. Fernández,", "Hi Lucía,"),
    ("Srta. Elena Torres", {}, "Dear Srta. Torres,", "Hi Elena,"),
    ("Ing. Pablo Ruiz", {}, "Dear Ing. Ruiz,", "Hi Pablo,"),
    ("Dott.ssa Giulia Rossi", {}, "Dear Dott.ssa Rossi,", "Hi Giulia,"),
    ("Shri Rajesh Kumar", {}, "Dear Shri Kumar,", "Hi Rajesh,"),
    ("Smt. Lakshmi Iyer", {}, "Dear Smt. Iyer,", "Hi Lakshmi,"),
    ("Ms Jane Doe", {}, "Dear Ms. Doe,", "Hi Jane,"),
    ("Mr John Smith", {}, "Dear Mr. Smith,", "Hi John,"),
    ("Mrs. Ellen Park", {}, "Dear Mrs. Park,", "Hi Ellen,"),
    ("Dame Judi Dench", {}, "Dear Dame Judi,", "Hi Judi,"),
    ("Sir Ian McKellen", {}, "Dear Sir Ian,", "Hi Ian,"),
    ("Tanaka Hiroshi", {}, "Dear Tanaka-san,", "Hi Hiroshi,"),
    ("TANAKA Hiroshi", {}, "Dear Tanaka-san,", "Hi Hiroshi,"),
    ("Hiroshi Tanaka", {}, "Dear Hiroshi Tanaka,", "Hi Hiroshi,"),
    ("Hiroshi TANAKA", {}, "Dear Hiroshi Tanaka,", "Hi Hiroshi,"),
    ("Dr. Tanaka Hiroshi", {}, "Dear Dr. Tanaka,", "Hi Hiroshi,"),
    ("Tanaka Hiroshi", {"greet_as": "Hiroshi"}, "Dear Hiroshi,", "Hi Hiroshi,"),
    ("Tanaka Hiroshi", {"greet_as": "Dr. Tanaka"}, "Dear Dr. Tanaka,", "Hi Dr. Tanaka,"),
    ("Hiroshi Tanaka", {"greet_as": "Tanaka-san"}, "Dear Tanaka-san,", "Hi Tanaka-san,"),
    ("Zhang Wei", {}, "Dear Zhang Wei,", "Hi Wei,"),
    ("Wei Zhang", {}, "Dear Wei Zhang,", "Hi Wei,"),
    ("Li Na", {}, "Dear Li Na,", "Hi Na,"),
    ("Kim Min-jun", {}, "Dear Kim Min-jun,", "Hi Min-jun,"),
    ("Kim Johnson", {}, "Dear Kim Johnson,", "Hi Kim,"),
    ("Lee Seo-yeon", {}, "Dear Lee Seo-yeon,", "Hi Seo-yeon,"),
    ("Datuk Lim Kok Wing", {}, "Dear Datuk Lim,", "Hi Kok Wing,"),
    # "Văn" marks a man, "Thị" a woman; Vietnamese address uses the given name (set 26)
    ("Nguyen Van An", {}, "Dear Mr. An,", "Hi An,"),
    ("Nguyễn Thị Lan", {}, "Dear Ms. Lan,", "Hi Lan,"),
    ("ông Phạm Văn Hùng", {}, "Dear Mr. Hùng,", "Hi Hùng,"),
    ("Ms. Phạm Ngọc Ánh", {}, "Dear Ms. Ánh,", "Hi Ánh,"),
    ("HR - chị Mai", {}, "Dear Mai,", "Hi Mai,"),
    # set 26: honorifics with the given name, names in brackets, articles and ordinals
    ("Don Patricio Muñoz", {}, "Dear Don Patricio,", "Hi Patricio,"),
    ("Don Smith", {}, "Dear Don Smith,", "Hi Don,"),
    ("si Mohamed", {}, "Dear Si Mohamed,", "Hi Mohamed,"),
    ("Eng.º Paulo Marques", {}, "Dear Eng.º Marques,", "Hi Paulo,"),
    ("Sra. D. Fernanda Lopes", {}, "Dear Sra. Lopes,", "Hi Fernanda,"),
    ("el güero (jefe de tramoya)", {}, "Dear Güero,", "Hi Güero,"),
    ("admin (Waqas)", {}, "Dear Waqas,", "Hi Waqas,"),
    ("SB committee on health (Kagawad Tess)", {}, "Dear Kagawad Tess,", "Hi Tess,"),
    ("the apprentices (Kadi & Rasmus)", {}, "Dear Kadi and Rasmus,", "Hi Kadi and Rasmus,"),
    ("QA team (Abena + Kofi)", {}, "Dear Abena and Kofi,", "Hi Abena and Kofi,"),
    ("comisión evaluadora", {}, "Dear members of the committee,", "Hi everyone,"),
    # set 27: a post-nominal degree, A/Prof, people after a dash or colon, a plural role, a
    # person and a team, a long role word before a name, an Icelandic patronymic without ð
    ("Dr. Siobhán Ní Bhriain MVB", {}, "Dear Dr. Ní Bhriain,", "Hi Siobhán,"),
    ("A/Prof Lim Boon Keng", {}, "Dear A/Prof Lim,", "Hi Boon Keng,"),
    ("rooms division - ana & josh", {}, "Dear Ana and Josh,", "Hi Ana and Josh,"),
    ("finance & compliance: sami + ola", {}, "Dear Sami and Ola,", "Hi Sami and Ola,"),
    ("ground handling supervisors (3)", {}, "Dear Ground Handling Supervisors,", "Hi everyone,"),
    (
        "Jón Páll & the IT team",
        {},
        "Dear Jón Páll and the IT team,",
        "Dear Jón Páll and the IT team,",
    ),
    ("tuotantopäällikkö Jari", {}, "Dear Jari,", "Hi Jari,"),
    ("Dr. Sigurður Einarsson", {}, "Dear Dr. Sigurður,", "Hi Sigurður,"),
    ("Nagy Péter", {}, "Dear Nagy Péter,", "Hi Péter,"),
    ("Péter Nagy", {}, "Dear Péter Nagy,", "Hi Péter,"),
    ("Suharto", {}, "Dear Suharto,", "Hi Suharto,"),
    (
        "Kessler",
        {"email": "jonas.kessler@northwind.example"},
        "Dear Jonas Kessler,",
        "Dear Jonas Kessler,",
    ),
    ("Dr. Kessler", {}, "Dear Dr. Kessler,", "Dear Dr. Kessler,"),
    # held-out set 3: an apostrophe in a family name alone, roles and terms of respect
    ("o'brien", {"email": "d.obrien@kilbride.example"}, "Dear D. O'Brien,", "Dear D. O'Brien,"),
    ("Finance team rep", {}, "Dear Finance team,", "Dear Finance team,"),
    ("HR advisor", {}, "Dear HR advisor,", "Dear HR advisor,"),
    ("Head of Science", {}, "Dear Head of Science,", "Dear Head of Science,"),
    ("Whaea Mere", {}, "Dear Whaea Mere,", "Dear Whaea Mere,"),
    # held-out set 7: the term of respect goes with the given name only; a doctorate wins
    ("Whaea Mere Tawhiri", {}, "Dear Whaea Mere,", "Dear Whaea Mere,"),
    ("Herr Dr. Klaus Becker", {}, "Dear Dr. Becker,", "Hi Klaus,"),
    # held-out set 8: a South Indian initial, Philippine and Malaysian titles, a patronymic
    ("Prof. R. Subramaniam", {}, "Dear Prof. Subramaniam,", "Hi Subramaniam,"),
    ("Atty. Ramon dela Cruz", {}, "Dear Atty. Dela Cruz,", "Hi Ramon,"),
    ("Dato' Seri Lim Chee Keong", {}, "Dear Dato' Seri Lim,", "Hi Chee Keong,"),
    ("Ir. Siti Nurhaliza binti Ahmad", {}, "Dear Ir. Siti Nurhaliza,", "Hi Siti Nurhaliza,"),
    # held-out set 9
    ("Insp. Harjit Sandhu", {}, "Dear Insp. Sandhu,", "Hi Harjit,"),
    ("Alhaji Musa Bello", {}, "Dear Alhaji Bello,", "Hi Musa,"),
    ("Lic. Fernando Garza Treviño", {}, "Dear Lic. Garza Treviño,", "Hi Fernando,"),
    ("comité de contratación", {}, "Dear members of the committee,", "Hi everyone,"),
    ("Rao Suresh", {"email": "suresh.rao@vaani.example"}, "Dear Suresh Rao,", "Hi Suresh,"),
    # held-out sets 10 and 11: a role before the name, "Ma." for María, more titles
    ("Office Manager Deb Kowalski", {}, "Dear Deb Kowalski,", "Hi Deb,"),
    ("Sr. Ma. Luisa Ramos", {}, "Dear Sr. Ramos,", "Hi Ma. Luisa,"),
    ("Pani Agnieszka Kowalska", {}, "Dear Ms. Kowalska,", "Hi Agnieszka,"),
    ("Mgr. Petra Svobodová", {}, "Dear Mgr. Svobodová,", "Hi Petra,"),
    ("Ps. Andrés Soto", {}, "Dear Ps. Soto,", "Hi Andrés,"),
    ("Er. Mohammed Farooq", {}, "Dear Er. Farooq,", "Hi Mohammed,"),
    # held-out set 12: Italian Signore; a family name first, as the address shows
    ("Sig. Marco Bellini", {}, "Dear Sig. Bellini,", "Hi Marco,"),
    ("Dr. Okello Peter", {"email": "peter.okello@ngo.example"}, "Dear Dr. Okello,", "Hi Peter,"),
    ("Sra. María José Ruiz Ortega", {}, "Dear Sra. Ruiz Ortega,", "Hi María José,"),
    (
        "Hon. Patricia Alvarado",
        {"title": "Presiding Judge"},
        "Dear Judge Alvarado,",
        "Hi Patricia,",
    ),
    ("Mr. Smith", {}, "Dear Mr. Smith,", "Dear Mr. Smith,"),
    ("Kessler", {"greet_as": "Ms. Kessler"}, "Dear Ms. Kessler,", "Hi Ms. Kessler,"),
    ("raj patel", {}, "Dear Raj Patel,", "Hi Raj,"),
    ("raj Patel", {}, "Dear Raj Patel,", "Hi Raj,"),
    # held-out set 14: a title, kin term or role typed before the name is not the name
    ("avdelingsleder Ingrid Solberg", {}, "Dear Ingrid Solberg,", "Hi Ingrid,"),
    ("anh Hùng", {}, "Dear Hùng,", "Hi Hùng,"),
    ("Bi. Rehema Said", {}, "Dear Bi. Rehema,", "Hi Rehema,"),  # Bi. goes with the given name
    # held-out set 16: titles of a coach, a ship's captain, Slovene and Ghanaian forms, a board
    ("Ga. Petra Novak", {}, "Dear Ms. Novak,", "Hi Petra,"),
    ("Kap. Tomislav Horvat", {}, "Dear Capt. Horvat,", "Hi Tomislav,"),
    ("Coach Ramon Villanueva", {}, "Dear Coach Villanueva,", "Hi Ramon,"),
    ("Auntie Efua Mensah", {}, "Dear Auntie Efua,", "Hi Efua,"),
    ("rrhh - Lucía", {}, "Dear Lucía,", "Hi Lucía,"),
    ("Board of Management", {}, "Dear members of the Board of Management,", "Hi everyone,"),
    # held-out set 17: Ethiopian and Bruneian titles with the given name, Slovak ranks
    ("Ato Dawit Bekele", {}, "Dear Ato Dawit,", "Hi Dawit,"),
    ("Dayang Siti Rahmah", {}, "Dear Dayang Siti,", "Hi Siti,"),
    ("W/ro Selamawit Alemu", {}, "Dear W/ro Selamawit,", "Hi Selamawit,"),  # as "Ato Girma"
    ("npor. Ján Baláž", {}, "Dear Lt. Baláž,", "Hi Ján,"),
    ("plk. JUDr. Marek Novák", {}, "Dear Dr. Novák,", "Hi Marek,"),
    (
        "Sister Marie-Claire Dubois",
        {"title": "Chaplain"},
        "Dear Sister Marie-Claire,",
        "Hi Marie-Claire,",
    ),
    ("κ. Eleni Kosta", {}, "Dear Eleni Kosta,", "Hi Eleni,"),
    ("Maestro Julián Ríos", {}, "Dear Maestro Ríos,", "Hi Julián,"),
    ("Doña Carmen Ríos", {}, "Dear Doña Carmen,", "Hi Carmen,"),
    ("Mr. W.M. Bandara", {}, "Dear Mr. Bandara,", "Dear Mr. Bandara,"),
    # an Icelandic patronymic is not a family name
    ("Dr. Sigríður Björnsdóttir", {}, "Dear Dr. Sigríður,", "Hi Sigríður,"),
    ("Erik Andersson", {}, "Dear Erik Andersson,", "Hi Erik,"),
    # held-out set 15
    ("Encik Faizal bin Ahmad", {}, "Dear Encik Faizal,", "Hi Faizal,"),
    ("Dr. Omar Bani Hani", {}, "Dear Dr. Bani Hani,", "Hi Omar,"),
    ("Dna. Ioana Popescu", {}, "Dear Ioana Popescu,", "Hi Ioana,"),
    ("HR – Miss Tamika Brown", {}, "Dear Miss Brown,", "Hi Tamika,"),
    ("RAJ PATEL", {}, "Dear Raj Patel,", "Hi Raj,"),
    ("ronald mcdonald", {}, "Dear Ronald McDonald,", "Hi Ronald,"),
    ("sean o'brien", {}, "Dear Sean O'Brien,", "Hi Sean,"),
    ("maria de la cruz", {}, "Dear Maria de la Cruz,", "Hi Maria,"),
    ("anna-lena van der berg", {}, "Dear Anna-Lena van der Berg,", "Hi Anna-Lena,"),
    ("José Álvarez", {}, "Dear José Álvarez,", "Hi José,"),
    ("Ngozi Okonjo-Iweala", {}, "Dear Ngozi Okonjo-Iweala,", "Hi Ngozi,"),
    ("Mohammed bin Salman", {}, "Dear Mohammed bin Salman,", "Hi Mohammed,"),
    ("Amadou Ba", {}, "Dear Amadou Ba,", "Hi Amadou,"),
    ("Dean Smith", {}, "Dear Dean Smith,", "Hi Dean,"),
    ("Okafor, Sam", {}, "Dear Sam Okafor,", "Hi Sam,"),
    ("Kumar, Rajesh (he/him)", {}, "Dear Rajesh Kumar,", "Hi Rajesh,"),
    ("student panel", {}, "Dear members of the student panel,", "Hi everyone,"),
    ("Hiring Committee", {}, "Dear members of the hiring committee,", "Hi everyone,"),
    ("the panel", {}, "Dear members of the panel,", "Hi everyone,"),
    ("Northwind Hiring Team", {}, "Dear members of the Northwind hiring team,", "Hi everyone,"),
    ("HR Team", {}, "Dear members of the HR team,", "Hi everyone,"),
    ("STUDENT PANEL", {}, "Dear members of the student panel,", "Hi everyone,"),
    ("Ms. Tan Mei Ling", {}, "Dear Ms. Tan,", "Hi Mei Ling,"),
    ("Wong Ka Ho", {}, "Dear Wong Ka Ho,", "Hi Ka Ho,"),
    ("Eng. Youssef Hassan", {}, "Dear Eng. Hassan,", "Hi Youssef,"),
    ("Engr. Jose Cruz", {}, "Dear Engr. Cruz,", "Hi Jose,"),
    ("Dra. Itzel Ramírez", {}, "Dear Dra. Ramírez,", "Hi Itzel,"),
    ("Arq. Ana Torres", {}, "Dear Arq. Torres,", "Hi Ana,"),
    ("Mtro. Jorge Díaz", {}, "Dear Mtro. Díaz,", "Hi Jorge,"),
    ("Mtra. Rosa Vega", {}, "Dear Mtra. Vega,", "Hi Rosa,"),
    ("Dipl.-Ing. Jan Novak", {}, "Dear Dipl.-Ing. Novak,", "Hi Jan,"),
    ("Mag. Eva Huber", {}, "Dear Mag. Huber,", "Hi Eva,"),
    ("Dott. Luca Bianchi", {}, "Dear Dott. Bianchi,", "Hi Luca,"),
    ("Avv. Marco Conti", {}, "Dear Avv. Conti,", "Hi Marco,"),
    ("Me Pierre Durand", {}, "Dear Me Durand,", "Hi Pierre,"),
    ("Ana Lucía Ferreira", {}, "Dear Ana Lucía Ferreira,", "Hi Ana Lucía,"),
    ("María José Ortega", {}, "Dear María José Ortega,", "Hi María José,"),
    ("José Luis Pérez", {}, "Dear José Luis Pérez,", "Hi José Luis,"),
    ("Juan Pablo Ortiz Gómez", {}, "Dear Juan Pablo Ortiz Gómez,", "Hi Juan Pablo,"),
    ("Maria Clara Souza", {}, "Dear Maria Clara Souza,", "Hi Maria Clara,"),
    ("Ing. José Luis Pérez", {}, "Dear Ing. Pérez,", "Hi José Luis,"),
    ("Juan Castro Ortiz", {}, "Dear Juan Castro Ortiz,", "Hi Juan,"),
    # after set 29: a judge's style, a style before an office, family names listed first
    ("Her Ladyship Akua Mensah", {}, "Dear Justice Mensah,", "Hi Akua,"),
    ("Her Ladyship Justice Akua Mensah", {}, "Dear Justice Mensah,", "Hi Akua,"),
    ("Hon. Justice Kwame Boateng", {}, "Dear Justice Boateng,", "Hi Kwame,"),
    ("His Excellency Ambassador John Doe", {}, "Dear Ambassador Doe,", "Hi John,"),
    ("Procházková Jana", {}, "Dear Jana Procházková,", "Hi Jana,"),
    ("Mensah Kofi", {}, "Dear Kofi Mensah,", "Hi Kofi,"),
    ("Kofi Mensah", {}, "Dear Kofi Mensah,", "Hi Kofi,"),
]
IDS = [f"{name}{'/' + '/'.join(extra.values()) if extra else ''}" for name, extra, *_ in GREETINGS]


def _greet(example: Interview, person: Interviewer, formality: str) -> str:
    """Return the greeting line, with the opener the picker chose made "Hi"."""
    return greeting(person, formality, Picker(example, 0, 0)).replace("Hello ", "Hi ", 1)


@pytest.mark.parametrize(("name", "extra", "formal", "friendly"), GREETINGS, ids=IDS)
def test_greeting(example, name, extra, formal, friendly) -> None:
    person = Interviewer(name=name, **extra)
    assert (_greet(example, person, "formal"), _greet(example, person, "friendly")) == (
        formal,
        friendly,
    )


def _panel_with(example: Interview, **fields: str | None) -> Interview:
    """The example interview with its first interviewer renamed."""
    first = example.interviewers[0].model_copy(update=fields)
    return example.model_copy(update={"interviewers": [first, *example.interviewers[1:]]})


def _name_findings(interview: Interview, formality: str, now, any_error: bool = True) -> list[str]:
    """Return what AW201 and AW202 say about the first interviewer's thank-you, and any error."""
    chosen = Settings(compose=ComposeSettings(formality=formality))
    draft = compose(interview, interview.interviewers[0], settings=chosen, now=now)
    findings = review_draft(draft, interview, chosen).findings
    return [
        f"{f.rule}: {f.message}"
        for f in findings
        if f.rule in ("AW201", "AW202") or (any_error and f.severity == "error")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "extra", "formal", "friendly"), GREETINGS, ids=IDS)
def test_the_reviewer_accepts_the_greeting(example, now, name, extra, formal, friendly) -> None:
    interview = _panel_with(example, name=name, greet_as=extra.get("greet_as"))
    assert _name_findings(interview, "formal", now) == []
    assert _name_findings(interview, "friendly", now) == []


def test_greet_as_wins_and_a_blank_one_is_no_greet_as(example) -> None:
    person = Interviewer(name="Tanaka Hiroshi", greet_as="Hiroshi")
    assert _greet(example, person, "auto") == "Hi Hiroshi,"
    assert Interviewer(name="Tanaka Hiroshi", greet_as="  ").greet_as is None


_PICKER = Picker(load_interview(EXAMPLE), 0, 0)
WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzéøñ"), min_size=2, max_size=9)
TITLE = st.sampled_from(sorted(HONORIFICS)).flatmap(
    lambda t: st.sampled_from([t, t.capitalize(), t.capitalize() + ".", t.upper()])
)


@st.composite
def written_names(draw: st.DrawFn) -> str:
    """A name as someone might type it: titles, two or three words, any case, a suffix."""
    words = [
        w.capitalize() if draw(st.booleans()) else w
        for w in draw(st.lists(WORD, min_size=1, max_size=3))
    ]
    titles = draw(st.lists(TITLE, max_size=2))
    suffix = draw(st.sampled_from(["", " Jr.", ", PhD", " III"]))
    text = " ".join([*titles, *words]) + suffix
    return text.upper() if draw(st.booleans()) and len(text) < 20 else text


@given(st.text(min_size=1, max_size=80))
def test_any_text_gives_a_greeting(text: str) -> None:
    try:
        person = Interviewer(name=text)
    except ValidationError:  # refused by the record (blank, control characters, "=?")
        return
    line = greeting(person, "friendly", _PICKER)
    assert line.endswith(",") and line.split()[0] in ("Hi", "Hello", "Dear")


@given(written_names())
def test_no_honorific_is_greeted_as_a_first_name(text: str) -> None:
    person = Interviewer(name=text)
    line = greeting(person, "friendly", _PICKER)
    opener, _, named = line.rstrip(",").partition(" ")
    if opener in ("Hi", "Hello") and len(text.split()) > 1:  # a lone "Sn" may be a name
        # nameparser's titles hold ordinary words too ("model", "king"); the forms of address
        # the composer writes must never open a friendly greeting.
        assert bare(named.split()[0]) not in HONORIFICS, (text, line)


@pytest.mark.slow
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=written_names(), formality=st.sampled_from(["formal", "friendly", "auto"]))
def test_drafts_for_any_written_name_pass_aw201_and_aw202(example, now, name, formality) -> None:
    # Made-up names may trip other rules ("Aa Aa" is a repeated word); the greeting's must pass.
    # Known gap: a name read as a title alone ("ADM AE": AE taken for post-nominal letters) is
    # greeted as written, and the reviewer does not yet know "AE" as the recipient's name.
    assume(parse_name(name).last or bare(parse_name(name).first or "") not in HONORIFICS)
    assert _name_findings(_panel_with(example, name=name), formality, now, any_error=False) == []


@pytest.mark.parametrize("written", sorted(set(HONORIFICS.values())))
def test_the_reviewer_reads_every_honorific_the_composer_writes_as_one(written: str) -> None:
    from afterword.review.rules.text import names_in

    assert [m.group() for m in names_in(f"Dear {written} Raman,")] == ["Dear", "Raman"]


def test_greet_as_is_stored_shown_and_exported(tmp_path: Path) -> None:
    import yaml
    from typer.testing import CliRunner

    from afterword.cli.app import build_app

    record = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    record["interviewers"][0].update(name="Tanaka Hiroshi", greet_as="Tanaka-sensei")
    (file := tmp_path / "interview.yaml").write_text(yaml.safe_dump(record), encoding="utf-8")
    db = ["--db", str(tmp_path / "a.sqlite3")]
    assert CliRunner().invoke(build_app(), ["add", str(file), *db]).exit_code == 0
    shown = CliRunner().invoke(build_app(), ["show", "1", *db]).stdout
    assert "greet as: Tanaka-sensei" in shown
    exported = CliRunner().invoke(build_app(), ["export", "1", *db]).stdout
    assert yaml.safe_load(exported)["interviewers"][0]["greet_as"] == "Tanaka-sensei"
    drafted = CliRunner().invoke(build_app(), ["draft", "1", *db]).stdout
    assert "Dear Tanaka-sensei," in drafted and "AW201" not in drafted and "AW202" not in drafted


# (greeting as written to Eng. Youssef Hassan, what AW201 and AW202 say, the fixes offered)
HONORIFIC_GREETINGS = [
    ("Dear Eng. Hassan,", [], []),  # the clean control
    ("Hi Youssef,", [], []),
    ("Hi Eng.,", ["AW201"], ["Dear Eng. Hassan,", "Hi Youssef,"]),
    ("Dear Eng. Hasan,", ["AW202"], ["Hassan"]),
]


@pytest.mark.parametrize(("line", "rules", "fixes"), HONORIFIC_GREETINGS)
def test_the_reviewer_never_takes_an_honorific_for_a_name(example, line, rules, fixes) -> None:
    from afterword.review.context import ReviewContext
    from afterword.review.engine import review_text

    interview = _panel_with(example, name="Eng. Youssef Hassan")
    context = ReviewContext(
        interview=interview, recipient=interview.interviewers[0], kind="thank-you"
    )
    text = f"{line}\n\nThank you for the conversation about streaming.\n\nBest,\nJordan Lee"
    found = [f for f in review_text(text, context=context).findings if f.rule in ("AW201", "AW202")]
    assert [f.rule for f in found] == rules
    assert [r for f in found for r in f.replacements] == fixes
