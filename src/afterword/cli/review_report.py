"""Print reviews, and review one file without loading the whole command line.

Typer-free: ``afterword review note.eml`` (one file, at most ``--format``) is the command a
user runs cold from an editor or a hook, and Typer with every command group costs about a
tenth of a second before the first rule runs. Anything else, or any setting that cannot be
read, goes to the full application, which gives the same output and the same errors.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from afterword.cli.output import console, err_console, print_json
from afterword.errors import AfterwordError

if TYPE_CHECKING:
    from afterword.review.batch import FileReview, Job


class OutputFormat(StrEnum):
    """How findings are printed."""

    text = "text"
    json = "json"
    sarif = "sarif"


def lean_review(args: list[str]) -> int | None:
    """Review one named file with the default settings; ``None`` when the full CLI must run."""
    parsed = _one_file(args)
    if parsed is None:
        return None
    path, output = parsed
    warm_proofreader()
    from afterword.config_file import plain_settings, read_data
    from afterword.review.batch import Job

    try:
        settings = plain_settings(read_data()[1])
    except AfterwordError:
        return None  # the full application reports a bad configuration file
    if settings is None:  # a value the models convert, or a mistake: they judge it
        return None
    # No schedule: the rules read it only with an interview, which this path never has.
    job = Job(None, None, None, datetime.now().astimezone(), None, settings.review)
    job = replace(job, english=settings.english)
    result = _review_one(path, job)
    return None if result is None else report([result], output, batch=False)


def _review_one(path: str, job: Job) -> FileReview | None:
    """Review one file, reading and parsing it while Harper builds; ``None`` on any trouble.

    Everything but the proofreading (the email parser, the recipient's model, the renderer)
    is loaded before the first rule waits for Harper's linter, so it overlaps the build.
    """
    from pathlib import Path

    from afterword.review.batch import FileReview
    from afterword.review.reading import UnreadableInput, read_message

    try:
        message = read_message(Path(path).read_bytes(), path)
        context = job.context_for(message)
        import afterword.review.render.text  # noqa: F401 (loaded now, used after the review)
        from afterword.review.engine import review

        return FileReview(path, review(message, context, job.settings), notes=message.notes)
    except (OSError, UnreadableInput):
        return None  # the full application says what is wrong with the file
    except Exception:  # the full application reports a failure on the file the same way
        return None


def _one_file(args: list[str]) -> tuple[str, OutputFormat] | None:
    """Read ``review FILE [--format F]``; ``None`` for anything else."""
    if args[:1] != ["review"]:
        return None
    rest, output = list(args[1:]), OutputFormat.text
    for index, arg in enumerate(rest):
        if arg.startswith("--format="):
            rest[index : index + 1] = ["--format", arg.partition("=")[2]]
            break
    if "--format" in rest:
        at = rest.index("--format")
        if at + 1 >= len(rest) or rest[at + 1] not in OutputFormat.__members__:
            return None
        output = OutputFormat(rest[at + 1])
        del rest[at : at + 2]
    if len(rest) != 1 or rest[0].startswith("-") or not os.path.isfile(rest[0]):
        return None
    return rest[0], output


def warm_proofreader() -> None:
    """Start Harper's one-time set-up in the background while the rest of afterword loads.

    Building the first Linter of a process takes about a second and releases the GIL; later
    ones take milliseconds. A batch skips this: its workers build their own.
    """
    import threading

    from afterword.review.proofread import linter

    threading.Thread(target=linter, name="warm-proofreader", daemon=True).start()


def report(results: list[FileReview], output: OutputFormat, batch: bool) -> int:
    """Print the reviews in the chosen format; return the exit status."""
    reviews = [r.review for r in results if r.review is not None]
    errors = [r.error for r in results if r.error]
    print_problems(results, err_console())
    if output is OutputFormat.text:
        _print_text(reviews, errors, batch, console())
    else:
        from afterword.review.render import render_json, render_sarif

        print_json((render_json if output is OutputFormat.json else render_sarif)(reviews))
    return exit_status(reviews, errors)


def print_problems(results: list[FileReview], err: Any) -> None:
    """Print each input's reading notes and errors on stderr."""
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


def exit_status(reviews: list, errors: list[str]) -> int:
    """Return 2 when an input could not be read, 1 with error findings, else 0."""
    if errors:
        return 2
    return 1 if any(review.has_errors for review in reviews) else 0
