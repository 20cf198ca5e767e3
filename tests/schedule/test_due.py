"""due_items on a stored panel: states from the outbox, replies stop the cadence, countdowns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from schedule_helpers import add_message, northwind

from afterword.config import Settings
from afterword.schedule.due import describe_countdown, due_items

SETTINGS = Settings()
BEFORE = datetime(2026, 11, 24, 22, tzinfo=UTC)  # 16:00 in Chicago, an hour after the interview


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def summary(items) -> list[tuple[str, str, datetime, str]]:  # type: ignore[no-untyped-def]
    return [(i.interviewer, i.label, i.due_at, i.state) for i in items]


def test_control_every_item_is_due_soonest_first(stored_panel) -> None:  # type: ignore[no-untyped-def]
    db, interview_id, _ = stored_panel
    items = due_items(db, SETTINGS, BEFORE)
    assert summary(items) == [
        ("Dr. Priya Raman", "thank-you", utc(2026, 11, 25, 21), "due"),
        ("Sam Okafor", "thank-you", utc(2026, 11, 25, 21), "due"),
        ("Dr. Priya Raman", "follow-up 1", utc(2026, 12, 2, 14), "due"),
        ("Sam Okafor", "follow-up 1", utc(2026, 12, 2, 14), "due"),
        ("Dr. Priya Raman", "follow-up 2", utc(2026, 12, 9, 14), "due"),
        ("Sam Okafor", "follow-up 2", utc(2026, 12, 9, 14), "due"),
    ]
    first = items[0].to_dict()
    assert first["countdown"] == "in 23 h" and not first["overdue"]
    assert first["interview_id"] == interview_id and first["company"] == "Northwind Analytics"


@pytest.mark.parametrize(
    ("status", "columns", "state", "listed"),
    [
        ("draft", {}, "drafted", True),
        ("approved", {}, "approved", True),
        ("scheduled", {"scheduled_for": utc(2026, 11, 25, 14)}, "scheduled", True),
        ("failed", {}, "failed", True),
        ("uncertain", {}, "uncertain", True),
        ("cancelled", {}, "due", True),
        ("sent", {"sent_at": utc(2026, 11, 25, 15)}, "sent", False),
        (
            "sent",
            {"sent_at": utc(2026, 11, 25, 15), "replied_at": utc(2026, 11, 25, 18)},
            "replied",
            False,
        ),
    ],
)
def test_thank_you_state_follows_the_outbox(  # type: ignore[no-untyped-def]
    stored_panel, status: str, columns: dict, state: str, listed: bool
) -> None:
    db, interview_id, (priya, _sam) = stored_panel
    message = add_message(db, interview_id, priya, "thank-you", status, **columns)
    everything = due_items(db, SETTINGS, BEFORE, include_done=True)
    item = next(i for i in everything if i.interviewer_id == priya and i.label == "thank-you")
    assert item.state == state
    assert item.message_id == (None if status == "cancelled" else message)
    assert (item in due_items(db, SETTINGS, BEFORE)) is listed


def test_the_furthest_message_wins(stored_panel) -> None:  # type: ignore[no-untyped-def]
    db, interview_id, (priya, _sam) = stored_panel
    add_message(db, interview_id, priya, "thank-you", "draft", variant=1)
    approved = add_message(db, interview_id, priya, "thank-you", "approved")
    item = due_items(db, SETTINGS, BEFORE)[0]
    assert (item.interviewer_id, item.state, item.message_id) == (priya, "approved", approved)


def test_a_reply_stops_the_follow_ups(stored_panel) -> None:  # type: ignore[no-untyped-def]
    from afterword.store.schema import InterviewerRow

    db, interview_id, (priya, _sam) = stored_panel
    add_message(db, interview_id, priya, "thank-you", "sent", sent_at=utc(2026, 11, 25, 15))
    with db.session() as session:
        session.get(InterviewerRow, priya).replied_at = utc(2026, 11, 26, 9)
    pending = due_items(db, SETTINGS, BEFORE)
    assert [i.label for i in pending if i.interviewer_id == priya] == []
    done = [
        i for i in due_items(db, SETTINGS, BEFORE, include_done=True) if i.interviewer_id == priya
    ]
    assert [(i.label, i.state) for i in done] == [
        ("thank-you", "sent"),
        ("follow-up 1", "replied"),
        ("follow-up 2", "replied"),
    ]


def test_the_second_follow_up_counts_from_the_first_sent(stored_panel) -> None:  # type: ignore[no-untyped-def]
    db, interview_id, (_priya, sam) = stored_panel
    add_message(db, interview_id, sam, "follow-up", "sent", 1, sent_at=utc(2026, 12, 4, 17))
    later = utc(2026, 12, 5)
    items = [i for i in due_items(db, SETTINGS, later) if i.interviewer_id == sam]
    assert summary(items) == [
        ("Sam Okafor", "thank-you", utc(2026, 11, 25, 21), "due"),
        ("Sam Okafor", "follow-up 2", utc(2026, 12, 11, 14), "due"),
    ]
    assert items[0].overdue and items[0].to_dict()["countdown"] == "overdue by 9 days"
    assert not items[1].overdue


def test_decision_date_moves_the_first_follow_up(database) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from afterword.store.interviews import save_interview

    save_interview(database, northwind(decision_by=date(2026, 12, 4)))
    items = due_items(database, SETTINGS, BEFORE)
    assert {i.due_at for i in items if i.label == "follow-up 1"} == {utc(2026, 12, 7, 14)}


def test_one_interview_only(stored_panel) -> None:  # type: ignore[no-untyped-def]
    from afterword.store.interviews import save_interview

    db, interview_id, _ = stored_panel
    other = save_interview(db, northwind(company="Contoso"))
    assert {i.interview_id for i in due_items(db, SETTINGS, BEFORE)} == {interview_id, other}
    assert {i.company for i in due_items(db, SETTINGS, BEFORE, interview_id=other)} == {"Contoso"}


def test_only_the_users_own_interviews(database) -> None:  # type: ignore[no-untyped-def]
    from afterword.store.interviews import save_interview
    from afterword.store.schema import User

    with database.session() as session:
        other = User(username="someone-else", created_at=BEFORE)
        session.add(other)
        session.flush()
        other_id = other.id
    save_interview(database, northwind(company="Contoso"), user_id=other_id)
    assert due_items(database, SETTINGS, BEFORE) == []
    assert {i.company for i in due_items(database, SETTINGS, BEFORE, user_id=other_id)} == {
        "Contoso"
    }


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(hours=3), "in 3 h"),
        (timedelta(seconds=20), "due now"),
        (timedelta(minutes=25), "in 25 min"),
        (timedelta(days=2, hours=1), "in 2 days"),
        (timedelta(hours=47), "in 47 h"),
        (-timedelta(days=2), "overdue by 2 days"),
        (-timedelta(minutes=90), "overdue by 2 h"),
        (-timedelta(minutes=5), "overdue by 5 min"),
    ],
)
def test_countdown_words(delta: timedelta, text: str) -> None:
    assert describe_countdown(delta) == text
