"""Turn a stored message into an email: headers by the ``email`` package, never by hand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime
from functools import lru_cache
from typing import Any, Protocol
from urllib.parse import quote

from afterword.errors import AfterwordError

__all__ = [
    "MessageError",
    "Sender",
    "build_email",
    "check_address",
    "clean_text",
    "mailto_link",
    "reply_subject",
    "wire_bytes",
]

# Line breaks and other control characters in a header could start a new header (injection):
# the Unicode category Cc (U+0000-U+001F, U+007F-U+009F) and the line and paragraph separators.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# "=?" opens an RFC 2047 encoded word; the email package's folder on Python before 3.11.10 /
# 3.12.5 (CVE-2024-6923) decoded one holding CR LF into a real line break: a header injection.
ENCODED_WORD = "=?"
# The only headers an email of ours may carry, each at most once (checked on the built bytes).
HEADERS = frozenset(
    {"from", "to", "subject", "date", "message-id", "in-reply-to", "references",
     "mime-version", "content-type", "content-transfer-encoding"}
)  # fmt: skip


class _Registry(HeaderRegistry):
    """The standard header registry; a header text seen before reuses its parsed header.

    Parsing a header is most of the cost of building an email, and a batch repeats many
    texts (MIME-Version, Content-Type, the Date within a second). Parsed headers are immutable,
    so sharing one between messages is safe.
    """

    @lru_cache(maxsize=256)  # noqa: B019 (one registry, kept for the life of the process)
    def __getitem__(self, name: str) -> type[BaseHeader]:
        """Return the header class for ``name``, made once (the base class makes it anew)."""
        return super().__getitem__(name)  # type: ignore[no-any-return]

    def __call__(self, name: str, value: Any) -> BaseHeader:
        """Return the parsed header, from the cache when this text was parsed before."""
        if isinstance(value, str):
            return _parsed(self, name, value)
        return super().__call__(name, value)


@lru_cache(maxsize=1024)
def _parsed(registry: _Registry, name: str, value: str) -> BaseHeader:
    return HeaderRegistry.__call__(registry, name, value)  # type: ignore[no-any-return]


class _Policy(EmailPolicy):
    """``email.policy.SMTP`` that folds a header it folded before from memory."""

    def fold_binary(self, name: str, value: str) -> bytes:
        """Fold a header for the wire, once per distinct header (see ``_Registry``)."""
        return _folded(self, name, type(value), str(value), value)


@lru_cache(maxsize=1024)
def _folded(policy: _Policy, name: str, kind: type, text: str, value: Any) -> bytes:
    # The key is the policy, name, type and text; ``value`` rides along (same text, same fold).
    return EmailPolicy.fold_binary(policy, name, value)


# What every email is built and flattened with: SMTP's rules (CRLF), with the caches above.
POLICY = _Policy(linesep="\r\n", header_factory=_Registry())


class MessageError(AfterwordError, ValueError):
    """A message cannot become an email as it stands: a bad address, name or subject."""

    exit_code = 1
    http_status = 422


class Sender(Protocol):
    """Who the mail is from: a profile or the interview's candidate."""

    name: str
    email: str


@dataclass(frozen=True)
class EmailFields:
    """A message's email fields copied out of the session: what the builder reads."""

    id: int
    to_name: str | None
    to_address: str | None
    subject: str
    body: str
    message_id: str | None
    in_reply_to: str | None
    references: str | None

    @classmethod
    def of(cls, row: _Row) -> EmailFields:
        """Copy the fields of a stored message."""
        return cls(row.id, row.to_name, row.to_address, row.subject, row.body,
                   row.message_id, row.in_reply_to, row.references)  # fmt: skip


class _Row(Protocol):
    """What a stored message (or an approval in progress) offers to the builder."""

    @property
    def id(self) -> int: ...
    @property
    def to_name(self) -> str | None: ...
    @property
    def to_address(self) -> str | None: ...
    @property
    def subject(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def message_id(self) -> str | None: ...
    @property
    def in_reply_to(self) -> str | None: ...
    @property
    def references(self) -> str | None: ...


def _clean_header(value: str, what: str, message_id: object) -> str:
    """Return the header text, or refuse one carrying line breaks or control characters."""
    found = _CONTROL.search(value)
    if found:
        raise MessageError(
            f"message {message_id}: the {what} holds a control character "
            f"{found.group()!r} at position {found.start()}; expected one line of plain text "
            "(line breaks in headers could be used to inject other headers)"
        )
    return value.strip()


def clean_text(value: str, what: str, message_id: object) -> str:
    """Return a name or subject as one line of plain text; refuse controls and encoded words."""
    text = " ".join(_clean_header(value, what, message_id).split())
    if ENCODED_WORD in text:
        raise MessageError(
            f"message {message_id}: the {what} holds '=?' at position "
            f"{text.index(ENCODED_WORD)}, which mail programs read as an encoded word; "
            "expected plain text (write the characters themselves, not their encoding)"
        )
    return text


def wire_bytes(email: EmailMessage, message_id: object) -> bytes:
    """Return the email's bytes after checking the headers they carry are ours, once each."""
    data = email.as_bytes()
    head = data.split(b"\r\n\r\n", 1)[0]
    names = [
        line.split(b":", 1)[0].decode("ascii", "replace").strip().lower()
        for line in head.split(b"\r\n")
        if line and line[:1] not in b" \t"
    ]
    odd = [n for n in names if n not in HEADERS] or [n for n in set(names) if names.count(n) > 1]
    if odd:
        raise MessageError(
            f"message {message_id}: the built email would carry the header {odd[0]!r} that "
            "no field of the message should make (a name or subject smuggling a header?); "
            "refused; expected plain text in names and subject"
        )
    return data


@lru_cache(maxsize=4096)
def _normalized(address: str) -> str:
    """Validate an address once (a batch repeats the sender's); raise EmailNotValidError."""
    from email_validator import validate_email

    checked = validate_email(address, check_deliverability=False)
    return checked.ascii_email or checked.normalized


def check_address(address: str | None, what: str, message_id: object) -> str:
    """Return the normalized address, or a clear error naming the bad one."""
    from email_validator import EmailNotValidError

    if not address:
        raise MessageError(f"message {message_id}: no {what} address; expected name@domain")
    _clean_header(address, f"{what} address", message_id)
    try:
        return _normalized(address)
    except EmailNotValidError as exc:
        raise MessageError(
            f"message {message_id}: the {what} address {address!r} is not valid: {exc}; "
            "expected name@domain"
        ) from exc


def _address(name: str | None, address: str | None, what: str, message_id: object) -> Address:
    spec = check_address(address, what, message_id)
    display = clean_text(name or "", f"{what} name", message_id)
    local, _, domain = spec.rpartition("@")
    return Address(display_name=display, username=local, domain=domain)


@lru_cache(maxsize=64)
def _from_header(name: str, spec: str) -> BaseHeader:
    """The parsed From header of a checked sender, made once per batch (it never changes)."""
    local, _, domain = spec.rpartition("@")
    address = Address(display_name=name, username=local, domain=domain)
    return POLICY.header_factory("From", address)  # type: ignore[no-any-return]


def _sender_header(sender: Sender, message_id: object) -> BaseHeader:
    spec = check_address(sender.email, "sender", message_id)
    return _from_header(clean_text(sender.name or "", "sender name", message_id), spec)


def reply_subject(subject: str) -> str:
    """Return ``Re: subject`` without piling up prefixes."""
    bare = re.sub(r"^(\s*(re|aw|sv)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    return f"Re: {bare}"


def build_email(row: _Row, sender: Sender | None, *, date: datetime | None = None) -> EmailMessage:
    """Build the email for a stored message: UTF-8, RFC 2047 names, Date, Message-ID, thread."""
    if sender is None:
        raise MessageError(
            f"message {row.id}: no sender; set up your profile with 'afterword init' "
            "or give the interview a candidate"
        )
    email = EmailMessage(policy=POLICY)
    email["From"] = _sender_header(sender, row.id)
    from afterword.interview.names import display_name

    to_name = row.to_name
    if to_name:  # the name as stored is checked first: a line break in it is refused, not lost
        to_name = display_name(clean_text(to_name, "recipient name", row.id))
    email["To"] = _address(to_name, row.to_address, "recipient", row.id)
    email["Subject"] = clean_text(row.subject, "subject", row.id)
    email["Date"] = format_datetime((date or datetime.now(UTC)).astimezone(UTC))
    _thread_headers(email, row)
    email.set_content(row.body.replace("\r\n", "\n"), charset="utf-8")
    return email


def _thread_headers(email: EmailMessage, row: _Row) -> None:
    """Set Message-ID and, for a reply, In-Reply-To and References."""
    if row.message_id:
        email["Message-ID"] = _clean_header(row.message_id, "Message-ID", row.id)
    if row.in_reply_to:
        email["In-Reply-To"] = _clean_header(row.in_reply_to, "In-Reply-To", row.id)
        references = row.references or row.in_reply_to
        email["References"] = _clean_header(references, "References", row.id)


def mailto_link(row: _Row) -> str:
    """Return a ``mailto:`` link that opens this message in the user's own mail program."""
    to = check_address(row.to_address, "recipient", row.id)
    subject = clean_text(row.subject, "subject", row.id)
    body = row.body.replace("\r\n", "\n").replace("\n", "\r\n")  # RFC 6068 wants CRLF
    fields = [f"subject={quote(subject, safe='')}", f"body={quote(body, safe='')}"]
    if row.in_reply_to:
        fields.append(f"in-reply-to={quote(row.in_reply_to, safe='')}")
    return f"mailto:{quote(to, safe='@')}?{'&'.join(fields)}"
