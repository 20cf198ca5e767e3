"""Interviews and the profile, stored and read back on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from afterword.interview.loader import load_interview
from afterword.interview.model import Candidate
from afterword.store.db import utcnow
from afterword.store.errors import NotFound
from afterword.store.interviews import (
    delete_interview,
    get_interview,
    get_profile,
    get_signature,
    interviewer_ids,
    list_interviews,
    log_event,
    save_interview,
    save_profile,
)
from afterword.store.schema import Event, InterviewerRow, InterviewRow, User

EXAMPLE = Path(__file__).parents[2] / "examples" / "northwind-panel.yaml"


def test_save_and_get_round_trip(database) -> None:
    interview = load_interview(EXAMPLE)
    interview_id = save_interview(database, interview)
    assert get_interview(database, interview_id) == interview


def test_interviewer_ids_follow_the_file_order(database) -> None:
    interview_id = save_interview(database, load_interview(EXAMPLE))
    ids = interviewer_ids(database, interview_id)
    with database.session() as session:
        names = [session.get(InterviewerRow, i).name for i in ids]
    assert names == ["Dr. Priya Raman", "Sam Okafor"]


def test_list_is_latest_first_with_names(database) -> None:
    interview = load_interview(EXAMPLE)
    first = save_interview(database, interview)
    later = save_interview(
        database,
        interview.model_copy(update={"company": "Contoso", "when": interview.when.replace(day=25)}),
    )
    summaries = list_interviews(database)
    assert [s.id for s in summaries] == [later, first]
    assert summaries[0].as_dict()["start"] == "2026-11-25T14:00:00-06:00"
    assert summaries[1].interviewers == ["Dr. Priya Raman", "Sam Okafor"]
    assert [s.id for s in list_interviews(database, limit=1)] == [later]


def test_each_user_sees_only_their_own(database) -> None:
    with database.session() as session:
        other = User(username="someone-else", created_at=utcnow())
        session.add(other)
        session.flush()
        other_id = other.id
    interview_id = save_interview(database, load_interview(EXAMPLE), user_id=other_id)
    assert list_interviews(database) == []
    with pytest.raises(NotFound):
        get_interview(database, interview_id)
    with pytest.raises(NotFound):
        delete_interview(database, interview_id)
    assert get_interview(database, interview_id, user_id=other_id).company


def test_delete_removes_interviewers_and_logs(database) -> None:
    interview_id = save_interview(database, load_interview(EXAMPLE))
    delete_interview(database, interview_id)
    with pytest.raises(NotFound, match=f"no interview with id {interview_id}"):
        get_interview(database, interview_id)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(InterviewerRow)) == 0
        kinds = session.scalars(select(Event.kind).order_by(Event.id)).all()
    # An interview's own events go with it; the deletion is logged without the foreign key.
    assert kinds == ["interview.deleted"]


def test_profile_round_trip(database) -> None:
    assert get_profile(database) is None
    jordan = Candidate(
        name="Jordan Lee", email="jordan.lee@example.com", links=["https://example.com/jordan"]
    )
    save_profile(database, jordan, signature="Jordan Lee\n+1 555 0100")
    save_profile(database, jordan.model_copy(update={"phone": "+1 555 0100"}), "Jordan")
    assert get_profile(database) == jordan.model_copy(update={"phone": "+1 555 0100"})
    assert get_signature(database) == "Jordan"


def test_log_event_keeps_plain_detail(database) -> None:
    with database.session() as session:
        log_event(session, "test.event", when=utcnow(), count=2)
    with database.session() as session:
        event = session.scalar(select(Event).where(Event.kind == "test.event"))
        assert event.detail["count"] == 2 and isinstance(event.detail["when"], str)


def test_a_failed_save_writes_nothing(database) -> None:
    if database.url.startswith("sqlite"):
        pytest.skip("SQLite does not enforce column sizes, so this save cannot fail there")
    interview = load_interview(EXAMPLE)
    people = list(interview.interviewers)
    people[1] = people[1].model_copy(update={"title": "x" * 5000})  # past the column's size
    with pytest.raises(Exception, match="too long"):
        save_interview(database, interview.model_copy(update={"interviewers": people}))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(InterviewRow)) == 0
        assert session.scalar(select(func.count()).select_from(InterviewerRow)) == 0
