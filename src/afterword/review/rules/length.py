"""AW5xx length: concise notes, readable sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.kinds import MessageKind
from afterword.review.finding import Finding
from afterword.review.rules.base import INFO, WARNING, Check, Count, fires, passes
from afterword.review.rules.document import Document

LIMITS = {MessageKind.THANK_YOU: 200, MessageKind.FOLLOW_UP: 175}
SHORTEST = 50
LONGEST_SENTENCE = 35
FILLER = " ".join(["We discussed the plan to move batch jobs to streaming."] * 4)


def _words(count: int) -> str:
    return " ".join(["word"] * count)


TOO_LONG = Count(
    id="AW501",
    name="too-long",
    severity=WARNING,
    measure=lambda doc: doc.word_count,
    limit=lambda doc: LIMITS[doc.kind],
    message="{value} words; keep a note under {limit} (aim for 100–200 for a thank-you, "
    "under 150 for a follow-up)",
    doc="""Keep it short: about 100–200 words for a thank-you, under about 150 for a follow-up.

Advice converges on a few short paragraphs (100–180 words at faraday.email, 150–200 at
personaljobcoach.co.uk, "within 200 words" at selfgrowth.com; three to four sentences for a
follow-up). Interviewers read these notes between meetings. The rule warns past 200 words
for a thank-you and past 175 for a follow-up, leaving some room above the advice.""",
    examples=(
        fires("Thank you. " + _words(210)),
        passes("Thank you. " + _words(150)),
        fires("Following up on next steps. " + _words(180), context="priya-follow-up"),
    ),
)

TOO_SHORT = Count(
    id="AW502",
    name="too-short",
    severity=WARNING,
    over=False,
    measure=lambda doc: doc.word_count,
    limit=lambda doc: SHORTEST,
    message="{value} words; a note under {limit} words rarely says anything specific",
    doc="""Say enough to be specific: at least about 50 words.

Three to five sentences is the usual advice; under fifty words there is no room for the
thanks, a specific reference and a reaffirmed interest together, and the note reads as a
formality.""",
    examples=(
        fires("Thanks for your time. Hope to hear back soon."),
        passes(FILLER + " " + FILLER),
    ),
)


def long_sentence(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag each sentence of more than 35 words."""
    for sentence in doc.sentences:
        count = len(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", sentence.text))
        if count > LONGEST_SENTENCE:
            yield rule.finding(
                f"a sentence of {count} words; split it", sentence.start, sentence.end
            )


LONG_SENTENCE = Check(
    id="AW503",
    name="long-sentence",
    severity=INFO,
    function=long_sentence,
    doc="""Split sentences longer than 35 words.

A note is read quickly, often on a phone; a long sentence hides its point. Thirty-five words
is generous (plain-language guides aim for an average of 15–20), so the rule only catches
sentences that have clearly run on.""",
    examples=(
        fires("I " + _words(40) + "."),
        passes("I enjoyed the talk. " + _words(20) + "."),
    ),
)

RULES = (TOO_LONG, TOO_SHORT, LONG_SENTENCE)
