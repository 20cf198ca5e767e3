"""Fixtures for the schedule tests: a stored Northwind panel."""

from __future__ import annotations

import pytest
from schedule_helpers import northwind

from afterword.store.db import Database


@pytest.fixture
def stored_panel(database: Database) -> tuple[Database, int, list[int]]:
    """The Northwind panel stored for the local user: (database, interview id, interviewer ids)."""
    from afterword.store.interviews import interviewer_ids, save_interview

    interview_id = save_interview(database, northwind())
    return database, interview_id, interviewer_ids(database, interview_id)
