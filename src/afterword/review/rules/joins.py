"""Broken joins: a jotted note pasted into a sentence's slot, found by grammatical shape.

A template ("I bring {fit}", "It was useful to hear about {topic}") fed a note of the wrong
shape leaves sentences no person writes: a verb where a noun belongs ("I bring built a
model", "hear about asked me about ..."), an adjective phrase where a subject belongs ("I
believe comfortable owning a budget would ..."), a direct question inside a sentence
("digging into how do you measure success?"), a clause after a preposition ("about we both
studied"). Harper reads word by word and lets them through. Parts of speech come from
``lemminflect``'s lexicon (offline, read on the first sentence that needs it, see
``afterword.lexicon``); the only
lists here are grammar's closed classes: pronouns, prepositions, auxiliaries, and the verbs
that take a bare verb or an adjective after them ("help build", "feel valued").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from afterword import lexicon
from afterword.review.finding import Finding
from afterword.review.rules.base import Rule
from afterword.review.rules.document import Document
from afterword.review.rules.text import word_set

SUBJECTS = word_set("i we you they he she")
MODALS = word_set("to can could will would should may might must")
AUXILIARIES = word_set(
    "am is are was were be been being has have had do does did will would can could should "
    "may might must shall"
)
# Verbs whose next word may be a bare verb or a participle: causatives, perception, linking.
TAKES_A_VERB = word_set(
    """help helps let lets make makes see sees watch watches hear hears feel feels get gets
    go goes come comes dare need needs become becomes seem seems look looks remain remains
    stay stays keep keeps appear appears sound sounds grow grows"""
)
PREPOSITIONS = word_set("about by into of on with for from at over through upon")
DETERMINERS = word_set(
    """the a an my our your their his her its this that these those some any every each me
    us them him it you they we he she i someone something everyone how what why where when
    who whether to"""
)
# Adverbs that stand between a subject and its verb ("I also enjoyed", "I am very keen").
ADVERBS = word_set("also just still even never always already once first then often ever only")
DEGREE = word_set("very so really too quite most more less rather")
CLOSED = SUBJECTS | MODALS | AUXILIARIES | PREPOSITIONS | DETERMINERS | ADVERBS | DEGREE
CLOSED |= word_set(
    """in and or but as than if so because while alongside across against among around behind
    below beside between beyond during inside near outside toward towards under within without"""
)
WH = word_set("how what why where when whether")  # not "which", "who": relative pronouns too
IDIOMS = frozenset({("for", "granted")})
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\w\s]")


class Token(NamedTuple):
    """A word or a punctuation mark of a sentence, lower-cased, with its span in the body."""

    text: str
    start: int
    end: int


@cache
def _tags(word: str) -> dict[str, tuple[str, ...]]:
    return lexicon.lemmas(word)


def past_form(word: str) -> bool:
    """Whether a word is a verb's past tense or participle ("built", "asked"), not its base."""
    lemmas = _tags(word).get("VERB", ())
    return any(lemma != word for lemma in lemmas) and not word.endswith(("ing", "s"))


def _only_verb(word: str) -> bool:
    """Whether the lexicon knows the word as a verb and as nothing else."""
    return set(_tags(word)) == {"VERB"}


def _only_adjective(word: str) -> bool:
    """Whether a word is an adjective and never a verb or a common noun ("comfortable")."""
    tags = set(_tags(word))
    return "ADJ" in tags and not tags & {"VERB", "NOUN"}


def _adjective_not_verb(word: str) -> bool:
    """Whether a word is an adjective and never a verb ("comfortable", "familiar")."""
    tags = _tags(word)
    return "ADJ" in tags and "VERB" not in tags


def _tokens(doc: Document) -> Iterator[list[Token]]:
    for sentence in doc.sentences:
        yield [
            Token(m.group().lower(), sentence.start + m.start(), sentence.start + m.end())
            for m in TOKEN.finditer(sentence.text)
        ]


def _open_word(word: str) -> bool:
    """Whether a word may be a verb, an adjective or a noun: not punctuation nor grammar's own."""
    return word.isalpha() and word not in CLOSED


def _verb_in_a_noun_slot(words: list[Token], at: int, strict: bool = False) -> bool:
    """Whether the word at ``at`` is a past verb standing where an object belongs.

    ``strict``: only when a determiner or pronoun follows ("about asked me"), since a past
    form the lexicon knows only as a verb may still be an adjective ("for paid social").
    The lexicon is asked last: loading it costs half a second, which a clean note never pays.
    """
    word = words[at].text
    after = words[at + 1].text if at + 1 < len(words) else ""
    if not _open_word(word) or word.endswith(("ing", "s", "ly")):
        return False
    after_a_preposition = DETERMINERS - {"that", "it", "you", "we", "to"}  # "a problem that"
    if after not in (after_a_preposition if strict else DETERMINERS) and not (
        word.endswith("ed") and not strict
    ):
        return False
    return past_form(word) and (after in DETERMINERS or _only_verb(word))


def _verb_after_verb(words: list[Token]) -> Iterator[tuple[int, int, str]]:
    """ "I bring built a model", "like to add forgot to say": two verbs run together."""
    for at in range(1, len(words) - 1):
        before, verb = words[at - 1].text, words[at].text
        if before not in SUBJECTS | MODALS or verb in TAKES_A_VERB or not _open_word(verb):
            continue
        if (
            not verb.endswith("ly")
            and _verb_in_a_noun_slot(words, at + 1)
            and "VERB" in _tags(verb)
            and verb in _tags(verb)["VERB"]
        ):
            yield at, at + 1, f'"{verb} {words[at + 1].text}": a verb where a noun phrase belongs'


def _verb_after_preposition(words: list[Token]) -> Iterator[tuple[int, int, str]]:
    """ "hear about asked me", "struck by saw they": a clause's verb after a preposition."""
    for at in range(1, len(words) - 1):
        pair_words = (words[at].text, words[at + 1].text)
        if pair_words in IDIOMS:
            continue
        if words[at].text in PREPOSITIONS and _verb_in_a_noun_slot(words, at + 1, strict=True):
            pair = f"{words[at].text} {words[at + 1].text}"
            yield at, at + 1, f'"{pair}": a verb where a noun phrase belongs'


# A subject pronoun fused with its verb: "digging into I'm a bit homesick", "what you shared
# about she'll let me know". Not "you": "with you're team" is AW602's your/you're slip.
SUBJECT_CONTRACTIONS = frozenset(
    f"{pronoun}{mark}{ending}"
    for pronoun, endings in {
        "i": ("m", "ve", "ll", "d"),
        "we": ("re", "ve", "ll", "d"),
        "they": ("re", "ve", "ll", "d"),
        "he": ("ll", "d"),
        "she": ("ll", "d"),
    }.items()
    for ending in endings
    for mark in "'’"
)


def _clause_after_preposition(words: list[Token]) -> Iterator[tuple[int, int, str]]:
    """ "hearing about we both studied": a subject pronoun after a preposition."""
    subjects = SUBJECTS - {"you"} | SUBJECT_CONTRACTIONS
    for at in range(1, len(words) - 1):
        if words[at].text in PREPOSITIONS - {"for"} and words[at + 1].text in subjects:
            pair = f"{words[at].text} {words[at + 1].text}"
            yield (
                at,
                at + 1,
                f'"{pair}": a clause where a noun phrase belongs (try "how" or "that")',
            )


def _wh_after_that(words: list[Token]) -> Iterator[tuple[int, int, str]]:
    """ "hearing that how I would ...": two clause openers run together."""
    for at in range(len(words) - 1):
        if words[at].text == "that" and words[at + 1].text in {"how", "why", "whether"}:
            pair = f"that {words[at + 1].text}"
            yield at, at + 1, f'"{pair}": two clause openers run together'


def _direct_question(words: list[Token]) -> Iterator[tuple[int, int, str]]:
    """ "digging into how do you measure success?": a question left raw inside a sentence."""
    for at in range(1, len(words) - 2):
        before, wh, aux, subject = (w.text for w in words[at - 1 : at + 3])
        raw = wh in WH and before.isalpha() and aux in AUXILIARIES
        if raw and subject in DETERMINERS - WH - {"to"}:
            yield at, at + 2, f'"{wh} {aux} {subject}": an indirect question keeps its order'


def _finite(word: str) -> bool:
    """Whether a word can carry a clause: an auxiliary, or a verb ending in -s ("makes")."""
    if word in AUXILIARIES - {"to", "be", "been", "being"}:
        return True
    lemmas = _tags(word).get("VERB", ())
    return any(word in (f"{lemma}s", f"{lemma}es") for lemma in lemmas)


def _adjective_as_subject(words: list[Token]) -> Iterator[tuple[int, int, str]]:
    """ "I believe comfortable owning a budget would help": an adjective phrase as a subject.

    The shape the composer leaves: a subject and a verb of thinking in the present ("I
    believe", "I am confident"), then an adjective with its complement, then a verb.
    """
    for at in range(2, len(words) - 2):
        subject, before, adjective, after = (w.text for w in words[at - 2 : at + 2])
        if not (_open_word(before) and _open_word(adjective)) or before in TAKES_A_VERB:
            continue
        if before.endswith("ly") or adjective.endswith(("ing", "ly")):
            continue
        if not (after.endswith("ing") or after in PREPOSITIONS | {"in", "to"}):
            continue
        after_a_verb = (  # "I believe comfortable owning ...", not "I worked ..."
            subject in SUBJECTS and not before.endswith("ed") and not adjective.endswith("ed")
        )
        after_an_adjective = at >= 3 and words[at - 3].text in SUBJECTS and subject in AUXILIARIES
        rest = [w.text for w in words[at + 2 :]]
        ends = {",", ";", "that", "which", "who", "when"}
        clause = rest[: next((i for i, w in enumerate(rest) if w in ends), len(rest))]
        maybe_finite = [w for w in clause if w in AUXILIARIES or w.endswith("s")]
        if not (after_a_verb or after_an_adjective) or not maybe_finite:
            continue
        if after_a_verb and not (
            before in _tags(before).get("VERB", ()) and _adjective_not_verb(adjective)
        ):
            continue
        if after_an_adjective and not (
            _only_adjective(before) and "ADV" not in _tags(before) and "ADJ" in _tags(adjective)
        ):
            continue
        if any(_finite(w) for w in maybe_finite):
            yield at, at, f'"{adjective} {after} ...": an adjective phrase cannot be a subject'


SHAPES = (
    _verb_after_verb,
    _verb_after_preposition,
    _clause_after_preposition,
    _wh_after_that,
    _direct_question,
    _adjective_as_subject,
)


def broken_joins(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag sentences whose parts do not join: the seams a template leaves around a note."""
    for words in _tokens(doc):
        for shape in SHAPES:
            for first, last, message in shape(words):
                yield rule.finding(message, words[first].start, words[last].end)
    yield from _bare_roles(rule, doc)


# Jobs many people hold: in the singular they take an article ("as a physiotherapist", "I am
# a registered teacher"). Titles one person holds go without ("as Executive Chef", "as Head
# of Design", "as Managing Partner"), so managers, heads, leads, directors, chiefs, officers,
# supervisors and editors are not here.
ROLES = word_set(
    """assistant engineer physiotherapist therapist analyst developer designer nurse teacher
    hygienist consultant specialist researcher scientist technician accountant auditor
    architect planner programmer journalist reporter paralegal solicitor lawyer associate
    advisor adviser coordinator administrator recruiter pharmacist surgeon dentist midwife
    paramedic educator tutor lecturer instructor counsellor counselor psychologist surveyor
    electrician mechanic chemist biologist statistician economist strategist intern
    apprentice trainee receptionist"""
)
# Words that may stand before the role without making it a noun phrase of its own.
NOT_MODIFIERS = word_set(
    """a an the my our your their his her its this that one another any some no every each both
    either neither more less most least as than such so what which whose with for to in at on
    of by from and or but not never just like"""
)


_ROLES = "|".join(sorted(ROLES, key=len, reverse=True))
_ROLE = rf"((?i:{_ROLES}))(?![\w'’&/-])(?!\s+(?:and|or|&)\b)"
# "hear from you as Dental Assistant", "Meeting you as Physiotherapist": the record's title
# after "you as", in title case, its last capitalised word a job many hold.
AS_TITLE = re.compile(rf"\byou\s+as\s+((?:[A-Z][a-z]+\s+){{0,3}}?){_ROLE}(?!\s+[A-Z])")
# "I am fully registered ECE teacher.": the candidate's fit note after "I am", in lower case.
# The role ends its noun phrase there ("assistant manager" is a manager, one of a kind).
I_AM_ROLE = re.compile(
    rf"\bI(?:\s+am|['’]m)\s+((?:(?:[a-z]+(?:-[a-z]+)?|[A-Z]{{2,6}})\s+){{0,4}}?){_ROLE}"
    r"(?=\s*[.,;:!?)]|\s*$|\s+(?:at|in|with|for|on|who|since|from|of|to|by|based)\b)"
)


def _bare_roles(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag a job many people hold, in the singular, without an article: "as Physiotherapist"."""
    for pattern, title_case in ((AS_TITLE, True), (I_AM_ROLE, False)):
        for match in pattern.finditer(doc.body):
            modifiers, role = match.group(1).split(), match.group(2)
            if role[0].isupper() is not title_case or not role[1:].islower():
                continue
            if any(word.lower() in NOT_MODIFIERS for word in modifiers):
                continue
            phrase = " ".join([*modifiers, role])
            yield rule.finding(
                f'"{phrase}": a job many people hold takes an article ("a {phrase}")',
                match.start(1) if modifiers else match.start(2),
                match.end(2),
            )
