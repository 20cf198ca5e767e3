"""Your own word list: words the spelling check (AW601) accepts, kept per user.

One word a line in ``words.txt`` of the user data folder (``afterword words path`` prints
it), so it can also be edited by hand. Every review reads it (the CLI, the web pages, the
composer's own check); the interview's names and the config's ``review.known_words`` are
accepted besides.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from afterword.errors import AfterwordError

WORD = re.compile(r"^[^\W\d_][\w'’.-]{0,63}$")


class WordListError(AfterwordError, ValueError):
    """A word that cannot go in the list; ``str()`` says why and what would do."""


def words_path() -> Path:
    """Return where this user's word list lives."""
    from afterword.config_file import data_dir

    return data_dir() / "words.txt"


def load(path: Path | None = None) -> list[str]:
    """Return the words of the list, in order (an absent file is an empty list)."""
    try:
        text = (path or words_path()).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def current() -> tuple[str, ...]:
    """Return this user's words, read again only when the file changed (every review asks)."""
    path = words_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return ()
    cached = _cache.get(path)
    if cached is None or cached[0] != stamp:
        cached = (stamp, tuple(load(path)))
        _cache[path] = cached
    return cached[1]


_cache: dict[Path, tuple[int, tuple[str, ...]]] = {}


def add(words: list[str], path: Path | None = None) -> list[str]:
    """Add words (checked, without duplicates in any case); return the ones that were new."""
    for word in words:
        check(word)
    current = load(path)
    known = {w.casefold() for w in current}
    new = [w for w in dict.fromkeys(words) if w.casefold() not in known]
    _save(sorted(current + new, key=str.casefold), path)
    return new


def remove(words: list[str], path: Path | None = None) -> list[str]:
    """Remove words (any case); return the ones that were in the list."""
    gone = {w.casefold() for w in words}
    current = load(path)
    kept = [w for w in current if w.casefold() not in gone]
    _save(kept, path)
    return [w for w in current if w.casefold() in gone]


def check(word: str) -> str:
    """Return the word when it can be a known word, or raise WordListError saying why."""
    if not WORD.match(word):
        raise WordListError(
            f"{word!r} is not a single word; expected letters (with ' . or - inside), "
            "no spaces, at most 64 characters, e.g. 'stormwater' or 'Nakamura-Schmidt'"
        )
    return word


def _save(words: list[str], path: Path | None) -> None:
    """Write the list in one step, so a reader never sees half of it."""
    target = path or words_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".words.")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write("".join(f"{w}\n" for w in words))
    os.replace(temporary, target)
