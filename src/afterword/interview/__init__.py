"""The interview record: the model, name parsing, loading from files and calendar invites."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afterword.interview.model import Candidate, Format, Interview, Interviewer
    from afterword.interview.names import PersonName, parse_name

__all__ = ["Candidate", "Format", "Interview", "Interviewer", "PersonName", "parse_name"]
_HOMES = {"PersonName": "names", "parse_name": "names"}


def __getattr__(name: str) -> Any:
    """Import the model or nameparser on first use: the reviewer reads ``name_data`` alone."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"{__name__}.{_HOMES.get(name, 'model')}")
    return getattr(module, name)
