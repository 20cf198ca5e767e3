"""Offline proofreading through Harper, behind our own small interface.

harper-py is an alpha binding with one maintainer, so nothing else in afterword imports it:
the rules see ``Lint`` objects of our own. A Linter is not thread-safe and caches every
paragraph it has seen, so a process keeps a small shared pool: a thread borrows a linter for
one text and gives it back, and a linter that has read enough is dropped for a fresh one
(after the first of a process, building one takes milliseconds).
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from afterword.interview.name_data import ADDRESS
from afterword.review.rules.text import word_set

Category = Literal["spelling", "grammar", "repetition", "capitalization", "punctuation"]
Level = Literal["warning", "info"]

CATEGORIES: dict[str, Category] = {
    "Spelling": "spelling",
    "Typo": "spelling",
    "Repetition": "repetition",
    "Capitalization": "capitalization",
    "Punctuation": "punctuation",
    "Formatting": "punctuation",
}
# Harper kinds that are matters of taste, not errors a careful reader would mark.
IGNORED_KINDS = frozenset({"Style", "Enhancement", "Readability", "Eggcorn"})
# Harper rules that misfire on good professional notes (tested in tests/review/test_proofread.py).
DISABLED_RULES = {
    "OxfordComma": False,  # a matter of house style
    "RoadMap": False,  # "roadmap" is standard in tech writing
    "NumericRangeEnDash": False,  # fires on phone numbers
    "OrthographicConsistency": False,  # wants "SAM" for the name Sam
    "CompoundNouns": False,  # "mean time to resolution" -> "meantime"
    "DayOneNames": False,  # "from day one" is not the Day One app
    "MassNouns": False,  # "the plan for moving the compute" is not a mass noun
    # "I was glad we could talk by video", "I was glad your question about X let me describe":
    # every one of its findings in held-out sets 10 to 13 was on a correct sentence
    "MissingPreposition": False,
}
DIALECTS = {"american": 0, "british": 1, "australian": 2, "canadian": 3, "indian": 4}
# Words of the trade that Harper's dictionary lacks and that these notes often hold.
TRADE_WORDS = word_set(
    """kafka flink dbt etl elt airflow kubernetes k8s terraform postgres postgresql mysql sqlite
    snowflake databricks bigquery redshift lakehouse pyspark spark hadoop grafana prometheus
    datadog pagerduty opentelemetry kotlin golang rustacean typescript javascript nodejs graphql
    devops mlops sre frontend backend fullstack onboarding offboarding prem mortem mortems
    microservices microservice linkedin github gitlab jira confluence figma fintech healthtech
    edtech saas paas iaas api apis sdk sdks repo repos monorepo runbook runbooks roadmap roadmaps
    upskilling dataset datasets pytorch tensorflow scikit pandas numpy jupyter dashboarding
    intraday stormwater wayfinding biosimilar biosimilars incrementality capex opex vasopressor
    vasopressors autosar ehr ehrs kaizen sharding resharding reshard telehealth geofencing
    onshore offshoring nearshore preprint preprints workstream workstreams"""
)
# Links and addresses; each alternative starts only where a token starts, so that a long run
# of letters is scanned once, not once per position.
NON_TEXT = re.compile(
    r"\b(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w.-])[\w-]{1,63}(?:\.[\w-]{1,63}){0,5}\.(?:com|org|net|io|dev|co|ai|edu|gov|uk|de|me)\b(?:/\S*)?"
)
# Honorifics the composer writes ("Lic. Gómez", "Sra. Fernández") do not end a sentence either.
HONORIFIC_ABBREVIATIONS = "|".join(
    sorted({re.escape(v[:-1]) for v in ADDRESS.values() if v.endswith(".")})
)
ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:Corp|Inc|Ltd|Co|LLC|etc|approx|Jr|Sr|St|vs|e\.g|i\.e|Dr|Mr|Mrs|Ms|Mx|Prof|"
    r"Kft|Zrt|Nyrt|Bt|Ltda|Pte|Pty|Bhd|Pvt|d\.o\.o|a\.s|s\.r\.o|s\.r\.l|S\.p\.A|S\.A|B\.V|N\.V|"
    rf"{HONORIFIC_ABBREVIATIONS})\.)\s*$"
)

ITS_MESSAGE = "Use `it's`"
COMMON_ZIPF = 5.0  # "no", "then", "loose": everyday words Harper may think confused
KNOWN_ZIPF = 2.5  # a word at least this common in wordfreq's list is a real word, at worst rare
# Linters a process keeps at most, shared by its threads: Harper releases the GIL, so more
# than the cores buys nothing, and each costs memory.
POOL_SIZE = max(1, min(4, os.cpu_count() or 1))
RECYCLE_AFTER = 1_000_000  # characters read by one linter before it is dropped with its cache
PROOFREAD_LIMIT = 100_000  # characters proofread; a longer "note" is reviewed for the rest
GIANT_WORD = re.compile(r"\S{64,}")

NOT_A_NOUN_AFTER = re.compile(
    r"\s+(?:yesterday|today|tomorrow|tonight|again|soon|all|both|this|last|next|earlier|later|"
    r"on|at|in|for|about|and|or|when|before|after|once|directly|personally|further)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Lint:
    """A proofreading problem: what, where (code points into the text), and the fixes."""

    category: Category
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...]
    source: str  # Harper's kind, for the curious
    level: Level | None = None  # lower than the rule's severity: a variant, a likely word


# Harper's dictionary annotates each word with letters ("timetable/~NSgVdG"); its key
# ("annotations") says which letters mean a noun, a proper noun, a mass noun only, or a noun
# that is both mass and countable ("experience", "work"). A noun with neither mass mark counts.
ANNOTATION = re.compile(
    rb'"(.)": \{\s*"#": "(noun|proper noun|mass noun \(only\)|mass \+ countable noun) property"'
)
DICTIONARY_ENTRY = re.compile(rb"\n([a-z][a-z'-]{1,40})/([^\s/]{1,40})(?=\n)")


@lru_cache(maxsize=1)
def harper_nouns() -> dict[str, str]:
    """How Harper's dictionary counts its common nouns: "count", "mass" or "both".

    "timetable", "clinic", "council": count; "advice", "software": mass; "experience",
    "management", "work": both.

    harper-py 0.2.0 has no call that reads a word's metadata, but its library carries Harper's
    dictionary and the key to its annotations as text, and this reads them there (about 0.1 s,
    once). When a later harper-py stores them otherwise, nothing is found, the answer is empty
    and the checks that ask stay quiet.
    """
    import harper

    try:
        library = next(
            p for p in Path(harper.__file__).parent.iterdir() if p.name.startswith("_harper")
        )
        data = library.read_bytes()
    except (OSError, StopIteration):
        return {}
    letters = {kind.decode(): letter.decode() for letter, kind in ANNOTATION.findall(data)}
    noun, proper = letters.get("noun"), letters.get("proper noun")
    mass, both = letters.get("mass noun (only)"), letters.get("mass + countable noun")
    if not (noun and proper and mass and both):
        return {}
    nouns: dict[str, str] = {}
    for word, flags in DICTIONARY_ENTRY.findall(data):
        annotation = flags.decode("utf-8", "replace")
        if noun not in annotation or proper in annotation:
            continue
        kind = "both" if both in annotation else "mass" if mass in annotation else "count"
        nouns.setdefault(word.decode(), kind)
    return nouns


def _build(dialect: str) -> Any:
    """Build a Harper linter for a dialect, with afterword's rule settings."""
    import harper

    built = harper.Linter(harper.Dialect(DIALECTS.get(dialect, 0)))
    config = built.get_lint_config()
    built.set_lint_config({**config, **DISABLED_RULES})
    return built


@dataclass
class _Slot:
    linter: Any
    dialect: str
    read: int = 0


@dataclass
class LinterPool:
    """At most ``size`` linters shared by a process's threads, each lent to one at a time."""

    size: int = POOL_SIZE
    recycle_after: int = RECYCLE_AFTER
    idle: list[_Slot] = field(default_factory=list)
    lent: int = 0
    built: int = 0  # over the pool's life, for tests and the curious
    ready: threading.Condition = field(default_factory=threading.Condition)

    @contextmanager
    def borrow(self, dialect: str, characters: int = 0) -> Iterator[Any]:
        """Lend a linter of this dialect for one text of ``characters``; wait if all are out."""
        slot = self._take(dialect)
        try:
            yield slot.linter
        finally:
            slot.read += characters
            self._give(slot)

    def _take(self, dialect: str) -> _Slot:
        with self.ready:
            while True:
                mine = next((s for s in self.idle if s.dialect == dialect), None)
                if mine is not None:
                    self.idle.remove(mine)
                    self.lent += 1
                    return mine
                if self.idle and self.lent + len(self.idle) >= self.size:
                    self.idle.pop(0)  # a linter of another dialect makes room
                if self.lent + len(self.idle) < self.size:
                    self.lent += 1
                    break
                self.ready.wait()
        try:
            slot = _Slot(_build(dialect), dialect)
        except BaseException:
            self._give(None)
            raise
        self.built += 1
        return slot

    def _give(self, slot: _Slot | None) -> None:
        with self.ready:
            self.lent -= 1
            if slot is not None and slot.read < self.recycle_after:
                self.idle.append(slot)
            self.ready.notify()


_pools: dict[int, LinterPool] = {}


def pool() -> LinterPool:
    """Return this process's linter pool (a new one in a forked child, where threads are gone)."""
    return _pools.setdefault(os.getpid(), LinterPool())


def linter(dialect: str = "american") -> Any:
    """Make sure a linter of this dialect is built and idle in the pool (warms it); return it."""
    with pool().borrow(dialect) as built:
        return built


@lru_cache(maxsize=64)
def _known_forms(known_words: frozenset[str]) -> frozenset[str]:
    """Each known word as typed and without its accents, with the trade words (the same record
    is proofread once per draft of a panel)."""
    forms = {form for w in known_words for form in (w.casefold(), _unaccented(w))}
    return frozenset(forms | TRADE_WORDS)


def proofread(
    text: str, known_words: Iterable[str] = (), dialect: str = "american", rerank: bool = True
) -> list[Lint]:
    """Return the proofreading problems in ``text``, leaving known words and non-text alone."""
    if not text.strip():
        return []
    known = _known_forms(frozenset(known_words))
    guarded = _guarded(text)
    masked = [m.span() for m in NON_TEXT.finditer(guarded)]
    found = []
    with pool().borrow(dialect, len(guarded)) as harper_linter:
        lints = harper_linter.lint(guarded, language="plaintext")
    for lint in lints:
        start, end = lint.span.start, lint.span.end
        if lint.lint_kind in IGNORED_KINDS or any(s <= start < e for s, e in masked):
            continue
        category = CATEGORIES.get(lint.lint_kind, "grammar")
        if _suppressed(text, start, end, category, known, lint.message):
            continue
        suggestions = tuple(s.replacement_text for s in lint.suggestions)
        if rerank and lint.lint_kind in {"Spelling", "Typo"}:
            suggestions = _reranked(text[start:end], suggestions)
        if lint.message.startswith(ITS_MESSAGE):
            category = "grammar"  # its/it's is a grammar slip, not a matter of punctuation
        level, message = _level(text[start:end], lint.lint_kind, lint.message, dialect)
        if closed := _closed_up(text[start:end], suggestions):
            level, message = "info", _CLOSED_UP.format(word=text[start:end], fix=closed)
            suggestions = (closed,)
        found.append(Lint(category, start, end, message, suggestions, lint.lint_kind, level))
    return found


def _level(word: str, kind: str, message: str, dialect: str) -> tuple[Level | None, str]:
    """Lower a spelling lint that is a suggestion, another English's spelling, or a real word."""
    if kind == "Regionalism":  # "footpath", "lift": a matter of the reader's English
        return "info", message
    if kind not in {"Spelling", "Typo"}:
        return None, message
    from afterword.review.dialects import is_variant
    from afterword.review.spelling import plausible, zipf

    if (
        kind == "Typo"
        and message.startswith("Did you mean")
        and all(zipf(w) >= COMMON_ZIPF for w in word.split())
    ):
        return "warning", message  # a common word that may be the wrong one ("says no to")
    if kind == "Typo" and "should probably be written as" in message:  # "storm water"
        return ("info" if zipf(word) >= KNOWN_ZIPF and plausible(word) else "warning"), message
    if is_variant(word):
        from afterword.english import FROM_HARPER_NAME

        yours = FROM_HARPER_NAME.get(dialect, "en-US")
        return (
            "warning",
            f"{word} is another English's spelling; yours is {yours} (profile.english)",
        )
    if zipf(word) >= KNOWN_ZIPF and plausible(word):
        return "warning", f"{word} is not in the dictionary, though it is a common word"
    return None, message


_CLOSED_UP = '"{word}" is correct as written; some style guides close it up as "{fix}"'


def _closed_up(word: str, suggestions: tuple[str, ...]) -> str | None:
    """Return the closed-up form when Harper wants a hyphenated compound of words joined.

    "non-negotiable", "multi-currency", "co-operative": both parts are words and the hyphen
    is a matter of house style, not a misspelling.
    """
    from afterword.review.spelling import zipf

    if "-" not in word:
        return None
    joined = word.replace("-", "")
    closed = next((s for s in suggestions if s.casefold() == joined.casefold()), None)
    if closed is None or not all(zipf(part) >= KNOWN_ZIPF for part in word.split("-")):
        return None
    return closed


@lru_cache(maxsize=1024)  # bounded: live re-review sends the same text again and again
def proofread_later(
    text: str, known_words: tuple[str, ...] = (), dialect: str = "american"
) -> Callable[[], list[Lint]]:
    """Proofread now; return a function that gives the lints (the rules' interface).

    Harper used to run on a helper thread beside the rules: wall time equalled CPU time, so
    the thread saved nothing and cost 5%.
    """
    lints = proofread(text, known_words, dialect)
    return lambda: lints


def _guarded(text: str) -> str:
    """Return what Harper may safely see: the first LIMIT characters, no giant "words".

    harper-py 0.2.0 aborts the whole process (a failed allocation in Rust, not an
    exception) when asked for suggestions on a word of many thousand letters, and its time
    grows with the text; blanking such runs keeps every offset where it was.
    """
    head = text[:PROOFREAD_LIMIT]
    return GIANT_WORD.sub(lambda m: " " * len(m.group()), head)


@lru_cache(maxsize=4096)
def _reranked(word: str, suggestions: tuple[str, ...]) -> tuple[str, ...]:
    """Order the suggestions for a misspelling by frequency and by how likely the slip is."""
    from afterword.review.spelling import rank

    return tuple(rank(word, suggestions))


def _suppressed(
    text: str, start: int, end: int, category: Category, known: frozenset[str], message: str
) -> bool:
    """Whether a lint is one of Harper's known misfires on names, acronyms and compounds."""
    word = text[start:end]
    if category == "capitalization" and ABBREVIATION_BEFORE.search(
        text[max(0, start - 12) : start]
    ):
        return True
    if category == "grammar" and message.startswith("The possessive version of this word"):
        # Harper's PossessiveYour reads "speak with you yesterday" as "your yesterday".
        return NOT_A_NOUN_AFTER.match(text, end) is not None
    if category == "grammar" and word.isupper() and len(word) <= 4:
        return True  # "a 4 TB database": a unit or an acronym, not a word to choose
    if category == "repetition":
        return " ".join(word.casefold().split()) in {"that that", "had had"}
    if message.startswith("Drop the repeated verb") and re.search(
        r"\d\s?am\b", text[max(0, start - 8) : end], re.IGNORECASE
    ):
        return True  # "a team at 4am was": the time of day, not the verb "am"
    if (
        category == "grammar"
        and known
        and all(w.casefold() in known or _unaccented(w) in known for w in re.findall(r"\w+", word))
    ):
        return True  # "dela Cruz" as the record spells it: a name, not words to join
    if category != "spelling":
        return False
    if word.casefold() in known or _unaccented(word) in known:  # "Émilion" from "Saint-Émilion"
        return True
    if re.search(r"\w['’]\w", word) and all(
        p.casefold() in known for p in re.findall(r"\w+", word)
    ):
        return True  # "ya'an": the record's place, whose parts the record spells
    own = re.sub(r"['’]s$", "", word)  # "shoji's": the record's "shoji", with its possessive
    if own != word and (own.casefold() in known or _unaccented(own) in known):
        return True
    parts = re.findall(r"\w+", word)
    if "." in word and parts and all(p.casefold() in known for p in parts):
        return True  # "s.r.o." of the record's "pivovar zlatý kohout s.r.o.": its own letters
    if start and text[start - 1].isdigit() and len(word.rstrip(".")) <= 3:
        return True  # "1.5m", "12s": a unit written onto its number
    return _looks_like_a_name(text, start, word)


def _unaccented(word: str) -> str:
    """Return the word casefolded without its accents, as the record's known words are kept."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _looks_like_a_name(text: str, start: int, word: str) -> bool:
    """Whether a word Harper does not know is an acronym, a brand, a compound part or a name."""
    if any(c.isdigit() for c in word) or word.rstrip("s").isupper():
        return True  # ETL, VMs, K8s
    if any(c.isupper() for c in word[1:]):
        return True  # PagerDuty, OpenTelemetry
    if start > 0 and text[start - 1] in "-/":
        return _looks_like_a_word_part(word)  # on-prem, post-mortems, CI/CD; not "geo-holdoust"
    return word[:1].isupper() and not _sentence_start(text, start)


def _looks_like_a_word_part(word: str) -> bool:
    """Whether a word after a hyphen or slash is a real part ("prem", "mortems"), not a slip."""
    from afterword.review.spelling import zipf

    return len(word) <= 4 or zipf(word) > 1.0


def _sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (so its capital says nothing)."""
    before = text[:start].rstrip(" \t\"'“‘(")
    if not before:
        return True
    if before[-1] != "\n":
        return before[-1] in ".!?:" and not ABBREVIATION_BEFORE.search(before[-12:])
    line_end = text.find("\n", start)
    if len(text[start : line_end if line_end >= 0 else None].split()) <= 4:
        return False  # a short line (a greeting, a signature) holds names, not sentences
    previous = before.rstrip()
    paragraph = re.search(r"\n[ \t\r]*\n[ \t\r]*$", before) is not None
    return not previous or paragraph or previous[-1] in ".!?:,"  # else a hard-wrapped line goes on
