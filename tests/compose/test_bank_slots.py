"""Meta-test: every phrase bank's slots match what the composer fills them with.

A bank entry is picked by variant and position, so an entry with a slot its call site does
not fill fails only for the one person who draws it. This test drafts every corpus and example
interview, records the fields each bank is filled with, and checks every entry of every bank
against them: no entry may name a field that some call site leaves out.
"""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from afterword.compose import banks, builtin, compose_panel, greeting, subject
from afterword.interview.loader import load_interview
from afterword.interview.model import Interview

ROOT = Path(__file__).resolve().parents[2]
INTERVIEWS = [
    *sorted((ROOT / "tests" / "compose" / "corpus").glob("*.yaml")),
    *sorted((ROOT / "tests" / "compose" / "messy").glob("*.yaml")),  # asked, regrets, dates
    *sorted((ROOT / "examples").glob("*.yaml")),
]
# Notes the corpus does not hold, so that every bank is reached: a valued fact, a shared topic.
EXTRA_NOTES = {
    "valued": "the team is shipping to production twice a day",
    "rapport": "our shared love of jazz",
}
# Where the composer keeps a bank in a default argument, bound when the module loaded.
MODULES_WITH_BANKS = (builtin, greeting, subject)


class Recorded(str):
    """A bank entry that notes the fields the composer fills it with."""

    __slots__ = ("bank", "fills")

    def format(self, /, *args: object, **kwargs: object) -> str:
        """Record the fields given, then format as str does."""
        self.fills[self.bank].append(frozenset(kwargs))
        return str.format(self, *args, **kwargs)


def fields(entry: str) -> set[str]:
    """Return the str.format fields an entry names."""
    return {name for _, name, _, _ in string.Formatter().parse(entry) if name}


def all_banks() -> Iterator[tuple[str, tuple[str, ...]]]:
    """Yield (name, entries) for every bank, FORMAT's by its key."""
    for name, value in vars(banks).items():
        if name.isupper() and isinstance(value, tuple):
            yield name, value
        elif name.isupper() and isinstance(value, dict):
            yield from (
                (f"{name}[{key}]", entries)
                for key, entries in value.items()
                if isinstance(entries, tuple)  # NEUTRAL and TAKES map names, not entries
            )


def _recorded(name: str, entries: tuple[str, ...], fills: dict) -> tuple[str, ...]:
    copies = []
    for entry in entries:
        copy = Recorded(entry)
        copy.bank, copy.fills = name, fills
        copies.append(copy)
    return tuple(copies)


def _swap_in(monkeypatch: pytest.MonkeyPatch, fills: dict) -> None:
    """Put recording copies of every bank where the composer looks them up."""
    originals = {}
    for name, entries in all_banks():
        copy = _recorded(name, entries, fills)
        originals[id(entries)] = copy
        if "[" in name:
            outer, key = name.rstrip("]").split("[")
            monkeypatch.setitem(getattr(banks, outer), key, copy)
        else:
            monkeypatch.setattr(banks, name, copy)
    for module in MODULES_WITH_BANKS:
        for function in vars(module).values():
            defaults = getattr(function, "__defaults__", None)
            if defaults and any(id(d) in originals for d in defaults):
                swapped = tuple(originals.get(id(d), d) for d in defaults)
                monkeypatch.setattr(function, "__defaults__", swapped)


def interviews() -> Iterator[Interview]:
    """Every corpus and example interview, and the example again with the extra notes."""
    yield from (load_interview(path) for path in INTERVIEWS)
    example = load_interview(ROOT / "examples" / "northwind-panel.yaml")
    first = example.interviewers[0].model_copy(update=EXTRA_NOTES)
    yield example.model_copy(update={"interviewers": [first, *example.interviewers[1:]]})


@pytest.fixture(scope="module")
def fills() -> dict[str, list[frozenset[str]]]:
    """Draft every interview, every kind and a few variants; return each bank's fills."""
    recorded: dict[str, list[frozenset[str]]] = defaultdict(list)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _swap_in(monkeypatch, recorded)
        for interview in interviews():
            later = interview.end + timedelta(hours=3)
            for kind, sequence in (("thank-you", 1), ("follow-up", 1), ("follow-up", 2)):
                for variant in (0, 1):
                    compose_panel(interview, kind, variant, sequence=sequence, now=later)  # type: ignore[arg-type]
    return dict(recorded)


SLOTTED = sorted(name for name, entries in all_banks() if any(fields(e) for e in entries))


def test_the_scan_finds_the_banks() -> None:
    assert {"THANKS", "FIT", "SUBJECT_THANKS", "FORMAT[video]"} <= {n for n, _ in all_banks()}
    assert "THANKS" in SLOTTED and "CLOSE" not in SLOTTED  # control: a bank without slots


def unfilled(entries: tuple[str, ...], given: list[frozenset[str]]) -> list[str]:
    """Say which entries name a field that one of the call sites does not give."""
    return [
        f"{entry!r} needs {sorted(fields(entry) - fill)}; the code gives {sorted(fill)}"
        for fill in set(given)
        for entry in entries
        if fields(entry) - fill
    ]


@pytest.mark.parametrize(
    ("entries", "given", "problems"),
    [
        (("Thanks, {name}.", "Thank you."), [frozenset({"name"})], 0),  # control
        (("Thanks, {nmae}.",), [frozenset({"name"})], 1),  # a misspelt slot
        (("In {city}, {name}.",), [frozenset({"name", "city"}), frozenset({"name"})], 1),
    ],
)
def test_unfilled_finds_a_slot_the_code_leaves_out(entries, given, problems) -> None:
    assert len(unfilled(entries, given)) == problems


@pytest.mark.parametrize("bank", SLOTTED)
def test_every_slot_of_a_bank_is_filled_by_every_call(bank: str, fills) -> None:
    assert fills.get(bank), f"banks.{bank} has slots but no draft filled it; add an interview"
    assert unfilled(dict(all_banks())[bank], fills[bank]) == [], f"banks.{bank}"
