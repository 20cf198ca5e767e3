"""Parts of speech, lemmas and inflections from lemminflect's own tables, kept compact.

``lemminflect`` answers from two tables it ships (``lemma_lu.csv.gz``: a word's lemma under
each part of speech; ``infl_lu.csv.gz``: a lemma's forms) and two small override files.
Loading them its own way costs a process about 50 MiB of Python objects (a dict of dicts of
tuples per word), and importing the package imports numpy for the neural rules it keeps for
words outside the tables. Here the same tables are read from the package's files without
importing it, each kept as one sorted block of its lines and an array of where each line
starts, and a word is found by bisection: about 2 MiB for both. The answers are lemminflect's
own (:func:`lemmas` is ``getAllLemmas``, :func:`inflection` ``getInflection``; a test holds
them equal on every word of the tables); only a verb form the tables lack is asked of
lemminflect itself, which then imports it.
"""

from __future__ import annotations

import gzip
import importlib.util
import threading
from array import array
from bisect import bisect_left
from functools import cache
from pathlib import Path

# lemminflect's part-of-speech names; its tables say "modal" where the answer says AUX.
_UPOS = {"noun": "NOUN", "verb": "VERB", "adj": "ADJ", "adv": "ADV", "aux": "AUX"}
_UPOS["modal"] = "AUX"
# The forms each line of the inflection table lists after its lemma, by part of speech.
_FORM_TAGS = {
    "noun": ("NNS",),
    "adj": ("JJR", "JJS"),
    "adv": ("RBR", "RBS"),
    "verb": ("VBD", "VBN", "VBG", "VBZ"),
}
_BASE_TAGS = {"noun": ("NN",), "adj": ("JJ",), "adv": ("RB",), "verb": ("VB", "VBP")}
_BASE_TAGS["aux"] = _BASE_TAGS["modal"] = ("VB",)
# lemminflect sets the modals and "be" by hand after reading its table (InflectionLUCodec).
_AUX_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "can": {"VB": ("can",), "VBD": ("could",)},
    "may": {"VB": ("may",), "VBD": ("might",)},
    "will": {"VB": ("will",), "VBD": ("would",)},
    "shall": {"VB": ("shall",), "VBD": ("should",)},
    "must": {"VB": ("must",), "VBD": ("must",)},
    "ought": {"VB": ("ought",), "VBD": ("ought",)},
    "dare": {"VB": ("dare",)},
    "be": {
        "VB": ("be",),
        "VBD": ("was", "were"),
        "VBG": ("being",),
        "VBN": ("been",),
        "VBP": ("am", "are"),
        "VBZ": ("is",),
    },
}
_TAGS_OF = {
    "VERB": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"),
    "AUX": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"),
    "ADJ": ("JJ", "JJR", "JJS"),
    "ADV": ("RB", "RBR", "RBS"),
    "NOUN": ("NN", "NNS", "NNP", "NNPS"),
}


class _Table:
    """The lines of one of lemminflect's tables, sorted by their first field, in one block."""

    def __init__(self, path: Path) -> None:
        with gzip.open(path) as file:
            block = file.read()
        if not block.endswith(b"\n"):
            block += b"\n"
        # The shipped tables are sorted by word: note where each line starts, checking the order
        # as it goes, without an object per line (they would outlast the load as freed memory).
        starts = array("I")
        at, previous = 0, b""
        try:
            while at < len(block):
                key = block[at : block.index(b",", at)]
                if key < previous or b"\n" in key or not block[at : at + 1].strip():
                    raise ValueError("not one sorted line per word")
                starts.append(at)
                previous = key
                at = block.index(b"\n", at) + 1
        except ValueError:
            block, starts = _sorted(block)
        self._block = block
        self._starts = starts

    def _key(self, index: int) -> bytes:
        start = self._starts[index]
        return self._block[start : self._block.index(b",", start)]

    def lines(self, word: str) -> list[list[str]]:
        """The fields of every line whose first field is ``word``, in the table's order."""
        key = word.encode("utf-8", "surrogatepass")
        index = bisect_left(range(len(self._starts)), key, key=self._key)
        found = []
        while index < len(self._starts) and self._key(index) == key:
            start = self._starts[index]
            line = self._block[start : self._block.index(b"\n", start)]
            found.append(line.decode().strip().split(","))
            index += 1
        return found


def _sorted(block: bytes) -> tuple[bytes, array[int]]:
    """A table's lines sorted by their first field (stable: a word's lines keep their order)."""
    lines = [line for line in block.split(b"\n") if line.strip()]
    lines.sort(key=lambda line: line.partition(b",")[0])
    starts = array("I")
    at = 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return b"\n".join(lines) + b"\n", starts


_LOCK = threading.Lock()


@cache
def _resources() -> Path:
    spec = importlib.util.find_spec("lemminflect")  # finds the package without importing it
    assert spec is not None and spec.submodule_search_locations is not None
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


@cache
def _table(name: str) -> _Table:
    with _LOCK:  # one load when several threads ask first
        return _Table(_resources() / name)


@cache
def _overrides(name: str) -> dict[str, dict[str, tuple[str, ...]]]:
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in (_resources() / name).read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, key, value = line.split(",")
            found.setdefault(word, {})[key] = (value,)
    return found


def _caps_style(word: str) -> str:
    if word.isupper():
        return "all_upper"
    return "first_upper" if word and word[0].isupper() else "lower"


def _in_style(found: dict[str, tuple[str, ...]], style: str) -> dict[str, tuple[str, ...]]:
    if style == "all_upper":
        return {key: tuple(w.upper() for w in words) for key, words in found.items()}
    if style == "first_upper":
        return {key: tuple(w.capitalize() for w in words) for key, words in found.items()}
    return {key: tuple(w.lower() for w in words) for key, words in found.items()}


def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """A word's lemmas by part of speech, as lemminflect's ``getAllLemmas(word)`` gives them.

    ``lemmas("built")`` is ``{"VERB": ("build",)}``; an unknown word gives ``{}``.
    """
    style = _caps_style(word)
    word = word.lower()
    found: dict[str, tuple[str, ...]] = {}
    for _, category, forms in _table("lemma_lu.csv.gz").lines(word):
        found[_UPOS.get(category, category.upper())] = tuple(forms.split("/"))
    found.update(_overrides("lemma_overrides.csv").get(word, {}))
    return _in_style(found, style)


def _forms(lemma: str, upos: str | None) -> dict[str, tuple[str, ...]]:
    """lemminflect's ``getAllInflections(lemma, upos)`` for a part of speech or none."""
    style = _caps_style(lemma)
    lemma = lemma.lower()
    if upos == "PROPN":
        lemma, upos = lemma.capitalize(), "NOUN"
    found: dict[str, tuple[str, ...]] = {}
    if lemma in _AUX_FORMS:
        found.update(_AUX_FORMS[lemma])
    else:
        for word, category, *columns in _table("infl_lu.csv.gz").lines(lemma):
            for tag, column in zip(_FORM_TAGS.get(category, ()), columns, strict=False):
                spellings = tuple(column.split("/"))
                if len(spellings) > 1 or spellings[0]:
                    found[tag] = spellings
            for tag in _BASE_TAGS[category]:
                found[tag] = (word,)
    found.update(_overrides("infl_overrides.csv").get(lemma, {}))
    if upos is not None:
        found = {tag: forms for tag, forms in found.items() if tag in _TAGS_OF.get(upos, ())}
    return _in_style(found, style)


def inflections(lemma: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """A lemma's forms by Penn tag, as lemminflect's ``getAllInflections(lemma, upos)``.

    ``inflections("clinic", "NOUN")`` is ``{"NN": ("clinic",), "NNS": ("clinics",)}``; a noun
    also used uncounted lists itself among its plurals ("information").
    """
    return _forms(lemma, upos)


def _upos_of_tag(tag: str) -> str | None:
    tag = tag.upper()
    if tag[0] == "J":
        return "ADJ"
    if tag[0] == "R" and tag != "RP":
        return "ADV"
    if tag in ("NNP", "NNPS"):
        return "PROPN"
    if tag[0] == "N":
        return "NOUN"
    if tag[0] == "V" or tag == "MD":
        return "VERB"
    return None


def _alternative_tags(tag: str) -> tuple[str, ...]:
    if tag == "RP":
        return ("JJ", "RB")
    if tag in ("VBD", "VBN"):
        return ("VBN",) if tag == "VBD" else ("VBD",)
    if tag.startswith(("JJ", "RB")):
        return (("RB" if tag.startswith("JJ") else "JJ") + tag[2:],)
    return ()


def _form(forms: dict[str, tuple[str, ...]], tag: str) -> tuple[str, ...] | None:
    return forms.get({"NNP": "NN", "NNPS": "NNS"}.get(tag, tag))


def inflection(lemma: str, tag: str, *, guess: bool = True) -> tuple[str, ...]:
    """A lemma's spellings in a Penn tag's form, as lemminflect's ``getInflection`` gives them.

    ``inflection("build", "VBD")`` is ``("built",)``. A lemma the tables lack is inflected by
    lemminflect's rules for unknown words, which imports lemminflect (and numpy) then; with
    ``guess=False`` it gets ``()`` instead.
    """
    upos = _upos_of_tag(tag)
    forms = _forms(lemma, upos if upos == "PROPN" else None)
    form = _form(forms, tag)
    if form is None:
        for alternative in _alternative_tags(tag):
            form = forms.get(alternative)
            if form:
                break
    if form is None and not guess:
        return ()
    if form is None:
        from lemminflect import getAllInflectionsOOV

        form = _form(getAllInflectionsOOV(lemma, upos), tag)
    return form if form is not None else ()
