"""Hosted mode's mail commands: a user's mail servers (``mail set``/``mail show``) and
re-encrypting every stored password after the server's secret changes (``keys rotate``)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afterword.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    ask,
    console,
    fail,
    is_interactive,
    load_config,
    open_database,
    print_json,
)

if TYPE_CHECKING:
    from afterword.config import Settings

mail_app = typer.Typer(help="Hosted mode: each user's own mail servers.", no_args_is_help=True)
keys_app = typer.Typer(help="Hosted mode: the server's secret key.", no_args_is_help=True)

UserOption = Annotated[
    str, typer.Option("--user", help="The user's sign-in e-mail address.", show_default=False)
]
SECURITY_HELP = "starttls, tls or none (none: only to a server on this machine)."


def _hosted(config: Any) -> Settings:
    settings = load_config(config)
    if settings.server.mode != "hosted":
        fail(
            'this command is for hosted mode ([server] mode = "hosted" or '
            "AFTERWORD_SERVER_MODE=hosted); on a laptop the mail settings are in the config "
            "file and the settings page, the passwords in the system keyring"
        )
    return settings


def _password(protocol: str, wanted: bool) -> str | None:
    """The new password: from AFTERWORD_<PROTOCOL>_PASSWORD, else a prompt when asked for."""
    variable = f"AFTERWORD_{protocol.upper()}_PASSWORD"
    if os.environ.get(variable):
        return os.environ[variable]
    if not wanted:
        return None
    if not is_interactive():
        fail(f"no {protocol.upper()} password: set {variable} or run this at a terminal")
    return str(ask(f"{protocol.upper()} password", hide_input=True))


def mail_set(
    user: UserOption,
    smtp_host: Annotated[str | None, typer.Option(help="SMTP server.")] = None,
    smtp_port: Annotated[int | None, typer.Option(help="SMTP port.", min=1, max=65535)] = None,
    smtp_user: Annotated[str | None, typer.Option(help="SMTP login.")] = None,
    smtp_security: Annotated[str | None, typer.Option(help=SECURITY_HELP)] = None,
    smtp_password: Annotated[
        bool,
        typer.Option(
            "--smtp-password", help="Ask for the SMTP password (or take AFTERWORD_SMTP_PASSWORD)."
        ),
    ] = False,
    imap_host: Annotated[str | None, typer.Option(help="IMAP server.")] = None,
    imap_port: Annotated[int | None, typer.Option(help="IMAP port.", min=1, max=65535)] = None,
    imap_user: Annotated[str | None, typer.Option(help="IMAP login.")] = None,
    imap_security: Annotated[str | None, typer.Option(help=SECURITY_HELP)] = None,
    imap_password: Annotated[
        bool,
        typer.Option(
            "--imap-password", help="Ask for the IMAP password (or take AFTERWORD_IMAP_PASSWORD)."
        ),
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Set a user's SMTP/IMAP servers; passwords are stored encrypted, never shown."""
    from pydantic import ValidationError

    from afterword.config import Settings
    from afterword.mail.hosts import refusals
    from afterword.mail.vault import Vault, save_user_settings, stored_data, user_id_for

    server = _hosted(config)
    database = open_database(db, config, any_user=True)
    user_id = user_id_for(database, user)
    data = stored_data(database, user_id)
    given = {
        "smtp": {"host": smtp_host, "port": smtp_port, "user": smtp_user,
                 "security": smtp_security},
        "imap": {"host": imap_host, "port": imap_port, "user": imap_user,
                 "security": imap_security},
    }  # fmt: skip
    for section, values in given.items():
        data[section] = (data.get(section) or {}) | {k: v for k, v in values.items() if v}
    try:
        mine = Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        fail(f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}")
    refused = refusals(mine.model_copy(update={"server": server.server}))
    if refused:
        fail("; ".join(refused.values()))
    passwords = {
        "smtp": _password("smtp", smtp_password) or "",
        "imap": _password("imap", imap_password) or "",
    }
    vault = Vault.of(server) if any(passwords.values()) else None
    save_user_settings(database, user_id, mine, passwords=passwords, vault=vault)
    stored = [p.upper() for p, v in passwords.items() if v]
    note = f"; {' and '.join(stored)} password stored, encrypted" if stored else ""
    console().print(f"mail settings of {user.strip().lower()} saved{note}", markup=False)


def mail_show(
    user: UserOption,
    json_output: JsonOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Show a user's mail servers, and whether a password is stored (never the password)."""
    from afterword.mail.vault import stored_data, stored_passwords, user_id_for

    _hosted(config)
    database = open_database(db, config, any_user=True)
    user_id = user_id_for(database, user)
    data, stored = stored_data(database, user_id), stored_passwords(database, user_id)
    shown = {p: {**(data.get(p) or {}), "password": "stored" if stored[p] else "none"}
             for p in ("smtp", "imap")}  # fmt: skip
    if json_output:
        print_json(shown)
        return
    for protocol, values in shown.items():
        line = ", ".join(f"{k}={v}" for k, v in values.items() if k != "timeout_seconds")
        console().print(f"{protocol}: {line}", markup=False)


def keys_rotate(db: DbOption = None, config: ConfigOption = None) -> None:
    """Re-encrypt every stored mail password under the current secret key.

    First make the new secret current and keep the old one readable
    (AFTERWORD_SECRET_KEY=new, AFTERWORD_PREVIOUS_SECRET_KEYS=old; or new first, old after
    it, in the key file); run this; then drop the old secret.
    """
    from afterword.mail.vault import Vault, rotate_all

    settings = _hosted(config)
    vault = Vault.of(settings)
    count = rotate_all(open_database(db, config, any_user=True), vault)
    console().print(
        f"{count} stored password(s) re-encrypted under the current key; the previous "
        "secret can now be removed",
        markup=False,
    )


def register(app: typer.Typer) -> None:
    """Add this group's commands to the application."""
    mail_app.command("set")(mail_set)
    mail_app.command("show")(mail_show)
    keys_app.command("rotate")(keys_rotate)
    app.add_typer(mail_app, name="mail")
    app.add_typer(keys_app, name="keys")
