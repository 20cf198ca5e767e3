"""Business days and working hours: the calendar that deadlines and send windows count in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from afterword.errors import AfterwordError

if TYPE_CHECKING:
    from afterword.config import ScheduleSettings

# Dates outside this range are typing mistakes, and near the ends of Python's date range
# the arithmetic below would overflow.
MIN_YEAR = 1900
MAX_YEAR = 2999
# No real calendar has this many non-working days in a row; the bound only stops a loop.
MAX_DAYS_SEARCHED = 60


class ScheduleError(AfterwordError, ValueError):
    """A date, zone or schedule setting that deadlines cannot be computed from."""

    exit_code = 1
    http_status = 422


def as_utc(moment: datetime) -> datetime:
    """Return the moment in UTC; a naive value is taken as UTC (SQLite returns those)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def check_year(moment: datetime | date, what: str) -> None:
    """Refuse dates whose year cannot be a real interview or send time."""
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise ScheduleError(
            f"{what} {moment.isoformat()} is out of range; "
            f"expected a date between {MIN_YEAR} and {MAX_YEAR}"
        )


@lru_cache(maxsize=32)
def _country_holidays(country: str) -> Any:
    """Load the holiday calendar once per country ('US', 'GB', or 'DE-BY' with a region)."""
    import holidays

    code, _, subdivision = country.strip().partition("-")
    try:
        return holidays.country_holidays(code.upper(), subdiv=subdivision.upper() or None)
    except NotImplementedError as exc:
        raise ScheduleError(
            f"setting schedule.country: {country!r} is not a country or region the holiday "
            "calendar knows; expected an ISO 3166 code such as 'US', 'GB' or 'DE-BY'"
        ) from exc


@lru_cache(maxsize=1024)
def _days_off(country: str, year: int) -> frozenset[date]:
    """Return the public holidays of one year (one lookup per year, not per day)."""
    stored = _stored(country)
    days = stored.years.get(year) if stored is not None else None
    if days is None:
        calendar = _country_holidays(country)
        _ = date(year, 1, 1) in calendar  # the calendar fills in a year when asked about it
        days = tuple(sorted(day.toordinal() for day in calendar if day.year == year))
        _store(country, year=(year, days))
    return frozenset(date.fromordinal(day) for day in days)


@lru_cache(maxsize=64)
def _weekend(country: str) -> frozenset[int]:
    stored = _stored(country)
    if stored is not None:
        return frozenset(stored.weekend)
    return frozenset(getattr(_country_holidays(country), "weekend", None) or {5, 6})


# A country's days off, kept in the user cache folder. Importing ``holidays`` costs about
# 11 MiB (it loads every lunar calendar it has) and a country's calendar 8 MiB more, in every
# process that works out a due time, the server among them; what the schedule needs of it (a
# year's holidays, the weekend) is a few dates that one version of the package always gives
# the same. They are read from the file, and the package imported only for a year it lacks.
@dataclass
class _Stored:
    weekend: tuple[int, ...]
    years: dict[int, tuple[int, ...]]  # year -> its holidays' ordinals


_stored_by_country: dict[str, _Stored | None] = {}


def _stored(country: str) -> _Stored | None:
    """Return what the cache file holds for a country (None: nothing, or no cache)."""
    if country not in _stored_by_country:
        _stored_by_country[country] = _read_stored(country)
    return _stored_by_country[country]


def _read_stored(country: str) -> _Stored | None:
    import marshal

    path = _stored_file(country)
    try:
        weekend, years = marshal.loads(path.read_bytes()) if path is not None else (None, None)
        if isinstance(weekend, tuple) and isinstance(years, dict):
            return _Stored(weekend, years)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return None


def _store(country: str, year: tuple[int, tuple[int, ...]]) -> None:
    """Add a year to the country's cache file (written whole, atomically)."""
    import marshal
    import os

    path = _stored_file(country)
    if path is None:
        return
    stored = _stored(country)
    if stored is None:
        stored = _stored_by_country[country] = _Stored(tuple(sorted(_weekend(country))), {})
    stored.years[year[0]] = year[1]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps((stored.weekend, dict(stored.years))))
        partial.replace(path)  # a concurrent reader sees the old file or the new one
    except OSError:
        pass  # a read-only cache folder only costs memory


def _stored_file(country: str) -> Any:
    """The cache file of a country's calendar (None for a name that is not a plain code)."""
    from importlib.metadata import PackageNotFoundError, version
    from pathlib import Path

    from platformdirs import user_cache_dir

    name = country.strip().upper()
    if not name.replace("-", "").isalnum() or not name.isascii():
        return None
    try:
        release = version("holidays")
    except PackageNotFoundError:
        return None
    return Path(user_cache_dir("afterword")) / f"holidays-{release}-{name}.marshal"


@dataclass(frozen=True)
class BusinessCalendar:
    """Weekdays that are neither weekend nor public holiday in one country."""

    country: str

    def __post_init__(self) -> None:
        if _stored(self.country) is None:  # stored only once the calendar loaded
            _country_holidays(self.country)  # fail early on an unknown country

    def is_business_day(self, day: date) -> bool:
        """Tell whether people work on this day."""
        return day.weekday() not in _weekend(self.country) and day not in _days_off(
            self.country, day.year
        )

    def roll_forward(self, day: date) -> date:
        """Return the day itself when it is a business day, else the next one."""
        for _ in range(MAX_DAYS_SEARCHED):
            if self.is_business_day(day):
                return day
            day += timedelta(days=1)
        raise ScheduleError(f"no business day within {MAX_DAYS_SEARCHED} days of {day}")

    def add(self, day: date, count: int) -> date:
        """Return the business day ``count`` business days after ``day``."""
        return _add_business_days(self.country, day, count)


@lru_cache(maxsize=8192)
def _add_business_days(country: str, day: date, count: int) -> date:
    """Count business days forward; cached, since many interviews share their dates."""
    calendar = _calendar(country)
    for _ in range(count):
        day = calendar.roll_forward(day + timedelta(days=1))
    return day


def calendar_for(settings: ScheduleSettings) -> BusinessCalendar:
    """Return the business calendar of the configured country."""
    return _calendar(settings.country)


@lru_cache(maxsize=64)
def _calendar(country: str) -> BusinessCalendar:
    return BusinessCalendar(country)


def _parse_clock(value: str, setting: str) -> time:
    try:
        return time.fromisoformat(value.strip())
    except (ValueError, AttributeError) as exc:
        raise ScheduleError(
            f"setting schedule.{setting}: {value!r} is not a time of day; "
            "expected HH:MM such as 08:00"
        ) from exc


@dataclass(frozen=True)
class WorkingHours:
    """The part of each day in which a note may arrive, in the recipient's zone."""

    start: time
    end: time

    def opening(self, day: date, zone: ZoneInfo) -> datetime:
        """Return when the working day opens, in UTC (a time lost to DST moves later)."""
        return _local_to_utc(day, self.start, zone)

    def closing(self, day: date, zone: ZoneInfo) -> datetime:
        """Return when the working day closes, in UTC."""
        return _local_to_utc(day, self.end, zone)


@lru_cache(maxsize=16384)
def _local_to_utc(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """Convert a local wall-clock time to UTC; cached, as a zone's offset lookup is slow."""
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def working_hours(settings: ScheduleSettings) -> WorkingHours:
    """Read and check the configured working hours."""
    return _working_hours(settings.window_start, settings.window_end)


@lru_cache(maxsize=64)
def _working_hours(window_start: str, window_end: str) -> WorkingHours:
    start = _parse_clock(window_start, "window_start")
    end = _parse_clock(window_end, "window_end")
    if start >= end:
        raise ScheduleError(
            f"settings schedule.window_start ({window_start}) and window_end "
            f"({window_end}): the window must open before it closes, e.g. 08:00 and 18:00"
        )
    return WorkingHours(start, end)


def next_working_moment(
    moment: datetime,
    zone: ZoneInfo,
    hours: WorkingHours,
    calendar: BusinessCalendar | None = None,
) -> datetime:
    """Return the first moment at or after ``moment`` inside working hours, in UTC.

    With a calendar, only business days count; without one, every day has working hours.
    """
    moment = as_utc(moment)
    day = moment.astimezone(zone).date()
    for _ in range(MAX_DAYS_SEARCHED):
        workday = calendar is None or calendar.is_business_day(day)
        if workday and moment < hours.closing(day, zone):
            return max(moment, hours.opening(day, zone))
        day += timedelta(days=1)
    raise ScheduleError(f"no working hour within {MAX_DAYS_SEARCHED} days of {moment}")
