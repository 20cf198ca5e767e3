"""Drafts stored as messages, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from afterword.compose import compose_panel
from afterword.mail.kernel import NotEditable, edit
from afterword.store.errors import NotFound
from afterword.store.interviews import interviewer_ids, save_interview
from afterword.store.messages import get_message, list_messages, save_draft
from afterword.store.schema import MessageRow


def test_save_and_read_back(database, example, now):
    interview_id = save_interview(database, example)
    drafts = compose_panel(example, now=now)
    ids = [save_draft(database, interview_id, d) for d in drafts]
    stored = get_message(database, ids[1])
    assert (stored.kind, stored.status, stored.composer) == ("thank-you", "draft", "builtin")
    assert (stored.to_name, stored.to_address) == ("Sam Okafor", "sam.okafor@northwind.example")
    assert stored.body == drafts[1].body and stored.subject == drafts[1].subject
    assert stored.interviewer_id == interviewer_ids(database, interview_id)[1]


def test_list_filters_by_interview_and_status(database, example, now):
    first = save_interview(database, example)
    second = save_interview(database, example)
    for interview_id in (first, second):
        for draft in compose_panel(example, now=now):
            save_draft(database, interview_id, draft)
    assert len(list_messages(database)) == 4
    assert {m.interview_id for m in list_messages(database, first)} == {first}
    assert list_messages(database, first, status="sent") == []


def test_update_body_edits_drafts_only(database, example, now):
    interview_id = save_interview(database, example)
    message_id = save_draft(database, interview_id, compose_panel(example, now=now)[0])
    edit(database, message_id, "Thank you — Senior Data Engineer", "Dear Dr. Raman, ...")
    assert get_message(database, message_id).body == "Dear Dr. Raman, ..."
    with database.session() as session:
        session.get(MessageRow, message_id).status = "approved"
    with pytest.raises(NotEditable, match="only a draft can be edited"):
        edit(database, message_id, "x", "y")


def test_missing_ids_are_not_found(database, example, now):
    with pytest.raises(NotFound):
        get_message(database, 999)
    with pytest.raises(NotFound):
        save_draft(database, 999, compose_panel(example, now=now)[0])
    with pytest.raises(NotFound):
        edit(database, 999, "s", "b")
