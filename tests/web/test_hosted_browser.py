"""Hosted mode end to end in real Chromium, on PostgreSQL: sign in, a coach's comment, and the
account's data rights (download everything, then delete the account)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from afterword.store.messages import list_messages
from afterword.store.schema import User
from afterword.web.app import create_app
from afterword.web.drafting import save_and_draft
from afterword.web.server import running
from web.conftest import example_interview
from web.hosted import PASSWORD, SECRET, hosted_settings, make_user
from web.test_browser import DESKTOP, _page

pytestmark = [pytest.mark.browser, pytest.mark.postgres]


@pytest.fixture
def hosted_site(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A real hosted server: Ada has a drafted interview, Cora is a coach."""
    monkeypatch.setenv("AFTERWORD_SECRET_KEY", SECRET)
    app = create_app(postgres_url, hosted_settings())
    db = app.state.db
    ada = make_user(db, "ada@example.com")
    make_user(db, "cora@example.com", role="coach")
    interview = save_and_draft(db, app.state.settings, example_interview(), ada)
    message = list_messages(db, interview)[0].id
    with running(app) as url:
        yield {"url": url, "db": db, "interview": interview, "message": message}
    db.dispose()


def _sign_in(chromium: Any, site: dict[str, Any], email: str) -> Any:
    page = _page(chromium, DESKTOP, accept_downloads=True)
    page.goto(f"{site['url']}/interviews/{site['interview']}")
    assert "/login?next=" in page.url  # signed out: the sign-in page, coming back after
    page.locator("#f-email").fill(email)
    page.locator("#f-password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login" not in url)
    return page


def test_coach_flow_and_data_rights(chromium: Any, hosted_site: dict[str, Any],
                                    tmp_path: Path) -> None:  # fmt: skip
    site = hosted_site
    ada = _sign_in(chromium, site, "ada@example.com")
    assert ada.url.endswith(f"/interviews/{site['interview']}")
    ada.locator("#f-coach").fill("cora@example.com")
    ada.get_by_role("button", name="Share", exact=True).click()
    assert "Shared with Cora" in ada.locator("main").inner_text()

    cora = _sign_in(chromium, site, "cora@example.com")
    cora.goto(site["url"] + "/")
    cora.get_by_role("link", name="Senior Data Engineer at Northwind Analytics").click()
    cora.locator(f"#comment-{site['message']}").fill("Name the Flink job you built.")
    cora.locator(f"#draft-{site['message']}").get_by_role("button", name="Comment").click()
    assert "Name the Flink job you built." in cora.locator("main").inner_text()
    assert cora.get_by_role("button", name="Approve").count() == 0
    token = cora.locator("meta[name=csrf-token]").get_attribute("content")
    refused = cora.request.post(f"{site['url']}/messages/{site['message']}",
                                form={"action": "approve", "csrf_token": token})  # fmt: skip
    assert refused.status == 404  # the coach cannot approve

    ada.reload()
    assert "Name the Flink job you built." in ada.locator("main").inner_text()

    ada.goto(site["url"] + "/account")
    with ada.expect_download() as download:
        ada.get_by_role("link", name="Download my data").click()
    saved = tmp_path / "export.zip"
    download.value.save_as(saved)
    names = zipfile.ZipFile(io.BytesIO(saved.read_bytes())).namelist()
    assert "account.json" in names and any(n.endswith(".eml") for n in names)

    ada.locator("#f-password").fill(PASSWORD)
    ada.locator("#f-confirm").fill("delete")
    ada.get_by_role("button", name="Delete my account").click()
    ada.wait_for_url("**/login")
    with site["db"].session() as session:
        assert session.scalar(select(User).where(User.username == "ada@example.com")) is None
