"""Any valid interview is stored and read back unchanged, on SQLite and PostgreSQL."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from afterword.interview.loader import dump_interview, parse_interview
from afterword.interview.model import Interview
from afterword.store.interviews import get_interview, list_interviews, save_interview
from support.interviews import interviews


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(interview=interviews)
def test_store_round_trip(database, interview: Interview) -> None:
    interview_id = save_interview(database, interview)
    stored = get_interview(database, interview_id)
    assert stored == interview
    assert parse_interview(dump_interview(stored), "exported.yaml") == interview
    summary = next(s for s in list_interviews(database) if s.id == interview_id)
    assert summary.start == interview.start
    assert summary.interviewers == [p.name for p in interview.interviewers]
