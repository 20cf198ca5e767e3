"""Countdowns and highlights: the small pieces the pages are built from."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterword.review.finding import Finding, Severity
from afterword.web.formatting import countdown, highlight

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(hours=3, minutes=20), "in 3 h 20 min"),
        (timedelta(minutes=5), "in 5 min"),
        (timedelta(seconds=10), "in 1 min"),
        (timedelta(hours=30), "in 30 h"),
        (timedelta(days=5), "in 5 days"),
        (-timedelta(hours=2), "2 h overdue"),
        (-timedelta(days=3), "3 days overdue"),
    ],
)
def test_countdown(delta: timedelta, text: str) -> None:
    assert countdown(NOW + delta, NOW) == text


def _finding(start: int, end: int, header: str | None = None) -> Finding:
    return Finding("AW999", "test", Severity.WARNING, "msg", start, end, header)


def test_highlight_marks_each_span_where_it_is() -> None:
    body = "Hey Sam, thx for the chat."
    segments = highlight(body, [_finding(9, 12), _finding(0, 3)])
    assert [(s.text, s.index) for s in segments] == [
        ("Hey", 1), (" Sam, ", None), ("thx", 0), (" for the chat.", None),
    ]  # fmt: skip


def test_highlight_skips_headers_whole_message_and_overlaps() -> None:
    body = "Thank you for your time."
    findings = [_finding(0, 0), _finding(0, 0, "Subject"), _finding(0, 9), _finding(6, 12)]
    marked = [s.text for s in highlight(body, findings) if s.finding]
    assert marked == ["Thank you"]


@given(st.text(max_size=80), st.lists(st.tuples(st.integers(0, 90), st.integers(0, 90))))
def test_highlight_never_loses_text(body: str, spans: list[tuple[int, int]]) -> None:
    findings = [_finding(min(a, b), max(a, b)) for a, b in spans]
    assert "".join(s.text for s in highlight(body, findings)) == body
