"""``afterword users``: accounts on PostgreSQL, from the command line."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from afterword.accounts.passwords import verify
from afterword.accounts.users import find_account
from afterword.cli.app import build_app
from afterword.store.db import Database
from afterword.store.schema import AuditRow, User

PASSWORD = "a long enough password"


def _run(*args: str, **env: str) -> Any:
    return CliRunner().invoke(build_app(), list(args), env=env or None)


@pytest.fixture
def pg(postgres_url: str) -> Any:
    """The PostgreSQL URL, migrated."""
    Database(postgres_url).dispose()
    return postgres_url


def _hash(url: str, email: str) -> str | None:
    db = Database(url)
    with db.session() as session:
        found = session.scalar(select(User.password_hash).where(User.username == email))
    db.dispose()
    return found


@pytest.mark.postgres
def test_users_add_takes_the_password_from_the_environment(pg: str) -> None:
    result = _run("users", "add", "Ada@Example.com", "--name", "Ada Lovelace", "--role", "coach",
                  "--db", pg, AFTERWORD_PASSWORD=PASSWORD)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert verify(_hash(pg, "ada@example.com"), PASSWORD)
    listed = json.loads(_run("users", "list", "--json", "--db", pg).stdout)
    assert [(u["email"], u["name"], u["role"], u["active"]) for u in listed] == [
        ("ada@example.com", "Ada Lovelace", "coach", True)
    ]


@pytest.mark.postgres
def test_users_add_prompts_twice_without_echo(pg: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("afterword.cli.users.is_interactive", lambda: True)
    result = CliRunner().invoke(
        build_app(), ["users", "add", "bo@example.com", "--name", "Bo", "--db", pg],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output
    assert verify(_hash(pg, "bo@example.com"), PASSWORD)


@pytest.mark.postgres
def test_an_invite_link_works_once(pg: str) -> None:
    from afterword.accounts.errors import AccountError
    from afterword.accounts.users import accept_invite

    result = _run("users", "add", "cy@example.com", "--name", "Cy", "--invite", "--url",
                  "https://coach.example/", "--db", pg)  # fmt: skip
    assert result.exit_code == 0, result.output
    link = result.stdout.strip()
    assert link.startswith("https://coach.example/invite/")
    assert _hash(pg, "cy@example.com") is None
    db = Database(pg)
    try:
        accept_invite(db, link.rsplit("/", 1)[1], PASSWORD)
        with pytest.raises(AccountError, match="expired or was already used"):
            accept_invite(db, link.rsplit("/", 1)[1], "another password here")
    finally:
        db.dispose()
    assert verify(_hash(pg, "cy@example.com"), PASSWORD)


@pytest.mark.postgres
def test_disable_and_reset_password_are_audited(pg: str) -> None:
    _run("users", "add", "di@example.com", "--name", "Di", "--db", pg, AFTERWORD_PASSWORD=PASSWORD)
    assert _run("users", "disable", "di@example.com", "--db", pg).exit_code == 0
    new = "a different long password"
    result = _run("users", "reset-password", "di@example.com", "--db", pg, AFTERWORD_PASSWORD=new)
    assert result.exit_code == 0, result.output
    db = Database(pg)
    try:
        assert not find_account(db, "di@example.com").active
        with db.session() as session:
            actions = list(session.scalars(select(AuditRow.action).order_by(AuditRow.id)))
    finally:
        db.dispose()
    assert actions == ["user.added", "user.disabled", "password.set"]
    assert verify(_hash(pg, "di@example.com"), new)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["users", "add", "x@example.com", "--name", "X", "--role", "boss"], "unknown role 'boss'"),
        (["users", "add", "not-an-address", "--name", "X"], "is not an e-mail address"),
        (["users", "disable", "nobody@example.com"], "no account for 'nobody@example.com'"),
    ],
)
@pytest.mark.postgres
def test_users_errors_say_what_is_wrong(pg: str, args: list[str], message: str) -> None:
    result = _run(*args, "--db", pg, AFTERWORD_PASSWORD=PASSWORD)
    assert result.exit_code == 2
    assert message in result.stderr


def test_users_refuse_sqlite(tmp_path: Any) -> None:
    result = _run("users", "list", "--db", str(tmp_path / "a.sqlite3"))
    assert result.exit_code == 2
    assert "accounts and hosted mode need PostgreSQL" in result.stderr


def test_users_secret_prints_a_usable_key() -> None:
    from afterword.config import Settings
    from afterword.keys import load_server_keys

    key = _run("users", "secret").stdout.strip()
    assert load_server_keys(Settings(), {"AFTERWORD_SECRET_KEY": key}).current == key.encode()
