"""Write a draft in the candidate's English: "organise" and "programme" in en-GB, "colour" in en-CA.

The phrase banks are written in American spelling; each other English takes the kinds of
difference its writers make (Canadian keeps "-ize" and "program"; Australian keeps
"program"). A word the candidate typed in a note keeps their spelling unless they chose
the English in their profile. Only
words in lower case (or opening a sentence) change, so names ("Labor Party") stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from afterword.english import English, resolve

if TYPE_CHECKING:
    from afterword.compose.draft import Draft
    from afterword.config import Settings
    from afterword.interview.model import Interview

# American words that other Englishes spell otherwise, by the kind of difference.
OUR = """color colors colored colorful behavior behaviors behavioral favor favors favorable
    favorite favorites honor honors honored honoring honorable labor endeavor endeavors
    neighbor neighbors neighborhood humor flavor rumor"""
IZE = """organize organized organizes organizing organization organizations organizational
    organizer organizers realize realized realizes realizing recognize recognized recognizes
    recognizing prioritize prioritized prioritizing prioritization specialize specialized
    specializing specialization summarize summarized summarizing emphasize emphasized
    emphasizing apologize optimize optimized optimizing optimization utilize utilized
    utilizing utilization standardize standardized standardization customize customized
    customization minimize minimized minimizing maximize maximized maximizing finalize
    finalized modernize modernized modernization visualize visualized visualization
    visualizations categorize categorized criticize characterize characterized stabilize
    normalize normalized normalization centralize centralized familiarize analyze analyzed
    analyzes analyzing"""
DOUBLE_L = """traveled traveling traveler travelers modeled modeling canceled canceling labeled
    labeling fueled fueling signaled signaling leveled leveling counselor counselors
    counseling channeled"""
OTHER: dict[str, dict[str, str]] = {
    "re": {"center": "centre", "centers": "centres", "centered": "centred", "theater": "theatre"},
    "ence": {"defense": "defence", "offense": "offence"},
    "l": {
        "enroll": "enrol",
        "enrollment": "enrolment",
        "fulfill": "fulfil",
        "fulfillment": "fulfilment",
        "skillful": "skilful",
        "installment": "instalment",
    },
    "grey": {"gray": "grey", "catalog": "catalogue"},
    "programme": {"program": "programme", "programs": "programmes"},
    "sceptic": {"skeptical": "sceptical", "skepticism": "scepticism"},
}
# The kinds of difference each English writes the British way.
BRITISH = frozenset({"our", "ise", "ll", "re", "ence", "l", "grey", "programme", "sceptic"})
KINDS: dict[English, frozenset[str]] = {
    "en-US": frozenset(),
    "en-GB": BRITISH,
    "en-IN": BRITISH,
    "en-AU": BRITISH - {"programme"},  # Australia writes "program" for every sense
    "en-CA": frozenset({"our", "ll", "re", "ence", "grey"}),  # and keeps "-ize", "program"
}
# Kinds an English writes both ways, left as typed (Canadian "skeptical" and "sceptical").
UNSETTLED: dict[English, frozenset[str]] = {"en-CA": frozenset({"sceptic"})}
SPELLED: dict[str, tuple[str, Callable[[str], str]]] = {
    "our": (OUR, lambda w: w.replace("or", "our", 1)),
    "ise": (IZE, lambda w: w.replace("iz", "is").replace("yz", "ys")),
    "ll": (DOUBLE_L, lambda w: re.sub(r"l(ed|ing|er|ers|or|ors)$", r"ll\1", w)),
}


def _pairs(kind: str) -> dict[str, str]:
    """Return the American words of one kind of difference and their other spelling."""
    if kind in SPELLED:
        words, spell = SPELLED[kind]
        return {w: spell(w) for w in words.split()}
    return OTHER[kind]


@cache
def variants(english: English) -> dict[str, str]:
    """Return the words this English spells otherwise, and how it spells them.

    Its own kinds of difference turn American words its way ("color" -> "colour"); the kinds it
    writes as America does turn British words back ("programme" -> "program" in en-AU), so a
    note typed in another spelling reads as the rest of the draft.
    """
    table: dict[str, str] = {}
    for kind in BRITISH - UNSETTLED.get(english, frozenset()):
        pairs = _pairs(kind)
        if kind in KINDS[english]:
            table.update(pairs)
        else:
            table.update({other: american for american, other in pairs.items()})
    return table


@cache
def _pattern(english: English) -> re.Pattern[str] | None:
    words = sorted(variants(english), key=len, reverse=True)
    alternatives = "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in words)
    return re.compile(rf"\b(?:{alternatives})\b") if words else None


def respell(text: str, english: English, typed: frozenset[str] = frozenset()) -> str:
    """Spell the words of ``text`` the way this English writes them; names keep their spelling.

    Words in ``typed`` (folded) are the candidate's own, typed in their notes: kept as typed.
    """
    pattern = _pattern(english)
    if pattern is None:
        return text
    table = variants(english)
    return pattern.sub(lambda m: _respelled(m, table, typed), text)


def typed_words(interview: Interview) -> frozenset[str]:
    """The words the candidate typed in the notes and the names of the record, folded.

    Names keep their spelling wherever they stand ("Dear Adm. Sceptical," is a name).
    """
    notes = [*interview.fit, *interview.missed, *interview.insights, interview.company]
    notes.append(interview.candidate.name if interview.candidate else "")
    for person in interview.interviewers:
        notes += [*person.discussed, person.valued or "", person.rapport or ""]
        notes += [person.name, person.greet_as or ""]
    return frozenset(w.lower() for note in notes for w in re.findall(r"[A-Za-z]+", note))


def _respelled(match: re.Match[str], table: dict[str, str], typed: frozenset[str]) -> str:
    """Respell a lower-case word, or a capitalized one that only starts a sentence."""
    word = match.group()
    if word.lower() in typed:
        return word  # the candidate's own spelling
    if word.islower():
        return table[word]
    before = match.string[: match.start()].rstrip(" ")
    if before and not before.endswith((".", "!", "?", "\n")):
        return word  # "the Data Center team": a name
    british = table[word.lower()]
    return british[:1].upper() + british[1:]


def english_for(settings: Settings | None, interview: Interview) -> English:
    """Return the English to write in: the profile's, an older review dialect, else the zone's."""
    if settings is None:
        return resolve(None, interview.timezone)
    return resolve(settings.profile.english or settings.review.dialect, interview.timezone)


def in_english(draft: Draft, english: English, typed: frozenset[str] = frozenset()) -> Draft:
    """Return the draft with its subject and body spelled in this English, typed words kept."""
    subject = respell(draft.subject, english, typed)
    body = respell(draft.body, english, typed)
    return replace(draft, subject=subject, body=body)
