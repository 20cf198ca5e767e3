"""The ``draft`` and ``demo`` commands: notes per interviewer, each printed with its review."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afterword.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    UserOption,
    console,
    err_console,
    fail,
    load_config,
    open_database,
    print_json,
    resolve_interview,
)
from afterword.kinds import MessageKind

if TYPE_CHECKING:
    from rich.console import Console

    from afterword.compose.stored import StoredDraft
    from afterword.config import Settings
    from afterword.interview.model import Interview


def draft(
    interview: Annotated[str, typer.Argument(help="An interview file (YAML) or a stored id.")],
    kind: Annotated[
        MessageKind, typer.Option("--kind", help="What to draft.")
    ] = MessageKind.THANK_YOU,
    to: Annotated[
        str | None, typer.Option("--to", help="Only this interviewer (name or address).")
    ] = None,
    variant: Annotated[
        int, typer.Option("--variant", min=0, help="Another wording: 1, 2, ... (0 is the first).")
    ] = 0,
    out: Annotated[
        Path | None, typer.Option("--out", file_okay=False, help="Also write .eml files here.")
    ] = None,
    json_output: JsonOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
) -> None:
    """Draft a thank-you (or follow-up) for every interviewer, store it, and review it."""
    settings = load_config(config)
    database = open_database(db, config, user)
    interview_id, record = resolve_interview(database, interview)
    stored = _draft(database, interview_id, record, kind, to, variant, settings)
    if out is not None:
        _write_eml(database, out, stored, record)
    if json_output:
        print_json(
            [
                {**_reviewed(item, record, settings), "reading": _reading(record, item)}
                for item in stored
            ]
        )
        return
    _print_drafts(stored, record, settings)
    _print_reading(record, stored)


def _reading(record: Interview, item: StoredDraft) -> list[dict[str, object]]:
    """How the notes this draft could draw on were read."""
    from afterword.compose.notes.report import read_interview

    person = record.interviewer(item.draft.to_address or item.draft.to_name)
    return [n.as_dict() for n in read_interview(record, person or item.draft.interviewer)]


def _print_reading(record: Interview, stored: list[StoredDraft]) -> None:
    """List how each note was read, and each note left out and why."""
    from afterword.compose.notes.report import read_interview, render_lines

    people = {item.draft.to_name for item in stored}
    found = [n for n in read_interview(record) if n.owner is None or n.owner in people]
    out = console()
    out.rule("how your notes were read")
    for line in render_lines(found):
        out.print(line, highlight=False, markup=False)
    out.print()


def _reviewed(item: StoredDraft, record: Interview, settings: Settings) -> dict[str, Any]:
    """Return a stored draft as JSON data with its review's findings, as the text shows them."""
    from afterword.compose.checking import review_draft
    from afterword.review.render.data import count_findings, finding_record
    from afterword.review.render.positions import Lines

    source = f"message {item.id} to {item.draft.to_name}"
    review = review_draft(item.draft, record, settings, source=source)
    lines = Lines(review.message)
    return {
        **item.as_dict(),
        "findings": [finding_record(finding, lines) for finding in review.findings],
        "summary": count_findings(review.findings),
    }


def _draft(
    database: Any,
    interview_id: int | None,
    record: Interview,
    kind: MessageKind,
    to: str | None,
    variant: int,
    settings: Settings,
    replace: bool = False,
) -> list[StoredDraft]:
    from afterword.compose.stored import draft_interview, store_once

    if interview_id is None:
        interview_id = store_once(database, record)
    try:
        return draft_interview(
            database,
            interview_id,
            record,
            kind,
            to,
            variant,
            settings,
            replace=replace,
        )
    except ValueError as exc:
        fail(str(exc))


def _write_eml(database: Any, out: Path, stored: list[StoredDraft], record: Interview) -> None:
    from afterword.compose.stored import write_eml
    from afterword.store.interviews import get_profile

    try:
        paths = write_eml(out, stored, record.candidate or get_profile(database))
    except OSError as exc:
        fail(f"cannot write .eml files to {out}: {exc.strerror or exc}")
    err_console().print(f"wrote {len(paths)} .eml file(s) to {out}")


def _print_drafts(stored: list[StoredDraft], record: Interview, settings: Settings) -> None:
    out = console()
    for item in stored:
        _print_one(out, item, record, settings)
    if len(stored) > 1:
        _print_panel(out, stored)


def _print_panel(out: Console, stored: list[StoredDraft]) -> None:
    """Compare the panel's notes (AW206): interviewers compare notes."""
    from itertools import combinations

    from rich.markup import escape

    from afterword.review.rules.panel import compare_panel, similarity

    notes = [(item.draft.to_name, item.draft.body) for item in stored]
    for finding in compare_panel(notes):
        out.print(f"[bold red]{finding.rule} {finding.name}[/]: {escape(finding.message)}")
    highest = max(similarity(a, b) for (_, a), (_, b) in combinations(notes, 2))
    out.print(
        f"panel: {len(notes)} notes, highest word-trigram similarity {highest:.2f} "
        "(AW206 fires at 0.40)\n"
    )


def _print_one(out: Console, item: StoredDraft, record: Interview, settings: Settings) -> None:
    from rich.markup import escape

    from afterword.compose.checking import review_draft
    from afterword.review.render import render_text

    d = item.draft
    from afterword.interview.names import display_name

    name = display_name(d.to_name)
    to = f"{name} <{d.to_address}>" if d.to_address else f"{name} (no address on file)"
    out.rule(f"message {item.id} · {d.kind} · {d.composer}")
    out.print(f"To: {escape(to)}\nSubject: {escape(d.subject)}\n")
    out.print(escape(d.body), highlight=False)
    for note in d.notes:
        out.print(f"[yellow]note:[/] {escape(note)}")
    review = review_draft(d, record, settings, source=f"message {item.id} to {d.to_name}")
    render_text([review], out)
    out.print()


def demo(
    file: Annotated[Path, typer.Argument(help="The example interview file.", dir_okay=False)],
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
) -> None:
    """Import the example interview, show its deadlines, then every draft with its review."""
    from afterword.compose.stored import store_once
    from afterword.interview.loader import load_interview

    settings = load_config(config)
    database = open_database(db, config, user)
    record = load_interview(file)
    interview_id = store_once(database, record)
    _print_interview(interview_id, record, settings)
    for kind in MessageKind:
        stored = _draft(database, interview_id, record, kind, None, 0, settings, replace=True)
        _print_drafts(stored, record, settings)


def _print_interview(interview_id: int, record: Interview, settings: Settings) -> None:
    from rich.markup import escape

    from afterword.schedule.deadlines import follow_up_due, thank_you_deadline

    out = console()
    start = record.start
    out.rule(f"interview {interview_id}")
    out.print(
        f"{escape(record.role)} at {escape(record.company)}, "
        f"{start:%A %d %B %Y, %H:%M} {record.timezone} ({record.duration_minutes} min)"
    )
    deadline = thank_you_deadline(record).astimezone(record.zone)
    out.print(f"thank-you notes due by {deadline:%a %d %b %Y %H:%M} {record.timezone}")
    due = follow_up_due(record, settings)
    if due is not None:
        out.print(f"first follow-up due {due.astimezone(record.zone):%a %d %b %Y %H:%M}")
    for person in record.interviewers:
        title = f", {person.title}" if person.title else ""
        address = f" <{person.email}>" if person.email else " (no address)"
        out.print(f"  • {escape(person.name + title + address)}")
    out.print()


def register(app: typer.Typer) -> None:
    """Add this group's commands to the application."""
    app.command("draft")(draft)
    app.command("demo")(demo)
