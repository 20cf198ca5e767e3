"""What one note needs besides its wording, and the sentences it is built from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from afterword.interview.model import Candidate, Interview, Interviewer
from afterword.kinds import MessageKind


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
    def protected(self) -> frozenset[str]:
        """Words whose case must survive cleaning: names, the company, the role."""
        words = {*self.interview.company.split(), *self.interview.role.split()}
        for other in self.interview.interviewers:
            words.update(other.person.tokens)
        return frozenset(words)

    @property
    def company(self) -> str:
        """The company as running text: "harbour capital" typed in a hurry gets its capitals."""
        return company_name(self.interview.company)


def company_name(company: str) -> str:
    """Capitalize a company name typed all in lowercase; keep any other case as typed."""
    if company != company.lower():
        return company
    small = {"of", "and", "the", "for", "de", "la", "du", "von", "van"}
    words = company.split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))
