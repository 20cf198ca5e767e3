"""Commands of the 'schedule' group (filled in by the issue that builds them)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this group's commands to the application."""
    del app
