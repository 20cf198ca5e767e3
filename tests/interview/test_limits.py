"""Imports run in a child with a time and memory limit: a hostile file costs a clear error."""

from __future__ import annotations

import time

import pytest

from afterword.interview.errors import InterviewFileError
from afterword.interview.limits import run_limited


def forever() -> None:
    while True:
        pass


def hog() -> bytes:
    return b"x" * (4 * 2**30)


def refuse() -> None:
    raise InterviewFileError("x.ics", "no event", line=3, field="VEVENT", expected="an event")


@pytest.mark.parametrize(
    ("function", "says"),
    [
        (lambda: 42, None),
        (forever, "took longer than 0.5 s"),
        (hog, "too much memory"),
        (refuse, "x.ics:3: VEVENT: no event; expected an event"),
    ],
    ids=["clean", "forever", "memory", "user-error"],
)
def test_the_child_answers_or_is_stopped(function, says) -> None:
    start = time.monotonic()
    if says is None:
        assert run_limited(function, "x.ics", seconds=5) == 42
        return
    with pytest.raises(InterviewFileError) as stopped:
        run_limited(function, "x.ics", seconds=0.5, extra_memory=256 * 2**20)
    assert says in str(stopped.value) and time.monotonic() - start < 5
