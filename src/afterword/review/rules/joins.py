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


@cache
def _noun_plurals(word: str) -> tuple[str, ...]:
    return tuple(lexicon.inflections(word, "NOUN").get("NNS", ()))


def _count_noun(word: str) -> bool:
    """Whether a singular noun only counts: "timetable", "clinic", "locator", not "advice".

    Harper's dictionary must mark it a noun with neither mass mark ("experience",
    "management" and "work" are both mass and count), and lemminflect must not know the word
    as its own plural: it does for "pleasure", "notice", "effect", "correction" and "ore",
    which are used uncounted too ("with great pleasure", "at short notice", "with immediate
    effect", "Pilbara iron ore"). A word lemminflect does not know ("transshipment") is left
    alone.
    """
    from afterword.review.proofread import harper_nouns

    if harper_nouns().get(word) != "count":
        return False
    plurals = _noun_plurals(word)
    return bool(plurals) and word not in plurals


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
    texts = [w.text for w in words]
    for at in range(1, len(words) - 2):
        before, wh, aux, subject = texts[at - 1 : at + 3]
        if wh not in WH:
            continue
        raw = wh in WH and before.isalpha() and aux in AUXILIARIES
        if raw and subject in DETERMINERS - WH - {"to"}:
            yield at, at + 2, f'"{wh} {aux} {subject}": an indirect question keeps its order'


def _finite(word: str) -> bool:
    """Whether a word can carry a clause: an auxiliary, or a verb ending in -s ("makes")."""
    if word in AUXILIARIES - {"to", "be", "been", "being"}:
        return True
    lemmas = _tags(word).get("VERB", ())
    return any(word in (f"{lemma}s", f"{lemma}es") for lemma in lemmas)


AFTER_ADJECTIVE = PREPOSITIONS | {"in", "to"}


def _adjective_as_subject(words: list[Token]) -> Iterator[tuple[int, int, str]]:
    """ "I believe comfortable owning a budget would help": an adjective phrase as a subject.

    The shape the composer leaves: a subject and a verb of thinking in the present ("I
    believe", "I am confident"), then an adjective with its complement, then a verb.
    """
    texts = [w.text for w in words]
    for at in range(2, len(words) - 2):
        subject, before, adjective, after = texts[at - 2 : at + 2]
        if not (after.endswith("ing") or after in AFTER_ADJECTIVE):
            continue
        if not (_open_word(before) and _open_word(adjective)) or before in TAKES_A_VERB:
            continue
        if before.endswith("ly") or adjective.endswith(("ing", "ly")):
            continue
        after_a_verb = (  # "I believe comfortable owning ...", not "I worked ..."
            subject in SUBJECTS and not before.endswith("ed") and not adjective.endswith("ed")
        )
        after_an_adjective = at >= 3 and words[at - 3].text in SUBJECTS and subject in AUXILIARIES
        rest = texts[at + 2 :]
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


# A subject pronoun right after a verb that takes a noun phrase, never a clause: "let me
# describe I've worked under COCOBOD rules", "the chance to share I simplify to 8 colours".
TELLING = word_set("describe describing share sharing discuss discussing cover")


def _clause_after_telling(words: list[Token]) -> Iterator[tuple[int, int, str]]:
    """ "let me describe I've worked ...": a clause after a verb that takes a noun phrase."""
    subjects = SUBJECTS - {"you"} | SUBJECT_CONTRACTIONS
    for at in range(1, len(words) - 1):
        if words[at].text in TELLING and words[at + 1].text in subjects:
            pair = f"{words[at].text} {words[at + 1].text}"
            yield (
                at,
                at + 1,
                f'"{pair}": a clause where a noun phrase belongs (try "how" or "that")',
            )


A_BIT = frozenset({("a", "bit"), ("a", "little")})


def _adjective_after_a_bit(words: list[Token]) -> Iterator[tuple[int, int, str]]:
    """ "hearing about a bit nosy about my family": a remark's adjective as a topic."""
    for at in range(len(words) - 3):
        pair = (words[at + 1].text, words[at + 2].text)
        if words[at].text not in PREPOSITIONS or pair not in A_BIT:
            continue
        adjective = words[at + 3].text
        if _open_word(adjective) and _only_adjective(adjective) and "ADV" not in _tags(adjective):
            phrase = " ".join(w.text for w in words[at : at + 4])
            yield at, at + 3, f'"{phrase}": an adjective where a noun phrase belongs'


# Words before "about" that let a clause follow the topic ("I think the point about scale is
# right", "I am sure the part about X is"), and words that end the topic's noun phrase.
CLAUSE_TAKERS = word_set(
    """that whether if what how why where when who which whose because since as once while
    though although think thought believe believed feel felt hope hoped know knew sure
    confident agree agreed find found clear glad happy pleased aware suspect expect said say
    says noticed realised realized understand understood mean meant see saw seen guess wonder
    imagine suppose assume reckon trust bet"""
)
TOPIC_ENDS = CLAUSE_TAKERS | SUBJECTS | word_set("and but or than so it there to")
BE = word_set("is are was were")


def _clause_in_topic(words: list[Token]) -> Iterator[tuple[int, int, str]]:
    """ "I enjoyed hearing about the per diem for field trips is 150 cedis": a note's clause
    pasted whole after "about", its verb left in. Only in a sentence that opens with its own
    subject and has no word before "about" that could take a clause."""
    if len(words) < 6 or words[0].text not in {"i", "we", "it"}:
        return
    for at in range(2, len(words) - 2):
        if words[at].text != "about":
            continue
        if any(w.text in CLAUSE_TAKERS for w in words[:at]):
            return
        for end in range(at + 1, min(at + 10, len(words))):
            word = words[end].text
            if word in BE and end > at + 1:
                topic = " ".join(w.text for w in words[at + 1 : end])
                yield (
                    at,
                    end,
                    f'"about {topic} {word}": a clause where a noun phrase belongs '
                    '(try "how" or "that")',
                )
                return
            if end > at + 1 and word in DETERMINERS and words[end - 1].text not in PREPOSITIONS:
                break  # a clause of its own: "about a time my numbers were off"
            if word in TOPIC_ENDS or (not word.isalpha() and word != "-"):
                break
        return


# "Given my GCP and ICH E6(R3) trained, I ...": a credential's participle left at the end of
# a noun phrase after "my", where a noun belongs. Not after "have", "get" or "find" ("I had my
# DBS renewed", "please find my CV attached"): those take a participle there.
PARTICIPLE_AFTER_MY = re.compile(
    r"\b(\w+)\s+my\s+(?:[^.,;:()]*?\band\s+)?((?:[A-Z][\w.()/-]*\s+){1,4})([a-z]+ed)\b"
    r"(?=\s*(?:[,.;]|to\b|would\b))"
)
CAUSATIVES = word_set(
    """have has had having get gets got getting find found keep kept want wanted need needed
    see saw"""
)


def _participle_after_my(rule: Rule, doc: Document) -> Iterator[Finding]:
    for sentence in doc.sentences:
        for match in PARTICIPLE_AFTER_MY.finditer(sentence.text):
            if match.group(1).lower() in CAUSATIVES:
                continue
            participle = match.group(3)
            if not past_form(participle) or "NOUN" in _tags(participle):
                continue
            credential = match.group(2)
            phrase = f"{credential}{participle}"
            yield rule.finding(
                f'"{phrase}": a participle where a noun belongs (try "my {credential}training" '
                f'or "I am {phrase}")',
                sentence.start + match.start(2),
                sentence.start + match.end(3),
            )


# A jotted noun phrase that lost its article: "what you shared about timetable", "went live
# with new system", "with regional council", "my 3 years as 911 call-taker", "talk through
# UAE IA standard and NESA controls", "at Linköping clinic". A singular noun that only counts
# (both lexicons agree) at the end of a noun phrase with no determiner, after a preposition
# the composer puts a topic after. "about risk management", "with machine learning" and
# "at Google" have no such noun. Idioms ("into account", "through school", "at short notice",
# "with pleasure") are kept out by asking for a modifier where they occur, and by the count.
# After "describe", "mention" and "share" too: "let me describe stuck ferment rescue in 2024".
ARTICLE_SLOTS = word_set("about with through into as at in on describe mention share of")
NAMED_ONLY = word_set("at in on")  # "at Linköping clinic", "in dose optimisation project"
BARE_AFTER = word_set("about as")  # "about timetable"; "with team" is too near "with pleasure"
# A topic after a gerund that opens the sentence ("Talking through visa was ...", "Hearing
# about wage scale ..."): the composer's frame, where no idiom ("through school") stands.
AFTER_A_GERUND = word_set("about through into with")
POSSESSIVES = word_set("my our your his her their")
# "after 2021 flood": a year before a count noun that takes "the".
AFTER_A_YEAR = word_set("after before since during")
YEAR = re.compile(r"\s*(?:19|20)\d\d\s+")
PHRASE_ENDS = word_set(
    "and or in at on for from with by since during via per about until would will could can to"
)
COORDINATORS = word_set("and or")
NOT_IN_A_PHRASE = CLOSED | word_set(
    """one another no both either neither least such which whose little much many few several
    all half own same other enough per versus vs zero last next"""
)
DURATIONS = word_set("years year months yrs")


def _word_gap(body: str, left: Token, right: Token) -> str:
    return body[left.end : right.start]


def _bare_nouns(words: list[Token], body: str) -> Iterator[tuple[int, int, str]]:
    """Each noun phrase after an article slot whose singular count noun has no determiner."""
    for at in range(len(words) - 1):
        slot = words[at].text
        gap = _word_gap(body, words[at], words[at + 1])
        if slot in AFTER_A_YEAR and YEAR.fullmatch(gap):
            yield from _bare_conjuncts(words, body, at, bare=True)
            continue
        if slot not in ARTICLE_SLOTS or not _a_slot(words, at):
            continue
        if at > 1 and body[words[at - 1].start].isupper():
            continue  # a title's own preposition: "the Lecturer in Early Childhood Education role"
        if any(c.isdigit() for c in gap) and not re.fullmatch(r"\s*\d{3,}\s+", gap):
            continue  # a quantity ("with 2 engineers"), not a name ("as 911 call-taker")
        gerund = at == 1 and slot in AFTER_A_GERUND and words[0].text.endswith("ing")
        yield from _bare_conjuncts(words, body, at, bare=gerund)


def _shared_modifier(words: list[Token], head: int, end: int) -> bool:
    """ "red panda and giant panda husbandry": the first noun modifies the last one too."""
    if end >= len(words) or words[end].text not in COORDINATORS:
        return False
    noun = words[head].text
    later = [w.text for w in words[end + 1 : end + 6]]
    return any(w == noun and i + 1 < len(later) and later[i + 1].isalpha()
               for i, w in enumerate(later))  # fmt: skip


def _a_slot(words: list[Token], at: int) -> bool:
    """Whether "as" follows a duration ("3 years as"), "of" a possessive's noun ("our tour of")."""
    slot = words[at].text
    if slot == "as":
        return at > 0 and words[at - 1].text in DURATIONS
    if slot == "of":
        return at > 1 and words[at - 2].text in POSSESSIVES and _open_word(words[at - 1].text)
    return True


def _bare_conjuncts(
    words: list[Token], body: str, at: int, bare: bool = False
) -> Iterator[tuple[int, int, str]]:
    slot, first = words[at].text, at + 1
    while first < len(words):
        end = first
        while end < len(words) and _in_a_phrase(words, end, first):
            end += 1
        head = end - 1
        after = words[end].text if end < len(words) else "."
        ends = after in PHRASE_ENDS | AUXILIARIES or not after.isalpha() or after.endswith("ly")
        if head < first or not ends:
            return
        if _bare_head(words, body, slot, first, head, after, bare) and not _shared_modifier(
            words, head, end
        ):
            phrase = body[words[first].start : words[head].end]
            yield (
                first,
                head,
                f'"{phrase}": a singular noun that counts takes an article here '
                f'("the {phrase}" or "a {phrase}")',
            )
            return
        if after not in COORDINATORS and after != ",":
            return
        if not words[head].text.endswith("s"):
            return  # a list of bare topics: "about containment and cable tray", "buddy reading"
        first = end + 1


def _in_a_phrase(words: list[Token], at: int, first: int) -> bool:
    """Whether a word may stand in a noun phrase with no determiner: an open word, not "-ly"."""
    word = words[at].text
    if not re.fullmatch(r"[a-z][a-z'’-]*", word) or word in NOT_IN_A_PHRASE | PHRASE_ENDS:
        return False
    return not (word.endswith(("'s", "’s")) or (at > first and word.endswith("ly")))


def _bare_head(
    words: list[Token], body: str, slot: str, first: int, head: int, after: str, bare: bool
) -> bool:
    """Whether the phrase's last word is a singular count noun that lacks its article.

    ``bare``: the slot wants an article even before a lone noun ("Talking through visa").
    """
    word, token = words[head].text, words[head]
    modifiers = words[first:head]
    if not body[token.start].islower() or word.endswith(("ing", "s")):
        return False
    if re.match(r"\w", body[token.start - 1 : token.start]) or re.match(
        r"\w|\.\s*[a-z]|/", body[token.end : token.end + 3]
    ):
        return False  # part of a word ("Querétaro", "cartel/drug"), or cut short ("resp. model")
    if after == "to" and slot != "as":
        return False  # "with regard to", "with reference to"
    if not modifiers and slot not in BARE_AFTER and not bare:
        return False  # "into account", "through school", "with pleasure"
    for left, right in zip(words[first:head], words[first + 1 : head + 1], strict=True):
        if re.search(r"[^\w\s]", _word_gap(body, left, right)):
            return False  # punctuation inside: "E6(R3) trained", "resp. model"
    if slot in NAMED_ONLY and not bare and not (modifiers and body[modifiers[0].start].isupper()):
        return False  # "at Linköping clinic", never "at short notice" nor "in due course"
    if after.endswith("ly") and after.isalpha():
        tags = _tags(after)
        if "ADV" not in tags or "NOUN" in tags or "ADJ" in tags:
            return False
    first_part, _, lemma = word.rpartition("-")  # "call-taker": a taker; "on-call" is no call
    if len(lemma) < 3 or (first_part and (len(first_part) < 3 or first_part in CLOSED)):
        return False
    if any(part in CLOSED for part in first_part.split("-")):
        return False  # "end-to-end", "state-of-the-art": a phrase, not a noun
    if "ADV" in _tags(word) or not _count_noun(lemma):
        return False  # "OFW parents abroad"
    if modifiers and modifiers[0].text.endswith("ing") and not _a_noun(modifiers[0].text):
        return False  # a gerund and its object: "about rebalancing float"
    if "ADJ" in _tags(word) and after in COORDINATORS | {","}:
        following = words[head + 2] if head + 2 < len(words) else None
        if following is None or body[following.start].islower():
            return False  # "with professional and personal growth"
    return True


def _a_noun(word: str) -> bool:
    """Whether Harper's dictionary has an -ing word as a noun ("edging"; not "rebalancing")."""
    from afterword.review.proofread import harper_nouns

    return word in harper_nouns()


def _article_shapes(words: list[Token], body: str) -> Iterator[tuple[int, int, str]]:
    yield from _bare_nouns(words, body)


SHAPES = (
    _verb_after_verb,
    _verb_after_preposition,
    _clause_after_preposition,
    _wh_after_that,
    _direct_question,
    _adjective_as_subject,
    _clause_after_telling,
    _adjective_after_a_bit,
    _clause_in_topic,
)


def broken_joins(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag sentences whose parts do not join: the seams a template leaves around a note."""
    for words in _tokens(doc):
        for shape in SHAPES:
            for first, last, message in shape(words):
                yield rule.finding(message, words[first].start, words[last].end)
        for first, last, message in _article_shapes(words, doc.body):
            yield rule.finding(message, words[first].start, words[last].end)
    yield from _participle_after_my(rule, doc)
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
