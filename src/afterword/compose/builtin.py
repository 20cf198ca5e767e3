"""The built-in composer: notes written from the interview record, with no network.

A thank-you carries gratitude with the role, company and day; something specific from
that interviewer's own notes and what the candidate valued; the strongest matching
qualification; renewed interest; a courteous close. A follow-up references the interview,
covers each missed point, mentions an insight, reaffirms fit and asks about next steps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from afterword.compose import banks
from afterword.compose.draft import Draft
from afterword.compose.greeting import greeting, sign_off_lines
from afterword.compose.picker import Picker
from afterword.compose.prose import sentence
from afterword.compose.setup import Part, Setup
from afterword.compose.specifics import (
    acceptable,
    decision_is_theirs,
    insight_parts,
    missed_parts,
    recall_parts,
    specifics,
    strongest_fit,
    untitled_or_titled,
)
from afterword.compose.subject import body_role, subject_line
from afterword.compose.when import day_phrase, long_date
from afterword.compose.words import words_of

__all__ = ["Part", "Setup", "compose_builtin"]

THANK_YOU_WORDS = (105, 185)
FOLLOW_UP_WORDS = (60, 150)
SECOND_FOLLOW_UP_WORDS = (55, 105)  # the second follow-up is shorter still


def compose_builtin(setup: Setup) -> Draft:
    """Write one note from the record alone."""
    pick = Picker(
        setup.interview, setup.position, setup.variant, setup.kind, setup.sequence, setup.avoid
    )
    if setup.kind == "follow-up":
        parts = follow_up_parts(setup, pick)
        band = FOLLOW_UP_WORDS if setup.sequence == 1 else SECOND_FOLLOW_UP_WORDS
    else:
        parts = thank_you_parts(setup, pick)
        band = THANK_YOU_WORDS
    parts = fit_to_band(parts, band, setup, pick)
    body = assemble(setup, pick, parts)
    return Draft(
        from_notes=tuple(sentence(p.text) for p in parts if p.from_note),
        interviewer=setup.person,
        to_name=setup.person.name,
        to_address=setup.person.email,
        subject=subject_line(setup.interview.role, setup.kind, pick),
        body=body,
        kind=setup.kind,
        variant=setup.variant,
        composer="builtin",
        sequence=setup.sequence,
        position=setup.position,
    )


def thank_you_parts(setup: Setup, pick: Picker) -> list[Part]:
    """The sentences of a thank-you, before length is settled."""
    interview = setup.interview
    slots = {
        "day": day_phrase(interview, setup.now),
        "role": body_role(interview.role),
        "company": setup.company,
    }
    parts = [Part(pick.one("thanks", banks.THANKS).format(**slots), 1)]
    parts += specifics(setup, pick)
    parts.append(fit_part(setup, pick, 2))
    parts += missed_parts(setup, pick, "THANKS_MISSED", paragraph=2)
    said = _phrases(parts[0].text)
    interest = next(
        (
            line
            for offset in range(len(banks.INTEREST))
            if not _phrases(line := pick.one("interest", banks.INTEREST, offset)) & said
        ),
        pick.one("interest", banks.INTEREST),
    )  # never "I came away with …" twice: the opening's words, not the interest's
    parts.append(Part(interest.format(**slots), 2))
    parts.append(Part(pick.one("close", banks.CLOSE), 3))
    return parts


def fit_part(setup: Setup, pick: Picker, paragraph: int) -> Part:
    """The strongest matching qualification, tied to the role."""
    fit = strongest_fit(setup)
    company = setup.company
    no_fit = Part(pick.one("fit", banks.NO_FIT).format(company=company), paragraph)
    if fit is None:
        return no_fit
    if fit.topic is None:
        text = pick.one("fit", banks.FIT_SENTENCE).format(
            fit_sentence=sentence(fit.sentence or ""), company=company
        )
    else:
        text = pick.one("fit", banks.FIT).format(**fit_slots(fit.topic, company))
    # A fit that does not read in its frame gives way to the plain line about experience.
    return Part(text, paragraph, from_note=True) if acceptable(text, pick) else no_fit


def fit_slots(fit: str, company: str) -> dict[str, str]:
    """Slots for a fit sentence: the fit phrase and whether "my" goes before it."""
    my = possessive(fit)
    return {"fit": as_mine(fit) if my else fit, "company": company, "my": my}


def possessive(fit: str) -> str:
    """Return "my " before "five years ..." or "A-grade licence", nothing before "a habit"."""
    first = fit.split(" ", 1)[0]
    lower = first.lower()
    if lower in ("a", "an") or lower in MY_WORDS or (lower[:1].isdigit() and "%" not in first):
        return "my "
    if lower in ("my", "the", "this", "that", "strong", "deep") or not first[:1].isalpha():
        return ""
    if fit.split()[-1].lower() in CREDENTIALS:  # "level 3 IIHF coaching certificate"
        return "my "
    if re.match(r"^[A-Z][\w+#.]*(?: and [A-Z][\w+#.]*)+ (?:for|in|on)\b", fit):
        return "my experience with "  # "R and QGIS for plot mapping": tools, by their names
    if first.isalpha() and first[:1].islower() and any(c.isupper() for c in first[1:]):
        return "my experience with "  # "memoQ + Trados admin": tools, by their own names
    if first[:1].isupper() or "-" in first or re.search(r"\bexperience\b", fit):
        return "my "  # "rural single-responder experience (Longreach)": mine
    if _cases(fit):
        return "my experience with "  # "high volume clear aligner cases": work done on them
    if _activity(fit):
        head = re.split(r"\s(?:and|with|for|in|on|of|per)\s", fit)[0].split()[-1]
        # "my forklift certification", "my dose optimisation project", else the field worked in
        return "my " if head in CREDENTIALS | THINGS_DONE else "my experience in "
    return ""


# Nouns for a thing held, not a field worked in: "my forklift certification", never
# "my experience in forklift certification".
CREDENTIALS = words_of(
    "certification certificate licence license degree qualification diploma accreditation "
    "registration ticket permit card"
)


# Nouns for one piece of work, not a field: "my dose optimisation project".
THINGS_DONE = words_of(
    "project programme program study audit review initiative pilot model tool system report "
    "plan campaign course thesis dissertation paper portfolio rollout migration"
)


def _cases(fit: str) -> bool:
    """ "high volume clear aligner cases (…)": a plural of work done, not skills held."""
    from afterword.compose.notes import shape
    from afterword.compose.notes.articles import BREAKS

    words = re.sub(r"\s*\([^)]*\)", "", fit).split()
    end = next((i for i, w in enumerate(words) if w in BREAKS), len(words))
    head = words[:end]
    last = head[-1] if head else ""
    return (
        1 <= len(head) <= 5
        and all(w.replace("-", "").isalpha() and w.islower() for w in head)
        and last.endswith("s")
        and "NOUN" in shape.tags(last)
        and last not in ("skills", "abilities", "strengths", "languages", "basics")
    )


def _activity(fit: str) -> bool:
    """ "incident response for 2 cases": a field of work named by a singular noun, no "my"."""
    from afterword.compose.notes import shape
    from afterword.compose.notes.articles import BREAKS

    words = fit.split()
    end = next((i for i, w in enumerate(words) if w in BREAKS or w == "per"), len(words))
    head = words[:end]
    return (
        1 <= len(head) <= 3
        and all(w.isalpha() and w.islower() for w in head)
        # "incident response", "sterile compounding": a noun, or an adjective before one
        and ("NOUN" in shape.tags(head[0]) or (len(head) > 1 and shape.is_adjective(head[0])))
        and (not shape.is_adjective(head[0]) or len(head) > 1)
        and (shape.singular_noun(head[-1]) or (len(head) > 1 and head[-1].endswith("ing")))
        and not head[-1].endswith(("er", "or", "ist", "ian"))  # "team player": a person
    )


def as_mine(fit: str) -> str:
    """Drop the article after "my": "a master's thesis" becomes "master's thesis"."""
    first, _, rest = fit.partition(" ")
    return rest if first.lower() in ("a", "an") and rest else fit


MY_WORDS = words_of(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty several many "
    "experience background expertise track work time years decade knowledge skills training "
    "certification degree postdoc phd msc mba ma bsc ba masters licence license diploma "
    "portfolio record interest passion focus ability"
)


def follow_up_parts(setup: Setup, pick: Picker) -> list[Part]:
    """The sentences of a follow-up (the second one is shorter)."""
    interview = setup.interview
    slots = {
        "date": long_date(interview.start),
        "role": body_role(interview.role),
        "company": setup.company,
    }
    if setup.sequence == 1:
        parts = [Part(pick.one("f-reference", banks.FOLLOW_REFERENCE).format(**slots), 1)]
        parts += recall_parts(setup, pick) + missed_parts(setup, pick)
        parts += insight_parts(setup, pick)
        parts.append(follow_fit_part(setup, pick))
    else:
        parts = [Part(pick.one("f-again", banks.FOLLOW_AGAIN).format(**slots), 1)]
        parts += recall_parts(setup, pick)
        parts += missed_parts(setup, pick, "FOLLOW_AGAIN_MISSED")
        parts.append(Part(pick.one("f-patience", banks.FOLLOW_PATIENCE), 1, drop_rank=4))
        parts.append(Part(pick.one("f-interest", banks.FOLLOW_INTEREST).format(**slots), 2))
    parts.append(next_steps_part(setup, pick))
    parts.append(Part(pick.one("f-close", banks.FOLLOW_CLOSE), 3))
    return parts


def follow_fit_part(setup: Setup, pick: Picker) -> Part:
    """Reaffirm interest and fit in one sentence."""
    fit = strongest_fit(setup)
    company = setup.company
    interest = Part(pick.one("f-interest", banks.FOLLOW_INTEREST).format(company=company), 2)
    if fit is None or fit.topic is None:
        return interest
    text = pick.one("f-fit", banks.FOLLOW_FIT).format(**fit_slots(fit.topic, company))
    return Part(text, 2, from_note=True) if acceptable(text, pick) else interest


def next_steps_part(setup: Setup, pick: Picker) -> Part:
    """Politely ask about next steps, naming the decision date when one was given."""
    decision = setup.interview.decision_by
    if decision is not None:
        bank = (
            banks.FOLLOW_NEXT_DATED
            if decision_is_theirs(setup)
            else banks.FOLLOW_NEXT_DATED_NEUTRAL
        )
        return Part(pick.one("f-next", bank).format(decision=long_date(decision)), 2)
    return Part(pick.one("f-next", banks.FOLLOW_NEXT), 2)


def fit_to_band(parts: list[Part], band: tuple[int, int], setup: Setup, pick: Picker) -> list[Part]:
    """Drop the least needed sentences until the note fits its length band."""
    parts = list(parts)
    overhead = len(assemble(setup, pick, []).split())
    while overhead + words(parts) > band[1]:
        droppable = [p for p in parts if p.drop_rank]
        if not droppable:
            break
        parts.remove(max(droppable, key=lambda p: p.drop_rank))
    if setup.kind == "thank-you":
        extras = [untitled_or_titled(setup, pick), format_line(setup, pick)]
        if any(p.drop_rank >= 0 and p.order == 1 for p in parts):  # the person's own notes
            extras.append(role_reflection(setup, pick))
        extras.append(Part(pick.one("forward", banks.FORWARD), 2))
        for extra in extras:
            if overhead + words(parts) >= band[0]:
                break
            said = _phrases(" ".join(p.text for p in parts))
            if (
                extra.text
                and extra.text not in {p.text for p in parts}
                and not (
                    _phrases(extra.text) & said  # "I came away with …" once a note, not three times
                )
            ):
                parts.insert(len([p for p in parts if p.paragraph <= extra.paragraph]), extra)
    return parts


# Words too common to make two sentences sound alike.
PLAIN_WORDS = words_of(
    "i the a an of to for with and me my you your was is it in on that this we our very much "
    "more so as be been at about what how"
)


# Words a note's stock lines lean on; one of each is enough ("grateful", "picture", "clearer").
SIGNATURE_WORDS = words_of("grateful picture clearer clear pleasure welcome perspective glad")


def _phrases(text: str) -> set[tuple[str, ...]]:
    """Pairs of neighbouring words that say something ("came away", "much fuller") and the
    words stock lines lean on: two sentences sharing one sound like the same sentence."""
    said = re.findall(r"[a-z']+", text.lower())
    pairs = {(a, b) for a, b in pairwise(said) if a not in PLAIN_WORDS and b not in PLAIN_WORDS}
    return pairs | {(w,) for w in said if w in SIGNATURE_WORDS}


def format_line(setup: Setup, pick: Picker) -> Part:
    """A line about how the interview took place: on site, by video or by phone."""
    bank = banks.FORMAT.get(setup.interview.format.value if setup.interview.format else "", ())
    if not bank or _cold_meeting(setup):
        return Part("", 1)
    return Part(pick.one("format", bank), 1)


def _cold_meeting(setup: Setup) -> bool:
    """Whether a note of this interviewer's says the meeting went badly ("rude about my PhD")."""
    from afterword.compose.notes.read import withheld_by

    notes = [*setup.person.discussed, setup.person.valued or ""]
    return any((rule := withheld_by(n)) is not None and rule.name == "manner" for n in notes)


def role_reflection(setup: Setup, pick: Picker) -> Part:
    """A reflection on the role itself, for a note that would otherwise be thin."""
    slots = {"role": body_role(setup.interview.role), "company": setup.company}
    return Part(pick.one("reflection", banks.ROLE_REFLECTION).format(**slots), 1)


def words(parts: Sequence[Part]) -> int:
    """Total words in the parts."""
    return sum(len(p.text.split()) for p in parts)


def assemble(setup: Setup, pick: Picker, parts: Sequence[Part]) -> str:
    """Greeting, paragraphs, sign-off and signature, as plain text."""
    paragraphs: dict[int, list[str]] = {}
    for part in parts:
        paragraphs.setdefault(part.paragraph, []).append(sentence(part.text))
    blocks = [greeting(setup.person, setup.formality, pick)]
    blocks += [" ".join(paragraphs[k]) for k in sorted(paragraphs)]
    blocks.append("\n".join(sign_off_lines(setup.candidate, setup.signature, pick)))
    return "\n\n".join(blocks) + "\n"
