"""Fixtures for the composer: the example interview and a fixed moment of drafting."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "northwind-panel.yaml"
CORPUS = Path(__file__).with_name("corpus")
# The day after the example interview, in the afternoon in Chicago.
NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


@pytest.fixture
def example():
    """The bundled two-person panel interview."""
    from afterword.interview.loader import load_interview

    return load_interview(EXAMPLE)


@pytest.fixture
def greet(example):
    """The formal and the friendly greeting for a name as written ("Hello" read as "Hi")."""
    from afterword.compose.greeting import greeting
    from afterword.compose.picker import Picker
    from afterword.interview.model import Interviewer

    def both(name: str) -> list[str]:
        person = Interviewer(name=name)
        return [
            greeting(person, formality, Picker(example, 0, 0)).replace("Hello ", "Hi ", 1)
            for formality in ("formal", "friendly")
        ]

    return both


@pytest.fixture
def now() -> datetime:
    """A fixed moment of drafting, so "yesterday" stays true."""
    return NOW
