"""What every command shares: consoles, the --db/--json/--config options, errors, lookups.

Kept light: sqlalchemy, pydantic and the store are imported inside the functions.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from afterword.cli.output import (  # noqa: F401 (re-exported: every command prints through them)
    console,
    err_console,
    print_json,
    printable,
)

if TYPE_CHECKING:
    from afterword.config import Settings
    from afterword.interview.model import Interview
    from afterword.store.db import Database

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLite file path or a URL (postgresql://...). Default: AFTERWORD_DB, "
        "the config file's storage.db, or a file in the user data folder.",
        show_default=False,
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print one JSON document on stdout, nothing else.")
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Configuration file (default: AFTERWORD_CONFIG or the user config folder).",
        show_default=False,
        dir_okay=False,
    ),
]


def moment(value: datetime | None, fallback: str = "-") -> str:
    """Show a time in the machine's zone, named: "Wed 25 Nov 2026 16:28 CST"."""
    if value is None:
        return fallback
    return value.astimezone().strftime("%a %d %b %Y %H:%M %Z")


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``error: message`` on stderr and exit with ``code`` (2: bad usage or input)."""
    err_console().print(f"[bold red]error:[/] {_escape(message)}")
    raise typer.Exit(code)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def is_interactive() -> bool:
    """Whether a person is at a terminal to answer prompts."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def ask(question: str, **options: Any) -> Any:
    """Prompt on stderr, so stdout keeps only the command's output (``--json`` included)."""
    return typer.prompt(question, err=True, **options)


def load_config(config: Path | None = None) -> Settings:
    """Read the settings from ``--config``, AFTERWORD_CONFIG or the user config folder."""
    from afterword.config import load_settings

    return load_settings(config)


UserOption = Annotated[
    str | None,
    typer.Option(
        "--user",
        envvar="AFTERWORD_USER",
        help="Hosted mode: the account (sign-in e-mail) whose data this acts on.",
        show_default=False,
    ),
]


def open_database(
    db: str | None,
    config: Path | None = None,
    user: str | None = None,
    *,
    any_user: bool = False,
    settings: Settings | None = None,
) -> Database:
    """Open ``--db``, else AFTERWORD_DB, else the config's storage.db, else the default file.

    With ``user`` (``--user``), the database acts for that hosted account; hosted mode
    (``[server] mode = "hosted"``) requires one, so that no command reads everyone's data,
    except those that serve every user by design (``any_user``: accounts, send and sync).
    """
    from sqlalchemy.exc import SQLAlchemyError

    from afterword.store.db import Database

    settings = settings if settings is not None else load_config(config)  # read once a command
    url = db or settings.storage.db
    if user is None and settings.server.mode == "hosted" and not any_user:
        fail("this server is hosted: say whose data to use with --user EMAIL (or AFTERWORD_USER)")
    try:
        database = Database(url)
    except SQLAlchemyError as exc:  # an unknown scheme, a missing driver
        fail(f"cannot use the database {url!r}: {str(exc).splitlines()[0]}")
    if user is not None:
        _act_for(database, user)
    return database


def _act_for(database: Database, email: str) -> None:
    from afterword.accounts.users import find_account

    account = find_account(database, email)
    if not account.active:
        fail(f"the account {account.email} is disabled")
    database.act_as(account.id)


def resolve_interview(db: Database, ref: str) -> tuple[int | None, Interview]:
    """Return ``(id, interview)`` for a stored id, or ``(None, interview)`` for a file path."""
    from afterword.interview.loader import load_interview
    from afterword.store.errors import NotFound
    from afterword.store.interviews import get_interview

    if ref.isdigit() and not Path(ref).is_file():
        try:
            return int(ref), get_interview(db, int(ref))
        except NotFound:
            fail(f"no interview with id {ref}; 'afterword list' shows the ids")
    return None, load_interview(ref)
