"""Rank spelling suggestions: how common a word is, and how likely the slip that would produce it.

Harper finds misspellings well but orders its few suggestions by its own edit cost alone.
Here the candidates are Harper's plus every dictionary word one edit away, scored as
``zipf frequency - WEIGHT * cost``: a noisy-channel ranking (Norvig's corrector, with a
slip model in which doubled letters, swapped neighbours and vowel confusions are cheap).
Word frequencies come from ``wordfreq``'s bundled lists; nothing leaves the machine. The
weights were chosen on Norvig's development set only (benchmarks/spelling_quality.py).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

WEIGHT = 2.5  # how many zipf points (factors of ten in frequency) one full edit is worth
HARPER_BONUS = 0.5  # Harper's own candidates have passed its dictionary and its heuristics
INDEX_ZIPF = 3.0  # words at least this common (one in a million words) are candidates
VOWELS = frozenset("aeiouy")
LETTERS = string.ascii_lowercase
SIMILAR = {frozenset(p) for p in ("cs", "ck", "sz", "cz", "gj", "mn", "td", "bp", "fv", "yi", "ie")}


@cache
def frequencies() -> dict[str, float]:
    """Return the word -> zipf frequency table (loaded on the first misspelling, ~1 s)."""
    import math

    from wordfreq import get_frequency_dict

    return {w: math.log10(f) + 9 for w, f in get_frequency_dict("en", wordlist="best").items()}


def zipf(word: str) -> float:
    """Return how common a word is: 7 for "the", 3 for "receive"'s rarer cousins, 0 if unseen."""
    return frequencies().get(word.casefold(), 0.0)


def edits1(word: str) -> set[str]:
    """Return every string one deletion, swap, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in LETTERS]
    inserts = [a + c + b for a, b in splits for c in LETTERS]
    return set(deletes + swaps + replaces + inserts)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def nearby_index() -> dict[str, tuple[str, ...]]:
    """Map each common word, and each of its one-letter deletions, to the words it came from."""
    index: dict[str, list[str]] = {}
    for word, score in frequencies().items():
        if score >= INDEX_ZIPF and word.isalpha() and len(word) > 1:
            for key in {word} | _deletes(word):
                index.setdefault(key, []).append(word)
    return {key: tuple(words) for key, words in index.items()}


def candidates(typed: str) -> set[str]:
    """Return the common words within two edits of ``typed`` (SymSpell-style lookup).

    The index holds each word and its one-letter deletions, so looking up ``typed``'s own
    deletions (two deep) and its one-edit variants reaches every word two edits away except
    two substitutions.
    """
    keys = {typed} | _deletes(typed) | edits1(typed)
    keys |= {d for k in _deletes(typed) for d in _deletes(k)}
    index = nearby_index()
    return {word for key in keys for word in index.get(key, ())}


def _substitution(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in VOWELS and b in VOWELS:
        return 0.6
    return 0.7 if frozenset((a, b)) in SIMILAR else 1.0


def _indel(word: str, index: int) -> float:
    """Cost of inserting or deleting ``word[index]``: cheap when it doubles a neighbour."""
    letter = word[index]
    if index == len(word) - 1 and index > 2:
        return 1.0  # a slip rarely adds or drops the last letter
    if (index > 0 and word[index - 1] == letter) or word[index + 1 : index + 2] == letter:
        return 0.4
    return 0.7 if letter in VOWELS else 1.0


@lru_cache(maxsize=8192)
def cost(typed: str, meant: str) -> float:
    """Return the weighted edit cost of typing ``meant`` as ``typed`` (neighbour swaps too)."""
    a, b = typed.casefold(), meant.casefold()
    rows = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        rows[i][0] = rows[i - 1][0] + _indel(a, i - 1)
    for j in range(1, len(b) + 1):
        rows[0][j] = rows[0][j - 1] + _indel(b, j - 1)
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(
                rows[i - 1][j] + _indel(a, i - 1),
                rows[i][j - 1] + _indel(b, j - 1),
                rows[i - 1][j - 1] + _substitution(a[i - 1], b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 0.7)
    first_letter = 0.5 if a[:1] != b[:1] else 0.0  # people rarely miss the first letter
    return rows[-1][-1] + first_letter


def rank(
    typed: str, suggested: Iterable[str], is_word: Callable[[str], bool], limit: int = 3
) -> list[str]:
    """Return the best corrections of ``typed``: Harper's suggestions and one-edit words, ranked."""
    harper = [s for s in suggested if s]
    lower = typed.casefold()
    table = frequencies()
    nearby = [w for w in edits1(lower) if table.get(w, 0.0) >= 2.0] + sorted(candidates(lower))
    scored: dict[str, float] = {}
    for candidate in [*harper, *nearby]:
        bonus = HARPER_BONUS if candidate in harper else 0.0
        score = zipf(candidate) - WEIGHT * cost(lower, candidate) + bonus
        scored[candidate] = max(scored.get(candidate, float("-inf")), score)
    best: list[str] = []
    for candidate in sorted(scored, key=lambda c: -scored[c]):
        if len(best) == limit:
            break
        if candidate in harper or is_word(candidate):  # word lists hold common misspellings too
            best.append(_case_like(typed, candidate))
    return best


def _case_like(typed: str, word: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word
