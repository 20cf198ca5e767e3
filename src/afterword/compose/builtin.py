"""The built-in composer: notes written from the interview record, with no network.

A thank-you carries gratitude with the role, company and day; something specific from
that interviewer's own notes and what the candidate valued; the strongest matching
qualification; renewed interest; a courteous close. A follow-up references the interview,
covers each missed point, mentions an insight, reaffirms fit and asks about next steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from afterword.compose import banks
from afterword.compose.draft import Draft
from afterword.compose.greeting import greeting, sign_off_lines
from afterword.compose.picker import Picker
from afterword.compose.prose import Phrase, clean_note, join_list, past_event, sentence, shorten
from afterword.compose.subject import body_role, subject_line
from afterword.compose.when import day_phrase, long_date
from afterword.compose.words import words_of
from afterword.interview.model import Candidate, Interview, Interviewer
from afterword.kinds import MessageKind

THANK_YOU_WORDS = (105, 185)
FOLLOW_UP_WORDS = (60, 150)
SECOND_FOLLOW_UP_WORDS = (55, 105)  # the second follow-up is shorter still


@dataclass
class Part:
    """A sentence of the note and how readily it is dropped when the note runs long."""

    text: str
    paragraph: int
    drop_rank: int = 0  # 0 never dropped; higher is dropped first
    order: int = field(default=0)


@dataclass(frozen=True)
class Setup:
    """Everything a note needs besides its wording."""

    interview: Interview
    person: Interviewer
    position: int
    kind: MessageKind
    variant: int
    formality: str
    candidate: Candidate | None
    signature: str | None
    now: datetime
    sequence: int = 1

    @property
    def protected(self) -> set[str]:
        """Words whose case must survive cleaning: names, the company, the role."""
        words = {*self.interview.company.split(), *self.interview.role.split()}
        for other in self.interview.interviewers:
            words.update(other.person.tokens)
        return words


def compose_builtin(setup: Setup) -> Draft:
    """Write one note from the record alone."""
    pick = Picker(setup.interview, setup.position, setup.variant, setup.kind, setup.sequence)
    if setup.kind == "follow-up":
        parts = follow_up_parts(setup, pick)
        band = FOLLOW_UP_WORDS if setup.sequence == 1 else SECOND_FOLLOW_UP_WORDS
    else:
        parts = thank_you_parts(setup, pick)
        band = THANK_YOU_WORDS
    body = assemble(setup, pick, fit_to_band(parts, band, setup, pick))
    return Draft(
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


def notes_of(setup: Setup, notes: Sequence[str]) -> list[Phrase]:
    """Clean notes for this recipient; long rambling ones keep their first clause."""
    phrases = [clean_note(n, setup.person.person, setup.protected) for n in notes]
    return [Phrase(shorten(p.text), p.kind) for p in phrases if p.text]


def thank_you_parts(setup: Setup, pick: Picker) -> list[Part]:
    """The sentences of a thank-you, before length is settled."""
    interview = setup.interview
    slots = {
        "day": day_phrase(interview, setup.now),
        "role": body_role(interview.role),
        "company": interview.company,
    }
    parts = [Part(pick.one("thanks", banks.THANKS).format(**slots), 1)]
    parts += specifics(setup, pick)
    parts.append(fit_part(setup, pick, 2))
    parts += missed_parts(setup, pick, banks.THANKS_MISSED, paragraph=2)
    parts.append(Part(pick.one("interest", banks.INTEREST).format(**slots), 2))
    parts.append(Part(pick.one("close", banks.CLOSE), 3))
    return parts


def specifics(setup: Setup, pick: Picker) -> list[Part]:
    """Sentences about what was discussed with this interviewer and what the candidate valued."""
    phrases = notes_of(setup, setup.person.discussed)
    parts = topic_parts(phrases, pick)
    if setup.person.valued:
        parts += valued_parts(notes_of(setup, [setup.person.valued]), pick)
    if setup.person.rapport:
        parts += rapport_parts(notes_of(setup, [setup.person.rapport]), pick)
    if not parts:
        parts.append(untitled_or_titled(setup, pick))
    return parts


def topic_parts(phrases: list[Phrase], pick: Picker) -> list[Part]:
    """One sentence for the topics together, one for each fact or moment."""
    topics = [p.text for p in phrases if p.kind == "topic"]
    parts: list[Part] = []
    if topics:
        parts.append(Part(pick.one("topic", banks.TOPIC).format(topic=topics[0]), 1))
    if len(topics) > 1:
        more = join_list(topics[1:3]) if len(" ".join(topics[1:3]).split()) <= 20 else topics[1]
        parts.append(Part(pick.one("topic-more", banks.TOPIC_MORE).format(topic=more), 1, 4))
    for rank, phrase in enumerate(p for p in phrases if p.kind != "topic"):
        bank = banks.FACT if phrase.kind == "fact" else banks.EVENT
        slot = "fact" if phrase.kind == "fact" else "event"
        text = pick.one(slot, bank, rank).format(**{slot: phrase.text})
        parts.append(Part(text, 1, drop_rank=0 if not parts else 2 + rank))
    return parts


def valued_parts(phrases: list[Phrase], pick: Picker) -> list[Part]:
    """A sentence on what the candidate valued most in the conversation."""
    if not phrases:
        return []
    phrase = phrases[0]
    if phrase.kind == "topic":
        text = pick.one("valued", banks.VALUED_TOPIC).format(valued=phrase.text)
    elif phrase.kind == "event":
        text = pick.one("valued", banks.EVENT, 1).format(event=phrase.text)
    else:
        text = pick.one("valued", banks.VALUED_FACT).format(valued=phrase.text)
    return [Part(sentence(text), 1, drop_rank=3)]


def rapport_parts(phrases: list[Phrase], pick: Picker) -> list[Part]:
    """A friendly line about what the candidate and interviewer found in common."""
    if not phrases:
        return []
    phrase = phrases[0]
    bank = banks.RAPPORT_TOPIC if phrase.kind == "topic" else banks.RAPPORT
    return [Part(pick.one("rapport", bank).format(rapport=phrase.text), 1, drop_rank=5)]


def untitled_or_titled(setup: Setup, pick: Picker) -> Part:
    """With no notes at all, speak to the interviewer's perspective and title."""
    title = setup.person.title
    if title:
        return Part(pick.one("no-notes", banks.NO_NOTES).format(title=title), 1)
    return Part(pick.one("no-notes", banks.NO_NOTES_UNTITLED), 1)


def fit_part(setup: Setup, pick: Picker, paragraph: int) -> Part:
    """The strongest matching qualification, tied to the role."""
    fit = strongest_fit(setup)
    company = setup.interview.company
    if fit is None:
        return Part(pick.one("fit", banks.NO_FIT).format(company=company), paragraph)
    if fit.kind == "event":
        text = pick.one("fit", banks.FIT_SENTENCE).format(
            fit_sentence=sentence(fit.text), company=company
        )
        return Part(text, paragraph)
    slots = fit_slots(fit.text, company)
    return Part(pick.one("fit", banks.FIT).format(**slots), paragraph)


def fit_slots(fit: str, company: str) -> dict[str, str]:
    """Slots for a fit sentence: the fit phrase and whether "my" goes before it."""
    my = possessive(fit)
    return {"fit": as_mine(fit) if my else fit, "company": company, "my": my}


def possessive(fit: str) -> str:
    """Return "my " before "five years ..." or "experience ...", nothing before "a habit"."""
    first = fit.split(" ", 1)[0].lower()
    mine = first in MY_WORDS or first[:1].isdigit() or first in ("a", "an")
    return "my " if mine else ""


def as_mine(fit: str) -> str:
    """Drop the article after "my": "a master's thesis" becomes "master's thesis"."""
    first, _, rest = fit.partition(" ")
    return rest if first.lower() in ("a", "an") and rest else fit


MY_WORDS = words_of(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty several many "
    "experience background expertise track work time years decade knowledge skills training "
    "certification degree"
)


def strongest_fit(setup: Setup) -> Phrase | None:
    """The fit item sharing the most words with this interviewer's notes and title."""
    cleaned = (clean_note(f, None, setup.protected) for f in setup.interview.fit)
    fits = [p for p in cleaned if p.text]
    if not fits:
        return None
    fits = [Phrase(shorten(strip_my(p.text), 18), p.kind) for p in fits]
    context = " ".join(
        [*setup.person.discussed, setup.person.valued or "", setup.person.title or ""]
    ).lower()
    wanted = {w for w in context.split() if len(w) > 3}
    scores = [len(wanted & {w.lower() for w in f.text.split()}) for f in fits]
    best = max(scores)
    tied = [f for f, s in zip(fits, scores, strict=True) if s == best]
    # Equal matches rotate over the panel, so people hear about different strengths.
    return tied[setup.position % len(tied)]


def strip_my(text: str) -> str:
    """Fit items follow "my"; drop one the candidate wrote anyway."""
    return text[3:] if text.lower().startswith("my ") else text


def follow_up_parts(setup: Setup, pick: Picker) -> list[Part]:
    """The sentences of a follow-up (the second one is shorter)."""
    interview = setup.interview
    slots = {
        "date": long_date(interview.start),
        "role": body_role(interview.role),
        "company": interview.company,
    }
    if setup.sequence == 1:
        parts = [Part(pick.one("f-reference", banks.FOLLOW_REFERENCE).format(**slots), 1)]
        parts += recall_parts(setup, pick) + missed_parts(setup, pick)
        parts += insight_parts(setup, pick)
        parts.append(follow_fit_part(setup, pick))
    else:
        parts = [Part(pick.one("f-again", banks.FOLLOW_AGAIN).format(**slots), 1)]
        parts += recall_parts(setup, pick)
        parts += missed_parts(setup, pick, banks.FOLLOW_AGAIN_MISSED)
        parts.append(Part(pick.one("f-patience", banks.FOLLOW_PATIENCE), 1, drop_rank=4))
        parts.append(Part(pick.one("f-interest", banks.FOLLOW_INTEREST).format(**slots), 2))
    parts.append(next_steps_part(setup, pick))
    parts.append(Part(pick.one("f-close", banks.FOLLOW_CLOSE), 3))
    return parts


def missed_parts(
    setup: Setup, pick: Picker, bank: Sequence[str] = banks.FOLLOW_MISSED, paragraph: int = 1
) -> list[Part]:
    """Each missed point, so the unfinished business gets finished."""
    phrases = [p.text for p in notes_of(setup, setup.interview.missed)]
    if not phrases:
        return []
    text = pick.one("missed", bank).format(missed=join_list(phrases))
    return [Part(sentence(text), paragraph, drop_rank=1)]


def insight_parts(setup: Setup, pick: Picker) -> list[Part]:
    """One insight gained since the interview, to show engagement."""
    phrases = notes_of(setup, setup.interview.insights)
    if not phrases:
        return []
    text = phrases[0].text
    text = text[2:] if text.startswith("I ") else text
    bank = banks.FOLLOW_INSIGHT_DONE if past_event(text) else banks.FOLLOW_INSIGHT_TOPIC
    return [Part(sentence(pick.one("f-insight", bank).format(insight=text)), 1, drop_rank=2)]


def follow_fit_part(setup: Setup, pick: Picker) -> Part:
    """Reaffirm interest and fit in one sentence."""
    fit = strongest_fit(setup)
    company = setup.interview.company
    if fit is None or fit.kind == "event":
        return Part(pick.one("f-interest", banks.FOLLOW_INTEREST).format(company=company), 2)
    slots = fit_slots(fit.text, company)
    return Part(pick.one("f-fit", banks.FOLLOW_FIT).format(**slots), 2)


def recall_parts(setup: Setup, pick: Picker) -> list[Part]:
    """Recall one topic of this interviewer's conversation, so each follow-up is their own."""
    topics = [p.text for p in notes_of(setup, setup.person.discussed) if p.kind == "topic"]
    if not topics:
        return []
    topic = join_list(topics[:2]) if len(" ".join(topics[:2]).split()) <= 14 else topics[0]
    return [Part(pick.one("f-recall", banks.FOLLOW_RECALL).format(topic=topic), 1, 3)]


def next_steps_part(setup: Setup, pick: Picker) -> Part:
    """Politely ask about next steps, naming the decision date when one was given."""
    decision = setup.interview.decision_by
    if decision is not None:
        return Part(
            pick.one("f-next", banks.FOLLOW_NEXT_DATED).format(decision=long_date(decision)), 2
        )
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
        extras.append(role_reflection(setup, pick))
        extras.append(Part(pick.one("forward", banks.FORWARD), 2))
        for extra in extras:
            if overhead + words(parts) >= band[0]:
                break
            if extra.text and extra.text not in {p.text for p in parts}:
                parts.insert(len([p for p in parts if p.paragraph <= extra.paragraph]), extra)
    return parts


def format_line(setup: Setup, pick: Picker) -> Part:
    """A line about how the interview took place: on site, by video or by phone."""
    bank = banks.FORMAT.get(setup.interview.format.value if setup.interview.format else "", ())
    return Part(pick.one("format", bank) if bank else "", 1)


def role_reflection(setup: Setup, pick: Picker) -> Part:
    """A reflection on the role itself, for a note that would otherwise be thin."""
    slots = {"role": body_role(setup.interview.role), "company": setup.interview.company}
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
