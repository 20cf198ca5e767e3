"""Commands for the interview record: init, add, list, show, export, delete.

Thin: each command parses its options, calls ``afterword.interview`` / ``afterword.store`` and
formats the result. Heavy modules are imported inside the commands so ``--help`` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afterword.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    UserOption,
    ask,
    console,
    err_console,
    fail,
    is_interactive,
    load_config,
    open_database,
    print_json,
    resolve_interview,
)

if TYPE_CHECKING:
    from afterword.interview.ics import IcsImport
    from afterword.interview.model import Interview
    from afterword.store.db import Database

IdArgument = Annotated[int, typer.Argument(help="The interview's id, as 'afterword list' shows.")]


def register(app: typer.Typer) -> None:
    """Add this group's commands to the application."""
    app.command("init")(init)
    app.command("add")(add)
    app.command("list")(list_interviews)
    app.command("show")(show)
    app.command("export")(export)
    app.command("delete")(delete)


def init(
    name: Annotated[str | None, typer.Option(help="Your name, as you sign.")] = None,
    email: Annotated[str | None, typer.Option(help="The address your notes come from.")] = None,
    phone: Annotated[str | None, typer.Option(help="Phone number for the signature.")] = None,
    link: Annotated[
        list[str] | None, typer.Option(help="A link for the signature (repeatable).")
    ] = None,
    signature: Annotated[str | None, typer.Option(help="Signature block text.")] = None,
    english: Annotated[
        str | None,
        typer.Option(
            help="The English your notes are written in: en-US, en-GB, en-CA, en-AU or en-IN "
            "(asked on a terminal; proposed from this machine's time zone)."
        ),
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Set up your profile: the name, address, signature and English your notes go out with."""
    from afterword.store.interviews import get_profile, get_signature, save_profile

    database = open_database(db, config, user)
    current = get_profile(database)
    values: dict[str, Any] = current.model_dump() if current else {}
    given = {"name": name, "email": email, "phone": phone, "links": link or None}
    values.update({k: v for k, v in given.items() if v is not None})
    signature = signature if signature is not None else get_signature(database)
    if is_interactive() and not json_output:
        values, signature = _prompt_profile(values, signature, first_time=current is None)
    candidate = _valid_candidate(values)
    chosen = _english(english, config, ask_user=is_interactive() and not json_output)
    save_profile(database, candidate, signature)
    if chosen is not None:
        _save_english(chosen, config)
    if json_output:
        print_json({**candidate.model_dump(mode="json"), "signature": signature})
    else:
        console().print(f"Profile saved: {candidate.name} <{candidate.email}>", markup=False)


def _english(given: str | None, config: Path | None, ask_user: bool) -> str | None:
    """Return the English to save: --english, else the answer to a question, else None."""
    from afterword import english
    from afterword.interview.model import local_zone_name

    current = load_config(config).profile.english
    if given is None and ask_user and current is None:
        proposed = english.from_timezone(local_zone_name()) or english.DEFAULT
        given = ask(f"Your English ({', '.join(english.ENGLISHES)})", default=proposed)
    if given is None:
        return None
    try:
        return english.parse(given)
    except ValueError as exc:
        fail(f"--english: {exc}")


def _save_english(chosen: str, config: Path | None) -> None:
    """Write ``[profile] english`` to the configuration file, keeping what else it says."""
    from afterword.config import load_settings, save_settings

    settings = load_settings(config, environ={})  # the file alone: variables are not saved
    profile = settings.profile.model_copy(update={"english": chosen})
    save_settings(settings.model_copy(update={"profile": profile}), config)


def _prompt_profile(
    values: dict[str, Any], signature: str | None, first_time: bool
) -> tuple[dict[str, Any], str | None]:
    for key, question in (("name", "Your name"), ("email", "Your email address")):
        if not values.get(key):
            values[key] = ask(question)
    if first_time and not values.get("phone"):
        values["phone"] = ask("Phone (optional)", default="", show_default=False) or None
    if first_time and signature is None:
        signature = ask("Signature (optional)", default="", show_default=False) or None
    return values, signature


def _valid_candidate(values: dict[str, Any]) -> Any:
    from pydantic import ValidationError

    from afterword.interview.model import Candidate

    missing = [f"--{k}" for k in ("name", "email") if not values.get(k)]
    if missing:
        fail(f"{' and '.join(missing)} needed: there is no profile yet to take them from")
    try:
        return Candidate.model_validate(values)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        option = "--link" if error["loc"][0] == "links" else f"--{error['loc'][0]}"
        fail(f"{option}: {error['msg'].removeprefix('Value error, ')} (got {error['input']!r})")


def add(
    file: Annotated[
        Path | None, typer.Argument(help="An interview file (YAML or JSON).", show_default=False)
    ] = None,
    ics: Annotated[
        Path | None, typer.Option("--ics", help="Import a calendar invite (.ics) instead.")
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Accept the invite's guessed company and role.")
    ] = False,
    email_self: Annotated[
        str | None,
        typer.Option("--email-self", help="Your address in the invite (default: your profile's)."),
    ] = None,
    company: Annotated[str | None, typer.Option(help="Company, instead of the guess.")] = None,
    role: Annotated[str | None, typer.Option(help="Role, instead of the guess.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Record an interview from a file, a calendar invite, or by answering questions."""
    from afterword.store.interviews import save_interview

    if file and ics:
        fail("give an interview FILE or --ics FILE, not both")
    database = open_database(db, config, user)
    if ics:
        interview = _from_invite(database, ics, yes, email_self, company, role)
    elif file:
        interview = resolve_interview(database, str(file))[1]
    elif is_interactive():
        interview = _prompt_interview()
    else:
        fail(
            "no interview given: pass an interview FILE or --ics FILE "
            "(questions are asked only on a terminal)"
        )
    interview_id = save_interview(database, interview)
    if json_output:
        print_json({"id": interview_id})
    else:
        console().print(f"Added interview {interview_id}: {_title(interview)}", markup=False)


def _from_invite(
    database: Database,
    path: Path,
    yes: bool,
    email_self: str | None,
    company: str | None,
    role: str | None,
) -> Interview:
    from afterword.interview.ics import import_invite
    from afterword.interview.loader import read_limited
    from afterword.store.interviews import get_profile

    profile = get_profile(database)
    me = email_self or (profile.email if profile else None)
    found = import_invite(read_limited(path, str(path)), str(path), candidate_email=me)
    for note in found.notes:
        err_console().print(f"note: {note}", markup=False)
    chosen = {k: v for k, v in (("company", company), ("role", role)) if v}
    return _confirm_guesses(found, chosen, yes)


def _confirm_guesses(found: IcsImport, chosen: dict[str, str], yes: bool) -> Interview:
    from afterword.interview.model import Interview

    if fmt := found.guesses.get("format"):
        err_console().print(f"note: the format looks like {fmt}", markup=False)
    guesses = {k: v for k, v in found.guesses.items() if k not in chosen and k != "format"}
    unknown = [k for k in found.unknown if k not in chosen]
    if is_interactive() and not yes:
        chosen |= {k: ask(k.capitalize(), default=v) for k, v in guesses.items()}
        chosen |= {k: ask(k.capitalize()) for k in unknown}
    elif unknown:
        fail(
            f"the invite does not say the {' or '.join(unknown)}; pass "
            + " and ".join(f"--{k}" for k in unknown)
        )
    elif not yes and guesses:
        shown = " and ".join(f"{k} {v!r}" for k, v in guesses.items())
        fail(
            f"the invite's {shown} {'are guesses' if len(guesses) > 1 else 'is a guess'}; "
            "pass --yes to accept, or --company/--role to set them"
        )
    else:
        chosen = {**guesses, **chosen}
    return _validated(Interview, found.interview.model_dump() | chosen, "the invite")


def _validated(model: Any, data: dict[str, Any], source: str) -> Any:
    from pydantic import ValidationError

    from afterword.interview.explain import explain_validation_error

    try:
        return model.model_validate(data)
    except ValidationError as exc:
        fail(str(explain_validation_error(exc, source, {})))


def _prompt_interview() -> Interview:
    from afterword.interview.model import Interview, local_zone_name

    data: dict[str, Any] = {
        "company": ask("Company"),
        "role": ask("Role"),
        "when": ask("Start (e.g. 2026-11-24T14:00)"),
        "duration_minutes": ask("Duration in minutes", default=60, type=int),
        "timezone": ask("Time zone", default=local_zone_name()),
        "format": ask("Format (phone, video, onsite)", default="", show_default=False) or None,
        "interviewers": [],
    }
    while name := ask("Interviewer's name (empty to finish)", default="", show_default=False):
        data["interviewers"].append(_prompt_interviewer(name))
    return _validated(Interview, data, "your answers")


def _optional(question: str) -> str:
    return str(ask(question, default="", show_default=False))


def _prompt_interviewer(name: str) -> dict[str, Any]:
    title = _optional("  Title (optional)")
    email = _optional("  Email (optional)")
    discussed = _optional("  What you discussed (separate with ';')")
    return {
        "name": name,
        "title": title or None,
        "email": email or None,
        "discussed": [part for part in discussed.split(";") if part.strip()],
    }


def list_interviews(
    db: DbOption = None,
    config: ConfigOption = None,
    json_output: JsonOption = False,
    user: UserOption = None,
) -> None:
    """List your interviews, the latest first."""
    from afterword.store.interviews import list_interviews as stored

    summaries = stored(open_database(db, config, user))
    if json_output:
        print_json([s.as_dict() for s in summaries])
        return
    if not summaries:
        console().print("No interviews yet. Add one with 'afterword add FILE'.", markup=False)
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold")
    for column in ("id", "when", "company", "role", "interviewers"):
        table.add_column(column, overflow="fold")
    for s in summaries:
        when = s.start.strftime("%Y-%m-%d %H:%M %Z")
        table.add_row(str(s.id), when, s.company, s.role, ", ".join(s.interviewers))
    console().print(table)


def show(
    ref: Annotated[str, typer.Argument(help="An interview id, or an interview file to check.")],
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show one interview: when, with whom, and your notes."""
    interview_id, interview = resolve_interview(open_database(db, config, user), ref)
    if json_output:
        print_json(interview_json(interview_id, interview))
        return
    console().print(_describe(interview_id, interview), markup=False)


def interview_json(interview_id: int | None, interview: Interview) -> dict[str, Any]:
    """The interview as plain data, with its zone-aware start and end."""
    return {
        "id": interview_id,
        **interview.model_dump(mode="json"),
        "start": interview.start.isoformat(),
        "end": interview.end.isoformat(),
    }


def _title(interview: Interview) -> str:
    when = interview.start.strftime("%a %d %b %Y %H:%M %Z")
    return f"{interview.role} at {interview.company}, {when}"


def _describe(interview_id: int | None, interview: Interview) -> str:
    lines = [f"{'#' + str(interview_id) + ' ' if interview_id else ''}{_title(interview)}"]
    lines.append(
        f"  ends {interview.end:%H:%M %Z} ({interview.duration_minutes} min, "
        f"{interview.timezone}{', ' + interview.format if interview.format else ''})"
    )
    if interview.decision_by:
        source = f" (from {interview.decision_from})" if interview.decision_from else ""
        lines.append(f"  decision by {interview.decision_by:%a %d %b %Y}{source}")
    if interview.candidate:
        lines.append(f"  candidate: {interview.candidate.name} <{interview.candidate.email}>")
    for label in ("fit", "missed", "insights"):
        lines += [f"  {label}: {note}" for note in getattr(interview, label)]
    for person in interview.interviewers:
        extra = ", ".join(x for x in (person.title, person.email, person.timezone) if x)
        lines.append(f"- {person.name}" + (f" ({extra})" if extra else ""))
        lines += [f"    greet as: {person.greet_as}"] if person.greet_as else []
        lines += [f"    discussed: {note}" for note in person.discussed]
        lines += [
            f"    {k}: {getattr(person, k)}" for k in ("valued", "rapport") if getattr(person, k)
        ]
    return "\n".join(lines)


def export(
    ids: Annotated[
        list[int] | None,
        typer.Argument(
            help="The interview id; with --eml or --imap-drafts, message ids.", show_default=False
        ),
    ] = None,
    ics: Annotated[
        Path | None, typer.Option("--ics", help="Write the due dates as a calendar ('-': stdout).")
    ] = None,
    eml: Annotated[
        Path | None, typer.Option("--eml", help="Write messages as .eml files into this folder.")
    ] = None,
    imap_drafts: Annotated[
        bool, typer.Option("--imap-drafts", help="Upload messages to your IMAP Drafts folder.")
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
) -> None:
    """Export an interview as YAML (stdout), or due dates, messages or drafts elsewhere."""
    targets = [t for t in (ics is not None, eml is not None, imap_drafts) if t]
    if len(targets) > 1:
        fail("choose one of --ics, --eml and --imap-drafts")
    database = open_database(db, config, user)
    if ics is not None:
        _export_calendar(database, ics, ids, config)
    elif eml is not None:
        _export_eml(database, eml, ids)
    elif imap_drafts:
        _upload_drafts(database, ids, config)
    else:
        _export_yaml(database, ids)


def _export_yaml(database: Database, ids: list[int] | None) -> None:
    from afterword.interview.loader import dump_interview

    if not ids or len(ids) != 1:
        fail("give one interview id to export as YAML (or --ics, --eml, --imap-drafts)")
    sys.stdout.write(dump_interview(resolve_interview(database, str(ids[0]))[1]))


def _export_calendar(
    database: Database, target: Path, ids: list[int] | None, config: Path | None
) -> None:
    if ids:
        fail("--ics exports every due date; it takes no ids")
    from afterword.schedule.calendar import due_dates_ics

    data = due_dates_ics(database, load_config(config), now=None)
    if str(target) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    _write_bytes(target, data)
    err_console().print(f"Wrote the due dates to {target}", markup=False)


def _write_bytes(target: Path, data: bytes) -> None:
    try:
        target.write_bytes(data)
    except OSError as exc:
        fail(f"{target}: cannot write the file ({exc.strerror})")


def _export_eml(database: Database, directory: Path, ids: list[int] | None) -> None:
    from afterword.mail.eml import export_eml
    from afterword.store.errors import NotFound

    if directory.exists() and not directory.is_dir():
        fail(f"{directory}: not a folder; --eml needs a folder to write .eml files into")
    try:
        paths = export_eml(database, directory, ids or None, database.local_user_id())
    except NotFound as exc:
        fail(f"{exc}; 'afterword outbox' shows the message ids")
    except OSError as exc:
        fail(str(exc), code=1)
    for path in paths:
        console().print(str(path), markup=False)
    err_console().print(f"Wrote {len(paths)} message(s) to {directory}", markup=False)


def _upload_drafts(database: Database, ids: list[int] | None, config: Path | None) -> None:
    from afterword.mail.imap import upload_drafts

    count = upload_drafts(database, load_config(config), message_ids=ids or None)
    err_console().print(f"Uploaded {count} draft(s) to the IMAP Drafts folder", markup=False)


def delete(
    interview_id: IdArgument,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
) -> None:
    """Delete an interview with its drafts and messages."""
    from afterword.store.errors import NotFound
    from afterword.store.interviews import delete_interview, get_interview

    database = open_database(db, config, user)
    try:
        interview = get_interview(database, interview_id)
    except NotFound:
        fail(f"no interview with id {interview_id}; 'afterword list' shows the ids")
    if not yes:
        if not is_interactive():
            fail("deleting needs --yes when there is no terminal to confirm on")
        if not typer.confirm(f"Delete interview {interview_id}: {_title(interview)}?", err=True):
            raise typer.Exit(1)
    delete_interview(database, interview_id)
    err_console().print(f"Deleted interview {interview_id}", markup=False)
