"""The schedule commands: what is due (``due``) and which interviewers replied (``sync``)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import chain
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

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
)

if TYPE_CHECKING:
    from afterword.mail.imap import SyncResult
    from afterword.mail.syncing import UserSync
    from afterword.schedule.items import DueItem

T = TypeVar("T")
AllOption = Annotated[
    bool, typer.Option("--all", help="Also list what was already sent or answered.")
]
AtOption = Annotated[
    str | None,
    typer.Option(
        "--at",
        help="Show what is due as of this moment (ISO 8601, e.g. 2026-11-26T09:00; default: now).",
        show_default=False,
    ),
]


def _moment(text: str | None) -> datetime:
    """Read --at: an ISO 8601 date-time, in the machine's zone unless it names one."""
    from afterword.store.db import utcnow

    if text is None:
        return utcnow()
    expected = "expected ISO 8601 such as 2026-11-26T09:00, between 1900 and 2999"
    try:
        moment = datetime.fromisoformat(text.strip())
        if not 1900 <= moment.year <= 2999:
            raise ValueError("out of range")
        return moment.astimezone() if moment.tzinfo is None else moment
    except (ValueError, OverflowError):
        fail(f"--at {text!r}: not a date and time afterword can use; {expected}")


def due(
    show_all: AllOption = False,
    at: AtOption = None,
    json_output: JsonOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
) -> None:
    """List the thank-yous and follow-ups that are due, soonest first, with countdowns."""
    from afterword.schedule.due import iter_due_items, iter_due_rows

    now = _moment(at)
    settings = load_config(config)
    database = open_database(db, config, user, settings=settings)
    if json_output and not sys.stdout.isatty():  # a script reads: rows straight to JSON
        _stream_json(now, _first_ready(iter_due_rows(database, settings, include_done=show_all)))
        return
    items = _first_ready(iter_due_items(database, settings, now, include_done=show_all))
    if json_output:  # a person reads it: indented, and never long enough to matter
        print_json({"now": now.isoformat(), "items": [item.to_dict() for item in items]})
    elif sys.stdout.isatty():
        _print_table(list(items))
    else:
        _print_lines(items)


def _first_ready(found: Iterator[T]) -> Iterator[T]:
    """Take the first one now: the stale items are worked out before it, and may fail."""
    from afterword.schedule.business import ScheduleError

    try:
        first = next(found, None)
    except ScheduleError as exc:
        fail(str(exc), code=1)
    return chain([] if first is None else [first], found)


def _stream_json(now: datetime, pages: Iterable[list[Any]]) -> None:
    """Write the one JSON document a page at a time: memory stays flat however long the list."""
    from afterword.schedule.due import write_due_json

    write_due_json(now, pages, sys.stdout.write)
    sys.stdout.flush()


def _print_lines(items: Iterable[DueItem]) -> None:
    """Piped: one plain line per item as it is read, easy to grep."""
    from afterword.cli.lean import write_lines

    write_lines(items, sys.stdout.write)
    sys.stdout.flush()


def _print_table(items: list[DueItem]) -> None:
    from rich.markup import escape
    from rich.table import Table

    from afterword.cli.lean import row_text

    out = console()
    if not items:
        out.print("Nothing is due.")
        return
    table = Table(show_edge=False, pad_edge=False)
    for column in ("due", "when", "what", "to", "interview", "state"):
        table.add_column(column, overflow="fold")
    for item in items:
        style = "bold red" if item.overdue else ("dim" if not item.pending else None)
        table.add_row(*map(escape, row_text(item)), style=style)
    out.print(table)
    overdue = sum(item.overdue for item in items)
    if overdue:
        out.print(f"[bold red]{overdue} overdue[/]")


def sync(
    watch: Annotated[
        bool, typer.Option("--watch", help="Keep running, looking for replies every --poll s.")
    ] = False,
    poll: Annotated[
        float, typer.Option("--poll", min=0.05, help="Seconds between checks with --watch.")
    ] = 300.0,
    json_output: JsonOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Look for the interviewers' replies in your INBOX (IMAP) and stop their follow-ups.

    Hosted, every user's mailbox is searched, each with that user's own settings.
    """
    from afterword.mail.imap import sync_replies

    settings, database = load_config(config), open_database(db, config, any_user=True)
    if watch:
        _watch_sync(database, settings, poll, json_output)
        return
    if settings.server.mode == "hosted":
        from afterword.mail.syncing import sync_everyone

        rounds = sync_everyone(database, settings)
        _print_round(rounds, json_output)
        if any(each.error for each in rounds):
            raise typer.Exit(1)
        return
    result = sync_replies(database, settings)
    if json_output:
        print_json(result.to_dict())
        return
    _print_sync(result)


def _watch_sync(database: Any, settings: Any, poll: float, json_output: bool) -> None:
    import signal
    import threading

    from afterword.mail.syncing import watch

    stop = threading.Event()
    for name in ("SIGTERM", "SIGINT"):
        signal.signal(getattr(signal, name), lambda *_: stop.set())
    err_console().print(f"looking for replies every {poll:g} s; Ctrl+C stops", markup=False)
    watch(database, settings, poll, stop, lambda rounds: _print_round(rounds, json_output))


def _print_round(rounds: list[UserSync], json_output: bool) -> None:
    """Print one round: each user's outcome (a local round has one, with no user)."""
    if json_output:
        print_json([
            {"user_id": each.user_id, "error": each.error,
             **(each.result.to_dict() if each.result else {})}
            for each in rounds
        ])  # fmt: skip
        return
    for each in rounds:
        if each.user_id is not None:
            console().print(f"user {each.user_id}:", markup=False)
        if each.result is not None:
            _print_sync(each.result)
        else:
            err_console().print(f"error: {each.error}", markup=False)


def _who(found: dict[str, Any]) -> str:
    return (
        f"{found.get('interviewer') or found.get('from')} ({found.get('subject') or 'no subject'})"
    )


def _print_sync(result: SyncResult) -> None:
    from rich.markup import escape

    out = console()
    out.print(f"Checked {result.checked} message(s) in INBOX.")
    for found in result.replies:
        out.print(f"[green]reply[/] from {escape(_who(found))}")
    for found in result.ignored:
        out.print(f"[dim]ignored automatic reply from {escape(_who(found))}: "
                  f"{escape(found['reason'])}[/]")  # fmt: skip
    if result.sent_elsewhere:
        ids = ", ".join(str(i) for i in result.sent_elsewhere)
        out.print(f"Marked sent: {ids} (found in your Sent folder; the outbox will not send them).")
    if result.cancelled:
        ids = ", ".join(str(i) for i in result.cancelled)
        out.print(f"Cancelled follow-up(s) {ids}: the interviewer replied.")
    if not result.replies:
        out.print("No new replies.")


def register(app: typer.Typer) -> None:
    """Add this group's commands to the application."""
    app.command("due")(due)
    app.command("sync")(sync)
