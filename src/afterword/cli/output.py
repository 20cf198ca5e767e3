"""Printing for every command: consoles that keep control characters off the terminal, JSON.

Typer-free, so the lean review path (``afterword.cli.review_report``) prints the same way.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable
from typing import Any, Literal

from rich.console import Console
from rich.segment import Segment


def _styles() -> Literal["auto"] | None:
    # Rich drops colour for NO_COLOR but keeps bold; plain means no escape codes at all.
    return None if os.environ.get("NO_COLOR") else "auto"


# C0 controls but tab and newline, DEL and C1: imported text (an invite's CN, a note) must not
# move the cursor, retitle the window or hide text on the user's terminal.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Return the text with terminal control characters replaced by U+FFFD."""
    return _CONTROLS.sub("\ufffd", text)


class SafeConsole(Console):
    """A rich console that never passes control characters from the data to the terminal."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        """Render like rich, with the text of every segment made printable (styles stay)."""
        clean = (s if s.control else Segment(printable(s.text), s.style) for s in buffer)
        return super()._render_buffer(clean)


def console() -> Console:
    """A console on stdout: colour only on a terminal, none when NO_COLOR is set."""
    return SafeConsole(highlight=False, soft_wrap=not sys.stdout.isatty(), color_system=_styles())


def err_console() -> Console:
    """A console on stderr, for errors and progress."""
    return SafeConsole(stderr=True, highlight=False, soft_wrap=True, color_system=_styles())


def print_json(data: Any) -> None:
    """Print ``data`` as one JSON document on stdout, indented only for a person to read."""
    indent = 2 if sys.stdout.isatty() else None
    text = json.dumps(data, ensure_ascii=False, indent=indent, default=str)
    # JSON escapes C0 itself; DEL and C1 only occur inside strings, where \uXXXX is the same.
    text = re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
