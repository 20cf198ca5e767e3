"""The interpreter's own check: does a note's form, or a sentence built from it, parse?

Notes keep finding new shapes, so every form a note is read into is checked before a frame
may take it, and every sentence built from a note is checked again once it is built: a raw
question in a noun slot ("what PPE do you expect"), a clause after "that" with no verb
("that inbound guests up 30%"), a wh-word after "that" ("learn that how ..."), a capital
after "I" ("I Read the report"), a subject pronoun in a noun slot ("hearing about we both
..."). A form that fails is dropped; a sentence that fails falls back to a plainer frame or
is left out, and the note is reported as not phrased grammatically.
"""

from __future__ import annotations

import re

from afterword.compose.notes import shape
from afterword.compose.words import words_of

AUXILIARIES = words_of(
    "am is are was were be been has have had do does did will would can could should may "
    "might must shall"
)
PRONOUN_SUBJECTS = ("i", "we", "you", "he", "she", "they", "it")
DETERMINERS = ("the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "me")
WH = r"(?:what|how|why|where|when|which|who|whom|whose|whether)"
# An auxiliary before its pronoun subject after a wh-word: a direct question left raw.
INVERTED = re.compile(
    rf"\b{WH}\b(?:\s+(?!(?:{'|'.join(AUXILIARIES)})\b)[\w/-]+){{0,3}}?\s+"
    rf"(?:{'|'.join(sorted(AUXILIARIES))})\s+(?:you|they|we|i|he|she)\b",
    re.IGNORECASE,
)
# Contractions that carry a verb; a bare "'s" is a possessive unless a pronoun has it.
NO_VERB = "a clause with no verb"
CONTRACTED = re.compile(
    r"\w['’](?:re|ll|ve|d|m)\b|n['’]t\b|\b(?:it|that|he|she|there|here|what|who)['’]s\b",
    re.IGNORECASE,
)


# "we should I know ELISA kits": an auxiliary before "I" is a question jotted as it was asked.
YES_NO = re.compile(r"\b(?:should|could|would|can|will|must|shall|do|does|did|am)\s+I\s+\w+")
# "volcanic ash: trained with ...", "know the terminals: ECT": a label and its content, jotted as
# a heading; not a time ("8:30") or a ratio ("3:1").
HEADING = re.compile(r"\w+:(?!\d)(?=\s|$)")
# "my LLB in and from BL": a preposition left with no object before a join.
DANGLING = re.compile(r"\b(?:in|of|from|at|with|for|on|to|by)\s+(?:and|or|but)\b", re.I)


def form_problem(form: str, text: str) -> str | None:
    """Why a note in this form ("topic", "clause", "sentence") would not read, or None."""
    if "?" in text:
        return "a question mark inside a sentence"
    if INVERTED.search(text):
        return "a direct question where an indirect one belongs"
    words = text.split()
    if not words:
        return "no words"
    if found := YES_NO.search(text):
        return f'a yes-or-no question left raw ("{found.group()}")'
    if found := HEADING.search(text):
        return f'a heading and its colon ("{found.group()}")'
    if found := DANGLING.search(text):
        return f'a preposition with nothing after it ("{found.group()}")'
    first = words[0].lower()
    if form == "topic":
        return _topic_problem(words, first)
    if form == "clause":
        return _clause_problem(words, first)
    return _sentence_problem(words)


def _topic_problem(words: list[str], first: str) -> str | None:
    if first in ("i", "we", "he", "she", "they") and len(words) > 1:
        return "a clause where a noun phrase belongs"
    if re.match(r"(?:should|could|would|must|might)(?:'ve|n't)?$", first):
        return "a modal verb where a noun phrase belongs"  # "should've given numbers on ..."
    if words[-1].lower() in ("stuff", "things", "etc"):
        return "too vague to quote"
    if first in ("that", "to", "and", "but", "or", "including", *PREPOSITIONS) and not (
        words[0].isupper() and len(words[0]) > 1  # "OR wing expansion": the operating room
    ):
        return f'a noun phrase cannot open with "{first}"'
    if all(shape.is_adjective(w.strip(",")) for w in words):
        return "an adjective where a noun phrase belongs"
    if len(words) > 2 and re.fullmatch(r"[A-Z]{2,6}", words[0]) and words[1] == "with":
        return 'an acronym, then "with": a description of someone ("an RRT with ...")'
    if found := _subject_verb(words):
        return f'a clause where a noun phrase belongs ("{found}")'
    for at, word in enumerate(words[1:-1], 1):  # "class 1 licence and drove fuel": a verb joined
        after = words[at + 1].lower()
        if word == "and" and shape.is_form(after, "VBD") and not shape.is_form(after, "VBN"):
            # "drove", "wrote": a simple past only ("earned value" is a participle, a noun's)
            return f'a verb joined to a noun phrase ("and {words[at + 1]}")'
    if re.search(r"\b(?:registered|certified|qualified|licensed|accredited|chartered) and\b",
                 " ".join(words)):  # fmt: skip
        return 'a participle joined to a noun by "and"'
    participle = (  # "deferred defects under the MEL": a participle before a plural noun
        first.endswith("ed")
        and len(words) > 1
        and "NOUN" in shape.tags(words[1])
        and not shape.singular_noun(words[1])
    )
    if words[0] in AUXILIARIES - {"do"} or (
        shape.verb_form(first) in ("past", "present") and shape.only_verb(first) and not participle
    ):
        return "a verb where a noun phrase belongs"
    return None


PREPOSITIONS = ("for", "about", "of", "on", "with", "at", "in", "from", "by", "into")
POSSESSIVES = ("my", "your", "our", "his", "her", "their")


def _subject_verb(words: list[str]) -> str | None:
    """ "my dad served at CFB Petawawa": a possessed noun, then a verb that is only a verb."""
    if len(words) < 3 or words[0].lower() not in POSSESSIVES:
        return None
    for at, word in enumerate(words[1:6], 1):  # "your notes on my reel were really specific"
        if word.lower() in ("that", "which", "who", "how", "what", "where", "when"):
            break  # "your view that the team is small": the clause belongs to the noun
        if at > 1 and word.lower() in ("is", "are", "was", "were"):
            return " ".join(words[: at + 1])
    noun, verb = words[1].lower(), words[2].lower()
    if (
        (shape.singular_noun(noun) or not shape.tags(noun))  # "my kokum knew": a word unknown
        and shape.only_verb(verb)
        and shape.verb_form(verb)
        in (
            "past",
            "present",
        )
    ):
        return f"{words[1]} {words[2]}"
    return None


def _clause_problem(words: list[str], first: str) -> str | None:
    if re.fullmatch(WH, first) or first in ("that", "if", "and", "but", "to"):
        return f'a clause after "that" cannot open with "{first}"'
    if not finite(words):
        return NO_VERB
    # "someone who stays calm with guests": a noun with a relative clause, no verb of its own
    relative = next((i for i, w in enumerate(words) if i and w.lower() in ("who", "which")), 0)
    if (
        relative
        and not finite(words[:relative])
        and not any(w.lower() in ("is", "are", "was", "were") for w in words[relative + 3 :])
    ):
        return NO_VERB
    return None


def _sentence_problem(words: list[str]) -> str | None:
    if words[0] == "I" and len(words) > 1:
        second = words[1]
        if second.istitle() and shape.can_be_verb(second.lower()):
            return f'a capital after "I" ("{second}")'
        if not finite(words) and second.lower() not in AUXILIARIES:
            return 'no verb after "I"'
    return None


def finite(words: list[str]) -> bool:
    """Whether a run of words holds a verb that can carry a clause."""
    for index, word in enumerate(words):
        lower = word.lower().strip(",.;:()\"'")
        lower = re.sub(r"^(?:co|re|pre|self)-(?=[a-z]{3})", "", lower)  # "co-supervised"
        if lower in AUXILIARIES or CONTRACTED.search(word):
            return True
        if shape.verb_form(lower) in ("past", "present") or shape.past_tense(lower):
            return True
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if lower.endswith("ed") and not shape.tags(lower) and following in DETERMINERS:
            return True  # "you whiteboarded your pipeline": a verb the lexicon does not know
        previous = words[index - 1].lower() if index else ""
        if shape.can_be_verb(lower) and previous in (*PRONOUN_SUBJECTS, "both", "also", "all"):
            return True  # "we both love", "you lose"
        before = words[index - 2].lower() if index > 1 else ""
        adverb = "ADV" in shape.tags(previous)
        if shape.can_be_verb(lower) and before in PRONOUN_SUBJECTS and adverb:
            return True  # "I already know", "they still use"
        if (
            index
            and shape.can_be_verb(lower)
            and lower.endswith("s")
            and shape.is_form(lower, "VBZ")
            and (
                (
                    (shape.singular_noun(previous) or previous.endswith("ing"))
                    and not shape.is_adjective(previous)
                )  # "onboarding takes 6 weeks": a gerund is a subject too
                or previous in ("he", "she", "it")
            )
        ):
            return True  # "the team reviews every model"
        plural = (previous.endswith("s") and shape.singular_noun(previous[:-1])) or previous in (
            "people", "children", "staff", "men", "women", "police"
        )  # fmt: skip
        # "welfare and profit go together": two nouns joined make a plural subject
        plural = plural or (
            index >= 3 and words[index - 2].lower() == "and" and bool(shape.singular_noun(previous))
        )
        if (
            index
            and shape.can_be_verb(lower)
            and plural
            and not lower.endswith(("s", "ing"))
            and not (lower.endswith("ed") and shape.past_tense(lower))  # "need" is plain
            and "ADV" not in shape.tags(lower)  # "guests up 30%": a particle, not a verb
        ):
            return True  # "school programs reach 200k kids", "people come first"
    return False


def sentence_problem(text: str) -> str | None:
    """Why a sentence built from a note would not read, or None."""
    body = text.rstrip(".!").strip()
    if "?" in body:
        return "a question mark inside a sentence"
    if INVERTED.search(body):
        return "a direct question where an indirect one belongs"
    if found := re.search(rf"\bthat\s+({WH}|that|if)\b", body, re.IGNORECASE):
        return f'"that {found.group(1)}": two clause openers run together'
    if found := re.search(r"\b(?:about|into|on|of|through|with)\s+(I|we|he|she|they)\s", body):
        return f'"{found.group()}": a clause where a noun phrase belongs'
    found = re.search(r"\bI\s+([A-Z][a-z]+)\b", body)
    if found and shape.can_be_verb(found.group(1).lower()):
        return f'a capital after "I" ("{found.group(1)}")'
    return None
