"""Small text helpers the rules share: names from the context, keywords, edit distance."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from afterword.interview.name_data import ADDRESS as HONORIFICS
from afterword.review.rules.document import Document

if TYPE_CHECKING:
    from afterword.interview.model import Interview, Interviewer
    from afterword.review.addressee import Addressee


def word_set(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of a literal list as a set."""
    return frozenset(text.split())


STOPWORDS = word_set(
    """a about above after again all also am an and any are as at be been before being below
    between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me
    more most my myself no nor not now of off on once only or other our ours out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will
    with would you your yours yourself yourselves us let lets get got really much many well also"""
)
# any script: "Łukasz", "Álvarez"; a title written with a slash is one word: "W/ro", "W/t"
NAME_WORD = re.compile(r"(?<![\w'’/-])[^\W\d_](?:/[^\W\d_]{1,4}\b\.?|[\w'’-]*)")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case and strip accents, so "José" matches "jose"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def distance(a: str, b: str) -> int:
    """Return the optimal-string-alignment edit distance (a swap of neighbours costs one)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def close(word: str, target: str) -> bool:
    """Whether ``word`` looks like a misspelling of ``target`` (not the same word)."""
    a, b = fold(word), fold(target)
    if a == b or min(len(a), len(b)) < 3:
        return False
    allowed = 1 if len(b) <= 5 else 2
    return distance(a, b) <= allowed


def name_tokens(person: Interviewer | Addressee | None) -> set[str]:
    """Return the folded words of a person's name (first, last, full) and of ``greet_as``."""
    if person is None:
        return set()
    from afterword.interview.names import given_from_address  # nameparser: with an interview

    given = given_from_address(person.name, person.email)  # "Dear Jonas Kessler," / "D."
    title = (person.person.honorific or "").split()[1:]  # "Dato' Seri": Seri is the title's
    if (
        person.person.honorific
        and person.person.first
        and person.person.honorific in ("Don", "Si", "Kagawad")
    ):  # "Dear Don Patricio,": a title with the given name, written in full
        title.append(person.person.honorific)
    # "the apprentices (Kadi & Rasmus)": the people named in brackets are greeted by name
    bracketed = re.findall(r"[^\W\d_]{2,}", " ".join(re.findall(r"\(([^()]*)\)", person.name)))
    return (
        {fold(w) for w in (*title, *bracketed)}
        | set(folded_tokens(person.name))
        | set(folded_tokens(person.greet_as or ""))
        | ({fold(given.rstrip("."))} if given else set())
    )


@lru_cache(maxsize=1024)
def folded_tokens(name: str) -> tuple[str, ...]:
    """Return the folded words of a name as written ("Dr. Priya Raman" -> priya, raman)."""
    from afterword.interview.names import parse_name  # nameparser: only with an interview

    return tuple(fold(t.rstrip(".")) for t in parse_name(name).tokens)  # "P." is "P"


# Titles people are greeted with beyond the interview file's honorifics ("Mme", "Lic.",
# "Shri", "Herr", the "Dipl" of "Dipl.-Ing."): in a greeting they are not names.
GREETING_TITLES = word_set(
    """mme mlle m lic ing arq sra srta sr dra dr mr mrs ms mx miss prof capt col maj lt gen sgt
    cmdr adm hon herr frau shri smt sri kumari sheikh ustadh eng engr atty madam madame sir dame
    rev fr rabbi judge dipl"""
)


def names_in(text: str) -> list[re.Match[str]]:
    """Return the capitalised words of ``text`` that are not honorifics."""
    return [
        m
        for m in NAME_WORD.finditer(text)
        if m.group()[0].isupper()
        and m.group().rstrip(".").lower() not in HONORIFICS
        and m.group().rstrip(".").lower() not in GREETING_TITLES
    ]


@lru_cache(maxsize=1024)
def keywords(text: str) -> frozenset[str]:
    """Return the content words of a note from the interview file, as 5-letter stems."""
    words = re.findall(r"[^\W_]+", fold(text))
    return frozenset(w[:5] for w in words if len(w) >= 3 and w not in STOPWORDS)


def body_stems(doc: Document) -> set[str]:
    """Return the 5-letter stems of the body's words (computed once per document)."""
    if "stems" not in doc.cache:
        doc.cache["stems"] = {fold(w.text)[:5] for w in doc.words}
    return doc.cache["stems"]  # type: ignore[return-value]


def known_names(doc: Document) -> set[str]:
    """Return the folded words of every name the context knows (people, company, role)."""
    if "known" not in doc.cache:
        doc.cache["known"] = _known_names(doc)
    return doc.cache["known"]  # type: ignore[return-value]


def _known_names(doc: Document) -> set[str]:
    context, words = doc.context, set[str]()
    if context.interview is not None:
        interview = context.interview
        for text in _record_texts(interview):
            words.update(fold(t) for t in re.findall(r"[^\W_]+", text))
    candidate = context.candidate or (context.interview.candidate if context.interview else None)
    if candidate is not None:
        words.update(fold(t) for t in re.findall(r"[^\W_]+", candidate.name))
    words.update(fold(w) for w in context.known_words)
    return words


def _record_texts(interview: Interview) -> list[str]:
    """Return every text of the record: names, company, role and the candidate's own notes."""
    texts = [interview.company, interview.role, *interview.fit, *interview.missed]
    texts += interview.insights
    for person in interview.interviewers:
        texts += [person.name, person.title or "", *person.discussed]
        texts += [
            person.valued or "",
            person.rapport or "",
            getattr(person, "greet_as", None) or "",
        ]
    return texts
