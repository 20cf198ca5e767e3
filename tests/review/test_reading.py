"""Reading plain text, messages with headers and real .eml files into what the reviewer sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.review.reading import (
    MAX_BODY_CHARS,
    MAX_INPUT_BYTES,
    MAX_LINE_CHARS,
    UnreadableInput,
    html_to_text,
    read_message,
)

DATA = Path(__file__).parent / "data"


def read(name: str):
    return read_message((DATA / name).read_bytes(), name)


def test_plain_text_is_the_body_from_line_one():
    message = read_message(b"Hi Priya,\nThank you.\n", "note.txt")
    assert (message.body, message.subject, message.body_line, message.body_offset) == (
        "Hi Priya,\nThank you.\n",
        None,
        1,
        0,
    )


def test_headers_then_blank_line_give_subject_sender_and_body_position():
    data = (
        b"From: Jordan Lee <j@example.com>\nTo: Priya <p@n.example>\nSubject: Thanks\n\nHi Priya,\n"
    )
    message = read_message(data, "note.txt")
    assert message.subject == "Thanks"
    assert message.sender == "Jordan Lee <j@example.com>"
    assert message.to == "Priya <p@n.example>"
    assert message.body == "Hi Priya,\n"
    assert message.body_line == 5
    assert data.decode()[message.body_offset :] == message.body


def test_text_that_merely_starts_with_a_colon_word_is_plain():
    message = read_message(b"Note: this is not\na header block\n", "x")
    assert message.subject is None and message.body.startswith("Note:")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("plain-note.eml", "I enjoyed hearing your plan"),
        ("crlf-note.eml", "I enjoyed hearing your plan"),
        ("latin1-base64.eml", "Hi Priya Ramán,"),
        ("html-only.eml", "Thank you for taking the time to talk with me on Tuesday."),
        ("multipart-both.eml", "streaming — I learned a lot."),
    ],
)
def test_eml_bodies_are_decoded_to_text(name, expected):
    message = read(name)
    assert expected in message.body
    assert message.subject == "Thank you - Senior Data Engineer interview"
    assert "\r" not in message.body


def test_verbatim_eml_body_keeps_its_place_in_the_file():
    message = read("crlf-note.eml")
    assert message.crlf and message.body_line == 7
    text = (DATA / "crlf-note.eml").read_bytes().decode()
    assert text[message.body_offset :].replace("\r\n", "\n") == message.body


def test_decoded_bodies_have_no_file_position():
    assert read("latin1-base64.eml").body_line is None
    assert read("html-only.eml").body_line is None


def test_html_body_drops_styles_and_keeps_paragraphs():
    message = read("html-only.eml")
    assert "color" not in message.body
    assert message.body.startswith("Hi Priya,\n\nThank you")
    assert "I enjoyed it & learned a lot." in message.body
    assert any("HTML" in note for note in message.notes)


def test_html_to_text_keeps_words_apart_across_inline_tags():
    assert html_to_text("<p>hello <b>there</b> friend</p><script>x()</script>") == (
        "hello there friend\n"
    )


def test_multipart_prefers_the_plain_part_and_ignores_attachments():
    message = read("multipart-both.eml")
    assert "HTML version" not in message.body and "JVBER" not in message.body


def test_unknown_charset_reads_best_effort_with_a_note():
    message = read("unknown-charset.eml")
    assert "café chat" in message.body
    assert any("unknown charset 'x-klingon'" in note for note in message.notes)


def test_undeclared_latin1_text_reads_as_windows_1252_with_a_note():
    message = read_message("Merci, Zoé!".encode("latin-1"), "x")
    assert message.body == "Merci, Zoé!"
    assert "not valid UTF-8" in message.notes[0]


def test_utf16_with_bom_is_read():
    assert read_message("Hi Priya".encode("utf-16"), "x").body == "Hi Priya"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\n1 0 obj", "this is a PDF document, not an email"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"hello\x00world", "binary data (a NUL byte at offset 5)"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10" * 10, "control characters"),
        (b"x" * (MAX_BODY_CHARS + 1), f"afterword reviews bodies up to {MAX_BODY_CHARS:,}"),
        (b"x" * (MAX_INPUT_BYTES + 1), f"afterword reads messages up to {MAX_INPUT_BYTES:,}"),
        (b"ok\n" + b"x" * (MAX_LINE_CHARS + 1), "body line 2 is 20,001 characters"),
    ],
)
def test_unreadable_input_says_what_and_what_would_do(data, reason):
    with pytest.raises(UnreadableInput) as caught:
        read_message(data, "in.txt")
    assert str(caught.value).startswith("in.txt: ")
    assert reason in str(caught.value)


def test_broken_mime_without_text_is_unreadable():
    with pytest.raises(UnreadableInput, match=r"broken MIME .*StartBoundaryNotFoundDefect"):
        read("broken-mime.eml")


def test_message_with_only_an_attachment_names_what_it_found():
    with pytest.raises(UnreadableInput, match=r"no text/plain or text/html part .*image/png"):
        read("attachment-only.eml")
