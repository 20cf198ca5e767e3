"""The server hands free memory back after the first reviews and then now and then."""

from __future__ import annotations

import itertools

import pytest

from afterword.review import batch
from afterword.web import memory


def test_free_memory_is_given_back_after_the_first_reviews_then_every_few(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trims: list[int] = []
    counter = itertools.count(1)
    monkeypatch.setattr(memory, "_reviews", counter)
    monkeypatch.setattr(batch, "release_free_memory", lambda: trims.append(1))
    for _ in range(memory.TRIM_FIRST + 2 * memory.TRIM_EVERY):
        memory.after_review()
    assert len(trims) == memory.TRIM_FIRST + 2  # the first ones, then the 50th and the 100th
