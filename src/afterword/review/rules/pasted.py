"""Notes pasted as jotted: another language, shorthand symbols, a clipped verb as a noun.

A composer that copies a note into a sentence keeps what the note's writer meant for their
own eyes: "6 jaar verloskamer ervaring", "image quality > speed", "your pt that ...", "the
didnt explain my PE exam status", "the uncertainty bands matters more than ...". Each is
found by its shape; the only lists are grammar's closed classes. Another language is told by
``wordfreq``'s lists (``afterword.review.spelling``), read only for a sentence with two words
Harper could not spell or a letter English does not use.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence

from afterword import lexicon
from afterword.review.finding import Finding
from afterword.review.rules.base import Rule
from afterword.review.rules.document import Document

WORD = re.compile(r"[^\W\d_][\w'’-]*")
NEAR = 3  # two foreign words with at most two others between them are one phrase
STRANGE_ZIPF = 2.0  # rarer than this in English's list, and unknown to the lexicon


def _strange(word: str) -> bool:
    """Whether English lacks a lower-case word: the lexicon does not know it, nor the list."""
    from afterword.review.spelling import zipf

    if not word.islower() or len(word) < 2 or not word.replace("’", "'").isalpha():
        return False
    return zipf(word) < STRANGE_ZIPF and not lexicon.lemmas(word)


def _an_address(word: re.Match[str]) -> bool:
    """Whether a word is part of an address or a path ("anna.mueller@fabrik", "acme.example")."""
    text, start, end = word.string, word.start(), word.end()
    return (start > 0 and text[start - 1] in "@./") or re.match(r"[@./]\w", text[end:]) is not None


def _foreign_phrase(words: Sequence[re.Match[str]]) -> tuple[int, int] | None:
    """The first and last word of a run of words English lacks, one of them used abroad."""
    from afterword.review.spelling import used_abroad

    strange = [i for i, w in enumerate(words) if not _an_address(w) and _strange(w.group())]
    run: list[int] = []
    for at in strange:
        if run and at - run[-1] > NEAR:
            run = []
        run.append(at)
        if len(run) >= 2 and any(used_abroad(words[i].group()) for i in run):
            return run[0], run[-1]
    return None


def _worth_a_look(text: str, start: int, end: int, misspelt: Sequence[tuple[int, int]]) -> bool:
    """A cheap test first: two words Harper could not spell here, or a letter beyond ASCII."""
    if sum(start <= a < end for a, _ in misspelt) >= 2:
        return True
    return not text.isascii() and any(not w.isascii() and w.islower() for w in WORD.findall(text))


def foreign_phrases(
    rule: Rule, doc: Document, misspelt: Sequence[tuple[int, int]]
) -> Iterator[Finding]:
    """ "my 6 jaar verloskamer ervaring": a phrase in another language in an English sentence."""
    for sentence in doc.sentences:
        if not _worth_a_look(sentence.text, sentence.start, sentence.end, misspelt):
            continue
        words = list(WORD.finditer(sentence.text))
        if (found := _foreign_phrase(words)) is None:
            continue
        start, end = words[found[0]].start(), words[found[1]].end()
        phrase = sentence.text[start:end]
        yield rule.finding(
            f'"{phrase}": words in another language inside an English sentence; '
            "say it in English or leave it out",
            sentence.start + start,
            sentence.start + end,
        )


# Shorthand a note keeps: a symbol between words ("quality > speed", "engineers =
# translators", "w/ the team"), a letter for a word ("models r only as good"), two letters
# with no vowel after a determiner ("your pt that"; not a tool's name, "my dbt models"), a
# negated auxiliary where a noun belongs ("the didnt explain my PE exam status").
SYMBOL = re.compile(r"(?<=[A-Za-z])\s+(->|=>|→|=|>|<)\s+(?=[A-Za-z])|\bw/(?:o\b)?\s*(?=[A-Za-z])")
LETTER_FOR_A_WORD = re.compile(r"(?<=[a-z]{2}) ([run]) (?=[a-z]{2})")
NO_VOWEL = re.compile(
    r"\b(?i:the|a|an|my|your|our|his|her|their)\s+([b-df-hj-np-tv-xz]{2})\b(?=\s+[a-z])"
)
NEGATION_AS_NOUN = re.compile(
    r"\b(?:the|a|an|my|your|our|their)\s+"
    r"((?:did|do|does|is|was|were|are|has|have|had|could|would|should)n['’]?t)\b",
    re.IGNORECASE,
)
# Each pattern with a cheaper one that must match first: most notes hold none of these.
SHORTHAND = (
    (SYMBOL, re.compile(r"[=<>→/]"), 'a note\'s symbol "{}" left between words; write it out'),
    (LETTER_FOR_A_WORD, re.compile(r" [run] "), 'a note\'s "{}" for a word; write the word out'),
    (
        NO_VOWEL,
        re.compile(r" [b-df-hj-np-tv-xz]{2} "),
        'a note\'s abbreviation "{}" after a determiner; write the word out',
    ),
    (
        NEGATION_AS_NOUN,
        re.compile(r"n['’]?t\b"),
        '"{}" after a determiner: a note\'s clause where a noun phrase belongs',
    ),
)


def shorthand(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag a note's shorthand left in a sentence: "=", ">", "w/", "r" for "are", "pt"."""
    body, start, end = doc.body, doc.main_start, doc.main_end
    for pattern, first, message in SHORTHAND:
        if not first.search(body, start, end):
            continue
        for match in pattern.finditer(body, start, end):
            # the whole match: a span of its own, not the word AW601 may report alone
            whole = match.group()
            at = match.start() + len(whole) - len(whole.lstrip())
            text = match.group(1 if match.lastindex else 0).strip()
            yield rule.finding(message.format(text), at, at + len(whole.strip()))


# "I particularly valued the uncertainty bands matters more than single number": a note's
# ">" read out as "matters more than" after a plural subject.
# Not after a preposition: in "trust with herders matters more" the subject is "trust".
MATTERS_MORE = re.compile(
    r"(?<!\bwith )(?<!\bof )(?<!\bfor )(?<!\bfrom )(?<!\bin )(?<!\bon )(?<!\bat )(?<!\bby )"
    r"(?<!\bamong )(?<!\babout )\b([a-z]+s)\s+(matters)\s+more\s+than\b"
)


def plural_matters(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag a plural noun with "matters more than" ("the bands matters more than ...")."""
    if "matters more than" not in doc.body:
        return
    for match in MATTERS_MORE.finditer(doc.body):
        noun = match.group(1)
        lemmas = lexicon.lemmas(noun).get("NOUN", ())
        if lemmas and noun not in lemmas:
            yield rule.finding(
                f'"{noun} matters": a plural subject takes "matter"',
                match.start(1),
                match.end(2),
                replacements=(f"{noun} matter",),
            )


# A note's time words without their preposition: "the model they want to start 2027",
# "calving starts July", "over 10 years FOH" (years of it). An aside in brackets may be terse:
# "the new build contract (starts February)".
MONTHS = "|".join(m for m in calendar.month_name if m)
STARTS_WHEN = re.compile(
    rf"(?<!\()\b(?:start|starts|begin|begins|launch|launches|open|opens|close|closes|end|ends)"
    rf"\s+(?:(?:19|20)\d\d|{MONTHS})\b(?!\s*\d)"
)
YEARS_BARE = re.compile(r"\b\d+\+?\s+(?:years|yrs|months)\s+[A-Z]{2,}\b(?![\w&-])")
# Each pattern with words one of which must be in the note first (a substring test is cheap).
TIME_WORDS = (
    (
        STARTS_WHEN,
        ("start", "begin", "launch", "open", "close", "end"),
        '"{}": a date after a verb takes "in"',
    ),
    (
        YEARS_BARE,
        ("years", "yrs", "months"),
        '"{}": years of what? ("years of ...", "years in ...")',
    ),
)


def bare_times(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag a year or month with no "in" after "start", and years with no "of" before a noun."""
    for pattern, needs, message in TIME_WORDS:
        if not any(word in doc.body for word in needs):
            continue
        for match in pattern.finditer(doc.body, doc.main_start, doc.main_end):
            yield rule.finding(message.format(match.group()), *match.span())
