"""The settings page in hosted mode: each signed-in user's own settings, passwords encrypted.

Users are signed in the agreed way: a random token in the ``afterword_session`` cookie whose
SHA-256 is a row of ``auth_sessions``. Until the app's own sign-in check is in, a middleware
here reads that cookie the same way (the app's check, once there, finds the same user).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from afterword.config import Settings
from afterword.keys import ServerKeys
from afterword.mail.vault import Vault, user_settings
from afterword.store.db import Database, utcnow
from afterword.store.schema import AuthSessionRow, User
from web.conftest import BASE_URL, Browser
from web.pages import Page

SECRET = "w" * 43
PASSWORD = "hunter2-app-password"


@pytest.fixture
def hosted_app(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    if not db_url.startswith("postgresql"):
        pytest.skip("hosted mode runs on PostgreSQL")
    from starlette.middleware.base import BaseHTTPMiddleware

    from afterword.web.app import create_app

    monkeypatch.setenv("AFTERWORD_SECRET_KEY", SECRET)
    settings = Settings.model_validate({"server": {"mode": "hosted"}})
    app = create_app(db_url, settings, config_path=tmp_path / "config.toml",
                     secret_path=tmp_path / "secret")  # fmt: skip
    database: Database = app.state.db

    async def signed_in(request: Any, call_next: Any) -> Any:
        token = request.cookies.get("afterword_session")
        if token and getattr(request.state, "user_id", None) is None:
            digest = hashlib.sha256(token.encode()).hexdigest()
            with database.session() as session:
                request.state.user_id = session.scalar(
                    select(AuthSessionRow.user_id).where(AuthSessionRow.token_hash == digest)
                )
        return await call_next(request)

    app.add_middleware(BaseHTTPMiddleware, dispatch=signed_in)
    yield app
    database.dispose()


def _sign_in(app: Any, email: str) -> Iterator[Browser]:
    from fastapi.testclient import TestClient

    database: Database = app.state.db
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with database.session() as session:
        user = User(username=email, created_at=now, role="candidate")
        session.add(user)
        session.flush()
        session.add(AuthSessionRow(token_hash=hashlib.sha256(token.encode()).hexdigest(),
                                   user_id=user.id, created_at=now, last_seen_at=now,
                                   expires_at=now + timedelta(days=1)))  # fmt: skip
    with TestClient(app, base_url=BASE_URL, follow_redirects=False) as client:
        client.cookies.set("afterword_session", token)
        yield Browser(client)


@pytest.fixture
def ada(hosted_app: Any) -> Iterator[Browser]:
    yield from _sign_in(hosted_app, "ada@example.com")


@pytest.fixture
def bo(hosted_app: Any) -> Iterator[Browser]:
    yield from _sign_in(hosted_app, "bo@example.com")


def _id(app: Any, email: str) -> int:
    with app.state.db.session() as session:
        return session.scalar(select(User.id).where(User.username == email))


MAIL = {"smtp-host": "smtp.ada.example", "smtp-port": "587", "smtp-user": "ada",
        "smtp-security": "starttls", "smtp-password": PASSWORD, "imap-security": "tls"}  # fmt: skip


def test_each_user_sees_and_saves_only_their_own_mail_settings(hosted_app, ada, bo) -> None:
    assert ada.post("/settings/mail", MAIL).status_code == 303
    page = ada.get("/settings")
    assert page.status_code == 200 and PASSWORD not in page.text
    assert Page(page.text).field("smtp-host")["value"] == "smtp.ada.example"
    assert "A password is stored" in page.text and "stored encrypted on this server" in page.text
    theirs = bo.get("/settings").text
    assert "smtp.ada.example" not in theirs and "No password stored yet." in theirs
    with hosted_app.state.db.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM user_settings")).all()
    assert len(rows) == 1 and PASSWORD not in str(rows)
    mine = user_settings(hosted_app.state.db, _id(hosted_app, "ada@example.com"), Settings(),
                         Vault(ServerKeys(SECRET.encode())))  # fmt: skip
    assert mine.smtp.password == PASSWORD
    # Saving again without typing a password keeps the stored one.
    assert (
        ada.post("/settings/mail", MAIL | {"smtp-password": "", "smtp-port": "465"}).status_code
        == 303
    )
    again = user_settings(hosted_app.state.db, _id(hosted_app, "ada@example.com"), Settings(),
                          Vault(ServerKeys(SECRET.encode())))  # fmt: skip
    assert (again.smtp.port, again.smtp.password) == (465, PASSWORD)


def test_preferences_and_profile_belong_to_the_signed_in_user(
    hosted_app, ada, bo, tmp_path
) -> None:
    prefs = {"formality": "friendly", "window_start": "09:00", "window_end": "17:00",
             "earliest_hours_after": "4", "country": "GB", "known_words": "Kubernetes"}  # fmt: skip
    assert ada.post("/settings/preferences", prefs).status_code == 303
    profile = {"name": "Ada Lovelace", "email": "ada@example.com"}
    assert ada.post("/settings/profile", profile).status_code == 303
    assert not (tmp_path / "config.toml").exists()  # nothing of a user's goes to the server's file
    assert hosted_app.state.settings.schedule.country == "US"
    page = Page(ada.get("/settings").text)
    assert page.field("country")["value"] == "GB" and page.field("name")["value"] == "Ada Lovelace"
    theirs = Page(bo.get("/settings").text)
    assert theirs.field("country")["value"] == "US" and theirs.field("name")["value"] == ""
    # Every route's SettingsDep is the signed-in user's settings, not the server's.
    from starlette.requests import Request

    from afterword.web.deps import get_settings

    def settings_of(user_id: int | None) -> Settings:
        state = {"user_id": user_id} if user_id else {}
        return get_settings(Request({"type": "http", "app": hosted_app, "state": state}))

    assert settings_of(_id(hosted_app, "ada@example.com")).review.known_words == ["Kubernetes"]
    assert settings_of(_id(hosted_app, "bo@example.com")).review.known_words == []
    assert settings_of(None) is hosted_app.state.settings


def _allow_private_mail_hosts(app: Any) -> None:
    server = app.state.settings.server.model_copy(update={"allow_private_mail_hosts": True})
    app.state.settings = app.state.settings.model_copy(update={"server": server})


def test_a_test_connection_uses_the_users_own_stored_password(hosted_app, ada) -> None:
    from support.smtp import RecordingSMTPServer

    _allow_private_mail_hosts(hosted_app)  # the test's server is on loopback
    with RecordingSMTPServer(user="ada", password=PASSWORD) as server:
        fields = MAIL | {"smtp-host": "127.0.0.1", "smtp-port": str(server.port),
                         "smtp-security": "none"}  # fmt: skip
        assert ada.post("/settings/mail", fields).status_code == 303
        tested = ada.post("/settings/mail", fields | {"smtp-password": "", "action": "test"})
    assert "SMTP: connected to 127.0.0.1" in Page(tested.text).text
    assert PASSWORD not in tested.text


def test_without_a_signed_in_user_the_page_is_refused(hosted_app) -> None:
    from fastapi.testclient import TestClient

    with TestClient(hosted_app, base_url=BASE_URL, follow_redirects=False) as client:
        assert client.get("/settings").status_code in (303, 401)


@pytest.mark.parametrize(
    ("field", "host", "kind"),
    [("smtp-host", "127.0.0.1", "loopback"), ("smtp-host", "localhost", "loopback"),
     ("imap-host", "169.254.169.254", "link-local"), ("smtp-host", "10.0.0.7", "private"),
     ("imap-host", "0.0.0.0", "unspecified")],
)  # fmt: skip
def test_a_mail_host_inside_the_servers_network_is_refused_when_saved(
    hosted_app, ada, field, host, kind
) -> None:
    refused = ada.post("/settings/mail", MAIL | {field: host})
    assert refused.status_code == 422
    assert f"is a {kind} address" in Page(refused.text).text
    assert "allow_private_mail_hosts" in refused.text
    with hosted_app.state.db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM user_settings")).scalar_one() == 0
    # Control: a public name saves, and the server's operator can allow private hosts.
    assert ada.post("/settings/mail", MAIL).status_code == 303
    _allow_private_mail_hosts(hosted_app)
    assert ada.post("/settings/mail", MAIL | {field: host}).status_code == 303
