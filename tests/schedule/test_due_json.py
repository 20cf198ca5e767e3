"""`due --json` written from the rows is, byte for byte, the JSON of every item's to_dict()."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from schedule_helpers import add_message, northwind

from afterword.config import Settings
from afterword.schedule import items as items_module
from afterword.schedule.due import iter_due_items, iter_due_rows, write_due_json
from afterword.schedule.pending import due_of, iter_pages
from afterword.store.db import Database
from afterword.store.interviews import interviewer_ids, save_interview

SETTINGS = Settings()
START = datetime(2026, 5, 1, 15)
PEOPLE = [
    {"name": 'Zoë "Q" Ng\\', "email": None},  # escapes, no address
    {"name": "Dr. Priya Raman", "email": "priya.raman@northwind.example"},
    {"name": "José Ñúñez", "email": "jose@example.com"},
]


def _history(db: Database) -> None:
    """A panel every four days: some sent, some drafted, some answered, some not begun."""
    for n in range(12):
        interview = northwind(when=START + timedelta(days=4 * n), interviewers=PEOPLE,
                              company=f"Nörthwind {n}", role="Data Engineer / «ETL»")  # fmt: skip
        interview_id = save_interview(db, interview)
        for p, person in enumerate(interviewer_ids(db, interview_id)):
            at = datetime(2026, 5, 2, tzinfo=UTC) + timedelta(days=4 * n)
            if (n + p) % 3 == 0:
                add_message(db, interview_id, person, status="sent", sent_at=at)
            elif (n + p) % 3 == 1:
                add_message(db, interview_id, person, status="draft")
            if n < 4:
                later = {"sent_at": at + timedelta(days=7), "replied_at": at + timedelta(days=8)}
                add_message(db, interview_id, person, "follow-up", "sent", 1, **later)


def _reference(now: datetime, db: Database, include_done: bool) -> str:
    found = iter_due_items(db, SETTINGS, now, include_done=include_done)
    document = {"now": now.isoformat(), "items": [item.to_dict() for item in found]}
    return json.dumps(document, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("include_done", [False, True])
@pytest.mark.parametrize(
    "now",
    [datetime(2026, 5, 20, 12, tzinfo=UTC),
     datetime(2026, 6, 1, 8, 30, 15, tzinfo=timezone(timedelta(hours=-5)))],
)  # fmt: skip
def test_rows_to_json_equal_the_items_json(
    database: Database, now: datetime, include_done: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    _history(database)
    monkeypatch.setattr(items_module, "CACHED", 4)  # the caches are emptied as they fill
    out, user = io.StringIO(), database.local_user_id()
    pages = iter_pages(database, user, include_done=include_done, page=7, settings=SETTINGS)
    write_due_json(now, pages, out.write)
    assert out.getvalue() == _reference(now, database, include_done)
    # control: the history has every kind of item this compares
    shown = json.loads(out.getvalue())["items"]
    assert {i["overdue"] for i in shown} == {True, False}
    assert None in {i["address"] for i in shown} and len(shown) > 20
    assert include_done == ("sent" in {i["state"] for i in shown})


def test_no_items_is_an_empty_list(database: Database) -> None:
    out = io.StringIO()
    now = datetime(2026, 5, 20, 12, tzinfo=UTC)
    write_due_json(now, iter_due_rows(database, SETTINGS), out.write)
    assert json.loads(out.getvalue()) == {"now": now.isoformat(), "items": []}


@pytest.mark.parametrize(
    "stored",
    ["2026-05-20 12:00:00.000000", "2026-05-20 12:00:00.250001", "2026-05-20 12:00:00",
     "2026-05-20T07:00:00-05:00", "1969-12-31 23:59:59.999999",
     datetime(2026, 5, 20, 12, tzinfo=UTC), datetime(2026, 5, 20, 12, 0, 0, 7)],
)  # fmt: skip
def test_a_stored_due_time_is_written_as_its_aware_moment(stored: str | datetime) -> None:
    # SQLite's naive text is read without making it aware; it must write and count the same
    due = due_of(stored)
    micros = (due - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)
    expected = f'"due_at": {json.dumps(due.isoformat())}, ', micros
    assert items_module._due_field.__wrapped__(due_of, stored) == expected
