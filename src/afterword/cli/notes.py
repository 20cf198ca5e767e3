"""The ``notes`` command: how each note of an interview will be read, used or left out."""

from __future__ import annotations

from typing import Annotated

import typer

from afterword.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    UserOption,
    console,
    fail,
    open_database,
    print_json,
    resolve_interview,
)


def notes(
    interview: Annotated[str, typer.Argument(help="An interview file (YAML) or a stored id.")],
    to: Annotated[
        str | None,
        typer.Option("--to", help="Only this interviewer's notes (and the shared ones)."),
    ] = None,
    json_output: JsonOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
) -> None:
    """Show how each note will be read: used (and as what) or left out (and why)."""
    from afterword.compose.notes.report import read_interview, render_lines

    database = open_database(db, config, user) if interview.isdigit() else None
    _, record = resolve_interview(database, interview)  # type: ignore[arg-type]
    person = None
    if to is not None:
        person = record.interviewer(to)
        if person is None:
            names = ", ".join(p.name for p in record.interviewers)
            fail(f"no interviewer {to!r} in this interview; expected one of: {names}")
    found = read_interview(record, person)
    if json_output:
        print_json([item.as_dict() for item in found])
        return
    out = console()
    for line in render_lines(found):
        out.print(line, highlight=False, markup=False)
    left = sum(1 for item in found if not item.reading.used)
    out.print(f"\n{len(found)} notes: {len(found) - left} used, {left} left out", highlight=False)


def register(app: typer.Typer) -> None:
    """Add this group's commands to the application."""
    app.command("notes")(notes)
