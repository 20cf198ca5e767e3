"""How every note of an interview was read: used, and how, or left out, and why.

``afterword notes``, ``afterword draft`` and the web pages show the same list, so a user
sees before sending that "seemed bored" will never be quoted and how "how do you measure
success?" will be put.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from afterword.compose.notes.read import Field, Reading, read_note
from afterword.compose.prose import join_list
from afterword.compose.words import words_of
from afterword.interview.model import Interview, Interviewer
from afterword.interview.names import parse_name

SHARED: tuple[Field, ...] = ("fit", "missed", "insights")
OWN: tuple[Field, ...] = ("discussed", "valued", "rapport")


@dataclass(frozen=True)
class NoteRead:
    """One note of the record, whose it is, and how the interpreter read it."""

    owner: str | None  # the interviewer's name, or None for fit, missed and insights
    reading: Reading
    to: tuple[str, ...] = ()  # a missed point: the interviewers whose notes make it

    @property
    def status(self) -> str:
        """ "used" or "left out"."""
        return "used" if self.reading.used else "left out"

    @property
    def as_used(self) -> str | None:
        """The note as a draft would put it, in its first form."""
        r = self.reading
        return r.topic or r.clause or r.sentence

    def explanation(self) -> str:
        """Why it was left out, or how it was read."""
        r = self.reading
        if not r.used:
            return r.why
        parts = [r.why]
        if r.field == "insights":  # never in a thank-you: what was done since needs time
            parts.append("for the follow-ups, not the thank-you")
        if self.to:  # a missed point belongs in the notes it is about, not in every one
            parts.append(f"in the notes to {join_list(list(self.to))} only")
        if not r.warm:
            parts.append("reads as negative, so only neutral wording")
        parts += [f"left out a part: {why}" for why in r.dropped]
        return "; ".join(parts)

    def as_dict(self) -> dict[str, object]:
        """Plain data for ``--json``."""
        r = self.reading
        return {
            "interviewer": self.owner,
            "field": r.field,
            "note": r.note,
            "used": r.used,
            "kind": r.kind,
            "why": self.explanation(),
            "as_used": self.as_used,
            "forms": {
                k: v
                for k, v in (("topic", r.topic), ("clause", r.clause), ("sentence", r.sentence))
                if v
            },
            "sentiment": round(r.sentiment, 2),
            **({"to": list(self.to)} if self.to else {}),
        }


def _person_notes(person: Interviewer) -> list[tuple[Field, str]]:
    notes: list[tuple[Field, str]] = [("discussed", n) for n in person.discussed]
    notes += [(f, v) for f in ("valued", "rapport") if (v := getattr(person, f))]  # type: ignore[misc]
    return notes


def read_interview(interview: Interview, person: Interviewer | None = None) -> list[NoteRead]:
    """Read every note: the shared ones, then each interviewer's (or only ``person``'s)."""
    from afterword.review.rules.content import owners  # the reviewer's rule for missed points

    people = [p for p in interview.interviewers if person is None or p is person]
    shared = {where: list(getattr(interview, where)) for where in SHARED}
    found = read_notes(shared, [(p.name, _person_notes(p)) for p in people], _protected(interview))
    if len(interview.interviewers) < 2:
        return found
    return [
        replace(n, to=tuple(p.name for p in owners(n.reading.note, interview.interviewers)))
        if n.owner is None and n.reading.field == "missed" and n.reading.used
        else n
        for n in found
    ]


def read_notes(
    shared: Mapping[Field, Sequence[str]],
    people: Sequence[tuple[str, Sequence[tuple[Field, str]]]],
    protected: frozenset[str] = frozenset(),
) -> list[NoteRead]:
    """Read notes that need not yet make a valid interview (a form being typed)."""
    found = [
        NoteRead(None, read_note(note, where, None, protected))
        for where, notes in shared.items()
        for note in notes
    ]
    for name, notes in people:
        person = parse_name(name) if name.strip() else None
        found += [NoteRead(name, read_note(n, where, person, protected)) for where, n in notes]
    return found


def grouped(found: Sequence[NoteRead]) -> list[tuple[str, list[NoteRead]]]:
    """The readings in groups with a heading: shared notes first, then each interviewer's."""
    groups: dict[str, list[NoteRead]] = {}
    for item in found:
        groups.setdefault(item.owner or SHARED_HEADING, []).append(item)
    return list(groups.items())


SHARED_HEADING = "Shared notes (fit, missed, insights)"


def _protected(interview: Interview) -> frozenset[str]:
    words = {*interview.company.split(), *interview.role.split()}
    for other in interview.interviewers:
        words.update(other.person.tokens)
    return frozenset(words)


def left_out(found: list[NoteRead]) -> list[NoteRead]:
    """The notes no draft will use."""
    return [n for n in found if not n.reading.used]


def withheld_words(interview: Interview, person: Interviewer) -> list[tuple[str, str]]:
    """Words found only in the notes withheld from this person's draft, with the reason."""
    found = read_interview(interview, person)
    used = " ".join(
        [interview.company, interview.role, *(n.reading.note for n in found if n.reading.used)]
    ).lower()
    words: dict[str, str] = {}
    for item in left_out(found):
        for word in re.findall(r"[A-Za-z][\w'-]{4,}", item.reading.note):
            if word.lower() not in used and word.lower() not in COMMON:
                words.setdefault(word, item.reading.why)
    return list(words.items())


# Words too ordinary to give a withheld note away when a draft uses them.
COMMON = words_of(
    """
    about after again their there these those which while would could should other really
    think things still being never every where whose today yesterday first great little
    always wants asked maybe
    """
)


def render_lines(found: list[NoteRead]) -> list[str]:
    """The reading as plain text lines, grouped by whose notes they are."""
    lines: list[str] = []
    for heading, items in grouped(found):
        lines.append(f"{heading}:")
        lines += [line for item in items for line in _item_lines(item)]
    return lines


def _item_lines(item: NoteRead) -> list[str]:
    lines = [
        f'  {item.status:8}  {item.reading.field:9}  "{item.reading.note}"',
        f"            {item.explanation()}",
    ]
    if item.reading.used and item.as_used and item.as_used != item.reading.note:
        lines.append(f'            as: "{item.as_used}"')
    return lines
