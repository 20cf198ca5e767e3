"""``afterword review``: check any email text in a terminal, an editor or CI.

Thin: it parses the flags, calls ``afterword.review`` and prints. Everything heavy (the
rules, Harper, pydantic, the database) is imported inside the command.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afterword.cli.common import ConfigOption, DbOption, fail, printable
from afterword.kinds import MessageKind

if TYPE_CHECKING:
    from afterword.config import ReviewSettings, ScheduleSettings
    from afterword.interview.model import Interview
    from afterword.review.batch import FileReview, Job

SEVERITIES = ("error", "warning", "info")


class OutputFormat(StrEnum):
    """How findings are printed."""

    text = "text"
    json = "json"
    sarif = "sarif"


FilesArgument = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files or folders to review ('-' or none: standard input). A folder gives its "
        ".eml, .txt and .md files.",
        show_default=False,
    ),
]


def register(app: typer.Typer) -> None:
    """Add ``afterword review`` to the application."""
    app.command("review")(review)


def review(
    files: FilesArgument = None,
    context: Annotated[
        str | None,
        typer.Option(
            help="The interview: a YAML file or a stored interview id.", metavar="INTERVIEW"
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option(
            help="The recipient's name or address (default: the To header).",
            metavar="NAME-OR-ADDRESS",
        ),
    ] = None,
    kind: Annotated[
        MessageKind | None, typer.Option(help="thank-you or follow-up (default: guessed).")
    ] = None,
    sent_at: Annotated[
        str | None,
        typer.Option(
            "--sent-at", help="When the note goes out, ISO 8601 (default: now).", metavar="TIME"
        ),
    ] = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", help="text, json or sarif.")
    ] = OutputFormat.text,
    fix: Annotated[
        bool, typer.Option("--fix", help="Apply the safe replacements in place.")
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print the safe replacements as a diff; change nothing.")
    ] = False,
    disable: Annotated[
        list[str] | None,
        typer.Option(
            "--disable", help="Rules or groups to switch off: AW403,AW4xx.", metavar="IDS"
        ),
    ] = None,
    severity: Annotated[
        list[str] | None,
        typer.Option(
            "--severity", help="Change a rule's severity: AW503=warning.", metavar="ID=LEVEL"
        ),
    ] = None,
    known_word: Annotated[
        list[str] | None,
        typer.Option(
            "--known-word", help="A word the spelling check accepts (repeatable).", metavar="WORD"
        ),
    ] = None,
    config: ConfigOption = None,
    db: DbOption = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", min=1, help="Processes for a batch (default: every core)."),
    ] = None,
    panel: Annotated[
        bool,
        typer.Option(
            "--panel",
            help="The files are notes to one panel: flag pairs that share most of their text "
            "(AW206). On by default when --context is given with several files.",
        ),
    ] = False,
) -> None:
    """Review email text: plain text, a message with headers, or .eml files.

    Exit status: 0 without error-severity findings, 1 with some, 2 on bad usage or
    unreadable input.
    """
    inputs = files or ["-"]
    if len(inputs) == 1 and not Path(inputs[0]).is_dir():
        _warm_proofreader()
    settings = _review_settings(config, disable or [], severity or [], known_word or [])
    interview = _load_context(context, db, config)
    job = replace(_job(interview, to, kind, sent_at, settings), schedule=_schedule(config))
    if fix or diff:
        raise typer.Exit(_fix(inputs, job, diff, output))
    results = _review_inputs(inputs, job, jobs)
    if panel or (interview is not None and len(results) > 1):
        _compare_panel(results)
    raise typer.Exit(_report(results, output, batch=len(results) > 1))


def _compare_panel(results: list[FileReview]) -> None:
    """Add AW206 findings to notes of one panel that share most of their text."""
    from afterword.review.panel import attach_panel_findings

    attach_panel_findings([r.review for r in results if r.review is not None])


def _schedule(config: Path | None) -> ScheduleSettings:
    """The configured cadence calendar, so AW102 counts the user's country's holidays."""
    from afterword.cli.common import load_config

    return load_config(config).schedule


def _warm_proofreader() -> None:
    """Start Harper's one-time set-up in the background while the rest of afterword loads.

    Building the first Linter of a process takes about a second and releases the GIL; later
    ones take milliseconds. A batch skips this: its workers build their own.
    """
    import threading

    from afterword.review.proofread import linter

    threading.Thread(target=linter, name="warm-proofreader", daemon=True).start()


def _review_settings(
    config: Path | None, disable: list[str], severity: list[str], known: list[str]
) -> ReviewSettings:
    """Return the config file's [review] section with the flags applied over it."""
    from afterword.cli.common import load_config

    settings = load_config(config).review
    disabled = [_rule_id(item, "--disable") for value in disable for item in _split(value)]
    levels = dict(_severity(item) for value in severity for item in _split(value))
    return settings.model_copy(
        update={
            "disable": [*settings.disable, *disabled],
            "severity": {**settings.severity, **levels},
            "known_words": [*settings.known_words, *known],
        }
    )


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _rule_id(text: str, flag: str) -> str:
    """Check that a flag names a rule, a group or a rule name, as the config file may."""
    from afterword.review.catalogue import RuleSelectionError, select

    try:
        select(text)
    except RuleSelectionError as exc:
        fail(f"{flag} {text!r}: {exc}")
    return text


def _severity(text: str) -> tuple[str, str]:
    rule, _, level = text.partition("=")
    if level.strip().lower() not in SEVERITIES:
        fail(f"--severity {text!r}: expected ID=LEVEL with LEVEL error, warning or info")
    return _rule_id(rule.strip(), "--severity"), level.strip().lower()


def _load_context(ref: str | None, db: str | None, config: Path | None) -> Interview | None:
    """Load --context: an interview file, or an id stored in the database."""
    if ref is None:
        return None
    if ref.isdigit() and not Path(ref).exists():
        from afterword.cli.common import open_database, resolve_interview

        return resolve_interview(open_database(db, config), ref)[1]
    from afterword.interview.errors import InterviewFileError
    from afterword.interview.loader import load_interview

    if not Path(ref).is_file():
        fail(f"--context {ref!r}: no such file; expected an interview file or a stored id")
    try:
        return load_interview(ref)
    except InterviewFileError as exc:
        fail(str(exc))


def _job(
    interview: Interview | None,
    to: str | None,
    kind: MessageKind | None,
    sent_at: str | None,
    settings: ReviewSettings,
) -> Job:
    from afterword.review.batch import Job

    note_kind = kind
    job = Job(interview, to, note_kind, _sent_at(sent_at, interview), None, settings)
    if to and interview is not None and job.recipient(None) is None:
        names = ", ".join(p.name for p in interview.interviewers)
        fail(f"--to {to!r}: not an interviewer of this interview; expected one of: {names}")
    return job


def _sent_at(text: str | None, interview: Interview | None) -> datetime:
    """Parse --sent-at; a time without an offset is in the interview's zone (or the machine's)."""
    if text is None:
        return datetime.now().astimezone()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        fail(f"--sent-at {text!r}: not an ISO 8601 time; expected e.g. 2026-11-25T09:30")
    if moment.tzinfo is not None:
        return moment
    if interview is not None:
        return moment.replace(tzinfo=interview.zone)
    return moment.astimezone()


def _review_inputs(inputs: list[str], job: Job, jobs: int | None) -> list[FileReview]:
    """Review standard input or the files and folders named, on every core for a batch."""
    from afterword.cli.common import err_console
    from afterword.review.batch import DelayedProgress, expand_paths, review_bytes, review_paths

    if inputs == ["-"]:
        return [review_bytes(sys.stdin.buffer.read(), "<stdin>", job)]
    if "-" in inputs:
        fail("'-' (standard input) cannot be mixed with files")
    paths = expand_paths(inputs)
    if not paths:
        fail(f"no .eml, .txt or .md files in {', '.join(inputs)}")
    progress = DelayedProgress(err_console())
    try:
        return review_paths(paths, job, jobs, progress)
    finally:
        progress.close()


def _report(results: list[FileReview], output: OutputFormat, batch: bool) -> int:
    """Print the reviews in the chosen format; return the exit status."""
    from afterword.cli.common import console, err_console, print_json

    reviews = [r.review for r in results if r.review is not None]
    errors = [r.error for r in results if r.error]
    _print_problems(results, err_console())
    if output is OutputFormat.text:
        _print_text(reviews, errors, batch, console())
    else:
        from afterword.review.render import render_json, render_sarif

        print_json((render_json if output is OutputFormat.json else render_sarif)(reviews))
    return _exit_status(reviews, errors)


def _print_problems(results: list[FileReview], err: Any) -> None:
    from rich.markup import escape

    for result in results:
        for note in result.notes:
            err.print(f"[yellow]note:[/] {escape(result.source)}: {escape(note)}")
        if result.error:
            err.print(f"[bold red]error:[/] {escape(result.error)}")


def _print_text(reviews: list, errors: list[str], batch: bool, out: Any) -> None:
    from afterword.review.render import render_summary, render_text

    render_text(reviews, out)
    if batch:
        render_summary(reviews, errors, out)


def _exit_status(reviews: list, errors: list[str]) -> int:
    if errors:
        return 2
    return 1 if any(review.has_errors for review in reviews) else 0


def _fix(inputs: list[str], job: Job, diff_only: bool, output: OutputFormat) -> int:
    """Apply (or, with --diff, show) the safe replacements, then report the review after."""
    from afterword.cli.common import err_console
    from afterword.review.batch import FileReview

    results: list[FileReview] = []
    for name in inputs:
        for outcome in _fix_input(name, job, write=not diff_only):
            if isinstance(outcome, FileReview):
                results.append(outcome)
                continue
            results.append(FileReview(outcome.source, outcome.review))
            if diff_only:
                sys.stdout.write(printable(outcome.diff()))
            elif outcome.applied:
                rules = ", ".join(sorted({edit.rule for edit in outcome.applied}))
                err_console().print(
                    f"fixed {len(outcome.applied)} in {outcome.source} ({rules})", highlight=False
                )
    if diff_only:
        _print_problems(results, err_console())
        return _exit_status([r.review for r in results if r.review], _errors(results))
    return _report(results, output, batch=len(results) > 1)


def _errors(results: list[FileReview]) -> list[str]:
    return [r.error for r in results if r.error]


def _fix_input(name: str, job: Job, write: bool) -> list[Any]:
    """Fix one named input; a file that cannot be fixed becomes an error result."""
    from afterword.review.batch import FileReview, expand_paths, review_message
    from afterword.review.fix import CannotFix, fix_bytes, fix_file
    from afterword.review.reading import UnreadableInput

    def reviewer(message: Any) -> Any:
        return review_message(message, job)

    if name == "-" and write:
        fail("--fix edits files in place; for standard input use --diff")
    outcomes: list[Any] = []
    for path in [None] if name == "-" else expand_paths([name]):
        try:
            if path is None:
                outcomes.append(fix_bytes(sys.stdin.buffer.read(), "<stdin>", reviewer))
            else:
                outcomes.append(fix_file(path, reviewer, write=write))
        except (CannotFix, UnreadableInput) as exc:
            outcomes.append(FileReview(str(path or name), error=str(exc)))
        except OSError as exc:
            outcomes.append(FileReview(str(path), error=f"{path}: cannot read: {exc.strerror}"))
    return outcomes
