"""The compact lexicon answers as lemminflect does, without importing it (nor numpy)."""

from __future__ import annotations

import gzip
import random
import subprocess
import sys

import pytest
from lemminflect import getAllLemmas, getInflection

from afterword import lexicon

TAGS = ["VB", "VBD", "VBN", "VBG", "VBZ", "VBP", "MD", "NN", "NNS", "NNP", "NNPS"]
TAGS += ["JJ", "JJR", "JJS", "RB", "RBR", "RBS"]
ODD = ["", "a,b", "qwzx", "Built", "BUILT", "LET", "Can", "CAN", "Be", "'d", "résumé", "\ud800x"]


def _words() -> list[str]:
    """Every word and form of lemminflect's tables and overrides, as written and recased."""
    found = set(ODD)
    folder = lexicon._resources()
    for name in ("lemma_lu.csv.gz", "infl_lu.csv.gz"):
        for line in gzip.decompress((folder / name).read_bytes()).decode().splitlines():
            word, _, *columns = line.split(",")
            found.add(word)
            found.update(form for column in columns for form in column.split("/"))
    for name in ("lemma_overrides.csv", "infl_overrides.csv"):
        for line in (folder / name).read_text().splitlines():
            if line and not line.startswith("#"):
                word, _, form = line.split(",")
                found.update((word, form))
    return sorted(found | {w.lower() for w in found} | {w.capitalize() for w in found})


WORDS = _words()


def test_lemmas_are_lemminflects_on_every_word_of_its_tables() -> None:
    differ = [w for w in WORDS if getAllLemmas(w) != lexicon.lemmas(w)]
    assert differ == []
    assert lexicon.lemmas("built") == {"VERB": ("build",)}
    assert list(lexicon.lemmas("'d")) == list(getAllLemmas("'d"))  # the same order, too


@pytest.mark.parametrize("seed", [1, 2])
def test_inflections_are_lemminflects(seed: int) -> None:
    sample = [*ODD[1:], "be", "can", "dare", "blog", "bankrol"]  # "": lemminflect raises
    sample += random.Random(seed).sample([w for w in WORDS if w], 1500)
    differ = [
        (word, tag)
        for word in sample
        for tag in TAGS
        if getInflection(word, tag) != lexicon.inflection(word, tag)
    ]
    assert differ == []
    assert lexicon.inflection("build", "VBD") == ("built",)
    assert lexicon.inflection("be", "VBD") == ("was", "were")


def test_a_table_out_of_order_is_sorted_first() -> None:
    folder = lexicon._resources()
    block = gzip.decompress((folder / "lemma_lu.csv.gz").read_bytes())
    groups: dict[bytes, list[bytes]] = {}
    for line in block.split(b"\n"):
        groups.setdefault(line.partition(b",")[0], []).append(line)
    words = list(groups)
    random.Random(3).shuffle(words)  # the words out of order, each word's lines in theirs
    shuffled = b"\n".join(line for word in words for line in groups[word])
    table = lexicon._table("lemma_lu.csv.gz")
    assert lexicon._sorted(shuffled) == (table._block, table._starts)


def test_the_lookups_import_neither_lemminflect_nor_numpy() -> None:
    code = (
        "import sys\n"
        "from afterword.review.rules.joins import _tags\n"
        "from afterword.compose.notes import shape\n"
        "assert _tags('built') == {'VERB': ('build',)}\n"
        "assert shape.verb_form('built') == 'past' and shape.inflect('build', 'VBZ') == 'builds'\n"
        "assert not shape.is_form('Kafka', 'VBN') and shape.is_form('cut', 'VBN')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('lemminflect', 'numpy')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_is_form_is_the_inflection_compared_with_the_word() -> None:
    from afterword.compose.notes import shape

    sample = ["cut", "set", "read", "Kafka", "Pittsburgh", "team", "done", "been", "LET", "x"]
    sample += random.Random(4).sample([w for w in WORDS if w.isalpha()], 3000)
    differ = [
        (word, tag)
        for word in sample
        for tag in ("VB", "VBD", "VBN", "VBG", "VBZ")
        if shape.is_form(word, tag) != (shape.inflect(word, tag) == word.lower())
    ]
    assert differ == []
