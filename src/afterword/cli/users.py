"""``afterword users``: hosted mode's accounts, kept in PostgreSQL (add, list, disable...)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from afterword.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    UserOption,
    ask,
    console,
    fail,
    is_interactive,
    moment,
    open_database,
    print_json,
)

if TYPE_CHECKING:
    from afterword.store.db import Database

users_app = typer.Typer(
    help="Hosted mode's accounts (PostgreSQL): add, list, disable, reset a password.",
    no_args_is_help=True,
)
PASSWORD_VARIABLE = "AFTERWORD_PASSWORD"
EmailArgument = Annotated[str, typer.Argument(help="The account's sign-in e-mail address.")]
InviteOption = Annotated[
    bool,
    typer.Option(
        "--invite",
        help="Print a one-time link (it expires in 7 days) whose page sets the password.",
    ),
]
UrlOption = Annotated[
    str, typer.Option("--url", help="The server's address, to start the invite link with.")
]
DEFAULT_URL = "http://127.0.0.1:8000"


def register(app: typer.Typer) -> None:
    """Add ``afterword users`` (and ``share``/``unshare``, for coaches) to the application."""
    app.add_typer(users_app, name="users")
    app.command("share")(share)
    app.command("unshare")(unshare)


def _accounts_db(db: str | None, config: object) -> Database:
    """Open the database, refusing SQLite: accounts live where every serve process sees them."""
    from afterword.accounts.users import require_postgresql

    database = open_database(db, config, any_user=True)  # type: ignore[arg-type]
    require_postgresql(database)
    return database


def _password() -> str:
    """The new password: AFTERWORD_PASSWORD when set, else typed twice without echo."""
    if value := os.environ.get(PASSWORD_VARIABLE):
        return value
    if not is_interactive():
        fail(f"no password: set {PASSWORD_VARIABLE}, run this at a terminal, or pass --invite")
    return str(ask("Password", hide_input=True, confirmation_prompt=True))


def _print_invite(database: Database, email: str, url: str) -> None:
    from afterword.accounts.users import INVITE_LIFETIME, create_invite

    token = create_invite(database, email)
    days = INVITE_LIFETIME.days
    typer.echo(f"{url.rstrip('/')}/invite/{token}")
    typer.echo(f"(works once, for {days} days: send it to {email} yourself)", err=True)


@users_app.command("add")
def add(
    email: EmailArgument,
    name: Annotated[str, typer.Option("--name", help="The person's name, as pages show it.")],
    role: Annotated[
        str, typer.Option("--role", help="candidate, coach (reads shared interviews) or admin.")
    ] = "candidate",
    invite: InviteOption = False,
    url: UrlOption = DEFAULT_URL,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Add an account, with a password (AFTERWORD_PASSWORD or a prompt) or an invite link."""
    from afterword.accounts.users import add_user

    database = _accounts_db(db, config)
    account = add_user(database, email, name, role, None if invite else _password())
    typer.echo(f"added {account.email} ({account.role})", err=True)
    if invite:
        _print_invite(database, account.email, url)


@users_app.command("list")
def list_users(json_output: JsonOption = False, db: DbOption = None,
               config: ConfigOption = None) -> None:  # fmt: skip
    """List the accounts: e-mail, name, role, and whether each may sign in."""
    from afterword.accounts.users import list_accounts

    accounts = list_accounts(_accounts_db(db, config))
    if json_output:
        print_json([{"email": a.email, "name": a.name, "role": a.role, "active": a.active,
                     "created_at": a.created_at.isoformat()} for a in accounts])  # fmt: skip
        return
    out = console()
    for account in accounts:
        state = "active" if account.active else f"disabled {moment(account.disabled_at)}"
        out.print(f"{account.email}\t{account.name}\t{account.role}\t{state}", markup=False)


@users_app.command("disable")
def disable(email: EmailArgument, db: DbOption = None, config: ConfigOption = None) -> None:
    """Stop an account from signing in and end its sessions (its data stays)."""
    from afterword.accounts.users import disable_user

    account = disable_user(_accounts_db(db, config), email)
    typer.echo(f"disabled {account.email}")


@users_app.command("reset-password")
def reset_password(
    email: EmailArgument,
    invite: InviteOption = False,
    url: UrlOption = DEFAULT_URL,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Set a new password (AFTERWORD_PASSWORD or a prompt) or print an invite link to set one."""
    from afterword.accounts.users import find_account, set_password

    database = _accounts_db(db, config)
    account = find_account(database, email)
    if invite:
        _print_invite(database, account.email, url)
        return
    set_password(database, account.id, _password())
    typer.echo(f"new password set for {account.email}; their sessions were ended")


@users_app.command("secret")
def secret() -> None:
    """Print a new random secret key, for AFTERWORD_SECRET_KEY or [server] secret_key_file."""
    from afterword.keys import generate_secret

    typer.echo(generate_secret())


@users_app.command("export")
def export_user(
    email: EmailArgument,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The zip file to write.", dir_okay=False)
    ],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Write everything of an account's as one zip (interviews YAML, messages .eml, JSON)."""
    from afterword.accounts.rights import export_archive
    from afterword.accounts.users import find_account

    database = _accounts_db(db, config)
    data = export_archive(database, find_account(database, email).id)
    try:
        output.write_bytes(data)
    except OSError as exc:
        fail(f"{output}: cannot write the file ({exc.strerror})")
    typer.echo(f"wrote {len(data):,} bytes to {output}", err=True)


@users_app.command("delete")
def delete_user(
    email: EmailArgument,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask to confirm.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Delete an account and every row of its data, for good (export it first to keep it)."""
    from afterword.accounts.rights import delete_account
    from afterword.accounts.users import find_account

    database = _accounts_db(db, config)
    account = find_account(database, email)
    if not yes:
        if not is_interactive():
            fail("deleting an account cannot be undone: pass --yes to confirm")
        if not typer.confirm(f"Delete {account.email} and all its data?", err=True):
            raise typer.Exit(1)
    delete_account(database, account.id)
    typer.echo(f"deleted {account.email} and all its data")


InterviewArgument = Annotated[int, typer.Argument(help="The interview id ('afterword list').")]
CoachArgument = Annotated[str, typer.Argument(help="The coach's sign-in e-mail address.")]


def share(
    interview: InterviewArgument,
    coach: CoachArgument,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
) -> None:
    """Share an interview with a coach, who may read its drafts and comment (hosted mode)."""
    from afterword.accounts.sharing import share as share_interview

    database = open_database(db, config, user)
    require_user(user)
    name = share_interview(database, database.local_user_id(), interview, coach)
    typer.echo(f"shared interview {interview} with {name}")


def unshare(
    interview: InterviewArgument,
    coach: CoachArgument,
    db: DbOption = None,
    config: ConfigOption = None,
    user: UserOption = None,
) -> None:
    """Stop sharing an interview with a coach."""
    from afterword.accounts.sharing import unshare as unshare_interview
    from afterword.accounts.users import find_account

    database = open_database(db, config, user)
    require_user(user)
    unshare_interview(
        database, database.local_user_id(), interview, find_account(database, coach).id
    )
    typer.echo(f"interview {interview} is no longer shared with {coach}")


def require_user(user: str | None) -> None:
    """Refuse a command about accounts without --user: a laptop's one user has no coach."""
    if user is None:
        fail("say whose interview it is with --user EMAIL (coaches are for hosted mode)")
