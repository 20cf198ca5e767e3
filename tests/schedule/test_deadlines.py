"""Deadlines, cadence and send windows: tables of interviews, zones, holidays and clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from afterword.config import ScheduleSettings, Settings
from afterword.interview.model import Interview
from afterword.schedule.business import (
    BusinessCalendar,
    ScheduleError,
    next_working_moment,
    working_hours,
)
from afterword.schedule.deadlines import (
    Timing,
    follow_up_due,
    next_send_time,
    plan_send,
    send_window,
    thank_you_deadline,
)

US = Settings()


def interview(
    when: datetime, zone: str = "America/Chicago", minutes: int = 60, **fields: object
) -> Interview:
    """An interview with one interviewer (Sam), who may have their own zone."""
    sam: dict[str, object] = {"name": "Sam Okafor", "email": "sam.okafor@northwind.example"}
    if "sam_zone" in fields:
        sam["timezone"] = fields.pop("sam_zone")
    return Interview(
        company="Northwind Analytics",
        role="Senior Data Engineer",
        when=when,
        duration_minutes=minutes,
        timezone=zone,
        interviewers=[sam],
        **fields,
    )


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def country(code: str, **fields: object) -> Settings:
    return Settings(schedule=ScheduleSettings(country=code, **fields))


@pytest.mark.parametrize(
    ("when", "zone", "expected", "why"),
    [
        (datetime(2026, 11, 24, 14), "America/Chicago", utc(2026, 11, 25, 21), "control"),
        # DST ends in New York on 1 Nov 2026: 24 real hours, so the wall clock shows 10:00.
        (datetime(2026, 10, 31, 10), "America/New_York", utc(2026, 11, 1, 15), "DST ends"),
        # DST starts in Berlin on 29 Mar 2026: 11:00 CET + 24 h = 12:00 CEST.
        (datetime(2026, 3, 28, 10), "Europe/Berlin", utc(2026, 3, 29, 10), "DST starts"),
        (datetime(2026, 12, 31, 23, 30), "Asia/Tokyo", utc(2027, 1, 1, 15, 30), "new year"),
    ],
)
def test_thank_you_deadline(when: datetime, zone: str, expected: datetime, why: str) -> None:
    assert thank_you_deadline(interview(when, zone)) == expected, why


@pytest.mark.parametrize(
    ("when", "zone", "settings", "decision_by", "expected", "why"),
    [
        (datetime(2026, 11, 2, 10), "America/Chicago", US, None, utc(2026, 11, 9, 14), "control"),
        # Tue 24 Nov + 5 business days skips Thanksgiving (Thu 26 Nov).
        (datetime(2026, 11, 24, 14), "America/Chicago", US, None, utc(2026, 12, 2, 14), "holiday"),
        # Fri 18 Dec: Christmas Day (Fri 25) is skipped.
        (datetime(2026, 12, 18, 10), "America/Chicago", US, None, utc(2026, 12, 28, 14), "xmas"),
        # In Britain Boxing Day (Sat 26 Dec) is observed on Mon 28 Dec as well.
        (
            datetime(2026, 12, 22, 10),
            "Europe/London",
            country("GB"),
            None,
            utc(2026, 12, 31, 8),
            "GB holidays",
        ),
        # A decision date: the next business day after it.
        (
            datetime(2026, 11, 24, 14),
            "America/Chicago",
            US,
            date(2026, 12, 4),
            utc(2026, 12, 7, 14),
            "decision Friday -> Monday",
        ),
        # A decision date the day after the interview cannot overtake the thank-you.
        (
            datetime(2026, 11, 24, 14),
            "America/Chicago",
            US,
            date(2026, 11, 25),
            utc(2026, 11, 27, 14),
            "decision too soon",
        ),
        (
            datetime(2026, 11, 24, 14),
            "America/Chicago",
            US,
            date(2026, 11, 20),
            utc(2026, 11, 27, 14),
            "decision before the interview",
        ),
        # Custom working hours move the due time of day.
        (
            datetime(2026, 11, 2, 10),
            "America/Chicago",
            country("US", window_start="09:30"),
            None,
            utc(2026, 11, 9, 15, 30),
            "window start",
        ),
    ],
)
def test_first_follow_up(
    when: datetime,
    zone: str,
    settings: Settings,
    decision_by: date | None,
    expected: datetime,
    why: str,
) -> None:
    record = interview(when, zone, decision_by=decision_by)
    assert follow_up_due(record, settings) == expected, why


@pytest.mark.parametrize(
    ("previous_sent_at", "expected", "why"),
    [
        (None, utc(2026, 12, 9, 14), "control: a week after the first's due date"),
        (utc(2026, 12, 3, 16), utc(2026, 12, 10, 14), "a week after the first was sent"),
        (datetime(2026, 12, 3, 16), utc(2026, 12, 10, 14), "naive UTC from SQLite"),
        (utc(2026, 12, 18, 16), utc(2026, 12, 28, 14), "a week later is Christmas Day"),
        (utc(2026, 12, 4, 3), utc(2026, 12, 10, 14), "sent late evening, local Thursday"),
    ],
)
def test_second_follow_up(previous_sent_at: datetime | None, expected: datetime, why: str) -> None:
    record = interview(datetime(2026, 11, 24, 14))
    assert follow_up_due(record, US, previous_sent_at, sequence=2) == expected, why


def test_cadence_stops_after_two() -> None:
    record = interview(datetime(2026, 11, 24, 14))
    assert follow_up_due(record, US, utc(2026, 12, 10, 14), sequence=3) is None


@pytest.mark.parametrize(
    ("when", "sam_zone", "now", "earliest", "at", "late", "why"),
    [
        # Ends 15:00 CST; 4 h later is 19:00, after hours: 08:00 next morning.
        (
            datetime(2026, 11, 24, 14),
            None,
            utc(2026, 11, 24, 21),
            utc(2026, 11, 25, 14),
            utc(2026, 11, 25, 14),
            False,
            "control",
        ),
        # Ends 09:00: 13:00 the same day is a working hour.
        (
            datetime(2026, 11, 24, 8),
            None,
            utc(2026, 11, 24, 15),
            utc(2026, 11, 24, 19),
            utc(2026, 11, 24, 19),
            False,
            "same afternoon",
        ),
        # Inside the window: now.
        (
            datetime(2026, 11, 24, 8),
            None,
            utc(2026, 11, 24, 20, 5),
            utc(2026, 11, 24, 19),
            utc(2026, 11, 24, 20, 5),
            False,
            "now is inside",
        ),
        # The recipient is in London: 08:00 there is 02:00 in Chicago.
        (
            datetime(2026, 11, 24, 14),
            "Europe/London",
            utc(2026, 11, 24, 21),
            utc(2026, 11, 25, 8),
            utc(2026, 11, 25, 8),
            False,
            "recipient zone",
        ),
        # Deadline passed at 21:00Z; at 23:00Z (17:00 CST) it may still go, late.
        (
            datetime(2026, 11, 24, 14),
            None,
            utc(2026, 11, 25, 23),
            utc(2026, 11, 25, 14),
            utc(2026, 11, 25, 23),
            True,
            "late but a working hour",
        ),
        # Deadline passed and it is night: next working hour, late.
        (
            datetime(2026, 11, 24, 14),
            None,
            utc(2026, 11, 26, 3),
            utc(2026, 11, 25, 14),
            utc(2026, 11, 26, 14),
            True,
            "late at night",
        ),
        # A thank-you may arrive on a Saturday morning.
        (
            datetime(2026, 11, 27, 16),
            None,
            utc(2026, 11, 27, 23),
            utc(2026, 11, 28, 14),
            utc(2026, 11, 28, 14),
            False,
            "weekend",
        ),
    ],
)
def test_thank_you_send_plan(
    when: datetime,
    sam_zone: str | None,
    now: datetime,
    earliest: datetime,
    at: datetime,
    late: bool,
    why: str,
) -> None:
    fields = {"sam_zone": sam_zone} if sam_zone else {}
    record = interview(when, **fields)
    plan = plan_send(record, record.interviewers[0], US, "thank-you", now)
    assert (plan.window.earliest, plan.at, plan.late) == (earliest, at, late), why
    assert next_send_time(record, record.interviewers[0], US, "thank-you", now) == at


@pytest.mark.parametrize(
    ("sam_zone", "sequence", "now", "at", "late", "why"),
    [
        (None, 1, utc(2026, 11, 25), utc(2026, 12, 2, 14), False, "control: due Wed 08:00"),
        # 08:00 in Chicago is 23:00 in Tokyo: the next Tokyo morning.
        ("Asia/Tokyo", 1, utc(2026, 11, 25), utc(2026, 12, 2, 23), False, "Tokyo"),
        # Thursday evening after the due date: Friday morning, inside the grace days.
        (None, 1, utc(2026, 12, 4, 1), utc(2026, 12, 4, 14), False, "evening waits"),
        # Saturday: Monday morning, now past the two grace days.
        (None, 1, utc(2026, 12, 5, 15), utc(2026, 12, 7, 14), True, "weekend waits"),
        # A week past: sent at the next working moment, late.
        (None, 1, utc(2026, 12, 9, 16), utc(2026, 12, 9, 16), True, "late"),
        (None, 2, utc(2026, 11, 25), utc(2026, 12, 9, 14), False, "second"),
    ],
)
def test_follow_up_send_plan(
    sam_zone: str | None, sequence: int, now: datetime, at: datetime, late: bool, why: str
) -> None:
    fields = {"sam_zone": sam_zone} if sam_zone else {}
    record = interview(datetime(2026, 11, 24, 14), **fields)
    plan = plan_send(record, record.interviewers[0], US, "follow-up", now, sequence=sequence)
    assert (plan.at, plan.late) == (at, late), why


def test_window_reports_late_against_now() -> None:
    record = interview(datetime(2026, 11, 24, 14))
    sam = record.interviewers[0]
    assert not send_window(record, sam, US, "thank-you", utc(2026, 11, 25, 20)).late
    window = send_window(record, sam, US, "thank-you", utc(2026, 11, 25, 22))
    assert (
        window.late and window.latest == utc(2026, 11, 25, 21) and window.zone == "America/Chicago"
    )


def test_narrow_hours_that_miss_the_deadline_still_plan_a_late_send() -> None:
    narrow = country("US", window_start="07:00", window_end="08:00", earliest_hours_after=4)
    record = interview(datetime(2026, 11, 24, 8))  # ends 09:00; 07:00 next day is 22 h later
    plan = plan_send(record, None, narrow, "thank-you", utc(2026, 11, 24, 12))
    assert plan.at == utc(2026, 11, 25, 13) and not plan.late
    record = interview(datetime(2026, 11, 24, 5, 30))  # deadline 06:30 next day
    plan = plan_send(record, None, narrow, "thank-you", utc(2026, 11, 24, 12))
    assert plan.at == utc(2026, 11, 25, 13) and plan.late


@pytest.mark.parametrize(
    ("moment", "start", "expected", "why"),
    [
        (utc(2026, 3, 7, 23), "08:00", utc(2026, 3, 8, 12), "control: 08:00 EDT on DST day"),
        # 02:30 does not exist on 8 Mar 2026 in New York: the day opens at 03:30 EDT.
        (utc(2026, 3, 7, 23), "02:30", utc(2026, 3, 8, 7, 30), "opening in the DST gap"),
        # 01:30 happens twice on 1 Nov 2026: the first one (EDT) counts.
        (utc(2026, 11, 1, 3), "01:30", utc(2026, 11, 1, 5, 30), "opening in the repeated hour"),
    ],
)
def test_working_moment_across_dst(
    moment: datetime, start: str, expected: datetime, why: str
) -> None:
    hours = working_hours(ScheduleSettings(window_start=start))
    assert next_working_moment(moment, ZoneInfo("America/New_York"), hours) == expected, why


@pytest.mark.parametrize(
    ("code", "day", "business", "why"),
    [
        ("US", date(2026, 11, 25), True, "control: a Wednesday"),
        ("US", date(2026, 11, 26), False, "Thanksgiving"),
        ("US", date(2026, 11, 28), False, "Saturday"),
        ("GB", date(2026, 11, 26), True, "no Thanksgiving in Britain"),
        ("GB", date(2026, 12, 28), False, "Boxing Day observed"),
        ("DE-BY", date(2026, 1, 6), False, "Epiphany in Bavaria"),
        ("DE-BE", date(2026, 1, 6), True, "not in Berlin"),
        ("us", date(2026, 7, 3), False, "Independence Day observed; lower-case code"),
    ],
)
def test_business_days(code: str, day: date, business: bool, why: str) -> None:
    assert BusinessCalendar(code).is_business_day(day) is business, why


def unchecked(zone: str, **fields: object) -> Interview:
    """An interview holding values the model refuses, as a stored row edited by hand may."""
    return interview(datetime(2026, 11, 24, 9), zone).model_copy(update=fields)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: thank_you_deadline(unchecked("Asia/Tokyo", when=datetime(1, 1, 1, 0))),
            "interview date 0001-01-01T00:00:00 is out of range",
        ),
        (
            lambda: thank_you_deadline(unchecked("UTC", when=datetime(9999, 12, 31, 23))),
            "interview date 9999-12-31T23:00:00 is out of range",
        ),
        (
            lambda: follow_up_due(interview(datetime(2026, 11, 24, 9)), country("XX")),
            "schedule.country: 'XX' is not a country",
        ),
        (
            lambda: follow_up_due(
                interview(datetime(2026, 11, 24, 9)), country("US", window_start="8am")
            ),
            "schedule.window_start: '8am' is not a time of day; expected HH:MM",
        ),
        (
            lambda: follow_up_due(
                interview(datetime(2026, 11, 24, 9)),
                country("US", window_start="18:00", window_end="08:00"),
            ),
            "the window must open before it closes",
        ),
        (
            lambda: follow_up_due(interview(datetime(2026, 11, 24, 9)), US, sequence=0),
            "follow-up sequence 0: expected 1 or 2",
        ),
        (
            lambda: follow_up_due(unchecked("America/Chicago", decision_by=date(1, 1, 1)), US),
            "decision_by 0001-01-01 is out of range",
        ),
        (
            lambda: send_window(
                interview(datetime(2026, 11, 24, 9)), None, US, "memo", utc(2026, 11, 24)
            ),
            "message kind 'memo'",
        ),
        (
            lambda: send_window(
                interview(datetime(2026, 11, 24, 9)),
                None,
                US,
                "follow-up",
                utc(2026, 11, 24),
                sequence=3,
            ),
            "stops after 2 follow-ups",
        ),
        (
            lambda: send_window(
                interview(datetime(2026, 11, 24, 9)), None, US, "thank-you", datetime(9999, 1, 1)
            ),
            "current time 9999-01-01T00:00:00 is out of range",
        ),
        (
            lambda: Timing.from_columns(utc(2026, 1, 1), 60, "Mars/Olympus", None),
            "interview timezone 'Mars/Olympus' is not a known time zone",
        ),
    ],
)
def test_bad_input_is_a_clear_error(make, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ScheduleError) as caught:
        make()
    assert message in str(caught.value)


ZONES = [
    "America/Chicago",
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "America/St_Johns",
    "Pacific/Chatham",
    "UTC",
]


@hsettings(max_examples=150, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31)),
    minutes=st.integers(min_value=5, max_value=480),
    zone=st.sampled_from(ZONES),
    recipient=st.sampled_from([None, *ZONES]),
    delay=st.integers(min_value=-48 * 60, max_value=10 * 24 * 60),
    kind=st.sampled_from(["thank-you", "follow-up"]),
)
def test_planned_send_is_always_a_working_moment_after_now(
    start: datetime, minutes: int, zone: str, recipient: str | None, delay: int, kind: str
) -> None:
    fields = {"sam_zone": recipient} if recipient else {}
    record = interview(start, zone, minutes, **fields)
    now = record.end.astimezone(UTC) + timedelta(minutes=delay)
    plan = plan_send(record, record.interviewers[0], US, kind, now)
    local = plan.at.astimezone(ZoneInfo(recipient or zone))
    assert plan.at >= now and plan.at >= record.end.astimezone(UTC) + timedelta(hours=4)
    # Opening at 08:00 may land at 09:00 where DST skips the 08:00 hour (never in these zones).
    assert 8 <= local.hour < 18
    assert plan.late == (plan.at > plan.window.latest)
    if kind == "follow-up":
        assert BusinessCalendar("US").is_business_day(local.date())
        assert plan.at >= follow_up_due(record, US)  # type: ignore[operator]
    elif not plan.late:
        assert plan.at <= thank_you_deadline(record)


CACHED_CALENDAR = """
import json, sys
from datetime import date
from afterword.schedule.business import BusinessCalendar, _days_off, _weekend
codes, years = sys.argv[1].split(","), range(2024, 2029)
days = {c: [[d.isoformat() for d in sorted(_days_off(c, y))] for y in years] for c in codes}
weekend = {c: sorted(_weekend(c)) for c in codes}
working = [BusinessCalendar(c).is_business_day(date(2026, 11, 26)) for c in codes]
print(json.dumps([days, weekend, working, "holidays" in sys.modules]))
"""
DIRECT_CALENDAR = """
import json, sys
import holidays
codes, years = sys.argv[1].split(","), range(2024, 2029)
def calendar(c):
    code, _, sub = c.partition("-")
    return holidays.country_holidays(code.upper(), subdiv=sub.upper() or None)
days = {}
for c in codes:
    days[c] = []
    for y in years:  # a calendar of its own per year: nothing asked before can leak in
        found = calendar(c)
        _ = f"{y}-01-01" in found  # the calendar fills in a year when asked about it
        days[c].append(sorted(d.isoformat() for d in found if d.year == y))
weekend = {c: sorted(getattr(calendar(c), "weekend", None) or {5, 6}) for c in codes}
print(json.dumps([days, weekend]))
"""


def test_a_stored_calendar_gives_the_same_days_without_importing_holidays(tmp_path) -> None:
    """Importing ``holidays`` costs about 19 MiB with one country; a process that finds the
    country's years in the user cache does not import it, and gets the same days."""
    import json
    import os
    import subprocess
    import sys

    codes = "US,GB,DE-BY,JP,in"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}

    def run(script: str) -> list:
        argv = [sys.executable, "-c", script, codes]
        return json.loads(subprocess.run(argv, env=env, capture_output=True, check=True,
                                         text=True).stdout)  # fmt: skip

    first, again, direct = run(CACHED_CALENDAR), run(CACHED_CALENDAR), run(DIRECT_CALENDAR)
    assert first[3] is True and again[3] is False  # filled in once, then read
    assert first[:3] == again[:3]
    assert first[:2] == direct
    assert first[2] == [False, True, True, True, True]  # Thanksgiving only in the US


def test_an_unknown_country_is_refused_beside_a_stored_one() -> None:
    BusinessCalendar("US").is_business_day(date(2026, 1, 2))  # stores the US
    with pytest.raises(ScheduleError, match="'XX' is not a country"):
        BusinessCalendar("XX")
