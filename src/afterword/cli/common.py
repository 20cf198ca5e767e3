"""What every command shares: consoles, the --db/--json/--config options, errors, lookups.

Kept light: sqlalchemy, pydantic and the store are imported inside the functions.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn

import typer
from rich.console import Console
from rich.segment import Segment

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
    db: str | None, config: Path | None = None, user: str | None = None, *, any_user: bool = False
) -> Database:
    """Open ``--db``, else AFTERWORD_DB, else the config's storage.db, else the default file.

    With ``user`` (``--user``), the database acts for that hosted account; hosted mode
    (``[server] mode = "hosted"``) requires one, so that no command reads everyone's data,
    except those that serve every user by design (``any_user``: accounts, send and sync).
    """
    from sqlalchemy.exc import SQLAlchemyError

    from afterword.store.db import Database

    settings = load_config(config)
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
