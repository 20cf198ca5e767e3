"""Bad input is a feature: a clear message or a correct review, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from afterword.cli.app import build_app
from afterword.review.engine import review
from afterword.review.reading import UnreadableInput, read_message
from afterword.review.render import render_json, render_sarif

DATA = Path(__file__).parent / "data"


def cli(*args: str, input: bytes | None = None):
    return CliRunner().invoke(build_app(), ["review", *args], input=input)


def check_positions(message, document) -> None:
    """Every span lies inside the body and its line:column is where the offset is."""
    body = message.body
    first = message.body_line or 1
    for finding in document["files"][0]["findings"]:
        start, end = finding["start"], finding["end"]
        assert 0 <= start <= end <= len(body)
        if finding["line"] is not None:
            assert finding["line"] == body[:start].count("\n") + first
            assert finding["column"] == start - (body.rfind("\n", 0, start) + 1) + 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty", b""),
        ("only headers", b"From: Jordan <j@example.com>\nTo: Sam <s@example.com>\nSubject: Hi\n"),
        ("only blank lines", b"\n\n\n"),
        ("right-to-left", "Dear Sam,\n\nשלום and مرحبا — thank you for the talk.\n".encode()),
        ("combining", "Dear Zoe\u0301,\n\nThank you; the cafe\u0301 chat was great.\n".encode()),
        (
            "emoji sequences",
            "Dear Sam,\n\nThanks 👩🏽‍💻 and 🇺🇸 and 👍🏽 for the the chat!\n".encode(),
        ),
        ("zero-width", "Dear\u200b Sam,\n\u200dThank you\ufeff.\n".encode()),
        ("10k-character line", ("word " * 2_000 + "the the end.").encode()),
        ("CR only line ends", b"Dear Sam,\r\rThank you for the the chat.\r"),
    ],
)
def test_odd_text_gets_a_correct_review(name, data):
    message = read_message(data, name)
    result = review(message)
    check_positions(message, render_json([result]))
    render_sarif([result])
    outcome = cli(input=data)
    assert outcome.exit_code in (0, 1), outcome.stderr
    assert "Traceback" not in outcome.stdout + outcome.stderr


def test_emoji_and_combining_columns_count_characters():
    body = "Dear Zoe\u0301 👩🏽‍💻,\nthe the\n"
    result = review(read_message(body.encode(), "x"))
    repeated = [f for f in render_json([result])["files"][0]["findings"] if f["rule"] == "AW603"]
    assert repeated and (repeated[0]["line"], repeated[0]["column"]) == (2, 1)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("five-mb.txt", b"Thank you. " * 500_000, "afterword reviews bodies up to 200,000"),
        ("binary.eml", bytes(range(256)) * 4, "binary data"),
        ("long-line.txt", b"word " * 20_000, "body line 1 is 100,000 characters"),
        ("resume.pdf", b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n", "PDF document"),
        ("broken.eml", (DATA / "broken-mime.eml").read_bytes(), "broken MIME"),
    ],
)
def test_unreadable_input_is_one_clear_line_and_exit_2(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    outcome = cli(str(path))
    assert outcome.exit_code == 2
    assert message in outcome.stderr and name in outcome.stderr
    assert "Traceback" not in outcome.stderr and outcome.stderr.count("\n") == 1


def test_unknown_charset_is_reviewed_with_a_note(tmp_path):
    path = tmp_path / "odd.eml"
    path.write_bytes((DATA / "unknown-charset.eml").read_bytes())
    outcome = cli(str(path))
    assert outcome.exit_code in (0, 1)
    assert "note:" in outcome.stderr and "x-klingon" in outcome.stderr


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400) | st.lists(
    st.sampled_from(
        [
            "the",
            "the",
            " ",
            "  ",
            "\n",
            "\r\n",
            "i",
            "Dear",
            "Sam",
            ",",
            ".",
            "!",
            "👍🏽",
            "e\u0301",
            "שלום",
            "recieve",
            "From: a@b.c\n",
            "Subject: x\n\n",
            "\t",
            "\x00",
        ]
    ),
    max_size=80,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_any_text_reads_and_renders_with_spans_inside(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    try:
        message = read_message(data, "fuzz.txt")
    except UnreadableInput as exc:
        assert str(exc).startswith("fuzz.txt: ")
        return
    result = review(message)
    check_positions(message, render_json([result]))
    render_sarif([result])


def _many_headers(count: int) -> bytes:
    fields = "".join(f"X-Probe-{n}: {n}\n" for n in range(count))
    return f"From: Jordan <j@example.com>\nSubject: Hi\n{fields}\nDear Sam, thank you.\n".encode()


def _nested(depth: int) -> bytes:
    head = "".join(
        f'Content-Type: multipart/mixed; boundary="b{n}"\n\n--b{n}\n' for n in range(depth)
    )
    return f"From: j@example.com\nSubject: Hi\n{head}Content-Type: text/plain\n\nHi\n".encode()


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (_many_headers(10), None),
        (_many_headers(60_000), "60,002 header fields"),
        (_nested(3), None),
        (_nested(1_500), "multipart sections"),
    ],
    ids=["10-headers", "60000-headers", "3-deep", "1500-deep"],
)
def test_huge_header_blocks_and_deep_mime_are_refused_quickly(data: bytes, says) -> None:
    import time

    start = time.monotonic()
    if says is None:
        assert read_message(data, "probe.eml").subject == "Hi"
    else:
        with pytest.raises(UnreadableInput, match=says):
            read_message(data, "probe.eml")
    assert time.monotonic() - start < 5
