"""Greetings and sign-offs: "Dear Dr. Raman," or "Hi Priya," and the candidate's name."""

from __future__ import annotations

import re

from afterword.compose import banks
from afterword.compose.picker import Picker
from afterword.compose.words import words_of
from afterword.interview.model import Candidate, Interviewer
from afterword.interview.name_data import AFTER_GIVEN
from afterword.interview.names import (
    HONORIFICS,
    OTHERS,
    WITH_FIRST_NAME,
    PersonName,
    bare,
    given_from_address,
    parse_name,
    without_suffixes,
)

SENIOR = re.compile(
    r"\b(?:director|vp|svp|evp|vice president|head|chief|c[etfoip]o|president|partner|"
    r"principal|dean|professor|founder|managing|general manager|chief executive)\b",
    re.IGNORECASE,
)


# A nursing title: "Sister" is then a rank, greeted with the family name ("Sister Doyle").
NURSING = re.compile(r"(?i)\b(?:ward|nurs\w*|matron|theatres?|midwi\w*|charge|unit sister)\b")


def greeted_as(person: Interviewer) -> PersonName:
    """Return the name to greet with: ``greet_as`` when given, else the name written."""
    return parse_name(person.greet_as) if person.greet_as else person.person


def is_formal(person: Interviewer, formality: str) -> bool:
    """Formal for "formal"; for "auto", formal with an honorific, a senior title or a group."""
    if formality in ("formal", "friendly"):
        return formality == "formal"
    name = greeted_as(person)
    return bool(
        name.honorific
        or name.family_first
        or name.group
        or name.courtesy
        or (person.title and SENIOR.search(person.title))
    )


def formal_name(name: PersonName) -> str:
    """Capitalize a family name that stands alone: "Dr. Van der Berg"."""
    formal = name.formal
    last_word = bare(formal.split()[-1])
    if last_word in HONORIFICS and not (name.honorific and last_word == bare(name.first or "")):
        # only a title was read ("ADM AE"): as written
        return without_suffixes(name.full)
    if name.honorific and name.last and name.last[:1].islower() and formal.endswith(name.last):
        return f"{name.honorific} {name.last[:1].upper()}{name.last[1:]}"
    return formal


def greeting(person: Interviewer, formality: str, pick: Picker) -> str:
    """Greet by the formality setting; ``greet_as`` wins and an honorific is never guessed."""
    opener = "Hello" if pick.index("greeting", 3) == 0 else "Hi"
    formal = is_formal(person, formality)
    if person.greet_as:
        return f"{'Dear' if formal else opener} {person.greet_as.strip()},"
    name = _in_address_order(_in_letters(person.person, person.email), person.email)
    after = re.fullmatch(r"([A-ZÀ-ÝƏ][^\W\d_]+) (\w+)(?: \([^()]*\))?", person.name.strip())
    if after and after.group(2).lower() in AFTER_GIVEN:  # "Rəşad müəllim": as said, either way
        return f"Dear {after.group(1)} {after.group(2).lower()},"
    department = re.fullmatch(r"([^()]+?)\s*\((HR|RRHH|RH|HRD)\)", person.name.strip())
    if department and any(w.islower() and len(w) > 3 for w in department.group(1).split()[1:]):
        return f"Dear {department.group(2)} team,"  # "Kadrlar şöbəsi (HR)": a department
    if people := _named_in_brackets(person.name):  # "the apprentices (Kadi & Rasmus)"
        return f"{'Dear' if formal else opener} {people},"
    inner = re.search(r"\(([^()]+)\)\s*$", person.name)
    if inner and (several := _several_people(inner.group(1), formal)):
        # "el comité de productores (Don Teófilo + Doña Juana)": the people in the brackets
        return f"{'Dear' if formal or several[1] else opener} {several[0]},"
    if several := _several_people(person.name, formal):  # "Mr. Edem Agbeko & Ms. Fafa Dzokoto"
        return f"{'Dear' if formal or several[1] else opener} {several[0]},"
    after = re.fullmatch(r"[^-–:]+\s[-–:]\s*(.+)", person.name.strip())
    if after and (several := _several_people(after.group(1), formal)):
        # "Safety panel - Eng. Reid + Nurse Bailey": the people after the panel's name
        return f"{'Dear' if formal or several[1] else opener} {several[0]},"
    if both := PERSON_AND_GROUP.match(person.name.strip()):  # "Jón Páll & the IT team"
        return f"Dear {both.group('who')} and {both.group('group')},"
    if name.group:
        return f"Dear {name.formal}," if formal else "Hello everyone,"
    words = {bare(w) for w in name.full.split()}
    # "rrhh - Lucía", "RRHH (Carolina)": the person is named
    named = re.search(r"\s[-–]\s+(?:(?:anh|chị|chi|em|cô|kuya|ate)\s+)?[A-Z]", name.full) or (
        (given := name.first or name.last)  # "HR team (Kimura-san)": the family name
        and re.search(rf"\(\s*{re.escape(given)}\b", name.full)
    )
    role = not named and (words & ROLE_NAMES or re.match(r"(?i)head of ", name.full))
    if not name.honorific and role:  # "Finance team rep", "HR advisor", "Head of Science"
        return f"Dear {_as_role(name.full)},"
    if name.first and bare(name.first) in RESPECT_TERMS:  # "Whaea Mere": the term and name
        given = name.middle.split()[0] if name.middle else name.last
        return f"Dear {name.first} {given}," if given else f"Dear {name.full},"
    if formal and name.honorific == "Hon." and name.last and JUDGE.search(person.title or ""):
        return f"Dear Judge {name.last},"  # a judge is greeted as one, not as "Hon."
    if formal and name.honorific == "Sister" and name.last and NURSING.search(person.title or ""):
        return f"Dear Sister {name.last},"  # a ward sister, not a religious one
    if formal and name.honorific == "Sister" and name.first:
        return f"Dear Sister {name.first},"  # a religious sister: "Sister Marie-Claire"
    given = None if name.last else given_from_address(name.full, person.email)
    if given:  # "Dear Kessler," reads as a roll call: the address says more
        return f"Dear {given} {formal_name(name)},"
    initial = bool(
        name.first and re.fullmatch(r"(?:\w\.?)|(?:\w\.){2,}", name.first)
    )  # "p. zielinski", "Mr. W.M. Bandara": "Dear P. Zielinski,", "Dear Mr. Bandara,"
    revered = name.honorific in REVERED  # "Jero Mangku Ketut" is never "Hi Ketut"
    if formal or initial or revered or not name.first or bare(name.first) in HONORIFICS:
        return f"Dear {formal_name(name)},"
    return f"{opener} {name.first},"


JUDGE = re.compile(r"(?i)\bjudge\b")
# Honorifics of priests and chiefs that go with the given name: a friendly greeting keeps them.
REVERED = frozenset(
    ["Jero", "Jero Mangku", "Mangku", "Afioga", "Susuga", "Oom", "Tannie", "Mama", "Tat", "Tanti"]
)
PERSON_AND_GROUP = re.compile(
    r"^(?P<who>(?:[A-ZÀ-Þ][^\W\d_]+ ?){1,3}) (?:&|\+|and) (?P<group>the [\w -]+"
    r"(?:team|panel|committee|board|department|group))$"
)
PRONOUNS = words_of("he him his she her hers they them theirs xe xem ze zir it")
# Two to four given names in brackets after a group: "QA team (Abena + Kofi)".
BRACKETED_NAMES = re.compile(
    r"^[^()]+(?:\(\s*([^()]+?)\s*\)|\s[-–:]\s*([^()]+?))$|^[^()]+:\s*([^()]+)$"
)
AND = re.compile(r"\s*(?:&|\+|,|/|\band\b|\by\b|\bet\b|\bund\b|\bva\b|\bna\b)\s*")


# Two to four people in one entry, joined by "&", "+", "and" or the word of another language.
JOINED = re.compile(
    r"\s*(?:&|\+|\band\b|\by\b|\bet\b|\bund\b|\be\b|\bog\b|\ben\b|\bi\b)"
    r"(?:\s*\b(?:el|la)\b(?=\s+\w+\.))?\s*"  # "Ing. Ortiz y el Lic. Cáceres": no article
)
# "Carlson, Dale & Bev": one family name, then the given names of the people who share it.
SHARED_FAMILY = re.compile(r"^(?P<family>[^\W\d_][\w'-]+),\s*(?P<given>[^,()]+)$")


def _several_people(written: str, formal: bool) -> tuple[str, bool] | None:
    """The people named in one entry, greeted together ("Mr. Agbeko and Ms. Dzokoto", "Dale and
    Bev"), and whether the greeting must be formal (someone is known only by a title)."""
    text = re.sub(r"\s*\([^()]*\)$", "", written.strip())  # "Patricia y Luis (RRHH)"
    words = text.split()
    if len(words) > 2 and words[0].islower() and len(words[0]) >= 6 and words[1][:1].isupper():
        text = " ".join(words[1:])  # "majstori Žika i Boban": what they are, then who
    family = None
    if shared := SHARED_FAMILY.match(text):
        family, text = shared.group("family"), shared.group("given")
    parts = [p for p in JOINED.split(text) if p]
    if not 2 <= len(parts) <= 4:
        return None
    couple = [bare(p) for p in parts[0].split()], parts[-1].split()
    if len(couple[0]) == 1 and couple[0][0] in HONORIFICS and len(couple[1]) == 2:
        # "mr & mrs tari": one family name for both titles, "Mr. and Mrs. Tari"
        family = couple[1][1][:1].upper() + couple[1][1][1:]
        second = HONORIFICS.get(bare(couple[1][0]), couple[1][0])
        return f"{HONORIFICS[couple[0][0]]} and {second} {family}", True
    honoured = [p for p in parts if len(p.split()) == 2 and p.split()[1].lower() in AFTER_GIVEN]
    if honoured:  # "Aigul eje + Nurlan Mamatovich": each as they are addressed
        said = [
            f"{p.split()[0]} {p.split()[1].lower()}" if p in honoured
            else formal_name(parse_name(p))
            for p in parts
        ]  # fmt: skip
        return ", ".join(said[:-1]) + f" and {said[-1]}", True
    role = parts[-1] if parts[-1].islower() and set(parts[-1].split()) & ROLE_NAMES else None
    if role and len(parts) == 2:  # "Director Tom Kusugak & finance officer": a person, a post
        person = parse_name(parts[0])
        if person.group or not (person.first or person.last) or parts[0].islower():
            return None
        return f"{formal_name(person)} and the {role}", True
    names = [parse_name(p) for p in parts]
    if any(n.group or not (n.first or n.last) for n in names):
        return None
    if any(bare(w) in ROLE_NAMES or bare(w) in PRONOUNS for p in parts for w in p.split()):
        return None
    if any(not re.match(r"[^\W\d_]", w) for p in parts for w in p.split()):
        return None
    titled = any(
        not n.first or bare(n.first) in HONORIFICS or n.honorific in WITH_FIRST_NAME for n in names
    ) or any(
        bare(p.split()[0]) in ("don", "doña", "dona", "dom") for p in parts
    )  # "Don Teófilo + Doña Juana": greeted with their titles, never "Hi Don and Juana"
    if formal or titled:
        said = [formal_name(n) for n in names]
        if family:
            said = [n.first or n.full for n in names]
            said[-1] = f"{said[-1]} {family[:1].upper()}{family[1:]}"
    else:
        said = [n.first or n.full for n in names]
    return ", ".join(said[:-1]) + f" and {said[-1]}", titled


def _named_in_brackets(written: str) -> str | None:
    """ "Kadi and Rasmus" from "the apprentices (Kadi & Rasmus)"; None when no names are."""
    others = OTHERS.search(written)  # "(Akeem + Shanice + dem)": and everyone else
    written = OTHERS.sub("", written)
    found = BRACKETED_NAMES.match(written.strip().strip("\"'“”"))
    together = re.fullmatch(
        r"[^\W\d_]+ (?:&|\+|and) [^\W\d_]+", written.strip()
    )  # "mike & shelley"
    if not found and not together:
        return None
    names = [n for n in AND.split(next(g for g in found.groups() if g) if found else written) if n]
    if not 2 <= len(names) <= 4 or not all(re.fullmatch(r"[^\W\d_]{2,}", n) for n in names):
        return None
    if any(bare(n) in HONORIFICS or bare(n) in ROLE_NAMES or bare(n) in PRONOUNS for n in names):
        return None
    cased = [n if not n.islower() else n[:1].upper() + n[1:] for n in names]
    if others:
        return ", ".join(cased) + " and everyone"
    return ", ".join(cased[:-1]) + f" and {cased[-1]}"


def _in_address_order(name: PersonName, email: str | None) -> PersonName:
    """ "Rao Suresh" with suresh.rao@: written family name first, as the address shows."""
    if name.group or not (name.first and name.last) or not email:
        return name
    local = [p for p in re.split(r"[._-]", email.split("@", 1)[0].lower()) if p]
    swapped = len(local) == 2 and len(local[0]) == 1 and local[1] == bare(name.first)
    if swapped and bare(name.last).startswith(local[0]) and name.last != name.first:
        # "Rusu Maria" from m.rusu@: the family name was written first
        title = f"{name.honorific} " if name.honorific else ""
        return parse_name(f"{title}{name.last} {name.first}")
    if len(local) == 2 and local == [bare(name.last), bare(name.first)]:
        title = f"{name.honorific} " if name.honorific else ""  # "Dr. Okello Peter"
        return parse_name(f"{title}{name.last} {name.first}")
    return name


def _in_letters(name: PersonName, email: str | None) -> PersonName:
    """ "Марковић Драган" writing from dragan.markovic@: a note in English greets the name in
    the letters of the address, "Dragan Markovic"; a Cyrillic or Greek name without such an
    address in its transliteration ("Олена Ковальчук" is Olena Kovalchuk); a name in letters
    stays as written."""
    if re.search(r"[A-Za-z]", name.full):
        return name
    if re.search(r"[\u0370-\u03ff\u0400-\u04ff]", name.full):
        from anyascii import anyascii

        return parse_name(anyascii(name.full).replace("'", ""))
    parts = [p for p in re.split(r"[._-]", (email or "").split("@", 1)[0]) if p.isalpha()]
    named = [p for p in parts if len(p) > 1]
    if len(parts) == 2 and named:  # "bounmy.p@": the given name and an initial
        return parse_name(" ".join(p.capitalize() for p in named))
    return name


def _as_role(written: str) -> str:
    """A role greeted as one: "Dear Finance team,", "Dear HR advisor,", "Dear Head of Science,"."""
    words = [w.upper() if w.lower() in ("hr", "rrhh") else w for w in written.split()]
    if len(words) > 1 and words[-1].lower() in ("rep", "reps", "representative"):
        words = words[:-1]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


# A role written where a name belongs ("Finance team rep", "HR advisor"): greeted without
# a name rather than as "Hello Finance,".
ROLE_NAMES = words_of(
    "rep reps representative advisor adviser recruiter recruiters hr rrhh coordinator officer "
    "contact liaison"
)
# Terms of respect that go with the given name in te reo Māori: "Dear Whaea Mere".
RESPECT_TERMS = frozenset(["whaea", "matua", "koro", "kuia"])


def sign_off_lines(candidate: Candidate | None, signature: str | None, pick: Picker) -> list[str]:
    """A sign-off, then the stored signature or the candidate's name and phone."""
    lines = [pick.one("sign-off", banks.SIGN_OFF)]
    if signature and signature.strip():
        lines += [line.rstrip() for line in signature.strip().splitlines()]
    elif candidate is not None:
        lines.append(candidate.name)
        if candidate.phone:
            lines.append(candidate.phone)
    return lines
