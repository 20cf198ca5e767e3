"""Hosted mode in tests: an app on PostgreSQL with a secret key, accounts, and signed-in clients."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from afterword.accounts.users import add_user
from afterword.config import Settings
from afterword.store.db import Database
from web.conftest import BASE_URL, Browser
from web.pages import Page

SECRET = "a-test-secret-that-is-long-enough-for-hosted-mode-0123456789"
PASSWORD = "correct horse battery"


def hosted_settings() -> Settings:
    """Settings with hosted mode switched on; users' mail servers may be on loopback (the
    tests' own SMTP and IMAP servers)."""
    settings = Settings()
    server = {"mode": "hosted", "allow_private_mail_hosts": True}
    return settings.model_copy(update={"server": settings.server.model_copy(update=server)})


def make_user(db: Database, email: str, role: str = "candidate") -> int:
    """Create an account with the shared test password; return its id."""
    name = email.split("@")[0].title()
    return add_user(db, email, name, role=role, password=PASSWORD).id


@contextmanager
def client(app: Any, base_url: str = BASE_URL) -> Iterator[HostedBrowser]:
    """A signed-out browser on the hosted app."""
    from fastapi.testclient import TestClient

    headers = {"accept": "text/html"}
    with TestClient(app, base_url=base_url, follow_redirects=False, headers=headers) as test_client:
        yield HostedBrowser(test_client)


class HostedBrowser(Browser):
    """A browser that reads its CSRF token from the sign-in page until it is signed in."""

    def token(self) -> str:
        """This browser's CSRF token, read from a page it may see."""
        if self._token is None:
            response = self.client.get("/login")
            if response.status_code != 200:
                response = self.client.get("/review")
            self._token = Page(response.text).csrf_token()
        return self._token

    def sign_in(self, email: str, password: str = PASSWORD) -> Any:
        """Post the sign-in form."""
        return self.post("/login", {"email": email, "password": password})
