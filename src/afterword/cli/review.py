"""``afterword review``: check any email text in a terminal, an editor or CI.

Thin: it parses the flags, calls ``afterword.review`` and prints. Everything heavy (the
rules, Harper, pydantic, the database) is imported inside the command.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afterword.cli.common import (
    ConfigOption,
    DbOption,
    UserOption,
    err_console,
    fail,
    load_config,
    open_database,
    printable,
    resolve_interview,
)
from afterword.cli.review_report import (
    OutputFormat,
    exit_status,
    print_problems,
    report,
    warm_proofreader,
)
from afterword.kinds import MessageKind

if TYPE_CHECKING:
    from afterword.config import ReviewSettings, Settings
    from afterword.interview.model import Interview
    from afterword.review.batch import FileReview, Job

SEVERITIES = ("error", "warning", "info")

FilesArgument = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files or folders to review ('-' or none: standard input). A folder gives its "
        ".eml, .txt and .md files.",
        show_default=False,
    ),
]


def register(app: typer.Typer) -> None:
    """Add ``afterword review`` (and ``afterword words``, its word list) to the application."""
    from afterword.cli import words

    app.command("review")(review)
    words.register(app)


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
    interactive: Annotated[
        bool,
        typer.Option(
            "--interactive",
            "-i",
            help="With --fix: show each finding with its suggestions; Enter takes the first, "
            "a number picks one, s skips, q stops.",
        ),
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
    user: UserOption = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            min=1,
            help="At most this many processes (default: every core); small batches use fewer.",
        ),
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
        warm_proofreader()
    settings = _review_settings(config, disable or [], severity or [], known_word or [])
    interview = _load_context(context, db, config, user)
    profile = _profile(config)
    job = replace(
        _job(interview, to, kind, sent_at, settings),
        schedule=profile.schedule,
        english=profile.profile.english,
    )
    if interactive and not fix:
        fail("-i/--interactive asks before each fix; use it with --fix")
    if interactive:
        raise typer.Exit(_fix_asking(inputs, job, output))
    if fix or diff:
        raise typer.Exit(_fix(inputs, job, diff, output))
    results = _review_inputs(inputs, job, jobs)
    if panel or (interview is not None and len(results) > 1):
        _compare_panel(results)
    raise typer.Exit(report(results, output, batch=len(results) > 1))


def _compare_panel(results: list[FileReview]) -> None:
    """Add AW206 findings to notes of one panel that share most of their text."""
    from afterword.review.rules.panel import attach_panel_findings

    attach_panel_findings([r.review for r in results if r.review is not None])


def _profile(config: Path | None) -> Settings:
    """The settings the review reads beyond its own: the cadence calendar and your English."""
    return load_config(config)


def _review_settings(
    config: Path | None, disable: list[str], severity: list[str], known: list[str]
) -> ReviewSettings:
    """Return the config file's [review] section with the flags applied over it."""
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


def _load_context(
    ref: str | None, db: str | None, config: Path | None, user: str | None = None
) -> Interview | None:
    """Load --context: an interview file, or an id stored in the database."""
    if ref is None:
        return None
    if ref.isdigit() and not Path(ref).exists():
        return resolve_interview(open_database(db, config, user), ref)[1]
    from afterword.interview.loader import load_interview

    if not Path(ref).is_file():
        fail(f"--context {ref!r}: no such file; expected an interview file or a stored id")
    return load_interview(ref)


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


def _fix(inputs: list[str], job: Job, diff_only: bool, output: OutputFormat) -> int:
    """Apply (or, with --diff, show) the safe replacements, then report the review after."""
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
        print_problems(results, err_console())
        return exit_status([r.review for r in results if r.review], _errors(results))
    return report(results, output, batch=len(results) > 1)


def _fix_asking(inputs: list[str], job: Job, output: OutputFormat) -> int:
    """Ask about each finding with suggestions, apply the answers, then report the review."""
    from afterword.review.batch import FileReview, expand_paths, review_message
    from afterword.review.fix import CannotFix, fix_interactively, write_fixed

    if "-" in inputs:
        fail("--fix -i reads your answers from standard input; name the files to fix")
    results: list[FileReview] = []
    for path in expand_paths(inputs):
        try:
            outcome = fix_interactively(
                path.read_bytes(), str(path), lambda m: review_message(m, job), _ask(path)
            )
        except CannotFix as exc:
            results.append(FileReview(str(path), error=str(exc)))
            continue
        if outcome.changed:
            write_fixed(path, outcome)
        results.append(FileReview(outcome.source, outcome.review))
    return report(results, output, batch=len(results) > 1)


def _ask(path: Path) -> Any:
    """Return the chooser of an interactive fix: it prompts on stderr and reads stdin."""
    from afterword.review.fix import STOP

    console = err_console()

    def choose(finding: Any, body: str) -> str | None:
        line = body.count("\n", 0, finding.start) + 1
        console.print(
            f"{path}:{line}: {finding.rule} {finding.message}", highlight=False, markup=False
        )
        console.print(f"  {body[finding.start : finding.end]!r} ->", highlight=False, markup=False)
        for number, option in enumerate(finding.replacements, 1):
            console.print(f"  [{number}] {option}", highlight=False, markup=False)
        console.print(
            "  Enter: 1, a number: that one, s: skip, q: stop", highlight=False, markup=False
        )
        answer = sys.stdin.readline()
        return _answer(answer, finding.replacements, STOP)

    return choose


def _answer(answer: str, options: tuple[str, ...], stop: str) -> str | None:
    """Read one answer: Enter takes the first option, a number picks one, s skips, q stops."""
    if not answer:
        return stop  # end of input: keep what was chosen so far
    text = answer.strip().lower()
    if text == "":
        return options[0]
    if text in {"q", "quit"}:
        return stop
    if text.isdigit() and 1 <= int(text) <= len(options):
        return options[int(text) - 1]
    return None


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
