"""An invite's time zones, named before the calendar is parsed: its own rules never run.

An invite may define its zones itself (``VTIMEZONE`` with ``RRULE``s). Expanding those rules
is unbounded work: ``RRULE:FREQ=MINUTELY`` from 1970 in a 755-byte file kept a calendar
library busy for ever. So every TZID is mapped to an IANA zone first (its own name, a
Windows name such as "Pacific Standard Time", a vendor path, else the common zone with the
same UTC offsets), the ``VTIMEZONE`` blocks are dropped, and the parser sees IANA names only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Zones tried, in this order, for a custom zone known only by its offsets.
COMMON_ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Halifax",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "America/Bogota",
    "Europe/London",
    "Europe/Paris",
    "Europe/Helsinki",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Africa/Lagos",
    "Africa/Johannesburg",
    "Africa/Nairobi",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Perth",
    "Australia/Adelaide",
    "Australia/Brisbane",
    "Australia/Sydney",
    "Pacific/Auckland",
    "UTC",
)
_TZID_PARAM = re.compile(r'(;TZID=)("[^"]*"|[^;:]*)', re.IGNORECASE)
_HEAD = re.compile(r'^((?:[^":]|"[^"]*")*):(.*)$', re.DOTALL)  # name;params : value
_OFFSET = re.compile(r"^([+-])(\d\d)(\d\d)(\d\d)?$")


@dataclass
class Zones:
    """The invite's text with IANA TZIDs, and the zones that were matched by offsets only."""

    text: str
    guessed: dict[str, str] = field(default_factory=dict)  # IANA name -> the invite's TZID
    unnamed: list[str] = field(default_factory=list)  # TZIDs that matched no zone (now UTC)


def name_zones(text: str) -> Zones:
    """Drop the invite's VTIMEZONE blocks and put IANA names in every TZID parameter."""
    lines = _unfold(text)
    kept, offsets = _without_zone_blocks(lines)
    zones = Zones("")
    names = {tzid: _resolve(tzid, offsets.get(tzid, []), zones) for tzid in _tzids(kept, offsets)}
    zones.text = "\r\n".join(_rename(line, names) for line in kept) + "\r\n"
    return zones


def _unfold(text: str) -> list[str]:
    """The content lines, with folded continuations joined (RFC 5545, 3.1)."""
    return re.sub(r"\r?\n[ \t]", "", text).splitlines()


def _without_zone_blocks(lines: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The lines outside VTIMEZONE blocks, and each block's TZOFFSETTO values by TZID."""
    kept: list[str] = []
    offsets: dict[str, list[str]] = {}
    tzid, depth = "", 0
    for line in lines:
        upper = line.upper()
        if upper.startswith("BEGIN:VTIMEZONE"):
            depth, tzid = depth + 1, ""
        elif depth and upper.startswith("END:VTIMEZONE"):
            depth -= 1
        elif depth and upper.startswith("TZID"):
            tzid = _unquote(line.partition(":")[2])
            offsets.setdefault(tzid, [])
        elif depth and upper.startswith("TZOFFSETTO") and tzid:
            offsets[tzid].append(line.partition(":")[2].strip())
        elif not depth:
            kept.append(line)
    return kept, offsets


def _tzids(lines: list[str], defined: dict[str, list[str]]) -> set[str]:
    found = set(defined)
    for line in lines:
        head = _split(line)[0]
        found.update(_unquote(m.group(2)) for m in _TZID_PARAM.finditer(head))
    return found


def _unquote(value: str) -> str:
    return value.strip().strip('"').strip()


def _rename(line: str, names: dict[str, str]) -> str:
    """Replace the TZID parameters of one content line (its value is left as it is)."""
    head, value = _split(line)
    if value is None or ";" not in head:
        return line
    head = _TZID_PARAM.sub(lambda m: m.group(1) + names.get(_unquote(m.group(2)), "UTC"), head)
    return f"{head}:{value}"


def _split(line: str) -> tuple[str, str | None]:
    """A content line's name and parameters, and its value (colons in quotes are not ends)."""
    match = _HEAD.match(line)
    return (match.group(1), match.group(2)) if match else (line, None)


def _resolve(tzid: str, offsets: list[str], zones: Zones) -> str:
    """The IANA name for a TZID: by name, else by the block's offsets, else UTC."""
    if name := iana(tzid):
        return name
    if name := _by_offsets(offsets):
        zones.guessed.setdefault(name, tzid)
        return name
    zones.unnamed.append(tzid)
    return "UTC"


def iana(tzid: str) -> str | None:
    """An IANA zone for a TZID: itself, its Windows name, or a vendor path's tail."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    tzid = _unquote(tzid)
    candidates = [tzid.strip("/"), WINDOWS_TO_OLSON.get(tzid, "")]
    parts = tzid.strip("/").split("/")
    candidates += ["/".join(parts[i:]) for i in range(1, len(parts))]  # "/vendor/Europe/Paris"
    return next((name for name in candidates if name and is_zone(name)), None)


def is_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _by_offsets(offsets: list[str]) -> str | None:
    """A common zone whose offsets through a year are exactly the block's TZOFFSETTO values."""
    wanted = {delta for text in offsets if (delta := _delta(text)) is not None}
    if not wanted:
        return None
    for name in COMMON_ZONES:
        zone = ZoneInfo(name)
        seen = {zone.utcoffset(datetime(2026, month, 15, 12)) for month in range(1, 13)}
        if seen == wanted:
            return name
    return None


def _delta(text: str) -> timedelta | None:
    match = _OFFSET.match(text.strip())
    if match is None:
        return None
    sign, hours, minutes, seconds = match.groups()
    size = timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))
    return -size if sign == "-" else size
