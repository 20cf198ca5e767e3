"""``afterword mail set/show`` and ``afterword keys rotate``, through the real application."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from afterword.cli.app import build_app
from afterword.config import Settings
from afterword.keys import ServerKeys
from afterword.mail.vault import Vault, user_settings
from afterword.store.db import Database, utcnow
from afterword.store.schema import User

OLD = "old-secret-" + "o" * 32
NEW = "new-secret-" + "n" * 32
PASSWORD = "app-password-1234"


def run(*args: str, **env: str):
    """Run ``afterword ARGS`` in-process with these variables."""
    result = CliRunner().invoke(build_app(), list(args), env=env, catch_exceptions=False)
    assert PASSWORD not in result.stdout + result.stderr
    return result


@pytest.fixture
def hosted(
    database: Database, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[Database, str]:
    monkeypatch.setenv("AFTERWORD_SERVER_MODE", "hosted")
    monkeypatch.delenv("AFTERWORD_PREVIOUS_SECRET_KEYS", raising=False)
    with database.session() as session:
        session.add(User(username="ada@example.com", created_at=utcnow(), role="candidate"))
    return database, db_url


def _user_id(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(
            text("SELECT id FROM users WHERE username = 'ada@example.com'")
        ).scalar_one()


def test_mail_set_stores_the_servers_and_an_encrypted_password(hosted) -> None:
    database, url = hosted
    done = run(
        "mail", "set", "--user", "Ada@Example.com", "--db", url,
        "--smtp-host", "smtp.ada.example", "--smtp-port", "465", "--smtp-user", "ada",
        "--smtp-security", "tls", "--smtp-password",
        AFTERWORD_SECRET_KEY=OLD, AFTERWORD_SMTP_PASSWORD=PASSWORD,
    )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert "SMTP password stored, encrypted" in done.stdout
    with database.engine.connect() as connection:
        raw = connection.execute(text("SELECT smtp_password, data FROM user_settings")).one()
    assert PASSWORD not in str(raw)
    shown = json.loads(
        run("mail", "show", "--user", "ada@example.com", "--json", "--db", url).stdout
    )
    assert shown["smtp"]["host"] == "smtp.ada.example" and shown["smtp"]["port"] == 465
    assert shown["smtp"]["password"] == "stored" and shown["imap"]["password"] == "none"
    # Setting the IMAP server later keeps the SMTP server and its password.
    more = run("mail", "set", "--user", "ada@example.com", "--imap-host", "imap.ada.example",
               "--db", url)  # fmt: skip
    assert more.exit_code == 0, more.stderr
    vault = Vault(ServerKeys(OLD.encode()))
    mine = user_settings(database, _user_id(database), Settings(), vault)
    assert (mine.smtp.host, mine.smtp.password, mine.imap.host) == (
        "smtp.ada.example",
        PASSWORD,
        "imap.ada.example",
    )


def test_rotating_the_secret_keeps_every_password_readable_without_the_old_one(hosted) -> None:
    database, url = hosted
    run("mail", "set", "--user", "ada@example.com", "--smtp-host", "smtp.example", "--smtp-user",
        "ada", "--smtp-password", "--db", url, AFTERWORD_SECRET_KEY=OLD,
        AFTERWORD_SMTP_PASSWORD=PASSWORD)  # fmt: skip
    rotated = run("keys", "rotate", "--db", url, AFTERWORD_SECRET_KEY=NEW,
                  AFTERWORD_PREVIOUS_SECRET_KEYS=OLD)  # fmt: skip
    assert rotated.exit_code == 0, rotated.stderr
    assert "1 stored password(s) re-encrypted" in rotated.stdout
    only_new = Vault(ServerKeys(NEW.encode()))
    assert (
        user_settings(database, _user_id(database), Settings(), only_new).smtp.password == PASSWORD
    )


def test_rotating_without_the_old_secret_says_so_and_changes_nothing(hosted) -> None:
    database, url = hosted
    run("mail", "set", "--user", "ada@example.com", "--smtp-host", "smtp.example",
        "--smtp-password", "--db", url, AFTERWORD_SECRET_KEY=OLD,
        AFTERWORD_SMTP_PASSWORD=PASSWORD)  # fmt: skip
    refused = run("keys", "rotate", "--db", url, AFTERWORD_SECRET_KEY=NEW)
    assert refused.exit_code == 2
    assert "AFTERWORD_PREVIOUS_SECRET_KEYS" in refused.stderr
    old = Vault(ServerKeys(OLD.encode()))
    assert user_settings(database, _user_id(database), Settings(), old).smtp.password == PASSWORD


def test_mail_commands_refuse_local_mode_and_unknown_users(hosted, monkeypatch) -> None:
    _database, url = hosted
    unknown = run("mail", "show", "--user", "nobody@example.com", "--db", url)
    assert unknown.exit_code == 2 and "no account with the e-mail address" in unknown.stderr
    bad = run("mail", "set", "--user", "ada@example.com", "--smtp-security", "plain", "--db", url)
    assert bad.exit_code == 2 and "smtp.security" in bad.stderr
    monkeypatch.setenv("AFTERWORD_SERVER_MODE", "local")
    local = run("mail", "show", "--user", "ada@example.com", "--db", url)
    assert local.exit_code == 2 and "hosted mode" in local.stderr
