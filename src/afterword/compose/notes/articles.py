"""Articles for bare noun phrases jotted without one: "risk management framework"."""

from __future__ import annotations

from afterword.compose.notes import shape

BREAKS = (
    "on", "of", "for", "to", "in", "with", "off", "from", "at", "between", "and", "by", "as",
    "every", "each", "this", "next", "last", "versus",
)  # fmt: skip
RELATIVES = ("that", "which", "who", "where")
SUBJECTS = ("I", "we", "you", "they")  # "the process I set up": a relative clause without "that"
NO_ARTICLE = ("my", "our", "your", "their", "his", "her", "its", "a", "an", "the", "this", "that")


def with_article(text: str) -> str:
    """Put "the" before a bare singular noun phrase: "risk management framework"."""
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
        len(words) < 2
        or not words[0].islower()
        or words[0] in NO_ARTICLE + BREAKS + PARTICLES + QUANTIFIERS
    ):
        return text
    if _gerund_then_bare_noun(words):  # "prioritising roadmap with ..."
        return " ".join([words[0], "the", *words[1:]])
    if words[0][:1].isdigit() or words[1][:1].isdigit() or not _can_open(words[0], words[1]):
        return text
    if words[1] in ("is", "was", "has", "will"):
        return "the " + text if shape.singular_noun(words[0]) else text
    # "onboarding redesign that lifted ...", "audit I led on ...": the head is before them
    stops = BREAKS + RELATIVES + SUBJECTS
    head = next((i for i, w in enumerate(words) if w in stops), len(words)) - 1
    if head < 0 or not _singular_head(words[head].strip(",")):
        return text
    if head + 1 < len(words) and words[head + 1] == "versus":
        return text  # "lithium versus lead-acid": two things compared, no article
    if head == 0 and (head + 1 >= len(words) or words[1] in ("and", "as")):
        return text
    return "the " + text


FUNCTION = ("than", "into", "onto", "about", "across", "without", "within", "via", "per", "so")
PARTICLES = ("out", "up", "over", "down", "into", "through", "not", "no", "some", "any", "all")
# Quantifiers open a noun phrase of their own: "both from Chennai" never takes "the".
QUANTIFIERS = ("both", "each", "either", "neither", "several", "many", "few", "most", "much")


def _acronym_then_noun(words: list[str]) -> bool:
    """ "CPD budget", "QA process": an acronym, then one lowercase singular noun that ends it."""
    return (
        (len(words) == 2 or (len(words) > 2 and words[2] in RELATIVES + SUBJECTS))
        and words[0].replace("&", "").isalpha()
        and words[0].isupper()
        and 2 <= len(words[0]) <= 6
        and words[1].isalpha()
        and words[1].islower()
        and _singular_head(words[1])
        and "NOUN" in shape.tags(words[1])
    )


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


def _singular_head(word: str) -> bool:
    if word.endswith("ing"):
        return False
    if shape.tags(word):
        return shape.singular_noun(word)
    return word.islower() and not word.endswith(("s", "ed", "ly"))
