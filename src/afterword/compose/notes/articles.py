"""Articles for bare noun phrases jotted without one: "risk management framework"."""

from __future__ import annotations

import re

from afterword.compose.notes import shape

BREAKS = (
    "on", "of", "for", "to", "in", "with", "off", "from", "at", "between", "and", "by", "as",
    "every", "each", "this", "next", "last", "versus",
)  # fmt: skip
RELATIVES = ("that", "which", "who", "where")
SUBJECTS = ("I", "we", "you", "they")  # "the process I set up": a relative clause without "that"
NO_ARTICLE = ("my", "our", "your", "their", "his", "her", "its", "a", "an", "the", "this", "that")


def with_article(text: str, general: bool = False) -> str:
    """Put "the" before a bare singular noun phrase: "risk management framework".

    In a short list, an item the first one's article does not cover gets its own: "sponsor
    KPIs and the content calendar".
    """
    whole = _with_article(text, general)
    items = LIST_SPLIT.split(text)
    if whole != text or len(items) < 2 or any(len(i.split()) > 4 for i in items):
        return whole
    first = _with_article(items[0])
    if first != items[0]:
        return whole
    joins = LIST_SPLIT.findall(text)
    out = [first]
    for join, item in zip(joins, items[1:], strict=True):
        counts = item.split()[-1].islower() and shape.count_only(item.split()[-1])
        out += [join, _with_article(item) if counts else item]  # not "the patient safety"
    return "".join(out)


LIST_SPLIT = re.compile(r", (?:and |or )?| and | or ")


def _with_article(text: str, general: bool = False) -> str:
    """``general``: a saying ("trust is the collateral"), where a noun without an article
    is meant in general; else a fact about the place ("territory is NSW": the territory)."""
    words = text.split()
    if _acronym_then_noun(words):  # "CPD budget": an acronym naming a kind of budget
        return "the " + text
    relative = next((i for i, w in enumerate(words) if w in SUBJECTS), 0)
    if (
        relative > 1
        and words[0].replace("&", "").isupper()
        and words[relative - 1].islower()
        and _singular_head(words[relative - 1])
    ):  # "USMCA rules of origin audit I ran": the audit
        return "the " + text
    if (
        relative > 1
        and relative + 1 < len(words)
        and all(w.islower() and w.isalpha() for w in words[:relative])
        and words[0] not in NO_ARTICLE + BREAKS + QUANTIFIERS
        and shape.past_tense(words[relative + 1])
        and "NOUN" in shape.tags(words[relative - 1].rstrip("s"))
    ):  # "parents outreach evenings I ran": the ones I ran
        return "the " + text
    if _name_then_noun(words):  # "Esna lock story", "London office": the story, the office
        return "the " + text
    if len(words) == 1 and words[0].isalpha() and words[0].islower():
        return f"the {text}" if shape.count_only(words[0]) else text  # "timetable"
    if (
        len(words) < 2
        or not words[0].islower()
        or words[0] in NO_ARTICLE + BREAKS + PARTICLES + QUANTIFIERS
    ):
        return text
    if _gerund_then_bare_noun(words):  # "prioritising roadmap with ..."
        return " ".join([words[0], "the", *words[1:]])
    if words[0][:1].isdigit() or words[1][:1].isdigit() or not _can_open(words[0], words[1]):
        return text
    # "willingness to travel", "attention to QC": the head comes before its preposition, and
    # a matter in general takes no article ("migration to cloud" stays as it is)
    of = next((i for i, w in enumerate(words) if i and w in HEAD_ENDS), None)
    if of is not None and all(w.islower() for w in words[:of]) and _quantity(words[of - 1]):
        return text
    verb = next((i for i, w in enumerate(words) if i and _finite(words, i)), 0)
    if verb:  # "budget is tight": the budget; "trust is the collateral", "science should": none
        subject = words[verb - 1]
        one = verb == 1 or all(_can_open(w, subject) for w in words[: verb - 1])
        counted = shape.count_only(subject) if general else shape.singular_noun(subject)
        definite = counted or _specific_plural(words[:verb])
        return "the " + text if one and definite and "NOUN" in shape.tags(subject) else text
    # "onboarding redesign that lifted ...", "audit I led on ...": the head is before them
    stops = BREAKS + RELATIVES + SUBJECTS
    head = next((i for i, w in enumerate(words) if w in stops), len(words)) - 1

    if head < 0 or not _singular_head(words[head].strip(",")):
        return text
    if head + 1 < len(words) and words[head + 1] == "versus":
        # "lithium versus lead-acid": two things compared; "dose versus throughput tradeoff":
        # the tradeoff between them, one thing
        after = words[head + 2 :]
        one = len(after) >= 2 and after[-1].islower() and _noun_compound_head(after[-1])
        return "the " + text if one else text
    if head == 0 and (head + 1 >= len(words) or words[1] in ("and", "as")):
        return text
    if not general and head == len(words) - 1 and _quantity(words[head].strip(",")):
        return text  # "volunteer retention", "data migration": a matter, not one thing
    return "the " + text


def _name_then_noun(words: list[str]) -> bool:
    """A name, then lower-case nouns to a countable singular head: "Melinka site visit"."""
    if len(words) < 2 or not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'-]+", words[0]):
        return False
    stops = BREAKS + RELATIVES + SUBJECTS + ("and", "or", "with", "for", "of", "on", "at", "in")
    run = []
    for word in words[1:]:
        if word in stops:
            break
        run.append(word)
    if not run or not all(w.isalpha() and w.islower() for w in run) or len(run) > 3:
        return False
    if any(shape.verb_form(w) for w in run) or any("NOUN" not in shape.tags(w) for w in run):
        return False
    return _singular_head(run[-1]) and not _quantity(run[-1])


def _quantity(head: str) -> bool:
    """A head noun that names a matter in general, taken without "the": "retention",
    "attrition" (Harper's dictionary counts it as a mass noun)."""
    from afterword.review.proofread import harper_nouns

    return head.endswith(ABSTRACT_HEADS) or harper_nouns().get(head) == "mass"


ABSTRACT_HEADS = ("tion", "sion", "ity", "ance", "ence", "ness", "ism", "cy", "ment", "ysis")
# Prepositions that end a noun phrase's head: "attention to QC", "communication with farmers".
HEAD_ENDS = ("to", "of", "with", "for", "on", "about", "towards", "toward")


# A finite verb ends the subject: the article is judged by the subject's head.
FINITE = ("is", "was", "has", "will", "are", "were", "have", "had", "should", "could", "would",
          "must", "can", "may", "might", "shall", "does", "did")  # fmt: skip
FUNCTION = ("than", "into", "onto", "about", "across", "without", "within", "via", "per", "so")
PARTICLES = ("out", "up", "over", "down", "into", "through", "not", "no", "some", "any", "all")
# Quantifiers open a noun phrase of their own: "both from Chennai" never takes "the".
QUANTIFIERS = ("both", "each", "either", "neither", "several", "many", "few", "most", "much")


def _acronym_then_noun(words: list[str]) -> bool:
    """ "CPD budget", "QA process": an acronym, then one lowercase singular noun that ends it."""
    if (
        len(words) > 2
        and words[0].isupper()
        and words[1].isupper()
        and words[2].islower()
        and shape.count_only(words[2])
        and (len(words) == 3 or words[3] in ("and", *BREAKS, *RELATIVES))
    ):
        return True  # "UAE IA standard and NESA controls": a standard, named by two acronyms
    return (
        (len(words) == 2 or (len(words) > 2 and words[2] in RELATIVES + SUBJECTS))
        and words[0].replace("&", "").isalpha()
        and words[0].isupper()
        and 2 <= len(words[0]) <= 6
        and words[1].isalpha()
        and words[1].islower()
        and _singular_head(words[1])
        and not (len(words) == 2 and _quantity(words[1]))  # "IFU compliance": a practice
        and ("NOUN" in shape.tags(words[1]) or not shape.tags(words[1]))
    )  # "CMMS rollout": a word the lexicon lacks, not plural, is a noun here


def _gerund_then_bare_noun(words: list[str]) -> bool:
    """A gerund whose object is a bare word the lexicon lacks (a likely singular noun)."""
    first, second = words[0], words[1]
    return (
        first.endswith("ing")
        and shape.tags(first) == {"VERB"}
        and second.isalpha()
        and second.islower()
        and second not in BREAKS + NO_ARTICLE + PARTICLES + FUNCTION
        and not shape.tags(second)
        and not second.endswith(("s", "ed", "ly", "ing"))
    )


def _can_open(word: str, following: str) -> bool:
    """Whether a word can open a noun phrase: a noun, an adjective or a word the lexicon lacks."""
    tags = shape.tags(word)
    if word.endswith("ing"):
        noun_first = "NOUN" in tags and shape.singular_noun(following)
        return (not tags or noun_first) and following not in NO_ARTICLE
    if word in ("how", "why", "what", "where", "when", "which", "who", "whether"):
        return False
    return not shape.verb_form(word) and (not tags or bool(tags & {"NOUN", "ADJ"}))


def _finite(words: list[str], i: int) -> bool:
    """A verb that ends a subject: "is", "don't", "builds" after a noun, "matter" after a plural."""
    word, before = words[i], words[i - 1]
    after = words[i + 1] if i + 1 < len(words) else ""
    if any(w in BREAKS or "'" in w for w in words[:i]):
        return False  # "turnaround on agency briefs": the subject would hold a preposition
    if word in FINITE or word.endswith("n't"):
        return True
    if (
        not word.islower()
        or "VERB" not in shape.tags(word)
        or "NOUN" not in shape.tags(before)
        or after in (*FINITE, "and", "or", "of")
        or (after and "VERB" in shape.tags(after) and "NOUN" not in shape.tags(after))
    ):
        return False
    if word.endswith("s"):  # "field work builds trust", "new roster starts in May"
        plain_next = (
            after.islower()
            and shape.can_be_verb(after)
            and shape.lemma(after) == after
            and not after.endswith("s")
        )
        when = shape.lemma(word) in ("start", "begin", "end", "open", "close", "launch", "go")
        if (plain_next or not after or (after in BREAKS and not when)) and "NOUN" in shape.tags(
            word
        ):
            # "school programs reach ...", "diary studies with 40 participants": a plural
            return False
        return shape.inflect(shape.lemma(word), "VBZ") == word
    plural = before.endswith("s") and shape.singular_noun(before[:-1])
    return plural and not word.endswith(("ing", "ed"))  # "calm hands matter more"


def _specific_plural(subject: list[str]) -> bool:
    """ "school programs": a plural named by a noun before it is that one set ("the school
    programs reach ..."); "calm hands", "passengers" are meant in general."""
    return (
        len(subject) >= 2
        and subject[-1].endswith("s")
        and all(w.islower() for w in subject)
        and shape.tags(subject[0]) == {"NOUN"} | (shape.tags(subject[0]) & {"VERB"})
        and "ADJ" not in shape.tags(subject[0])
    )


def _noun_compound_head(word: str) -> bool:
    """ "tradeoff", "decision": a head noun that counts (or one the lexicon lacks, not plural)."""
    return shape.count_only(word) or (not shape.tags(word) and not word.endswith("s"))


def _singular_head(word: str) -> bool:
    if word.endswith("ing"):
        return False
    if shape.tags(word):
        return shape.singular_noun(word)
    return word.islower() and not word.endswith(("s", "ed", "ly"))


# After these a bare singular noun phrase lost its article in the jotting ("w/ new system").
BEFORE_THE = ("with", "at", "about", "on", "through", "from", "into", "for", "in", "to", "via")
# Heads that stand bare in set phrases: "in peak season", "at ward level", "on night shift".
SET_PHRASE_HEADS = (
    "season", "shift", "level", "school", "site", "notice", "course", "glance", "call", "duty",
    "part", "time", "hand", "board", "campus", "record", "track", "demand", "request", "stage",
    "year", "week", "month", "day", "night", "term", "contract", "basis", "scale", "standby",
)  # fmt: skip
NP_STOPS = frozenset(
    BREAKS + RELATIVES + FUNCTION + PARTICLES + QUANTIFIERS + NO_ARTICLE
    + ("is", "are", "was", "were", "be", "and", "or", "but", "not", "vs", "vs.")
)  # fmt: skip


def inner_articles(text: str) -> str:
    """Put back the article shorthand dropped inside a phrase: "at the Linköping clinic".

    Only after a preposition, before a noun phrase of at least two words whose head is a
    lowercase singular noun that is never a mass noun ("with new system", "on CBTC corridor";
    not "with machine learning", "in peak season"), or one such noun after "about" ("about
    timetable"). After "as", a job: "3 years as a 911 call-taker".
    """
    if '"' in text or "“" in text:
        return text  # someone's own words stay as they were said
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        out.append(word)
        i += 1
        lead = word.lower()
        if lead in DEGREE_VERBS and i < len(words) and DEGREE.match(words[i]):
            out.append(_a_or_an_word(words[i]))  # "we both did an MSc at Sokoine"
            continue
        if lead not in (*BEFORE_THE, "as", *CHANGED, *MADE) or i >= len(words):
            continue
        end = i
        while end < len(words) and _in_bare_phrase(words[end], first=end == i):
            end += 1
            if words[end - 1][-1:] in ",;:)":
                break
        span = [w.rstrip(",;:)") for w in words[i:end]]
        closed = (
            end == len(words)
            or words[end - 1][-1:] in ",;:)"
            or (words[end].lower() in NP_STOPS and words[end].lower() != "of")
            or words[end][:1] in "(–—-"  # "by-the-glass program (margin 18% higher)"
        )  # "about wild ferments": a phrase that stops at a verb form was cut in the middle
        if not span or not closed:
            continue  # "as head of design": a title
        if lead == "with" and len(span) == 1 and _one_of_a_kind(span[0], words[end:]):
            out.append(_a_or_an_word(span[0]))  # "drive the truck with a trailer (C+E)"
            continue
        if _takes_article(lead, span):
            # "as a call-taker", "built a dashboard", "with a better roster"
            indefinite = lead == "as" or lead in MADE or _comparative(span[0])
            out.append(_a_or_an_word(span[0]) if indefinite else "the")
    return " ".join(out)


def _one_of_a_kind(noun: str, after: list[str]) -> bool:
    """ "with trailer (C+E)": a lone count noun, then what kind in brackets, takes "a"."""
    return (
        noun.islower()
        and noun not in SET_PHRASE_HEADS
        and shape.count_only(noun)
        and bool(after)
        and after[0].startswith("(")
    )  # "went live with timetable" is left to the checker: "a" or "the" is a guess


def _in_bare_phrase(word: str, first: bool) -> bool:
    bare = word.rstrip(",;:)")
    if not bare or bare.lower() in NP_STOPS or "'" in bare or "’" in bare:
        return False
    if bare[:1].isdigit():
        return bare.isalnum()  # "911 call-taker", "PW150 engine"; a bare count is judged later
    if not bare[:1].isalpha():
        return False
    if bare.islower():  # "natural indigo dyeing co-op": an -ing word inside names a kind
        form = shape.verb_form(bare)
        participle = "VERB" in shape.tags(bare) and shape.inflect(bare, "VBN") == bare
        if participle and not first:
            return False  # "maps read by 1M people": the phrase ended before "read"
        return form not in ("past", "present")  # "plucking cycle": a gerund naming a kind
    return True  # a name or an acronym used as a modifier: "Linköping clinic", "CBTC corridor"


def _takes_article(lead: str, span: list[str]) -> bool:
    head = span[-1]
    if not head.islower() or head in SET_PHRASE_HEADS or head.endswith(("ing", "s")):
        return False
    if span[0].lower() in NO_ARTICLE or (lead == "to" and shape.can_be_verb(span[0])):
        return False  # "your tip to learn French plant vocabulary": a verb after "to"
    first = span[0].lower()
    if first in NUMBERS or first in ("more", "less", "fewer"):
        return False
    if lead in CHANGED + MADE and len(span) < 2:
        return False  # "led team of 5", "built dashboards": too little to tell
    if re.fullmatch(r"(?:19|20)\d\d", span[0]) and len(span) >= 2 and lead != "as":
        return shape.count_only(head)  # "after the 2021 flood", "since the 2019 merger"
    if span[0].isdigit() and (lead != "as" or len(span) < 2):
        return False  # "with 2 engineers", "in 2024": a count or a year takes none
    if lead == "as":  # a job many people hold: "as a 911 call-taker", not "as head"
        role = shape.count_only(head) or (
            not shape.tags(head) and head.endswith(("er", "or", "ist", "ian", "ant"))
        )
        # "as consultant": one word will do for a job many hold, not for "as head" or "chair"
        many = head.endswith(("ant", "ist", "ian")) and "NOUN" in shape.tags(head)
        return role and (len(span) >= 2 or many)
    if span[0].lower() in DEFINITE and len(span) >= 2 and shape.singular_noun(head):
        return True  # "with new system", "on current software": that one, whatever the noun
    if not shape.count_only(head) or head.endswith(ABSTRACT):
        return False  # "work on model evaluation", "a case on hotel capacity": the thing in general
    return len(span) >= 2 or lead == "about"


ABSTRACT = ("tion", "sion", "ity", "ance", "ence", "ness", "sis", "ism", "cy")


NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# After a verb of changing something, the thing is one already there: "cut the wait list".
CHANGED = ("reduced", "cut", "improved", "shortened", "halved", "doubled", "streamlined",
           "redesigned", "rebuilt", "restructured", "overhauled", "automated", "digitised",
           "digitized", "migrated")  # fmt: skip
# After a verb of making something, the thing is new: "built a data pipeline".
MADE = ("built", "created", "designed", "developed", "wrote", "launched", "founded", "started")

DEGREE_VERBS = ("did", "doing", "completed", "finished", "hold", "holds", "earned", "got")
DEGREE = re.compile(r"(?:PhD|DPhil|MSc|MA|MBA|MPH|MEng|BSc|BA|BEng|LLB|LLM|MPhil|MRes)\b")


# Adjectives that make a noun phrase definite: "went live with (the) new system".
DEFINITE = ("new", "old", "current", "existing", "previous", "same", "whole", "entire", "main")


def _comparative(word: str) -> bool:
    """ "better", "newer", "larger": one of a kind the writer compares, so "a", not "the"."""
    lower = word.lower()
    base = shape.lexicon.lemmas(lower).get("ADJ", (lower,))[0]
    return (
        lower.endswith("er")
        and base != lower
        and "ADJ" in shape.tags(lower)
        and lower not in WHICH_ONE
    )  # fmt: skip  "tender" is no comparative


# Comparatives that pick out one part of what is there: "on the older fleet", "the upper deck".
WHICH_ONE = ("older", "newer", "earlier", "later", "upper", "lower", "inner", "outer", "former",
             "latter", "other")  # fmt: skip


def _a_or_an_word(word: str) -> str:
    spoken_vowel = word[:1] == "8" or re.match(r"1[18](?:\D|$|\d\d\d(?!\d))", word)
    vowel = (
        bool(spoken_vowel)
        or word[:1].lower() in "aeiou"
        or (
            (word.isupper() or bool(DEGREE.match(word)))  # letters read one by one: "an MSc"
            and word[:1] in "AEFHILMNORSX"
        )
    )
    return "an" if vowel else "a"
