"""In hosted mode every data command acts for the account named by --user, and only for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from afterword.accounts.users import add_user
from afterword.cli.app import build_app
from afterword.store.db import Database

pytestmark = pytest.mark.postgres
EXAMPLE = Path(__file__).parents[2] / "examples" / "northwind-panel.yaml"


@pytest.fixture
def hosted(postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A hosted config on PostgreSQL with two accounts; A has the example interview, drafted."""
    config = tmp_path / "hosted.toml"
    config.write_text(f'[server]\nmode = "hosted"\n\n[storage]\ndb = "{postgres_url}"\n')
    monkeypatch.setenv("AFTERWORD_CONFIG", str(config))
    db = Database(postgres_url)
    for email in ("ada@example.com", "bo@example.com"):
        add_user(db, email, email[:2], password="a long enough password")
    db.dispose()
    added = _run("add", str(EXAMPLE), "--json", "--user", "ada@example.com")
    assert added.exit_code == 0, added.output
    drafted = _run("draft", str(json.loads(added.stdout)["id"]), "--user", "ada@example.com")
    assert drafted.exit_code == 0, drafted.output
    return {"id": json.loads(added.stdout)["id"]}


def _run(*args: str) -> Any:
    return CliRunner().invoke(build_app(), list(args))


def test_a_data_command_without_user_is_refused(hosted: dict[str, Any]) -> None:
    result = _run("list")
    assert result.exit_code == 2
    assert "say whose data to use with --user EMAIL" in result.stderr


def test_each_account_lists_only_its_own(hosted: dict[str, Any]) -> None:
    mine = json.loads(_run("list", "--json", "--user", "ada@example.com").stdout)
    theirs = json.loads(_run("list", "--json", "--user", "bo@example.com").stdout)
    assert [i["id"] for i in mine] == [hosted["id"]] and theirs == []


@pytest.mark.parametrize(
    "command",
    [
        ["show", "{id}"],
        ["export", "{id}"],
        ["delete", "{id}", "--yes"],
        ["draft", "{id}"],
        ["notes", "{id}"],
    ],
)
def test_b_cannot_reach_a_s_interview(hosted: dict[str, Any], command: list[str]) -> None:
    args = [part.format(**hosted) for part in command]
    result = _run(*args, "--user", "bo@example.com")
    assert result.exit_code != 0
    assert f"no interview with id {hosted['id']}" in result.output + result.stderr
    still = _run("show", str(hosted["id"]), "--user", "ada@example.com")
    assert still.exit_code == 0  # control: A's interview is there


def test_b_cannot_act_on_a_s_messages(hosted: dict[str, Any], tmp_path: Path) -> None:
    for command in (["approve", "1", "--force"], ["cancel", "1"], ["retry", "1"],
                    ["export", "--eml", str(tmp_path / "eml"), "1"]):  # fmt: skip
        result = _run(*command, "--user", "bo@example.com")
        assert "no message with id 1" in result.output + result.stderr, command
    assert json.loads(_run("outbox", "--json", "--user", "bo@example.com").stdout) == []
    mine = _run("approve", "1", "--force", "--user", "ada@example.com")
    assert mine.exit_code == 0, mine.output  # control: A may


def test_an_unknown_user_is_named(hosted: dict[str, Any]) -> None:
    result = _run("list", "--user", "cy@example.com")
    assert result.exit_code == 2
    assert "no account for 'cy@example.com'" in result.stderr


def test_share_and_unshare_from_the_command_line(hosted: dict[str, Any], postgres_url: str) -> None:
    from afterword.accounts.sharing import shared_with
    from afterword.accounts.users import find_account

    db = Database(postgres_url)
    try:
        add_user(db, "cora@example.com", "Cora", role="coach", password="a long enough password")
        coach = find_account(db, "cora@example.com").id
        ident = str(hosted["id"])
        refused = _run("share", ident, "cora@example.com", "--user", "bo@example.com")
        assert f"no interview with id {ident}" in refused.stderr
        done = _run("share", ident, "cora@example.com", "--user", "ada@example.com")
        assert done.exit_code == 0, done.output
        assert [s.interview_id for s in shared_with(db, coach)] == [hosted["id"]]
        _run("unshare", ident, "cora@example.com", "--user", "ada@example.com")
        assert shared_with(db, coach) == []
    finally:
        db.dispose()
