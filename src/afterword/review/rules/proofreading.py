"""AW6xx proofreading: Harper's lints, plus the slips it misses in these notes."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from threading import Lock

from afterword.review.finding import Finding, Severity
from afterword.review.proofread import (
    NON_TEXT,
    Category,
    Lint,
    harper_nouns,
    proofread,
    proofread_later,
)
from afterword.review.rules.base import ERROR, INFO, WARNING, Rule, fires, passes
from afterword.review.rules.document import Document
from afterword.review.rules.joins import broken_joins, past_form
from afterword.review.rules.pasted import bare_times, foreign_phrases, plural_matters, shorthand
from afterword.review.rules.text import known_names, word_set

ING = {
    "hear": "hearing",
    "meet": "meeting",
    "speak": "speaking",
    "work": "working",
    "talk": "talking",
    "join": "joining",
    "see": "seeing",
    "learn": "learning",
    "connect": "connecting",
    "contribute": "contributing",
    "receive": "receiving",
}
# -ing forms a template or a slip puts after "keen to", "glad to"..., with their plain forms.
PLAIN = {
    f"{verb}ing".replace("eing", "ing"): verb
    for verb in (
        "help",
        "join",
        "work",
        "contribute",
        "bring",
        "support",
        "learn",
        "build",
        "lead",
        "meet",
        "speak",
        "discuss",
        "share",
        "continue",
        "hear",
    )
}
BE = {"i": "am", "we": "are", "they": "are", "he": "is", "she": "is"}
FEELINGS = (
    "interested|excited|keen|eager|grateful|thankful|delighted|happy|glad|pleased|thrilled|"
    "honou?red|enthusiastic|confident|passionate"
)
NOT_GERUNDS = (
    r"(?:thing|things|string|strings|building|buildings|meeting|meetings|ceiling|king|ring|"
)
NOT_GERUNDS += r"spring|wing|wings|earnings|findings|savings|feelings|listings|settings|readings)\b"
PLURAL_LOOKING = r"(?:news|series|species|data|media|people|staff|police|team|majority|number)\b"
YOUR_NOUNS = (
    "team|time|company|consideration|help|insight|insights|feedback|perspective|"
    "questions?|advice|support|interest|group|organization|department|office|plans?|"
    "points?|work|patience|guidance|hospitality|kindness|email|message"
)


@dataclass(frozen=True)
class Repair:
    """A slip Harper misses: a pattern, its message, and how to fix a match."""

    pattern: str
    message: str
    fix: object  # a replacement template (str) or a function of the match
    flags: int = re.IGNORECASE
    needs: frozenset[str] = frozenset()  # words one of which must be in the note to look
    regex: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern, self.flags))

    def findings(self, rule: Rule, body: str) -> Iterator[Finding]:
        """Yield a finding for each match in ``body``."""
        for match in self.regex.finditer(body):
            fix = self.fix(match) if callable(self.fix) else match.expand(str(self.fix))
            yield rule.finding(
                self.message.format(text=match.group()),
                *match.span(),
                replacements=(_case_like(match.group(), fix),),
            )


def _case_like(original: str, fix: str) -> str:
    return fix[0].upper() + fix[1:] if original[:1].isupper() and fix else fix


GRAMMAR_REPAIRS = (
    Repair(r"\byour\s+welcome\b", '"{text}": the phrase is "you\'re welcome"', "you're welcome"),
    Repair(
        rf"\b(look(?:ing|s)?\s+forward\s+to)\s+({'|'.join(ING)})\b",
        '"{text}": "look forward to" takes the -ing form',
        lambda m: f"{m.group(1)} {ING[m.group(2).lower()]}",
    ),
    Repair(rf"\byou['’]re\s+({YOUR_NOUNS})\b", '"{text}": the possessive is "your"', r"your \1"),
    Repair(
        rf"\bfor\s+you\s+({YOUR_NOUNS})\b", '"{text}": the possessive is "your"', r"for your \1"
    ),
    Repair(
        r"\b(join|joining|meet|meeting|met|with)\s+you\s+(team|company|organi[sz]ation|group)\b",
        '"{text}": the possessive is "your"',
        r"\1 your \2",
    ),
    Repair(
        r"\b(could|would|should|must|might)\s+of\b",
        '"{text}": the phrase is "\\1 have"',
        r"\1 have",
    ),
    Repair(
        r"\bthan\s+you\s+(for|so|again)\b", '"{text}": did you mean "thank you"?', r"thank you \1"
    ),
    Repair(r"\bto\s+here\s+from\b", '"{text}": did you mean "hear"?', "to hear from"),
    Repair(
        rf"\b(I|we|they|he|she)\s+(?:(very|really|so|extremely|truly|quite|most)\s+)?"
        rf"({FEELINGS})\b",
        '"{text}": the verb is missing ("I am ...")',
        lambda m: (
            f"{m.group(1)} {BE[m.group(1).lower()]} "
            f"{m.group(2) + ' ' if m.group(2) else ''}{m.group(3)}"
        ),
        needs=word_set(FEELINGS.replace("|", " ").replace("honou?red", "honored honoured")),
    ),
    Repair(
        r"\bloosing\b",
        '"{text}": "loosing" is setting free; the word is "losing"',
        "losing",
        needs=frozenset({"loosing"}),
    ),
    Repair(
        r"\bI\s+bring\s+(built|led|spent|run|made|taken|done|grown|written|\w+ed)\b",
        '"{text}": two verbs run together',
        r"I have \1",
        needs=frozenset({"bring"}),
    ),
    Repair(
        r"\babout\s+that\s+(I|we)\s+(\w+)\b",
        '"{text}": "about" needs a noun or "how"',
        r"about how \1 \2",
        needs=frozenset({"about"}),
    ),
    Repair(
        r"\bGiven\s+(comfortable|confident|experienced|familiar|used|skilled|fluent)\b",
        '"{text}": the subject is missing ("Given that I am ...")',
        r"Given that I am \1",
        flags=0,
        needs=frozenset({"given"}),
    ),
    Repair(
        r"\b((?:keen|eager|glad|happy|able|willing|ready|want|wants|like|love|hope|plan)\s+to)"
        rf"\s+({'|'.join(PLAIN)})\b",
        '"{text}": after "to" the verb takes its plain form',
        lambda m: f"{m.group(1)} {PLAIN[m.group(2).lower()]}",
        needs=frozenset({"to"}),
    ),
    Repair(
        r"(?<![\w'’])its\s+(?=(?:a|an|the|been|not|going|worth)\b)",
        '"{text}": "it\'s" (it is) is meant, not the possessive "its"',
        "it's ",
        needs=frozenset({"its"}),
    ),
    Repair(
        rf"\b(?:the|our|my|your|this|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?!{NOT_GERUNDS})"
        rf"\w+ing\s+(are|were)\b",
        '"{text}": the subject is singular',
        lambda m: m.group()[: -len(m.group(1))] + ("is" if m.group(1).lower() == "are" else "was"),
        needs=frozenset({"are", "were"}),
    ),
    Repair(
        rf"\bthe\s+(?:[\w-]*[^\Ws]\s+){{0,2}}?(?!{PLURAL_LOOKING})([a-z]+[^s\W])(?<!ed)\s+"
        r"(?:of|for|on|in|from|with)\s+"
        r"(?:the\s+|a\s+|an\s+|our\s+|my\s+|your\s+|their\s+)?(?:[\w-]+\s+){0,2}?(are|were)\b",
        '"{text}": the subject is singular',
        lambda m: m.group()[: -len(m.group(2))] + ("is" if m.group(2).lower() == "are" else "was"),
        needs=frozenset({"are", "were"}),
    ),
    Repair(
        r"\bthe\s+([a-z]+[^\Wsiu]s)\s+(?:of|for|on|in|from|with)\s+"
        r"(?:the\s+|a\s+|an\s+|our\s+|my\s+|your\s+|their\s+)?(?:[\w-]+\s+){0,2}?(was|is|has)\b",
        '"{text}": the subject is plural',
        lambda m: (
            m.group()[: -len(m.group(2))]
            + {"was": "were", "is": "are", "has": "have"}[m.group(2).lower()]
        ),
    ),
)
REPEATED = Repair(
    r"\b(?!(?:that|had)\b)([^\W\d_]+)\s+\1\b", '"{text}": the word is repeated', r"\1"
)
LOWERCASE_I = Repair(
    r"(?<![\w'’.@/-])i(?=['’](?:m|ve|d|ll)\b|[ \t,;:!?]|$)",
    'the pronoun "I" is written in capitals',
    "I",
    flags=0,
)
PUNCTUATION_REPAIRS = (
    Repair(r"(?<=\S)[ \t]{2,}(?=\S)", "more than one space between words", " "),
    Repair(r"(?<=[^\W\d_])[ \t]+(?=[,;:!?.](?:\s|$))", "a space before punctuation", ""),
)


def start_proofreading(doc: Document) -> None:
    """Proofread the note once for the AW6xx rules (the engine runs them after the others)."""
    doc.cache["lints"] = proofread_later(doc.body, tuple(known_names(doc)), doc.dialect)


def _lints(doc: Document) -> list[Lint]:
    """Run the proofreader once per document and share its lints between the AW6xx rules."""
    if "lints" not in doc.cache:
        doc.cache["lints"] = proofread(doc.body, known_names(doc), doc.dialect)
    elif callable(doc.cache["lints"]):
        doc.cache["lints"] = doc.cache["lints"]()  # wait for the helper thread's result
    return doc.cache["lints"]  # type: ignore[return-value]


def _misspelt(doc: Document) -> list[tuple[int, int]]:
    return [(lint.start, lint.end) for lint in _lints(doc) if lint.category == "spelling"]


def _from_lints(rule: Rule, doc: Document, category: Category) -> list[Finding]:
    return [
        rule.finding(
            lint.message,
            lint.start,
            lint.end,
            replacements=lint.suggestions[:3],
            severity=_lowered(rule.severity, lint.level),
        )
        for lint in _lints(doc)
        if lint.category == category
    ]


def _lowered(severity: Severity, level: str | None) -> Severity:
    """Return the lower of a rule's severity and a lint's own level."""
    if level is None:
        return severity
    order = [Severity.INFO, Severity.WARNING, Severity.ERROR]
    return min(severity, Severity(level), key=order.index)


def _without_overlap(first: list[Finding], more: Iterable[Finding], size: int) -> list[Finding]:
    """Add findings of our own patterns unless the proofreader already reported the same text."""
    covered = bytearray(size + 1)  # one flag per character: linear however many findings
    for finding in first:
        covered[finding.start : finding.end] = b"\x01" * (finding.end - finding.start)
    kept = list(first)
    for finding in more:
        start, end = finding.start, finding.end
        if covered.find(1, start, end) == -1:
            covered[start:end] = b"\x01" * (end - start)
            kept.append(finding)
    return kept


@dataclass(frozen=True, kw_only=True)
class Proofreading(Rule):
    """The proofreader's lints of one category, plus our repairs for what it misses."""

    category: Category
    repairs: tuple[Repair, ...] = ()
    extra: object = None  # a function (rule, doc) -> findings, for context-aware checks
    keep: object = None  # a function (doc, findings) -> the findings to report
    any_repair: re.Pattern[str] | None = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        # One scan tells a clean note apart; the repairs run one by one only on a hit.
        joined = "|".join(
            f"(?{'i' if r.flags & re.IGNORECASE else ''}:{r.pattern})"
            for r in self.repairs
            if not r.needs
        )
        if len(self.repairs) > 1 and "\\1" not in joined.replace("\\\\", ""):
            object.__setattr__(self, "any_repair", re.compile(joined))

    def check(self, doc: Document) -> list[Finding]:
        key = (self.id, doc.body, doc.dialect, *_proofread_context(doc))
        found = _checked.get(key)
        if found is None:
            found = _checked.put(key, self._check(doc))
        return self.keep(doc, found) if callable(self.keep) else list(found)

    def _check(self, doc: Document) -> list[Finding]:
        skip = self.any_repair is not None and not self.any_repair.search(doc.body)
        keys = set(doc.keys)
        repairs = [r for r in self.repairs if (bool(r.needs & keys) if r.needs else not skip)]
        ours = [f for repair in repairs for f in repair.findings(self, doc.body)]
        if callable(self.extra):
            ours += list(self.extra(self, doc))
        return _without_overlap(_from_lints(self, doc, self.category), ours, len(doc.body))


def _proofread_context(doc: Document) -> tuple[object, ...]:
    """All a proofreading rule reads besides the body and the English: the record's names (the
    proofreader's known words), the recipient's name and the company (AW604)."""
    if "proofread context" not in doc.cache:  # asked by every proofreading rule: once a note
        context = doc.context
        recipient = context.recipient.person.tokens if context.recipient is not None else ()
        company = context.interview.company if context.interview is not None else None
        doc.cache["proofread context"] = (frozenset(known_names(doc)), tuple(recipient), company)
    return doc.cache["proofread context"]  # type: ignore[return-value]


class _Checked:
    """The last few notes' proofreading findings, by rule, text and context.

    The composer proofreads every draft before it is kept, and the review that follows reads
    the same text in the same context: it gets the findings again instead of working them
    out twice. Bounded, and locked for the server's threads.
    """

    SIZE = 256

    def __init__(self) -> None:
        self._found: OrderedDict[tuple[object, ...], tuple[Finding, ...]] = OrderedDict()
        self._lock = Lock()

    def get(self, key: tuple[object, ...]) -> tuple[Finding, ...] | None:
        with self._lock:
            found = self._found.get(key)
            if found is not None:
                self._found.move_to_end(key)
            return found

    def put(self, key: tuple[object, ...], found: list[Finding]) -> tuple[Finding, ...]:
        kept = tuple(found)
        with self._lock:
            self._found[key] = kept
            while len(self._found) > self.SIZE:
                self._found.popitem(last=False)
        return kept


_checked = _Checked()


def _outside_formulas(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Drop spelling findings in the greeting and closing: "Kia ora", "Ngā mihi", "Le meas"."""
    spans = [p for p in (doc.greeting, doc.closing) if p is not None]
    return [f for f in findings if not any(p.start <= f.start < p.end for p in spans)]


SPELLING = Proofreading(
    id="AW601",
    name="spelling",
    severity=ERROR,
    category="spelling",
    keep=_outside_formulas,
    doc="""Spell every word right.

A spelling mistake in a two-paragraph note is what a reader remembers; advisers put
"proofread" on every checklist. Spelling is checked offline by Harper, with suggestions
re-ranked by how common each word is. The names, company and role of the interview, the
words of your configuration (`review.known_words`) and common words of the trade (Kafka,
Terraform, dbt) are known words; acronyms, CamelCase product names and capitalised words in
mid-sentence (names the checker cannot know) are left alone, and so are the words of the
interview record (what you noted about each interviewer, your `fit` and `missed` notes) and
the greeting and closing formulas ("Kia ora", "Ngā mihi", "Le meas").

Spelling follows your English (`profile.english`: en-US, en-GB, en-CA, en-AU, en-IN); when it
is unset, the interview's time zone decides, and without an interview the text itself
("organised", "colour" say British). A word that is only another English's spelling
("color" in a British note) is a warning, not an error, and so is a word the dictionary lacks
but that a large frequency list knows well. Harper's suggestion to split a compound
("stormwater" → "storm water") is information, and so is its wish to close up a hyphenated
compound of two words ("non-negotiable", "multi-currency", "co-operative").""",
    examples=(
        fires("I definately enjoyed the conversation."),
        fires("I look forward to recieving your feedback."),
        passes("I enjoyed our talk about Kafka, Flink and dbt on the ETL team."),
        passes("Thank you, Dr. Raman, for the time at Northwind.", context="priya"),
        passes("I met Nakamura-Schmidt and José Álvarez-García at the SRE offsite."),
        passes("I organised the programme with rigour and colour."),
        passes("We discussed intraday risk, stormwater, wayfinding and capex."),
        fires("I wrote geo-holdoust tests."),
    ),
)


LOWER_START = re.compile(r"[a-z][a-z'’]*(?=[\s,;:!?.]|$)")


def _lowercase_starts(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag a paragraph that starts in lower case (the proofreader skips the text's first word)."""
    previous_end = -1
    for line in doc.lines:
        gap = doc.body[previous_end : line.start] if previous_end >= 0 else "\n\n"
        ended = previous_end >= 0 and doc.body[previous_end - 1] in ".!?"
        previous_end = line.end
        match = LOWER_START.match(line.text)
        if match and (gap.count("\n") > 1 or ended) and not NON_TEXT.match(line.text):
            word = match.group()
            yield rule.finding(
                "a sentence starts with a lower-case letter",
                line.start,
                line.start + len(word),
                replacements=(word.capitalize(),),
            )


LOWER_AFTER_STOP = re.compile(r"(?<=[a-z0-9)%][.!?])[ \t]+([a-z][a-z'’]*)\b")
# Stops that end an abbreviation, not a sentence: "e.g.", and a company's "Inc." or "Pte. Ltd."
ABBREVIATED = re.compile(
    r"(?i)\b(?:e\.g|i\.e|etc|vs|approx|cf|a\.m|p\.m|no|fig|incl|esp|ca|inc|ltd|co|corp|pte|pty|"
    r"bhd|pvt|bros|jr|sr|st|mt|r\.l|resp|dept|approx|kft|zrt|nyrt|bt|ltda|d\.o\.o|a\.s|s\.a|"
    r"b\.v|n\.v|s\.p\.a|e\.v)\.$"  # Hungarian, Brazilian, Balkan, Czech, Dutch, German forms
)


def _lowercase_after_stops(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag a sentence that starts in lower case after a full stop on the same line."""
    matches = list(LOWER_AFTER_STOP.finditer(doc.body))
    masked = [m.span() for m in NON_TEXT.finditer(doc.body)] if matches else []
    for match in matches:
        start, word = match.start(1), match.group(1)
        if ABBREVIATED.search(doc.body[max(0, start - 10) : match.start()]):
            continue
        if not any(a <= start < b for a, b in masked):
            yield rule.finding(
                "a sentence starts with a lower-case letter",
                start,
                start + len(word),
                replacements=(word.capitalize(),),
            )


def _lowercase_names(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag the recipient's or the company's name written in lower case."""
    yield from _lowercase_starts(rule, doc)
    yield from _lowercase_after_stops(rule, doc)
    yield from _lowercase_abbreviations(rule, doc)
    context, names = doc.context, set[str]()
    if context.recipient is not None:
        # "van", "der" in "Anneke van der Berg" are lowercase as written; only capitals count.
        names.update(t for t in context.recipient.person.tokens if len(t) > 2 and t[0].isupper())
    if context.interview is not None and (word := _company_word(context.interview.company)):
        names.add(word)
    for name in names:
        for match in re.finditer(rf"(?<![\w@./-]){re.escape(name.lower())}(?![\w@.-])", doc.body):
            yield rule.finding(
                f'"{match.group()}" is a name; write it with a capital',
                *match.span(),
                replacements=(name if name[0].isupper() else name.capitalize(),),
            )


# "s&OP", "r&D": an abbreviation joined by "&" whose first letter lost its capital (a note's
# first word, lower-cased by a template that starts it mid-sentence).
LOWER_AMPERSAND = re.compile(r"(?<![\w&/.@-])[a-z]&[A-Z]{1,4}(?![\w&/.@-])")


def _lowercase_abbreviations(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag an abbreviation with "&" whose first letter is in lower case ("s&OP")."""
    matches = list(LOWER_AMPERSAND.finditer(doc.body))
    masked = [m.span() for m in NON_TEXT.finditer(doc.body)] if matches else []
    for match in matches:
        if not any(a <= match.start() < b for a, b in masked):
            yield rule.finding(
                f'"{match.group()}": an abbreviation is written in capitals',
                *match.span(),
                replacements=(match.group().upper(),),
            )


# Words that open a company's name without naming it: "The Andaman Pearl Resort".
COMPANY_OPENERS = word_set("the a an")
COMMON_ZIPF = 3.5  # "harbour", "apple", "group": ordinary words in lower case, not slips


def _company_word(company: str) -> str | None:
    """Return the word of the company's name that is a slip in lower case, if there is one.

    Its first word, past an article ("the harbour group": not "the"), and only when it is no
    common English word: "northline" in lower case is the name written wrong, "harbour" is
    most likely the word.
    """
    from afterword.review.spelling import zipf

    words = company.split()
    while words and words[0].casefold() in COMPANY_OPENERS:
        words = words[1:]
    if not words or len(words[0]) < 2 or zipf(words[0]) >= COMMON_ZIPF:
        return None
    if words[0].casefold() in harper_nouns():  # "Kiln & Clay Studio": "kiln" is the word too
        return None
    return words[0]


SUBORDINATORS = word_set(
    """as when if since because although though while after before once given unless until
    whether where whereas whenever wherever thank thanks should were had having being"""
)
# A sentence opened by one of these has a short phrase before its first comma ("In my last
# role, I ..."); a long stretch before the comma is a clause of its own.
PREPOSITIONS = word_set("to in at on with for by from like unlike during across over through")
INTRO_WORDS = 8
SPLICE = re.compile(
    r",\s+(?:I|we|it|this|that|they|he|she|the\s+[a-z]+)\s+(?:had|has|have|was|were|is|are|uses|"
    r"used|helped|made|makes|did|does|will|would|can|could|also|really)\b"
)


# A pronoun and a past-tense verb after a comma start a clause ("..., it passed with no
# findings"); a plain verb may be a remark in passing ("It is, I think, right").
SPLICE_PAST = re.compile(r",\s+(?:I|we|they|it|he|she|this)\s+([a-z]+)\b")


CLAUSE_BEFORE = re.compile(r"(?i)\b(?:I|we|they|it|he|she|you)\s+(\w+)(?:\s+(\w+))?")


def _splices(text: str) -> Iterator[re.Match[str]]:
    yield from SPLICE.finditer(text)
    for match in SPLICE_PAST.finditer(text):
        if SPLICE.match(text, match.start()):
            continue
        before = text[: match.start()].rsplit(",", 1)[-1]
        # a clause of its own before the comma, not an opening phrase ("Out of interest,")
        verbs = [w for m in CLAUSE_BEFORE.finditer(before) for w in m.groups() if w]
        after = match.group(1)  # a regular past ("passed"): the lexicon loads only then
        passed = verbs and after.endswith("ed") and past_form(after)
        if passed and any(past_form(v.lower()) for v in verbs):
            yield match


def _comma_splices(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag two sentences joined by a comma alone ("I built it, the desk uses it daily")."""
    for sentence in doc.sentences:
        first = sentence.text.split(maxsplit=1)[0].lower().strip(",") if sentence.text else ""
        if first in SUBORDINATORS:
            continue
        for match in _splices(sentence.text):
            before = sentence.text[: match.start()]
            if first in PREPOSITIONS and len(before.split()) <= INTRO_WORDS:
                continue
            if len(before.rsplit(",", 1)[-1].split()) >= 3:
                start = sentence.start + match.start()
                yield rule.finding(
                    'two sentences joined by a comma; use a full stop, a semicolon or a "and"/"so"',
                    start,
                    start + 1,
                    replacements=(";",),
                )


GRAMMAR = Proofreading(
    id="AW602",
    name="grammar",
    severity=WARNING,
    category="grammar",
    repairs=GRAMMAR_REPAIRS,
    extra=lambda rule, doc: [
        *_comma_splices(rule, doc),
        *broken_joins(rule, doc),
        *foreign_phrases(rule, doc, _misspelt(doc)),
        *shorthand(rule, doc),
        *plural_matters(rule, doc),
        *bare_times(rule, doc),
    ],
    doc="""Fix grammar and usage slips.

Harper checks agreement, word choice and common confusions offline. afterword adds the slips
it misses that matter most in these notes: "your welcome", "look forward to hear from you",
"you're team", "thank you for you time", "could of", a missing verb ("I very interested"),
"loosing", agreement across a phrase ("the side of the role are"), two sentences joined by
a comma, "its" for "it's", and the joins a template leaves when a jotted note lands in the
wrong slot, found by their grammatical shape: a verb where a noun phrase belongs ("I bring
built a model", "hear about asked me about ..."), an adjective phrase as a subject ("I believe
comfortable owning a budget would ..."), a direct question inside a sentence ("digging into
how do you measure success?"), a clause after a preposition ("about we both studied", "into
I'm a bit homesick"), "that how", and a job many people hold without its article ("Meeting you
as Physiotherapist", "I am fully registered ECE teacher"; a title one person holds, "as
Executive Chef", reads well bare). Also a jotted noun that lost its article: a singular noun
that only counts, in both Harper's dictionary and lemminflect, ending a noun phrase with no
determiner ("what you shared about timetable", "handoff with physio team", "my 3 years as
911 call-taker", "at Linköping clinic"; "about risk management", "with machine learning" and
"at Google" are fine), a clause after "describe" or "share" ("let me describe I've worked
under ..."), a note's clause or remark pasted after "about" ("hearing about the per diem is
150 cedis", "hearing about a bit nosy"), and a credential's participle after "my" ("Given my
GCP trained, ..."), a note pasted as jotted: words in another language inside an English
sentence ("my 6 jaar verloskamer ervaring"), a symbol or a letter for a word ("image quality >
speed", "engineers = translators", "w/", "models r only as good"), "the didnt explain", "the
bands matters more than", "start 2027", "10 years FOH". Harper's matters of taste (the
Oxford comma, "roadmap", style suggestions) are switched off.""",
    examples=(
        fires("I look forward to hear from you."),
        fires("Thank you for you time."),
        fires("I would love to join you're team."),
        fires("Your welcome to call me."),
        fires("I could of explained it better."),
        fires("I would love to join you team."),
        fires("I very interested in the role."),
        fires("The team were loosing sleep over pages."),
        fires("The quantitative side of the role are a close match."),
        fires("I built the forecasting model, the desk uses it daily."),
        fires("I bring built that experience."),
        fires("I set up complaint trending about that I led."),
        fires("Given comfortable owning the workstream, I moved fast."),
        fires("I am excited about the role. Honestly its a great fit."),
        fires("I would be keen to helping with the checks."),
        fires("I would like to add forgot to say I have a PMP."),
        fires("It was useful to hear about asked me about state management."),
        fires("I believe comfortable owning a budget would let me contribute quickly."),
        fires("I really enjoyed digging into how do you measure success?"),
        fires("I enjoyed hearing about we both studied in Leeds."),
        fires("I appreciated hearing that how I would handle a recall."),
        fires("We so grateful for the tour."),
        fires("I led the audit last spring, it passed with no findings."),
        fires("I really enjoyed digging into I'm a bit homesick for Chiang Mai."),
        fires("Meeting you as Physiotherapist was a welcome part of the day."),
        fires("I am fully registered ECE teacher."),
        fires("I found what you shared about timetable especially useful."),
        fires("I enjoyed hearing about CP kids and the orthoses handoff with physio team."),
        fires("I was glad your question let me describe I've worked under COCOBOD rules."),
        fires("I especially enjoyed hearing about the per diem for field trips is 150 cedis."),
        fires("Given my GCP and ICH E6(R3) trained, I could make an early contribution."),
        fires("I would bring my 6 jaar verloskamer ervaring to the team from the first week."),
        fires("I particularly valued your pt that image quality > speed."),
        fires("Your view that integration engineers = translators has stayed with me."),
        fires("I wanted to mention the didnt explain my PE exam status."),
        fires("I valued the point that the uncertainty bands matters more than a number."),
        fires("I liked hearing about the care model they want to start 2027."),
        fires("I think over 10 years FOH for orchestra would be a real asset in this role."),
        fires("Talking through visa was the part of the day I enjoyed most."),
        fires("Our discussion of edging machine was a highlight for me."),
        fires("Talking through the rating curve updates after 2021 flood was a highlight."),
        passes("I enjoyed hearing about the Camino de Santiago and the albergues on it."),
        passes("I would bring my dbt models and 10 years of FOH work to the team."),
        passes("Talking through the visa was useful; our discussion of the edging machine too."),
        passes("I liked the plan that didn't need a new hire, and the model they start in 2027."),
        passes("I enjoyed hearing about the new build contract (starts February)."),
        passes("Your point that the details matter more than the tools stayed with me."),
        passes("I found what you shared about the timetable and about risk management useful."),
        passes("I have worked with machine learning at Google and with the regional council."),
        passes("I was glad your question let me describe how I've worked under COCOBOD rules."),
        passes("Meeting you as Executive Chef was a welcome part of the day."),
        passes("I am a fully registered ECE teacher, and I am registered to teach here."),
        passes("I would like to add that I have a PMP, and I can offer to run the club."),
        passes("I enjoyed digging into how you measure success and hearing that we both ran."),
        passes("Out of interest, I revisited the hall; I never take your time for granted."),
        passes("I look forward to helping the team and am keen to help with the checks."),
        passes("I look forward to hearing from you and to meeting your team."),
        passes("When the model was ready, it helped the desk; the results of the study were good."),
        passes("I am very interested in the role and grateful for your time."),
        passes("The analysis of the logs was quick, and its results were clear."),
        passes("You're welcome to call me; your team was great."),
    ),
)

REPEATED_WORD = Proofreading(
    id="AW603",
    name="repeated-word",
    severity=ERROR,
    category="repetition",
    repairs=(REPEATED,),
    doc="""Remove accidentally repeated words ("the the").

A doubled word is the classic slip of editing on a screen and the easiest for a reader to
spot. "that that" and "had had", which can be correct, are left alone.""",
    examples=(
        fires("Thank you for the the conversation."),
        fires("I am very very excited."),
        passes("I said that that plan was sound, and we had had a long day."),
    ),
)

CAPITALIZATION = Proofreading(
    id="AW604",
    name="capitalization",
    severity=WARNING,
    category="capitalization",
    repairs=(LOWERCASE_I,),
    extra=_lowercase_names,
    doc="""Capitalise sentence starts, the pronoun "I", and names.

A lowercase "i" or a name in lower case looks like a text message. Harper checks sentence
starts; afterword adds the pronoun and, with an interview, the recipient's and the company's
names written in lower case, and an abbreviation with "&" whose first letter lost its
capital ("s&OP"). Of the company it takes the first word past "the", "a" or "an",
and none that is a common English word: in lower case "harbour" is most likely the word.""",
    examples=(
        fires("Thank you. i enjoyed it."),
        fires("Thank you, priya, for the time.", context="priya"),
        fires("thank you for the time."),
        fires("It cut downtime by a third. it also saved money."),
        passes("Thank you. I enjoyed it, Priya."),
        passes("We met at 9 a.m. and spoke about tools, e.g. dbt and Airflow."),
        passes("Write to priya.raman@northwind.example.", context="priya"),
        fires("I wanted to mention the s&OP process I set up."),
        passes("I ran the S&OP process and stayed at a B&B."),
        passes("I would be glad to help Lionpay Pte. Ltd. with this work."),
        passes("I am keen to join Duna Forensic Kft. and take on this role."),
    ),
)


def _unbalanced(rule: Rule, doc: Document) -> Iterator[Finding]:
    """Flag an opening bracket or quote that is never closed, and a closing one never opened."""
    for opening, closing in ("()", "[]", "“”"):
        stack: list[int] = []
        for match in re.finditer(rf"[{re.escape(opening + closing)}]", doc.body):
            if match.group() == opening:
                stack.append(match.start())
            elif stack:
                stack.pop()
            elif (
                not _list_marker(doc.body, match.start())
                and doc.body[match.start() - 1 : match.start()] not in ":;=-^"
            ):
                yield rule.finding(f'"{closing}" closes nothing', match.start(), match.end())
        for start in stack:
            yield rule.finding(f'"{opening}" is never closed', start, start + 1)
    quotes = [m.start() for m in re.finditer(r'"', doc.body)]
    if len(quotes) % 2:
        yield rule.finding("an odd number of quotation marks", quotes[-1], quotes[-1] + 1)


def _list_marker(body: str, at: int) -> bool:
    """Whether a ")" closes a list marker like "1)" or "a)" at a line start."""
    line_start = body.rfind("\n", 0, at) + 1
    return bool(re.fullmatch(r"\s*\w{1,2}", body[line_start:at]))


PUNCTUATION = Proofreading(
    id="AW605",
    name="punctuation",
    severity=INFO,
    category="punctuation",
    repairs=PUNCTUATION_REPAIRS,
    extra=_unbalanced,
    doc="""Tidy spacing and punctuation.

Double spaces, a space before a comma or full stop, and a bracket or quotation mark never
closed are small things, reported as information with their fix.""",
    examples=(
        fires("Thank you  for the time."),
        fires("Thank you , Priya."),
        fires("Thank you (and the team for the time."),
        fires('She said "data contracts matter.'),
        passes("Thank you (and the team) for the time."),
        passes("Points:\n1) streaming\n2) schema tests"),
    ),
)

RULES = (SPELLING, GRAMMAR, REPEATED_WORD, CAPITALIZATION, PUNCTUATION)
