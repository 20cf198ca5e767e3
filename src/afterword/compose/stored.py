"""Drafting against the database: import an interview once, store drafts, export .eml."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from afterword.compose import compose
from afterword.compose.draft import Draft
from afterword.interview.errors import UnknownInterviewer
from afterword.kinds import MessageKind

if TYPE_CHECKING:
    from afterword.config import Settings
    from afterword.interview.model import Candidate, Interview
    from afterword.store.db import Database


@dataclass(frozen=True)
class StoredDraft:
    """A draft and the id of the message that stores it."""

    id: int
    draft: Draft

    def as_dict(self) -> dict[str, object]:
        """Plain data for ``--json``."""
        d = self.draft
        return {
            "id": self.id,
            "to_name": d.to_name,
            "to_address": d.to_address,
            "subject": d.subject,
            "body": d.body,
            "kind": d.kind,
            "sequence": d.sequence,
            "variant": d.variant,
            "composer": d.composer,
            "notes": list(d.notes),
        }


def store_once(db: Database, interview: Interview) -> int:
    """Return the id of this exact interview if stored already, else store it."""
    from afterword.store.interviews import get_interview, list_interviews, save_interview

    for summary in list_interviews(db):
        same = (summary.company, summary.role, summary.timezone) == (
            interview.company,
            interview.role,
            interview.timezone,
        )
        same = same and summary.start.replace(tzinfo=None) == interview.when
        if same and get_interview(db, summary.id) == interview:
            return summary.id
    return save_interview(db, interview)


def next_sequence(db: Database, interview_id: int, address: str | None, name: str) -> int:
    """1 for the first follow-up to this person, 2 once one has been sent."""
    from afterword.store.messages import list_messages

    sent = [
        m
        for m in list_messages(db, interview_id, status="sent")
        if m.kind == "follow-up" and (m.to_address or m.to_name) == (address or name)
    ]
    return 2 if sent else 1


def draft_interview(
    db: Database,
    interview_id: int,
    interview: Interview,
    kind: MessageKind = MessageKind.THANK_YOU,
    to: str | None = None,
    variant: int = 0,
    settings: Settings | None = None,
    now: datetime | None = None,
    replace: bool = False,
) -> list[StoredDraft]:
    """Draft a note for every interviewer (or the one named) and store each as a message.

    With ``replace`` an unsent draft of the same kind to the same person is rewritten in
    place instead of adding another (the demo stays the same size when run twice).
    """
    from afterword.mail.kernel import edit
    from afterword.store.interviews import get_profile, get_signature, interview_owner
    from afterword.store.messages import save_draft

    owner = interview_owner(db, interview_id)  # signed by the interview's user, whoever asks
    profile, signature = get_profile(db, owner), get_signature(db, owner)
    people = interview.interviewers if to is None else [recipient(interview, to)]
    stored = []
    for person in people:
        sequence = (
            next_sequence(db, interview_id, person.email, person.name)
            if (kind == "follow-up")
            else 1
        )
        draft = compose(
            interview,
            person,
            kind,
            variant,
            settings,
            profile,
            sequence,
            now=now,
            signature=signature,
        )
        existing = open_draft(db, interview_id, draft) if replace else None
        if existing is None:
            stored.append(StoredDraft(save_draft(db, interview_id, draft), draft))
        else:
            edit(db, existing, draft.subject, draft.body)
            stored.append(StoredDraft(existing, draft))
    return stored


def open_draft(db: Database, interview_id: int, draft: Draft) -> int | None:
    """The id of an unsent draft of the same kind to the same person, if there is one."""
    from afterword.store.messages import list_messages

    for message in list_messages(db, interview_id, status="draft"):
        if (message.kind, message.to_name, message.to_address) == (
            draft.kind,
            draft.to_name,
            draft.to_address,
        ):
            return message.id
    return None


def recipient(interview: Interview, to: str):  # type: ignore[no-untyped-def]
    """The interviewer named by ``to`` (name or address), or a clear error."""
    person = interview.interviewer(to)
    if person is None:
        names = "; ".join(
            f"{p.name} <{p.email}>" if p.email else p.name for p in interview.interviewers
        )
        raise UnknownInterviewer(
            f"--to {to!r} matches no single interviewer; expected one of: {names}"
        )
    return person


def slug(text: str) -> str:
    """A file-name-safe form of a name."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "draft"


def write_eml(
    directory: Path, drafts: Sequence[StoredDraft], candidate: Candidate | None
) -> list[Path]:
    """Write each draft as an .eml file (headers built by the email package)."""
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.policy import SMTP

    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for item in drafts:
        message = EmailMessage(policy=SMTP)
        if candidate is not None:
            message["From"] = Address(candidate.name, addr_spec=candidate.email)
        if item.draft.to_address:
            from afterword.interview.names import display_name

            to = display_name(item.draft.to_name)
            message["To"] = Address(to, addr_spec=item.draft.to_address)
        message["Subject"] = item.draft.subject
        message.set_content(item.draft.body)
        path = directory / f"{item.id}-{item.draft.kind}-{slug(item.draft.to_name)}.eml"
        path.write_bytes(message.as_bytes())
        paths.append(path)
    return paths
