"""The one error a user sees when an interview file cannot be read."""

from __future__ import annotations

from afterword.errors import AfterwordError


class InterviewFileError(AfterwordError):
    """An interview file (YAML, JSON or .ics) that cannot be imported, and where it went wrong.

    ``str()`` reads ``file:line: field: message; expected ...`` with the parts that are known.
    """

    http_status = 422

    def __init__(
        self,
        source: str,
        message: str,
        *,
        line: int | None = None,
        field: str | None = None,
        expected: str | None = None,
    ) -> None:
        self.source = source
        self.message = message
        self.line = line
        self.field = field
        self.expected = expected
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        text = (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )
        return f"{text}; expected {self.expected}" if self.expected else text


class UnknownInterviewer(AfterwordError, ValueError):
    """A name or address that matches no single interviewer of the interview."""


class FieldProblem(ValueError):
    """A validation error raised by the model about a field deeper than where it was raised."""

    def __init__(self, message: str, path: tuple[str | int, ...]) -> None:
        super().__init__(message)
        self.path = path
