"""Isolation: every route of the hosted app, taken from its router, keeps user B out of A's data.

A route must be listed below, as public or with what B gets for A's ids; a new route that is
not listed fails ``test_every_route_is_listed``. B then asks for every route with A's ids:
what B sees never holds A's data, and whatever B posts, A's rows stay as they were.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.routing import APIRoute
from starlette.routing import Mount

from afterword.interview.model import Candidate
from afterword.mail.outbox import approve
from afterword.store.interviews import interviewer_ids, save_profile
from afterword.store.messages import list_messages
from afterword.web.app import create_app
from afterword.web.drafting import save_and_draft
from web.conftest import example_interview
from web.hosted import SECRET, client, hosted_settings, make_user
from web.isolation import rows_of

pytestmark = pytest.mark.postgres

# Pages anyone may open, and the account's own pages (they act on the signed-in user only).
PUBLIC = {("GET", "/healthz"), ("GET", "/login"), ("POST", "/login"),
          ("GET", "/invite/{token}"), ("POST", "/invite/{token}")}  # fmt: skip
OWN = {("POST", "/logout"), ("GET", "/whoami")}
# What B gets when a route names A's interview or message: 404, as for an id that is not there.
WITH_IDS = {
    ("GET", "/interviews/{interview_id}"): 404,
    ("POST", "/interviews/{interview_id}/drafts"): 404,
    ("POST", "/interviews/{interview_id}/follow-ups"): 404,
    ("POST", "/messages/{message_id}/edit"): 404,
    ("POST", "/messages/{message_id}"): 404,
    ("POST", "/messages/{message_id}/send"): 404,
    ("POST", "/messages/{message_id}/fix"): 404,
    ("POST", "/messages/{message_id}/regenerate"): 404,
    ("GET", "/messages/{message_id:int}"): 404,
    ("GET", "/messages/{message_id}.eml"): 404,
    ("POST", "/outbox/{message_id}/retry"): 404,
    ("POST", "/outbox/{message_id}/cancel"): 404,
    ("POST", "/outbox/{message_id}/confirm"): 404,
    ("POST", "/interviews/{interview_id}/shares"): 404,
    ("POST", "/interviews/{interview_id}/shares/{coach_id}/delete"): 404,
    ("GET", "/shared/{interview_id}"): 404,
    ("POST", "/shared/{interview_id}/comments"): 404,
}
# B's own pages: they answer (200, or the form's own refusal) and never show A's data.
WITHOUT_IDS = {
    ("GET", "/"), ("GET", "/interviews/new"), ("POST", "/interviews/new"),
    ("POST", "/interviews/new/notes"), ("POST", "/interviews/new/ics"), ("GET", "/outbox"),
    ("GET", "/review"), ("POST", "/review"), ("GET", "/settings"),
    ("POST", "/settings/profile"), ("POST", "/settings/mail"), ("POST", "/settings/preferences"),
    ("GET", "/account"), ("GET", "/account/export"), ("POST", "/account/delete"),
}  # fmt: skip
# What of A's must never reach B's screen.
SECRETS_OF_A = ("Northwind", "priya.raman@", "Ada Alpha", "ada@example.com")
# Every field any form takes, filled so that a missing check would change A's data.
FORM = {"body": "B was here", "subject": "B was here", "action": "send", "start": "0",
        "end": "0", "original": "", "replacement": "B", "delivered": "yes",
        "company": "B Corp", "role": "B", "name": "B", "email": "b@example.com",
        "coach_email": "bo@example.com"}  # fmt: skip


def _walk(routes: list[Any]) -> Iterator[Any]:
    """Every route, inside included routers too (FastAPI keeps them apart since 0.16x)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        yield from _walk(inner.routes) if inner is not None else [route]


def _app_routes(app: Any) -> set[tuple[str, str]]:
    found = set()
    for route in _walk(app.routes):
        if isinstance(route, APIRoute):
            found |= {(method, route.path) for method in route.methods - {"HEAD"}}
        else:
            assert isinstance(route, Mount) and route.path == "/static", route
    return found


@pytest.fixture
def world(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A hosted app where A has a profile, an interview, drafts and an approved message."""
    monkeypatch.setenv("AFTERWORD_SECRET_KEY", SECRET)
    app = create_app(postgres_url, hosted_settings())
    db = app.state.db
    a = make_user(db, "ada@example.com")
    b = make_user(db, "bo@example.com", role="coach")  # a coach, but not A's
    save_profile(db, Candidate(name="Ada Alpha", email="ada@example.com"), user_id=a)
    interview_id = save_and_draft(db, app.state.settings, example_interview(candidate=None), a)
    messages = list_messages(db, interview_id)
    approve(db, messages[0].id, force=True, settings=app.state.settings, user_id=a)
    ids = {"interview_id": interview_id, "message_id": messages[1].id, "token": "x" * 43,
           "coach_id": b}  # fmt: skip
    people = interviewer_ids(db, interview_id)
    yield {"app": app, "a": a, "ids": ids, "approved": messages[0].id, "interviewer": people[0]}
    db.dispose()


def _shown(response: Any) -> str:
    """What a response shows: its text, or every file of a zip (the data export)."""
    if response.headers.get("content-type") != "application/zip":
        return str(response.text)
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def _url(path: str, ids: dict[str, Any]) -> str:
    return re.sub(r"\{(\w+)(:\w+)?\}", lambda m: str(ids[m.group(1)]), path)


def test_every_route_is_listed(world: dict[str, Any]) -> None:
    listed = PUBLIC | OWN | set(WITH_IDS) | WITHOUT_IDS
    assert _app_routes(world["app"]) == listed


def test_b_gets_404_for_everything_of_a(world: dict[str, Any]) -> None:
    app, db = world["app"], world["app"].state.db
    before = rows_of(db, world["a"], "ada@example.com")
    form = {**FORM, "interviewer_id": str(world["interviewer"])}
    with client(app) as browser:
        assert browser.sign_in("bo@example.com").status_code == 303
        for (method, path), status in sorted(WITH_IDS.items()):
            for message in (world["ids"]["message_id"], world["approved"]):
                url = _url(path, {**world["ids"], "message_id": message})
                response = browser.get(url) if method == "GET" else browser.post(url, form)
                assert response.status_code == status, (method, url, response.text[:300])
                assert not any(secret in response.text for secret in SECRETS_OF_A), url
    assert rows_of(db, world["a"], "ada@example.com") == before


def test_b_s_own_pages_show_nothing_of_a_and_change_nothing_of_a(world: dict[str, Any]) -> None:
    app, db = world["app"], world["app"].state.db
    before = rows_of(db, world["a"], "ada@example.com")
    with client(app) as browser:
        browser.sign_in("bo@example.com")
        for method, path in sorted(WITHOUT_IDS):
            if method == "GET":
                response = browser.get(path)
                assert response.status_code == 200, (path, response.text[:300])
            else:
                response = browser.post(path, FORM)
                assert response.status_code < 500, (path, response.text[:300])
            assert not any(secret in _shown(response) for secret in SECRETS_OF_A), (method, path)
    assert rows_of(db, world["a"], "ada@example.com") == before


def test_a_sees_their_own_data(world: dict[str, Any]) -> None:
    with client(world["app"]) as browser:
        browser.sign_in("ada@example.com")
        page = browser.get(_url("/interviews/{interview_id}", world["ids"]))
        eml = browser.get(_url("/messages/{message_id}.eml", world["ids"]))
        outbox = browser.get("/outbox")
    assert page.status_code == 200 and "Northwind" in page.text  # control: the ids are right
    assert eml.status_code == 200 and b"Ada Alpha" in eml.content
    assert "priya.raman@" in outbox.text


def test_b_s_settings_change_nothing_a_reads(world: dict[str, Any]) -> None:
    app = world["app"]
    before = app.state.settings.model_dump()
    with client(app) as browser:
        browser.sign_in("bo@example.com")
        browser.post("/settings/mail", {"smtp-host": "smtp.b.example", "smtp-port": "587"})
        browser.post("/settings/preferences", {"formality": "formal", "known_words": "Bword"})
    assert app.state.settings.model_dump() == before
