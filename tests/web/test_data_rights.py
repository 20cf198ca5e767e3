"""Data rights: a user downloads everything of theirs, and deleting the account leaves no row."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import or_, select
from typer.testing import CliRunner

from afterword.accounts.rights import delete_account
from afterword.accounts.sharing import add_comment, share
from afterword.cli.app import build_app
from afterword.interview.model import Candidate
from afterword.mail.outbox import approve
from afterword.store.db import utcnow
from afterword.store.interviews import save_profile
from afterword.store.messages import list_messages
from afterword.store.schema import Base, InterviewRow, UserSettingsRow
from afterword.web.app import create_app
from afterword.web.drafting import save_and_draft
from web.conftest import example_interview
from web.hosted import PASSWORD, SECRET, client, hosted_settings, make_user
from web.isolation import ownership, rows_of

pytestmark = pytest.mark.postgres


@pytest.fixture
def world(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """Ada (a candidate with a bit of everything), Cora (her coach) and Bo (someone else)."""
    monkeypatch.setenv("AFTERWORD_SECRET_KEY", SECRET)
    app = create_app(postgres_url, hosted_settings())
    db, settings = app.state.db, app.state.settings
    ada = make_user(db, "ada@example.com")
    cora = make_user(db, "cora@example.com", role="coach")
    bo = make_user(db, "bo@example.com")
    for user, name in ((ada, "Ada Alpha"), (bo, "Bo Beta")):
        email = "ada@example.com" if user == ada else "bo@example.com"
        save_profile(db, Candidate(name=name, email=email), user_id=user)
        interview = save_and_draft(db, settings, example_interview(candidate=None), user)
        approve(db, list_messages(db, interview)[0].id, force=True, settings=settings,
                user_id=user)  # fmt: skip
    with db.session() as session:
        data = {"smtp": {"host": "smtp.ada.example"}}
        token = "gAAAA-secret-token"
        session.add(UserSettingsRow(user_id=ada, data=data, smtp_password=token,
                                    updated_at=utcnow()))  # fmt: skip
        first = session.scalar(select(InterviewRow.id).where(InterviewRow.user_id == ada))
    share(db, ada, first, "cora@example.com")
    add_comment(db, cora, first, list_messages(db, first)[0].id, "Name the Flink job.")
    yield {"app": app, "db": db, "ada": ada, "cora": cora, "bo": bo, "interview": first,
           "url": postgres_url}  # fmt: skip
    db.dispose()


def _check_archive(data: bytes) -> dict[str, Any]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = archive.namelist()
    assert [n for n in names if n.startswith("interviews/")] == [
        n for n in names if n.endswith(".yaml")
    ]
    assert any(n.endswith(".yaml") for n in names) and any(n.endswith(".eml") for n in names)
    yaml = archive.read(next(n for n in names if n.endswith(".yaml"))).decode()
    assert "company: Northwind Analytics" in yaml
    everything = b"".join(archive.read(n) for n in names)
    assert b"secret-token" not in everything and b"argon2" not in everything
    assert b"Bo Beta" not in everything
    return json.loads(archive.read("account.json"))


def test_the_user_downloads_everything_from_the_web(world: dict[str, Any]) -> None:
    with client(world["app"]) as browser:
        browser.sign_in("ada@example.com")
        assert "Download my data" in browser.get("/account").text
        response = browser.get("/account/export")
    assert response.headers["content-type"] == "application/zip"
    data = _check_archive(response.content)
    assert data["account"]["username"] == "ada@example.com"
    assert data["profile"][0]["name"] == "Ada Alpha"
    assert data["settings"] == {"smtp": {"host": "smtp.ada.example"}}
    assert [c["body"] for c in data["comments"]] == ["Name the Flink job."]
    assert len(data["shares"]) == 1 and data["audit"] and data["messages"]


def test_users_export_writes_the_same_archive(world: dict[str, Any], tmp_path: Path) -> None:
    target = tmp_path / "ada.zip"
    result = CliRunner().invoke(build_app(), ["users", "export", "ada@example.com", "-o",
                                              str(target), "--db", world["url"]])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert _check_archive(target.read_bytes())["profile"][0]["name"] == "Ada Alpha"


def _rows_naming(world: dict[str, Any], user_id: int, email: str, interviews: list[int]) -> dict:
    """Every row, in every table of the schema, that names the user or their interviews."""
    found = {}
    with world["db"].engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            conditions = ownership(table, user_id, email, interviews)
            assert conditions, f"{table.name}: say how its rows belong to a user"
            rows = connection.execute(select(table).where(or_(*conditions))).all()
            if rows:
                found[table.name] = rows
    return found


def _interviews(world: dict[str, Any], user_id: int) -> list[int]:
    with world["db"].session() as session:
        query = select(InterviewRow.id).where(InterviewRow.user_id == user_id)
        return list(session.scalars(query))


def test_deleting_the_account_on_the_web_leaves_no_row_of_it(world: dict[str, Any]) -> None:
    interviews = _interviews(world, world["ada"])
    bo_before = rows_of(world["db"], world["bo"], "bo@example.com")
    with client(world["app"]) as browser:
        browser.sign_in("ada@example.com", "a wrong password")  # leaves a login attempt
        browser.sign_in("ada@example.com")
        form = {"password": "not it", "confirm": "delete"}
        assert browser.post("/account/delete", form).status_code == 422
        assert _interviews(world, world["ada"]) == interviews  # nothing went
        response = browser.post("/account/delete", {"password": PASSWORD, "confirm": "delete"})
        assert (response.status_code, response.headers["location"]) == (303, "/login")
    assert _rows_naming(world, world["ada"], "ada@example.com", interviews) == {}
    assert rows_of(world["db"], world["bo"], "bo@example.com") == bo_before


def test_deleting_a_coach_takes_their_comments_and_shares(world: dict[str, Any]) -> None:
    result = CliRunner().invoke(build_app(), ["users", "delete", "cora@example.com", "--yes",
                                              "--db", world["url"]])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert _rows_naming(world, world["cora"], "cora@example.com", []) == {}
    assert _interviews(world, world["ada"])  # the candidate's interview stays


def test_the_core_deletes_without_the_web(world: dict[str, Any]) -> None:
    interviews = _interviews(world, world["bo"])
    delete_account(world["db"], world["bo"])
    assert _rows_naming(world, world["bo"], "bo@example.com", interviews) == {}
