"""Coaches: a candidate shares an interview; the coach reads it, comments, and can do no more."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from afterword.accounts.errors import AccountError
from afterword.accounts.sharing import add_comment, share
from afterword.interview.model import Candidate
from afterword.store.interviews import save_profile
from afterword.store.messages import get_message, list_messages
from afterword.web.app import create_app
from afterword.web.drafting import save_and_draft
from web.conftest import example_interview
from web.hosted import SECRET, client, hosted_settings, make_user
from web.isolation import rows_of
from web.pages import Page

pytestmark = pytest.mark.postgres


@pytest.fixture
def shared(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A candidate with a drafted interview, a coach, and another coach it is not shared with."""
    monkeypatch.setenv("AFTERWORD_SECRET_KEY", SECRET)
    app = create_app(postgres_url, hosted_settings())
    db = app.state.db
    ada = make_user(db, "ada@example.com")
    coach = make_user(db, "cora@example.com", role="coach")
    make_user(db, "other@example.com", role="coach")
    save_profile(db, Candidate(name="Ada Alpha", email="ada@example.com"), user_id=ada)
    interview_id = save_and_draft(db, app.state.settings, example_interview(candidate=None), ada)
    message = list_messages(db, interview_id)[0].id
    yield {"app": app, "ada": ada, "coach": coach, "id": interview_id, "message": message}
    db.dispose()


def _share_on_the_page(world: dict[str, Any]) -> Any:
    with client(world["app"]) as browser:
        browser.sign_in("ada@example.com")
        return browser.post(
            f"/interviews/{world['id']}/shares", {"coach_email": "Cora@example.com"}
        )


def test_the_candidate_shares_and_the_coach_sees_it(shared: dict[str, Any]) -> None:
    response = _share_on_the_page(shared)
    assert response.status_code == 200 and "Shared with Cora" in response.text
    with client(shared["app"]) as coach:
        coach.sign_in("cora@example.com")
        dashboard = Page(coach.get("/").text).text
        page = coach.get(f"/shared/{shared['id']}")
    assert "Shared with you" in dashboard and "Northwind Analytics" in dashboard
    assert page.status_code == 200 and "Thank-you note" in page.text
    assert "/fix" not in page.text and "Edit the text" not in page.text  # read-only


def test_a_coach_comment_appears_on_the_candidate_s_page(shared: dict[str, Any]) -> None:
    _share_on_the_page(shared)
    with client(shared["app"]) as coach:
        coach.sign_in("cora@example.com")
        form = {"message_id": shared["message"], "body": "Name the Flink job."}
        response = coach.post(f"/shared/{shared['id']}/comments", form)
        assert response.status_code == 303
    with client(shared["app"]) as ada:
        ada.sign_in("ada@example.com")
        page = ada.get(f"/interviews/{shared['id']}").text
    assert "Name the Flink job." in page and "Cora" in page


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/interviews/{id}"),
        ("POST", "/messages/{message}"),  # edit, approve (action), send
        ("POST", "/messages/{message}/edit"),
        ("POST", "/messages/{message}/send"),
        ("POST", "/messages/{message}/regenerate"),
        ("POST", "/messages/{message}/fix"),
        ("POST", "/interviews/{id}/drafts"),
        ("POST", "/interviews/{id}/shares"),
        ("GET", "/messages/{message}.eml"),
    ],
)
def test_the_coach_can_do_nothing_else(shared: dict[str, Any], method: str, path: str) -> None:
    _share_on_the_page(shared)
    db = shared["app"].state.db
    before = rows_of(db, shared["ada"], "ada@example.com")
    form = {"action": "approve", "body": "Coach text", "subject": "Coach", "start": "0",
            "end": "0", "replacement": "x", "coach_email": "other@example.com"}  # fmt: skip
    with client(shared["app"]) as coach:
        coach.sign_in("cora@example.com")
        url = path.format(**shared)
        response = coach.get(url) if method == "GET" else coach.post(url, form)
    assert response.status_code == 404
    assert rows_of(db, shared["ada"], "ada@example.com") == before
    assert get_message(db, shared["message"]).status == "draft"


def test_an_unshared_coach_sees_nothing(shared: dict[str, Any]) -> None:
    _share_on_the_page(shared)
    with client(shared["app"]) as other:
        other.sign_in("other@example.com")
        assert other.get(f"/shared/{shared['id']}").status_code == 404
        assert "Northwind" not in other.get("/").text


def test_stopping_sharing_takes_the_coach_s_access_away(shared: dict[str, Any]) -> None:
    _share_on_the_page(shared)
    with client(shared["app"]) as ada:
        ada.sign_in("ada@example.com")
        response = ada.post(f"/interviews/{shared['id']}/shares/{shared['coach']}/delete")
        assert response.status_code == 303
    with client(shared["app"]) as coach:
        coach.sign_in("cora@example.com")
        assert coach.get(f"/shared/{shared['id']}").status_code == 404


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("nobody@example.com", "no account for 'nobody@example.com'"),
        ("ada@example.com", "is not a coach"),
    ],
)
def test_sharing_errors_are_said_beside_the_field(
    shared: dict[str, Any], email: str, message: str
) -> None:
    with client(shared["app"]) as ada:
        ada.sign_in("ada@example.com")
        response = ada.post(f"/interviews/{shared['id']}/shares", {"coach_email": email})
    assert response.status_code == 422 and message in Page(response.text).text


def test_a_coach_comments_only_on_what_is_shared(shared: dict[str, Any]) -> None:
    db = shared["app"].state.db
    with pytest.raises(AccountError):
        add_comment(db, shared["coach"], shared["id"], shared["message"], " ")
    share(db, shared["ada"], shared["id"], "cora@example.com")
    assert add_comment(db, shared["coach"], shared["id"], shared["message"], "Good.") > 0
