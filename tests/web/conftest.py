"""Fixtures for the web page: the app on a real SQLite file, and a client that posts forms."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from afterword.config import Settings
from web.pages import Page

BASE_URL = "http://127.0.0.1:8000"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    """Where the settings page writes the TOML config."""
    return tmp_path / "config" / "afterword.toml"


@pytest.fixture
def app(sqlite_url: str, config_file: Path, tmp_path: Path) -> Iterator[Any]:
    """The web app over a fresh SQLite file, with default settings."""
    from afterword.web.app import create_app

    web_app = create_app(
        sqlite_url, Settings(), config_path=config_file, secret_path=tmp_path / "secret"
    )
    yield web_app
    web_app.state.db.dispose()


class Browser:
    """A test client that reads pages and sends the page's CSRF token with each form."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self._token: str | None = None

    def get(self, url: str, **kwargs: Any) -> Any:
        """GET a URL."""
        return self.client.get(url, **kwargs)

    def page(self, url: str) -> Page:
        """GET a page that must answer 200 and parse it."""
        response = self.client.get(url)
        assert response.status_code == 200, response.text
        return Page(response.text)

    def token(self) -> str:
        """This browser's CSRF token, read from a page."""
        if self._token is None:
            self._token = self.page("/review").csrf_token()
        return self._token

    def post(self, url: str, data: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        """POST a form with the CSRF token, as the page's own form would."""
        form = {"csrf_token": self.token(), **(data or {})}
        return self.client.post(url, data=form, **kwargs)


@pytest.fixture
def browser(app: Any) -> Iterator[Browser]:
    """A client on the app through ASGI, at the loopback address the server would bind."""
    from fastapi.testclient import TestClient

    with TestClient(app, base_url=BASE_URL, follow_redirects=False) as client:
        yield Browser(client)


def example_interview(**changes: Any) -> Any:
    """The example panel (examples/northwind-panel.yaml), with changes."""
    from afterword.interview.model import Interview

    record = {
        "candidate": {"name": "Jordan Lee", "email": "jordan.lee@example.com"},
        "company": "Northwind Analytics",
        "role": "Senior Data Engineer",
        "when": "2026-11-24T14:00",
        "timezone": "America/Chicago",
        "format": "video",
        "fit": ["five years building streaming pipelines on Kafka and Flink"],
        "interviewers": [
            {
                "name": "Dr. Priya Raman",
                "title": "Director of Data Platform",
                "email": "priya.raman@northwind.example",
                "discussed": ["her plan to move the batch ETL jobs to streaming"],
            },
            {
                "name": "Sam Okafor",
                "title": "Staff Engineer",
                "email": "sam.okafor@northwind.example",
                "discussed": ["on-call load", "how they test schema changes"],
            },
        ],
    }
    record.update(changes)
    return Interview.model_validate(record)


# One Chromium per test process, shared by every module that drives it (a second
# Playwright in the same process would refuse to start).
@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One Chromium for the whole session."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser tests: .ci/run installs Debian's chromium")
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
