"""Names split into honorific, first and last, so greetings read right."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterword.interview.names import parse_name

# (as written, honorific, first, last, formal greeting, informal greeting)
NAMES = [
    ("Priya Raman", None, "Priya", "Raman", "Priya Raman", "Priya"),  # the clean control
    ("Dr. Priya Raman", "Dr.", "Priya", "Raman", "Dr. Raman", "Priya"),
    ("Dr Priya Raman", "Dr.", "Priya", "Raman", "Dr. Raman", "Priya"),
    ("Doctor Priya Raman", "Dr.", "Priya", "Raman", "Dr. Raman", "Priya"),
    ("José Álvarez", None, "José", "Álvarez", "José Álvarez", "José"),
    ("Mary-Kate O'Neil", None, "Mary-Kate", "O'Neil", "Mary-Kate O'Neil", "Mary-Kate"),
    ("Ms. Mary-Kate O'Neil", "Ms.", "Mary-Kate", "O'Neil", "Ms. O'Neil", "Mary-Kate"),
    ("Prof. Alan Reid", "Prof.", "Alan", "Reid", "Prof. Reid", "Alan"),
    ("Professor Alan Reid", "Prof.", "Alan", "Reid", "Prof. Reid", "Alan"),
    ("Suharto", None, "Suharto", None, "Suharto", "Suharto"),
    ("Dr. Suharto", "Dr.", None, "Suharto", "Dr. Suharto", "Suharto"),
    ("Ludwig van Beethoven", None, "Ludwig", "van Beethoven", "Ludwig van Beethoven", "Ludwig"),
    ("Dr. Ludwig van Beethoven", "Dr.", "Ludwig", "van Beethoven", "Dr. van Beethoven", "Ludwig"),
    (
        "Anna-Lena van der Berg",
        None,
        "Anna-Lena",
        "van der Berg",
        "Anna-Lena van der Berg",
        "Anna-Lena",
    ),
    ("Maria de la Cruz", None, "Maria", "de la Cruz", "Maria de la Cruz", "Maria"),
    ("Mohammed bin Salman", None, "Mohammed", "bin Salman", "Mohammed bin Salman", "Mohammed"),
    ("Martin Luther King Jr.", None, "Martin", "King", "Martin Luther King", "Martin"),
    ("Rev. Dr. Martin Luther King Jr.", "Dr.", "Martin", "King", "Dr. King", "Martin"),
    ("Prof. Dr. Hans Müller", "Prof.", "Hans", "Müller", "Prof. Müller", "Hans"),
    ("Sam Okafor, PhD", None, "Sam", "Okafor", "Sam Okafor", "Sam"),
    ("Dr. Mei-Ling O'Brien, PhD", "Dr.", "Mei-Ling", "O'Brien", "Dr. O'Brien", "Mei-Ling"),
    ("Jean-Luc Picard III", None, "Jean-Luc", "Picard", "Jean-Luc Picard", "Jean-Luc"),
    ("Jane Doe MBA", None, "Jane", "Doe", "Jane Doe", "Jane"),
    ("Mx. Alex Kim", "Mx.", "Alex", "Kim", "Mx. Kim", "Alex"),
    ("Mr. Smith", "Mr.", None, "Smith", "Mr. Smith", "Smith"),
    ("Sir Ian McKellen", "Sir", "Ian", "McKellen", "Sir Ian", "Ian"),
    ("Dame Judi Dench", "Dame", "Judi", "Dench", "Dame Judi", "Judi"),
    ("Okafor, Sam", None, "Sam", "Okafor", "Sam Okafor", "Sam"),
    ("de la Cruz, Maria", None, "Maria", "de la Cruz", "Maria de la Cruz", "Maria"),
    ("Priya Raman (she/her)", None, "Priya", "Raman", "Priya Raman", "Priya"),
    ("  Priya\t  Raman ", None, "Priya", "Raman", "Priya Raman", "Priya"),
    ("Ngozi Okonjo-Iweala", None, "Ngozi", "Okonjo-Iweala", "Ngozi Okonjo-Iweala", "Ngozi"),
    ("Dr. van Beethoven", "Dr.", None, "van Beethoven", "Dr. van Beethoven", "van Beethoven"),
    ("Dr.", None, "Dr.", None, "Dr.", "Dr."),  # a lone honorific is kept as written
    ("Eng. Youssef Hassan", "Eng.", "Youssef", "Hassan", "Eng. Hassan", "Youssef"),
    ("Dra. Itzel Ramírez", "Dra.", "Itzel", "Ramírez", "Dra. Ramírez", "Itzel"),
    ("Me Pierre Durand", "Me", "Pierre", "Durand", "Me Durand", "Pierre"),
    ("Ana Lucía Ferreira", None, "Ana Lucía", "Ferreira", "Ana Lucía Ferreira", "Ana Lucía"),
    ("Ana Lucia Ferreira", None, "Ana Lucia", "Ferreira", "Ana Lucia Ferreira", "Ana Lucia"),
    (
        "María del Carmen Ruiz",
        None,
        "María del Carmen",
        "Ruiz",
        "María del Carmen Ruiz",
        "María del Carmen",
    ),
    ("Juan Pablo", None, "Juan", "Pablo", "Juan Pablo", "Juan"),  # two words: given and family
]


@pytest.mark.parametrize("case", NAMES, ids=[n[0].strip() for n in NAMES])
def test_parse_name(case: tuple) -> None:
    text, honorific, first, last, formal, informal = case
    name = parse_name(text)
    assert (name.honorific, name.first, name.last) == (honorific, first, last)
    assert (name.formal, name.informal) == (formal, informal)


def test_plain_keeps_middle_names_and_drops_honorifics_and_suffixes() -> None:
    assert parse_name("Rev. Dr. Martin Luther King Jr.").plain == "Martin Luther King"
    assert parse_name("Juan Carlos de la Fuente").plain == "Juan Carlos de la Fuente"
    assert parse_name("Dr. Priya Raman").tokens == ["Priya", "Raman"]


@given(st.text(max_size=80))
def test_any_text_gives_a_usable_name(text: str) -> None:
    name = parse_name(text)
    assert isinstance(name.formal, str) and isinstance(name.informal, str)
    assert name.full == " ".join(text.split())
    if text.strip():
        assert name.informal.strip()


# (as written, first, last, the name as written with case repaired, family name first, group)
READINGS = [
    ("Priya Raman", "Priya", "Raman", "Priya Raman", False, None),  # the clean control
    ("Tanaka Hiroshi", "Hiroshi", "Tanaka", "Tanaka Hiroshi", True, None),
    ("TANAKA Hiroshi", "Hiroshi", "Tanaka", "Tanaka Hiroshi", True, None),
    ("Hiroshi TANAKA", "Hiroshi", "Tanaka", "Hiroshi Tanaka", False, None),
    ("Zhang Wei", "Wei", "Zhang", "Zhang Wei", True, None),
    ("Wei Zhang", "Wei", "Zhang", "Wei Zhang", False, None),
    ("Kim Min-jun", "Min-jun", "Kim", "Kim Min-jun", True, None),
    ("Kim Johnson", "Kim", "Johnson", "Kim Johnson", False, None),
    ("Nguyen Van An", "An", "Nguyen", "Nguyen Van An", True, None),
    ("Kovács Anna Mária", "Anna", "Kovács", "Kovács Anna Mária", True, None),
    ("raj patel", "Raj", "Patel", "Raj Patel", False, None),
    ("ronald mcdonald", "Ronald", "McDonald", "Ronald McDonald", False, None),
    ("SEAN O'BRIEN", "Sean", "O'Brien", "Sean O'Brien", False, None),
    ("maria de la cruz", "Maria", "de la Cruz", "Maria de la Cruz", False, None),
    ("Firefighter Jane Doe", "Jane", "Doe", "Jane Doe", False, None),
    ("King Smith", "King", "Smith", "King Smith", False, None),  # a title only before a full name
    ("Amadou Ba", "Amadou", "Ba", "Amadou Ba", False, None),  # "Ba" is no suffix here
    ("student panel", None, None, "student panel", False, "student panel"),
    ("The Hiring Committee", None, None, "hiring committee", False, "hiring committee"),
]


@pytest.mark.parametrize("case", READINGS, ids=[r[0] for r in READINGS])
def test_reading_names_as_people_write_them(case: tuple) -> None:
    text, first, last, plain, family_first, group = case
    name = parse_name(text)
    assert (name.first, name.last, name.plain) == (first, last, plain)
    assert (name.family_first, name.group) == (family_first, group)
