"""Hosted mode's sign-in: refusal to start without PostgreSQL or a key, the gate, sessions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from afterword.accounts.errors import HostedModeError
from afterword.accounts.users import disable_user, token_hash
from afterword.keys import SecretKeyError
from afterword.store.schema import AuditRow, AuthSessionRow, User
from afterword.web.app import create_app
from afterword.web.auth import SESSION_COOKIE
from web.hosted import PASSWORD, SECRET, client, hosted_settings, make_user

pytestmark = pytest.mark.postgres


@pytest.fixture
def hosted_app(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A hosted app on PostgreSQL, with one candidate account."""
    monkeypatch.setenv("AFTERWORD_SECRET_KEY", SECRET)
    app = create_app(postgres_url, hosted_settings())
    make_user(app.state.db, "ada@example.com")
    yield app
    app.state.db.dispose()


def _audit(app: Any) -> list[str]:
    with app.state.db.session() as session:
        return list(session.scalars(select(AuditRow.action).order_by(AuditRow.id)))


def _who(browser: Any) -> str | int:
    """Who the browser is signed in as, or the status a script gets."""
    response = browser.get("/whoami", headers={"accept": "text/plain"})
    return response.text if response.status_code == 200 else response.status_code


def test_hosted_mode_refuses_sqlite(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERWORD_SECRET_KEY", SECRET)
    with pytest.raises(HostedModeError, match="need PostgreSQL"):
        create_app(sqlite_url, hosted_settings())


def test_hosted_mode_refuses_to_start_without_a_secret_key(postgres_url: str) -> None:
    with pytest.raises(SecretKeyError, match="AFTERWORD_SECRET_KEY"):
        create_app(postgres_url, hosted_settings())


def test_the_hosted_flag_switches_hosted_mode_on(postgres_url: str) -> None:
    from afterword.config import Settings

    with pytest.raises(SecretKeyError):
        create_app(postgres_url, Settings(), hosted=True)


@pytest.mark.parametrize(
    ("path", "headers", "status", "location"),
    [
        ("/healthz", {}, 200, None),  # control: public
        ("/login", {}, 200, None),
        ("/static/afterword.css", {}, 200, None),
        ("/", {}, 303, "/login?next=/"),
        ("/interviews/3?created=1", {}, 303, "/login?next=/interviews/3%3Fcreated%3D1"),
        ("/outbox", {"hx-request": "true"}, 401, None),
        ("/whoami", {"accept": "application/json"}, 401, None),
    ],
)
def test_every_page_but_sign_in_needs_a_session(
    hosted_app: Any, path: str, headers: dict[str, str], status: int, location: str | None
) -> None:
    with client(hosted_app) as browser:
        response = browser.get(path, headers=headers)
    assert response.status_code == status
    assert response.headers.get("location") == location


def test_a_signed_out_post_is_refused_before_it_runs(hosted_app: Any) -> None:
    with client(hosted_app) as browser:
        response = browser.post("/interviews/1/drafts", headers={"hx-request": "true"})
    assert response.status_code == 401


def test_signing_in_sets_a_safe_cookie_and_signs_the_browser_in(hosted_app: Any) -> None:
    with client(hosted_app) as browser:
        response = browser.post("/login", {"email": " Ada@Example.com", "password": PASSWORD,
                                           "next": "/outbox"})  # fmt: skip
        assert (response.status_code, response.headers["location"]) == (303, "/outbox")
        cookie = response.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
        assert _who(browser) == "ada@example.com"
        token = browser.client.cookies[SESSION_COOKIE]
    with hosted_app.state.db.session() as session:
        stored = session.scalars(select(AuthSessionRow.token_hash)).all()
    assert stored == [token_hash(token)]  # only the hash is kept
    assert _audit(hosted_app)[-1] == "signin"


def test_the_session_cookie_is_secure_over_https(hosted_app: Any) -> None:
    with client(hosted_app, base_url="https://127.0.0.1:8000") as browser:
        response = browser.sign_in("ada@example.com")
    assert "Secure" in response.headers["set-cookie"]


@pytest.mark.parametrize(
    ("email", "password"),
    [("ada@example.com", "wrong password!"), ("nobody@example.com", PASSWORD)],
)
def test_a_wrong_password_and_an_unknown_account_get_the_same_answer(
    hosted_app: Any, email: str, password: str
) -> None:
    with client(hosted_app) as browser:
        response = browser.sign_in(email, password)
        assert response.status_code == 401
        assert "Wrong e-mail address or password." in response.text
        assert _who(browser) == 401
    assert _audit(hosted_app)[-1] == "signin.failed"


def test_sign_in_is_limited_per_account(hosted_app: Any) -> None:
    with client(hosted_app) as browser:
        for _ in range(5):
            assert browser.sign_in("ada@example.com", "not the password").status_code == 401
        response = browser.sign_in("ada@example.com")  # even the right password, for now
    assert response.status_code == 429
    assert "Too many failed sign-ins for this account" in response.text


def test_sign_in_is_limited_per_address(hosted_app: Any) -> None:
    with client(hosted_app) as browser:
        for number in range(20):
            browser.sign_in(f"guess{number}@example.com", "not the password")
        response = browser.sign_in("ada@example.com")
    assert response.status_code == 429
    assert "from this address" in response.text


def test_signing_out_ends_the_session(hosted_app: Any) -> None:
    with client(hosted_app) as browser:
        browser.sign_in("ada@example.com")
        token = browser.client.cookies[SESSION_COOKIE]
        response = browser.post("/logout")
        assert (response.status_code, response.headers["location"]) == (303, "/login")
        browser.client.cookies.set(SESSION_COOKIE, token)  # a copied cookie is worth nothing now
        assert _who(browser) == 401
    assert _audit(hosted_app)[-2:] == ["signin", "signout"]


def test_signing_in_again_rotates_the_session(hosted_app: Any) -> None:
    with client(hosted_app) as browser:
        browser.sign_in("ada@example.com")
        first = browser.client.cookies[SESSION_COOKIE]
        browser.sign_in("ada@example.com")
        second = browser.client.cookies[SESSION_COOKIE]
    with hosted_app.state.db.session() as session:
        stored = set(session.scalars(select(AuthSessionRow.token_hash)))
    assert first != second and stored == {token_hash(second)}


def test_a_disabled_account_is_signed_out_and_cannot_sign_in(hosted_app: Any) -> None:
    with client(hosted_app) as browser:
        browser.sign_in("ada@example.com")
        disable_user(hosted_app.state.db, "ada@example.com")
        assert _who(browser) == 401
        assert browser.sign_in("ada@example.com").status_code == 401


def test_an_old_hash_is_rehashed_with_todays_parameters(hosted_app: Any) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with hosted_app.state.db.session() as session:
        session.scalar(select(User).where(User.username == "ada@example.com")).password_hash = weak
    with client(hosted_app) as browser:
        assert browser.sign_in("ada@example.com").status_code == 303
    with hosted_app.state.db.session() as session:
        query = select(User.password_hash).where(User.username == "ada@example.com")
        stored = session.scalar(query)
    assert stored != weak and PasswordHasher().verify(stored, PASSWORD)


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "\\\\evil"])
def test_sign_in_goes_on_only_to_this_site(hosted_app: Any, target: str) -> None:
    with client(hosted_app) as browser:
        response = browser.post("/login", {"email": "ada@example.com", "password": PASSWORD,
                                           "next": target})  # fmt: skip
    assert response.headers["location"] == "/"


def test_two_server_processes_accept_each_others_forms(hosted_app: Any, postgres_url: str) -> None:
    other = create_app(postgres_url, hosted_settings())
    try:
        with client(hosted_app) as first:
            token = first.token()
            nonce = first.client.cookies["afterword_csrf"]
        with client(other) as second:
            second.client.cookies.set("afterword_csrf", nonce)
            second._token = token
            assert second.sign_in("ada@example.com").status_code == 303
    finally:
        other.state.db.dispose()


def test_a_local_server_has_no_sign_in(browser: Any) -> None:
    assert browser.get("/login").status_code == 404
    assert browser.get("/whoami").text == "local"


def test_a_send_from_the_page_is_audited(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from afterword.config import Settings, load_settings
    from afterword.interview.model import Candidate
    from afterword.mail.vault import save_user_settings
    from afterword.store.interviews import save_profile
    from afterword.store.messages import list_messages
    from afterword.web.drafting import save_and_draft
    from support.smtp import RecordingSMTPServer
    from web.conftest import example_interview

    monkeypatch.setenv("AFTERWORD_SECRET_KEY", SECRET)
    monkeypatch.setenv("AFTERWORD_SERVER_ALLOW_PRIVATE_MAIL_HOSTS", "true")  # loopback SMTP
    with RecordingSMTPServer() as smtp:
        app = create_app(postgres_url, load_settings(), hosted=True)
        try:
            ada = make_user(app.state.db, "ada@example.com")
            # Hosted, mail goes only through the user's own server (their settings page).
            own = {"smtp": {"host": "127.0.0.1", "port": smtp.port, "security": "none"}}
            save_user_settings(app.state.db, ada, Settings.model_validate(own))
            save_profile(
                app.state.db, Candidate(name="Ada A", email="ada@example.com"), user_id=ada
            )
            interview = save_and_draft(app.state.db, app.state.settings, example_interview(), ada)
            message = list_messages(app.state.db, interview)[0].id
            with client(app) as browser:
                browser.sign_in("ada@example.com")
                browser.post(f"/messages/{message}", {"action": "force"})
                response = browser.post(f"/messages/{message}/send")
            assert response.status_code == 303, response.text[:500]
            with app.state.db.session() as session:
                sent = session.scalars(select(AuditRow).where(AuditRow.action == "send")).all()
            assert [(row.user_id, row.detail["message"], row.detail["state"]) for row in sent] == [
                (ada, message, "sent")
            ]
        finally:
            app.state.db.dispose()


def test_an_invite_page_sets_the_password_once(hosted_app: Any) -> None:
    from afterword.accounts.users import add_user, create_invite

    db = hosted_app.state.db
    add_user(db, "new@example.com", "New Person")
    token = create_invite(db, "new@example.com")
    with client(hosted_app) as browser:
        page = browser.get(f"/invite/{token}")  # public: no session needed
        assert page.status_code == 200 and "New Person" in page.text
        differs = browser.post(f"/invite/{token}", {"password": PASSWORD, "again": "other"})
        assert differs.status_code == 422 and "the two passwords differ" in differs.text
        done = browser.post(f"/invite/{token}", {"password": PASSWORD, "again": PASSWORD})
        assert done.headers["location"].startswith("/login")
        assert browser.get(f"/invite/{token}").status_code == 404  # used up
        assert browser.sign_in("new@example.com").status_code == 303


@pytest.mark.parametrize(("trusted", "secure"), [(False, False), (True, True)])
def test_a_trusted_proxy_s_https_marks_the_cookie_secure(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch, trusted: bool, secure: bool
) -> None:
    monkeypatch.setenv("AFTERWORD_SECRET_KEY", SECRET)
    app = create_app(postgres_url, hosted_settings(), trust_forwarded_proto=trusted)
    try:
        make_user(app.state.db, "ada@example.com")
        with client(app) as browser:
            browser.token()  # the form, read before the proxy's headers (http here, in the test)
            browser.client.headers["x-forwarded-proto"] = "https"
            browser.client.headers["x-forwarded-for"] = "203.0.113.7"
            response = browser.sign_in("ada@example.com")
        assert ("Secure" in response.headers["set-cookie"]) is secure
        with app.state.db.session() as session:
            address = session.scalar(select(AuditRow.address).where(AuditRow.action == "signin"))
        assert (address == "203.0.113.7") is trusted  # the browser's, not the proxy's
    finally:
        app.state.db.dispose()


def test_the_sign_in_check_brings_the_users_own_settings(hosted_app: Any) -> None:
    """One query finds the session and the user's stored settings (never a password)."""
    from afterword.accounts.signin import session_user
    from afterword.config import Settings
    from afterword.mail.vault import save_user_settings, user_id_for

    db = hosted_app.state.db
    with client(hosted_app) as browser:
        browser.sign_in("ada@example.com")
        token = browser.client.cookies[SESSION_COOKIE]
        fresh = session_user(db, token)
        assert fresh is not None and fresh.settings == {}  # nothing stored yet: the server's
        mine = Settings.model_validate({"schedule": {"country": "GB"}})
        save_user_settings(db, user_id_for(db, "ada@example.com"), mine)
        account = session_user(db, token)
        assert account is not None and account.settings["schedule"]["country"] == "GB"
        assert "password" not in account.settings["smtp"]
