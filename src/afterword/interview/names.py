"""Split a person's name into honorific, first and last, so drafts can greet them properly.

Titles, particles and suffixes are nameparser's, extended in ``name_data``; a name typed all in
lower or upper case is repaired the way nameparser capitalizes ("raj patel" -> "Raj Patel").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from nameparser import HumanName
from nameparser.config import Constants

from afterword.interview.name_data import (
    ADDRESS,
    AKAN_DAY_NAMES,
    BALINESE_BIRTH_ORDER,
    BALINESE_PREFIXES,
    COMPOUND_GIVEN_NAMES,
    COURTESY_BY_CULTURE,
    COURTESY_SUFFIXES,
    EXTRA_TITLES,
    FAMILY_FIRST,
    FAMILY_FIRST_IF_HYPHENATED,
    GROUP_HEADS,
    GROUP_HEADS_FIRST,
    GROUP_WORDS,
    IN_ENGLISH,
    OFFICES,
    PATRONYMIC,
)

# Our own copy of nameparser's constants, so extending them leaves the library's alone.
CONSTANTS = Constants()
CONSTANTS.titles.add(*EXTRA_TITLES)
CONSTANTS.suffix_acronyms.add("mvb", "mrcvs", "bvsc", "bvms", "dvm")  # veterinary degrees
CONSTANTS.prefixes.add("bani", "beni", "abou", "abi", "abu", "bou")  # "Nayla Abi Khalil"
CONSTANTS.suffix_not_acronyms.add("ml", "st")  # Czech "ml.", "st.": the younger, the elder

# Honorifics as people write them, mapped onto the form a greeting uses.
HONORIFICS: dict[str, str] = ADDRESS

# Honorifics that go with the given name: "Sir Ian", "Dame Judi", never "Sir McKellen".
# nameparser counts "Father" among them, but letters greet "Dear Fr. Smith".
WITH_FIRST_NAME = frozenset(
    ADDRESS[t] for t in CONSTANTS.first_name_titles if t in ADDRESS and ADDRESS[t] != "Fr."
) | {
    "Ma'am",
    "Khun",
    "Doña",
    "Auntie",
    "Uncle",
    "Bi.",
    "Ato",
    "Dayang",
    "Awang",
    "Ustoz",
    "Varpet",
    "Ibu",
    "Bapak",
    "W/ro",
    "W/t",
    "Si",
    "Don",
    "Kagawad",
    "Madam",
    "Lalla",
    "Maâlem",
    "Ratu",
    "Elder",
    "Batono",
    "Kalbatono",
    "Afioga",
    "Susuga",
    "Jero",
    "Jero Mangku",
    "Mangku",
    "Tat",
    "Oom",
    "Tannie",
    "Mama",
    "Sister",
    "Tanti",
}

_FAMILY_RANK = {name: (culture, rank) for culture, names in FAMILY_FIRST.items()
                for rank, name in reversed(list(enumerate(names)))}  # fmt: skip


@dataclass(frozen=True)
class PersonName:
    """A name as written, and its parts."""

    full: str
    honorific: str | None
    first: str | None
    last: str | None
    middle: str | None = None
    written: tuple[str, ...] = ()  # the name's words in the order written, case repaired
    family_first: bool = False
    courtesy: str | None = None  # "san" for "Tanaka-san"
    given_formally: bool = False  # "Ms. Phạm Ngọc Ánh" is "Dear Ms. Ánh"
    group: str | None = None  # "student panel" when a group, not a person, is greeted
    address: str | None = None  # "Yerlan Serikovich": the given name and patronymic

    @property
    def formal(self) -> str:
        """Name for a formal greeting: "Dr. Raman", "Tanaka-san" or the full name."""
        if self.group:
            # "comisión evaluadora": a group named in another language, greeted in English
            head = IN_ENGLISH.get(bare(self.group.split()[0]))
            if _plural_role(self.group.split()[-1]):  # "Dear Ground Handling Supervisors,"
                return " ".join(w[:1].upper() + w[1:] for w in self.group.split())
            return f"members of the {head or self.group}"
        if self.address and not self.honorific:
            return self.address
        if (self.honorific in WITH_FIRST_NAME or self.given_formally) and self.first:
            return f"{self.honorific} {self.first}"
        if self.honorific and (self.last or self.first):
            # "Prof. R. Subramaniam": the initial is the father's; greet with the name
            last = self.last if self.last and len(bare(self.last)) > 1 else None
            return f"{self.honorific} {last or self.first or self.last}"
        if self.courtesy and self.last:
            return f"{self.last}-{self.courtesy}"
        return self.plain

    @property
    def informal(self) -> str:
        """Name for a friendly greeting: the first name, or the only name there is."""
        if self.group:
            return "everyone"
        if self.courtesy and self.last and not self.first:
            return f"{self.last}-{self.courtesy}"  # "Suzuki-san", never "Suzuki" alone
        return self.first or self.last or self.full

    @property
    def plain(self) -> str:
        """The name without honorific or suffix."""
        if self.written:
            return " ".join(self.written)
        parts = [p for p in (self.first, self.middle, self.last) if p]
        return " ".join(parts) if parts else self.full

    @property
    def tokens(self) -> list[str]:
        """Every word of the name, for matching against text."""
        return [t for t in re.split(r"[\s]+", self.plain) if t]


def bare(word: str) -> str:
    """Return a word as the data lists it: lower case, without a final period or comma."""
    return word.rstrip(".,").lower()


def without_courtesy(word: str) -> str:
    """Drop a courtesy suffix: "Tanaka-san" -> "Tanaka"."""
    stem, dash, suffix = word.rpartition("-")
    return stem if dash and stem and suffix.lower() in COURTESY_SUFFIXES else word


def _tidy(text: str) -> str:
    """Drop pronouns or notes in brackets and turn "Okafor, Sam" into "Sam Okafor"."""
    text = re.sub(r"\?(?=\s*\))", "", OTHERS.sub("", text))  # "(Byron?)", "(Ms. Tania + 1 more)"
    amid = re.match(r"^([^()]{1,12}?)\s*\((\w+\.? [^()]+)\)\s*[+&].*$", text.strip())
    if amid and bare(amid.group(2).split()[0]) in ADDRESS and not amid.group(1)[1:].islower():
        text = amid.group(2)  # "HR (Ms. Rita) + Mr. Karam's assistant": the person named
    # "Vesna iz računovodstva": Vesna from accounting, a note of where she works
    text = re.sub(
        r"^([A-ZÀ-Ý][^\W\d_]+)\s+(?:iz|od|from|z|ze|aus|de la|du)\s+[a-zà-ÿ]\w*$", r"\1", text
    )
    # "el profe Nelson": an article and a role typed small before the name
    text = re.sub(r"^(?:el|la|le|the)\s+[a-zà-ÿ]+\s+(?=[A-ZÀ-Ý][^\W\d_]+$)", "", text.strip())
    # "el güero (jefe de tramoya)": an article before a nickname is not a name
    text = re.sub(r"^(?i:el|la|the)\s+(?=\w+(?:\s*\(|$))", "", text.strip())
    inside = re.fullmatch(r"([^()]{1,30}?)\s*\(([^()]+)\)", text.strip())
    if inside and not re.search(r"[A-Za-z]", inside.group(1)) and re.search(r"[A-Za-z]", inside[2]):
        text = inside.group(2)  # "佐藤 健 (Sato Ken)": the name in letters a greeting can use
    elif (
        inside
        and inside.group(2).split()
        and (bare(inside.group(2).split()[0]) in ADDRESS or inside.group(2).startswith("M. "))
    ):
        text = inside.group(2)  # "HR (Ms. Jung)": the person is in the brackets
    elif (
        inside
        and re.fullmatch(
            r"[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+)?(?:-(?:san|sama|sensei))?",
            inside.group(2),
        )
        and not inside.group(2).isupper()  # "HR panel (PSC)": the body it belongs to
        and (
            inside.group(1).isupper()
            or inside.group(1).islower()  # "admin (Waqas)": a role typed, then the person
            or re.search(
                r"(?i)\b(?:dept|department|team|office|desk|panel|recursos humanos|"
                r"human resources|personnel)\.?$",
                inside.group(1),
            )
        )
    ):
        text = inside.group(2)  # "RRHH (Carolina)", "HR dept (Gulnara)": the person, by name
    if re.search(r"[A-Za-z]", text):  # "Lee Seo-yeon 팀장": a title in another script, after
        text = " ".join(w for w in text.split() if not CJK_WORD.fullmatch(w))
    text = " ".join(re.sub(r"\s*[(\[][^)\]]*[)\]]", " ", text).split())
    role, dash, named = text.partition(" – " if " – " in text else " - ")
    if (
        dash
        and len(role.split()) <= 3
        and (2 <= len(named.split()) <= 4 or (len(named.split()) == 1 and named[:1].isupper()))
        and (role.isupper() or role.islower() or bare(named.split()[0]) in ADDRESS)
    ):
        text = named  # "HR – Miss Tamika Brown": the department, then the person
    last, comma, rest = text.partition(",")
    given = rest.strip()
    if (
        comma
        and given
        and "," not in given
        and len(given.split()) <= 3
        and not _post_nominals(last, given.split())
        and not re.fullmatch(r"(?:[A-Za-z]{1,4}\.){2,4}", given.replace(" ", ""))  # "Ph.D."
    ):
        family = last.split()
        if len(family) > 1 and _is_title(family[0], len(family) - 1):
            # "Lic. Mamani Quispe, Rosa": the title goes before the whole name
            return f"{family[0]} {given} {' '.join(family[1:])}"
        return f"{given} {last.strip()}"
    return text


# "+ 1 more", "+ dem", "& co.": others the note does not name, never a name of their own.
OTHERS = re.compile(r"(?i)\s*[+&]\s*(?:\d+(?:\s+(?:more|others?|ppl|people))?|dem|others|co\.?|"
                    r"etc\.?|the rest)(?=\s*\)|$)")  # fmt: skip

# A word written in Hangul, kana or Chinese characters: "팀장", "部長".
CJK_WORD = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7af]+")


def _is_title(word: str, names_after: int) -> bool:
    """Whether a leading word is a title: an honorific, or a rank before a full name."""
    if bare(word) in ADDRESS:
        return names_after >= 1
    # Titles nameparser knows that are not honorifics ("Firefighter", "King") need a full name
    # after them, so "King Smith" stays a person called King.
    return bare(word) in CONSTANTS.titles and names_after >= 2


# A style of address ("Her Ladyship", "His Excellency"): how one speaks of the person, never a
# name. A judge styled "Her Ladyship" or "His Lordship" is greeted as Justice.
STYLE = re.compile(
    r"(?i)(?:her|his|your|their)$|(?:lady|lord)ship$|excellency$|hono(?:u)?r$|worship$|grace$|"
    r"eminence$|holiness$|highness$"
)


def _without_style(words: list[str]) -> list[str]:
    """ "Her Ladyship Akua Mensah" is Justice Akua Mensah; "His Excellency ..." drops its style."""
    if len(words) > 2 and words[0].replace(".", "") in ("HW", "HE"):
        return words[1:]  # "HW Okello James": His Worship, a magistrate's style, not a name
    if len(words) < 3 or not re.fullmatch(r"(?i)her|his|your|their", words[0]):
        return words
    if not STYLE.match(bare(words[1])):
        return words
    rest = words[3:] if words[2].lower() == "the" else words[2:]  # "His Worship the Mayor"
    judge = re.fullmatch(r"(?i)(?:lady|lord)ship", bare(words[1]))
    if judge and not (rest and _is_title(rest[0], len(rest) - 1)):
        return ["Justice", *rest]
    return rest


INDONESIAN = frozenset(["ibu", "bu", "bapak", "pak", "hj", "hajjah", "haji"])


def _split_titles(words: list[str]) -> tuple[list[str], list[str]]:
    """Take every leading title ("Prof. Dr.", "Rev. Canon", "Firefighter")."""
    titles: list[str] = []
    while words and _is_title(words[0], len(words) - 1):
        if bare(words[0]) == "sri" and any(bare(t) in INDONESIAN for t in titles):
            break  # "Ibu Hj. Sri Wahyuni": Sri is her given name, as often in Java
        titles.append(words[0])
        words = words[1:]
        if bare(titles[-1]) == "jero" and len(words) > 1 and bare(words[0]) == "mangku":
            titles[-1] = f"{titles[-1]} {words[0]}"  # "Jero Mangku": one title
            words = words[1:]
        if titles and bare(titles[-1]) in MALAY_RANKS and words and bare(words[0]) in SERI:
            titles[-1] = f"{titles[-1]} {words[0]}"  # "Dato' Seri": one title
            words = words[1:]
    return titles, words


def _patronyms(titles: list[str]) -> tuple[str, ...]:
    """ "binti" always; "bin" after a Malay title ("Encik Faizal bin Ahmad" is Encik Faizal),
    where an Arabic name keeps it as its family name ("Mohammed bin Salman")."""
    malay = any(bare(t).split()[0] in MALAY_TITLES for t in titles)
    # "Ravi a/l Subramaniam": anak lelaki, "son of"; a/p, "daughter of" (Malaysian Indians)
    marks = ("binti", "bte", "bt", "a/l", "a/p")
    return (*marks, "bin") if malay else marks


MALAY_TITLES = frozenset(["encik", "cik", "tuan", "puan", "haji", "hajjah", "dato'", "dato",
                          "datuk", "tan", "tun", "ustaz"])  # fmt: skip

# Malaysian ranks that take "Seri" after them as one title: "Dato' Seri Lim".
MALAY_RANKS = frozenset(["dato'", "dato", "datuk", "tan", "puan"])
SERI = frozenset(["seri", "sri"])


def _address(titles: list[str]) -> str | None:
    """Pick the honorific to greet with: the first, unless an office follows ("Canon").

    A doctorate outranks a courtesy title before it: "Rev. Dr. Oyelaran" and "Herr Dr.
    Becker" are greeted "Dear Dr. ...", as etiquette guides advise.
    """
    forms = [_form(t) for t in titles if _form(t)]
    if forms[:1] == ["Fr."] and any(f in ("Dr.", "Prof.") for f in forms[1:]):
        forms = forms[1:]  # "Fr. Dr. Lena Vogt": German Frau before a doctorate, not Father
    offices = [f for f in forms if f in OFFICES]
    academic = [f for f in forms if f in ("Prof.", "Dr.")]
    # "Hon. Justice Boateng": a style before an office gives way to it ("Dear Justice Boateng")
    styled = [f for f in forms if f in ("Justice", "Judge", "Senator", "Ambassador")]
    chosen = offices or academic or styled or forms
    if chosen[:1] and chosen[0] in ("Lt.", "Maj.", "Brig.") and len(forms) > 1:
        following = forms[forms.index(chosen[0]) + 1 :]
        if following[:1] and following[0] in ("Col.", "Gen.", "Cmdr."):
            return f"{chosen[0]} {following[0]}"  # "Lt. Col. (ret.) Vongsa": one rank
    return chosen[0] if chosen else None


def _form(title: str) -> str | None:
    """How a title is written in a greeting: "Atty." for "atty", "Dato' Seri" as written."""
    head, _, seri = title.partition(" ")
    form = ADDRESS.get(bare(head))
    return f"{form} {seri[:1].upper()}{seri[1:].lower()}" if form and seri else form


def _is_suffix(word: str, after_comma: bool = False) -> bool:
    """Whether a trailing word is a suffix: "Jr.", "III", "PhD"; "Ba" in "Amadou Ba" is not."""
    key = bare(word)
    if "." in key and key.replace(".", "") in CONSTANTS.suffix_acronyms:
        key = key.replace(".", "")  # "Ph.D.", "M.D.": the letters nameparser lists
    if key in CONSTANTS.suffix_not_acronyms and len(key) > 1:
        return True
    if key not in CONSTANTS.suffix_acronyms:
        return False
    looks_like_acronym = sum(c.isupper() for c in word) >= 2 or "." in word.rstrip(".")
    return after_comma or (looks_like_acronym and key not in CONSTANTS.suffix_acronyms_ambiguous)


def _post_nominals(head: str, tail: list[str]) -> bool:
    """Whether the words after a comma are letters after a name, not a given name.

    nameparser's suffixes ("Jr.", "PhD", "RRT"), or capitals after a name written in mixed
    case, the shape of any post-nominal ("Chief Emeka Okonkwo, SAN"); "SMITH, JOHN" is a
    family name first.
    """
    if all(_is_suffix(w, after_comma=True) for w in tail):
        return True
    shouting = [w.rstrip(".").replace(".", "") for w in tail]
    return (
        any(c.islower() for c in head)
        and bool(shouting)
        and all(2 <= len(w) <= 6 and w.isalpha() and w.isupper() for w in shouting)
    )


def without_suffixes(text: str) -> str:
    """The name as written, less the letters after it: "adm imam Jr." is "adm imam"."""
    return " ".join(_drop_suffixes(text)) or text


def _drop_suffixes(text: str) -> list[str]:
    """Split the name into words, without the suffixes after it."""
    head, _, tail = text.partition(",")
    words = [w.rstrip(",") for w in head.split() if w.rstrip(",")]
    tail_words = [w.rstrip(",") for w in tail.split() if w.rstrip(",")]
    if not _post_nominals(head, tail_words):
        words += tail_words
    while len(words) > 1 and _is_suffix(words[-1]):
        words = words[:-1]
    return words


@lru_cache(maxsize=1024)
def _capitalized(text: str) -> dict[str, str]:
    """Map each lower-cased word of a name to the way nameparser capitalizes it."""
    parsed = HumanName(text, constants=CONSTANTS)
    parsed.capitalize(force=True)
    pieces = " ".join([parsed.title, parsed.first, parsed.middle, parsed.last, parsed.suffix])
    return {w.lower(): w for w in pieces.split()}


def _repair_case(words: list[str]) -> list[str]:
    """Capitalize a name typed in lower or upper case: "raj patel", "RAJ PATEL", "raj Patel"."""
    letters = "".join(c for c in "".join(words) if c.isalpha())
    if len(letters) < 2:
        return words
    if letters.islower() or letters.isupper():
        known = _capitalized(" ".join(words))
        fixed = [known.get(w.lower(), w) for w in words]
        # A name never starts in lower case, even on a particle or a conjunction ("et").
        return [fixed[0][:1].upper() + fixed[0][1:], *fixed[1:]] if fixed else fixed
    return [_capital_word(w) if w.islower() and not _is_particle(w) else w for w in words]


def _capital_word(word: str) -> str:
    """Capitalize one word of a name the way nameparser would ("mcdonald" -> "McDonald")."""
    return _capitalized(word).get(word, word[:1].upper() + word[1:])


def _is_particle(word: str) -> bool:
    """Whether a word is a particle kept in lower case ("van", "de", "bin")."""
    return word in CONSTANTS.prefixes or word in CONSTANTS.conjunctions or word == "el"


def _group(words: list[str]) -> str | None:
    """Return the group's name ("student panel") when the name is a panel, not a person."""
    if (
        len(words) > 2
        and bare(words[0]) in GROUP_HEADS_FIRST
        and bare(words[1]) in ("de", "do", "da", "des", "du", "di", "der", "van", "für", "fur")
    ) or (
        len(words) == 2
        and bare(words[0]) in GROUP_HEADS_FIRST
        and (words[1].islower() or words[1].isupper())  # "comité RH"
    ):  # "comité de contratación", "comisión evaluadora": the head first, as Romance
        # languages put it
        return " ".join(w if w.isupper() else w.lower() for w in words)
    if len(words) == 1 and bare(words[0]) in GROUP_HEADS_FIRST:
        return words[0].lower()  # "Banca (3 defensores)": an examining panel
    if len(words) > 2 and re.fullmatch(r"\([A-Z&]{2,8}\)", words[-1]):
        return _group(words[:-1])  # "HR panel (PSC)": the body it belongs to, in brackets
    if len(words) > 2 and bare(words[0]) in GROUP_HEADS and words[1].lower() == "of":
        return " ".join(words)  # "Board of Management", "Board of Governors"
    if words and len(words) > 1 and _plural_role(words[-1]):
        return " ".join(words)  # "ground handling supervisors": greeted as they are
    if not words or bare(words[-1]) not in GROUP_HEADS:
        return None
    shouting = all(w.isupper() for w in words)  # "STUDENT PANEL", but "HR team" keeps "HR"
    text = " ".join(
        w.lower() if bare(w) in GROUP_WORDS and (shouting or not w.isupper()) else w for w in words
    )
    return re.sub(r"^(?:members of )?the ", "", text) or None


# Vietnamese kin terms typed before a given name in lower case ("anh Hùng"): not the name.
# Kin terms typed before a given name: Vietnamese "anh Hùng", Filipino "kuya Ben", "ate Joy".
KIN_TERMS = frozenset(
    [
        "anh",
        "chị",
        "chi",
        "em",
        "cô",
        "chú",
        "bác",
        "ông",
        "bà",
        "kuya",
        "ate",
        "mbak",
        "mas",
        "pani",
        "pan",
    ]
)  # fmt: skip  (Javanese "mbak Ratih", "mas Yoga": an older sister, brother)

# A role written before the name ("Office Manager Deb Kowalski"): greeted by the name.
ROLE_BEFORE_NAME = frozenset(
    ["manager", "director", "coordinator", "administrator", "supervisor",
     "assistant", "recruiter", "lead", "advisor", "adviser", "specialist"]
)  # fmt: skip


def _without_role(words: list[str]) -> list[str]:
    """Drop "Office Manager" from "Office Manager Deb Kowalski"; keep a name that is all role."""
    lead = next((i for i, w in enumerate(words) if not w.islower()), 0)
    names = words[lead:]
    kin = lead == 1 and words[0] in KIN_TERMS and 1 <= len(names) <= 3  # "anh Hùng", "chị Lan"
    # "tuotantopäällikkö Jari": a long role word typed before one name
    kin = kin or (
        lead == 1
        and len(names) == 1
        and len(words[0]) >= 8
        and names[0][:1].isupper()
        and bare(words[0]) not in ADDRESS
        and not _is_particle(words[0])
    )
    if kin or (
        lead
        and 2 <= len(names) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in names)
        and not any(_is_particle(w) or bare(w) in ADDRESS or "." in w for w in words[:lead])
    ):  # "avdelingsleder Ingrid Solberg", "anh Hùng": a role or kin term typed before the name
        return names
    at = next((i for i, w in enumerate(words[:3]) if bare(w) in ROLE_BEFORE_NAME), None)
    rest = words[at + 1 :] if at is not None else []
    if len(rest) == 2 and all(w[:1].isupper() and w[1:].islower() for w in rest):
        return rest
    return words


def _family_culture(words: list[str]) -> str | None:
    """Return the culture of a family name written first ("Tanaka Hiroshi"), else None."""
    first, last = _plain_letters(bare(words[0])), _plain_letters(bare(words[-1]))
    if words[0].endswith("."):  # "Ma. Luisa Ramos", "M. Dufresne": an abbreviation, not Ma or M
        return None
    if len(words) == 2 and first in FAMILY_FIRST_IF_HYPHENATED and "-" in last:
        return "ko"
    if len(words) == 2 and re.search(r"ová$", words[0]) and not re.search(r"ová$", words[1]):
        return "cs"  # "Procházková Jana": a Czech or Slovak woman's family name, written first
    if len(words) == 2 and last in AKAN_DAY_NAMES and first not in AKAN_DAY_NAMES:
        return "ak"  # "Mensah Kofi": an Akan day name is a given name, here written last
    if len(words) == 3 and MALAGASY.fullmatch(words[0]) and not MALAGASY.fullmatch(words[-1]):
        return "mg"  # "Rakotomalala Hery Lalaina": a Malagasy family name, written first
    culture, rank = _FAMILY_RANK.get(first, (None, 0))
    if culture is None and "-" in first:  # "Tóth-Horváth Péter": two family names, joined
        parts = [_FAMILY_RANK.get(p) for p in first.split("-")]
        if all(parts) and len({p[0] for p in parts if p}) == 1:
            culture, rank = parts[0] or (None, 0)
    if culture is None or len(words) > 3:
        return None
    other = _FAMILY_RANK.get(last)
    return culture if other is None or other[1] > rank else None


# Malagasy family names: long, opening on "Ra" or "Andria" (of the nobility), ending on a vowel
# ("Rakotomalala", "Rasoanaivo", "Andrianarivo"); written first on forms and in letters.
MALAGASY = re.compile(r"(?:Ra|RA|Andria|ANDRIA)[a-zA-Z]{7,}[aoyAOY]")


def _plain_letters(word: str) -> str:
    """ "trần" -> "tran": the lists hold family names without their accents."""
    decomposed = unicodedata.normalize("NFKD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _capitals_mark_family(words: list[str]) -> int | None:
    """Return where a family name written in capitals stands ("TANAKA Hiroshi"), or None."""
    # "M. Laurent Dufresne": an initial before two names marks nothing ("R. Subramaniam" does)
    initials = len(words) > 2
    marked = [
        i
        for i, w in enumerate(words)
        if len(w) > 1
        and w.isupper()
        and not ((initials or i) and re.fullmatch(r"[A-Z]\.", w))  # "naja L.": an initial
        and not re.fullmatch(r"(?:[A-Z]\.){2,}", w)  # "Mr. W.M. Bandara": initials, no name
    ]
    if len(marked) == 1 and len(words) > 1 and marked[0] in (0, len(words) - 1):
        return marked[0]
    return None


# Cultures that list a family name first on forms but write given name first in a letter.
GIVEN_FIRST_IN_LETTERS = frozenset({"cs", "ak"})


def _family_first(full: str, honorific: str | None, words: list[str]) -> PersonName | None:
    """Read a family-name-first name, or return None when the name is in Western order."""
    marked = _capitals_mark_family(words)
    culture = _family_culture(words) if marked is None else None
    if marked is None and culture is None:
        return None
    if marked == len(words) - 1:  # "Hiroshi TANAKA": Western order, family name marked
        words = words[:-1] + _repair_case(words[-1:])
        return PersonName(full, honorific, words[0], words[-1], None, tuple(words))
    words = [w[:1].upper() + w[1:].lower() if w.isupper() or w.islower() else w for w in words]
    if culture in GIVEN_FIRST_IN_LETTERS:  # "Procházková Jana" is Jana Procházková in a letter
        return PersonName(full, honorific, words[1], words[0], None, (words[1], words[0]))
    culture = culture or _FAMILY_RANK.get(_plain_letters(bare(words[0])), (None, 0))[0]
    given, middle = _given_names(culture, words[1:])
    courtesy = COURTESY_BY_CULTURE.get(culture or "")
    return PersonName(full, honorific, given, words[0], middle, tuple(words), True, courtesy)


def _plural_role(word: str) -> bool:
    """ "supervisors", "managers": a role in the plural names a group of people."""
    return bare(word).endswith("s") and bare(word)[:-1] in ROLE_BEFORE_NAME


# Vietnamese kin terms that say how to address someone in English: "ông" is Mr., "bà" Ms.
# ("anh", "chị" are warmer, an older brother or sister: greeted by the given name alone)
KIN_COURTESY = {"ông": "Mr.", "bà": "Ms."}


def _vietnamese_courtesy(words: list[str]) -> str | None:
    """ "Nguyễn Thị Lan" is Ms. Lan, "Trần Văn Minh" Mr. Minh: the middle name tells."""
    if len(words) != 3 or _family_culture(words) != "vi":
        return None
    return {"thị": "Ms.", "thi": "Ms.", "văn": "Mr.", "van": "Mr."}.get(words[1].lower())


def _given_names(culture: str | None, words: list[str]) -> tuple[str, str | None]:
    """Split what follows a family name into the name to greet with and the rest."""
    if culture == "vi":  # "Nguyen Van An" is Mr. An
        return words[-1], " ".join(words[:-1]) or None
    if culture == "hu":  # "Kovács Anna Mária" is Anna
        return words[0], " ".join(words[1:]) or None
    return " ".join(words), None  # "Lim Kok Wing" is Kok Wing


@lru_cache(maxsize=4096)  # the reviewer asks for the same few names many times a note
def parse_name(text: str) -> PersonName:
    """Parse ``Dr. Priya Raman`` into honorific ``Dr.``, first ``Priya``, last ``Raman``."""
    full = " ".join(text.split())
    words = _drop_suffixes(_tidy(full)) if full else []
    if group := _group(words):
        return PersonName(full, None, None, None, written=tuple(group.split()), group=group)
    kin = KIN_COURTESY.get(words[0]) if len(words) > 1 else None  # "ông Phạm Văn Hùng"
    words = _without_style(words)
    if (
        len(words) > 2
        and words[0][:1].isupper()
        and not _is_title(words[0], len(words) - 1)
        and (_is_title(words[1], len(words) - 2))
    ):  # "Dombaumeister Prof. Dr.-Ing. Klaus Hartmann": a post, then the person's titles
        words = words[1:]
    words = _without_role(words)
    titles, words = _split_titles(words)
    honorific = _address(titles) or kin
    if (
        not titles
        and 2 <= len(words) <= 3
        and words[0] == "M."
        and all(w[:1].isupper() and w[1:].islower() and len(w) > 1 for w in words[1:])
    ):
        honorific, words = "Mr.", words[1:]  # "M. Ba", "M. Yao": Monsieur, as French writes it
    if [bare(t) for t in titles] == ["si"] and len(words) == 1:
        # "si Mohamed": the Maghreb's "Si" goes with the given name, never "Mr. Mohamed"
        return PersonName(full, "Si", _repair_case(words)[0], None, written=tuple(words))
    # "Sra. D. Fernanda Lopes": Dona, a courtesy before the given name, not an initial
    if len(words) > 1 and bare(words[0]) in ("d", "dona", "dom") and honorific in ("Sra.", "Sr."):
        words = words[1:]
    if honorific is None and len(words) == 2 and words[0] in ("don", "doña"):
        # "don Chepe": the title typed small before the name he goes by
        honorific = "Don" if words[0] == "don" else "Doña"
        return PersonName(full, honorific, _repair_case(words[1:])[0], None, written=(words[1],))
    if honorific is None and len(words) > 2 and bare(words[0]) in ("don", "doña", "dona"):
        # "Don Patricio Muñoz": Spanish "Don" before given and family name goes with the given
        honorific, words = ("Don" if bare(words[0]) == "don" else "Doña"), words[1:]
        return PersonName(full, honorific, _repair_case(words)[0], _repair_case(words)[-1],
                          written=tuple(words))  # fmt: skip
    if honorific is None and (vi := _vietnamese_courtesy(words)):
        honorific = vi  # "Nguyễn Thị Lan": "Thị" marks a woman, "Văn" a man
    if not words:
        return PersonName(full, honorific, None, None)
    if (
        len(words) > 2
        and bare(words[0]) in BALINESE_PREFIXES
        and (bare(words[1]) in BALINESE_BIRTH_ORDER)
    ):  # "I Wayan Sudarsana", "Ni Made Ayu": the prefix says man or woman, not a name
        words = words[1:]
    if len(words) > 2 and all(re.fullmatch(r"[A-ZА-Я]\.", w) for w in words[1:]):
        words = [words[1], words[0]]  # "Cheban N. N.": "N. Cheban", the given name's initial
    if (russian := _patronymic(full, honorific, _repair_case(words))) is not None:
        return russian
    if patronym := next(
        (i for i, w in enumerate(words) if i and bare(w) in _patronyms(titles)), None
    ):  # "Siti Nurhaliza binti Ahmad": no family name; greet with the given names
        given = _repair_case(words[:patronym])
        return PersonName(full, honorific, " ".join(given), None, written=tuple(words))
    if len(words) == 1 and (stem := without_courtesy(words[0])) != words[0]:
        # "Suzuki-san": a family name with its courtesy suffix, greeted as written
        courtesy = words[0].rpartition("-")[2]
        return PersonName(full, honorific, None, stem, written=(stem,), family_first=True,
                          courtesy=courtesy)  # fmt: skip
    if family_first := _family_first(full, honorific, words):
        if honorific and _family_culture(words) == "vi":
            # Vietnamese address uses the given name, formally too: "Ms. Phạm Ngọc Ánh" is
            # "Dear Ms. Ánh", never "Ms. Phạm"
            return replace(family_first, given_formally=True)
        return family_first
    icelandic = (
        ICELANDIC.search(words[-1])
        or (  # "Sigurður Einarsson": ð says Icelandic
            re.search(r"[ðþÐÞ]", " ".join(words[:-1]))
            and re.search(r"(?:son|d[óo]ttir)$", words[-1])
        )
    )
    if len(words) >= 2 and icelandic and not words[-1].isupper():
        # "Sigríður Björnsdóttir": a patronymic, not a family name; Icelanders are greeted
        # by their given name, formally too ("Dear Dr. Sigríður")
        given = _repair_case(words[:-1])
        return PersonName(full, honorific, given[0], None, written=tuple(words))
    return _western(full, honorific, _repair_case(words))


def _patronymic(full: str, honorific: str | None, words: list[str]) -> PersonName | None:
    """ "Nurlanov Yerlan Serikovich" or "Ivan Petrovich Sidorov": greeted "Yerlan Serikovich"."""
    if len(words) == 2 and re.fullmatch(PATRONYMIC, words[1], re.IGNORECASE):
        # "Sergiy Petrovich", "Nurlan Mamatovich": the given name and the father's
        return PersonName(full, honorific, words[0], None, words[1], tuple(words),
                          address=" ".join(words))  # fmt: skip
    if len(words) != 3:
        return None
    if re.fullmatch(PATRONYMIC, words[2], re.IGNORECASE):
        given, patronymic, family = words[1], words[2], words[0]
    elif re.fullmatch(PATRONYMIC, words[1], re.IGNORECASE):
        given, patronymic, family = words[0], words[1], words[2]
    else:
        return None
    return PersonName(full, honorific, given, family, patronymic, tuple(words),
                      address=f"{given} {patronymic}")  # fmt: skip


# A patronymic or matronymic in Icelandic form: "-dóttir", or "-son" in a name with ð, þ, á ...
ICELANDIC = re.compile(r"(?:d[óo]ttir|[ðþáíóúýéæ]\w*son)$", re.IGNORECASE)


def _western(full: str, honorific: str | None, words: list[str]) -> PersonName:
    """Read a name written given name first, family name last."""
    if honorific and _unaccented(" ".join(words)) in COMPOUND_GIVEN_NAMES:  # "Chef Ana Paula"
        return PersonName(full, honorific, " ".join(words), None, written=tuple(words))
    if len(words) == 1:
        # A single name ("Suharto") is how to greet; with an honorific it is the family name.
        if honorific and honorific not in WITH_FIRST_NAME:
            return PersonName(full, honorific, None, words[0])
        return PersonName(full, honorific, words[0], None)
    last_start = len(words) - 1
    while last_start > 0 and _is_particle(words[last_start - 1].lower()):
        last_start -= 1
    if last_start == 0:  # "Dr. van Beethoven": all family name
        return PersonName(full, honorific, None, " ".join(words), written=tuple(words))
    given = _compound_given(words[:last_start])
    if words[0].lower() == "ang" and last_start >= 1:
        given = min(2, len(words))  # "Ang Dolma": a Sherpa given name of two words
    if bare(words[0]) in ("md", "mohd", "muhd") and last_start >= 2:
        words = words[1:]  # "Md. Rafiqul Islam": Mohammed, written short, before the name used
        return _western(full, honorific, words)
    if words[0] in ("Ma.", "Ma") and last_start >= 2:
        given = 2  # "Ma. Luisa": María Luisa, as the Philippines writes it
    if len(words) >= given + 3 and words[-2] == "de" and words[-3][:1].isupper():
        # "Lic. Karla Zelaya de Funes": her own family name, then "de" and her husband's
        return PersonName(full, honorific, " ".join(words[:given]), words[-3], None, tuple(words))
    if honorific in SPANISH_TITLES and len(words) == given + 2 and last_start == given + 1:
        # "Lic. Fernando Garza Treviño", "Sra. María José Ruiz Ortega": two family names, the
        # father's first; both are used
        first = " ".join(words[:given])
        return PersonName(full, honorific, first, " ".join(words[given:]), None, tuple(words))
    middle = " ".join(words[given:last_start]) or None
    last = " ".join(words[last_start:])
    return PersonName(full, honorific, " ".join(words[:given]), last, middle, tuple(words))


# Titles of Spain and Latin America, whose holders carry two family names.
SPANISH_TITLES = frozenset(
    ["Lic.", "Lcda.", "Lcdo.", "Licda.", "Licdo.", "Sr.", "Sra.", "Srta.", "Dra.", "Ing.",
     "Arq.", "Mtro.", "Mtra.", "Profa."]
)  # fmt: skip


def _compound_given(words: list[str]) -> int:
    """Count the words of the given name before the family name: 2 for "Ana Lucía", else 1."""
    for size in range(len(words), 1, -1):
        if _unaccented(" ".join(words[:size])) in COMPOUND_GIVEN_NAMES:
            return size
    return 1


def _unaccented(text: str) -> str:
    """Lower-case a name and drop its accents, as the data lists it: "lucía" -> "lucia"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1024)
def display_name(name: str) -> str:
    """The name as a To line shows it: without the notes a record keeps beside it.

    "Dr. Md. Rafiqul Islam (Rafiq bhai)" is sent to "Dr. Md. Rafiqul Islam", "HR team (Ms.
    Tania + 1 more)" to "Ms. Tania", "Vesna iz računovodstva" to "Vesna" and "ms. cummings
    (section leader, tenors)" to "Ms. Cummings": a nickname or a reminder of who someone is
    is the candidate's own, never the recipient's to read.
    """
    shown = _tidy(" ".join(name.split())).strip(" ,")
    words = shown.split()
    if words and (shown.islower() or shown.isupper()):
        words = _repair_case(words)
    return " ".join(words) or name


def given_from_address(name: str, email: str | None) -> str | None:
    """The given name (or its initial) an address puts before a lone family name, else None.

    "Kessler" writing from jonas.kessler@ is "Jonas", and from j.kessler@ "J.": the
    greeting says "Dear Jonas Kessler," (the neutral formal form when no title is known),
    never "Dear Kessler,".
    """
    words = name.split()
    if len(words) != 1 or not email:
        return None
    parts = [p for p in re.split(r"[._-]", email.split("@")[0].lower()) if p]
    folded = re.sub(r"['’]", "", words[0].lower())  # "o'brien" writing from d.obrien@...
    if len(parts) < 2 or parts[-1] != folded or not parts[0].isalpha():
        return None
    given = parts[0]
    return f"{given.upper()}." if len(given) == 1 else given[:1].upper() + given[1:]
