"""Fuzzing the .eml reader and the review engine (``make fuzz``: 10,000 examples each).

Any bytes are read as a message or refused in one line; any message reviews with every span
inside its body. Inputs that once broke the reader are kept as ``@example``s.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from test_engine_properties import TEXTS, _check

from afterword.review.engine import review
from afterword.review.reading import UnreadableInput, read_message
from support.fuzz import budget

pytestmark = pytest.mark.fuzz
HEADERS = ["From", "To", "Subject", "Date", "Content-Type", "Content-Transfer-Encoding",
           "MIME-Version", "Message-ID", "X-Probe"]  # fmt: skip
VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from([
        "text/plain; charset=utf-8", "text/html", 'multipart/mixed; boundary="b"',
        'multipart/alternative; boundary="b"', "base64", "quoted-printable",
        "=?utf-8?q?Thank_you?=", "=?x-unknown?b?AAAA?=", "Jordan <j@example.com>",
    ]),
)  # fmt: skip
header_lines = st.builds(lambda n, v: f"{n}: {v}", st.sampled_from(HEADERS), VALUES)
bodies = st.one_of(
    TEXTS,
    st.sampled_from(["--b\nContent-Type: text/plain\n\nHi\n--b--\n", "PGI+aGk8L2I+", "=E2=80=94"]),
)


@st.composite
def emails(draw: st.DrawFn) -> bytes:
    """A header block of likely and unlikely fields, a blank line, and a body."""
    head = "\n".join(draw(st.lists(header_lines, min_size=1, max_size=12)))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = f"{head}\n\n{draw(bodies)}".replace("\n", newline)
    return text.encode(draw(st.sampled_from(["utf-8", "latin-1"])), errors="replace")


def read_and_review(data: bytes) -> None:
    try:
        message = read_message(data, "fuzz.eml")
    except UnreadableInput as error:
        assert str(error).startswith("fuzz.eml") and "\n" not in str(error)
        return
    result = review(message)
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(message.body), finding


@budget(30)
@given(emails())
@example(b"From: j@example.com\nSubject: Hi\n" + b"X-P: 1\n" * 1_200 + b"\nHi\n")
@example(
    b"From: j@example.com\nSubject: Hi\n"
    + b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n' * 300
    + b"Content-Type: text/plain\n\nHi\n"
)
def test_any_email_reads_or_explains_and_reviews(data: bytes) -> None:
    read_and_review(data)


@budget(30)
@given(st.binary(max_size=800))
def test_any_bytes_read_or_explain(data: bytes) -> None:
    read_and_review(data)


@budget(30)
@given(body=TEXTS, subject=st.none() | st.text(max_size=80), keyed=st.booleans())
def test_the_engine_reviews_any_text(body: str, subject: str | None, keyed: bool) -> None:
    _check(body, subject, "Jordan Lee <jordan.lee@example.com>", keyed)
