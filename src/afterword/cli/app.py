"""Assemble the Typer application from one module per command group."""

from __future__ import annotations

import importlib
import os
from typing import Any

import typer
from typer.core import TyperGroup

from afterword import __version__
from afterword.cli.common import fail
from afterword.errors import AfterwordError

# Each module defines ``register(app)``; its heavy imports stay inside the commands.
COMMAND_MODULES = (
    "interviews", "review", "drafts", "notes", "outbox", "schedule", "web", "users",
    "hosted_mail",
)  # fmt: skip


class _Commands(TyperGroup):
    """The command group: every error a user can cause is answered here, once."""

    def invoke(self, ctx: Any) -> Any:
        """Run the command; print an AfterwordError as ``error: ...`` and exit with its code."""
        try:
            return super().invoke(ctx)
        except AfterwordError as exc:
            fail(str(exc), exc.exit_code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"afterword {__version__}")
        raise typer.Exit()


def build_app() -> typer.Typer:
    """Return the ``afterword`` application with every command registered."""
    app = typer.Typer(
        name="afterword",
        cls=_Commands,
        help="Thank-you notes and follow-ups after a job interview, reviewed before they go.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode="rich",
    )

    @app.callback()
    def _root(
        version: bool = typer.Option(
            False, "--version", "-V", callback=_version, is_eager=True, help="Show the version."
        ),
        db: str | None = typer.Option(
            None,
            "--db",
            show_default=False,
            help="Database for every command (a SQLite path or a URL), as AFTERWORD_DB.",
        ),
    ) -> None:
        """Thank-you notes and follow-ups after a job interview, reviewed before they go."""
        if db:  # `afterword --db X demo ...` (make demo): the variable reaches every command
            os.environ["AFTERWORD_DB"] = db

    for name in COMMAND_MODULES:
        module = importlib.import_module(f"afterword.cli.{name}")
        module.register(app)
    return app
