"""A drafted message to one interviewer, before it is stored."""

from __future__ import annotations

from dataclasses import dataclass, field

from afterword.interview.model import Interviewer
from afterword.kinds import MessageKind


@dataclass(frozen=True)
class Draft:
    """A thank-you or follow-up to one interviewer, ready for review and storage."""

    interviewer: Interviewer
    to_name: str
    to_address: str | None
    subject: str
    body: str
    kind: MessageKind = MessageKind.THANK_YOU
    variant: int = 0
    composer: str = "builtin"
    sequence: int = 1
    position: int = 0  # the interviewer's place on the panel, as the file gave it
    notes: tuple[str, ...] = field(default_factory=tuple)  # e.g. why the model was not used
    from_notes: tuple[str, ...] = field(default_factory=tuple)  # sentences built from notes

    @property
    def word_count(self) -> int:
        """How many words the body has."""
        return len(self.body.split())
