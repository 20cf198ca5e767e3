"""Held-out set 33: what its reading found, held as tests.

Its reader hid private remarks in an answer after "->" ("told her my baby mother + son are in
may pen"), in a relation inside the firm ("the meat supplier is lasha's cousin, dont touch
that"), in a condition named once ("my gout flares … hope its ok") and in the candidate's own
household ("wife + kids in almaty won't move").
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("discussed", "asked if I can relocate to mandeville -> told her my baby mother + son are "
                      "in may pen so weekends matter"),
        ("discussed", "heard the meat supplier is lasha's cousin, dont touch that"),
        ("missed", "my gout flares if Im on my feet all day, hope its ok"),
        ("insights", "wife + kids in almaty won't move to zharkent, weekly commute? think abt it"),
    ],
)  # fmt: skip
def test_what_set_33_must_never_quote(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]


def test_an_answer_that_is_a_clause_is_not_quoted_as_a_noun() -> None:
    reading = read_note("asked about the CAD rollout -> told him about the pilot", "discussed")
    assert (reading.kind, reading.topic) == ("asked", "the CAD rollout")
