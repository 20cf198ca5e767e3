"""The Englishes a note may be written in: guess one from the text, tell a variant from a slip.

"colour", "organised" and "programme" are not misspellings; they are British spellings, and
"color" is American. A word the checker rejects in the chosen English but that is the
standard spelling of another is reported at most as a warning (see AW601).
"""

from __future__ import annotations

import re

from afterword import english
from afterword.english import English

# Spellings only British-derived Englishes use (Ireland, Kenya, India, Australia too).
BRITISH_FORMS = re.compile(
    r"(?i)\b(?:(?:colo|favo|hono|behavio|labo|neighbo|rigo|humo|harbo|endeavo|flavo|vigo|rumo"
    r"|odo|splendo|cando|armo)ur\w*|\w*(?:organ|recogn|real|priorit|optim|special|summar|apolog"
    r"|minim|maxim|util|final|standard|emphas|categor|critic|modern|visual|digit|custom|author"
    r"|mobil|capital|monet|character|revolution|familiar)is(?:e|es|ed|ing|ation|ations)\b"
    r"|\w*(?:analy|paraly|cataly)s(?:e|es|ed|ing)\b|(?:cent|met|theat|fib|lit|calib|sab)re\b"
    r"|programmes?\b|\w+(?:modell|travell|cancell|labell|levell|counsell|signall)\w*"
    r"|licence|defence|offence|practis\w+|enquir\w*|judgement|learnt|whilst|amongst"
    r"|cheque|tyres?\b|aluminium|manoeuvr\w*|paediatr\w*|anaesthe\w*|oesoph\w*|haem\w*"
    r"|orthopaed\w*|catalogue\w*|dialogue\w*|fulfil(?:s|ment)?\b|enrol(?:s|ment)?\b)"
)
# Pairs of spelling patterns that differ between Englishes (British form, American form).
SWAPS = (
    ("our", "or"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("isation", "ization"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("ysing", "yzing"),
    ("re", "er"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("ence", "ense"),
    ("ogramme", "ogram"),
    ("ogrammes", "ograms"),
    ("ogue", "og"),
    ("ement", "ment"),
    ("ae", "e"),
    ("oe", "e"),
    ("tising", "ticing"),
    ("tise", "tice"),
    ("tised", "ticed"),
    ("nt", "ned"),
)
WHOLE_WORDS = {"enquiry": "inquiry", "enquiries": "inquiries", "grey": "gray", "cheque": "check"}


def harper_name(setting: str | None, zone: str | None, text: str) -> str:
    """Return Harper's name for the English to check in: set, else the zone's, else the text's."""
    chosen = english.parse(setting) or english.from_timezone(zone) or guess(text)
    return english.HARPER_NAMES[chosen]


def guess(text: str) -> English:
    """Return the English a text seems written in: British spellings say en-GB, else en-US."""
    return "en-GB" if BRITISH_FORMS.search(text) else "en-US"


def counterparts(word: str) -> set[str]:
    """Return the spellings of ``word`` in the other Englishes ("colour" -> {"color"})."""
    lower = word.casefold()
    found = {b for a, b in WHOLE_WORDS.items() if a == lower}
    found |= {a for a, b in WHOLE_WORDS.items() if b == lower}
    for british, american in SWAPS:
        for a, b in ((british, american), (american, british)):
            found |= _swapped(lower, a, b)
    return found - {lower}


def _swapped(word: str, old: str, new: str) -> set[str]:
    """Return ``word`` with each occurrence (one at a time) of ``old`` replaced by ``new``."""
    starts = [m.start() for m in re.finditer(f"(?={re.escape(old)})", word)]
    return {word[:i] + new + word[i + len(old) :] for i in starts}


def is_variant(word: str) -> bool:
    """Whether ``word`` is a common spelling whose other-English form is common too."""
    from afterword.review.spelling import zipf

    if zipf(word) < 2.5:
        return False
    return any(zipf(other) >= 2.5 for other in counterparts(word))
