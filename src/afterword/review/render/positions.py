"""Line and column of a body offset, in the file when the body stands there verbatim."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from afterword.review.message import Message


@dataclass(frozen=True)
class Position:
    """Where an offset falls: 1-based line and column (in characters) and a file offset."""

    line: int
    column: int
    char_offset: int | None  # offset in the decoded file, when the body stands there verbatim


class Lines:
    """Map offsets of one message's body to lines and columns, fast for many findings."""

    def __init__(self, message: Message) -> None:
        body = message.body
        self.starts = [0] + [i + 1 for i, c in enumerate(body) if c == "\n"]
        self.body = body
        self.first_line = getattr(message, "body_line", None)
        self.body_offset = getattr(message, "body_offset", None)
        self.crlf = bool(getattr(message, "crlf", False))

    @property
    def in_file(self) -> bool:
        """Whether positions are lines of the file (else of the decoded body)."""
        return self.first_line is not None

    def position(self, offset: int) -> Position:
        """Return the position of a body offset (clamped into the body)."""
        offset = max(0, min(offset, len(self.body)))
        index = bisect_right(self.starts, offset) - 1
        column = offset - self.starts[index] + 1
        line = index + 1 + (self.first_line - 1 if self.first_line else 0)
        char_offset = None
        if self.body_offset is not None:
            char_offset = self.body_offset + offset + (index if self.crlf else 0)
        return Position(line, column, char_offset)

    def line_text(self, body_line: int) -> str:
        """Return the text of a body line (1-based), without its newline."""
        start = self.starts[body_line - 1]
        end = self.starts[body_line] - 1 if body_line < len(self.starts) else len(self.body)
        return self.body[start:end]

    def body_line_of(self, offset: int) -> int:
        """Return the 1-based body line holding an offset."""
        return bisect_right(self.starts, max(0, min(offset, len(self.body)))) - 1 + 1
