"""The note interpreter: each jotted note read into what it is and the forms it can take."""

from __future__ import annotations

from afterword.compose.notes.read import Reading, read_note

__all__ = ["Reading", "read_note"]
