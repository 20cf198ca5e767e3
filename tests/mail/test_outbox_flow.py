"""Approve, schedule and send through the real SMTP server, on SQLite and PostgreSQL."""

from __future__ import annotations

from afterword.mail import outbox
from afterword.store.messages import get_message
from support.outbox_data import DURING_INTERVIEW, IN_WINDOW, WINDOW_OPENS


def test_approve_fixes_message_id_and_schedules_in_window(database, drafts, settings) -> None:
    approval = outbox.approve(database, drafts[0], settings=settings, now=DURING_INTERVIEW)
    row = get_message(database, drafts[0])
    assert approval.status == row.status == "scheduled"
    assert row.message_id == approval.message_id
    assert row.message_id.endswith("@example.com>")
    assert approval.scheduled_for == WINDOW_OPENS


def test_send_due_sends_only_once_the_window_opens(database, drafts, settings, smtp_server):
    for ident in drafts:
        outbox.approve(database, ident, settings=settings, now=DURING_INTERVIEW)
    early = outbox.send_due(database, settings, DURING_INTERVIEW)
    assert early.outcomes == [] and smtp_server.messages == []
    report = outbox.send_due(database, settings, IN_WINDOW)
    assert [o.state for o in report.outcomes] == ["sent", "sent"]
    assert sorted(m.rcpt_tos[0] for m in smtp_server.messages) == [
        "priya.raman@northwind.example",
        "sam.okafor@northwind.example",
    ]
    again = outbox.send_due(database, settings, IN_WINDOW)
    assert again.outcomes == [] and len(smtp_server.messages) == 2
