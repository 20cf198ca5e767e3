"""The candidate's English: one setting (en-US, en-GB, en-CA, en-AU, en-IN), shared by all.

Set it with ``[profile] english`` in the config (``afterword init`` asks). When it is unset,
the interview's time zone decides: the zone's country, then the spelling that country writes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal, get_args

English = Literal["en-US", "en-GB", "en-CA", "en-AU", "en-IN"]
ENGLISHES: tuple[English, ...] = get_args(English)
DEFAULT: English = "en-US"

# The spelling each English follows, by the name Harper's dialects use.
HARPER_NAMES: dict[English, str] = {
    "en-US": "american",
    "en-GB": "british",
    "en-CA": "canadian",
    "en-AU": "australian",
    "en-IN": "indian",
}
# Older configs said `review.dialect = "british"`; read those names too.
FROM_HARPER_NAME: dict[str, English] = {v: k for k, v in HARPER_NAMES.items()}

# Countries whose own English we name; the rest of the Commonwealth and Ireland write British
# spelling, New Zealand writes as Australia does, everyone else defaults to American.
_BY_COUNTRY: dict[str, English] = {
    "US": "en-US",
    "CA": "en-CA",
    "AU": "en-AU",
    "NZ": "en-AU",
    "IN": "en-IN",
}
_BRITISH_SPELLING = frozenset(
    [
        "GB",
        "IE",
        "IM",
        "JE",
        "GG",
        "GI",
        "MT",
        "CY",
        "KE",
        "UG",
        "TZ",
        "RW",
        "NG",
        "GH",
        "SL",
        "GM",
        "ZA",
        "ZW",
        "ZM",
        "MW",
        "BW",
        "NA",
        "LS",
        "SZ",
        "MU",
        "SC",
        "SG",
        "MY",
        "HK",
        "PK",
        "BD",
        "LK",
        "NP",
        "MV",
        "FJ",
        "PG",
        "JM",
        "TT",
        "BB",
        "BS",
        "BZ",
        "GY",
    ]
)


def parse(value: str | None) -> English | None:
    """Return the English a setting names ('en-GB', 'en_gb', 'british'), or None when unset."""
    if value is None or not value.strip():
        return None
    text = value.strip().replace("_", "-")
    for english in ENGLISHES:
        if text.casefold() == english.casefold():
            return english
    if text.casefold() in FROM_HARPER_NAME:
        return FROM_HARPER_NAME[text.casefold()]
    raise ValueError(f"unknown English {value!r}: expected one of {', '.join(ENGLISHES)}")


@cache
def _zone_countries() -> dict[str, str]:
    import tzdata

    table = Path(tzdata.__file__).parent / "zoneinfo" / "zone.tab"
    countries: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, zone, *_ = line.split("\t")
            countries[zone] = code
    countries.update({"Asia/Calcutta": "IN", "Europe/Belfast": "GB", "GB": "GB", "Eire": "IE"})
    return countries


def from_timezone(zone: str | None) -> English | None:
    """Guess the English written where a time zone is, or None when the zone says nothing."""
    country = _zone_countries().get(zone or "")
    if country is None:
        return None
    if country in _BY_COUNTRY:
        return _BY_COUNTRY[country]
    return "en-GB" if country in _BRITISH_SPELLING else "en-US"


def resolve(setting: str | None, timezone: str | None = None) -> English:
    """Return the English to write and check in: the setting, else the zone's, else en-US."""
    return parse(setting) or from_timezone(timezone) or DEFAULT
