"""Hypothesis over review(): any text, no crash, every span inside the body."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterword.review.engine import review
from afterword.review.message import Message
from afterword.review.rules.samples import sample_context

PIECES = st.sampled_from(
    [
        "Dear Dr. Raman,",
        "\n",
        "\n\n",
        "Thank you",
        " the the ",
        "👩🏽‍💻",
        "🇺🇸",
        "❤️",
        ":)",
        "!!",
        "שלום עולם",
        "مرحبا",
        "e\u0301",
        "Zalgo\u0336\u0337",
        "\u200d",
        "\u202e",
        "\r\n",
        "  ",
        "(",
        "”",
        '"',
        "Best regards,\nJordan Lee",
        "[Company]",
        "i",
        "recieve",
        "Northwind",
        "—",
        "x" * 500,
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40).map("".join),
)


def _check(body: str, subject: str | None, sender: str | None, keyed: bool) -> None:
    context = sample_context("priya") if keyed else None
    result = review(Message(body, subject=subject, sender=sender), context)
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(body), finding
        if finding.header:
            assert finding.start == finding.end == 0
    assert result.word_count >= 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=TEXTS,
    subject=st.none() | st.text(max_size=80),
    keyed=st.booleans(),
    sender=st.none() | st.text(max_size=60) | st.just("partyboy1994@example.com"),
)
def test_any_text_reviews_with_spans_inside_the_body(
    body: str, subject: str | None, sender: str | None, keyed: bool
) -> None:
    _check(body, subject, sender, keyed)


def test_a_very_long_line_reviews() -> None:
    _check("Thank you " * 10_000 + "recieve", None, None, True)


def test_emoji_sequences_rtl_and_combining_characters() -> None:
    _check(
        "Dear Pri\u0301ya 👨‍👩‍👧‍👦,\n\n\u202eThank you שלום!! e\u0301te\u0301 🏳️‍🌈 :)\n",
        None,
        None,
        True,
    )


def test_a_giant_word_neither_aborts_nor_hangs() -> None:
    # harper-py aborts the process on a 100k-letter word; the proofreader blanks such runs.
    _check("Thank you " + "x" * 100_000 + " and a@" * 1000, None, None, True)


def test_long_runs_of_capitalised_words_stay_linear() -> None:
    _check("Aa Bb " * 20_000 + "the the " * 2_000, None, None, True)
