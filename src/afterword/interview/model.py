"""The interview record: what happened, with whom, and what the candidate wants to say."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    EmailStr,
    Field,
    field_validator,
    model_validator,
)

from afterword.interview.errors import FieldProblem
from afterword.interview.header_text import plain_line
from afterword.interview.names import PersonName, parse_name


def _as_list(value: Any) -> Any:
    """Accept a single string where a list of notes is expected."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [_colon_note(item) for item in value]
    return value


def _colon_note(item: Any) -> Any:
    """Read "- system design: a dispatch service", which YAML parses as a mapping, as text."""
    if not isinstance(item, dict) or len(item) != 1:
        return item
    ((key, value),) = item.items()
    if not isinstance(key, str) or isinstance(value, bool):
        return item
    if value is None:
        return f"{key}:"
    return f"{key}: {value}" if isinstance(value, (str, int, float, date)) else item


def _clean_notes(values: list[str]) -> list[str]:
    return [" ".join(v.split()) for v in values if v and v.strip()]


def _check_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone {name!r}; expected an IANA name such as 'America/Chicago'"
        ) from exc
    return name


Notes = Annotated[list[str], BeforeValidator(_as_list), AfterValidator(_clean_notes)]
ZoneName = Annotated[str, AfterValidator(_check_zone)]


def _is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local_zone_name() -> str:
    """Return the machine's IANA zone name, or UTC when it cannot be told."""
    import os

    env = os.environ.get("TZ", "").lstrip(":")
    if "/" in env and not env.startswith("/") and _is_zone(env):
        return env
    try:
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link and _is_zone(name := link.split("zoneinfo/", 1)[1]):
            return name
    except OSError:
        pass
    return "UTC"


MIN_YEAR, MAX_YEAR = 1900, 2999


class Format(StrEnum):
    """How the interview took place."""

    PHONE = "phone"
    VIDEO = "video"
    ONSITE = "onsite"


HeaderText = Annotated[str, AfterValidator(plain_line)]


class Record(BaseModel):
    """Shared settings: unknown fields are errors, text is stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Candidate(Record):
    """The person who was interviewed and who sends the notes."""

    name: HeaderText = Field(min_length=1, max_length=200)
    email: EmailStr
    phone: str | None = None
    links: Notes = Field(default_factory=list)

    @property
    def person(self) -> PersonName:
        """The candidate's name, split into parts."""
        return parse_name(self.name)


class Interviewer(Record):
    """One person on the panel, and what the candidate talked about with them."""

    name: HeaderText = Field(min_length=1, max_length=200)
    greet_as: HeaderText | None = Field(default=None, max_length=200)
    title: str | None = None
    email: EmailStr | None = None
    discussed: Notes = Field(default_factory=list)
    valued: str | None = None
    rapport: str | None = None
    timezone: ZoneName | None = None

    @property
    def person(self) -> PersonName:
        """The interviewer's name, split into parts."""
        return parse_name(self.name)

    @field_validator("greet_as")
    @classmethod
    def _blank_is_not_given(cls, value: str | None) -> str | None:
        return value or None  # a blank greet_as (an empty form field) means "not given"


class Interview(Record):
    """An interview as the candidate recorded it (the interview file)."""

    candidate: Candidate | None = None
    company: HeaderText = Field(min_length=1, max_length=200)
    role: HeaderText = Field(min_length=1, max_length=200)
    when: datetime
    duration_minutes: int = Field(default=60, gt=0, le=24 * 60)
    timezone: ZoneName = Field(default_factory=local_zone_name)
    format: Format | None = None
    decision_by: date | None = None
    decision_from: str | None = Field(default=None, max_length=200)
    fit: Notes = Field(default_factory=list)
    missed: Notes = Field(default_factory=list)
    insights: Notes = Field(default_factory=list)
    interviewers: list[Interviewer] = Field(min_length=1, max_length=50)

    @field_validator("when", "decision_by")
    @classmethod
    def _plausible_year(cls, value: date | None) -> date | None:
        # Deadlines and send windows are computed from these; year 1 or 9999 overflows them.
        if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
            raise ValueError(
                f"year {value.year} is out of range; "
                f"expected a date between {MIN_YEAR} and {MAX_YEAR}"
            )
        return value

    @model_validator(mode="after")
    def _normalise_when(self) -> Interview:
        if self.when.tzinfo is not None:
            local = self.when.astimezone(ZoneInfo(self.timezone)).replace(tzinfo=None)
            object.__setattr__(self, "when", local)
        return self

    @model_validator(mode="after")
    def _distinct_addresses(self) -> Interview:
        seen: dict[str, int] = {}
        for index, person in enumerate(self.interviewers):
            if person.email is None:
                continue
            key = person.email.lower()
            if key in seen:
                raise FieldProblem(
                    f"interviewers {seen[key] + 1} and {index + 1} share the address "
                    f"{person.email}; expected each interviewer to have their own address",
                    ("interviewers", index, "email"),
                )
            seen[key] = index
        return self

    @model_validator(mode="after")
    def _decision_from_the_panel(self) -> Interview:
        if self.decision_from and self.interviewer(self.decision_from) is None:
            names = ", ".join(p.name for p in self.interviewers)
            raise FieldProblem(
                f"decision_from names {self.decision_from!r}, who is not on the panel; "
                f"expected the name or address of one of: {names}",
                ("decision_from",),
            )
        return self

    @property
    def zone(self) -> ZoneInfo:
        """The interview's time zone."""
        return ZoneInfo(self.timezone)

    @property
    def start(self) -> datetime:
        """When the interview started, zone-aware."""
        return self.when.replace(tzinfo=self.zone)

    @property
    def end(self) -> datetime:
        """When the interview ended, zone-aware: the 24-hour clock starts here."""
        return self.start + timedelta(minutes=self.duration_minutes)

    def interviewer(self, name_or_address: str) -> Interviewer | None:
        """Find an interviewer by address, full name, or an unambiguous part of the name."""
        wanted = name_or_address.strip().lower()
        for person in self.interviewers:
            if person.email and person.email.lower() == wanted:
                return person
        for person in self.interviewers:
            if person.name.lower() == wanted or person.person.plain.lower() == wanted:
                return person
        matches = [p for p in self.interviewers if wanted in {t.lower() for t in p.person.tokens}]
        return matches[0] if len(matches) == 1 else None
