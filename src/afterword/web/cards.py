"""Shape an interview's drafts for the page: one card per interviewer, each draft reviewed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from afterword.config import Settings
from afterword.interview.model import Candidate, Interview, Interviewer
from afterword.mail.build import MessageError, mailto_link
from afterword.review.context import ReviewContext
from afterword.review.engine import review
from afterword.review.message import Message
from afterword.review.rules.panel import compare_panel
from afterword.store.db import Database
from afterword.store.interviews import interviewer_ids
from afterword.store.messages import list_messages
from afterword.web.formatting import Segment, highlight
from afterword.web.memory import after_review

EDITABLE = frozenset({"draft"})


@dataclass
class DraftView:
    """One message with its review, cut into segments for highlighting."""

    row: Any  # MessageRow
    review: Any  # afterword.review.engine.Review
    segments: list[Segment]
    body: str
    subject: str
    mailto: str | None = None

    @property
    def editable(self) -> bool:
        """Whether the text may still change."""
        return self.row.status in EDITABLE


@dataclass
class Card:
    """One interviewer and the messages to them, newest first."""

    position: int
    interviewer: Interviewer
    interviewer_id: int | None
    drafts: list[DraftView] = field(default_factory=list)


def review_body(
    body: str,
    subject: str | None,
    settings: Settings,
    interview: Interview | None = None,
    recipient: Interviewer | None = None,
    kind: str | None = None,
    candidate: Candidate | None = None,
    sent_at: datetime | None = None,
) -> Any:
    """Review a body in its context, with the user's rule settings (and known words)."""
    sender = f"{candidate.name} <{candidate.email}>" if candidate else None
    to = f"{recipient.name} <{recipient.email}>" if recipient and recipient.email else None
    context = ReviewContext(
        interview=interview,
        recipient=recipient,
        kind=kind,  # type: ignore[arg-type]
        sent_at=sent_at or datetime.now(UTC),
        candidate=candidate,
        schedule=settings.schedule,
        english=settings.profile.english,
    )
    message = Message(body=body, subject=subject, sender=sender, to=to)
    result = review(message, context, settings.review)
    after_review()
    return result


def draft_view(
    row: Any, interview: Interview, recipient: Interviewer | None, candidate: Candidate | None,
    settings: Settings, body: str | None = None, subject: str | None = None,
) -> DraftView:  # fmt: skip
    """Review a stored message (or the text being typed into it) and cut it for highlighting."""
    body = row.body if body is None else body
    subject = row.subject if subject is None else subject
    when = row.sent_at or row.scheduled_for
    result = review_body(body, subject, settings, interview, recipient, row.kind, candidate, when)
    segments = highlight(body, result.findings)
    return DraftView(row, result, segments, body, subject or "", _mailto(row))


def _mailto(row: Any) -> str | None:
    """The message's mailto: link, or none when what is stored cannot make one."""
    try:
        return mailto_link(row)
    except MessageError:  # no address, a bad one, a subject that cannot be a header
        return None


def interview_cards(
    db: Database, interview_id: int, interview: Interview, candidate: Candidate | None,
    settings: Settings,
) -> list[Card]:  # fmt: skip
    """Return a card per interviewer with the messages to them, thank-you first."""
    ids = interviewer_ids(db, interview_id)
    cards = [
        Card(i, person, ids[i] if i < len(ids) else None)
        for i, person in enumerate(interview.interviewers)
    ]
    by_id = {card.interviewer_id: card for card in cards}
    for row in _latest_per_slot(list_messages(db, interview_id=interview_id)):
        card = by_id.get(row.interviewer_id)
        if card is not None:
            card.drafts.append(draft_view(row, interview, card.interviewer, candidate, settings))
    return cards


def panel_warnings(cards: list[Card]) -> list[str]:
    """Name the pairs of notes of one kind that share most of their text (AW206)."""
    slots: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for card in cards:
        for view in card.drafts:
            key = (view.row.kind, view.row.sequence)
            slots.setdefault(key, []).append((card.interviewer.name, view.body))
    return [finding.message for notes in slots.values() for finding in compare_panel(notes)]


def _latest_per_slot(rows: list[Any]) -> list[Any]:
    """Keep the newest message per interviewer, kind and sequence (a regenerated draft wins)."""
    latest: dict[tuple[Any, str, int], Any] = {}
    for row in sorted(rows, key=lambda r: r.id):
        latest[(row.interviewer_id, row.kind, row.sequence)] = row
    return sorted(latest.values(), key=lambda r: (r.kind != "thank-you", r.sequence))
