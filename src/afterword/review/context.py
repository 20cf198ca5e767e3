"""What the rules may know about a message beyond its text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from afterword.kinds import MessageKind

if TYPE_CHECKING:  # the models cost a cold review without an interview 0.1 s to import
    from afterword.config import ScheduleSettings
    from afterword.interview.model import Candidate, Interview, Interviewer
    from afterword.review.addressee import Addressee


@dataclass(frozen=True)
class ReviewContext:
    """The interview and recipient a message is for; every field may be missing."""

    interview: Interview | None = None
    recipient: Interviewer | Addressee | None = None  # Addressee: from a To header alone
    kind: MessageKind | None = None
    sent_at: datetime | None = None
    candidate: Candidate | None = None
    known_words: tuple[str, ...] = field(default_factory=tuple)
    schedule: ScheduleSettings | None = None  # the user's cadence calendar (country holidays)
    english: str | None = None  # the candidate's English (profile.english); None: guess it

    @property
    def others(self) -> list[Interviewer]:
        """The other interviewers of the panel."""
        if self.interview is None:
            return []
        return [p for p in self.interview.interviewers if p is not self.recipient]
