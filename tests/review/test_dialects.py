"""The candidate's English: set, else the interview's zone, else the note's own spelling."""

from __future__ import annotations

import pytest

from afterword.config import ReviewSettings
from afterword.interview.model import Interview
from afterword.review.context import ReviewContext
from afterword.review.dialects import counterparts, guess, harper_name, is_variant
from afterword.review.engine import review_text

BRITISH = "I organised the programme with rigour, honoured every enquiry and kept practising."
AMERICAN = "I organized the program with rigor, honored every inquiry and kept practicing."


def _interview(zone: str) -> Interview:
    return Interview.model_validate(
        {
            "company": "Acme",
            "role": "Analyst",
            "when": "2026-11-24T10:00",
            "timezone": zone,
            "interviewers": [{"name": "Sam Lee"}],
        }
    )


def spelling(text: str, **context: object) -> dict[str, str]:
    settings = context.pop("settings", None)
    found = review_text(text, context=ReviewContext(**context), settings=settings).findings  # type: ignore[arg-type]
    return {text[f.start : f.end]: f.severity.value for f in found if f.rule == "AW601"}


@pytest.mark.parametrize(
    ("setting", "zone", "text", "expected"),
    [
        (None, None, AMERICAN, "american"),  # control
        (None, None, BRITISH, "british"),  # the text says so
        ("en-GB", None, AMERICAN, "british"),  # the setting wins over the text
        (None, "Europe/London", AMERICAN, "british"),  # then the zone
        (None, "Africa/Nairobi", AMERICAN, "british"),
        (None, "America/Toronto", BRITISH, "canadian"),
        (None, "Asia/Kolkata", AMERICAN, "indian"),
        ("british", None, AMERICAN, "british"),  # the old review.dialect names
    ],
)
def test_which_english_is_checked(setting, zone, text, expected) -> None:
    assert harper_name(setting, zone, text) == expected


@pytest.mark.parametrize(
    ("context", "text", "expected"),
    [
        ({}, BRITISH, {}),  # guessed British from the text: nothing to say
        ({"english": "en-GB"}, BRITISH, {}),
        ({"english": "en-US"}, AMERICAN, {}),
        (
            {"english": "en-US"},
            "I organised the programme.",
            {"organised": "warning", "programme": "warning"},
        ),
        (
            {"english": "en-CA"},
            "I organised the programme.",
            {"organised": "warning", "programme": "warning"},
        ),
        (
            {"english": "en-GB"},
            "I definately enjoyed it.",
            {"definately": "error"},
        ),  # a slip stays an error
    ],
)
def test_another_englishs_spelling_is_a_warning_at_most(context, text, expected) -> None:
    assert spelling(text, **context) == expected


def test_the_interviews_zone_decides_when_nothing_is_set() -> None:
    london = ReviewContext(interview=_interview("Europe/London"))
    assert (
        spelling("I organised the programme and the colour review.", interview=london.interview)
        == {}
    )


def test_the_old_review_dialect_setting_is_still_read() -> None:
    settings = ReviewSettings(dialect="british")
    assert settings.dialect == "en-GB"
    assert spelling("Color and center.", settings=settings) == {
        "Color": "warning",
        "center": "warning",
    }


@pytest.mark.parametrize(
    ("word", "variant"),
    [("colour", True), ("programme", True), ("organised", True), ("color", True),
     ("definately", False), ("teh", False), ("kitchen", False)],
)  # fmt: skip
def test_a_variant_has_a_common_counterpart(word: str, variant: bool) -> None:
    assert is_variant(word) is variant


def test_counterparts_and_guess() -> None:
    assert "color" in counterparts("colour") and "inquiry" in counterparts("enquiry")
    assert guess(BRITISH) == "en-GB" and guess(AMERICAN) == "en-US"


@pytest.mark.parametrize(
    "word",
    [
        "intraday",
        "stormwater",
        "wayfinding",
        "biosimilar",
        "incrementality",
        "capex",
        "vasopressor",
    ],
)
def test_trade_words_are_known(word: str) -> None:
    assert spelling(f"We talked about {word} at length.") == {}
