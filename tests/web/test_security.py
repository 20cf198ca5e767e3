"""The local server's defences: Host allowlist, CSRF tokens, CSP, escaping, secrets."""

from __future__ import annotations

import re

import pytest

from afterword.web.security import host_is_allowed, split_host
from web.conftest import example_interview
from web.pages import Page

HOSTS = ("127.0.0.1", "localhost", "[::1]")


@pytest.mark.parametrize(
    ("header", "allowed"),
    [
        ("127.0.0.1:8000", True),  # control: the address the server binds
        ("localhost:8000", True),
        ("[::1]:8000", True),
        ("LOCALHOST:8000", True),
        ("127.0.0.1", True),  # no port: browsers omit the default one
        ("evil.example:8000", False),  # DNS rebinding: a foreign name pointed at 127.0.0.1
        ("evil.example", False),
        ("127.0.0.1:9999", False),  # another port is another origin
        ("127.0.0.1.evil.example:8000", False),
        ("localhost.:8000", False),
        ("", False),
        (None, False),
    ],
)
def test_host_allowlist(header: str | None, allowed: bool) -> None:
    assert host_is_allowed(header, HOSTS, 8000) is allowed


def test_split_host_keeps_ipv6_brackets() -> None:
    assert split_host("[::1]:8000") == ("[::1]", "8000")
    assert split_host("localhost") == ("localhost", "")


def test_foreign_host_is_refused_before_any_page(browser) -> None:
    response = browser.get("/", headers={"host": "attacker.example:8000"})
    assert response.status_code == 400
    assert "Host header not allowed" in response.text
    assert "Dashboard" not in response.text


def test_loopback_host_is_served(browser) -> None:
    assert browser.get("/", headers={"host": "localhost:8000"}).status_code == 200


@pytest.mark.parametrize(
    ("send", "status"),
    [
        ("field", 303),  # control: the page's own form
        ("header", 303),  # htmx sends it as X-CSRF-Token
        ("none", 403),
        ("wrong", 403),
        ("other-browser", 403),  # a token valid for another browser's cookie
    ],
)
def test_state_changing_requests_need_the_csrf_token(browser, app, send, status) -> None:
    from afterword.web.security import sign_nonce

    token = browser.token()
    data = {"formality": "formal"}
    headers = {}
    if send == "field":
        data["csrf_token"] = token
    elif send == "header":
        headers["X-CSRF-Token"] = token
    elif send == "wrong":
        data["csrf_token"] = "0" * 64
    elif send == "other-browser":
        data["csrf_token"] = sign_nonce(app.state.secret, "someone-else")
    response = browser.client.post("/settings/preferences", data=data, headers=headers)
    assert response.status_code == status
    if status == 403:
        assert "CSRF" in Page(response.text).text


def test_csrf_cookie_is_strict_and_http_only(app) -> None:
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        cookie = client.get("/").headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


@pytest.mark.parametrize("url", ["/", "/interviews/new", "/review", "/settings", "/outbox"])
def test_pages_have_a_strict_csp_and_no_inline_script(browser, url) -> None:
    response = browser.get(url)
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["x-frame-options"] == "DENY"
    page = Page(response.text)
    assert all(attrs.get("src", "").startswith("/static/") for attrs in page.find("script"))
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", response.text)
    assert not re.search(r"\son[a-z]+\s*=", response.text)  # no inline event handlers
    assert "style=" not in response.text  # style-src 'self' would block inline styles


def test_notes_with_script_render_as_text(browser, app) -> None:
    from afterword.store.interviews import save_interview

    evil = "<script>alert('x')</script>"
    save_interview(app.state.db, example_interview(company=f"Evil {evil} Corp"))
    response = browser.get("/")
    assert "<script>alert" not in response.text
    assert "&lt;script&gt;alert" in response.text
    assert f"Evil {evil} Corp" in Page(response.text).text


def test_passwords_are_never_rendered_back(app, browser) -> None:
    app.state.settings = app.state.settings.model_copy(
        update={"smtp": app.state.settings.smtp.model_copy(update={"password": "hunter2-secret"})}
    )
    page = browser.page("/settings")
    assert "hunter2-secret" not in page.html
    assert page.field("smtp-password")["value"] == ""
    assert "A password is stored" in page.text


def test_a_typed_password_is_not_echoed_nor_written_to_the_config(browser, config_file) -> None:
    response = browser.post(
        "/settings/mail",
        {"smtp-host": "smtp.example.com", "smtp-port": "587", "smtp-security": "starttls",
         "smtp-user": "jordan", "smtp-password": "s3cret-typed", "imap-security": "tls"},
    )  # fmt: skip
    assert response.status_code == 303
    assert "s3cret-typed" not in browser.get("/settings").text
    text = config_file.read_text()
    assert "smtp.example.com" in text and "s3cret-typed" not in text


# -- binding beyond loopback (issue 12, item 7) ---------------------------------------------


@pytest.mark.parametrize(
    ("peer", "host", "status"),
    [
        ("127.0.0.1", "127.0.0.1:8000", 200),
        ("127.0.0.1", "localhost:8000", 200),
        ("192.168.1.20", "localhost:8000", 400),  # a LAN peer naming this server "localhost"
        ("192.168.1.20", "127.0.0.1:8000", 400),
        ("10.0.0.7", "afterword.lan:8000", 200),  # a name the user allowed (--allowed-host)
    ],
)
def test_loopback_names_are_answered_only_to_loopback_peers(
    sqlite_url, tmp_path, peer, host, status
):
    from fastapi.testclient import TestClient

    from afterword.config import Settings
    from afterword.web.app import create_app
    from afterword.web.security import allowed_hosts_for

    hosts = allowed_hosts_for("0.0.0.0", ["afterword.lan"])
    web_app = create_app(sqlite_url, Settings(), allowed_hosts=hosts, secret_path=tmp_path / "s")
    try:
        with TestClient(web_app, base_url="http://127.0.0.1:8000", client=(peer, 40000)) as client:
            assert client.get("/", headers={"Host": host}).status_code == status
    finally:
        web_app.state.db.dispose()


@pytest.mark.parametrize(
    ("base_url", "trust", "forwarded", "secure"),
    [
        ("http://127.0.0.1:8000", False, None, False),
        ("http://127.0.0.1:8000", False, "https", False),  # anyone can send the header
        ("http://127.0.0.1:8000", True, "https", True),  # a TLS proxy we were told to trust
        ("http://127.0.0.1:8000", True, "http", False),
        ("https://127.0.0.1:8000", False, None, True),
    ],
)
def test_the_cookie_is_secure_over_tls(sqlite_url, tmp_path, base_url, trust, forwarded, secure):
    from fastapi.testclient import TestClient

    from afterword.config import Settings
    from afterword.web.app import create_app

    web_app = create_app(
        sqlite_url, Settings(), secret_path=tmp_path / "s", trust_forwarded_proto=trust
    )
    headers = {"X-Forwarded-Proto": forwarded} if forwarded else {}
    try:
        with TestClient(web_app, base_url=base_url) as client:
            cookie = client.get("/", headers=headers).headers["set-cookie"]
    finally:
        web_app.state.db.dispose()
    assert ("; Secure" in cookie) is secure


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["--host", "0.0.0.0"], 2, "refusing to serve on 0.0.0.0"),
        (["--host", "192.168.1.20"], 2, "--allow-remote"),
        (["--port", "99999"], 2, "65535"),
    ],
)
def test_serve_refuses_remote_binds_unless_asked(args, code, says, tmp_path) -> None:
    from typer.testing import CliRunner

    from afterword.cli.app import build_app

    result = CliRunner().invoke(build_app(), ["serve", *args, "--db", str(tmp_path / "x.db")])
    assert result.exit_code == code and says in result.stderr
