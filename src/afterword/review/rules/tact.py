"""AW41x tact: what a thank-you should not ask for, complain about, or gush over."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from afterword.review.finding import Finding
from afterword.review.rules.base import THANK_YOU, WARNING, Check, Phrases, Rule, fires, passes
from afterword.review.rules.document import Document
from afterword.review.rules.text import word_set


@dataclass(frozen=True, kw_only=True)
class Together(Rule):
    """Flag a sentence holding a word of each list: a topic and a way of speaking about it."""

    topic: str  # a pattern: what the sentence is about
    stance: str  # a pattern: how it speaks about it
    needs: frozenset[str]  # words one of which the note must hold (the rarer list's)
    message: str  # may use {text}
    regexes: tuple[re.Pattern[str], re.Pattern[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        pair = (re.compile(self.topic, re.IGNORECASE), re.compile(self.stance, re.IGNORECASE))
        object.__setattr__(self, "regexes", pair)

    def check(self, doc: Document) -> Iterator[Finding]:
        topic, stance = self.regexes
        if self.needs.isdisjoint(doc.keys):
            return  # most notes name no topic at all: a word lookup decides
        for sentence in doc.sentences:
            about, how = topic.search(sentence.text), stance.search(sentence.text)
            if about and how:
                start, end = sorted((about.span(), how.span()))[0][0], sentence.end
                yield self.finding(
                    self.message.format(text=sentence.text), sentence.start + start, end
                )


PAY_DEMAND = Together(
    id="AW410",
    name="pay-demand",
    severity=WARNING,
    kinds=THANK_YOU,
    topic=(
        r"\b(?:salary|salaries|pay|paid|compensation|package|bonus|equity|stock\s+options|"
        r"base(?=\s+(?:pay|salary|of|\d|[$€£₹]))|"
        r"relocation\s+(?:allowance|package|budget)|benefits|allowance|company\s+car|"
        r"vacation|holidays|PTO|raise|rate|CTC|remuneration)\b"
    ),
    stance=(
        r"\b(?:need|needs|require|requires|expect|must|only\s+if|provided|unless|at\s+least|"
        r"minimum|insist|won['’]t\s+accept|will\s+not\s+accept|increased|higher|more\s+than|"
        r"non-negotiable|condition|TBD|TBC)\b"
        r"|\d[\d,.]*\s?k?\s?(?:EUR|USD|GBP|CHF|INR|euros?|dollars?|pounds?|/\s?(?:month|year|hr|hour))\b"
        r"|[$€£₹]\s?\d"
    ),
    needs=word_set(
        """salary salaries pay paid compensation package bonus equity stock relocation base
        benefits allowance car vacation holidays pto raise rate ctc remuneration"""
    ),
    message="terms of pay or benefits set out in a thank-you: {text}",
    doc="""Leave pay and benefits out of the thank-you.

The thank-you answers the conversation; advisers agree that salary, bonus, relocation or
holiday demands belong in the negotiation after an offer, where they are expected, and that
in a thank-you they read as conditions on your interest. The rule flags a sentence that
names pay or a benefit together with a demand ("I will need", "only if", "at least") or a
figure ("base 6500 EUR/month and equity TBD").""",
    examples=(
        fires("As discussed, I am looking for base 6500 EUR/month and equity TBD."),
        fires("My expected salary is $140k plus bonus."),
        passes("I enjoyed hearing how the equity research team covers 40 markets."),
        fires("I am keen to join, but I will need a salary of at least $160,000."),
        fires("I am interested, provided the package includes a company car."),
        passes("Thank you for explaining how the team plans its releases."),
        passes("I appreciated hearing how the benefits team supports new parents."),
    ),
)

FORMER_EMPLOYER = Together(
    id="AW411",
    name="former-employer",
    severity=WARNING,
    topic=(
        r"\b(?:(?:my|our)\s+(?:current|former|previous|last|old|present)\s+(?:employer|company|"
        r"boss|manager|managers|team|job|firm|workplace|place)|my\s+(?:old\s+)?boss|"
        r"my\s+(?:employer|manager|managers)|where\s+I\s+(?:work|worked)\s+now)\b"
    ),
    stance=(
        r"\b(?:toxic|terrible|awful|nightmare|incompetent|hate|hated|useless|clueless|"
        r"micromanag\w*|horrible|worst|dysfunctional|chaos|chaotic|never\s+listen\w*|idiots?|"
        r"a\s+joke|miserable|stupid|lazy|unbearable|disaster)\b"
    ),
    needs=word_set(
        """toxic terrible awful nightmare incompetent hate hated useless clueless horrible
        worst dysfunctional chaos chaotic never idiot idiots joke miserable stupid lazy
        unbearable disaster micromanaged micromanaging micromanager micromanagement"""
    ),
    message="complaining about an employer: {text}",
    doc="""Don't complain about a current or former employer.

Every interview guide gives the same advice: criticism of an employer tells the reader how
you will talk about them one day. In a thank-you it is also off the subject. The rule flags
a sentence that speaks of your employer, boss or team together with a harsh word ("toxic",
"incompetent", "a nightmare").""",
    examples=(
        fires("My current employer is a toxic place run by incompetent managers."),
        fires("My old boss was a nightmare who never listened."),
        passes("My current employer taught me how to run a site safely."),
        passes("The toxic-waste project you described sounded hard."),
    ),
)

FAMILIAR = Phrases(
    id="AW412",
    name="over-familiar",
    severity=WARNING,
    phrases=dict.fromkeys(
        (
            "xoxo",
            "xx",
            "xxx",
            "hug",
            "hugs",
            "big hug",
            "big hugs",
            "kisses",
            "love you",
            "love ya",
            "luv",
            "bestie",
            "besties",
            "bff",
            "we're old friends",
            "we are old friends",
            "like old friends",
            "sweetie",
            "babe",
            "dude",
            "bro",
            "you're the best",
            "miss you already",
            "soulmate",
            "soulmates",
            "lots of love",
        )
    ),
    message='"{text}" is over-familiar for a note to an interviewer',
    doc="The phrases of AW412.",
)
FAMILIAR_CLOSINGS = word_set("love hugs")


def over_familiar(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag hugs, kisses and "we're old friends", and a closing of "Love,"."""
    yield from FAMILIAR.check(doc)
    for line in doc.lines[-6:]:
        words = line.text.rstrip(",!. ").lower().split()
        if words and words[-1] in FAMILIAR_CLOSINGS and len(words) <= 2:
            yield rule.finding(f'"{line.text}" is over-familiar as a closing', line.start, line.end)


OVER_FAMILIAR = Check(
    id="AW412",
    name="over-familiar",
    severity=WARNING,
    function=over_familiar,
    doc="""Keep the warmth professional: no hugs, kisses or "we're old friends".

A good conversation invites a warm note, but the interviewer is still assessing you; gushing
or intimate language ("xoxo", "big hug", "love,") reads as a lack of judgement. Friendly
thanks and shared interests are fine.""",
    examples=(
        fires("Thank you so much.\n\nBig hugs and xoxo,\nJordan"),
        fires("I feel like we're old friends already."),
        fires("Thank you!\n\nLove,\nJordan"),
        passes("I enjoyed our chat about hurling; best of luck to Kilkenny."),
        passes("Thank you for the warm welcome at reception."),
    ),
)

RULES = (PAY_DEMAND, FORMER_EMPLOYER, OVER_FAMILIAR)
