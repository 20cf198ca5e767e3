"""Held-out set 27: what its reading found, held as tests.

Eight of its ten leaked sentences came through ``missed`` (pay asked for, conditions told in
passing), two through ``rapport`` (someone described, a shared complaint).
"""

from __future__ import annotations

import pytest

from afterword.compose.notes import read_note


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("missed", "did not say my ulcer flares w/ night shifts"),
        ("missed", "780.000 kr á mánuði is my floor, didnt say"),
        ("missed", "want 1,100 JOD net, didnt say"),
        ("missed", "didnt negotiate, want S$7,800 min"),
        ("missed", "sciatica acting up again, hope it's not heavy lifting all day"),
        ("rapport", "jón páll was a bit weird, kept muting himself"),
        (
            "rapport",
            "one of them asked abt my mum, told them about her dementia, need flexible hrs",
        ),
        ("rapport", "we both hate the new alfa laval service contract"),
        ("fit", "need 3 weeks to relocate"),
    ],
)
def test_what_set_27_leaked_is_withheld(where: str, note: str) -> None:
    assert not read_note(note, where).used  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("fit", "4 yrs CVA in mafraq + irbid, multi-purpose cash for ~6k HH"),  # households
        ("fit", "raised 400k for the clinic"),
        ("fit", "managed 12k users"),
        ("fit", "7 yrs scene painting at tampereen teatteri"),  # a name where a place goes
        ("rapport", "both love hiking"),
    ],
)
def test_work_figures_names_and_warm_rapport_are_kept(where: str, note: str) -> None:
    assert read_note(note, where).used  # type: ignore[arg-type]
