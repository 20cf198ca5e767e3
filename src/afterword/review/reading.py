"""Read what the user hands the reviewer: plain text, a message with headers, or a real .eml.

Findings point into the body. When the body stands in the file as written (plain text, or
headers followed by a plain body), ``body_line``/``body_offset`` say where, so outputs can
give positions in the file itself; a body decoded from MIME (base64, quoted-printable, HTML,
multipart) has ``body_line = None`` and positions count from the decoded body's start.
"""

from __future__ import annotations

import codecs
import email
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser
from typing import Any, NamedTuple

from afterword.errors import AfterwordError
from afterword.review.message import Message

# Mail providers cap a message with attachments near 25 MB; past that it is not an email.
MAX_INPUT_BYTES = 25_000_000
# About 30,000 words: 150 times the longest sensible note, and still reviewed in seconds.
MAX_BODY_CHARS = 200_000
# A paragraph is rarely over 2,000 characters; a 20,000-character line is data, not prose,
# and the proofreader's time grows with the length of a sentence.
MAX_LINE_CHARS = 20_000
# A real email has a few dozen header fields and parts nested a few levels; the email package
# reads a header by scanning them all (60,000 fields took 81 s) and nests by recursion.
MAX_HEADERS = 1_000
MAX_MIME_PARTS = 200

KNOWN_HEADERS = frozenset(
    [
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "reply-to",
        "sender",
        "message-id",
        "in-reply-to",
        "references",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "received",
        "return-path",
        "delivered-to",
        "x-mailer",
        "user-agent",
    ]
)
HEADER_LINE = re.compile(r"[\x21-\x39\x3b-\x7e]+:")
BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx file)",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x7fELF": "a program",
    b"\xd0\xcf\x11\xe0": "an Outlook .msg or old Office file",
}
VERBATIM_ENCODINGS = frozenset({"", "7bit", "8bit", "binary"})


class UnreadableInput(AfterwordError):
    """The input is not something the reviewer can read; ``str()`` says why and what would do."""

    http_status = 422

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class SourceMessage(Message):
    """A message with where its body stands in the file and what reading it had to guess."""

    body_line: int | None = None  # 1-based line of the file where the body starts, if verbatim
    body_offset: int | None = None  # character offset of the body's start in the decoded file
    crlf: bool = False  # the file ends its lines with CR LF
    notes: tuple[str, ...] = field(default_factory=tuple)  # best-effort guesses, for stderr


def read_message(data: bytes, source: str) -> SourceMessage:
    """Read plain text, a message with headers, or an .eml into a message to review."""
    _refuse_unreadable(data, source)
    text, _, encoding_note = decode_text(data)
    notes = (encoding_note,) if encoding_note else ()
    header_end = _header_block_end(text)
    if header_end is None:
        return _plain(text, source, notes)
    return _with_headers(data, text, header_end, source)


class Decoded(NamedTuple):
    """Text decoded from bytes, the codec that did it, and a note when it was a guess."""

    text: str
    codec: str
    note: str | None = None


def decode_text(data: bytes, charset: str | None = None) -> Decoded:
    """Decode bytes as the declared charset, else UTF-8, else Windows-1252 with a note."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(data.decode("utf-16"), "utf-16")
    for candidate in filter(None, (_known_codec(charset), "utf-8")):
        try:
            codec = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else candidate
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    guessed = "is not valid UTF-8" if charset is None else f"is not valid {charset}"
    note = f"the text {guessed}; read it as Windows-1252 (best effort; check accented letters)"
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252", note)


def _known_codec(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def _refuse_unreadable(data: bytes, source: str) -> None:
    if len(data) > MAX_INPUT_BYTES:
        raise UnreadableInput(
            source,
            f"the input is {len(data):,} bytes; afterword reads messages up to "
            f"{MAX_INPUT_BYTES:,} bytes (an email with attachments)",
        )
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise UnreadableInput(source, f"this is {what}, not an email; expected text or .eml")
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in data[:65536]:
        at = data.index(b"\x00")
        raise UnreadableInput(
            source, f"binary data (a NUL byte at offset {at}); expected plain text or an .eml"
        )


def _header_block_end(text: str) -> int | None:
    """Return the offset where the header block ends, or None when the text has none."""
    lines = text.splitlines(keepends=True)
    if not lines or not HEADER_LINE.match(lines[0]):
        return None
    offset, names = 0, set()
    for line in lines:
        if line in ("\n", "\r\n", "\r"):
            break
        if match := HEADER_LINE.match(line):
            names.add(match.group()[:-1].lower())
        elif line[:1] not in (" ", "\t"):
            return None  # a line that is neither a field nor its continuation: plain text
        offset += len(line)
    return offset if names & KNOWN_HEADERS else None


def _check_body(body: str, source: str) -> str:
    if len(body) > MAX_BODY_CHARS:
        raise UnreadableInput(
            source,
            f"the body is {len(body):,} characters; afterword reviews bodies up to "
            f"{MAX_BODY_CHARS:,} (a thank-you note is about 1,000)",
        )
    longest = max(body.split("\n"), key=len)
    if len(longest) > MAX_LINE_CHARS:
        line = body.split("\n").index(longest) + 1
        raise UnreadableInput(
            source,
            f"body line {line} is {len(longest):,} characters; afterword reviews lines up to "
            f"{MAX_LINE_CHARS:,} (break the text into paragraphs)",
        )
    controls = sum(1 for c in body if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(8, len(body) // 100):
        raise UnreadableInput(
            source, f"binary data ({controls} control characters); expected text or an .eml"
        )
    return body


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _plain(text: str, source: str, notes: tuple[str, ...]) -> SourceMessage:
    body = _check_body(_normalise(text), source)
    return SourceMessage(
        body=body, source=source, body_line=1, body_offset=0, crlf="\r\n" in text, notes=notes
    )


def _with_headers(data: bytes, text: str, header_end: int, source: str) -> SourceMessage:
    _refuse_oversized(text, header_end, source)
    try:
        return _read_parsed(data, text, header_end, source)
    except RecursionError:
        raise UnreadableInput(
            source, f"the MIME parts are nested too deeply to read; expected a message of at "
            f"most {MAX_MIME_PARTS} parts",
        ) from None  # fmt: skip


def _refuse_oversized(text: str, header_end: int, source: str) -> None:
    """Refuse a header block or a MIME tree far beyond any real email, before parsing it."""
    fields = sum(1 for line in text[:header_end].splitlines() if HEADER_LINE.match(line))
    if fields > MAX_HEADERS:
        raise UnreadableInput(
            source, f"the message has {fields:,} header fields; afterword reads messages "
            f"with up to {MAX_HEADERS:,} (a real email has a few dozen)",
        )  # fmt: skip
    parts = len(re.findall(r"(?im)^content-type:\s*multipart/", text))
    if parts > MAX_MIME_PARTS:
        raise UnreadableInput(
            source, f"the message has {parts:,} multipart sections; afterword reads messages "
            f"with up to {MAX_MIME_PARTS} (a real email has a few)",
        )  # fmt: skip


def _read_parsed(data: bytes, text: str, header_end: int, source: str) -> SourceMessage:
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    headers = _headers(parsed)
    common: dict[str, Any] = {
        "subject": headers.get("Subject"),
        "sender": headers.get("From"),
        "to": headers.get("To"),
        "headers": headers,
        "source": source,
        "crlf": "\r\n" in text[:header_end],
    }
    if _is_verbatim(parsed):
        return _verbatim_body(data, text, header_end, parsed, common)
    body, notes = _mime_body(parsed, source)
    return SourceMessage(body=_check_body(_normalise(body), source), notes=notes, **common)


def _headers(parsed: EmailMessage) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name in parsed:
        if name not in headers:
            headers[name] = _header_value(parsed, name)
    return headers


def _header_value(parsed: EmailMessage, name: str) -> str:
    try:
        return " ".join(str(parsed[name]).split())
    except (ValueError, LookupError, IndexError):  # a malformed header: keep what was written
        raw = dict(parsed.raw_items()).get(name, "")
        return " ".join(str(raw).split())


def _is_verbatim(parsed: EmailMessage) -> bool:
    encoding = str(parsed.get("Content-Transfer-Encoding", "")).strip().lower()
    return (
        not parsed.is_multipart()
        and parsed.get_content_type() == "text/plain"
        and encoding in VERBATIM_ENCODINGS
    )


def _verbatim_body(
    data: bytes, text: str, header_end: int, parsed: EmailMessage, common: dict
) -> SourceMessage:
    text, _, note = decode_text(data, parsed.get_content_charset())
    header_end = _header_block_end(text) or header_end  # the declared charset may read it anew
    body_start = _skip_blank_line(text, header_end)
    body = _check_body(_normalise(text[body_start:]), common["source"])
    line = _normalise(text[:body_start]).count("\n") + 1
    notes = (note,) if note else ()
    return SourceMessage(body=body, body_line=line, body_offset=body_start, notes=notes, **common)


def _skip_blank_line(text: str, offset: int) -> int:
    for ending in ("\r\n", "\n", "\r"):
        if text.startswith(ending, offset):
            return offset + len(ending)
    return offset


def _mime_body(parsed: EmailMessage, source: str) -> tuple[str, tuple[str, ...]]:
    part = parsed.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise UnreadableInput(source, _no_text_reason(parsed))
    assert isinstance(part, EmailMessage)
    text, note = _part_text(part)
    notes = [note] if note else []
    if defects := [type(d).__name__ for p in parsed.walk() for d in p.defects]:
        notes.append(f"the MIME structure is damaged ({', '.join(sorted(set(defects)))})")
    if part.get_content_type() == "text/html":
        return html_to_text(text), (*notes, "the body is HTML; reviewed its text")
    return text, tuple(notes)


def _no_text_reason(parsed: EmailMessage) -> str:
    defects = sorted({type(d).__name__ for p in parsed.walk() for d in p.defects})
    types = sorted({p.get_content_type() for p in parsed.walk() if not p.is_multipart()})
    if defects:
        return (
            f"broken MIME ({', '.join(defects)}): no readable text part; expected a "
            "text/plain or text/html part between the multipart boundaries"
        )
    found = ", ".join(types) or "no parts"
    return f"no text/plain or text/html part to review (found: {found})"


def _part_text(part: EmailMessage) -> tuple[str, str | None]:
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    charset = part.get_content_charset()
    text, _, note = decode_text(raw, charset)
    if charset and _known_codec(charset) is None:
        note = f"unknown charset {charset!r}; read the text as UTF-8 or Windows-1252 (best effort)"
    return text, note


class _HtmlText(HTMLParser):
    """Collect the text a reader sees in an HTML body: blocks on their own lines."""

    BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "table",
            "ul",
            "ol",
            "hr",
        ]
    )
    HIDDEN = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n" if tag == "p" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n" if tag == "p" else "\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Turn an HTML body into the plain text a reader sees, one paragraph per block."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
