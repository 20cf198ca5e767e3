"""The outbox commands: approve, send, outbox, retry, cancel, confirm."""

from __future__ import annotations

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
    moment,
    open_database,
    print_json,
)

if TYPE_CHECKING:
    from afterword.mail.sender import SendReport

Ids = Annotated[list[int], typer.Argument(help="Message ids ('afterword outbox' lists them).")]
STATES = ("draft", "approved", "scheduled", "sending", "sent", "failed", "cancelled", "uncertain")


def _run(action: Any) -> Any:
    """Call the core, pointing a wrong message id at the list of messages (exit 1)."""
    from afterword.store.errors import NotFound

    try:
        return action()
    except NotFound as exc:
        fail(f"{exc}; 'afterword outbox' lists the messages", code=1)


def approve(
    ids: Ids,
    force: Annotated[
        bool, typer.Option("--force", help="Approve even with error-severity findings.")
    ] = False,
    json_output: JsonOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
) -> None:
    """Approve drafts: review them again, fix their Message-ID and schedule them."""
    from afterword.mail.outbox import OutboxError, approve
    from afterword.store.errors import NotFound

    settings = load_config(config)
    database = open_database(db, config, user, settings=settings)
    done, refused = [], []
    for ident in ids:
        try:
            done.append(approve(database, ident, force, settings, user_id=database.local_user_id()))
        except (OutboxError, NotFound) as exc:
            refused.append((ident, exc))
    if json_output:
        print_json(
            {
                "approved": [a.as_dict() for a in done],
                "refused": [{"id": i, "error": str(e)} for i, e in refused],
            }
        )
    else:
        for item in done:
            when = moment(item.scheduled_for, "when you send it")
            note = "; ".join(item.notes)
            console().print(
                f"message {item.id}: {item.status}, goes {when}" + (f" ({note})" if note else ""),
                markup=False,
            )
        for _ident, error in refused:
            err_console().print(f"error: {error}", markup=False)
    if refused:
        raise typer.Exit(1)


def send(
    ids: Annotated[
        list[int] | None, typer.Argument(help="Send these approved messages now.")
    ] = None,
    watch: Annotated[
        bool, typer.Option("--watch", help="Keep running, sending messages as they fall due.")
    ] = False,
    poll: Annotated[
        float, typer.Option("--poll", min=0.05, help="Seconds between checks with --watch.")
    ] = 30.0,
    json_output: JsonOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Send the approved messages whose window has come (or the named ones, now)."""
    if watch and ids:
        fail("--watch sends whatever falls due; give either message ids or --watch, not both")
    settings, database = load_config(config), open_database(db, config, any_user=True)
    if watch:
        _watch(database, settings, poll, json_output)
        return
    from afterword.mail.outbox import send_due, send_now

    report = _run(
        lambda: send_now(database, settings, ids) if ids else send_due(database, settings)
    )
    _print_report(report, json_output)
    if report.stopped or any(
        o.state in ("failed", "uncertain", "missing") for o in report.outcomes
    ):
        raise typer.Exit(1)


def _watch(database: Any, settings: Any, poll: float, json_output: bool) -> None:
    import signal
    import threading

    from afterword.mail.outbox import watch
    from afterword.mail.smtp import QueueStopped

    stop = threading.Event()
    for name in ("SIGTERM", "SIGINT"):
        signal.signal(getattr(signal, name), lambda *_: stop.set())
    err_console().print(f"sending due messages every {poll:g} s; Ctrl+C stops", markup=False)
    try:
        _run(
            lambda: watch(
                database, settings, poll, stop, lambda report: _print_report(report, json_output)
            )
        )
    except QueueStopped as exc:
        fail(f"sending stopped: {exc}", code=1)


def _print_report(report: SendReport, json_output: bool) -> None:
    if json_output:
        print_json(report.as_dict())
        return
    if not report.outcomes and not report.stopped:
        console().print("nothing to send now", markup=False)
    for item in report.outcomes:
        console().print(f"message {item.id}: {item.state}: {item.detail}", markup=False)
    if report.stopped:
        err_console().print(f"error: sending stopped: {report.stopped}", markup=False)


def outbox(
    status: Annotated[
        str | None, typer.Option("--status", help=f"Only this state: {', '.join(STATES)}.")
    ] = None,
    json_output: JsonOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
) -> None:
    """List the messages past the draft stage: id, state, recipient, subject, time, reasons."""
    from afterword.mail.outbox import list_outbox

    if status is not None and status not in STATES:
        fail(f"--status {status!r} is not a state; expected one of: {', '.join(STATES)}")
    database = open_database(db, config, user)
    entries = _run(lambda: list_outbox(database, status, user_id=database.local_user_id()))
    if json_output:
        print_json([entry.as_dict() for entry in entries])
        return
    if not entries:
        console().print("the outbox is empty", markup=False)
    for entry in entries:
        when = entry.sent_at or entry.scheduled_for
        line = f"{entry.id:>5}  {entry.state:<10} {moment(when):<25} "
        console().print(f"{line}{entry.recipient}  {entry.subject}", markup=False)
        for reason in entry.reasons:
            console().print(f"{'':>17}{reason}", markup=False)


def _each(ids: list[int], action: Any, db: str | None, config: Any, user: str | None) -> None:
    """Act on each message of the user's (another's is "not found")."""
    database = open_database(db, config, user)
    owner = database.local_user_id()
    for ident in ids:
        console().print(_run(lambda i=ident: action(database, i, user_id=owner)), markup=False)


def retry(
    ids: Ids, db: DbOption = None, config: ConfigOption = None, user: UserOption = None
) -> None:
    """Queue failed messages again, to go now."""
    from afterword.mail.outbox import retry as run

    _each(ids, run, db, config, user)


def cancel(
    ids: Ids, db: DbOption = None, config: ConfigOption = None, user: UserOption = None
) -> None:
    """Cancel messages that have not gone out."""
    from afterword.mail.outbox import cancel as run

    _each(ids, run, db, config, user)


def confirm(
    ident: Annotated[int, typer.Argument(help="An uncertain message's id.")],
    delivered: Annotated[
        bool | None,
        typer.Option(
            "--delivered/--not-delivered",
            help="Whether the message reached the recipient (check your Sent folder).",
        ),
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
) -> None:
    """Settle an uncertain message: it was delivered, or it should go again."""
    from afterword.mail.outbox import confirm_uncertain

    if delivered is None:
        fail("say what happened: --delivered or --not-delivered")
    _each(
        [ident],
        lambda database, i, user_id: confirm_uncertain(database, i, delivered, user_id),
        db, config, user,
    )  # fmt: skip


def register(app: typer.Typer) -> None:
    """Add this group's commands to the application."""
    for command in (approve, send, outbox, retry, cancel, confirm):
        app.command(command.__name__)(command)
