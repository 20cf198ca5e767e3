"""What one note needs besides its wording, and the sentences it is built from."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from afterword.compose.words import EAST_ASIAN, words_of
from afterword.interview.model import Candidate, Interview, Interviewer
from afterword.kinds import MessageKind


@dataclass
class Part:
    """A sentence of the note and how readily it is dropped when the note runs long."""

    text: str
    paragraph: int
    drop_rank: int = 0  # 0 never dropped; higher is dropped first
    order: int = field(default=0)
    from_note: bool = False  # built from a note, so checked before it goes into the draft


@dataclass(frozen=True)
class Setup:
    """Everything a note needs besides its wording."""

    interview: Interview
    person: Interviewer
    position: int
    kind: MessageKind
    variant: int
    formality: str
    candidate: Candidate | None
    signature: str | None
    now: datetime
    sequence: int = 1
    avoid: frozenset[str] = frozenset()  # sentences from notes the reviewer turned down

    @property
    def protected(self) -> frozenset[str]:
        """Words whose case must survive cleaning: names, the company, the role."""
        words = {*self.interview.company.split(), *self.interview.role.split()}
        for other in self.interview.interviewers:
            words.update(other.person.tokens)
        return frozenset(words)

    @property
    def company(self) -> str:
        """The company as running text: "harbour capital" typed in a hurry gets its capitals."""
        return with_the(in_prose(company_name(one_name(self.interview.company))))


# A legal form at the end of a name, which running text leaves out ("at Khumbu Peaks
# Adventures", not "at Khumbu Peaks Adventures Pvt. Ltd."); "Co." is part of many names.
LEGAL_TAIL = re.compile(
    r"(?:,?\s+(?:\(?(?:pvt\.?|pte\.?|pty\.?|sdn\.?)\)?\s+)?(?:ltd\.?|limited|plc|inc\.?|llc|llp|"
    r"gmbh|s\.?a\.?c?\.?|saoc|saog|s\.?a\.?o\.?c\.?|ehf\.?|hf\.?|bhd|tbk|b\.?v\.?|n\.?v\.?|oy|"
    r"srl|s\.r\.l\.|s\.\s?r\.\s?o\.|a\.\s?s\.|spol\.|d\.?o\.?o\.?|s\.a\.l\.|mmc|p?jsc|sas|s\.a\.s\.|sarl|ltda\.?)|"
    r"\s+\((?:[A-Z]{2,5}|pvt\.? ltd\.?)\))\s*$",
    re.IGNORECASE,
)


def one_name(company: str) -> str:
    """One of the names a record gives with a slash: "termo-vod d.o.o. / Термо-Вод доо" is the
    one in letters, "Walvis Bay Corridor Haulage (Pty) Ltd / WBCH" the name, not its acronym."""
    sides = [side.strip() for side in re.split(r"\s+[/|]\s+", company) if side.strip()]
    if len(sides) < 2:
        return company
    named = [s for s in sides if re.search(r"[A-Za-z]", s) and not re.fullmatch(r"[A-Z&.]{2,8}", s)]
    return named[0] if named else sides[0]


def in_prose(company: str) -> str:
    """The company as a sentence names it: without its legal form ("Pvt. Ltd.", "(SAOC)"),
    what a bracket adds ("JPS (Jamaica Public Service Co.)" is JPS, "Lands Commission (Survey
    & Mapping Division)" the Lands Commission) or a description after a dash ("Marani 1921 -
    Wine Cellar & Restaurant")."""
    bare, before = company, ""
    while bare != before:  # "Smith & Sons Ltd (UK)": the bracket, then the legal form
        before = bare
        bare = LEGAL_TAIL.sub("", bare).strip(" ,")
        bare = re.sub(r"(?<=\S)\s*\([^()]*\)$", "", bare).strip(" ,")
        # "… (KCH) - ministry of health", "… Ltd (…) - Luganville": what follows a dash
        one = len(bare.split()) > 3  # a long name may lose a single word: "- Luganville"
        tail = r"\s+[-–—]\s+\w+(?:\W+\w.*)?$" if one else r"\s+[-–—]\s+\w+\W+\w.*$"
        bare = re.sub(r"(?<=[\w)])" + tail, "", bare).strip(" ,")
        if len(bare.split()) > 4:  # "Escuela … Aldea Chuisuc, Totonicapán": the place after it
            bare = re.sub(r",\s+[A-ZÀ-Ý][^\s,]+$", "", bare)
    return bare if len(bare.split()) >= 1 and bare and bare.lower() != "the" else company


def with_the(company: str) -> str:
    """ "the Ministry of Housing": a body named by a common noun and "of" takes "the", and so
    does one named by its kind last ("the Ethiopian Biodiversity Institute")."""
    bracket = re.fullmatch(r"(.+?)(\s*\([^()]*\))", company)
    if bracket:  # "Lands Commission (Survey & Mapping Division)": judged without the bracket
        named = with_the(bracket.group(1))
        return named + bracket.group(2)
    words = company.split()
    if (
        len(words) >= 2
        and words[0].lower() != "the"
        and words[-1].capitalize() in BODIES
        and words[0][:1].isupper()
        and (words[-1][:1].isupper() or words[-2][:1].isupper() or words[-2].islower())
    ):
        return f"the {company}"
    # "General Authority for Veterinary Services", "Centre for Ageing Better": "for" as "of"
    at = next((i for i, w in enumerate(words) if w.lower() in ("of", "for")), 0)
    if len(words) < 3 or not 1 <= at <= 3 or words[0].lower() == "the" or at == len(words) - 1:
        return company
    if not all(w[:1].isupper() for w in words[:at]):
        return company
    from afterword.compose.notes import shape

    head = words[at - 1].lower()  # "National Institute of …": the institute
    # "Bank of America" is a brand; "National Institute of …" names a body after its kind
    noun = shape.tags(head) == {"NOUN"} or (at > 1 and "NOUN" in shape.tags(head))
    if noun and shape.singular_noun(head):
        return f"the {company}"
    return company


# Bodies English names with "the" when their kind comes last ("the Mongolian Geospatial
# Agency", "the Philippine Sports Performance Institute"); "Stanford University" and "Acme
# Company" are names of their own and take none.
BODIES = words_of(
    "Institute Agency Authority Council Commission Museum Centre Center Library Department "
    "Office Bureau Service Foundation Trust Society Association Federation Academy Observatory "
    "Directorate Secretariat Orchestra Philharmonic Corps Guard Inspectorate Tribunal "
    "Ombudsman Registry Assembly Parliament Ministry"
)


def company_name(company: str) -> str:
    """Capitalize a company name typed all in lowercase; keep any other case as typed.

    A legal form typed in lower case at the end is written as registered either way
    ("Adebayo & Partners Quantity Surveyors ltd" is "… Ltd").
    """
    latin = re.sub(rf"[^\s]*[{EAST_ASIAN}][^\s]*\s*", "", company).strip()
    if latin and latin != company.strip() and re.search(r"[A-Za-z]", latin):
        company = latin  # "한울푸드 hanul foods": the name in letters, for an English note
    bracket = re.fullmatch(r"(.+?)\s*(\([^()]*\))", company.strip())
    if bracket and bracket.group(1) == bracket.group(1).lower():  # "hope for nakivale (HfN)"
        inner = bracket.group(2)
        if inner == inner.lower():  # "(survey & mapping division)": typed in lower case too
            inner = f"({company_name(inner[1:-1])})"
        head = company_name(bracket.group(1)).split()
        # "ine bolivia (instituto nacional de estadística)": the bracket spells out "INE"
        initials = "".join(w[0] for w in inner[1:-1].split() if w[:1].isupper()).lower()
        head = [w.upper() if len(w) > 1 and re.sub(r"\W", "", w.lower()) == initials else w
                for w in head]  # fmt: skip
        return f"{' '.join(head)} {inner}"
    words = company.split()
    acronyms = [w for w in words if w.strip("()&.,-") and w.strip("()&.,-").isupper()]
    typed_low = all(w in acronyms or w == w.lower() for w in words)
    if acronyms and len(acronyms) < len(words) and typed_low:
        # "hope without borders (HWB) jordan": lower case around an acronym kept as typed
        lower = [w.lower() if w in acronyms else w for w in words]
        cased = company_name(" ".join(lower)).split()
        return " ".join(w if w in acronyms else c for w, c in zip(words, cased, strict=True))
    if company != company.lower():
        first = words[0]
        if first.isalpha() and first.islower() and first not in SMALL_WORDS and len(first) > 2:
            words[0] = first.capitalize()  # "chmelařství Žatec": the name opens with a capital
        if words[0][:1].isupper() and not any(c.isupper() for c in words[0][1:]):
            # "Oktyabrsky district education department": every word of a name is capitalized
            words = [w.capitalize() if i and w.isalpha() and w.islower() and w not in SMALL_WORDS
                     and w not in LEGAL_FORMS else w for i, w in enumerate(words)]  # fmt: skip
        for at in (-1, -2):  # "(pty) ltd": the last two words may both be legal forms
            typed = words[at] if len(words) > -at else ""
            form = _legal_form(typed) if typed == typed.lower() else None  # "PLC" stays
            if form is None:
                break
            words[at] = form
        return " ".join(words)
    words = company.split()
    cased = [_name_word(w, i) for i, w in enumerate(words)]
    size = 2 if words[-1] not in ("sa", "as", "se", "sl", "ab", "ag") else 3  # "acme as": a word
    if (
        len(words) >= size
        and (form := FINAL_FORMS.get(words[-1]))
        and words[-2] not in ("&", "and")
    ):
        cased[-1] = form  # "von arx sa", "nordsjø fabrikasjon as"; "resort & spa" is a spa
    return " ".join(cased)


# Legal forms that are also ordinary words, so only the last word of a name is one.
FINAL_FORMS = {"sa": "SA", "as": "AS", "asa": "ASA", "ab": "AB", "oy": "Oy",
               "se": "SE", "sl": "SL", "bv": "BV", "nv": "NV", "ag": "AG",
               "ehf": "ehf", "hf": "hf", "sac": "SAC", "saa": "SAA", "srl": "SRL",
               "sas": "SAS", "bhd": "Bhd", "tbk": "Tbk"}  # fmt: skip


LEGAL_FORMS = frozenset(["ltd", "ltd.", "pty", "(pty)", "llc", "pllc", "inc", "inc.", "plc", "llp",
                         "gmbh", "pte", "pte.", "pvt", "pvt.", "co", "co."])  # fmt: skip


def _legal_form(word: str) -> str | None:
    """ "ltd" → "Ltd", "(pty)" → "(Pty)"; None for a word that is not a legal form."""
    return _name_word(word.lower(), 1) if word.lower() in LEGAL_FORMS else None


def _name_word(word: str, at: int) -> str:
    """One word of a company name typed in lower case; "(pty)" keeps its brackets."""
    if word.startswith("(") and word.endswith(")") and len(word) > 2:
        return f"({_name_word(word[1:-1], at)})"
    if at and word in SMALL_WORDS:
        return word
    return NAME_ABBREVIATIONS.get(word) or _capital(word)


# Words that stay lowercase inside a name: English "of", Spanish "del", Dutch "van der"…
SMALL_WORDS = words_of(
    "of and the for at on de la le les du des del della di da do dos das von van der den y e et "
    "ng sa z a i na za ve pro"
)  # "a", "i": "and" in Slovak, Czech, Polish and Croatian names


# Abbreviations that open a name ("st bartholomew's" is St Bartholomew's, not ST).
# The legal forms that close one ("northline signalling ltd" is Ltd, not LTD).
NAME_ABBREVIATIONS = {
    "st": "St", "st.": "St.", "mt": "Mt", "mt.": "Mt.", "ft": "Ft",
    "ltd": "Ltd", "ltd.": "Ltd.", "co": "Co", "co.": "Co.", "inc": "Inc", "inc.": "Inc.",
    "corp": "Corp", "corp.": "Corp.", "pty": "Pty", "gmbh": "GmbH", "bhd": "Bhd", "sdn": "Sdn",
    "plc": "plc", "llp": "LLP", "llc": "LLC", "pllc": "PLLC", "pte": "Pte", "pte.": "Pte.",
    "pvt": "Pvt", "pvt.": "Pvt.", "ag": "AG", "bv": "BV", "nv": "NV", "oy": "Oy", "ab": "AB",
    "kk": "KK", "s.r.o.": "s.r.o.", "a/s": "A/S", "sp.": "sp.", "o.o.": "o.o.", "ltda": "Ltda",
    "ltda.": "Ltda.", "s.r.l.": "S.r.l.", "srl.": "S.r.l.", "s.p.a.": "S.p.A.", "s.a.s.": "S.A.S.",
    "b.v.": "B.V.", "n.v.": "N.V.", "d.o.o.": "d.o.o.", "d.d.": "d.d.",
    "sarl": "SARL", "srl": "SRL", "sas": "SAS", "gmbh.": "GmbH", "mro": "MRO", "jv": "JV",
}  # fmt: skip


# Two letters that open words in English and the languages company names come from (Slavic
# "cz", "dz", "rz"; the prenasal "mz", "nd", "mb" of Bantu languages; Dutch "zw"); a name
# opening otherwise ("csiro") reads as an acronym.
ONSET_PAIRS = """bl br ch cl cr dr dw fl fr gl gn gr kn kr ph pl pr ps qu sc sh sk sl sm sn sp st
    sv sw th tr ts tw vl wh wr mc ll rh zh kh bh dh gh sz cz dz rz zw zl zn zb zd zg mz mb
    nd ng nk nt nz ny nj mw ml mn mr kl hl hv dl tl kw gw bw pw sr vr kv hj sj fj bj tj pf"""
ONSETS = frozenset(ONSET_PAIRS.split())


def _capital(word: str) -> str:
    """ "csiro" is CSIRO, "hsbc" HSBC; each part of "belair-roques" gets its capital."""
    if re.fullmatch(r"(?:[a-z]\.){2,}", word):  # "l.l.c.", "s.a.": letters with stops
        return word.upper()
    letters = unicodedata.normalize("NFD", word.strip(".,"))  # "décoratifs": é is a vowel
    letters = "".join(c for c in letters if not unicodedata.combining(c))
    vowels = set("aeiouy")
    consonant_start = len(letters) > 2 and not set(letters[:2]) & vowels
    if letters.isalpha() and (not set(letters) & vowels or
                              (consonant_start and letters[:2] not in ONSETS)):  # fmt: skip
        return word.upper()
    if word[:1] in "\"'“«" and len(word) > 1:  # '"codru-vin"': the name inside its quotes
        return word[0] + _capital(word[1:])
    parts = word.split("-")  # "kagetsu-en": a short ending stays as it is ("Kagetsu-en")
    return "-".join(
        p[:1].upper() + p[1:] if not at or len(p) > 2 else p for at, p in enumerate(parts)
    )
