"""Rank spelling suggestions: how common a word is, and how likely the slip that would produce it.

Harper finds misspellings well but orders its few suggestions by its own edit cost alone.
Here the candidates are Harper's plus every dictionary word one edit away, scored as
``zipf frequency - WEIGHT * cost``: a noisy-channel ranking (Norvig's corrector, with a
slip model in which doubled letters, swapped neighbours and vowel confusions are cheap).
Word frequencies come from ``wordfreq``'s bundled lists; nothing leaves the machine. The
weights were chosen on Norvig's development set only (benchmarks/spelling_quality.py).
"""

from __future__ import annotations

import marshal
import os
import string
import zlib
from array import array
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

WEIGHT = 2.5  # how many zipf points (factors of ten in frequency) one full edit is worth
HARPER_BONUS = 0.5  # Harper's own candidates have passed its dictionary and its heuristics
TABLES = 3  # bump when the cached tables change shape (2: one float per score; 3: _Index)
KEEP_ZIPF = 1.5  # rarer words are left out of the table (they score 0)
INDEX_ZIPF = 3.0  # words at least this common (one in a million words) are candidates
CHEAPEST_EDIT = 0.4  # the lowest cost of one slip (a doubled letter): bounds every score
SURELY_A_WORD = 4.5  # more common than this, a listed word is taken as real
MISSPELLING_GAP = 1.5  # a word 30 times rarer than a neighbour one edit away is its misspelling
VOWELS = frozenset("aeiouy")
LETTERS = string.ascii_lowercase
SIMILAR = {frozenset(p) for p in ("cs", "ck", "sz", "cz", "gj", "mn", "td", "bp", "fv", "yi", "ie")}


BUCKETS = 1 << 16  # of the nearby-word index: about three keys each


class _Index:
    """The nearby-word index as one block of ``key<TAB>words`` lines, grouped by a hash.

    As a dict it held 190,000 keys and as many values, each a Python string: about 28 MiB
    in every process that ranks a misspelling. Here it is one bytes object (about 4 MiB) and
    where each bucket of lines starts; a key's line is found by searching its bucket (a
    few lines) for it, about a microsecond. The hash (CRC-32) is the same in every process,
    so the block is built once and kept in the marshal file with the frequency table.
    """

    def __init__(self, block: bytes, starts: array[int]) -> None:
        self._block = block
        self._starts = starts

    @classmethod
    def of(cls, index: dict[str, str]) -> _Index:
        """Lay out a dict of key -> space-joined words (keys without tabs or line breaks)."""
        buckets: list[list[bytes]] = [[] for _ in range(BUCKETS)]
        for key, words in index.items():
            data = key.encode()
            buckets[zlib.crc32(data) % BUCKETS].append(data + b"\t" + words.encode() + b"\n")
        starts, at = array("I"), 0
        for lines in buckets:
            starts.append(at)  # where the line break before the bucket's first line is
            at += sum(map(len, lines))
        starts.append(at)
        return cls(b"\n" + b"".join(line for lines in buckets for line in lines), starts)

    def get(self, key: str, default: str = "") -> str:
        """The words under ``key``, space-joined, or ``default``."""
        return next(iter(self.words([key])), default)

    def words(self, keys: Iterable[str]) -> list[str]:
        """The words under each of these keys that is in the index (the hot loop)."""
        block, starts, find, crc32 = self._block, self._starts, self._block.find, zlib.crc32
        found = []
        for key in keys:
            data = b"\n" + key.encode("utf-8", "surrogatepass") + b"\t"
            bucket = crc32(data[1:-1]) % BUCKETS
            at = find(data, starts[bucket], starts[bucket + 1])
            if at >= 0 and data.count(b"\t") == 1 and data.count(b"\n") == 1:
                at += len(data)
                found.append(block[at : block.index(b"\n", at)].decode())
        return found


@cache
def _tables() -> tuple[dict[str, float], _Index]:
    """Return the frequency table and the nearby-word index, from the user cache when built.

    Building them from wordfreq takes seconds; a marshal file in the user cache folder makes
    every later process load them in a fraction of that.
    """
    path = _cache_file()
    try:
        loaded = marshal.loads(path.read_bytes())
        if isinstance(loaded, tuple) and len(loaded) == 3:
            table, block, starts = loaded
            offsets = array("I", starts)
            if len(offsets) == BUCKETS + 1 and offsets[-1] == len(block) - 1:
                return table, _Index(block, offsets)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table, by_key = _build_tables()
    index = _Index.of(by_key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps((table, index._block, index._starts.tobytes())))
        partial.replace(path)  # atomic: a concurrent reader sees the old file or the new one
    except OSError:
        pass  # a read-only cache folder only costs speed
    return table, index


def _cache_file() -> Path:
    from importlib.metadata import version

    from platformdirs import user_cache_dir

    return Path(user_cache_dir("afterword")) / f"spelling-{version('wordfreq')}-{TABLES}.marshal"


def _build_tables() -> tuple[dict[str, float], dict[str, str]]:
    import math

    from wordfreq import get_frequency_dict

    # Five hundred distinct scores for 170,000 words: one float object each, which marshal
    # keeps shared when it loads the file (10 MiB less in every process that spell-checks).
    scores: dict[float, float] = {}
    table = {
        w: scores.setdefault(round(zipf, 2), round(zipf, 2))
        for w, f in get_frequency_dict("en", wordlist="best").items()
        if (zipf := math.log10(f) + 9) >= KEEP_ZIPF
    }
    return table, _nearby(table)


def _nearby(table: dict[str, float]) -> dict[str, str]:
    """Map each common word and each of its one-letter deletions to those words."""
    index: dict[str, list[str]] = {}
    for word, score in table.items():
        if score >= INDEX_ZIPF and word.isalpha() and len(word) > 1:
            for key in {word} | _deletes(word):
                index.setdefault(key, []).append(word)
    return {key: " ".join(words) for key, words in index.items()}


def frequencies() -> dict[str, float]:
    """Return the word -> zipf frequency table (loaded on the first misspelling)."""
    return _tables()[0]


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


def nearby_index() -> _Index:
    """Map each common word and each of its one-letter deletions to those words (space-joined)."""
    return _tables()[1]


def candidates(typed: str) -> set[str]:
    """Return the common words within two edits of ``typed`` (SymSpell-style lookup).

    The index holds each word and its one-letter deletions, so looking up ``typed``'s own
    deletions (two deep) and its one-edit variants reaches every word two edits away except
    two substitutions.
    """
    keys = {typed} | _deletes(typed) | edits1(typed)
    keys |= {d for k in _deletes(typed) for d in _deletes(k)}
    return {word for words in nearby_index().words(keys) for word in words.split()}


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


def plausible(word: str) -> bool:
    """Whether a frequency-list word is a real word, not a common misspelling ("alot", "thier").

    Word lists built from the web hold frequent misspellings; one is told by a far more
    common word one edit away. Very common words are taken as they are.
    """
    score = zipf(word)
    if score >= SURELY_A_WORD:
        return True
    lower = word.casefold()
    return not any(zipf(n) > score + MISSPELLING_GAP for n in edits1(lower) if n != lower)


def rank(typed: str, suggested: Iterable[str], limit: int = 3) -> list[str]:
    """Return the best corrections of ``typed``: Harper's suggestions and nearby words, ranked."""
    harper = [s for s in suggested if s]
    lower = typed.casefold()
    table = frequencies()
    nearby = {w for w in edits1(lower) if table.get(w, 0.0) >= 2.0} | candidates(lower)
    scored = _scores(lower, harper, nearby - {lower}, keep=limit + 3)
    best: list[str] = []
    for candidate in sorted(scored, key=lambda c: -scored[c]):
        if len(best) < limit and (candidate in harper or plausible(candidate)):
            best.append(_case_like(typed, candidate))
    return best


def _scores(typed: str, harper: list[str], nearby: set[str], keep: int) -> dict[str, float]:
    """Score candidates, most frequent first, skipping those that cannot reach the top."""
    bonus = {c: HARPER_BONUS for c in harper if c.casefold() != typed}
    pool = sorted(set(bonus) | nearby, key=lambda c: -(zipf(c) + bonus.get(c, 0.0)))
    scores: dict[str, float] = {}
    for candidate in pool:
        head = zipf(candidate) + bonus.get(candidate, 0.0)
        bar = sorted(scores.values())[-keep] if len(scores) >= keep else float("-inf")
        if head - WEIGHT * CHEAPEST_EDIT < bar:
            break  # rarer candidates cannot do better
        if head - WEIGHT * _least_cost(typed, candidate) < bar:
            continue
        scores[candidate] = head - WEIGHT * cost(typed, candidate)
    return scores


def _least_cost(typed: str, meant: str) -> float:
    """Return a cheap lower bound of ``cost``: each missing or extra letter costs at least 0.4."""
    first = 0.5 if typed[:1] != meant[:1].casefold() else 0.0
    return max(CHEAPEST_EDIT, abs(len(typed) - len(meant)) * CHEAPEST_EDIT) + first


def _case_like(typed: str, word: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


# Languages whose words a candidate may jot between English ones; wordfreq's small lists
# (offline, in the package) are read only for a word English lacks.
OTHER_LANGUAGES = (
    "es", "pt", "fr", "de", "nl", "it", "ro", "pl", "tr", "ms", "id", "sv", "da", "nb", "fi",
    "cs", "hu",
)  # fmt: skip


@lru_cache(maxsize=4096)
def used_abroad(word: str) -> bool:
    """Whether another language uses a word often ("jaar", "años", "paciente")."""
    import wordfreq

    return any(
        wordfreq.zipf_frequency(word, lang, wordlist="small") >= 3.0 for lang in OTHER_LANGUAGES
    )
