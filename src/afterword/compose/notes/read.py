"""Read one note into what it is and the grammatical forms it can take.

A :class:`Reading` keeps the note as written, its kind (a topic, something the candidate
did or is, something the interviewer said or asked, a question, a shared interest, a
regret, or a remark withheld), why it was read so, and up to three forms: ``topic`` (fits
after "about": a noun phrase, a gerund, an indirect question), ``clause`` (fits after
"that") and ``sentence`` (stands alone). A frame takes a note only in a form it declares.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from afterword.compose.notes import shape
from afterword.compose.notes.articles import (
    BREAKS,
    CHANGED,
    NO_ARTICLE,
    inner_articles,
    with_article,
)
from afterword.compose.notes.check import DETERMINERS, NO_VERB, finite, form_problem
from afterword.compose.notes.rules import (
    BARE_ADJECTIVES,
    COLD,
    LANGUAGE_NAMES,
    PAY_FIGURE,
    WITHHOLD,
    Withhold,
)
from afterword.compose.prose import fix_case, join_list, second_person, squash, strip_lead_in
from afterword.compose.words import words_of
from afterword.interview.names import HONORIFICS, PersonName

Field = Literal["fit", "missed", "insights", "discussed", "valued", "rapport"]
NoteKind = Literal[
    "topic", "achievement", "said", "asked", "question", "shared", "regret", "event", "withheld"
]
ASKED_ABOUT = re.compile(
    rf"\b(?:questions?|q|answers?|case study|exercise|test)\b|^{shape.WH}\s", re.IGNORECASE
)
OWN_FIELDS = ("discussed", "valued", "rapport")  # the interviewer's own notes, said to them
WARM_FLOOR = -0.25  # below this VADER score a note only goes into a neutral frame
HEDGED = re.compile(r"^(?:kind of|kinda|sort of|a bit|bit of a|a little|pretty|quite a)\b", re.I)
ENCLOSED = re.compile(r"\([^()]*\)|\"[^\"]*\"|“[^”]*”")
# A list of single words closed by "and"/"or" ("between SG, MY and TH") is not cut at its commas.
SHORT_LIST = re.compile(r"\b[\w/-]+(?:, [\w/-]+)+,? (?:and|or) [\w/-]+(?=$|[,;.)])")
CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|,(?!\d{3}(?!\d))|\s[-–—]\s|\s\.\.\.\s?|(?<=\S)[!?]+\s+(?=\S))\s*"
)
REGRET = re.compile(
    r"^(?:also\s+)?(?:i\s+)?(?:forgot|meant|wanted|didn'?t get|did not get|never got|didn'?t|"
    r"didnt|did not|never|talked|spoke|"
    r"should(?:'ve| have| of)|wish i(?:'d| had)|need to|must)\s+(?:to\s+)?(?:have\s+)?"
    r"(?:say|said|mention|mentioned|bring up|brought up|talk(?:ed)?|spoke|speak|add|"
    r"tell (?:them|him|her)|show|showed|share|shared|present|demo|bring|brought)"
    r"(?:\s+(?:too little|too briefly|more|enough|much))?"
    r"(?:\s+about)?(?:\s+that)?\s+",
    re.IGNORECASE,
)
TOO_LITTLE = re.compile(
    r"^(?:i\s+)?(?:talked|spoke|said)\s+(?:too little|too briefly|not enough|very little|"
    r"too quickly)\s+(?:about\s+)?",
    re.IGNORECASE,
)
ASKED = re.compile(
    r"^(?:(?:(?:she|he|they|you)\s+)?(?:also\s+)?asked(?:\s+me)?(?:\s+(?:a lot|lots|loads))?|"
    r"(?:(?:lots|loads|a lot|a few|some|several|many|tough|good|hard) of )?"
    r"(?:questions|question|qs)(?=\s+(?:about|on|re)\s))"  # "q's about my experience w/ X"
    r"(?:\s+(?:about|on|re|for))?\s+(?P<what>.+)$",
    re.IGNORECASE,
)
SAID = re.compile(
    r"^(?:(?:she|he|they|you)\s+)?(?:also\s+)?(?:said|says|mentioned|explained|told me|noted|"
    r"pointed out|shared|stressed|thinks|believes|feels)(?:\s+that)?\s+(?P<what>.+)$",
    re.IGNORECASE,
)
PRAISE = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:really\s+)?(?:loved|liked|praised|complimented|was impressed|"
    r"were impressed|seemed impressed|impressed)\b.*\bmy\b",
    re.IGNORECASE,
)
INTENSIFIERS = ("super", "very", "really", "quite", "so", "a", "bit", "pretty", "rather", "too")
MODALS = ("would", "could", "should", "might", "must", "was", "were", "had", "did")
SUBJECT_WORDS = ("you", "we", "the", "i", "it", "there", "this", "he", "she", "they")
DETERMINER = r"(?:the|their|your|our|this|that|a|an|its|my|his|her)"
CLAUSE = re.compile(
    rf"^(?:{DETERMINER}\s+(?=\S+\s+\S)|(?!{DETERMINER}\s))"
    r"(?:(?!that\b)[\w'’-]+\s+){1,3}?"
    r"(?:(?:is|are|was|were|has|have|had|will|would|can|could|should|expects|do)\s|"
    # a verb that is also a plural noun: "station area plans for X" names the plans
    r"(?:plans|wants|needs|uses|runs|hopes|does)\s(?!(?:for|of|in|on|at|with|from|and)\b))",
    re.IGNORECASE,
)


# "mortality improvement assumptions, I only half answered": raised, but not made in full
PARTLY = re.compile(
    r"[,;\s-]*\b(?:I )?(?:only )?(?:half[- ](?:answered|explained|covered)(?: it)?|"
    r"(?:only )?got (?:halfway|half way|part way|partway)(?: (?:thru|through) (?:explaining|"
    r"describing|answering)(?: it)?)?|ran out of time (?:on|explaining) it|"
    r"(?:didn'?t|did not) (?:get to )?finish(?: explaining)?(?: it)?)\b",
    re.IGNORECASE,
)
PARTLY_WHY = "a point you made only in part"
OTHER_LANGUAGE = "written in another language: put it in English to have it used"
PARTLY_FOREIGN = "holds a word English lacks: give a name its capital, or write the note in English"
UNDERSOLD = re.compile(
    r"^(?:i\s+)?(?:didn'?t|did not|couldn'?t|could not)\s+(?:explain|describe|present|"
    r"articulate)\s+(?P<what>(?:my|the|our)\s[^,;]+?)"
    r"(?:\s+(?:well|clearly|properly|enough|right))?(?=$|[,;]|\s[-–—]\s)",
    re.IGNORECASE,
)


# The candidate's own family, in a note about the conversation: "asked abt my mother's store".
MY_FAMILY = re.compile(
    r"(?i)\bmy (?:baby )?(?:mother|father|mum|mom|dad|parents|grandmother|grandfather|grandma|"
    r"grandpa|wife|husband|son|daughter|kids|children|brother|sister|in-laws|mama|daddy)"
    r"(?:'s|s'|\b)"
)
# Things one forgets to bring, not to mention: "forgot my passport" is a slip of the day.
FORGOT_THING = re.compile(
    r"(?i)^(?:i )?forgot my (?:passport|id|badge|laptop|notes|notebook|pen|phone|charger|keys|"
    r"glasses|umbrella|wallet|lunch|copies|printouts?|documents|papers|cv copies|tie|jacket|name)"
)


@dataclass(frozen=True)
class Reading:
    """One note as the composer understood it."""

    field: Field
    note: str
    kind: NoteKind
    why: str
    topic: str | None = None
    clause: str | None = None
    sentence: str | None = None
    sentiment: float = 0.0
    dropped: tuple[str, ...] = ()
    answer: str | None = None  # "asked me about X -> told him about Y": Y, as a noun phrase

    @property
    def used(self) -> bool:
        """Whether the note may go into a draft at all."""
        return self.kind != "withheld"

    @property
    def warm(self) -> bool:
        """Whether a warm frame ("I was glad to hear ...") suits the note."""
        return self.sentiment > WARM_FLOOR

    def form(self, name: str) -> str | None:
        """The note in one form, or None when it cannot take it."""
        return {"topic": self.topic, "clause": self.clause, "sentence": self.sentence}.get(name)


# Money the candidate brought in or saved is an achievement, not pay ("$400k raised").
ACHIEVED_MONEY = re.compile(
    r"\b(?:raised|saved|generated|secured|won|brought in|closed|grants?|funding|revenue|"
    r"sales|budgets?|savings|cut|reduced|costs?|grew|increased|profits?|turnover|capex|opex|"
    r"spend|worth|portfolio|aum|pipeline|quota|donations?|pledges?|gifts?)\b",
    re.IGNORECASE,
)
CLINICAL_CASE = re.compile(
    r"\b(?:a|an|the) (?:pt|patient|client|child|resident|case|service user)s?\b", re.IGNORECASE
)
RETRACTED = re.compile(r"\.\.\.\s*(?:well|actually|no|hmm|or not)\b", re.IGNORECASE)
# A note in the interviewer's fields that is about the candidate ("I'm in therapy", "I nearly
# cried", "I have insomnia"), unless it tells what the candidate said or showed them.
ABOUT_ME = re.compile(r"^(?:I|I'm|I've|I'd|I was)\b", re.IGNORECASE)
TOLD_THEM = re.compile(
    r"^I (?:did|had|spent|made|took|started) my\b|"  # "I did my exchange sem at Erasmus"
    r"^I (?:also )?(?:asked|told (?:him|her|them|you|the panel)|showed|presented|walked|explained|"
    r"pitched|shared|talked|mentioned (?:my|our|the) (?:work|project|experience|portfolio|"
    r"research|thesis|paper)|gave|demoed|described|brought)\b|^my (?:portfolio|presentation|"
    r"case study|demo|slides|work|project)",
    re.IGNORECASE,
)
# Wrongdoing the candidate found or stopped is an achievement: "the fraud I spotted".
UNCOVERED = re.compile(
    r"\b(?:I|I've|I have) (?:\w+ )?(?:spotted|uncovered|found|detected|flagged|caught|"
    r"investigated|prevented|stopped|exposed|reported|traced|identified|helped (?:uncover|expose|"
    r"investigate|trace|catch))\b",
)
# A remark about someone, in the third person ("he seems ...", "Hofer looks ...").
ABOUT_SOMEONE = re.compile(
    r"^(?:(?:he|she)(?:'s|'re)?(?! (?:walked|showed|took|talked|gave|let|taught) me\b)|"
    r"they(?:'s|'re| (?:didn'?t|don'?t|doesn'?t|did not|does not|"
    r"never|wasn'?t|weren'?t|isn'?t|aren'?t))|"  # not "they cut use by half": a team's work
    r"(?:he|she|they|[A-Z][a-z]+) (?:is|was|seems|seemed|looks|"
    r"looked|sounds|sounded|felt|feels))\b",
)


def withheld_by(text: str) -> Withhold | None:
    """The first withholding rule a text matches."""
    if PAY_FIGURE.search(text) and not ACHIEVED_MONEY.search(text):
        return _rule("pay")
    if RETRACTED.search(text):  # "we both did NS... well, I did Nanyang": taken back
        return _rule("aside")
    if HEDGED.match(text) and shape.sentiment(text) < WARM_FLOOR:
        return _rule("manner")  # "kind of boring presenter": a judgement of someone
    if _judgement(text):
        return _rule("manner")  # "a bit coqueto", "uncomfortable": a reaction, not a topic
    question = text.rstrip().endswith("?") or bool(shape.QUESTION.match(text))
    for rule in WITHHOLD:
        if question and rule.name == "bad-news":
            continue  # "how do they handle outages?": a question asked, not news heard
        found = rule.pattern.search(text)
        if found is None:
            continue
        if rule.name == "health" and CLINICAL_CASE.search(text):
            continue  # "asked about a pt w/ CKD 4 + diabetes": a case to reason about
        if (
            rule.name == "gossip"
            and UNCOVERED.search(text)
            and not found.group().startswith(("divorc", "affair"))
        ):
            continue  # "the fraud I spotted in a supplier ledger": my finding, not gossip
        if (
            rule.name == "pay"
            and any(c.isdigit() for c in found.group())
            and (ACHIEVED_MONEY.search(text))
        ):
            continue  # "about $400k raised over 3 years": a result, not pay
        return rule
    if ABOUT_SOMEONE.match(text) and (
        shape.sentiment(text) < WARM_FLOOR
        or (
            re.search(r"\b(?:a bit|a little|kind of|sort of|rather|quite|pretty|too|so) \w+", text)
            and shape.sentiment(text) < 0.3
        )
        or re.match(r"^(?:he|she)(?:'s| is| was) an? \w+(?:,|$)", text)
        or _hedged_unknown(text)
    ):  # "she seems miserable", "he was a bit scatty", "he's a smoker": a judgement of someone
        return _rule("manner")
    return None


HEDGE = re.compile(r"\b(?:a bit|a little|kind of|kinda|sort of|rather|too) ([a-z]+)")


def _hedged_unknown(text: str) -> bool:
    """ "he's a bit mayabang but funny": a hedged word no English dictionary knows (a judgement
    in another language, as likely unkind as kind), never quoted to their face."""
    found = HEDGE.search(text)
    return found is not None and not shape.tags(found.group(1))


def _judgement(text: str) -> bool:
    """ "a bit coqueto", "uncomfortable": a hedged or cold word about someone, with no noun."""
    words = [w.strip(".,!") for w in text.split()]
    plain = [w for w in words if w.lower() not in INTENSIFIERS and w.lower() != "of"]
    if (
        0 < len(plain) < len(words) <= 3
        and words[0].lower() in ("too", "very", "so", "really", "quite", "super", "rather")
        and all("ADJ" in shape.tags(w) and w.islower() for w in plain)
    ):  # "too quiet", "very intense": how someone came across, whatever its warmth
        return True
    if not plain or len(words) > 4 or shape.has_noun(plain):
        return False
    if any(w[:1].isupper() or w[:1].isdigit() for w in plain):
        return False
    if HEDGED.match(text):  # a hedge before words that name nothing
        return all(not shape.tags(w) or shape.is_adjective(w) for w in plain)
    return all(shape.is_adjective(w) for w in plain) and shape.sentiment(text) < WARM_FLOOR


def _own_reason(rule: Withhold, where: Field, text: str) -> str:
    """ "came 15 min late", "my keigo was shaky": about the candidate, not the interviewer."""
    own = where not in OWN_FIELDS or re.match(r"^(?:my|i|i'm|i was)\b", text, re.IGNORECASE)
    if rule.name == "manner" and own:
        return _rule("self-criticism").reason
    return rule.reason


def _rule(name: str) -> Withhold:
    return next(rule for rule in WITHHOLD if rule.name == name)


def _gloss(enclosed: str) -> bool:
    """ "(interfaz urbano-forestal)", "(censitrac)": a gloss in another language, or a lower-case
    name English does not know; the note reads without it, never with it uncapitalized."""
    if enclosed.startswith(('"', "“")):
        return False  # a quoted question or saying is the note itself, never a gloss
    if shape.foreign_words(enclosed):
        return True
    words = re.findall(r"[^\W\d_]+", enclosed)
    return len(words) == 1 and words[0].islower() and shape.unknown_word(words[0])


def split_clauses(text: str) -> list[str]:
    """Split a note at commas, semicolons and dashes, keeping parentheses and quotes whole."""
    spans = [m.span() for m in ENCLOSED.finditer(text)]
    # "SG, MY and TH" is one list; "a regional paper, R and Datawrapper" is not
    spans += [m.span() for m in SHORT_LIST.finditer(text) if _one_kind(m.group())]
    parts, start = [], 0
    for cut in CLAUSE_SPLIT.finditer(text):
        if any(a < cut.start() < b for a, b in spans):
            continue
        parts.append(text[start : cut.start()])
        start = cut.end()
    parts.append(text[start:])
    joined: list[str] = []
    for part in (c for c in parts if c.strip()):
        if joined and re.match(r"not\s", part) and _contrast_fits(joined[-1], part[4:]):
            joined[-1] += f" rather than {part[4:]}"  # "taught, not born": the contrast belongs
        else:
            joined.append(part)
    return joined


def _one_kind(items: str) -> bool:
    """Whether a list's items all open alike: all capitalised or all lowercase."""
    heads = [w[:1] for w in re.split(r",\s*|\s+(?:and|or)\s+", items) if w]
    return all(h.isupper() for h in heads) or not any(h.isupper() for h in heads)


def _contrast_fits(before: str, contrast: str) -> bool:
    """Whether "not X" after a clause reads as "rather than X".

    It does after a word of the same kind ("taught, not born"); a participle after a noun
    ("in their communities, not placed in ...") or a remark of its own ("not my best") does not.
    """
    if withheld_by(f"not {contrast}") is not None or contrast.lower().startswith(("my ", "our ")):
        return False
    first, last = (contrast.split() or [""])[0], before.split()[0] if before.split() else ""
    if shape.verb_form(first) in ("past", "gerund"):
        return shape.verb_form(last) == shape.verb_form(first)
    return True


def keep_clauses(text: str) -> tuple[list[str], list[Withhold]]:
    """Drop the clauses a clause-scope rule matches; report every rule that fired."""
    kept, fired = [], []
    after_slip = False
    for clause in split_clauses(text):
        rule = withheld_by(clause)
        if rule is not None and rule.name == "pay" and _money_achieved(text, clause):
            rule = None  # "the cost savings, ~AED 1.2M a yr": a result, not pay
        if rule is None and after_slip and _continues(clause):
            rule = _rule("self-criticism")  # "my answer was weak, mixed up X": the same slip
        after_slip = rule is not None and rule.name == "self-criticism"
        if rule is None:
            kept.append(clause)
        else:
            fired.append(rule)
    return kept, fired


def _money_achieved(text: str, clause: str) -> bool:
    """A figure in a clause of a note whose other words say it was saved, raised or won."""
    return (
        bool(ACHIEVED_MONEY.search(text))
        and not ACHIEVED_MONEY.search(clause)
        and (
            bool(re.search(r"\d", clause)) and not re.search(r"\b(?:salary|pay|bonus)", text, re.I)
        )
    )


def _continues(clause: str) -> bool:
    """A clause with no subject of its own, opening on a past verb: "mixed up RPC types"."""
    words = clause.split()
    return (
        bool(words)
        and words[0].lower() not in MODALS
        and not words[0].lower().startswith(("should", "could", "would"))
        and shape.verb_form(words[0]) == "past"
    )


def read_note(
    note: str,
    where: Field,
    person: PersonName | None = None,
    protected: frozenset[str] = frozenset(),
) -> Reading:
    """Read one note from the field ``where``, addressed to ``person`` when it is theirs."""
    return _read(note, where, person.full if person else "", person, protected)


@lru_cache(maxsize=4096)
def _read(
    note: str, where: Field, key: str, person: PersonName | None, protected: frozenset[str]
) -> Reading:
    del key  # part of the cache key only
    if where == "rapport" and "?" in note:  # "we both went to Trinity College Kandy? (...)"
        return Reading(where, note, "withheld", "a guess, not something you know you share")
    if where == "rapport" and DESCRIBED.match(note):  # "jón páll was a bit weird, kept muting"
        return Reading(where, note, "withheld", LOOKS)
    if where == "rapport" and set(re.findall(r"[\w/]+", note.lower())) <= NO_RAPPORT:
        return Reading(where, note, "withheld", "says there was no small talk: nothing to quote")
    if where in ("discussed", "insights", "missed", "valued") and MY_FAMILY.search(note):
        return Reading(where, note, "withheld", "about your own family: kept to yourself")
    # "why highland? -> family", "what do you do when herders refuse? told story abt ...": the
    # question, put to me (I answered it), not my answer
    answered = re.match(
        r"^(.+\?[\"”']?)\s*(?:->|→|=>|>|"
        r"(?:i )?(?:told|said|answered|explained|gave|talked)\b)\s*\S",
        squash(note),
        re.IGNORECASE,
    )
    if answered:
        note = answered.group(1)
    # '"quality first" she said twice', '"how would you staff it?"': the words quoted are the
    # note, whoever said them and however often
    quoted = re.match(r"^[\"“]([^\"”]+)[\"”][,.]?(?:\s+(?:she|he|they|you)\s+(?:said|says|kept "
                      r"saying|repeated|told me)\b.*)?$", note.strip(), re.IGNORECASE)  # fmt: skip
    if quoted and (quoted.group(1).rstrip().endswith("?") or quoted.end(1) + 1 < len(note.strip())):
        note = quoted.group(1)  # a bare quotation stays one: "your line "a map nobody uses …""
    text = shape.expand_shorthand(squash(note))
    if where == "rapport" and re.match(r"(?i)(?:we )?both\b", text):
        # "both grew up in ísafjörður lol": a laugh after what we share is the candidate's own
        text = re.sub(
            r"(?i)[\s,;]*\b(?:lol|(?:ha){2,}h?|(?:ja){2,}|(?:he){2,})\b[!.\s]*$", "", text
        )
    if where in ("fit", "missed"):
        text = _languages_cased(text)  # "fluent mongolian, russian": read as the names they are
    if shape.other_language(text):  # "7 años construyendo guitarras", "6 jaar verloskamer"
        return Reading(where, note, "withheld", OTHER_LANGUAGE)
    # "interface fires (interfaz urbano-forestal)": a gloss in another language is dropped
    text = ENCLOSED.sub(
        lambda m: "" if _gloss(m.group()) and not withheld_by(m.group()) else m[0],
        text,
    )
    # "posting could be outside accra (tamale? ho?)": a guess in brackets, the candidate's own
    if not text.startswith("("):
        text = re.sub(r"\s*\([^()]*\?[^()]*\)", lambda m: m[0] if withheld_by(m[0]) else "", text)
    text = squash(text).strip(" ,;")
    aside = re.search(r"\((\w+(?: \w+)?)\)", text)
    if aside and shape.sentiment(aside.group(1)) < -0.3:  # "parking situation (terrible)"
        return Reading(where, note, "withheld", "a judgement in brackets: kept to yourself")
    left_behind = re.search(
        r"(?i)\b(?:at home|behind|in the (?:car|taxi|hotel)|on the (?:train|bus))", text
    )
    if where == "missed" and not FORGOT_THING.match(text) and not left_behind:
        # "forgot my kikisake-shi cert": forgot to mention it, not a slip of the day
        text = re.sub(r"(?i)^(?:i )?forgot (?=my \S)", "forgot to mention ", text)
        # "forgot to show my portfolio": a point not made, like "forgot to mention"
        text = re.sub(r"(?i)^(?:i )?forgot to (?:show|share|bring up|talk about|say)\b",
                      "forgot to mention", text)  # fmt: skip
    partly = where == "missed" and bool(UNDERSOLD.search(text) or PARTLY.search(text))
    if where == "missed":  # "didn't explain my X properly": the point left out is X
        text = UNDERSOLD.sub(r"\g<what>", text)
        text = PARTLY.sub("", text).strip(" ,;-–—")
    kept, fired = keep_clauses(text)
    if where == "valued" and not fired and (maxim := _whole_maxim(text)):
        # "he said safety first, speed second": a saying, read whole before its comma cuts it
        return Reading(where, note, "said", "something you were told", clause=maxim)
    whole = [r for r in fired if r.scope == "note"]
    if not kept and not fired:
        return Reading(where, note, "withheld", "no words to quote")
    # What is said to the interviewer's face keeps no part of a remark that must not be
    # quoted: "board drama w/ the chair, weird vibe" loses the drama with the vibe.
    spoken = [r for r in fired if r.name != "self-criticism" and where in OWN_FIELDS]
    # "me trabé on the IMMEX question, embarrassing": what is left is the slip itself,
    # unless it is the question asked ("asked me about overfitting, I answered ok")
    if (
        where in OWN_FIELDS
        and any(r.name == "self-criticism" for r in fired)
        and not any(ASKED.match(c) or ASKED_ABOUT.search(c) for c in kept)
    ):
        spoken.append(_rule("self-criticism"))
    # "q about exactly-once semantics, I fumbled it": what is left names what went badly
    botched = (
        where == "missed"
        and any(r.name == "self-criticism" for r in fired)
        and any(ASKED_ABOUT.search(c) for c in kept)
    )
    corrected = (
        where == "missed"
        and any(r.name == "self-criticism" for r in fired)
        and any(
            re.match(
                r"(?:i )?should(?:'ve| have) (?:said|answered|mentioned|used) "
                r"(?!(?:we|i|that|it|they)\b)",
                c,
                re.I,
            )
            for c in kept
        )
    )  # fmt: skip  "fumbled the fluid rates q -> should have said 10ml/kg/hr"
    if botched or corrected:
        return Reading(where, note, "withheld", _rule("self-criticism").reason)
    if whole or spoken or not kept:
        # "my burnout last year, didn't say that": held back on purpose says why best
        rule = next((r for r in fired if r.name == "held-back"), (whole or spoken or fired)[0])
        return Reading(where, note, "withheld", _own_reason(rule, where, text))
    dropped = tuple(r.reason for r in fired)
    if fired:  # what is left may point back at the part cut ("I know it well")
        kept = [c for c in kept if not re.search(r"\b(?:it|that|this)\b", c, re.I)] or kept
        # "..., probably showed": a predicate with no noun of its own belongs to the clause
        # cut, so a withheld remark never lends a fragment to the draft
        kept = [c for c in kept if shape.has_noun(c.split())]
        if not kept:
            return Reading(where, note, "withheld", fired[0].reason)
    spoken_words = re.findall(r"[^\W\d_]+", _main_part(kept)) if kept else []
    if len(spoken_words) >= 2 and all(shape.unknown_word(w) for w in spoken_words):
        # "sain baina uu": every word unknown to English, a phrase of another language
        return Reading(where, note, "withheld", OTHER_LANGUAGE)
    if found := shape.foreign_words(" ".join(kept)):  # "4 ans coordinateur", "quên hỏi abt"
        words = ", ".join(f'"{w}"' for w in found[:3])
        return Reading(where, note, "withheld", f"{PARTLY_FOREIGN} ({words})")
    heading = re.match(r"^(?P<label>[^:]{1,40}?):\s+(?P<rest>\S.*)$", text)
    if where == "fit" and heading:
        # "did the practical test today: assembled a module in 2h10": a label, then what I did;
        # what I did is the note. Any other heading ("small team: 4 techs") is left out.
        inner = _read(heading["rest"], where, "", person, protected)
        if inner.used and inner.sentence and inner.why in (DID, "a result"):
            return replace(inner, note=note)
    body = _main_part(kept)
    shared = where == "rapport" and re.search(r"\b(?:too|also|as well|both)\b", body)
    if where in OWN_FIELDS and ABOUT_ME.match(body) and not (TOLD_THEM.match(body) or shared):
        return Reading(where, note, "withheld", "about you, not the conversation: kept to yourself")
    reading = _valued_person_or_mine(body, where, person, protected) or _checked(
        _shape(body, where, person, protected)
    )
    if not reading.used:
        return replace(reading, note=note)
    # A warm frame never carries a cold clause: the coldest part of the note decides.
    mood = min([shape.sentiment(" ".join(kept)), *(shape.sentiment(c) for c in kept)])
    if COLD.search(" ".join(kept)):  # "night shift handover issues": not for a warm frame
        mood = min(mood, WARM_FLOOR - 0.01)
    # "we both hate the new service contract": a complaint about a thing of the workplace (not
    # "both hate traffic", a shared quip)
    if where == "rapport" and mood < WARM_FLOOR and re.search(r"\b(?:the|our|this|their)\b", body):
        return Reading(where, note, "withheld", "a shared complaint: not for a thank-you")
    if where == "discussed" and reading.topic:
        reading = _asked_of_me(reading, text, answered=answered is not None)
    answer = _answer(kept[1:]) if reading.kind == "asked" and len(kept) > 1 else None
    why = PARTLY_WHY if partly and reading.kind == "regret" else reading.why
    return Reading(
        where, note, reading.kind, why, reading.topic, reading.clause,
        reading.sentence, mood, dropped, answer,
    )  # fmt: skip


# A question about what the candidate has done or thinks: "the biggest mistake you've made",
# "what omotenashi means to me". Asked of the candidate, never by them, never taught.
ABOUT_MY_PAST = re.compile(r"\byou(?:'ve| have| had|'d)\b|\b(?:did|have|had) you\b", re.I)
TO_ME = re.compile(r"\b(?:to|for) me\b|\bI(?:'m|'ve|'d)?\b|\bmy\b")


def _asked_of_me(reading: Reading, text: str, answered: bool = False) -> Reading:
    """Read a question in an interviewer's notes as put to the candidate when it asks about
    the candidate's own past or views; its "you" becomes "I", its "your" "my"."""
    topic = reading.topic or ""
    question = text.rstrip(" \"'”’").endswith("?") or re.match(rf"^{shape.WH}\b", text, re.I)
    if not question or reading.kind not in ("question", "topic", "asked"):
        return reading
    quoted = re.search(r"\b(?:you|your|yourself)\b", text, re.I)  # their words, as put to me
    mine = (
        answered
        or reading.kind == "asked"
        or ABOUT_MY_PAST.search(text)
        or re.search(r"\byourself\b", text, re.I)
        or (not quoted and re.match(rf"^{shape.WH}\b", topic, re.I) and TO_ME.search(topic))
    )
    if not mine:
        return reading
    if quoted:
        topic = re.sub(r"\byou['’]re\b", "I'm", re.sub(r"\byou(?=['’](?:ve|d|ll)\b)", "I", topic))
        # "our first 90 days": the candidate's own first days, mine however it is swapped
        topic = re.sub(r"\bour (?=first \d+ (?:days|weeks|months)\b)", "qqmine ", topic)
        topic = re.sub(
            r"\b(?:you|your|yourself|me|my|our)\b(?!['’])(?:\s+(\w+))?", _swap_person, topic
        ).replace("qqmine", "my")  # "our sampling plan", theirs, is "your sampling plan"
    return replace(reading, kind="asked", why="something you were asked", topic=topic)


SWAPPED = {"your": "my", "yourself": "myself", "me": "you", "my": "your", "our": "your"}


def _swap_person(found: re.Match[str]) -> str:
    """ "you chose" -> "I chose", "pushes you to" -> "pushes me to", "with me" -> "with you":
    a question quoted as it was put to the candidate, said by the candidate."""
    word, after = found.group().split(maxsplit=1) if " " in found.group() else (found.group(), "")
    lower = word.lower()
    if lower == "you":
        verb = after and after.lower() not in ("to", "and", "or", "in", "on", "at", "for")
        swapped = "I" if verb and shape.can_be_verb(after.split()[0].lower()) else "me"
    else:
        swapped = SWAPPED[lower]
    return f"{swapped} {after}" if after else swapped


# "told him about capnography", "explained the stepped wedge design": the candidate's answer
ANSWER = re.compile(
    r"^(?:I )?(?:told (?:him|her|them|you|the panel)|explained|described|shared|mentioned|"
    r"(?:walked|talked|took) (?:(?:him|her|them|you) )?through|"
    r"gave (?:him|her|them) (?:an example of)?)"
    r"\s+(?:about\s+)?(?P<what>\S.*)$",
    re.IGNORECASE,
)


def _answer(clauses: list[str]) -> str | None:
    """The candidate's answer to a question they were asked, as a noun phrase or how-clause."""
    for clause in clauses:
        if found := ANSWER.match(clause):
            what = found.group("what").strip()
            if (
                withheld_by(what)
                or MY_FAMILY.search(what)
                or re.search(r"\b(?:are|is|was|were)\b", what)
            ):
                return None  # "told her my baby mother + son are in may pen": mine, and a clause
            if re.match(r"(?:I|I'[a-z]+|we|we'[a-z]+)\b", what):
                return None  # "told him I've worked under COCOBOD rules": a clause, no object
            if re.match(r"(?:how|why|what|where|when|which|who)\b", what, re.IGNORECASE):
                return what
            return with_article(what)  # "stuck ferment rescue in 2024": the rescue
    return None


def _checked(reading: Reading) -> Reading:
    """Keep only the forms that parse; a note with none left is not phrased at all."""
    if not reading.used:
        return reading
    problems = {
        name: form_problem(name, text) for name in FORMS if (text := reading.form(name)) is not None
    }
    if not any(problems.values()):
        return reading
    kept = {name: None if problems.get(name) else reading.form(name) for name in FORMS}
    clause = reading.clause or ""
    if (
        problems.get("clause") == NO_VERB
        and not kept["topic"]
        and not form_problem("topic", clause)
    ):
        kept["topic"] = clause  # "inbound guests up 30% since spring": a noun phrase after all
    if not any(kept.values()):
        problem = next(p for p in problems.values() if p)
        return Reading(
            reading.field, reading.note, "withheld",
            f"could not be phrased grammatically ({problem})",
        )  # fmt: skip
    return replace(reading, topic=kept["topic"], clause=kept["clause"], sentence=kept["sentence"])


FORMS = ("topic", "clause", "sentence")


def _main_part(clauses: list[str]) -> str:
    """The first clause, with a figure that follows it, or a list of short noun phrases."""
    if (
        len(clauses) == 2
        and DEGREE.match(clauses[0])
        and re.match(r"(?i)(?:(?:my|a|the) )?(?:thesis|dissertation) on \S", clauses[1])
    ):  # "MSc geophysics, thesis on cotopaxi tremor": the thesis belongs to the degree
        return f"{clauses[0]} ({re.sub(r'(?i)^(?:my|a|the) ', '', clauses[1])})"
    if len(clauses) == 2 and DEGREE.search(clauses[0]) and re.match(r"(?i)u\.? de \w", clauses[1]):
        # "PhD instrumentation, u. de chile": a Universidad, by its name
        school = " ".join(w[:1].upper() + w[1:] if w.lower() != "de" else w
                          for w in clauses[1].split())  # fmt: skip
        return f"{clauses[0]} {school}"
    if len(clauses) == 2 and DEGREE.search(clauses[0]) and _is_name(clauses[1]):
        return f"{clauses[0]} from {clauses[1]}"  # "PhD in archaeology, UNAM"
    if (
        len(clauses) == 2
        and DEGREE.search(clauses[0])
        and re.search(r"(?i)\b(?:university|college|institute|polytechnic)\b", clauses[1])
    ):  # "MSc plant genetics, addis ababa university": the school by its name
        school = " ".join(w if w.lower() in ("of", "and", "for") else w[:1].upper() + w[1:]
                          for w in clauses[1].split())  # fmt: skip
        return f"{clauses[0]} from {school}"
    if (
        len(clauses) == 2
        and POINT_THAT.match(clauses[0])
        and CLAUSE.match(clauses[1] + " ")
        and not re.match(r"(?:which|who|so|but|because)\b", clauses[1], re.IGNORECASE)
    ):  # "his point that the hardware is the easy part, the committee is the project"
        return f"{clauses[0]} and {clauses[1]}"
    if (
        len(clauses) == 2
        and len(clauses[0].split()) == 1
        and clauses[1].split()
        and shape.past_tense(clauses[1].split()[0])
    ):  # "interfaith - worked w/ navajo families": the label, then what was done
        return clauses[1]
    topic_at = next((i for i, c in enumerate(clauses[1:], 1) if TOPIC_LEAD.match(c)), None)
    if topic_at and not TOPIC_LEAD.match(clauses[0]) and len(clauses[0].split()) <= 3:
        return clauses[topic_at]  # "ex-army, talked about safety culture": the topic, not the aside
    if len(clauses) > 1 and YEARS.match(clauses[0]):
        if LAST_YEARS.match(clauses[1]):  # "6 yrs front desk, last 2 as shift leader"
            last = re.sub(r"\s*\([^()]*\)", "", clauses[1])  # never a bracket in a bracket
            if re.match(r"(?:the )?last ", last, re.IGNORECASE):
                last = re.sub(r"^(?:the )?", "the ", last, flags=re.IGNORECASE)
            else:  # "5 yrs crew, 2 as purser": two of those years
                last = re.sub(r"^(\d+|\w+) (?:(?:years?|months?) )?", r"\1 of them ", last)
            return f"{clauses[0]} ({last})"
        if len(clauses[0].split()) > 2 and not (
            _is_figure(clauses[1]) or _is_money_result(clauses[1])
        ):
            return clauses[0]  # "3 yrs data desk, R + Datawrapper": the years stand alone
    if len(clauses) == 2 and YEARS.match(clauses[1]) and ROLE_HELD.search(clauses[0]):
        return f"{clauses[0]} with {clauses[1]}"  # "registered ECE teacher, 3 yrs in a centre"
    if clauses[0].lower().startswith("both ") and any(c[:1].islower() for c in clauses[1:]):
        return clauses[0]  # "both ex-Grab, diff teams": what is shared, not what differs
    if (
        len(clauses) == 2
        and re.match(r"(?i)(?:especially|particularly|mainly|mostly|notably) \S", clauses[1])
        and _is_list_item(clauses[0])
    ):  # "colour consistency between batches, esp. the red": one thing, then the part stressed
        return f"{with_article(clauses[0])}, {clauses[1]}"
    if len(clauses) > 1 and all(_is_list_item(c) for c in clauses) and len(clauses) <= 3:
        clauses = [with_article(clauses[0]), *clauses[1:]]
        if any(" and " in c for c in clauses[:-1]):  # "MICE and wedding groups, displacement
            return clauses[0]  # analysis" cannot be one list: the first part stands alone
        if " and " in clauses[-1]:
            return ", ".join(clauses)
        return join_list(clauses)
    first = clauses[0].split()[0]  # "booking drop-off rates": a gerund opens a noun phrase
    verb_first = shape.past_tense(first) or shape.verb_form(first) not in (None, "gerund")
    if len(clauses) > 1 and (_is_figure(clauses[1]) or _is_money_result(clauses[1])):
        # A phrase may sit mid-sentence: its detail goes in brackets, not after a comma.
        return f"{clauses[0]}, with {clauses[1]}" if verb_first else f"{clauses[0]} ({clauses[1]})"
    if len(clauses) > 1 and len(clauses[0].split()) <= 2 and clauses[0][:1].isdigit():
        return f"{clauses[0]} ({clauses[1]})"
    return clauses[0]


YEARS = re.compile(r"^(?:\d+|\w+) (?:years?|months?)\b", re.IGNORECASE)
LAST_YEARS = re.compile(r"^(?:(?:the )?last )?(?:\d+|\w+) (?:(?:years?|months?) )?(?:as|leading|"
                        r"running|managing|on|in)\b", re.IGNORECASE)  # fmt: skip
ROLE_HELD = re.compile(
    r"\b(?:teacher|nurse|engineer|accountant|hygienist|therapist|physiotherapist|pharmacist|"
    r"technician|paramedic|midwife|surveyor|architect|lawyer|solicitor|electrician|plumber|"
    r"chef|driver|pilot|officer|analyst|designer|developer|assistant|educator|counsel?lor|"
    r"nurse|doctor|dentist|vet|carpenter|scientist|journalist|editor|auditor|planner)$",
    re.IGNORECASE,
)
TOPIC_LEAD = re.compile(
    r"^(?:we |she |he |they )?(?:talked|spoke|chatted) (?:about|through|over)\s|"
    r"^(?:we |she |he |they )?(?:discussed|covered|went through|walked me through)\s",
    re.IGNORECASE,
)
POINT_THAT = re.compile(
    r"^(?:(?:his|her|their|your|the)\s+)?(?:point|view|idea|belief|argument)\s+that\s", re.I
)
DEGREE = re.compile(
    r"\b(?:PhD|DPhil|MSc|MA|MBA|MPH|MEng|BSc|BA|BEng|LLB|LLM|MD|degree|masters?|master's|"
    r"bachelor'?s?|doctorate|diploma|BS|MS|BEd|MEd|MDiv|BSN|MSN|JD|PharmD|DNP|BCom|MCom|BTech|"
    r"MTech|BPharm|MPharm|MSW|BSW|MFA|BFA|EdD)\b"
)
# "PhD marine biology U de Concepción": a degree, its field, where it is from
DEGREE_FIELD = re.compile(
    r"^(?P<degree>(?:PhD|DPhil|MSc|MA|MBA|MPH|MEng|BSc|BA|BEng|LLB|LLM|BS|MS|BEd|MEd|BSN|MSN|"
    r"BCom|MCom|BTech|MTech|MSW|BSW|MFA|BFA|EdD|diploma|masters?|bachelor'?s?)) "
    r"(?!(?:in|of|on|at|from|for|thesis|dissertation|project|programme|program|course|level|"
    r"students?|degree|holder|graduate)\b)"
    r"(?P<field>[a-z](?:(?!\b(?:the|on|at|with|thesis|dissertation)\b)[a-z&' -])*?[a-z])"
    r"(?P<paren> \([^)]+\))?"
    r"(?: (?:at |from |- |, )?(?P<school>[A-Z].*))?$"
)
CREDENTIAL_PARTICIPLES = ("certified", "registered", "licensed", "accredited", "chartered",
                          "qualified", "trained")  # fmt: skip


def _is_name(clause: str) -> bool:
    """Whether a clause is only a name: "UNAM", "Cayetano Heredia"."""
    return all(w[:1].isupper() for w in clause.split()) and len(clause.split()) <= 4


def _is_list_item(clause: str) -> bool:
    words = clause.split()
    return (
        1 <= len(words) <= 4
        and not CLAUSE.match(clause + " ")
        and not clause.endswith("?")
        and not any(shape.verb_form(w) in ("past", "present") for w in words)
        and not shape.past_tense(words[0])  # "read their TCFD report, …": something done
        and not words[0][:1].isdigit()
        and words[0].lower() not in ("not", "but", "no", "only", "just")
        and not _is_figure(clause)
        and not (len(words) == 1 and shape.is_adjective(words[0]))  # "bilingual-ish"
        # "shift pattern 12h, 4 on 4 off", "silicosis program, spirometry yearly": a detail
        # of the clause before, not a second topic
        and not re.search(r"(?<![A-Za-z])\d|\b(?:daily|weekly|monthly|yearly|annually)\b", clause)
    )


# Words that lead a bare figure: "usually 2 weeks", "target 97%", "roughly 40 beds".
FIGURE_LEAD = r"(?:over|about|usually|typically|normally|around|roughly|approximately|target|up to)"


def _is_figure(clause: str) -> bool:
    """Whether a clause is a figure with no verb: "over 40 nurses", "22% higher activation"."""
    words = clause.split()
    return (
        (
            bool(re.match(rf"^(?:{FIGURE_LEAD} )?[$€£]?\d[\d.,]*(?:%|k\b|m\b)|^over \d", clause))
            or bool(re.match(rf"^{FIGURE_LEAD} [$€£]?\d", clause, re.IGNORECASE))
        )
        and len(words) <= 5
        and not any(shape.verb_form(w) in ("past", "present") for w in words)
    )


def _is_money_result(clause: str) -> bool:
    """ "about $400k raised over 3 years": a sum brought in, a detail worth keeping."""
    return (
        bool(re.match(rf"^(?:{FIGURE_LEAD} )?[$€£]\d", clause, re.IGNORECASE))
        and bool(ACHIEVED_MONEY.search(clause))
        and len(clause.split()) <= 8
    )


def _tidy(text: str, protected: frozenset[str]) -> str:
    # A capitalized word before a number names something ("Vision 2030", "Level 3").
    named = re.findall(r"\b([A-Z][a-z]+) \d", text)
    text = shape.repair_case(squash(fix_case(squash(text), protected | set(named))))
    text = TITLE_BEFORE_NAME.sub(_title_case, text)
    return inner_articles(re.sub(r"\bi\b", "I", text))


# A title typed in lower case before a name: "my old supervisor prof. Kennedy".
TITLE_BEFORE_NAME = re.compile(r"\b([a-zà-ÿ]{2,5})(\.?) (?=[A-Z][a-zà-ÿ]+\b)")


def _title_case(found: re.Match[str]) -> str:
    word, stop = found.group(1), found.group(2)
    known = word in HONORIFICS and (stop or not shape.tags(word))  # "dr Mehta", not "gen Z"
    return f"{word[:1].upper()}{word[1:]}{stop} " if known else found.group(0)


def _shape(
    text: str, where: Field, person: PersonName | None, protected: frozenset[str]
) -> Reading:
    text = _tidy(strip_lead_in(text), protected)
    if not re.search(r"\w\w", text):
        return Reading(where, text, "withheld", "no words to quote")
    readers = {
        "fit": _read_fit,
        "missed": _read_missed,
        "insights": _read_insight,
        "discussed": _read_discussed,
        "valued": _read_discussed,
        "rapport": _read_rapport,
    }
    return readers[where](text, where, person)


PARTICIPLE = re.compile(
    r"^(?P<pre>[\w()+.-]+(?: [\w()+.-]+){0,4}) (?P<p>rated|certified|qualified|registered|licensed|"
    r"trained|accredited|chartered)(?P<post> (?:on|in|as|for|with|by) .+)?$",
    re.IGNORECASE,
)
ROLE_NOUN = re.compile(
    r"^(?:[\w-]+ ){0,2}(?:coordinator|manager|lead|officer|director|analyst|designer|developer|"
    r"consultant|specialist|assistant|intern|supervisor|head|editor|producer)\b(?! of\b)",
    re.IGNORECASE,
)
LANGUAGES_AFTER = re.compile(r"^(bilingual|trilingual|fluent|conversational|native)\s+(?=[A-Z])")


def _languages_listed(text: str) -> str | None:
    """ "my Spanish/English/Portuguese": "I speak Spanish, English and Portuguese"."""
    from afterword.compose.notes.places import is_language

    found = re.fullmatch(r"(?i)(?:my )?([\w-]+(?:\s*(?:/|,|\+|&|\band\b)\s*[\w-]+)+)", text.strip())
    if not found:
        return None
    names = [n for n in re.split(r"\s*(?:/|,|\+|&|\band\b)\s*", found.group(1)) if n]
    if len(names) < 2 or not all(is_language(n) for n in names):
        return None
    return "I speak " + join_list([n[:1].upper() + n[1:] for n in names])


def _at_a_place(found: re.Match[str]) -> str:
    """ "4 yrs at notary office in debrecen": "at a notary office", one of many."""
    from afterword.review.proofread import harper_nouns

    lead, modifier, noun = found.group(1), found.group(2) or "", found.group(3)
    if not modifier or modifier.strip() in NO_ARTICLE + BREAKS or noun in NO_ARTICLE + BREAKS:
        return found.group()  # "at site", "at KPMG", "at the ministry": as written
    if not shape.singular_noun(noun) or harper_nouns().get(noun) != "count":
        return found.group()
    if modifier and ("VERB" in shape.tags(modifier.strip()) and modifier.strip().endswith("ed")):
        return found.group()
    return f"{lead} {_a_or_an(modifier or noun)} {modifier}{noun}"


def _thing_did(text: str) -> str | None:
    """ "whatsapp campaign doubled repeat donors": a thing of mine, then a verb of change and
    what it changed, as "My WhatsApp campaign doubled repeat donors"."""
    words = text.split()
    at = next((i for i, w in enumerate(words[:5]) if i > 1 and w.lower() in RESULT_VERBS), None)
    if at is None or at >= len(words) - 1:
        return None
    thing = words[:at]
    if not all(w.isalpha() and not shape.past_tense(w) for w in thing) or not (
        shape.singular_noun(thing[-1])
    ):
        return None
    if thing[0].lower() in NO_ARTICLE or thing[0].lower() in ("i", "we"):
        return None
    return f"My {' '.join(words)}"


RESULT_VERBS = words_of(
    "doubled tripled halved cut reduced raised grew increased lifted boosted saved lowered"
)


def _languages_cased(text: str) -> str:
    """ "fluent mongolian, russian, english": the languages after the level, capitalised."""
    found = re.match(r"(?i)^(?:bilingual|trilingual|fluent|conversational|native|speak)\s+", text)
    if not found:
        return text
    from afterword.compose.notes.places import is_language

    listed = re.split(r"(\s*(?:,|\+|/|\band\b|\s)\s*)", text[found.end() :])
    # "speak dhivehi, english, some russian": each language named, whatever is around it
    return text[: found.end()] + "".join(
        w[:1].upper() + w[1:] if i % 2 == 0 and w.islower() and is_language(w) else w
        for i, w in enumerate(listed)
    )


def _held_role(text: str) -> str | None:
    """ "internal halal auditor with 3 years at ...": a job title with a person's noun last,
    before any preposition, is who the candidate is ("an internal halal auditor ...")."""
    words = text.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in BREAKS), len(words))
    head = words[:cut]
    if not 2 <= len(head) <= 4 or not all(w.islower() or w.isupper() for w in head):
        return None
    last = head[-1].lower()
    person = re.search(r"(?:er|or|ist|ian|ant|ee)$", last) and "NOUN" in shape.tags(last)
    if not person or not shape.count_only(last) or any(shape.verb_form(w) for w in head[:-1]):
        return None
    if head[0].lower() in NO_ARTICLE or head[0][:1].isdigit():
        return None
    return f"{_a_or_an(text)} {text}"


def _degree_phrase(text: str) -> str:
    """ "diploma counselling psychology": "a diploma in counselling psychology"."""
    degree, _, field = text.partition(" ")
    held = f"{degree} in {field}" if field and field[:1].islower() else text
    return f"{_a_or_an(held)} {held}"


DID = "something you did"


def _read_fit(text: str, where: Field, person: PersonName | None) -> Reading:
    """A fit note: something I did, am or hold, said of me to a new employer."""
    if not re.match(r"(?i)we\b", text):  # "lead for our dept": my old team, never theirs
        text = re.sub(r"\b(?:our|Our)\b", "my", text)
    # "called to the bar 2019", "lead for my department 2023": a year needs its preposition
    text = re.sub(r"(?<=[a-z])(?<!\bsince)(?<!\bin)(?<!\bof)(?<!\bby)(?<!\bfrom)(?<!\buntil)"
                  r"(?<!\bto)(?<!\bfor) ((?:19|20)\d\d)$", r" in \1", text)  # fmt: skip
    # "BSc env health from FNU 2019": after a school's acronym, the year it was earned
    text = re.sub(r"(\b(?:from|at) [A-Z]{2,6}) ((?:19|20)\d\d)$", r"\1 in \2", text)
    reading = _fit_as_read(text, where, person)
    if reading.sentence and re.match(r"I am\b", reading.sentence) and " since " in reading.sentence:
        # "federally certified (FCICE) since 2021": "I have been ...", never "I am ... since"
        reading = replace(reading, sentence=re.sub(r"^I am\b", "I have been", reading.sentence))
    return reading


def _fit_as_read(text: str, where: Field, person: PersonName | None) -> Reading:
    if spoken := _languages_at(text):  # "bemba + nyanja fluent": "I speak fluent Bemba ..."
        return Reading(where, text, "achievement", "a skill", sentence=spoken)
    level = re.fullmatch(
        r"(?i)(?P<what>[\w.+#/ -]{2,30}?) (?P<level>ok|okay|decent|good|solid|strong|basic)", text
    )
    if (
        level
        and len(level["what"].split()) <= 3
        and not shape.verb_form(level["what"].split()[0])
        and not re.search(
            r"(?i)(?:skills?|abilit\w+|attitude|player|english|level)$", level["what"]
        )
    ):
        # "python good", "autocad basic": a tool and how well I know it
        how = (
            "a working"
            if level["level"].lower() in ("ok", "okay", "decent")
            else ("a basic" if level["level"].lower() == "basic" else "a solid")
        )
        return Reading(where, text, "achievement", "a skill",
                       sentence=f"I have {how} knowledge of {level['what']}")  # fmt: skip
    if did := _thing_did(text):  # "whatsapp campaign doubled repeat donors"
        return Reading(where, text, "achievement", "a result", sentence=did)
    # "ROS2 + C++ 5yrs": the years jotted last, "5 years of ROS2 and C++ experience"
    late = re.fullmatch(r"(?P<what>[^,;()]+?),? (?P<n>\d+|two|three|four|five|six|seven|eight|"
                        r"nine|ten) (?P<unit>years?|months?)", text)  # fmt: skip
    if (
        late
        and not re.search(r"\b(?:years?|months?|experience|for|since)\b", late["what"])
        and not re.search(r"\s(?:in|over|within|after|across|during)$", late["what"])
        and not shape.past_tense(late["what"].split()[0].lower())
    ):  # not "cut costs 20% in 2 yrs": a result and how long it took
        # "night shifts at la silla 2 yrs": a phrase with its own preposition takes no noun
        placed = re.search(r"\s(?:at|in|on|with|across)\s", late["what"])
        tail = "" if placed or late["what"].split()[-1].endswith("s") else " experience"
        text = f"{late['n']} {late['unit']} of {late['what']}{tail}"
    text = re.sub(r"\b((?:years?|months?) at) ([a-z][a-z-]* )?([a-z]+)(?= in | for |,|$)",
                  _at_a_place, text, count=1)  # fmt: skip
    # "over 500 flight hours": "my 500-plus flight hours", never "my over 500 ..."
    text = re.sub(r"^(?:over|more than) (\d[\d,]*)(?= [a-z])", r"\1-plus", text)
    # "3 month omotenashi training": more than one, in the plural
    text = re.sub(r"\b([2-9]|\d\d+) (year|month|week|season)\b(?!-)", r"\1 \2s", text)
    text = YEARS_OF.sub(_with_experience, text, count=1)
    text = AS_ROLE.sub(_as_a_role, text)
    text = _languages_cased(text)
    languages = bool(LANGUAGES_AFTER.match(text))
    text = LANGUAGES_AFTER.sub(r"\1 in ", text)
    if languages:  # "fluent in Swahili and Turkana basics": fluent only in the languages named
        text = _languages_only(text)
    unlisted = re.fullmatch(r"(?i)(speak|fluent in) ((?:[a-z]+ ){1,4}[a-z]+)", text)
    if unlisted and not re.search(r"(?i)\b(?:and|or|with|at|in|on|for)\b", unlisted.group(2)):
        # "speak Croatian English Italian": a list jotted without its commas
        listed = join_list([w.capitalize() for w in unlisted.group(2).split()])
        text = f"{unlisted.group(1)} {listed}"
    words = text.split()
    first = words[0] = _verb_case(words[0])
    text = " ".join(words)
    prefixed = re.match(r"^(?:co|re|pre|self)-(?P<verb>[a-z]+)$", first)
    if prefixed and shape.past_tense(prefixed.group("verb")) and len(words) > 1:
        # "co-supervised 3 master's students": a verb the lexicon knows without its prefix
        return Reading(where, text, "achievement", "something you did", sentence=f"I {text}")
    if re.match(r"^\d[\d.,]*% of ", text):
        return Reading(where, text, "achievement", "a result", sentence=f"I reached {text}")
    if (
        languages
        or re.match(
            r"^[\w ()-]{1,30} (?:charterholder|graduate|alumn[ia]|fellow|member|candidate|holder|"
            r"speaker|trainee|apprentice|student|volunteer)$",
            text,
        )
        or re.match(r"^[A-Z]{2,6} [a-z]+(?:er|or)$", text)
    ):  # "LET passer": who passed the LET
        article = "" if languages else "a "
        return Reading(where, text, "achievement", "a skill", sentence=f"I am {article}{text}")
    lower_word = words[0].lower()
    if (
        len(words) == 1
        and "ADJ" in shape.tags(lower_word)
        and (not shape.count_only(lower_word) or lower_word.endswith(("al", "ive", "ous", "ful")))
    ):  # "bilingual", "punctual": "I am bilingual"
        return Reading(where, text, "achievement", "a trait", sentence=f"I am {lower_word}")
    if first.lower() == "trained" and len(words) > 2 and words[1] == "by":
        # "trained by GE on CT maintenance": it happened, "I was trained by GE ..."
        return Reading(where, text, "achievement", "training", sentence=f"I was {text}")
    if shape.verb_form(first) == "gerund" and re.search(r"\bsince (?:19|20)\d\d\b", text):
        # "grafting since 2019": still doing it
        return Reading(where, text, "achievement", "something you do",
                       sentence=f"I have been {text}")  # fmt: skip
    if role := _held_role(text):  # "internal halal auditor with 3 years at a plant"
        return Reading(where, text, "achievement", "a role you hold", sentence=f"I am {role}")
    degree = DEGREE_FIELD.match(text) if words[-1] not in CREDENTIAL_PARTICIPLES else None
    if degree:  # "PhD marine biology": "PhD in marine biology"
        school = f" from {degree.group('school')}" if degree.group("school") else ""
        topic = f"{degree.group('degree')} in {degree.group('field')}{degree.group('paren') or ''}"
        topic += school
        return Reading(where, text, "achievement", "a credential", topic=topic)
    if (
        first.lower() in CREDENTIAL_PARTICIPLES
        and len(words) > 2
        and words[1] in ("by", "with", "in", "as", "for", "through", "to")
    ):  # "certified by the beekeepers' association": who I am, not "I certified by"
        return Reading(where, text, "achievement", "a credential", sentence=f"I am {text}")
    if found := PARTICIPLE.match(text):
        post = found.group("post") or ""
        pre = found.group("pre").split()
        if len(pre) >= 3 and DEGREE.match(pre[0]) and pre[-1].isupper():
            # "diploma counselling psychology KAPC registered": two things, not one
            held = _degree_phrase(" ".join(pre[:-1]))
            both = f"I hold {held} and am {pre[-1]} {found.group('p')}{post}"
            return Reading(where, text, "achievement", "a credential", sentence=both)
        return Reading(where, text, "achievement", "a credential",
                       sentence=f"I am {found.group('pre')} {found.group('p')}{post}")  # fmt: skip
    if first.lower() in ("can", "could") and len(words) > 1:  # "can storyboard + direct"
        return Reading(where, text, "achievement", "something you can do",
                       sentence=f"I {first.lower()} {' '.join(words[1:])}")  # fmt: skip
    lower = first.lower()
    if shape.is_form(lower, "VBN") and not shape.is_form(lower, "VBD"):
        # "done a lot of fire alarm certs", "been 2IC for 3 yrs": a participle needs "have"
        return Reading(where, text, "achievement", "something you have done",
                       sentence=f"I have {text}")  # fmt: skip
    if (
        "ADJ" in shape.tags(lower)
        and not shape.verb_form(lower)
        and len(words) > 1
        and (words[1] in ("at", "with", "on", "in", "about", "under") or words[1].startswith("("))
    ):  # "good at rostering", "bilingual (CBC in French)"
        return Reading(where, text, "achievement", "a skill", sentence=f"I am {text}")
    if (
        len(words) > 2
        and shape.can_be_verb(lower)
        and shape.lemma(lower) == lower
        and words[1] in ("the", "a", "an", "my", "our", "their", "all", "two", "three")
    ):  # "run the science club"
        return Reading(where, text, "achievement", "something you do", sentence=f"I {text}")
    if shape.verb_form(first) == "gerund":
        return Reading(where, text, "achievement", "something you do",
                       sentence=f"I have experience {text}")  # fmt: skip
    if first.lower() in PASSIVE and len(words) > 1 and words[1] in ("to", "as", "for", "onto"):
        return Reading(
            where, text, "achievement", "something you did", sentence=f"I was {text}"
        )  # fmt: skip  "seconded to ...": done to me
    if (
        "ADJ" in shape.tags(lower)
        and lower.endswith("ed")
        and len(words) > 1
        and words[1].islower()
        and not words[1].endswith("ing")
        and shape.singular_noun(words[1])
        and (len(words) == 2 or words[2].startswith("(") or words[2] in ("with", "for", "in"))
    ):  # "registered nurse (BIG) with 10 years": a title, not "I registered nurse"
        article = _a_or_an(lower)
        return Reading(where, text, "achievement", "a role you hold",
                       sentence=f"I am {article} {text}")  # fmt: skip
    since = re.match(r"^(?P<role>.+?) (?P<since>since (?:\d{4}|\w+ \d{4}))(?P<rest>.*)$", text)
    if since and re.search(r"(?:er|or|ist|ian)$", since.group("role")) and not since["rest"]:
        # "Q arabica grader since 2024": a role held since then
        role = since.group("role")
        return Reading(where, text, "achievement", "a role you hold",
                       sentence=f"I have been {_a_or_an(role)} {role} "
                                f"{since['since']}")  # fmt: skip
    if lower in HELD_AS and since and ROLE_HELD.search(since.group("role").split(" (")[0]):
        # "regulated pharmacy technician (OCP) since 2022": a role held, "I have been a …"
        role = since.group("role")
        article = _a_or_an(role)
        return Reading(where, text, "achievement", "a role you hold",
                       sentence=f"I have been {article} {role} {since.group('since')}")  # fmt: skip
    if (
        ("ADJ" in shape.tags(lower) or lower in HELD_AS)
        and len(words) > 2
        and (words[-1].lower().endswith(("er", "or", "ist", "ian")) or ROLE_HELD.search(text))
        and _a_role(text) != text
    ):  # "experienced grant writer": who I am, not "I experienced the grant writer"
        return Reading(where, text, "achievement", "a role you hold",
                       sentence=f"I am {_a_role(text)}")  # fmt: skip
    if lower in HELD_AS and len(words) == 2 and words[1][:1].isupper():
        # "licensed RPh": who I am, not "I licensed RPh"
        return Reading(where, text, "achievement", "a role you hold",
                       sentence=f"I am {_a_or_an(lower)} {text}")  # fmt: skip
    if re.search(r"(?:^|[\s-])(?:oriented|minded|driven|focused)$", text) and len(words) <= 3:
        return Reading(where, text, "achievement", "a trait", sentence=f"I am {text}")
    if shape.past_tense(first):
        rest = _object_of(first, " ".join(words[1:]))
        if re.search(r"\bsince (?:launch|(?:19|20)\d\d|then|day one|the start)\b", rest):
            # "used NeST since launch": still so, "I have used the NeST system since its launch"
            rest = re.sub(r"\bsince launch\b", "since its launch", rest)
            return Reading(where, text, "achievement", "something you have done",
                           sentence=f"I have {shape.inflect(first, 'VBN')} {rest}")  # fmt: skip
        return Reading(
            where, text, "achievement", "something you did", sentence=f"I {first} {rest}"
        )
    if first.lower() in BARE_ADJECTIVES and len(words) > 1 and words[1] in BREAKS:
        text = " ".join([BARE_ADJECTIVES[first.lower()], *words[1:]])
    if len(words) > 1 and ROLE_NOUN.match(" ".join(words[:3])):
        return Reading(
            where, text, "achievement", "a role you held", sentence=f"I worked as {text}"
        )
    named = [w for w in re.sub(r"\([^)]*\)", "", text).split() if w != "and"]
    if 2 <= len(named) <= 3 and re.fullmatch(r"(?:[ABC][12]|N[1-5]|L[1-3]|HSK ?[1-6])", named[-1]):
        # "JLPT N3", "DELF B2", "CFA L3": an exam passed at a level, "my JLPT N3"
        return Reading(where, text, "achievement", "a credential", topic=text)
    if named and all(w[:1].isupper() or any(c.isdigit() for c in w) for w in named):
        # "ASHRAE 90.1 + Saudi Building Code (SBC 601)": standards and tools by name
        return Reading(where, text, "achievement", "a skill", topic=f"experience with {text}")
    if (
        len(words) <= 4
        and words[0][:1].isupper()
        and re.search(r"(?:user|er|or|ist|ian)$", words[-1])
        and words[-1].islower()
    ):  # "Navis N4 super-user": who I am with the tool
        return Reading(where, text, "achievement", "a role you hold",
                       sentence=f"I am {_a_or_an(text)} {text}")  # fmt: skip
    if passed := re.match(r"^(.+?)\s+(passed|completed|certified|done)$", text, re.IGNORECASE):
        return Reading(where, text, "achievement", "a credential",
                       sentence=f"I have {_past(passed.group(2))} {passed.group(1)}")  # fmt: skip
    if first.lower() in ("i", "i'm", "i've", "we"):
        return Reading(where, text, "achievement", "a sentence about you", sentence=_cap(text))
    form = shape.verb_form(first)
    if form == "past":
        return Reading(where, text, "achievement", "something you did", sentence=f"I {text}")
    if form in ("plain", "present") and first.lower() not in shape.PROPER:  # "excel": a tool
        verb = shape.inflect(first, "VB") if form == "present" else first.lower()
        rest = " ".join([verb, *words[1:]])
        return Reading(where, text, "achievement", "something you do", sentence=f"I {rest}")
    if shape.is_adjective(first) and len(words) > 1 and lower not in ("no", "zero"):
        return Reading(where, text, "achievement", "a skill", sentence=f"I am {_a_role(text)}")
    if lower in ("zero", "no") and len(words) > 1:  # "zero LTIs on my crews": a record kept
        return Reading(where, text, "achievement", "a record", sentence=f"I have had {text}")
    last = words[-1].lower()
    if (
        len(words) > 1
        and "ADJ" in shape.tags(last)
        and all(w.rstrip(",").isupper() or w == "and" for w in words[:-1])
    ):  # "ACLS, PALS and NRP current": an adjective about me, not a thing of mine
        return Reading(where, text, "achievement", "a credential", sentence=f"I am {text}")
    return Reading(
        where, text, "achievement", "a skill or achievement", topic=_as_owned(text)
    )  # fmt: skip


# What a candidate can call theirs after "my": "I bring my X", "Given my X, ...".
OWNED = words_of(
    "experience background skills skill knowledge expertise training degree diploma "
    "certification certifications certificate certificates licence license licences licenses "
    "qualification qualifications record work portfolio project projects interest fluency "
    "registration authorisation authorization years months seasons vintages hours papers "
    "publications network research thesis dissertation apprenticeship internship"
)
QUANTITY_LEAD = re.compile(r"^(?:over|about|around|nearly|almost|more than|some)\s+\d", re.I)


def _as_owned(text: str) -> str:
    """A fit note that is an activity or a thing done, put as the candidate's experience.

    "PW150 borescope inspections" or "EUDR due diligence prep" after "my" reads as nonsense
    ("I bring my PW150 borescope inspections"); "my experience with PW150 borescope
    inspections" says what was meant. Experience, degrees, years and the like stay as they are.
    """
    chunk: list[str] = []
    for word in re.sub(r"\([^)]*\)", " ", text).split():
        bare = word.rstrip(",;:")
        if (bare.lower() in BREAKS and bare.lower() != "and") or bare.lower() in ("per", "via"):
            break
        chunk.append(bare)
        if bare != word:
            break
    lower = [w.lower() for w in chunk]
    if (
        not chunk
        or (len(chunk) == 1 and "ADJ" in shape.tags(re.sub(r"-ish$", "", lower[0])))
        or any(w in OWNED for w in lower)
        or DEGREE.match(chunk[0])  # "MA music therapy (NYU)": a degree is owned
        or (chunk[0][:1].isdigit() and not QUANTITY_LEAD.match(text))
        or chunk[0].lower() in NO_ARTICLE
        or (not chunk[-1].islower() and not QUANTITY_LEAD.match(text))
        or (
            re.match(r"^(?:[A-Z]\.?){1,3}[A-Z][a-z]*\.?\b", chunk[0])  # "PhD", "B.Pharm", "MSc"
            and len(chunk) <= 2
        )
        or (lower[-1].endswith(("er", "or", "ist", "ian")) and "NOUN" in shape.tags(lower[-1]))
    ):  # "commercial diver": a person, not a thing done
        return text
    head = lower[-1]
    if re.fullmatch(r"lead|manager|officer|coordinator|supervisor|champion|owner|chair", head):
        # "CSA Z314 implementation lead for my department": a part I played, "experience as"
        return f"experience as {_a_or_an(text)} {text}"
    doing = _as_doing(text)
    if doing:  # "management of bootcamp logistics": "experience managing bootcamp logistics"
        return f"experience {doing}"
    # "in" after a word made from a verb, and wherever "with" would come twice ("experience in
    # cold chain with solar fridges", never "with cold chain with")
    into = "in" if head.endswith(("ing", "ment", "tion", "sis")) or " with " in text else "with"
    return f"experience {into} {text}"


def _as_doing(text: str) -> str | None:
    """ "management of X" as "managing X", when the noun is made from a verb the lexicon has."""
    from afterword.review.spelling import zipf

    found = re.match(r"(?i)^([a-z]+(?:ment|tion|sion)) of (?=\S)", text)
    if not found:
        return None
    noun = found.group(1).lower()
    if len(noun) < 9:  # "location of", "station of": short nouns are seldom made from verbs
        return None
    if noun.endswith("ment"):  # "management", "recruitment"
        tries = [noun[:-4], noun[:-4] + "e"]
    elif noun.endswith("ation"):  # "implementation", "coordination", "organisation"
        tries = [noun[:-5], noun[:-5] + "e", noun[:-3] + "e", noun[:-5] + "er"]
    else:  # "completion", "production", "supervision", "extension"
        tries = [noun[:-3], noun[:-3] + "e", noun[:-4] + "e", noun[:-4] + "d"]
    gerunds = [
        shape.inflect(verb, "VBG")
        for verb in tries
        if len(verb) > 3 and "VERB" in shape.tags(verb) and shape.lemma(verb) == verb
    ]
    # The one people write: "producing", not "producting"; "administering", not "-rating".
    best = max(gerunds, key=zipf, default="")
    return f"{best} {text[found.end() :]}" if best and zipf(best) >= 2.5 else None


# "6 yrs as flight dispatcher w/ Porter": a job many hold takes "a" after "as"
AS_ROLE = re.compile(
    r"\b(?P<lead>(?:years?|months?) as) (?P<role>(?:[a-z][\w-]* ){0,2}[a-z][\w-]*)\b"
)


def _as_a_role(match: re.Match[str]) -> str:
    words = match.group("role").split()
    cut = next((i for i, w in enumerate(words) if w in BREAKS), len(words))
    role, rest = words[:cut], words[cut:]
    if (
        not role
        or role[0] in ("a", "an", "the", "my", "part", "lead", "head", "well")
        or not (role[-1].endswith(("er", "or", "ist", "ian", "ant")) or ROLE_HELD.search(role[-1]))
    ):
        return match.group()
    article = _a_or_an(role[0])
    return " ".join([match.group("lead"), article, *role, *rest])


# "6 years of front desk": the years are of experience in it, whatever the noun names.
YEARS_OF = re.compile(
    r"^(?P<lead>(?:(?:over|about|nearly|almost) )?(?:\d+|\w+) (?:years?|months?) of )"
    r"(?P<what>[^,;()]+?)"
    r"(?P<rest>(?: (?:at|in|for|with|on|across|within|between)\b| and \d|,|;|\().*|$)"
)


def _with_experience(match: re.Match[str]) -> str:
    what = match.group("what").rstrip()
    last = what.split()[-1]
    lower = last.lower()
    if (
        lower in ("experience", "work", "practice", "service", "pqe")
        or not re.sub(r"[/+#-]", "", last).isalnum()
        or re.search(r"\b(?:and|as|work)\b", what)  # "ICU nursing and work as an instructor"
    ):
        return match.group()
    kind = (
        last.isupper()
        or lower.endswith(("ing", "ics"))
        or shape.singular_noun(lower)
        or (what.split()[0].lower() in ("small", "large", "mixed") and len(what.split()) == 2)
    )  # "small animal": a kind of practice
    if not kind or shape.verb_form(what.split()[0].lower()) == "past":
        return match.group()
    rest = match.group("rest")
    return f"{match.group('lead')}{what} experience{' ' if rest.startswith('(') else ''}{rest}"


# Verbs said of a person in the passive: "seconded to a legal team" is "I was seconded".
PASSIVE = words_of(
    "seconded assigned appointed posted deployed promoted elected nominated shortlisted "
    "selected invited recruited headhunted awarded called admitted"
)


HELD_AS = words_of(
    "trained qualified registered certified licensed chartered seasoned regulated accredited"
)


def _object_of(verb: str, words: str) -> str:
    """The object of a past verb with the article it takes.

    A measure changed "by 35%" is named bare when it is a quantity: "I reduced antibiotic use
    by 35%", not "the antibiotic use" (Harper's dictionary says which nouns are quantities).
    """
    if re.match(r"(?i)(?:team|group|crew|staff|unit|squad) of \d", words):
        return f"a {words}"  # "managed team of 8 seamstresses": a team, not "the" (theirs)
    head_words = re.split(r"\s(?:by|from|to|for|on|in|at|with|across|over)\s|\s\(", words)[0]
    plain = head_words.split()
    if (
        verb.lower() in CHANGED
        and plain
        and all(w.islower() for w in plain)
        and re.search(r"\bby (?:about |nearly |almost |over )?\d", words)
    ):
        from afterword.review.proofread import harper_nouns

        if harper_nouns().get(plain[-1]) in ("mass", "both"):
            return words
    return with_article(words)


def _a_or_an(word: str) -> str:
    """The article a word written with a vowel first takes: "an experienced", "a licensed"."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def _a_role(text: str) -> str:
    """ "I am a fully registered ECE teacher": a singular role or thing held takes "a"."""
    words = text.split()
    end = next((i for i, w in enumerate(words) if w in BREAKS or w.endswith(",")), len(words))
    chunk = words[:end]
    if (
        len(chunk) < 2
        or any(w.lower() in NO_ARTICLE or w.endswith("ing") for w in chunk)
        or not shape.singular_noun(chunk[-1].lower())
        or shape.is_adjective(chunk[-1].lower())
    ):
        return text
    first = chunk[0]
    vowel = first[:1].lower() in "aeiou" or (first.isupper() and first[:1] in "AEFHILMNORSX")
    return f"{'an' if vowel else 'a'} {text}"


def _languages_only(text: str) -> str:
    """Keep the languages after "fluent in": "Swahili and Turkana basics" keeps "Swahili"."""
    lead, _, rest = text.partition(" in ")
    items = re.split(r",\s*|\s+and\s+", rest)
    named = []
    for item in items:
        if not item or not all(w[:1].isupper() for w in item.split()):
            break
        named.append(item)
    return f"{lead} in {join_list(named)}" if named else text


def _verb_case(word: str) -> str:
    """ "Read the report": a verb opening a note loses its capital after "I"."""
    lower = word.lower()
    if word.istitle() and len(word) > 1 and (shape.verb_form(lower) or shape.past_tense(lower)):
        return word.lower()
    return word


def _past(word: str) -> str:
    return {"done": "completed", "certified": "been certified in"}.get(word.lower(), word.lower())


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


MEANT_TO_ASK = "a question you meant to ask, not a point you meant to make: ask it in the follow-up"
# A language with its level written after it: "spanish conversational", "Portuguese fluent".
SKILL_AFTER = re.compile(
    r"^([A-Z][a-z]+) (conversational|fluent|basic|intermediate|advanced|native|business)$"
)


# "kichwa basic", "bemba + nyanja fluent": languages, then how well (after the list)
# Levels only a language takes ("kichwa basic"); "ok" and "good" follow tools too ("python good").
PLAIN_LEVELS = ("basic", "fluent", "conversational", "intermediate", "advanced", "native")
LEVEL_AFTER = re.compile(
    r"(?i)^(?:i )?(?:speak )?(?P<langs>[a-zà-ÿ]+(?:(?:, | and | \+ | & )[a-zà-ÿ]+)*) "
    r"\(?(?P<level>basic|fluent|conversational|intermediate|advanced|native|ok|okay|decent|"
    r"good|working)\)?$"
)


def _languages_at(text: str) -> str | None:
    """ "speak kichwa basic": "I speak basic Kichwa"; only when every word before the level is
    a name-like word the lexicon lacks or a language it capitalises ("Turkish")."""
    found = LEVEL_AFTER.match(text)
    if not found:
        return None
    from afterword.compose.notes.places import is_language

    names = re.split(r", | and | \+ | & ", found.group("langs"))
    if not all(
        (n.lower() not in shape.PROPER or n.capitalize() in LANGUAGE_NAMES.split())
        and (shape.repair_case(n.lower()) != n.lower() or not shape.tags(n))
        and (is_language(n.lower()) or found.group("level").lower() in PLAIN_LEVELS)
        for n in names
    ):
        return None  # "python basic", "reading basic", "autocad basic": not languages
    level = found.group("level").lower()
    listed = join_list([n[:1].upper() + n[1:] for n in names])
    if level in ("ok", "okay", "decent", "good", "working"):  # "english + russian ok"
        return f"I can work in {listed}"
    return (
        f"I speak {level} {listed}" if level != "native" else f"I am a native speaker of {listed}"
    )


def _read_missed(text: str, where: Field, person: PersonName | None) -> Reading:
    if re.match(
        r"(?i)^(?:i )?(?:(?:meant|wanted|forgot|didn'?t get|did not get|need|have|had|got) to|"
        r"should|must|gotta|will)(?: have)? ask(?:ed)?\b",
        text,
    ):
        # "meant to ask about their RTK setup": a question, not a point the candidate made
        return Reading(where, text, "withheld", MEANT_TO_ASK)
    # "(talked about) marketing but not the survey results": the point is what was left out
    text = re.sub(r"^.+? but not (?:about )?(?=\w)", "", text, flags=re.IGNORECASE)
    rest = TOO_LITTLE.sub("", REGRET.sub("", text, count=1), count=1)
    rest = re.sub(r"(?i)^also,? (?=(?:my|our|the|a|an)\b)", "", rest)  # "also my CIPS level 4"
    rest = re.sub(r"(?i)^(?:i )?forgot (?:about )?(?=(?:my|the|our)\b)", "", rest)  # "forgot the X"
    rest = SKILL_AFTER.sub(r"my \2 \1", rest)  # "spanish conversational": "my conversational …"
    if spoken := _languages_at(rest):  # "I speak kichwa basic", "bemba + nyanja fluent"
        return Reading(where, text, "regret", "a point you did not make", sentence=spoken)
    if spoken := _languages_listed(rest):  # "my spanish/english/portuguese"
        return Reading(where, text, "regret", "a point you did not make", sentence=spoken)
    head = rest.split()[0] if rest.split() else ""
    # "I ...", "BIM coordination", "S&OP process": a word with capitals inside keeps its case,
    # and so does a proper noun ("Spanish", "Kumasi")
    keep = (
        rest[:2] in ("I ", "I'")
        or any(c.isupper() for c in head[1:])
        or (head[:1].isupper() and shape.repair_case(head.lower()) == head)
    )
    rest = rest if keep else rest[:1].lower() + rest[1:]
    if not rest:
        return Reading(where, text, "withheld", "nothing left to say once the regret is cut")
    if re.match(rf"^{shape.WH}\s", rest, re.IGNORECASE):  # "how I would measure ..."
        return Reading(where, text, "regret", "a point you did not make", topic=rest)
    if rest.split()[0].lower() in ("i", "we", "i'm", "i've"):
        return Reading(where, text, "regret", "a point you did not make",
                       sentence=_cap(rest), clause=rest)  # fmt: skip
    if CLAUSE.match(rest + " ") and not rest.lower().startswith(("my ", "the ", "a ", "an ")):
        return Reading(where, text, "regret", "a point you did not make", clause=rest)
    words = rest.split()
    form = shape.verb_form(words[0])
    figure = bool(re.search(r"\d", rest))
    if form in ("past", "present", "plain") or (
        shape.past_tense(words[0]) and figure and len(words) > 2
    ):  # "cut supplier escapes 35% at my last site": something I did
        return Reading(where, text, "regret", "a point you did not make",
                       sentence=f"I {rest}", clause=f"I {rest}")  # fmt: skip
    verb_at = next(
        (i for i, w in enumerate(words[1:6], 1) if (shape.verb_form(w) == "past" and w != "led")
         or w in ("went", "rose", "fell", "grew", "dropped", "is", "are", "was", "were")), 0
    )  # fmt: skip
    copula = verb_at and words[verb_at] in ("is", "are", "was", "were")
    mine = words[0].lower() in ("my", "our")  # "my MRT registration renewal is done"
    if (
        verb_at
        and (figure or (copula and mine))
        and not re.search(r"\b(?:I|we)\b", " ".join(words[:verb_at]))
    ):
        # "RevPAR index went from 94 to 112 …", "my reading program raised readers from 14 to 3"
        subject = with_article(" ".join(words[:verb_at]))
        head = words[verb_at - 1].lower()
        if subject.split()[0].lower() not in NO_ARTICLE and shape.singular_noun(head):
            subject = f"the {subject}"  # "the RevPAR index went …"
        said = " ".join([subject, *words[verb_at:]])
        return Reading(where, text, "regret", "a point you did not make",
                       sentence=_cap(said), clause=said)  # fmt: skip
    if re.search(r"\b(?:experience|skills|background|knowledge)$", rest) and rest.split()[
        0
    ] not in (
        "my",
        "the",
        "our",
        "a",
        "an",
    ):  # "raw milk listeria testing experience": mine, not "the"
        return Reading(where, text, "regret", "a point you did not make", topic=f"my {rest}")
    return Reading(where, text, "regret", "a point you did not make", topic=with_article(rest))


def _read_insight(text: str, where: Field, person: PersonName | None) -> Reading:
    rest = _company_as_yours(text[2:] if text.startswith("I ") else text)
    rest = " ".join([_verb_case(rest.split()[0]), *rest.split()[1:]])
    # Shared with every interviewer: "her paper" is nobody's in particular; "after" alone
    # ("looked up their job after") needs its object.
    rest = re.sub(r"\b(?:her|his)\b", "the", rest)
    rest = re.sub(r"\s+after$", " after the interview", rest)
    first = rest.split()[0].lower()
    form = shape.verb_form(first)
    did = shape.past_tense(first) or (
        shape.inflect(first, "VBD") == first and shape.lemma(first) != first
    )
    if form == "past" or did or first in ("read", "reread", "watched", "listened"):
        return Reading(where, text, "event", "something you did since", sentence=f"I {rest}")
    return Reading(where, text, "topic", "something you learned about", topic=rest)


def _company_as_yours(text: str) -> str:
    """ "read their Q3 letter" to someone of that company is "your"; another's "their" stays."""
    found = re.search(r"\b(their|they)\b", text)
    if found is None or re.search(r"\b[A-Z][a-z]+", text[: found.start()].replace("I ", "")):
        return text  # "read Acme's review of their ..." : "their" is Acme's
    yours = "your" if found.group(1) == "their" else "you"  # "saw they just won ..."
    rest = text[found.end() :]
    if yours == "your":  # "their new camera setup on their site": the same company each time
        rest = re.sub(r"\btheir\b", "your", rest)
    return text[: found.start()] + yours + rest


def _read_rapport(text: str, where: Field, person: PersonName | None) -> Reading:
    text = second_person(text, person)
    lower = text.lower()
    text = re.sub(
        r"\b(from|in) ((?=[^\W\d_])[^\W\dA-Z_]+)$",
        lambda m: f"{m.group(1)} {m.group(2).title()}" if not shape.tags(m.group(2)) else m[0],
        text,
    )  # "both from juliaca": a place no dictionary holds; "hiking in winter" stays
    if lower.startswith("both from") or lower.startswith("both in"):
        return _shared(where, text, f"we are {text}")
    if mine := re.match(r"^I (?:did|had|spent|made|took|started)\s+(?P<what>my \S.*)$", text):
        # "I did my exchange sem at Erasmus Rotterdam": what we talked about, not a "we both"
        return Reading(where, text, "shared", "something you talked about",
                       topic=mine.group("what"))  # fmt: skip
    if both := re.match(r"(?i)^both ([a-z]+) (were|are|was|is|had|have) (.+)$", text):
        # "both nanni were fishermen": each one's grandfather, "both our nanni were ..."
        return _shared(where, text, f"both our {both.group(1)} {both.group(2)} {both.group(3)}")
    if lower.startswith("both "):
        second = text.split()[1] if len(text.split()) > 1 else ""
        verb = (  # "both fans of the handball team": a plural noun, never "we both fans"
            shape.can_be_verb(second)
            and not second.endswith("ing")
            and not (second.endswith("s") and shape.is_form(second, "VBZ"))
        )
        return _shared(where, text, f"we {text}" if verb else f"we are {text}")
    if FAMILY.search(text) and not re.search(r"\b(?:my|our)\b", text):
        # "your son studies in Brno": their family is not a topic; "Mairi's dad worked at my
        # old distillery" is a connection between us, and stays
        return Reading(where, text, "withheld", FAMILY_WHY)
    ours = lower.startswith(("we ", "you ", "i ", "you're ", "we're ", "i'm "))
    if not ours and _described(text):  # "fat jolly man", "cranky at first", "office looks ugly"
        return Reading(where, text, "withheld", LOOKS)
    if ours or CLAUSE.match(text + " ") or _someone_did(text):
        return _shared(where, text, text)
    return Reading(where, text, "shared", "a shared interest", topic=text)


def _someone_did(text: str) -> bool:
    """ "your son plays for the same club as my boy", "Awa's daughter studied nursing like me":
    a sentence about someone, which a topic's frame ("to talk about …") cannot hold."""
    words = text.split()
    if len(words) < 4 or not re.fullmatch(r"(?i)your|\w+'s", words[0]):
        return False
    for at in (2, 3):
        if at + 1 >= len(words) or "NOUN" not in shape.tags(words[at - 1].lower()):
            continue
        verb = words[at].lower()
        then = words[at + 1].lower()
        if shape.past_tense(verb) or (
            shape.is_form(verb, "VBZ") and then in ("for", "in", "at", "with", "on", "the", "a")
        ):
            return True
    return False


LOOKS = "about the interviewer's manner or looks: never quoted"
FAMILY_WHY = "about the interviewer's family: not for a thank-you"
# The recipient's family, after the person change: "your son", "your wife's clinic".
FAMILY = re.compile(
    r"\byour (?:son|sons|daughter|daughters|kids?|children|child|wife|husband|partner|"
    r"mother|father|mum|mom|dad|parents|brother|sister|family|baby|grandchildren)\b",
    re.IGNORECASE,
)
# Words for a person: a rapport note whose head is one describes someone, not an interest.
PERSON_NOUNS = ("man", "woman", "guy", "lady", "girl", "boy", "bloke", "chap", "dude", "gentleman",
                "fellow", "person", "type", "character", "gal", "lad", "lass")  # fmt: skip


def _described(text: str) -> bool:
    """Whether a rapport note describes someone rather than names a shared interest."""
    if shape.sentiment(text) < -0.3 or re.search(r"\b(?:looks?|looked|seem(?:s|ed)?)\b", text):
        return True
    words = re.findall(r"[\w'-]+", text.lower())
    lead = []
    for word in words:
        if word in BREAKS or word in ("but", "at", "though"):
            break
        lead.append(word)
    if any(w in PERSON_NOUNS for w in lead):
        return True
    return bool(lead) and all(
        shape.tags(w) and shape.tags(w) <= {"ADJ", "ADV"} for w in lead
    )  # "cranky at first", "very chatty"


def _shared(where: Field, text: str, clause: str) -> Reading:
    return Reading(where, text, "shared", "something you share", clause=clause)


def _reduced_relative(words: list[str]) -> bool:
    """ "data you can defend in front of the ministry": a noun, then what one can do with it."""
    return (
        len(words) > 3
        and words[0].lower() not in SUBJECT_WORDS
        and "NOUN" in shape.tags(words[0].lower())
        and words[1].lower() in ("you", "we", "they", "i", "people", "one")
        and words[2].lower() in ("can", "could", "would", "should", "will", "must", "need")
    )


# A note that opens on what someone wants, with no one named: the interviewer's wish.
WISH = re.compile(
    r"^(wants?|needs?|hopes?|expects?|prefers?)\s+(?=(?:the|a|an|someone|somebody|people|more|"
    r"to|their|them|kids|staff|us|me|everyone)\b)",
    re.IGNORECASE,
)


def _read_discussed(text: str, where: Field, person: PersonName | None) -> Reading:
    if wish := WISH.match(text):  # "want someone to train them on brazing": what they want
        text = f"you {shape.inflect(wish.group(1).lower(), 'VBP')}{text[wish.end(1) :]}"
    if quoted := re.fullmatch(r"[\"“](?P<words>[^\"“”]+)[\"”]", text.strip()):
        # "a map nobody uses is just a pretty picture", quoted: the interviewer's own line
        words = quoted.group("words").rstrip(".")
        return Reading(where, text, "topic", "their words, quoted", topic=f'your line "{words}"')
    if where == "valued" and (interest := _their_interest(text)):
        return Reading(where, text, "topic", THEIR_INTEREST, topic=interest)
    if PRAISE.match(text):
        return Reading(where, text, "withheld", "praise of you: better not quoted back")
    if text.endswith("?") or shape.QUESTION.match(text) or shape.WHAT_IS.match(text):
        return _question(where, text, person)
    if told := re.match(r"^(?:(?:she|he|they)\s+)?asked me to\s+(.+)$", text, re.IGNORECASE):
        return Reading(where, text, "event", "a moment of the conversation",
                       clause=f"you asked me to {_to_you(told.group(1), person)}")  # fmt: skip
    if asked := ASKED.match(text):
        return _asked(where, text, asked.group("what"), person)
    if where == "valued" and (event := _valued_event(text)):
        return Reading(where, text, "event", "a moment of the conversation",
                       clause=second_person(event, person))  # fmt: skip
    if said := SAID.match(text):
        return _said(where, text, second_person(said.group("what"), person))
    if where == "valued":
        # "quality starts at the tree not the lab": the contrast takes its comma
        text = re.sub(r"(?<=[a-z]) not (?=(?:the|a|an|my|your|our|their) )", ", not ", text)
        if maxim := _maxim(text):
            return Reading(where, text, "said", "something you were told", clause=maxim)
        if how := _how_they_were(second_person(text, person)):
            if not re.match(r"(?i)(?:she|he|they)\b", text) and not re.match(
                r"(?i)(?:(?:so|very|really|quite|super)\s+)?(?:honest|open|clear|candid|"
                r"transparent|frank|upfront|straightforward|direct|realistic)\s+about\b|"
                r".*\b(?:their|his|her|your)\b",
                text,
            ):
                # "calm w/ artists": the interviewer's manner, or what they valued in mine?
                return Reading(where, text, "withheld", AMBIGUOUS_VALUED)
            return Reading(where, text, "said", "how they spoke", topic=how)
    return _statement(where, second_person(text, person), person)


THEIR_INTEREST = "your own work, which interested them"
# Someone described, hedged: "jón páll was a bit weird", "she seemed kind of tired".
DESCRIBED = re.compile(
    r"^[^\W\d_]+(?: [^\W\d_]+)? (?:was|is|seemed|seems|looked|looks|came across as) "
    r"(?:a bit|a little|kind of|kinda|sort of|rather|quite|pretty|so|too|very|super) ",
    re.IGNORECASE,
)
# "formal, not much", "none really": a rapport note that says there was none
NO_RAPPORT = frozenset(words_of(
    "formal not much none nothing really very strictly business all no rapport small talk "
    "personal n/a na cold quite pretty just purely professional v and"
))  # fmt: skip
SEEKS = "the kind of person they look for"
QUALITY = "a quality they value"
# A head noun that names a quality: "punctuality", "precision", "reliability", "rigour".
QUALITY_HEAD = re.compile(r"(?:ness|ity|ism|ance|ence|cy|ship|sion|ality|our|or)$")
PREPOSITIONS = ("under", "in", "at", "around", "on")  # not "about": "honest about" is a manner


def _a_quality(words: list[str]) -> bool:
    """ "knowing the numbers", "punctuality", "ability to explain": a quality, or a doing."""
    first, last = words[0].lower(), words[-1]
    if first.endswith("ing") and shape.is_form(first, "VBG"):
        return True
    if len(words) <= 3 and last.islower() and QUALITY_HEAD.search(last.lower()):
        return True
    return bool(QUALITY_HEAD.search(first)) and len(words) > 1 and words[1] in ("to", "for", "of")


def _quality(body: str) -> Reading | None:
    """ "calm under pressure", "data-driven": the person they look for ("someone calm under
    pressure"); "respects craft, not speed": "someone who respects craft rather than speed";
    "punctuality", "precision + tidy workbench", "knowing the numbers": a quality they value."""
    text = re.split(r"\s*(?:[,;(]|\s[-–—]\s)\s*", shape.expand_shorthand(squash(body)))[0].strip()
    lead = text.split(" and ")[0]
    saying = re.fullmatch(r"(?i)(?:the )?(?!the\b)([a-z][\w -]{1,30}?) first", lead)
    if saying and not re.search(r"(?i)\b(?:second|then|next|last|after)\b", body):
        # "safety first", "vanua first, working through the chiefs": a saying of theirs
        return Reading("valued", body, "said", "something you were told",
                       clause=f"{'the ' if re.match(r'(?i)the ', body) else ''}"
                              f"{saying.group(1)} comes first")  # fmt: skip
    words = text.split()
    if not words or len(words) > 8 or not all(w.isascii() or w.isalpha() for w in words):
        return None
    first = words[0].lower()
    if re.search(r"-(?:driven|minded|oriented|focused|focussed|savvy|aware)$", first) or (
        (shape.is_adjective(first) and len(words) == 1)
        or ("ADJ" in shape.tags(first) and len(words) > 1 and words[1].lower() in PREPOSITIONS)
    ):  # "data-driven", "calm under pressure"
        return Reading("valued", body, "topic", SEEKS, topic=f"someone {text}")
    if (
        first.endswith("s")
        and not first.endswith("ss")
        and shape.is_form(first, "VBZ")
        and shape.only_verb(first)
        and len(words) > 1
    ):  # "respects craft", "knows the field not only the mill"
        rest = re.sub(r",? not (?:only |just )?(?=\w)", " rather than ", " ".join(words[1:]))
        return Reading("valued", body, "topic", SEEKS, topic=f"someone who {first} {rest}")
    text = re.sub(r",? not (?:only |just )?(?=[a-z]+ing\b)", " rather than ", text)
    parts = [p.strip() for p in re.split(r"\s*(?:\+|&|\band\b)\s*", text) if p.strip()]
    if not parts or not all(_a_quality(p.split()) or _plain_quality(p.split()) for p in parts):
        return None
    return Reading("valued", body, "topic", QUALITY, topic=join_list(parts))


SAYING_WORDS = words_of("over before after than not about of to from by as vs versus first")


def _plain_quality(words: list[str]) -> bool:
    """ "patience", "good ears", "fair scheduling", "IFU compliance": a short noun phrase with no
    article and no verb, a mass noun or a plural, is something they value, never a topic we
    "spent time on" ("the good teamwork"). A bare singular count noun ("OTD story") is not."""
    head = re.split(r"\s(?:with|in|on|for|under|at|around|toward|towards)\s", " ".join(words))[0]
    words = head.split()  # "flexibility w/ evening shows": the quality before its preposition
    if len(words) > 3 or words[0].lower() in DETERMINERS or not words[-1].islower():
        return False
    if not all(w.isupper() or {"NOUN", "ADJ"} & shape.tags(w.lower()) or w.endswith("ing")
               for w in words) or any(w.lower() in SAYING_WORDS for w in words):  # fmt: skip
        return False  # "presence before words", "accuracy over speed": a saying, not a quality
    if len(words) == 1 and "ADJ" in shape.tags(words[0].lower()):
        return False  # "calm w/ artists": their manner or mine, not a thing valued
    if any(
        shape.is_form(w.lower(), "VBZ") and "ADJ" not in shape.tags(before.lower())
        for before, w in pairwise(words)
    ):
        return False  # "quality starts at the tree": a noun and its verb, a clause
    last = words[-1].lower()
    gerund = shape.verb_form(last) == "gerund"
    if not (gerund or shape.has_noun([last])) or (shape.count_only(last) and not gerund):
        return False
    return not any(shape.verb_form(w.lower()) in ("past", "present") for w in words)


NOTICED = "something about you they valued"
# "someone who stays calm with guests": what they look for in a person, a noun phrase
SOMEONE_WHO = re.compile(
    r"^(?:someone|somebody|a person|people|a candidate|candidates|an? (?:[a-z-]+ )?"
    r"(?:leader|manager|colleague|nurse|teacher|engineer|professional|team player|hire))"
    r" (?:who|that)\s",
    re.IGNORECASE,
)


def _valued_person_or_mine(
    body: str, where: Field, person: PersonName | None, protected: frozenset[str]
) -> Reading | None:
    """ "someone who actually goes to the field": the person they look for, said as such;
    "that i report near-misses": something in me they valued, said as a clause with "I"."""
    if where != "valued":
        return None
    if quality := _quality(body):
        return quality
    if SOMEONE_WHO.match(body):
        shaped = _shape(body, where, person, protected)
        text = shaped.clause or shaped.topic
        if not shaped.used or not text:
            return None
        text = re.sub(r"(?i)^the (?=someone|somebody|people|candidates)", "", text)
        return Reading(where, body, "topic", SEEKS, topic=text)
    mine = re.match(r"(?i)^that (?=i\b|i'|my\b)", body)
    if not mine:
        return _what_matters(body, where, person, protected)
    rest = body[mine.end() :]
    clause = re.sub(r"^i\b", "I", rest)
    clause = re.sub(r"\bi\b", "I", clause)
    clause = re.sub(r",? not (?=\w+)", " rather than ", clause, count=1)  # "not hide them"
    if form_problem("clause", clause):
        return None
    return Reading(where, body, "event", NOTICED, clause=clause)


MATTERS = "something they want to be so"


def _what_matters(
    body: str, where: Field, person: PersonName | None, protected: frozenset[str]
) -> Reading | None:
    """ "that trays arrive complete": what they want to be so, never "your view that ..."."""
    if they := re.match(r"(?i)^that they (?=\w)", body):
        # "that they publish w/ matís": the team, told to them as "you publish with Matís"
        shaped = _shape(f"you {body[they.end() :]}", where, person, protected)
        if shaped.used and shaped.clause and not form_problem("clause", shaped.clause):
            return Reading(where, body, "said", "something you were told", clause=shaped.clause)
        return None
    found = re.match(r"(?i)^that (?!(?:i|you|we|he|she|they|it)\b|the way\b|how\b)", body)
    if not found:
        return None
    shaped = _shape(body[found.end() :], where, person, protected)
    clause = shaped.clause
    if not shaped.used or not clause or form_problem("clause", clause):
        return None
    return Reading(where, body, "said", MATTERS, clause=clause)


AMBIGUOUS_VALUED = "may be their manner or what they liked in you: left out rather than guessed"
# "liked the rejection story", "was impressed by my tolerance log": in "valued", what the
# interviewer valued in the candidate (people use the field both ways).
INTEREST = re.compile(
    r"(?i)^(?:(?:she|he|they)\s+)?(?:(?:really|especially|also|seemed to|seemed)\s+)*"
    r"(?:liked|loved|enjoyed|appreciated|valued|praised|picked up on|(?:was|were|seemed)\s+"
    r"(?:(?:really|very|quite|so)\s+)?(?:impressed|interested|keen|into|taken)|impressed|"
    r"interested|keen|complimented(?:\s+me)?)(?:\s+(?:by|with|in|on|about))?\s+(?P<what>\S.*)$"
)
# The candidate's own work: "my ...", "how I ...", "the gift acceptance policy I described",
# "boundaries answer re advocacy" (an answer is the candidate's).
MINE = re.compile(
    r"^(?:[Mm]y|[Hh]ow [Ii]|[Tt]he way [Ii]|[Ww]hat [Ii]|[Tt]hat [Ii])\s|\s[Ii](?:'\w+)?\s\w|"
    r"(?i:\b(?:answers?|responses?|presentation|portfolio|case study)\b)"
)


def _their_interest(text: str) -> str | None:
    """A "valued" note about the candidate's own work, as a noun phrase: "my forced air tunnel
    numbers", "how I counsel parents in plain Turkish", "liked the rejection story" (the
    interviewer liked it). Never "I particularly valued my ...": the interest was theirs."""
    if liked := INTEREST.match(text):
        what = liked.group("what")
        if re.match(r"(?i)(?:it|that|this|the fact)\b", what):
            return None  # "liked that I asked ...": a clause, not a piece of work
        return with_article(what)
    if MINE.search(text):
        return with_article(text)
    return None


# What the interviewer did for the candidate: "shared the list of 20 partner schools", "told me
# about their new guest app", "let me sit in the control room", "whiteboarded their pipeline".
DID_FOR_ME = re.compile(
    r"(?i)^(?:(?:she|he|they)\s+)?(?:(?P<gave>shared|showed|gave|sent|lent)\s+(?P<thing>.+)|"
    r"(?P<led>(?:told|taught|let|took|walked|talked|showed|gave|invited|introduced)\s+me)\b"
    r"(?P<rest>.*))$"
)


def _valued_event(text: str) -> str | None:
    """What the interviewer did, as a clause with "you": never "I share your view that ..."."""
    if found := DID_FOR_ME.match(text):
        if found["led"]:
            return f"you {found['led'].lower()}{found['rest']}"
        thing = found["thing"]
        phrase = re.match(r"(?i)(?:the|a|an|my|our|your|their|his|her|some|its|\d)\b", thing)
        if not phrase and (finite(thing.split()) or re.match(r"(?i)(?:that|how|what)\b", thing)):
            return None  # "shared that they promote from within": something said
        verb = found["gave"].lower()
        with_me = "" if verb != "shared" or re.search(r"\bwith me\b", thing) else " with me"
        return f"you {verb} {thing}{with_me}"
    words = text.split()
    if (
        len(words) > 2
        and words[0].lower().endswith("ed")
        and not shape.tags(words[0])
        and words[1].lower() in ("the", "their", "his", "her", "your", "our", "a", "an", "me")
    ):  # "whiteboarded their OTA pipeline w/ me": a verb the lexicon does not know
        return f"you {text[:1].lower()}{text[1:]}"
    return None


def _whole_maxim(text: str) -> str | None:
    """ "he said safety first, speed second": the saying after "said", whole."""
    said = SAID.match(text)
    return _maxim(said.group("what")) if said else None


def _how_they_were(text: str) -> str | None:
    """ "honest about the long hours", "proud of your 48-hour dough": how the interviewer was,
    as "how honest you were about the long hours" (never "I valued honest about ...")."""
    found = re.fullmatch(
        r"(?i)(?:(?:so|very|really|quite|super)\s+)?(?P<adj>[a-z]+)\s+(?P<rest>(?:about|of|on|with|"
        r"that)\s+\S.*)",
        text.strip(),
    )
    if not found:
        return None
    adjective = found.group("adj").lower()
    if "ADJ" not in shape.tags(adjective):  # before "about"/"of", a word that can be one is
        return None
    return f"how {adjective} you were {found.group('rest')}"


def _maxim(text: str) -> str | None:
    """A line of advice as a clause: "listen twice, speak once", "safety first, timetable
    second", "presence before words" become "we should listen twice and speak once", "safety
    comes first and the timetable second", "presence comes before words"."""
    text = text.rstrip(".!")
    words = text.split()
    if not words or len(words) > 12:
        return None
    if ranked := re.fullmatch(
        r"(?P<a>[\w' -]+?) first(?:,| and| ,)? (?:(?P<then>then) )?(?P<b>[\w' -]+?)"
        r"(?P<second> second)?",
        text,
        re.IGNORECASE,
    ):
        if re.match(r"(?i)(?:we|you|they|i|he|she)\s", ranked.group("a")):
            # "we build people first, players second": a clause of its own
            return f"{ranked.group('a')} first and {ranked.group('b')} second"
        a = _generic(re.sub(r"(?i)^the ", "", ranked.group("a")))  # "the safety": a join's
        b = _generic(ranked.group("b"))
        if ranked.group("second"):
            return f"{_mid_sentence_case(a)} {_comes(a)} first and {b} second"
        if ranked.group("then"):
            return f"{_mid_sentence_case(a)} {_comes(a)} first, then {b}"
    if (
        (before := re.fullmatch(r"(?P<a>\w+(?: \w+)?) before (?P<b>\w+(?: \w+)?)", text))
        and not shape.verb_form(before.group("a").split()[0])
        and not any(shape.verb_form(w) for w in words)
    ):  # "presence before words"
        return f"{_mid_sentence_case(_generic(before.group('a')))} comes before {before.group('b')}"
    over = re.fullmatch(
        r"(?i)(?:the )?(?P<a>[a-z]+(?: [a-z]+)?) over (?P<b>[a-z]+(?: [a-z]+)?)(?:,? always)?", text
    )  # "accuracy over speed, always": "accuracy comes before speed"
    if over and not any(shape.verb_form(w) for w in text.split()):
        a = _generic(over.group("a"))
        return f"{a} {_comes(a)} before {_generic(over.group('b'))}"
    if twice := re.fullmatch(r"(?i)(we|you|they|i) (don't|do not|never|won't) (.+?) \1 (.+)", text):
        # "we don't restore objects we restore memory": two clauses, one after the other
        who, neg, what, then = twice.groups()
        return f"{who} {neg} {what}; {who} {then}"
    first = words[0].lower()
    if (
        first in ("never", "always", "don't", "do")
        and len(words) > 1
        and shape.can_be_verb(words[1].lower())
    ):
        rest = " ".join(words[1:])
        lead = {"don't": "not", "do": ""}.get(first, first)
        return _we_should(f"{lead} {rest}".strip())
    if (
        len(words) > 1
        and shape.can_be_verb(first)
        and shape.lemma(first) == first
        # only a verb ("communicate", not "teamwork"), or one an instruction follows
        and (shape.verb_form(first) == "plain" or words[1].lower() in IMPERATIVE_NEXT)
        # "respect for the original instrument": a noun its preposition names, not an order
        and not (words[1].lower() in ("for", "to", "of") and "NOUN" in shape.tags(first))
    ):  # "communicate early w/ medical", "ask the family, don't assume"
        return _we_should(text[:1].lower() + text[1:])
    return None


# After a verb in its plain form, these make an instruction: "ask the family", "listen twice".
IMPERATIVE_NEXT = ("the", "your", "a", "an", "every", "each", "twice", "once", "early", "first",
                   "more", "less", "before", "them", "people", "for", "to")  # fmt: skip


def _comes(subject: str) -> str:
    """ "safety comes", "people come", "patients come": the verb agrees with its subject."""
    last = subject.split()[-1].lower() if subject.split() else ""
    plural = last in ("people", "staff", "children", "men", "women") or (
        last.endswith("s") and shape.singular_noun(last[:-1]) and not shape.singular_noun(last)
    )
    return "come" if plural else "comes"


def _we_should(advice: str) -> str:
    advice = re.sub(r"(?:,| and) don't\b", " and not", advice)
    return f"we should {advice}"


def _generic(phrase: str) -> str:
    """ "timetable" takes "the"; "safety", "people" and "the policy wording" stay as written."""
    phrase = phrase.strip()
    last = phrase.split()[-1] if phrase.split() else ""
    bare = phrase.split()[0].lower() not in NO_ARTICLE
    return f"the {phrase}" if bare and last.islower() and shape.count_only(last) else phrase


def _question(where: Field, text: str, person: PersonName | None) -> Reading:
    indirect = shape.indirect_question(text)
    if indirect is None:
        return Reading(where, text, "withheld", "a question that could not be rephrased")
    if re.match(rf"^{shape.WH}\s+I\b", indirect):  # "how would I turn around a store"
        return Reading(where, text, "asked", "something you were asked", topic=indirect)
    # "what would you change in X?": a hypothetical put to the candidate
    if hypothetical := re.match(rf"^({shape.WH}) you (?:would|will) (\w.*)$", indirect):
        topic = f"{hypothetical.group(1)} I would {hypothetical.group(2)}"
        return Reading(where, text, "asked", "something you were asked", topic=topic)
    # "how do you validate field data?": either of you may have asked it, so it is the topic
    if practice := re.match(r"^(how|what|when|where|which) you (\w+)\b(.*)$", indirect):
        # "what do you check first on a machine?": "what to check first on a machine"
        wh, verb, rest = practice.groups()
        modal = verb in ("will", "would", "can", "could", "should", "must", "might", "shall")
        if shape.can_be_verb(verb) and shape.lemma(verb) == verb and not modal:
            return Reading(where, text, "topic", TALKED_THROUGH, topic=f"{wh} to {verb}{rest}")
    return Reading(where, text, "question", "a question, asked indirectly",
                   topic=_to_you(indirect, person))  # fmt: skip


TALKED_THROUGH = "a question either of you may have asked: talked through together"


def _to_you(text: str, person: PersonName | None) -> str:
    """Address the recipient, leaving "they" and "their" to whoever they are."""
    masked = re.sub(r"\b(they|their|them|theirs|themselves)\b", r"qqq\1", text)
    return second_person(masked, person).replace("qqq", "")


def _asked(where: Field, text: str, what: str, person: PersonName | None) -> Reading:
    what = what.strip(" \"'“”‘’")  # 'asked "how do you keep a profile consistent?"'
    if what.endswith("?") and (indirect := shape.indirect_question(what)):
        what = indirect
    what = _to_you(what.rstrip("?"), person)
    if what.endswith("?") or shape.QUESTION.match(what):
        what = shape.indirect_question(what) or what
    return Reading(where, text, "asked", "something you were asked", topic=what)


def _said(where: Field, text: str, what: str) -> Reading:
    what = _mid_sentence_case(re.sub(r"^that\s+", "", what))
    if where == "valued" and (maxim := _maxim(what)):  # "he said safety first, speed second"
        return Reading(where, text, "said", "something you were told", clause=maxim)
    if what.split()[0].lower() not in SUBJECT_WORDS:  # not "the you would rather ..."
        what = with_article(what, general=where == "valued")
    what = re.sub(r"^they(?=(?:'|’)re\b|\s+(?:are|were|will|have|plan|want|need)\b)", "you", what)
    first = what.split()[0].lower()
    words = what.split()
    joined = re.match(r"^[a-z]+ and [a-z]+ ([a-z]+)\b", what)  # "welfare and profit go together"
    if (
        CLAUSE.match(what + " ")
        or (joined is not None and _joined_subject_verb(joined.group(1), what[joined.end() :]))
        or _plural_subject_verb(words)
        or _noun_then_verb(words, where)
        or first in SUBJECT_WORDS
        or re.match(r"^\w+(?:'|’)(?:re|s|ll|ve)$", first)
    ):
        return Reading(where, text, "said", "something you were told", clause=what)
    return Reading(where, text, "said", "something you were told", topic=what)


def _joined_subject_verb(verb: str, after: str) -> bool:
    """ "welfare and profit go together": a plain verb after two joined nouns, then an
    adverb, a preposition or nothing (never "sales and marketing team structure")."""
    if not shape.can_be_verb(verb) or shape.lemma(verb) != verb:
        return False
    following = after.split()[0].lower() if after.split() else ""
    return (
        "NOUN" not in shape.tags(verb)
        or not following
        or ("ADV" in shape.tags(following) or following in BREAKS)
    )


def _statement(where: Field, text: str, person: PersonName | None) -> Reading:
    words = text.split()
    first = words[0].lower()
    if first == "that" and len(words) > 2:
        return _said(where, text, " ".join(words[1:]))
    # "my views on TOD": the candidate's own views were the subject, so they were asked
    views = re.match(r"^my (?:views?|thoughts|take|opinions?|ideas?|approach)\b", text, re.I)
    if views or (where == "discussed" and re.match(r"(?i)^my \w", text)):
        # "my murano years" in the interviewer's notes: they asked about it
        return Reading(where, text, "asked", "something you were asked", topic=text)
    if re.match(rf"^{shape.WH}\s", text, re.IGNORECASE) and len(words) > 2:
        # "how research workload is allocated": already an indirect question, a topic;
        # "how I'd handle a parent complaining": a question the candidate was asked
        if re.match(rf"^{shape.WH}\s+(?:I|I'd|I would|I'm|my)\b", text, re.IGNORECASE):
            return Reading(where, text, "asked", "something you were asked", topic=text)
        return Reading(where, text, "topic", "a topic", topic=text)
    if first in ("i", "we") or (first == "you" and len(words) > 1
                                and shape.verb_form(words[1]) == "past"
                                and words[1].lower() not in MODALS):  # fmt: skip
        return Reading(where, text, "event", "a moment of the conversation", clause=text)
    if first == "you" and len(words) > 1:
        return Reading(where, text, "said", "something you were told", clause=text)
    plain = [w for w in words if w.lower() not in INTENSIFIERS] or words
    # "solar payback": a word the lexicon lacks after the adjective is a term, so a noun
    termed = any(
        not shape.tags(w.strip(",.;")) and w.lower() not in ("and", "or", "but", "of", "with")
        for w in plain[1:]
    )
    described = shape.is_adjective(plain[0]) and not shape.has_noun(plain[1:])
    if described and len(plain) <= 4 and not termed:
        return Reading(where, text, "withheld",
                       "about the interviewer's manner or looks: never quoted")  # fmt: skip
    form = shape.verb_form(words[0])
    if form == "present":
        base = " ".join([shape.inflect(first, "VB"), *words[1:]])
        return Reading(where, text, "said", "something you were told", clause=f"you {base}")
    if form == "past" and len(words) > 2 and words[2] == "of" and words[1] not in NO_ARTICLE:
        # "detailed walk-through of the telescope": a participle before a noun, a thing
        return Reading(where, text, "topic", "a topic", topic=f"the {text}")
    if form == "past" and _bare_count_noun(words):
        # "worked example on ...": a participle before a bare noun names a thing, not an event
        return Reading(where, text, "topic", "a topic", topic=f"the {text}")
    if form == "past" and _participle_before_plural(words):
        # "automated tests for gameplay": things of a kind, not something we did together
        return Reading(where, text, "topic", "a topic", topic=text)
    if form == "past":
        # "walked me through": the recipient did it; "shadowed you": I did; else both of us
        subject = "you" if re.search(r"\bme\b", text) else "I" if YOU.search(text) else "we"
        return Reading(where, text, "event", "a moment of the conversation",
                       clause=f"{subject} {text}")  # fmt: skip
    if not _reduced_relative(words) and (
        CLAUSE.match(text + " ")
        or _plural_subject_verb(words)
        or _singular_subject_verb(words)
        or _noun_then_verb(words, where)
    ):
        clause = _when(with_article(_mid_sentence_case(text), general=where == "valued"))
        return Reading(where, text, "said", "something you were told", clause=clause)
    if found := re.match(r"^([^:]+): (.+)$", text):  # "system design: a dispatch service"
        text = f"{with_article(found.group(1))} ({found.group(2)})"  # "the trial shift (...)"
    if detail := re.fullmatch(r"(.+?) (\([^()]+\))", text):  # "cruise schedule (40 days ...)"
        return Reading(where, text, "topic", "a topic",
                       topic=f"{with_article(detail.group(1))} {detail.group(2)}")  # fmt: skip
    topic = re.sub(
        rf"\b(?!(?:in|by|from|until|since|before|after|of|to|for|on|through|till) )([a-z]+) "
        rf"({'|'.join(calendar.month_name[1:])})$",
        r"\1 in \2",
        text,
    )  # "deadline for census maps March"
    return Reading(where, text, "topic", "a topic", topic=with_article(topic))


def _participle_before_plural(words: list[str]) -> bool:
    """ "deferred defects under the MEL": an -ed participle before a plural noun, no person."""
    if len(words) < 3 or not words[0].lower().endswith("ed") or YOU.search(" ".join(words)):
        return False
    # "automated quay cranes at Tuas": a modifier noun may come before the plural
    nouns = words[1:3] if shape.singular_noun(words[1].lower()) else words[1:2]
    noun = nouns[-1]
    return (
        all(n.islower() for n in nouns)
        and "NOUN" in shape.tags(noun)
        and not shape.singular_noun(noun)
        and not re.search(r"\b(?:me|us)\b", " ".join(words), re.IGNORECASE)
    )


def _bare_count_noun(words: list[str]) -> bool:
    """ "worked example on X": a noun with no article right after the verb, and only a noun."""
    if len(words) < 3:
        return False
    noun = words[1]
    return (
        noun.islower()
        and noun not in ("me", "you", "us", "him", "her", "them", "it")
        and shape.tags(noun) == {"NOUN"}
        and shape.singular_noun(noun)
        and words[2] in ("on", "of", "for", "about", "with", "in")
    )


YOU = re.compile(r"\byou\b")


def _mid_sentence_case(text: str) -> str:
    """ "Cycling counts are ...": a common word that only opened the note, after "that"."""
    first = text.split()[0] if text.split() else ""
    if first.istitle() and len(first) > 1 and first != "I" and shape.tags(first.lower()):
        return first.lower() + text[len(first) :]
    return text


MONTHS = frozenset(calendar.month_name[1:])
DAYS = frozenset(calendar.day_name)
# After "starts", "goes live", "opens": when, which a clause cannot take bare ("starts July").
TIME_AFTER = frozenset(["next", "soon", "live", "early", "late", "mid"])
# Verbs that say when something happens: "night shift starts at 7pm" is a clause.
WHEN_VERBS = words_of("start begin end open close finish launch kick resume")


def _singular_subject_verb(words: list[str]) -> bool:
    """ "calving starts July", "new CAD goes live in March": a noun, then a verb in -s."""
    for i in range(1, min(len(words), 4)):
        verb, before = words[i].lower(), words[i - 1]
        after = words[i + 1].strip(",") if i + 1 < len(words) else ""
        rest = " ".join(words[i + 1 :])
        if any(w.lower() in BREAKS for w in words[:i]):
            break  # "deadline for census maps March": "maps" is inside a phrase, no verb
        if (
            (before.islower() or (before.isupper() and len(before) > 1))
            and before not in NO_ARTICLE + BREAKS
            and ("NOUN" in shape.tags(before) or before.endswith("ing") or not shape.tags(before))
            and verb.endswith("s")
            and "VERB" in shape.tags(verb)
            and shape.inflect(shape.lemma(verb), "VBZ") == verb
            and (
                after in MONTHS
                or after.lower() in TIME_AFTER
                or re.match(r"\d+ (?:days?|weeks?|months?|years?|hours?)\b", rest)
                or (after in DAYS and shape.only_verb(verb))
                or (
                    shape.lemma(verb) in WHEN_VERBS
                    and (after in DAYS or after.lower() in ("at", "in", "on", "from", "by"))
                )
            )
        ):
            return True
    return False


def _when(clause: str) -> str:
    """ "calving starts July" is "calving starts in July"; "on Monday" for a day."""

    def dated(match: re.Match[str]) -> str:
        word = match.group("when")
        return f"{match.group('verb')} {'on' if word in DAYS else 'in'} {word}"

    pattern = rf"\b(?P<verb>[a-z]+s) (?P<when>{'|'.join(sorted(MONTHS | DAYS))})\b"
    return re.sub(pattern, dated, clause)


def _noun_then_verb(words: list[str], where: Field) -> bool:
    """ "bees don't read the manual", "paperwork protects you", "team stays long": a noun, then
    a finite verb. In a line the interviewer said ("valued") a verb that is also a plural noun
    counts before a preposition too ("the team covers for each other"); in a topic it does not
    ("safety checks for divers" names the checks)."""
    for i in range(1, min(len(words), 4)):
        before, verb = words[i - 1], words[i].lower()
        after = words[i + 1].lower().strip(",") if i + 1 < len(words) else ""
        if (
            not before.islower()
            or before in NO_ARTICLE + BREAKS
            or not ("NOUN" in shape.tags(before) or not shape.tags(before))
            # "practical tips on leather cutting": an adjective before a plural names things
            or ("ADJ" in shape.tags(before) and before.endswith(ADJECTIVE_ENDINGS))
        ):
            continue
        modal = verb in (*NEGATED, "must", "should", "can", "will", "cannot")
        if modal and shape.can_be_verb(after):
            return True
        third = (
            verb.endswith("s")
            and "VERB" in shape.tags(verb)
            and shape.inflect(shape.lemma(verb), "VBZ") == verb
        )
        if not third:
            continue
        plural_too = "NOUN" in shape.tags(verb)  # "site visits every 2 weeks": a plural
        adverb = after not in BREAKS and shape.tags(after) == {"ADV"}
        tags = shape.tags(after)
        loose = after not in BREAKS and "ADV" in tags and "NOUN" not in tags
        if after in (PRONOUN_OBJECTS if plural_too else OBJECT_WORDS) or (
            (adverb and not plural_too) or (loose and shape.count_only(before))
        ):  # "team stays long": a singular that counts, then a verb and an adverb
            return True
        if (shape.only_verb(verb) or where == "valued") and (after in BREAKS or not after):
            return True  # "onboarding matters", said: the note ends on its verb
    return False


ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ful", "ic", "able", "ible", "ary")
NEGATED = ("don't", "doesn't", "didn't", "can't", "won't", "isn't", "aren't", "wasn't",
           "shouldn't", "mustn't")  # fmt: skip
PRONOUN_OBJECTS = ("you", "me", "us", "them", "it", "him", "her", "people", "everyone", "the",
                   "a", "an", "your", "our", "their")  # fmt: skip
OBJECT_WORDS = ("you", "me", "us", "them", "it", "him", "her", "people", "everyone", "the", "a",
                "an", "every", "each", "your", "our", "their", "long", "more", "less")  # fmt: skip


def _plural_subject_verb(words: list[str]) -> bool:
    """ "school programs reach 200k kids": a plural noun, then a plain verb, makes a clause."""
    return any(
        words[i - 1].endswith("s")
        and shape.singular_noun(words[i - 1][:-1])
        and shape.can_be_verb(words[i])
        and not words[i].endswith(("s", "ing"))
        and not (words[i].endswith("ed") and shape.past_tense(words[i]))  # "need" is plain
        for i in range(1, min(len(words) - 1, 4))
    )
