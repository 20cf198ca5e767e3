"""The grammar a note needs: shorthand, case, what its first word is, questions made indirect.

Parts of speech come from ``lemminflect``'s lexicon (offline, read by ``afterword.lexicon``),
sentiment from VADER; both are loaded once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from afterword import lexicon
from afterword.compose.notes.rules import PROPER, SHORTHAND
from afterword.compose.words import EAST_ASIAN, words_of

SUBJECTS = ("i", "we", "you", "he", "she", "they", "it")
AUX = r"(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have)"
WH = r"(?:how|why|what|where|when|which|who|whether)"
QUESTION = re.compile(
    rf"^(?P<wh>{WH}(?:\s+(?:much|many|long|often|soon|big|far))?)\s+(?P<aux>{AUX})\s+"
    r"(?P<subject>you|they|we|i|he|she|the\s+\w+|your\s+\w+|their\s+\w+)"
    r"(?:\s+(?P<rest>.*))?$",
    re.IGNORECASE,
)
# "what PPE do you expect", "which tools does the team use": the wh-word's noun, then the
# inverted auxiliary and its subject.
NOUN_QUESTION = re.compile(
    rf"^(?P<wh>(?:what|which|whose|how\s+(?:much|many))(?:\s+(?!{AUX}\b)[\w/-]+){{1,3}}?)"
    rf"\s+(?P<aux>{AUX})\s+(?P<subject>you|they|we|i|he|she|the\s+\w+|your\s+\w+|their\s+\w+)"
    r"(?:\s+(?P<rest>.*))?$",
    re.IGNORECASE,
)
WHAT_IS = re.compile(
    r"^(?:what|which)(?:'s|\s+is|\s+are)\s+(?P<np>(?:the|your|their|his|her|its)\s+.+)$",
    re.IGNORECASE,
)
# Every shorthand in one pattern, one named group each, so a note is scanned once.
SHORTHAND_PATTERN = re.compile(
    r"(?<![\w/+-])(?:"
    + "|".join(f"(?P<s{i}>{pattern})" for i, (pattern, _) in enumerate(SHORTHAND))
    + r")(?![\w/-])"
)


CLINICAL = re.compile(
    r"\b(?:ventilated|ward|wards|icu|nicu|picu|nurs\w*|beds?|clinic\w*|patients?|triage|"
    r"acuity|ratios?|caseload|discharge\w*|admissions?|deteriorat\w*|sepsis|obs)\b|\b1:\d",
    re.IGNORECASE,
)


def expand_shorthand(text: str) -> str:
    """Write out w/, yrs, mgmt, ->, + and the like; numbers with a plus read as "over"."""
    text = re.sub(r"(?<![\w$])\+(\d[\d.,]*%)", r"\1 higher", text)
    text = re.sub(r"(?<![\w.])(\d[\d.,]*\s?%)\+", r"over \1", text)  # "humidity 80%+"
    text = re.sub(r"~\s?(?=[$€£]?\d)", "about ", text)  # "~30%"
    text = re.sub(r"(?i)\bwalk ?(?:through|thru) of\b", "walk-through of", text)  # the noun
    # "i do 24/7 callout no problem": a reassurance to oneself, not part of the point
    text = re.sub(r"(?i)[,;]?\s+(?:no problem|no prob(?:s|lem)?|no worries|np)\s*!*$", "", text)
    # "dont", "doesnt", "cant", "dint": a negation jotted without its apostrophe
    text = re.sub(r"\b(?i:dint)\b", "didn't", text)
    text = re.sub(
        r"\b((?i:do|does|did|is|are|was|were|could|should|would|has|have|had|must|need|ca|wo))"
        r"nt\b",
        r"\1n't",
        text,
    )
    # "2x/month", "3x a week": how often
    text = re.sub(
        r"\b(\d+)\s?x\s?(?:/|a |per )\s?(day|week|wk|month|mo|year|yr|shift|season)\b",
        lambda m: f"{_times(m.group(1))} a {TIME_UNITS.get(m.group(2), m.group(2))}",
        text,
    )
    text = re.sub(r"\bcert (?=(?:[IVX]+|\d)\b)", "Certificate ", text)  # "cert IV in WHS"
    text = re.sub(r"\b([IiWw]e?|[Yy]ou|[Tt]hey|[Ss]?[Hh]e)['’]d (\w+)", _had_or_would, text)
    # "5yrs", "12.5hr", "20pts": a unit jotted onto its number is a word of its own.
    text = re.sub(r"(?<=\d)(yrs?|mths?|wks?|hrs?|mins?|pts)\b", r" \1", text)
    text = re.sub(r"\bnon (?=[a-z]{4,})", "non-", text)  # "non negotiable"
    text = re.sub(r"\b(current|previous|old|last|new) co\b", r"\1 company", text)
    text = re.sub(r"\bhands on\b", "hands-on", text, flags=re.IGNORECASE)
    # "asked me about alert fatigue -> tuning": what follows the arrow is my answer.
    text = re.sub(
        r"^((?:(?:he|she|they) )?(?:asked|quizzed|grilled|probed)\b[^;,]*?)\s*(?:->|→|=>)\s*",
        r"\1; ",
        text,
        count=1,
        flags=re.IGNORECASE,
    )
    # "coordination btw front desk + kitchen": between two things, not "by the way"
    text = re.sub(
        r"\bbtw(?=\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:and|\+|&)\s)",
        "between",
        text,
        flags=re.IGNORECASE,
    )
    # "-> said more complex work": an arrow before a verb starts another clause.
    text = re.sub(r"\s*(?:->|→|=>)\s*(?=(\w+)\b)", _arrow_before_verb, text)
    # "6 yrs small animal + 2 in ICU": more years, of another kind
    if re.match(r"^\d+\s*(?:yrs?|years?)\b", text):
        text = re.sub(r"\s\+\s*(\d+) (?=(?:in|as|at|on|with)\s)", r" and \1 years ", text, count=1)
    # "AIS certified + WSET 3": a credential before a plus stands alone too
    text = re.sub(r"\b(certified|qualified|registered|licensed|trained)\s\+\s", r"\1; ", text)
    # "7 yrs child protection + CORU registered": a credential after a plus stands alone
    text = re.sub(
        r"\s\+\s+(?=(?:[\w/-]+\s+){1,2}(?:registered|certified|qualified|licensed|chartered)\b)",
        "; ",
        text,
    )
    # "Portuguese + Spanish + English": a list; only within one clause ("commercial + road
    # projects, NIQS + RICS member" is two pairs, not a list of four)
    text = ", ".join(_plus_list(part) for part in re.split(r",(?!\d{3}(?!\d))\s*", text))
    # "6 yrs on road w/ QAS incl 2 as MICA candidate": two of those years
    text = re.sub(r"\s+incl(?:uding|\.)? (\d+) (?=(?:yrs? |years? )?as\b)", r", \1 ", text)
    text = re.sub(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)\+(?=\s+[A-Za-z])", r"over \1", text)
    text = re.sub(r"(\d+)\+", r"\1 or above", text)
    text = re.sub(r"\b(\d+)\s*x\s+(?=[$€£\d])", r"\1 ", text)
    text = re.sub(
        r"(?<!from )(?<![\w$€£])([$€£]?\d[\d.,]*\s?[A-Za-z%]*)\s*->\s*(?=[$€£]?\d)",
        r"from \1 to ",
        text,
    )
    # "the uplift numbers -> 8% retention lift": an arrow before a closing figure adds a detail,
    # and so does one before a result ending in a figure ("-> merchant churn down 18%").
    text = re.sub(r"(?<=[A-Za-z])\s*(?:->|→|=>)\s*([$€£]?\d[^,;()]*)$", r" (\1)", text)
    text = re.sub(
        r"(?<=[A-Za-z])\s*(?:->|→|=>)\s*((?:[A-Za-z][\w-]*\s+){1,4}"
        r"(?:up|down|by|from|to|cut|fell|rose|dropped)\s+[^,;()]*\d[^,;()]*)$",
        r" (\1)",
        text,
    )
    # "the safety culture -> zero incidents 2 yrs": a record it led to, in brackets
    text = re.sub(
        r"(?<=[A-Za-z])\s*(?:->|→|=>)\s*((?:zero|no|nil)\s+[A-Za-z][^,;()]*)$",
        lambda m: " ({})".format(
            re.sub(r"(?<=[a-z]) (\d+ (?:yrs?|years?|months?|mths?))$", r" in \1", m.group(1))
        ),
        text,
    )
    text = re.sub(
        r"\b(in|over|for|during|at) (first|last|next) (?=\d|few|couple)", r"\1 the \2 ", text
    )
    text = re.sub(
        r"\bat prev(?:ious)? (job|role|company|employer|firm)", r"at my previous \1", text
    )
    # "which steels ok for the blend": "which steels are OK", the verb a question needs
    text = re.sub(
        r"\b(which|what) ([a-z]+) ok\b",
        lambda m: f"{m.group(1)} {m.group(2)} {'are' if m.group(2).endswith('s') else 'is'} OK",
        text,
    )
    # "security clearance 3-4 weeks": how long it takes, in brackets
    text = re.sub(
        r"^((?:\S+ ){1,6}?[a-z]{3,}) (\d+[-–]\d+ (?:days|weeks|months))$",
        lambda m: (
            m.group(0)
            if m.group(1).split()[-1] in ("in", "for", "within", "over", "after", "every", "of")
            else f"{m.group(1)} ({m.group(2)})"
        ),
        text,
    )
    # years in the languages notes are jotted in, after a number: "12 god. vodoinstalater",
    # "8 il corrosion eng" (Serbian, Azerbaijani), "3 yıl", "5 років" (Turkish, Ukrainian); a note
    # all in one other language is left out whole, as before
    text = re.sub(
        r"(?<=\d )(?:god\.|godina|il|yıl|років|лет|рокив)(?= )",
        "years",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(
        r"(^(?:over |about |nearly |almost )?|\+ |\band )"
        r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|few|"
        r"several|many) (yrs?|years?|months?|mths?) "
        r"(?!of |in |at |with |w/ |as |on |post-|\w+ing )",
        r"\1\2 \3 of ",
        text,
    )
    # "execution costs -> they use an in-house TCA": an arrow before a clause ends the note's
    # main part; "ICU nursing + BLS instructor": a plus before a role is work in that role.
    text = re.sub(rf"\s*(?:->|→|=>)\s*(?={CLAUSE_SUBJECT}\s)", "; ", text, flags=re.IGNORECASE)
    # "the contract w/ the council -> starts Feb": an arrow before a verb adds a detail.
    text = re.sub(
        r"\s*(?:->|→|=>)\s*((?:starts|begins|ends|runs|goes live|kicks off|launches|opens|"
        r"closes|finishes|due|expires)\b[^,;()]*)",
        r" (\1)",
        text,
        flags=re.IGNORECASE,
    )
    if CLINICAL.search(text):  # "1:1 for ventilated pts": patients, not points
        text = re.sub(r"\bpts\b", "patients", text)
        text = re.sub(r"\bpt\b", "patient", text)
    text = re.sub(
        rf"\s\+\s+(?=(?:[\w/-]+\s+){{0,2}}{ROLE_WORDS}\b"
        r"(?!(?: [\w-]+)? (?:course|training|cert\w*|exam|programme|program|qualification)\b))",
        _as_role,
        text,
    )
    text = re.sub(r"(?<=\d-)yrs?\b", "year", text)  # "a 30-yr commitment"
    text = re.sub(r"\bin prod\b", "in production", text)
    # "the backtest -> live pipeline": an arrow inside a noun phrase joins a compound.
    text = re.sub(r"\b(the|a|an|our|my|their) (\w+) -> (\w+) (?=\w)", r"\1 \2-to-\3 ", text)
    # "sanctions screening false positives 40%": a figure after a plural noun is its detail
    text = re.sub(r"(?<=[a-z])\s+(\d[\d.,]*%)$", _figure_after_noun, text)
    # "alumni of University of Nairobi": a body named by its kind and "of" takes "the"
    text = re.sub(
        r"\b(of|at|from|in|with|for) (University|Institute|Ministry|Department|Museum|College|"
        r"School|Academy|Faculty|Bank|Office) of\b",
        r"\1 the \2 of",
        text,
    )
    text = re.sub(r"\b(a|an|the|each|every|one) pt\b", r"\1 patient", text)  # "a pt w/ CKD"
    # "4 yrs band 5 on acute wards": years at a grade
    text = re.sub(
        r"^(\d+ (?:yrs?|years?)) (?:of )?((?:band|grade|level|step|scale|pay band) \d+)\b",
        r"\1 at \2",
        text,
        flags=re.IGNORECASE,
    )
    # "caseload ~40 pts": a figure after a singular noun is how much of it
    text = re.sub(
        r"^(caseload|headcount|team|budget|backlog|fleet|portfolio|volume|pipeline|class) "
        r"(about|over|around|roughly|~)\s?(?=\d)",
        lambda m: f"{m.group(1)} of {'about' if m.group(2) == '~' else m.group(2)} ",
        text,
    )
    # "expansion into Turkana 2027": the year a plan is for (not "the Radoffensive 2030")
    text = re.sub(
        r"^(?=.*\b(?:expansion|expanding|opening|launch\w*|rollout|roll-out|move|moving|"
        r"migration|go-live|plans?|due|starting|ramp-up)\b)(.*?)"
        r"(?<=[A-Za-z])(?<!\bin)(?<!\bby)(?<!\bof)(?<!\bsince)(?<!\buntil)(?<!\bfor)"
        r"(?<!\bfrom)(?<!\bto) ((?:19|20)\d\d)(?=$|[,;?])",
        r"\1 in \2",
        text,
    )
    # "opening sept 2027": the month and year go together, "opening in sept 2027"
    text = re.sub(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)([a-z]*\.?) in "
                  r"((?:19|20)\d\d)\b", r"in \1\2 \3", text)  # fmt: skip
    # "early intervention 0-3 yrs": an age band, not a length of time
    text = re.sub(
        r"\b(intervention|early years|preschool|nursery|children|toddlers|infants|kids|[a-z]+) "
        r"(\d+)\s?[-–]\s?(\d+) ?(?:yrs?|years?)\b",
        _age_band,
        text,
    )
    # "from 6h to 3.5h", "in under 12h": hours, counted
    text = re.sub(
        r"\b(from|to|in|under|within|over|about|around|than|after|every|for|by|of|only) "
        r"(\d+(?:\.\d+)?)h\b(?![-/])",
        lambda m: f"{m.group(1)} {m.group(2)} hour{'' if m.group(2) == '1' else 's'}",
        text,
    )
    # "shift pattern 12h": a 12-hour shift pattern; "24h rule": a 24-hour rule
    text = re.sub(r"^((?:[a-z]+ ){0,2}[a-z]+) (\d+)h$", r"\2-hour \1", text)
    text = re.sub(r"(?<=[a-z]) (\d+)h(?=$|[,;])", r" (\1-hour)", text)
    text = re.sub(r"\b(\d+)h\b(?= [a-z])", r"\1-hour", text)
    # "by 12s": seconds
    text = re.sub(r"\bby (\d+)s\b", r"by \1 seconds", text)
    # "a diversion w/ 3 a/c low on fuel": aircraft, counted
    text = re.sub(r"\b(\d+|the|an?|two|three|four|five|several) a/c\b", r"\1 aircraft", text)
    # "NZVNA reg": a registration with a body; "the reg" on a ward is the registrar
    text = re.sub(r"\b([A-Z]{2,6}) reg\b", r"\1 registration", text)
    # "grief sessions after bus accident 2024": "after the 2024 bus accident"
    text = re.sub(
        r"\b(after|during|before|since|from) ((?:[a-z]+ ){0,2}[a-z]+) ((?:19|20)\d\d)(?=$|[,;)])",
        r"\1 the \3 \2",
        text,
    )
    # "reduced soft tissue injuries ~30% in 1 season": by how much
    text = re.sub(
        r"^((?:reduced|cut|increased|improved|grew|raised|lowered|boosted|lifted|decreased|"
        r"shortened|halved)\b(?:(?! (?:by|to|from|of) )[^%,;])*?) "
        r"((?:about |over |nearly |almost )?\d[\d.,]*%)",
        r"\1 by \2",
        text,
    )
    # "winter losses ~18% last yr": the losses were of about 18%
    text = re.sub(
        r"^((?:[a-z]+ ){0,3}[a-z]+s) ((?:about|over|nearly|almost|around) \d[\d.,]*%)"
        r"(?! (?:down|up|higher|lower|drop|rise|increase|decrease|fall|growth|cut)\b)",
        lambda m: (
            f"{m.group(1)} of {m.group(2)}"
            if "NOUN" in tags(m.group(1).split()[-1]) and not past_tense(m.group(1).split()[0])
            else m.group(0)
        ),
        text,
    )
    # "my election night coverage 2024": "my 2024 election night coverage"
    text = re.sub(r"^(my|our|the) ((?:[a-z]+ ){0,3}[a-z]+) ((?:19|20)\d\d)$", r"\1 \3 \2", text)
    # "4 units CPE", "20 hours CPD": units of something named by an acronym
    text = re.sub(
        r"\b(\d+ (?:units|credits|modules|hours|hrs|courses|cycles)) (?=[A-Z]{2,}\b)",
        r"\1 of ",
        text,
    )
    # "IDT meetings weekly": "weekly IDT meetings"
    text = re.sub(
        r"^((?:[A-Za-z-]+ ){0,2}[a-z-]+s) (daily|weekly|monthly|quarterly|yearly|nightly|"
        r"fortnightly)$",
        r"\2 \1",
        text,
    )
    # "40 days at sea/yr", "orders/day": how often
    text = re.sub(
        r"(?<=[a-z])/(yr|year|wk|week|mo|month|day)\b",
        lambda m: (
            f" a {TIME_UNITS.get(m.group(1), m.group(1))}"
            if re.search(r"\d[^,;]*$", m.string[: m.start()])  # a count before: "40 days at sea"
            else m.group(0)
        ),
        text,
    )
    # "bsc food science": a degree typed in lower case
    text = re.sub(
        r"^(bsc|msc|phd|mba|beng|meng|llb|llm|mph|bcom|mcom|btech|mtech|bpharm|mpharm|mphil)\b",
        lambda m: DEGREES[m.group(1)],
        text,
    )
    # "played 6 seasons KHL": where
    text = re.sub(r"\b(\d+ (?:seasons|years|summers)) (?=[A-Z]{2,}\b)", r"\1 in the ", text)
    # "24h before": hours, not a 24-hour thing
    text = re.sub(r"\b(\d+)h (?=(?:before|after|ahead|later|earlier|notice|in advance)\b)",
                  r"\1 hours ", text)  # fmt: skip
    # "calm nurse = calm patient": one means the other
    if equal := re.fullmatch(r"((?:[a-z]+ ){0,2}[a-z]+) = ((?:[a-z]+ ){0,2}[a-z]+)", text):
        a, b = (f"a {x}" if count_only(x.split()[-1]) else x for x in equal.groups())
        text = f"{a} means {b}"
    # "grew listener calls 2x": twofold
    text = re.sub(
        r"^((?:grew|increased|raised|boosted|lifted|scaled)\b[^,;]*?) ([2-9])x\b(?![/\w])",
        lambda m: f"{m.group(1)} {FOLD[m.group(2)]}",
        text,
    )
    # "coached the volleyball team 3 seasons": for how long
    text = re.sub(
        r"(?<=[a-zA-Z]) (\d+|two|three|four|five|six) (seasons|years|months|weeks|summers|terms)"
        r"(?=$|[,;])",
        lambda m: (
            f" for {m.group(1)} {m.group(2)}"
            if _names_a_thing(m.string[: m.start()].split()[-1])
            else m.group(0)
        ),
        text,
    )
    # "what would u change in booking ->boarding": the stretch between two steps
    text = re.sub(
        r"\b(in|at|on) ([\w-]+) ?(?:->|→) ?([\w-]+)(?=$|[,;?)])", r"\1 the \2-to-\3 stage", text
    )
    # "harvest timing -> weather dependent": what it depends on, in brackets
    text = re.sub(
        r"(?<=[A-Za-z]) ?(?:->|→) ?(?:(\w+)[ -])?(dependent|based|driven|related|sensitive)$",
        lambda m: f" ({m.group(1) + '-' if m.group(1) else ''}{m.group(2)})",
        text,
    )
    # "climate change -> dzud risk mapping": one topic leading to another
    text = re.sub(
        r"^((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:->|→) ((?:[A-Za-z][\w-]* ){1,3}[a-z][\w-]*)$",
        lambda m: (
            f"{m.group(1)} and {m.group(2)}"
            if not any(
                verb_form(w) in ("past", "present")
                or w
                in ("they", "we", "you", "he", "she", "it", "I", "for", "to", "of", "in", "with")
                for w in m.group(2).split()
            )
            else m.group(0)
        ),
        text,
    )
    text = SHORTHAND_PATTERN.sub(_written_out, text)
    text = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", text))  # "(FC-GPR etc)" less "etc"
    return " ".join(text.split())


DEGREES = {"bsc": "BSc", "msc": "MSc", "phd": "PhD", "mba": "MBA", "beng": "BEng", "meng": "MEng",
           "llb": "LLB", "llm": "LLM", "mph": "MPH", "bcom": "BCom", "mcom": "MCom",
           "btech": "BTech", "mtech": "MTech", "bpharm": "BPharm", "mpharm": "MPharm",
           "mphil": "MPhil"}  # fmt: skip
FOLD = {"2": "twofold", "3": "threefold", "4": "fourfold", "5": "fivefold", "6": "sixfold",
        "7": "sevenfold", "8": "eightfold", "9": "ninefold"}  # fmt: skip
TIME_UNITS = {"wk": "week", "mo": "month", "yr": "year"}


def _names_a_thing(word: str) -> bool:
    """ "team", "ops", "UAAP": a noun before a bare duration, which then needs "for"."""
    lower = word.lower()
    if lower in (
        "for",
        "in",
        "of",
        "over",
        "last",
        "past",
        "next",
        "first",
        "about",
        "nearly",
        "every",
        "each",
        "per",
        "all",
        "some",
        "the",
        "a",
        "an",
        "these",
        "those",
    ):
        return False  # fmt: skip
    if word.isupper():
        return True
    verbish = past_tense(lower) or (
        lower.endswith("s") and is_form(lower, "VBZ") and "VERB" in tags(lower)
    )  # fmt: skip  "takes 6 weeks"
    return ("NOUN" in tags(lower) and not verbish) or (not tags(lower) and lower.isalpha())


def _times(count: str) -> str:
    return {"1": "once", "2": "twice"}.get(count, f"{count} times")


def _figure_after_noun(match: re.Match[str]) -> str:
    before = match.string[: match.start()].split()
    last = before[-1].lower() if before else ""
    plural = last.endswith("s") and "NOUN" in tags(last) and not verb_form(last)
    if plural and not any(verb_form(w.lower()) in ("past", "present") for w in before[:-1]):
        return f" ({match.group(1)})"
    return match.group()


AGE_WORDS = ("intervention", "early years", "preschool", "nursery", "children", "toddlers",
             "infants", "kids")  # fmt: skip


def _age_band(match: re.Match[str]) -> str:
    """ "early intervention 0-3 yrs" is ages 0–3; "after 2-3 years" stays a length of time."""
    word, low, high = match.group(1), match.group(2), match.group(3)
    if word.lower() in AGE_WORDS or low == "0":
        return f"{word} (ages {low}–{high})"
    return match.group()


def _plus_list(part: str) -> str:
    while part.count(" + ") > 1:
        part = part.replace(" + ", ", ", 1)
    return part


def _had_or_would(match: re.Match[str]) -> str:
    """ "I'd worked" is "I had worked"; "I'd like" is "I would like"."""
    subject, verb = match.group(1), match.group(2)
    lower = verb.lower()
    # a known verb first: inflecting a word the tables lack would load lemminflect's rules
    participle = lemma(lower) != lower and inflect(lower, "VBN") == lower
    if subject in ("i", "I"):
        subject = "I"
    return f"{subject} {'had' if participle else 'would'} {verb}"


def _arrow_before_verb(match: re.Match[str]) -> str:
    """ "; " where an arrow leads into a verb ("-> said ..."), else the arrow as it was."""
    word = match.group(1).lower()
    finite = past_tense(word) or verb_form(word) in ("past", "present")
    return "; " if finite and word not in ARROW_DETAIL_VERBS else match.group()


# Verbs that an arrow turns into a detail in brackets ("-> starts Feb"), handled after.
ARROW_DETAIL_VERBS = frozenset(
    [
        "starts",
        "begins",
        "ends",
        "runs",
        "goes",
        "kicks",
        "launches",
        "opens",
        "closes",
        "finishes",
        "expires",
    ]
)


def _written_out(match: re.Match[str]) -> str:
    """The words a shorthand stands for, in the case of what it replaces."""
    words = SHORTHAND[int((match.lastgroup or "s0")[1:])][1]
    return _same_case(match.group(), words)


CLAUSE_SUBJECT = r"(?:they|we|he|she|you|it|i|there|the team)"
ROLE_WORDS = (
    r"(?:instructor|trainer|teacher|tutor|coach|mentor|examiner|assessor|coordinator|"
    r"supervisor|lead|officer|manager|director|analyst|consultant|specialist|volunteer)s?"
)


def _as_role(match: re.Match[str]) -> str:
    following = match.string[match.end() :]
    return " and work as an " if following[:1].lower() in "aeiou" else " and work as a "


def _same_case(found: str, words: str) -> str:
    if not words or words[:1].isupper() or not found[:1].isupper():
        return words
    return words[:1].upper() + words[1:]


def repair_case(text: str) -> str:
    """Give tools, acronyms and months their own case ("kafka" becomes "Kafka")."""

    def proper(match: re.Match[str]) -> str:
        word = match.group()
        return PROPER.get(word.lower(), word) if word.islower() else word

    text = re.sub(r"(?<!/)[A-Za-z][\w+#]*", proper, text)  # "orders/hr" is no HR
    text = _dictionary_case(text)
    text = _listed_with_a_name(text)
    # "Cairo university": after a place name it is the institution's name
    return re.sub(r"\b(?!(?:The|A|An|My|Our|Your|This|That|Every|Any|No) )"
                  r"([A-Z][a-z]+ )(university|college|polytechnic)\b",
                  lambda m: m.group(1) + m.group(2).title(), text)  # fmt: skip


LISTED = re.compile(
    r"\b([A-Z][a-z]+) (and|\+|&|or) ([a-z]{3,})\b|\b([a-z]{3,}) (and|\+|&|or) ([A-Z][a-z]+)\b"
)


def _listed_with_a_name(text: str) -> str:
    """ "Italy and china", "polish and Filipino": a place or a people listed beside another
    takes its capital too (alone, "china" and "polish" are ordinary words)."""
    from afterword.compose.notes.places import is_place

    def cased(found: re.Match[str]) -> str:
        if found.group(1):
            named, small = found.group(1), found.group(3)
        else:
            small, named = found.group(4), found.group(6)
        if not (is_place(named.lower()) and is_place(small)):
            return found.group()
        return found.group().replace(small, small.capitalize(), 1)

    return LISTED.sub(cased, text)


def _dictionary_case(text: str) -> str:
    """Give a lowercase proper noun the case the spelling dictionary knows it by.

    Harper's dictionary holds "Egypt", "Ramadan" and "Slavic" only with their capital, so it
    flags "egypt" and offers "Egypt"; that suggestion, the same letters, is taken.
    """
    if not re.search(r"\b[a-z]{3,}\b", text):
        return text
    if all(_tags(w) for w in re.findall(r"(?<![\w'-])[a-z][a-z]+(?![\w'-])", text)):
        # every lowercase word is one the lexicon knows ("review", "pipeline"), and it knows
        # no proper nouns: nothing for Harper's dictionary to give a capital (most notes)
        return _place_openers(text)
    fixes: list[tuple[int, int, str]] = []
    for lint in _linter().lint(text):
        if lint.lint_kind == "Capitalization" and _brand_case(lint):
            fixes.append((lint.span.start, lint.span.end, _brand_case(lint) or ""))
            continue
        if (
            " " in lint.problem_text
            and lint.problem_text.islower()
            and _is_place_word(lint.problem_text)
        ):  # "hai phong", which Harper would join into one word: a place of two
            fixes.append((lint.span.start, lint.span.end, lint.problem_text.title()))
            continue
        if lint.lint_kind != "Spelling":
            continue
        word = lint.problem_text
        cased = next(
            (
                s.replacement_text
                for s in lint.suggestions
                if s.replacement_text.lower() == word and s.replacement_text != word
            ),
            None,
        )
        if cased and len(word) <= 3 and not (cased.isupper() or cased == word.capitalize()):
            cased = None  # "nan juana": "NaN" is a number's name, never a person's honorific
        if word.islower() and cased:
            fixes.append((lint.span.start, lint.span.end, cased))
        elif word.isalpha() and word.islower():
            fixes += _place(text, lint.span.start, lint.span.end)
    # A lint of another kind can hide the spelling one ("Mongolian, russian and English"), and
    # "Khmer/English/french" is one token to Harper: a place or language is asked about alone.
    fixed = {start for start, _, _ in fixes}
    for word in re.finditer(r"(?<![\w'-])[a-z]{3,}(?![\w'-])", text):
        if (
            word.start() not in fixed
            and _is_place_word(word.group())
            and (cased := _alone_case(word.group()))
        ):
            fixes.append((word.start(), word.end(), cased))
    chars = list(text)  # Harper counts characters, not bytes
    for start, end, cased in sorted(fixes, reverse=True):
        chars[start:end] = cased
    return _place_openers(_names_by_context("".join(chars)))


# Where a word no dictionary knows is a name: after "at", "from", "near" ("at onne", "from
# addu"), after "in" or "to" with "the" ("to the westfjords"), before the kind of place it
# names ("the esna lock", "the melinka site"), or as what two people share ("both love
# ghibli"). Jargon ("kriging", "dehairing") comes after "in", "on" and "with", never here.
NAME_BEFORE = re.compile(
    r"(?i:\b(?:at|from|near|via|between|across|outside|around|(?:in|to|into|within) the|"
    r"in(?= \S*[øåæðþışğłńśźżčřšžőű])|in(?= [a-z]{6,}(?:$|[,;)]))|"
    r"both (?:love|like|follow|support|supports|watch|read|play|visited|know)|fans? of) )"
    r"(?P<name>[a-zà-ÿœøåæðþıışğłńśźżčřšžőű'-]{3,}(?: [a-zà-ÿœøåæðþışğłńśźżčřšžőű'-]{2,})?)"
)
NAME_AFTER = re.compile(
    r"(?P<name>(?<![\w'-])[a-zà-ÿœøåæðþışğłńśźżčřšžőű'-]{3,})(?= (?:lock|site|bridge|river|"
    r"mine|farm|port|airport|hospital|campus|depot|terminal|station|field|lake|valley|dam|"
    r"atoll|island|region|district|province|county|plant|refinery|smelter|estate|reserve|"
    r"park|temple|museum|court|council)s?\b)"
)
DERIVED = re.compile(
    r"(?:ing|ings|tion|tions|ology|ity|ism|ics|ment|ness|ance|ence|ive|ous|ed|ers|ist|ists|"
    r"isation|ization|able|ible|less|ful|graphy|metry|nomy|scopy|therapy|iatry|iatrics|otomy|"
    r"ectomy|plasty|osis|itis|a?emia)$"
)


def unknown_word(word: str) -> bool:
    """A lower-case word neither the lexicon nor common English knows, nor shaped like a word
    made of English parts ("dehairing", "biocontrol" stay as typed)."""
    from afterword.review.spelling import zipf

    return (
        word.islower()
        and not _tags(word)
        and word not in PROPER
        and not DERIVED.search(word)
        and zipf(word) < 3.0
    )


def _names_by_context(text: str) -> str:
    """Give a capital to a name the dictionaries do not hold, where its place says it is one."""

    def cased(found: re.Match[str]) -> str:
        words = found.group("name").split(" ")
        if not unknown_word(words[0]):
            return found.group()
        out = [_capital_word(words[0])]
        if len(words) > 1:  # "gor mahia", "binh duong": the next word too, if it is a name
            out.append(_capital_word(words[1]) if unknown_word(words[1]) else words[1])
        start = found.start("name") - found.start()
        return found.group()[:start] + " ".join(out)

    text = NAME_BEFORE.sub(cased, text)
    return NAME_AFTER.sub(cased, text)


def _capital_word(word: str) -> str:
    if re.match(r"(?:st|ste|mt|ft)(?:-|$)", word):  # "st-georges": Saint, never "ST"
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    if not set(word) & set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýœ"):
        return word.upper()  # "hkl", "jkia": an acronym typed small
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _place_openers(text: str) -> str:
    """ "la Serena", "new Cairo": a small word that opens a place's name takes its capital."""
    from afterword.compose.notes.places import is_place

    def opened(found: re.Match[str]) -> str:
        small, name = found.group(1), found.group(2)
        return f"{small.capitalize()} {name}" if is_place(f"{small} {name}") else found.group()

    def opened_if_small(found: re.Match[str]) -> str:
        small = found.group(1)
        if small in OPENS_NO_PLACE or len(small) > 6:
            return found.group()  # "in Cairo", "from Lagos": the gazetteer need not be asked
        return opened(found)

    return re.sub(r"(?<![\w'-])([a-zà-ÿ]+) ([A-Z][\w'-]+)", opened_if_small, text)


OPENS_NO_PLACE = words_of(
    "in at on of to for from by with near via and or but the a an my our your their his her "
    "its this that these those into about over under across through both also is are was "
    "were as than"
)


def _brand_case(lint: Any) -> str | None:
    """ "whatsapp" -> "WhatsApp": a name Harper knows with capitals inside it (never the capital
    a sentence's first word takes, which a note's words do not need mid-sentence)."""
    word = lint.problem_text
    for suggestion in lint.suggestions:
        cased = suggestion.replacement_text
        if word.islower() and cased.lower() == word and any(c.isupper() for c in cased[1:]):
            # "NaN" is a number's name: "nan juana" is a K'iche' honorific, never that
            return str(cased) if len(word) > 3 else None
    return None


def _is_place_word(word: str) -> bool:
    from afterword.compose.notes.places import is_place

    return is_place(word)


@lru_cache(maxsize=1024)
def _alone_case(word: str) -> str | None:
    """The capital Harper's dictionary gives a word on its own ("russian" -> "Russian")."""
    for lint in _linter().lint(word):
        for suggestion in lint.suggestions:
            if suggestion.replacement_text.lower() == word != suggestion.replacement_text:
                cased = suggestion.replacement_text
                # a place is "Nan" (the Thai province), never "NaN", a number's name
                return cased if len(word) > 3 or cased.isupper() else word.capitalize()
    return None


def _place(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A word the dictionary does not know that names a town, city or language: "gyumri".

    A two-word place ("jebel ali", "santa cruz") is taken whole when the words on either
    side make it one; a word that is ordinary English is never flagged, so never changed.
    """
    from afterword.compose.notes.places import is_place

    before = re.search(r"([a-z]+) $", text[:start])
    after = re.match(r" ([a-z]+)", text[end:])
    if before and is_place(f"{before.group(1)} {text[start:end]}"):
        at = start - len(before.group(1)) - 1
        return [(at, at + 1, text[at].upper()), (start, start + 1, text[start].upper())]
    if after and is_place(f"{text[start:end]} {after.group(1)}"):
        return [(start, start + 1, text[start].upper()), (end + 1, end + 2, text[end + 1].upper())]
    # a short word ("ba", "nadi") only after a word that places it: "ba in economics" is a degree
    short = end - start <= 4 and not re.search(
        r"\b(?:in|at|from|near|to|around|outside) $", text[:start]
    )
    if is_place(text[start:end]) and not short:
        return [(start, start + 1, text[start].upper())]
    # "did law at mcgill", "went to unilag", "near the veluwe": a word no dictionary knows, where
    # a place or an institution goes (not after "good at": "good at kriging" is a skill)
    placed = re.search(r"(?:^|\s)(\w+ )?(?:at|from|to|near(?: the)?) $", text[:start])
    good_at = re.search(r"(\w+) at $", text[:start])  # "good at", "skilled at": a skill follows
    skilled = good_at is not None and "ADJ" in tags(good_at.group(1))
    word = text[start:end]
    if placed and not skilled and len(word) >= 5 and not tags(word) and not _plausible(word):
        return [(start, start + 1, text[start].upper())]
    return []


def _plausible(word: str) -> bool:
    """Whether an unknown word is common enough to be a word (a brand or a term of art)."""
    from afterword.review.spelling import zipf

    return zipf(word) >= 3.5


@cache
def _linter() -> Any:
    import harper

    return harper.Linter()


def tags(word: str) -> frozenset[str]:
    """The parts of speech a word can be, from the lexicon (empty when it is unknown)."""
    return _tags(word)


@cache
def _tags(word: str) -> frozenset[str]:
    return frozenset(lexicon.lemmas(word.lower()))


@cache
def lemma(word: str) -> str:
    """The plain form of a verb: "built" becomes "build"."""
    found = lexicon.lemmas(word.lower()).get("VERB")
    return found[0] if found else word.lower()


def inflect(verb: str, tag: str) -> str:
    """Put a verb in a form: VBZ "measures", VBD "measured", VBG "measuring"."""
    found = lexicon.inflection(lemma(verb), tag)
    return found[0] if found else verb


# lemminflect's rules for an unknown verb add to it ("-s", "-ed", "-ied", a doubled letter and
# "-ed", "-ing"): in these forms it is never the word itself.
_SUFFIXED = frozenset({"VBD", "VBN", "VBG", "VBZ"})


def is_form(word: str, tag: str) -> bool:
    """Whether a word is its own form under a tag: ``inflect(word, tag) == word.lower()``.

    ("cut" is its own past participle.) A word the tables do not inflect is answered without
    lemminflect's rules for unknown words when they cannot make the word itself, so an
    ordinary noun or name asked about does not load them (and numpy).
    """
    lower = word.lower()
    base = lemma(lower)
    found = lexicon.inflection(base, tag, guess=False)
    if not found:
        if base == lower and lower and tag in _SUFFIXED:
            return False
        found = lexicon.inflection(base, tag)
    return (found[0] if found else lower) == lower


def only_verb(word: str) -> bool:
    """Whether a word can only be a verb ("built", "wants"), never a noun or adjective."""
    tags = _tags(word)
    return tags == {"VERB"} or tags == {"VERB", "AUX"}


def verb_form(word: str) -> str | None:
    """Tell "built" (past), "wants" (third person), "building" (gerund) or a plain verb."""
    lower = word.lower()
    tags = _tags(lower)
    if "VERB" not in tags or (len(word) > 1 and word.isupper()):
        return None  # "LET passer": an acronym, never the verb "let"
    base = lemma(lower)
    if lower.endswith("ing") and lower != base:
        return "gerund"
    if not only_verb(lower) and not (tags == {"VERB", "ADJ"} and lower.endswith("ed")):
        return None
    if lower == base:
        return "plain"
    if lower.endswith("s") and inflect(base, "VBZ") == lower:
        return "present"
    return "past"


def singular_noun(word: str) -> bool:
    """Whether a word can be a singular common noun ("team", "focus"; not "teams")."""
    nouns = lexicon.lemmas(word.lower()).get("NOUN", ())
    return word.lower() in nouns


def can_be_verb(word: str) -> bool:
    """Whether a lowercase word can be a verb ("love", "surf", "row")."""
    return word[:1].islower() and "VERB" in _tags(word)


def past_tense(word: str) -> bool:
    """Whether a word reads as a past-tense verb ("built", "cut", "led"), not a noun."""
    tags = _tags(word)
    if "VERB" not in tags or word[:1].isupper():
        return False
    return inflect(word, "VBD") == word.lower() and (
        verb_form(word) == "past" or "NOUN" not in tags or word.lower() in IRREGULAR_PAST
    )


IRREGULAR_PAST = frozenset(
    ["cut", "set", "put", "read", "led", "ran", "built", "wrote", "drove", "grew", "won"]
)


def is_adjective(word: str) -> bool:
    """Whether a word is only an adjective or adverb ("comfortable", "fluent", "very")."""
    if word.lower().endswith("-ish"):  # "bilingual-ish": a hedged adjective
        return True
    tags = _tags(word)
    return bool(tags) and tags <= {"ADJ", "ADV"}


def has_noun(words: Iterable[str]) -> bool:
    """Whether any word can be a noun (a plural such as "counties" counts too)."""
    return any(_noun(w) for w in words)


def _noun(word: str) -> bool:
    forms = [word]
    if word.lower().endswith("ies"):
        forms.append(word[:-3] + "y")
    elif word.lower().endswith("s"):
        forms.append(word[:-1])
    return any("NOUN" in _tags(w) or "PROPN" in _tags(w) for w in forms)


def indirect_question(text: str) -> str | None:
    """Turn "how do you measure success?" into "how you measure success"."""
    text = text.rstrip("?. ").strip()
    # "what is omotenashi for you?": what it means to you
    if found := re.match(r"(?i)^what(?:'s| is) (?P<np>.+?) (?:for|to) (?P<who>you|me|them)$", text):
        return f"what {found.group('np')} means to {found.group('who')}"
    # "what if a rancher you know ships ...?": what you would do if so
    if found := re.match(r"(?i)^what if (?P<rest>.+)$", text):
        return f"what you would do if {found.group('rest')}"
    if found := WHAT_IS.match(text):
        return found.group("np")
    found = QUESTION.match(text) or NOUN_QUESTION.match(text)
    if found is None:
        return _do_question(text) or _subject_question(text)
    wh, aux, subject, rest = (found.group(k) for k in ("wh", "aux", "subject", "rest"))
    rest = rest or ""
    wh = wh[:1].lower() + wh[1:]  # "what PPE": only the wh-word loses its capital
    subject = "the team" if subject.lower() == "they" else subject
    if aux.lower() in ("do", "does", "did"):
        verb, _, tail = rest.partition(" ")
        if not verb:
            return _subject_question(text)  # "which team does the hiring": "does" is the verb
        third = subject.lower() not in ("you", "we", "i")
        tag = "VBD" if aux.lower() == "did" else ("VBZ" if third else "VB")
        rest = " ".join(w for w in (inflect(verb, tag), tail) if w)
        return f"{wh} {subject} {rest}"
    return f"{wh} {subject} {_aux_for(aux, subject)} {rest}".strip()


def _subject_question(text: str) -> str | None:
    """ "what agreements exist with ministries": the wh-word's noun is the subject; kept."""
    words = text.split()
    if len(words) < 3 or words[0].lower() not in ("what", "which", "whose"):
        return None
    verb_at = next((i for i in range(2, min(len(words), 6)) if verb_form(words[i]) in
                    ("plain", "present", "past")), None)  # fmt: skip
    inverted = re.fullmatch(AUX, words[verb_at] if verb_at else "", re.IGNORECASE) and (
        verb_at is not None and verb_at + 1 < len(words) and words[verb_at + 1].lower() in SUBJECTS
    )
    if verb_at is None or inverted:
        return None  # "what PPE do you expect": an inverted question, not a subject one
    return words[0].lower() + " " + " ".join(words[1:])


DO_QUESTION = re.compile(
    rf"^(?P<wh>{WH}(?:\s+(?:much|many|long|often))?)\s+(?P<aux>do|does|did)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


def _do_question(text: str) -> str | None:
    """ "how do designers get X" -> "how designers get X": the subject runs up to the verb."""
    found = DO_QUESTION.match(text)
    if found is None:
        return None
    words = found.group("rest").split()
    verb_at = next((i for i in range(1, len(words)) if _plain_verb_after(words, i)), None)
    if verb_at is None:
        return None
    aux = found.group("aux").lower()
    tag = {"did": "VBD", "does": "VBZ"}.get(aux, "VB")
    verb = inflect(words[verb_at], tag)
    subject, tail = words[:verb_at], words[verb_at + 1 :]
    return " ".join([found.group("wh").lower(), *subject, verb, *tail])


def _plain_verb_after(words: list[str], i: int) -> bool:
    word = words[i].lower()
    after_function_word = words[i - 1].lower() in (
        "on",
        "in",
        "at",
        "of",
        "for",
        "to",
        "the",
        "a",
        "an",
        "with",
        "by",
    )
    return can_be_verb(word) and lemma(word) == word and not after_function_word


def _aux_for(aux: str, subject: str) -> str:
    if aux.lower() in ("is", "are"):
        if subject.lower() == "i":
            return "am"
        return "are" if subject.lower() in ("you", "we", "they") else "is"
    return aux.lower()


@cache
def _analyzer():  # type: ignore[no-untyped-def]
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@cache
def sentiment(text: str) -> float:
    """How warm or cold a note reads, from -1 to 1 (VADER's compound score)."""
    return float(_analyzer().polarity_scores(text)["compound"])


@cache
def count_only(word: str) -> bool:
    """Whether a word is a singular noun that is never a mass noun ("timetable", "clinic").

    The lexicon lists a noun that can be uncountable with itself among its plurals
    ("information", "management", "council"), so those are left alone.
    """
    lower = word.lower()
    forms = lexicon.inflections(lower, "NOUN")
    return lower in forms.get("NN", ()) and lower not in forms.get("NNS", (lower,))


# "c'est", "l'équipe", "qu'il": French and Italian elision, never English.
ELIDED = re.compile(r"^(?:c|d|l|qu|j|n|s|m|t|dell|all|nell)['’]\w")


# Letters only Vietnamese writes: a word holding one is never English.
VIETNAMESE = re.compile(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]")


EAST_ASIAN_LETTER = re.compile(f"[{EAST_ASIAN}]")


@lru_cache(maxsize=2048)
def foreign_words(text: str) -> tuple[str, ...]:
    """Lower-case words of another language inside an English note ("4 ans coordinateur").

    A word English lacks and another language uses often, an elided article ("l'ancrage") or
    a word in Vietnamese letters, unless it names a place or a language ("cần thơ", "maa"):
    the note reads in English around it, but a sentence built from it would not.
    """
    from afterword.review.spelling import zipf

    words = [w.strip("'’") for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    found = []
    for at, word in enumerate(words):
        if EAST_ASIAN_LETTER.search(word):  # "total 꼰대 vibe": a word in Hangul, kana or hanzi
            found.append(word)
            continue
        if (not word.isalpha() and not ELIDED.match(word)) or not word.islower() or len(word) < 2:
            continue  # "u19", "e-money", "seniors'": not a word of another language
        if _tags(word):
            continue
        pair = [" ".join(words[i : i + 2]) for i in (at - 1, at) if 0 <= i < len(words) - 1]
        if _is_place_word(word) or any(_is_place_word(p) for p in pair):
            continue
        # "at hacettepe", "near the veluwe": a name where a place goes, left to be cased
        place = rf"\b(?:at|near|from|in|via|across)(?: the| el| la)?(?: \S+)? {re.escape(word)}\b"
        if re.search(place, text):
            continue
        strange = VIETNAMESE.search(word) or ELIDED.match(word)
        if strange or (zipf(word) < 2.0 and _abroad(word) >= 3.0):
            found.append(word)
    return tuple(found)


@cache
def _abroad(word: str) -> float:
    """How often the languages afterword knows besides English use a word (zipf)."""
    import wordfreq

    from afterword.review.spelling import OTHER_LANGUAGES

    return max(wordfreq.zipf_frequency(word, lang, "small") for lang in OTHER_LANGUAGES)


@lru_cache(maxsize=2048)
def other_language(text: str) -> bool:
    """Whether a note is written mostly in another language ("6 jaar verloskamer ervaring").

    Two or more words that English lacks and another language uses often, at least as many
    as the English words the lexicon knows: "te reo Māori + Tongan, kapa haka" stays English.
    """
    from afterword.review.spelling import zipf

    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.islower() and len(w) > 1]
    # "e-money", "cross-border": a compound of English parts, whatever the lists say of it
    unknown = [w for w in words if "-" not in w and not _tags(w)]
    if len(unknown) < 2:
        return False
    # "c'est", "ervaring": English lacks it; "une", "ans", "de": English text has them, but
    # far less often than another language does
    strange = [w for w in unknown if zipf(w) < 2.0 or (len(w) > 2 and _abroad(w) >= zipf(w) + 1.5)]
    if len(strange) < 2:
        return False
    foreign = [w for w in strange if _abroad(w) >= 3.0 or ELIDED.match(w)]
    return len(foreign) >= 2 and len(foreign) >= len([w for w in words if _tags(w)])
