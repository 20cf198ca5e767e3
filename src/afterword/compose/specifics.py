"""Sentences made from the notes: each note read, then put only into a frame that takes it.

A frame bank declares the form its slot takes (``banks.TAKES``); a warm bank passes a note
that reads cold to its neutral sibling (``banks.NEUTRAL``). Notes the interpreter withholds
never reach a frame.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from afterword.compose import banks
from afterword.compose.notes import Reading, read_note
from afterword.compose.notes.check import sentence_problem
from afterword.compose.notes.read import (
    MATTERS,
    NOTICED,
    PARTLY_WHY,
    QUALITY,
    SEEKS,
    TALKED_THROUGH,
    THEIR_INTEREST,
    Field,
)
from afterword.compose.picker import Picker
from afterword.compose.prose import join_list, sentence, shorten
from afterword.compose.setup import Part, Setup
from afterword.compose.words import words_of

OWN = 1  # Part.order of a sentence drawn from the recipient's own notes


def readings(setup: Setup, where: Field, notes: Iterable[str | None]) -> list[Reading]:
    """Read notes from one field for this recipient; keep those that may be used."""
    person = setup.person.person if where in ("discussed", "valued", "rapport") else None
    found = (read_note(n, where, person, setup.protected) for n in notes if n)
    return [r for r in found if r.used]


def fill(
    pick: Picker, name: str, reading: Reading, offset: int = 0, warm: bool = False
) -> str | None:
    """Put a note into a frame of bank ``name`` (or its neutral sibling); None if it cannot."""
    if not (warm or reading.warm) and name in banks.NEUTRAL:
        name = banks.NEUTRAL[name]
    text = reading.form(banks.TAKES[name])
    if not text:
        return None
    return fill_text(pick, name, text, offset)


def fill_text(pick: Picker, name: str, text: str, offset: int = 0) -> str | None:
    """Put text already in the right form into this person's frame of bank ``name``.

    The sentence is checked once built; one that does not read (or that the reviewer turned
    down before) falls back to the plain frame of its form, else to None: left out.
    """
    frame = pick.one(name.lower(), getattr(banks, name), offset)
    text = shorten(text)
    built = sentence(frame.format(**dict.fromkeys(SLOTS, text)))
    if acceptable(built, pick):
        return built
    plain = sentence(banks.PLAIN[name].format(**dict.fromkeys(SLOTS, text)))
    return plain if acceptable(plain, pick) else None


def acceptable(built: str, pick: Picker) -> bool:
    """Whether a sentence built from a note reads and was not turned down by the reviewer."""
    return built not in pick.avoid and sentence_problem(built) is None


SLOTS = ("topic", "fact", "event", "valued", "rapport", "missed", "insight")


def specifics(setup: Setup, pick: Picker) -> list[Part]:
    """Sentences about what was discussed with this interviewer and what the candidate valued."""
    discussed = readings(setup, "discussed", setup.person.discussed)
    # "the chapel reroof" when the fit notes hold "2023 chapel reroof in bethesda": my own work,
    # which they asked about; thanked for as their interest, never as what they shared
    mine = [r for r in discussed if r.kind == "topic" and _own_work(setup, r)]
    parts = topic_parts([r for r in discussed if r not in mine], pick)
    for rank, reading in enumerate(mine[:1]):
        if text := fill(pick, "VALUED_MINE", reading, rank, warm=True):
            parts.append(Part(text, 1, drop_rank=2, order=OWN, from_note=True))
    for where, bank_topic, rank in (("valued", "VALUED_TOPIC", 3), ("rapport", "RAPPORT_TOPIC", 5)):
        found = readings(setup, where, [getattr(setup.person, where)])  # type: ignore[arg-type]
        if found:
            bank = (
                _valued_bank(found[0], _own_work(setup, found[0]))
                if where == "valued"
                else (bank_topic if found[0].topic else _rapport_bank(found[0]))
            )
            # What the candidate valued is warm by definition, whatever its words.
            if text := fill(pick, bank, found[0], warm=where == "valued"):
                parts.append(Part(text, 1, drop_rank=rank, order=OWN, from_note=True))
    if not parts:
        parts.append(untitled_or_titled(setup, pick))
    return parts


def _rapport_bank(reading: Reading) -> str:
    """ "you play the organ yourself": a fact about them, not a discovery we made together."""
    clause = reading.clause or ""
    ours = re.search(r"\b(?:both|too|also|as well|same|we|us|our|each other)\b", clause, re.I)
    return "RAPPORT_THEIRS" if re.match(r"(?i)you\b", clause) and not ours else "RAPPORT"


def _topic_bank(reading: Reading) -> str:
    """ "how to handle a repair rate over 5%": talked through, not taught ("what you shared")."""
    return "TOPIC_TALKED" if reading.why == TALKED_THROUGH else "TOPIC"


def _valued_bank(reading: Reading, own_work: bool = False) -> str:
    """The frame for what the candidate valued: a view, a fact about the team, a moment, a manner.

    "I share your view that ..." only takes a view; "you promote from within" is news about the
    team ("I was glad to hear that ..."), "you showed me the pulley" a moment of the day. The
    candidate's own work, which the interviewer valued, is thanked for as their interest; a
    thing that may be either is talked about, never claimed as theirs or as mine.
    """
    if reading.why == SEEKS:
        return "VALUED_SEEK"
    if reading.why == QUALITY:
        return "VALUED_QUALITY"
    if reading.why == NOTICED:
        return "VALUED_NOTICED"
    if reading.why == MATTERS:
        return "VALUED_MATTERS"
    if reading.topic:
        if reading.why == THEIR_INTEREST or own_work:
            return "VALUED_MINE"
        if reading.topic.startswith("how "):
            return "VALUED_HOW"
        return "VALUED_TOPIC" if _their_gift(reading.topic) else "VALUED_TALKED"
    if reading.kind == "event":
        return "EVENT"
    if re.match(r"(?:you|your)\b", reading.clause or ""):
        return "FACT"
    return "VALUED_FACT"


# Given in a talk by its nature, whoever the note does not say: "the tour of the plant".
GIVEN = words_of(
    "deep dive tour walkthrough walk-through advice feedback tips tip guidance demo "
    "demonstration overview introduction explanation breakdown"
) | {"deep dive"}


def _their_gift(topic: str) -> bool:
    """Whether a valued noun phrase names something the interviewer gave ("your advice on ...",
    "the tour of the line"), by its head noun (the word before "of", "on", "about", ...)."""
    head = re.split(r"\s(?:of|on|about|into|with|for|from|at|in|through)\s", topic, maxsplit=1)[0]
    words = head.lower().split()
    if not words or words[0] == "my":
        return False
    if words[0] == "your":  # "your point about ...", "your honesty about ...": theirs
        return True
    return words[-1] in GIVEN or " ".join(words[-2:]) in GIVEN


def _own_work(setup: Setup, reading: Reading) -> bool:
    """Whether a valued note names the candidate's own work: it shares two content words with
    a fit or missed note ("the sold-out natural capsule" and "did undyed/natural colour capsule
    that sold out"). Their own point or idea ("your idea that quality starts at the finca") is
    theirs, whatever words it shares."""
    if reading.topic and reading.topic.startswith("your "):
        return False
    if not reading.topic:
        return False
    own = " ".join([*setup.interview.fit, *setup.interview.missed])
    return len(_content(reading.topic) & _content(own)) >= 2


def _content(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())} - {
        "with",
        "that",
        "from",
        "about",
        "their",
        "there",
    }


def topic_parts(found: Sequence[Reading], pick: Picker) -> list[Part]:
    """One sentence for the topics together, one for each fact, question asked or moment."""
    # A question asked is thanked for as one ("the chance to ask about …"), never as learned.
    all_topics = [r for r in found if r.topic and r.kind in ("topic", "said")]
    topics = all_topics
    parts: list[Part] = []
    # The first topic that can be phrased leads; the next two warm ones follow together.
    lead = next((i for i, r in enumerate(topics) if fill(pick, _topic_bank(r), r)), None)
    if lead is not None and (text := fill(pick, _topic_bank(topics[lead]), topics[lead])):
        parts.append(Part(text, 1, order=OWN, from_note=True))
        topics = topics[lead:]
    # "I also liked learning about ..." never carries a question either of you may have asked
    more = [r for r in topics[1:3] if r.warm and r.why != TALKED_THROUGH]
    if more:
        listed = join_list([r.topic or "" for r in more])
        listed = listed if len(listed.split()) <= 20 else more[0].topic or ""
        if text := fill_text(pick, "TOPIC_MORE", listed):
            parts.append(Part(text, 1, 4, order=OWN, from_note=True))
    others = [r for r in found if r not in all_topics]
    for rank, reading in enumerate(others):
        text = _answered(pick, reading, rank) or fill(pick, _frame_for(reading), reading, rank)
        if text:
            rank_here = 0 if not parts else 2 + rank
            parts.append(Part(text, 1, drop_rank=rank_here, order=OWN, from_note=True))
    return parts


def _answered(pick: Picker, reading: Reading, offset: int) -> str | None:
    """ "Your question about X was a good one; I was glad to talk through Y." or None."""
    if reading.kind != "asked" or not reading.answer or not reading.topic:
        return None
    frame = pick.one("asked_answered", banks.ASKED_ANSWERED, offset)
    built = sentence(frame.format(topic=shorten(reading.topic), answer=shorten(reading.answer)))
    return built if acceptable(built, pick) and len(built.split()) <= 32 else None


def _frame_for(reading: Reading) -> str:
    if reading.kind == "asked":
        return "ASKED"
    if reading.kind == "question":
        return "QUESTION"
    return "EVENT" if reading.kind == "event" else "FACT"


def untitled_or_titled(setup: Setup, pick: Picker) -> Part:
    """With no usable notes, an honest line that claims nothing about the conversation.

    The interviewer's title is never put in it: "as Deputy Director" reads as the candidate's
    title, "in your role as HR" or "as Professor emeritus" as a form filled in, and six
    readings in a row found the titled lines stiff.
    """
    del setup  # the same honest line for everyone; the picker varies it
    return Part(pick.one("no-notes", banks.NO_NOTES_UNTITLED), 1)


def missed_parts(
    setup: Setup, pick: Picker, bank: str = "FOLLOW_MISSED", paragraph: int = 1
) -> list[Part]:
    """Each missed point: phrases together in one frame, sentences in a frame of their own.

    A point goes only into the notes to the interviewers it is about (whose topics share a
    word with it; with none, the first interviewer's), as the reviewer's AW306 asks: the same
    afterthought in every note of a panel reads as a form letter, and panels compare notes.
    """
    from afterword.review.rules.content import missed_with  # the reviewer's own rule

    found = readings(setup, "missed", missed_with(setup.person, setup.interview))
    topics = [r.topic for r in found if r.topic]
    if bank == "THANKS_MISSED" and any(r.why == PARTLY_WHY for r in found if r.topic):
        bank = "THANKS_MISSED_PARTLY"  # raised but not made in full: never "did not come up"
    parts = []
    if topics and (text := fill_text(pick, bank, join_list(topics[:3]))):
        parts.append(Part(text, paragraph, 1, from_note=True))
    for rank, reading in enumerate(r for r in found if not r.topic and r.sentence):
        said = _mid_sentence(reading.sentence or "")
        for offset in range(rank, rank + len(banks.MISSED_SENTENCE)):
            # never the same lead-in twice in one note ("Something I did not have time to
            # share: ... Something I did not have time to share: ...")
            text = fill_text(pick, "MISSED_SENTENCE", said, offset)
            if text is None or _lead(text) not in {_lead(p.text) for p in parts}:
                break
        if text:
            parts.append(Part(text, paragraph, drop_rank=1, from_note=True))
    return parts[:2]


def _lead(text: str) -> str:
    """The frame's opening words: "Something I did not have time to share"."""
    return " ".join(text.split(":", 1)[0].split()[:5]).lower()


def _mid_sentence(text: str) -> str:
    """A sentence placed after a colon: lower case first, unless it starts with "I"."""
    if text.startswith(("I ", "I'")) or text[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def insight_parts(setup: Setup, pick: Picker) -> list[Part]:
    """One insight gained since the interview, to show engagement."""
    found = readings(setup, "insights", setup.interview.insights)
    if not found:
        return []
    reading = found[0]
    if reading.sentence:
        text = fill_text(pick, "FOLLOW_INSIGHT_DONE", reading.sentence.removeprefix("I "))
    else:
        text = fill_text(pick, "FOLLOW_INSIGHT_TOPIC", reading.topic or "")
    return [Part(text, 1, drop_rank=2, from_note=True)] if text else []


def recall_parts(setup: Setup, pick: Picker) -> list[Part]:
    """Recall one topic of this interviewer's conversation, so each follow-up is their own."""
    found = readings(setup, "discussed", setup.person.discussed)
    topics = [r for r in found if r.topic and r.kind in ("topic", "question")]
    if not topics:
        return []
    text = next((t for r in topics if (t := fill(pick, "FOLLOW_RECALL", r))), None)
    return [Part(text, 1, 3, order=OWN, from_note=True)] if text else []


def strongest_fit(setup: Setup) -> Reading | None:
    """The fit item sharing the most words with this interviewer's notes and title."""
    fits = readings(setup, "fit", setup.interview.fit)
    if not fits:
        return None
    context = " ".join(
        [*setup.person.discussed, setup.person.valued or "", setup.person.title or ""]
    ).lower()
    wanted = {w for w in context.split() if len(w) > 3}
    scores = [
        len(wanted & {w.lower() for w in (f.topic or f.sentence or "").split()}) for f in fits
    ]
    best = max(scores)
    tied = [f for f, s in zip(fits, scores, strict=True) if s == best]
    # Equal matches rotate over the panel, so people hear about different strengths.
    return tied[setup.position % len(tied)]


def decision_is_theirs(setup: Setup) -> bool:
    """Whether this recipient is the one who gave the decision date."""
    source = setup.interview.decision_from
    return bool(source) and setup.interview.interviewer(source or "") is setup.person
