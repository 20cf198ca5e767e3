"""One finding type everywhere: terminal, JSON, SARIF and the web highlights render it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """How much a finding matters; only errors make ``afterword review`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """A problem found in a message.

    ``start``/``end`` are character offsets into the body (``body[start:end]`` is the
    offending text). A finding about a header names it in ``header`` and has no span; a
    finding about the message as a whole has ``start == end == 0`` and no header.
    """

    rule: str  # "AW203"
    name: str  # "wrong-company"
    severity: Severity
    message: str
    start: int = 0
    end: int = 0
    header: str | None = None
    replacements: tuple[str, ...] = field(default_factory=tuple)

    @property
    def has_span(self) -> bool:
        """Whether the finding points at text in the body."""
        return self.header is None and self.end > self.start
