"""Turn notes however they were jotted into phrases that read well inside a sentence.

Notes arrive as fragments ("on-call load"), full sentences ("We talked about on-call."),
lead-ins ("discussed X"), odd capitals ("DATA CONTRACTS") and third person about the very
person the note goes to ("her plan to ..."). These helpers tidy the text; how a note is
read and which sentences it may go into is ``afterword.compose.notes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from afterword.compose.words import (
    ADVERBS,
    COMMON_WORDS,
    FUNCTION_WORDS,
    IRREGULAR_VERBS,
    words_of,
)
from afterword.interview.names import PersonName

# Conversational lead-ins that add nothing once the note sits in "our conversation about ...".
LEAD_IN = re.compile(
    r"^(?:(?:we|i|she|he|they)\s+(?:also\s+|briefly\s+|mostly\s+)?"
    r"(?:talked|spoke|chatted|discussed|covered|went over|got into|dug into|touched on)"
    r"(?:\s+(?:for\s+a\s+(?:long\s+)?(?:while|time)|at\s+length|quite\s+a\s+bit|a\s+lot|"
    r"a\s+bit|briefly|mostly|mainly))?"
    r"(?:\s+(?:about|over|through|on))?"
    r"|(?:also\s+)?(?:discussed|discussing|talked about|talking about|chatted about|spoke about|"
    r"covered|touched on|went over|conversation (?:about|on|around)|discussion (?:of|about|on)|"
    r"chat about|talk about|re|topic|topics)\s*:?)\s+",
    re.IGNORECASE,
)
TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’]+(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’]+)*|\s+|[^\sA-Za-z]")
SUBJECTS = {"she": "you", "he": "you", "they": "you"}
REFLEXIVE = {
    "herself": "yourself",
    "himself": "yourself",
    "themselves": "yourselves",
    "themself": "yourself",
}
CLAUSE = re.compile(
    r"^(?:(?:the|their|your|our|this|that|a|an|its|my)\s+)?(?:(?!that\b)[\w'’-]+\s+){0,3}?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should)\s",
    re.IGNORECASE,
)


def squash(text: str) -> str:
    """Collapse whitespace and strip trailing sentence punctuation."""
    text = " ".join(text.split())
    return text.rstrip(" .;,:!").strip()


def strip_lead_in(text: str) -> str:
    """Remove "we talked about", "discussed" and the like from the start of a note."""
    previous = None
    while previous != text:
        previous = text
        text = LEAD_IN.sub("", text, count=1)
    return text


def is_acronym(word: str) -> bool:
    """Whether a word looks like an acronym or a product name that must keep its case."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    if len(letters) >= 2 and letters.isupper():
        return True
    return any(c.isupper() for c in letters[1:]) and not letters.isupper()


def _shouting(words: Sequence[str]) -> bool:
    letters = [w for w in words if re.search(r"[A-Za-z]{3,}", w)]
    return len(letters) >= 2 and all(re.sub(r"[^A-Za-z]", "", w).isupper() for w in letters)


def _title_cased(words: Sequence[str]) -> bool:
    long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    capped = [w for w in long_words if w[:1].isupper() and not is_acronym(w)]
    return len(capped) >= 3 and len(capped) >= 0.6 * len(long_words)


def _all_common(words: Sequence[str], protected: set[str]) -> bool:
    """Whether every capitalized word is ordinary; otherwise the note is probably a name."""
    capped = [w.strip("'’,") for w in words if w[:1].isupper() and not is_acronym(w)]
    return all(w not in protected and w.lower() in COMMON_WORDS for w in capped)


def _lower_if_common(word: str, protected: set[str]) -> str:
    core = word.strip("'’")
    if core in protected or core.lower() not in COMMON_WORDS:
        return word
    return word.lower()


def fix_case(text: str, protected: Iterable[str] = ()) -> str:
    """Lowercase ordinary words in shouted or title-cased notes; keep names and acronyms."""
    keep = set(protected)
    words = text.split(" ")
    if _shouting(words):
        words = [_unshout(w, keep) for w in words]
    elif _title_cased(words) and _all_common(words, keep):
        words = [w if is_acronym(w) else _lower_if_common(w, keep) for w in words]
    elif words and words[0] and not is_acronym(words[0]):
        words[0] = _lower_if_common(words[0], keep)
    return " ".join(words)


def _unshout(word: str, protected: set[str]) -> str:
    letters = re.sub(r"[^A-Za-z]", "", word)
    if word in protected or (len(letters) <= 4 and letters.lower() not in COMMON_WORDS):
        return word
    return word.lower()


def name_forms(person: PersonName) -> list[str]:
    """Every way a note might name its recipient, longest first."""
    forms = {person.full, person.plain, person.formal}
    forms.update(t for t in (person.first, person.last) if t)
    return sorted((f for f in forms if f), key=len, reverse=True)


def _replace_names(text: str, person: PersonName | None) -> str:
    if person is None:
        return text
    for form in name_forms(person):
        escaped = _TITLE_BEFORE + re.escape(form)  # "nan juana weaves": the title goes too
        text = re.sub(rf"(?<![\w-]){escaped}['’]s\b", "your", text)
        text = re.sub(rf"(?<![\w-]){escaped}(?![\w-])", "you", text)
    return text


def _title_before() -> str:
    from afterword.interview.name_data import ADDRESS

    titles = sorted({*ADDRESS, "nan", "tata", "don", "doña"}, key=len, reverse=True)
    return r"(?:(?i:" + "|".join(re.escape(t) for t in titles) + r")\.?\s+)?"


_TITLE_BEFORE = _title_before()


def _plain_verb(word: str) -> str:
    lower = word.lower()
    if lower in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|zz)es$", lower):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return word[:-1]
    return word


def _next_word(tokens: list[str], index: int) -> str | None:
    for token in tokens[index + 1 :]:
        if token.isspace():
            continue
        return token if token[:1].isalpha() else None
    return None


def _agree(tokens: list[str], index: int) -> None:
    """Make the verb after a new "you" agree with it ("you says" -> "you say")."""
    for position in range(index + 1, len(tokens)):
        token = tokens[position]
        if token.isspace():
            continue
        if token.lower() in ADVERBS:
            continue
        if token[:1].isalpha():
            tokens[position] = _plain_verb(token)
        return


def _pronoun(tokens: list[str], index: int, subjects_changed: list[int]) -> str:
    word = tokens[index]
    lower = word.lower().replace("’", "'")
    if lower in SUBJECTS:
        subjects_changed.append(index)
        return "you"
    if lower in ("she's", "he's"):
        after = (_next_word(tokens, index) or "").lower()
        return "you've" if after in ("been", "got", "done", "seen", "built") else "you're"
    if lower in ("they're", "they've"):
        return "you" + lower[4:]
    if lower in REFLEXIVE:
        return REFLEXIVE[lower]
    following = _next_word(tokens, index)
    object_position = following is None or following.lower() in FUNCTION_WORDS
    if lower in ("her", "his", "their"):
        if lower == "his" and object_position:
            return "yours"
        return "you" if lower == "her" and object_position else "your"
    if lower in ("him", "them"):
        return "you"
    if lower in ("hers", "theirs"):
        return "yours"
    return word


def _their_is_yours(text: str) -> bool:
    """ "critiqued their onboarding flow": a "their" with no plural before it to point back to
    is the recipient's team ("students film their practice" keeps its "their")."""
    found = re.search(r"\b(?:they|them|their)\b", text, re.IGNORECASE)
    if found is None or found.group().lower() != "their":
        return False
    before = re.findall(r"[A-Za-z][\w'-]*", text[: found.start()])
    return not any(_antecedent(w.lower()) for w in before)


def _antecedent(word: str) -> bool:
    """Whether a word may be what a later "their" points back to: a plural, or "a person"."""
    plural = word.endswith("s") and not word.endswith(("'s", "ss", "us", "is")) and len(word) > 3
    return plural or word in ANTECEDENTS


ANTECEDENTS = words_of(
    "people children staff men women both all a an each every any someone anyone everyone"
)


OPENS_WITH_THEY = r"\s*(?:(?:how|why|what|where|when|whether)\s+)?(?:they|their)\b"
PLURAL = frozenset(
    {"they", "them", "their", "theirs", "themselves", "themself", "they're", "they've"}
)
PRONOUNS = {
    "she",
    "he",
    "they",
    "she's",
    "he's",
    "they're",
    "they've",
    "her",
    "his",
    "their",
    "him",
    "them",
    "hers",
    "theirs",
    *REFLEXIVE,
}


def second_person(text: str, person: PersonName | None = None) -> str:
    """Address the recipient: "her plan" -> "your plan", "she said" -> "you said"."""
    text = _replace_names(text, person)
    tokens = TOKEN.findall(text)
    changed: list[int] = []
    # The recipient is one person: "they", "them" and "their" name the recipient only when
    # the note opens with them ("they want ..."); elsewhere they are someone else ("students
    # film their practice", "she writes them herself").
    plural_too = bool(re.match(OPENS_WITH_THEY, text, re.IGNORECASE)) or _their_is_yours(text)
    someone_else = False  # "a CEO his risk register": after another person, "his" is theirs
    for index, token in enumerate(tokens):
        lower = token.lower().replace("’", "'")
        if _names_another(tokens, index):
            someone_else = True
        if lower in PLURAL and not plural_too:
            continue
        if lower in PRONOUNS and someone_else and lower in THIRD_SINGULAR:
            continue
        if lower in PRONOUNS:
            tokens[index] = _keep_capital(token, _pronoun(tokens, index, changed))
        elif token == "you" and _came_from_name(text, tokens, index):
            changed.append(index)
    for index in changed:
        _agree(tokens, index)
    return "".join(tokens)


THIRD_SINGULAR = frozenset(["he", "him", "his", "she", "her", "hers", "himself", "herself"])
# "the farmer … his own lot", "a CEO his risk register": a person named after the recipient
ANOTHER = re.compile(
    r"(?i)^(?:ceo|cfo|coo|boss|child|kid|patient|client|customer|student|parent|person|"
    r"candidate|colleague|girl|boy|woman|man|adult|pupil|resident|family|guest|visitor|athlete|"
    r"volunteer|\w+(?:er|or|ist|ian))$"
)


def _names_another(tokens: list[str], index: int) -> bool:
    """Whether the token is a person's noun after "a", "an", "the" or "each"."""
    if not ANOTHER.match(tokens[index]) or tokens[index].lower() in ("her", "other", "either"):
        return False
    before = _previous_word(tokens, index)
    return before is not None and before.lower() in ("a", "an", "the", "each", "every")


def _previous_word(tokens: list[str], index: int) -> str | None:
    for token in reversed(tokens[:index]):
        if token.isspace():
            continue
        return token if token[:1].isalpha() else None
    return None


SUBJECT_AFTER = {
    "how",
    "why",
    "what",
    "when",
    "where",
    "whether",
    "that",
    "and",
    "but",
    "because",
    "so",
    "while",
    "if",
    "said",
    "says",
}


def _came_from_name(text: str, tokens: list[str], index: int) -> bool:
    """A name replaced by "you" acts as a subject ("how Ana structures" -> "how you structure")."""
    del text
    previous = _previous_word(tokens, index)
    following = _next_word(tokens, index)
    if previous is not None and previous.lower() not in SUBJECT_AFTER:
        return False
    return (
        following is not None
        and following.islower()
        and following.endswith("s")
        and not following.endswith("ss")
        and following not in FUNCTION_WORDS
    )


def _keep_capital(original: str, replacement: str) -> str:
    if original[:1].isupper() and original.lower() not in ("i",):
        return replacement[:1].upper() + replacement[1:]
    return replacement


def join_list(items: Sequence[str], conjunction: str = "and") -> str:
    """Join items naturally: "A", "A and B", "A, B and C"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def shorten(text: str, limit: int = 22) -> str:
    """Keep a long rambling note to its first clause, at most ``limit`` words."""
    words = text.split()
    if len(words) <= limit:
        return text
    for cut in CUTS:
        head = re.split(cut, text, maxsplit=1)[0].strip()
        if 3 <= len(head.split()) <= limit:
            return squash(head)
    for cut in CUTS:  # cut again inside a first clause that is still too long
        head = re.split(cut, text, maxsplit=1)[0].strip()
        if len(head.split()) > limit and head != text:
            return shorten(head, limit)
    return squash(" ".join(words[:limit]).rstrip(",;:"))


# Where a long note can end: clause boundaries, strongest first.
CUTS = (
    r";",
    r"\s[-–—]\s",
    r",\s(?:and|but|so|which|since|because)\s",
    r"\s(?:because|since|so that|although|whereas|while)\s",
    r",",
    r"\s(?:and|but|so)\s",
)


def sentence(text: str) -> str:
    """Capitalize the first letter and end with a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    # "a 1860s Walcker", "a 8-hour shift": a figure said with a vowel sound takes "an"
    text = re.sub(r"\b([Aa]) (?=(?:8|11|18)(?:\d\d)?(?!\d)|8\d*\b)", r"\1n ", text)
    # A company ending in "Co." must not leave "Co.." at the end of a sentence.
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    return text if text[-1] in ".?!" else text + "."
