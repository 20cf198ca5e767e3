"""Fixtures for the outbox and SMTP tests: a stored panel interview, drafts, a real server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from afterword.config import Settings
from afterword.store.db import Database
from support.outbox_data import (
    EXAMPLE,
    events,
    queue_messages,
    settings_for,
    states,
)
from support.smtp import RecordingSMTPServer


@pytest.fixture
def smtp_server() -> Iterator[RecordingSMTPServer]:
    """A recording SMTP server on loopback."""
    with RecordingSMTPServer() as server:
        yield server


@pytest.fixture
def settings(smtp_server: RecordingSMTPServer) -> Settings:
    """Settings pointing at ``smtp_server``."""
    return settings_for(smtp_server)


@pytest.fixture
def interview_id(database: Database) -> int:
    """The example panel interview, stored with the candidate's profile."""
    from afterword.interview.loader import load_interview
    from afterword.store.interviews import save_interview, save_profile

    interview = load_interview(EXAMPLE)
    assert interview.candidate is not None
    save_profile(database, interview.candidate)
    return save_interview(database, interview)


@pytest.fixture
def drafts(database: Database, interview_id: int) -> list[int]:
    """Built-in thank-you drafts for both interviewers; their message ids."""
    from afterword.compose import compose
    from afterword.store.interviews import get_interview
    from afterword.store.messages import save_draft

    interview = get_interview(database, interview_id)
    return [
        save_draft(database, interview_id, compose(interview, person))
        for person in interview.interviewers
    ]


@pytest.fixture
def queue(database: Database, interview_id: int):  # type: ignore[no-untyped-def]
    """Store approved messages: ``queue(count, due=None, status=..., to=...) -> ids``."""
    return lambda count, **kw: queue_messages(database, interview_id, count, **kw)


@pytest.fixture
def state_of(database: Database):  # type: ignore[no-untyped-def]
    """``state_of() -> {id: state}`` for every stored message."""
    return lambda: states(database)


@pytest.fixture
def events_of(database: Database):  # type: ignore[no-untyped-def]
    """``events_of(message_id) -> [(kind, detail), ...]``."""
    return lambda message_id: events(database, message_id)
