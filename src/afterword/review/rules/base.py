"""The few kinds of rule: phrase list, pattern, required element, count, and a context check.

A rule is data: an id, a name, a default severity, its documentation and its examples. The
kinds below hold the only code; a rule that fits none passes its own ``check`` function.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from afterword.kinds import MessageKind
from afterword.review.finding import Finding, Severity
from afterword.review.rules.document import WORD, Document

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
BOTH: frozenset[MessageKind] = frozenset(MessageKind)
THANK_YOU: frozenset[MessageKind] = frozenset({MessageKind.THANK_YOU})
FOLLOW_UP: frozenset[MessageKind] = frozenset({MessageKind.FOLLOW_UP})


@dataclass(frozen=True)
class Example:
    """A text the rule must (``fires``) or must not flag, with an optional sample context."""

    text: str
    fires: bool
    subject: str | None = None
    sender: str | None = None
    context: str | None = None  # a key of afterword.review.rules.samples.CONTEXTS
    panel: tuple[str, ...] = ()  # other notes of the panel (AW206 only)


def fires(text: str, **extra: object) -> Example:
    """Return an example the rule must flag."""
    return Example(text, True, **extra)  # type: ignore[arg-type]


def passes(text: str, **extra: object) -> Example:
    """Return an example the rule must leave alone."""
    return Example(text, False, **extra)  # type: ignore[arg-type]


@dataclass(frozen=True, kw_only=True)
class Rule:
    """One rule of the catalogue; subclasses say how it finds problems."""

    id: str
    name: str
    severity: Severity
    doc: str
    examples: tuple[Example, ...] = ()
    kinds: frozenset[MessageKind] = BOTH

    def check(self, doc: Document) -> Iterable[Finding]:
        """Yield the findings of this rule in ``doc``."""
        raise NotImplementedError

    def applies(self, doc: Document) -> bool:
        """Whether the rule concerns this kind of note."""
        return doc.kind in self.kinds

    def finding(
        self,
        message: str,
        start: int = 0,
        end: int = 0,
        *,
        replacements: Iterable[str] = (),
        header: str | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """Build a finding of this rule."""
        return Finding(
            self.id,
            self.name,
            severity or self.severity,
            message,
            start,
            end,
            header,
            tuple(replacements),
        )


def _key(word: str) -> str:
    """Return the form words are compared in: lower case, straight apostrophes."""
    return word.lower().replace("’", "'")


@dataclass(frozen=True, kw_only=True)
class Phrases(Rule):
    """Flag each listed phrase (whole words, any case); a mapping value is its replacement.

    Matching walks the body's words once, looking phrases up by their first word, so a rule
    costs a dictionary lookup per word however long its list.
    """

    phrases: Mapping[str, str | None]
    message: str  # may use {text}
    where: str = "body"  # or "greeting"
    index: dict[str, list[tuple[tuple[str, ...], str | None]]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
        for phrase, replacement in self.phrases.items():
            words = tuple(_key(w) for w in WORD.findall(phrase))
            index.setdefault(words[0], []).append((words, replacement))
        for entries in index.values():
            entries.sort(key=lambda entry: -len(entry[0]))  # the longest phrase wins
        object.__setattr__(self, "index", index)

    def check(self, doc: Document) -> Iterator[Finding]:
        low, high = 0, len(doc.body)
        if self.where == "greeting":
            if doc.greeting is None:
                return
            low, high = doc.greeting.start, doc.greeting.end
        words, keys, places = doc.words, doc.keys, doc.places
        starts = sorted(i for key in places.keys() & self.index.keys() for i in places[key])
        for i in starts:
            for phrase, replacement in self.index[keys[i]]:
                last = i + len(phrase) - 1
                if tuple(keys[i : last + 1]) == phrase and _joined(doc, i, last):
                    start, end = words[i].start, words[last].end
                    if low <= start and end <= high and _alone(doc.body, start, end):
                        text = doc.body[start:end]
                        fix = (_keep_case(text, replacement),) if replacement else ()
                        yield self.finding(
                            self.message.format(text=text), start, end, replacements=fix
                        )
                    break


def _joined(doc: Document, first: int, last: int) -> bool:
    """Whether words first..last are separated by whitespace only."""
    words = doc.words
    return all(doc.body[words[i].end : words[i + 1].start].isspace() for i in range(first, last))


def _alone(body: str, start: int, end: int) -> bool:
    """Whether a span is not part of an abbreviation ("U.S.") or a hyphenated word."""
    before, after = body[max(0, start - 2) : start], body[end : end + 2]
    return not (before.endswith(("-", ".")) and before[:1].isalnum()) and not (
        after[:1] in {"-", "."} and after[1:2].isalnum()
    )


def _keep_case(original: str, replacement: str) -> str:
    """Capitalise the replacement when the original started with a capital."""
    if original[:1].isupper() and replacement:
        return replacement[0].upper() + replacement[1:]
    return replacement


@dataclass(frozen=True, kw_only=True)
class Pattern(Rule):
    """Flag each match of a regular expression; ``replace`` turns a match into its fix."""

    pattern: str
    message: str  # may use {text}
    flags: int = 0
    replace: Callable[[re.Match[str]], str] | None = None
    group: int = 0  # which group's span to report
    regex: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern, self.flags))

    def check(self, doc: Document) -> Iterator[Finding]:
        for match in self.regex.finditer(doc.body):
            fix = (self.replace(match),) if self.replace else ()
            start, end = match.span(self.group)
            yield self.finding(
                self.message.format(text=match.group(self.group)), start, end, replacements=fix
            )


@dataclass(frozen=True, kw_only=True)
class Required(Rule):
    """Flag the whole note when no match of a pattern (or an ``accept`` test) is found."""

    pattern: str
    message: str
    accept: Callable[[Document], bool] | None = None  # e.g. "mentions a discussed topic"
    regex: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern, re.IGNORECASE))

    def check(self, doc: Document) -> Iterator[Finding]:
        if not doc.body.strip() or self.regex.search(doc.body):
            return
        if self.accept is None or not self.accept(doc):
            yield self.finding(self.message)


@dataclass(frozen=True, kw_only=True)
class Count(Rule):
    """Flag the note when a measure passes a limit that may depend on the note's kind."""

    measure: Callable[[Document], int]
    limit: Callable[[Document], int]
    over: bool = True  # flag above the limit; False flags below it
    message: str  # may use {value} and {limit}

    def check(self, doc: Document) -> Iterator[Finding]:
        if not doc.body.strip():
            return
        value, limit = self.measure(doc), self.limit(doc)
        if (value > limit) if self.over else (value < limit):
            yield self.finding(self.message.format(value=value, limit=limit))


@dataclass(frozen=True, kw_only=True)
class Check(Rule):
    """A rule with its own code, usually comparing the note with the context."""

    function: Callable[[Check, Document], Iterable[Finding]]

    def check(self, doc: Document) -> Iterable[Finding]:
        return self.function(self, doc)
