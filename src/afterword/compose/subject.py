"""Subject lines under 60 characters that always name the role."""

from __future__ import annotations

import re

from afterword.compose import banks
from afterword.compose.notes.shape import repair_case
from afterword.compose.picker import Picker
from afterword.compose.words import EAST_ASIAN
from afterword.kinds import MessageKind

LIMIT = 59


def short_role(role: str) -> str:
    """Drop a parenthetical, a team after a dash or comma, and a req number."""
    role = re.sub(r"\s*\([^)]*\)", "", role)
    bilingual = re.split(r"\s+/\s+", role, maxsplit=1)
    if len(bilingual) == 2 and _english_share(bilingual[1]) > _english_share(bilingual[0]):
        # "Gæðastjóri / Quality Lead, Fish Processing": the title in English, for the subject
        return short_role(bilingual[1])
    if len(bilingual) == 2:  # "Steinmetz / Steinbildhauer": two names of one trade, the first
        return short_role(bilingual[0])
    head, *tail = re.split(r"\s+[-–—|/]\s+|,\s*", role, maxsplit=1)
    # "Manager, Enterprise Risk Consulting": one word alone names no role; put it last
    role = f"{tail[0]} {head}" if tail and len(head.split()) == 1 and tail[0] else head
    role = re.sub(r"\s*#?\b(?:req|r)?\d{3,}\b.*$", "", role, flags=re.IGNORECASE)
    return " ".join(role.split())


def _english_share(title: str) -> float:
    """How much of a title reads as English: words the lexicon knows, in plain letters."""
    from afterword.compose.notes import shape

    words = re.findall(r"[^\W\d_]+", title)
    known = [w for w in words if w.isascii() and shape.tags(w.lower())]
    return len(known) / len(words) if words else 0.0


def body_role(role: str) -> str:
    """The role as running text: "Senior Software Engineer (Perception)", no req number."""
    role = repair_case(role)  # "english teacher" is an English teacher
    role = re.sub(r"\s*\((?:req\b|#|r?\d)[^)]*\)", "", role, flags=re.IGNORECASE)
    # "Fermentation R&D Researcher (김치 발효)": the title again in a script the note is not in
    role = re.sub(rf"\s*\([^()]*[{EAST_ASIAN}][^()]*\)", "", role)
    role = re.sub(r"\s*#?\b(?:req|r)\s*#?\d{3,}\b", "", role, flags=re.IGNORECASE)
    role = _one_language(role)
    inside = re.search(r"\s*\(([^()]*)\)", role)
    # "Serígrafo Impresor (Screen Printer – carteles de cine / film posters)": its first part
    english = re.split(r"\s+[-–—/]\s+|,\s*", inside.group(1))[0] if inside else ""
    if (
        inside
        and not re.search(r"\d", english)
        and _english_share(english) == 1
        and _english_share(role[: inside.start()]) < 0.5
    ):
        role = english  # "Analista de Tesorería Sr. (Treasury Analyst)": in English
    # "(Grade 12)", "(ICP)", "(pipelines/ onshore)", "(Pan Yard + Schools Programme)": what the
    # posting adds, not the title; "(Perception)", a team named in title case, stays
    role = re.sub(r"\s*\((?:[^()]*[\d/+&]|[A-Z]{2,6}(?=\))|[a-z])[^()]*\)", "", role)
    # "Research Officer - Groundwater Arsenic & Manganese Lab": the unit after a dash
    role = re.sub(r"(?<=\w)\s+[-–—]\s+\S.*$", "", role) if re.search(r"\s[-–—]\s", role) else role
    head, comma, tail = role.partition(", ")
    if comma and "(" not in role:
        return f"{head} ({tail})"
    return " ".join(role.split())


def _one_language(role: str) -> str:
    """ "Poslovođa … / Plumbing & Heating Foreman": the side in English, else the first."""
    sides = re.split(r"\s+/\s+", role, maxsplit=1)
    if len(sides) != 2 or re.search(r"\([^)]*$", sides[0]):  # "(Zambia / DRC lane)": one side
        return role
    latin = [side for side in sides if re.search(r"[A-Za-z]", side)]
    if len(latin) == 1:  # "Banquet & Events Operations Manager / مدير عمليات الحفلات"
        return latin[0]
    bare = [re.sub(r"\s*\([^()]*\)", "", side) for side in sides]  # "Cooper (atelier …)"
    shares = [_english_share(side) for side in bare]
    if shares[0] == shares[1]:  # "Dogar / Cooper": no side in the lexicon, the one English uses
        shares = [_english_use(side) for side in bare]
    return sides[1] if shares[1] > shares[0] else sides[0]


def _english_use(title: str) -> float:
    """How often English writes a title's words (Zipf, mean): "Cooper" 4.3, "Dogar" 0."""
    from afterword.review.spelling import zipf

    words = re.findall(r"[^\W\d_]+", title)
    return sum(zipf(w.lower()) for w in words) / len(words) if words else 0.0


def subject_line(role: str, kind: MessageKind, pick: Picker) -> str:
    """Pick a subject for this person; shorten the role gracefully when it runs long."""
    bank = banks.SUBJECT_FOLLOW if kind == "follow-up" else banks.SUBJECT_THANKS
    role = repair_case(role)
    template = pick.one("subject", bank)
    for candidate in (role, short_role(role)):
        text = template.format(role=candidate)
        if len(text) <= LIMIT:
            return text
    base = bank[0]
    room = LIMIT - len(base.format(role=""))
    words = short_role(role).split()
    head = re.search(r"\b(?:for|of|in|at|to)\b", " ".join(words))
    if head is None:  # "Senior Commercial Property Underwriter": keep the first word and the
        while len(words) > 2 and len(" ".join(words)) > room:  # noun the title ends on
            del words[-2]
            if len(words) > 2 and words[-2].lower() in ("&", "and", "+", "/"):
                del words[-2]  # "Pollination & Harvest Supervisor": never "& Supervisor"
    while words and len(" ".join(words)) > room:
        words.pop()
    while len(words) > 1 and words[-1].lower() in ("and", "&", "of", "for", "the", "-", "in"):
        words.pop()  # "… Success and": a title never ends on a joining word
    return base.format(role=" ".join(words) or short_role(role)[:room].rstrip())
