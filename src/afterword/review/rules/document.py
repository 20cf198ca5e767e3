"""The message as the rules read it: the body, its parts (found once), and the context."""

from __future__ import annotations

import re
from functools import cached_property
from typing import NamedTuple

from afterword.kinds import MessageKind
from afterword.review.context import ReviewContext
from afterword.review.message import Message

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
SALUTATION = re.compile(
    r"(?i)^\s*(?:dear|hi|hello|hey|hiya|yo|sup|howdy|greetings|good\s+(?:morning|afternoon|evening|day)"
    r"|to\s+whom|g['’]day|kia\s+ora|bonjour|hola|namaste|namaskar|salaam|jambo|habari)\b"
)
# Where a greeting on the same line as the first sentence ends: "Hi Sarah, thank you ...".
GREETING_END = re.compile(r"[,:!—]|\s[-–]\s")
CLOSING = re.compile(
    r"(?i)^\s*(?:(?:with\s+)?(?:best|kind|warm|warmest|many)?\s*(?:regards|wishes)|best|sincerely|"
    r"yours(?:\s+(?:truly|sincerely))?|(?:many\s+)?thanks(?:\s+again)?|thank\s+you(?:\s+again)?|"
    r"cheers|warmly|respectfully|gratefully|all\s+the\s+best|take\s+care|with\s+(?:gratitude|"
    r"appreciation|thanks)|talk\s+soon|looking\s+forward|thanking\s+you|le\s+meas|ng[aā]\s+mihi"
    r"|merci|asante|shukran|dhanyavaad|cordialement|saludos|mit\s+freundlichen)\b[^\n]{0,30}?[,!.]?\s*$"
)
# Sentence ends, except after the abbreviations a note is likely to hold ("Dr. Raman").
SENTENCE_END = re.compile(
    r"(?=[.!?])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)"
    r"[.!?]+['\"”’)]*(?=\s|$)"
)
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
FOLLOW_UP_MARKERS = re.compile(
    r"(?i)\b(?:follow(?:ing)?[\s-]up|checking\s+in|next\s+steps|any\s+(?:news|update)|"
    r"status\s+of|timeline|decision|hear\s+back)\b"
)
THANKS_FOR_INTERVIEW = re.compile(
    r"(?i)\b(?:thank(?:s| you)\s+(?:so\s+much\s+)?for\s+(?:taking|meeting|speaking|the\s+time"
    r"|your\s+time|interviewing|the\s+(?:interview|conversation|chance))"
    r"|enjoyed\s+(?:our|speaking|meeting|talking))"
)
OPENS_AS_FOLLOW_UP = re.compile(r"(?i)\W*(?:\w+\W+){0,6}?(?:follow(?:ing)?[\s-]up|checking\s+in)\b")


HEADER_LINES = 8  # an address and a date may come before the greeting
CLOSING_LINES = 10  # a phone number, links and a P.S. may come after the closing


class Part(NamedTuple):
    """A piece of the body: its text and where it starts and ends."""

    text: str
    start: int
    end: int


def _salutation_only(line: Part) -> Part:
    """Return the greeting part of a line that goes on with the first sentence."""
    if len(line.text.split()) <= 6:
        return line
    end = GREETING_END.search(line.text, SALUTATION.match(line.text).end())  # type: ignore[union-attr]
    if end is None or len(line.text[: end.start()].split()) > 6:
        return line
    return Part(line.text[: end.end()], line.start, line.start + end.end())


class Document:
    """A message being reviewed; each derived part is computed once, on first use."""

    def __init__(
        self, message: Message, context: ReviewContext | None = None, dialect: str | None = None
    ) -> None:
        self.message = message
        self.body = message.body
        self.context = context or ReviewContext()
        if dialect is None:
            from afterword.review.dialects import harper_name

            interview = self.context.interview
            zone = interview.timezone if interview else None
            dialect = harper_name(self.context.english, zone, self.body)
        self.dialect = dialect
        self.cache: dict[str, object] = {}  # results shared by several rules (the proofreader's)

    @cached_property
    def lower(self) -> str:
        """The body in lower case (same length, so offsets hold)."""
        lowered = self.body.lower()
        return lowered if len(lowered) == len(self.body) else self.body

    @cached_property
    def words(self) -> list[Part]:
        """Every word, with its span."""
        return [Part(m.group(), m.start(), m.end()) for m in WORD.finditer(self.body)]

    @cached_property
    def keys(self) -> list[str]:
        """The body's words in lower case with straight apostrophes, as phrase lists hold them."""
        return [w.text.lower().replace("’", "'") for w in self.words]

    @cached_property
    def places(self) -> dict[str, list[int]]:
        """Where each key stands: a phrase list looks up its first words, not every word."""
        found: dict[str, list[int]] = {}
        for i, key in enumerate(self.keys):
            found.setdefault(key, []).append(i)
        return found

    @cached_property
    def word_count(self) -> int:
        """How many words the body holds."""
        return len(self.words)

    @cached_property
    def lines(self) -> list[Part]:
        """Every non-blank line, with its span (without the line break)."""
        parts, offset = [], 0
        for line in self.body.splitlines(keepends=True):
            stripped = line.rstrip("\r\n")
            if stripped.strip():
                lead = len(stripped) - len(stripped.lstrip())
                parts.append(Part(stripped.strip(), offset + lead, offset + len(stripped.rstrip())))
            offset += len(line)
        return parts

    @cached_property
    def greeting(self) -> Part | None:
        """The salutation ("Dear Dr. Raman,"), after any address and date block."""
        for line in self.lines[:HEADER_LINES]:
            if SALUTATION.match(line.text):
                return _salutation_only(line)
        if self.lines:
            first = self.lines[0]
            if len(first.text.split()) <= 6 and first.text.endswith((",", ":", "!", "—", "-")):
                return first
        return None

    @cached_property
    def closing(self) -> Part | None:
        """The closing line ("Best regards,"), however many contact lines follow it."""
        for line in reversed(self.lines[-CLOSING_LINES:]):
            if len(line.text.split()) <= 5 and CLOSING.match(line.text):
                return line
        return None

    @cached_property
    def signature(self) -> list[Part]:
        """The lines after the closing: the sender's name, title, contact details."""
        if self.closing is None:
            return []
        return [line for line in self.lines if line.start > self.closing.start]

    @cached_property
    def main_start(self) -> int:
        """Where the text after the greeting begins."""
        return self.greeting.end if self.greeting else 0

    @cached_property
    def main_end(self) -> int:
        """Where the text before the closing ends."""
        return self.closing.start if self.closing else len(self.body)

    @cached_property
    def sentences(self) -> list[Part]:
        """The sentences between greeting and closing, with their spans."""
        found: list[Part] = []
        text = self.body[self.main_start : self.main_end]
        breaks = [m.span() for m in PARAGRAPH_BREAK.finditer(text)]
        starts = [0] + [end for _, end in breaks]
        ends = [start for start, _ in breaks] + [len(text)]
        for first, last in zip(starts, ends, strict=True):
            block, base, start = text[first:last], self.main_start + first, 0
            for end in SENTENCE_END.finditer(block):
                found.append(self._part(base + start, base + end.end()))
                start = end.end()
            if block[start:].strip():
                found.append(self._part(base + start, base + len(block)))
        return [s for s in found if s.text]

    def _part(self, start: int, end: int) -> Part:
        text = self.body[start:end]
        lead = len(text) - len(text.lstrip())
        return Part(text.strip(), start + lead, start + lead + len(text.strip()))

    @cached_property
    def kind(self) -> MessageKind:
        """The kind of note: the context's, or guessed from the words."""
        if self.context.kind:
            return self.context.kind
        text = f"{self.message.subject or ''}\n{self.body}"
        opening = self.sentences[0].text if self.sentences else ""
        if OPENS_AS_FOLLOW_UP.match(self.message.subject or "") or OPENS_AS_FOLLOW_UP.match(
            opening
        ):
            return MessageKind.FOLLOW_UP  # "Following up on my interview ..." says what it is
        if FOLLOW_UP_MARKERS.search(text) and not THANKS_FOR_INTERVIEW.search(self.body):
            return MessageKind.FOLLOW_UP
        return MessageKind.THANK_YOU
