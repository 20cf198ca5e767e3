"""A message as the reviewer sees it: a few headers and a plain-text body."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Message:
    """An email to review. Spans in findings are offsets into ``body``."""

    body: str
    subject: str | None = None
    sender: str | None = None  # the From header as written: 'Jordan Lee <jordan@example.com>'
    to: str | None = None  # the To header as written
    headers: dict[str, str] = field(default_factory=dict)  # every header, for rules that need more
    source: str | None = None  # where it came from (a path, "<stdin>"), for output
