"""Header injection through an encoded word (issue 12, item 1), end to end.

The probe: an invite whose organizer's CN holds ``=?utf-8?q?…=0D=0AReply-To:…?=``. On Python
before 3.11.10 / 3.12.5 the email package's folder decodes it into a real line break
(CVE-2024-6923). It is refused where it enters, and checked again on the built bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from afterword.interview.errors import InterviewFileError
from afterword.interview.ics import import_ics
from afterword.mail import outbox
from afterword.store.schema import MessageRow
from support.outbox_data import DURING_INTERVIEW

HOSTILE = Path(__file__).parents[1] / "fixtures" / "ics" / "hostile"
INJECTED = "Priya =?utf-8?q?Raman=0D=0AReply-To:_hr-desk=40attacker.example?="


def test_the_invite_is_refused_in_one_line() -> None:
    data = (HOSTILE / "encoded-word-organizer.ics").read_bytes()
    with pytest.raises(InterviewFileError) as refused:
        import_ics(data, "invite.ics", candidate_email="jordan.lee@example.com")
    message = str(refused.value)
    assert message.startswith("invite.ics") and "\n" not in message
    assert "encoded word" in message


def _poison(database, ident: int) -> None:  # type: ignore[no-untyped-def]
    """Write the name straight into the row, as a database from before this fix may hold."""
    with database.session() as session:
        session.execute(update(MessageRow).where(MessageRow.id == ident).values(to_name=INJECTED))


def test_a_stored_hostile_name_never_reaches_the_server(
    database, queue, settings, smtp_server, state_of
) -> None:
    ident, clean = queue(2)
    _poison(database, ident)
    report = outbox.send_now(database, settings, [ident, clean])
    outcome = {o.id: o for o in report.outcomes}
    assert outcome[ident].state == "failed" and "encoded word" in outcome[ident].detail
    assert state_of()[ident] == "failed" and state_of()[clean] == "sent"
    assert len(smtp_server.messages) == 1
    raw = smtp_server.messages[0].data
    assert b"Reply-To" not in raw and b"attacker" not in raw


def test_approval_refuses_a_hostile_name(database, drafts, settings) -> None:
    _poison(database, drafts[0])
    with pytest.raises(outbox.OutboxError, match="recipient name holds '=\\?'"):
        outbox.approve(database, drafts[0], settings=settings, now=DURING_INTERVIEW)


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("company", "Northwind", None),
        ("company", "North =?utf-8?q?wind?=", "encoded word"),
        ("role", "Engineer\u2028Bcc: a@b.example", "line break or control character"),
        ("role", "Engi\x85neer", "line break or control character"),
    ],
)
def test_the_interview_refuses_header_breaking_text(field, value, problem) -> None:
    from pydantic import ValidationError

    from afterword.interview.loader import load_interview
    from support.outbox_data import EXAMPLE

    data = load_interview(EXAMPLE).model_dump()
    data[field] = value
    if problem is None:
        assert getattr(type(load_interview(EXAMPLE)).model_validate(data), field) == value
        return
    with pytest.raises(ValidationError, match=problem):
        type(load_interview(EXAMPLE)).model_validate(data)
