"""End to end in real Chromium against a real uvicorn server, a SQLite file and a loopback SMTP.

One browser per session; each flow gets a fresh server and database.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def smtp() -> Iterator[Any]:
    """A real SMTP server on loopback that records what it receives."""
    from support.smtp import RecordingSMTPServer

    with RecordingSMTPServer() as server:
        yield server


@pytest.fixture
def site(sqlite_url: str, smtp: Any, tmp_path: Path, monkeypatch) -> Iterator[str]:
    """The real server with a profile, sending through the loopback SMTP server."""
    from afterword.interview.model import Candidate
    from afterword.store.interviews import save_profile
    from afterword.web.app import create_app
    from afterword.web.server import running

    for name, value in {"HOST": "127.0.0.1", "PORT": str(smtp.port), "SECURITY": "none"}.items():
        monkeypatch.setenv(f"AFTERWORD_SMTP_{name}", value)
    app = create_app(sqlite_url, secret_path=tmp_path / "secret")
    save_profile(app.state.db, Candidate(name="Jordan Lee", email="jordan.lee@example.com"))
    with running(app) as url:
        yield url
    app.state.db.dispose()


def _page(chromium: Any, viewport: dict[str, int], javascript: bool = True, **kw: Any) -> Any:
    context = chromium.new_context(viewport=viewport, java_script_enabled=javascript, **kw)
    page = context.new_page()
    page.set_default_timeout(30_000)  # the shared test machine can be slow
    return page


def _fill_interview(page: Any, site: str) -> None:
    started = datetime.now(UTC) - timedelta(hours=3)
    page.goto(f"{site}/interviews/new")
    page.locator("#f-company").fill("Northwind Analytics")
    page.locator("#f-role").fill("Senior Data Engineer")
    page.locator("#f-date").fill(started.strftime("%Y-%m-%d"))
    page.locator("#f-time").fill(started.strftime("%H:%M"))
    page.get_by_label("Time zone").fill("UTC")
    page.locator("#f-fit").fill("five years building streaming pipelines on Kafka and Flink")
    people = [
        ("Dr. Priya Raman", "priya.raman@northwind.example",
         "her plan to move the batch ETL jobs to streaming"),
        ("Sam Okafor", "sam.okafor@northwind.example",
         "on-call load\nhow they test schema changes"),
    ]  # fmt: skip
    for i, (name, email, discussed) in enumerate(people):
        page.locator(f"#f-interviewers-{i}-name").fill(name)
        page.locator(f"#f-interviewers-{i}-email").fill(email)
        page.locator(f"#f-interviewers-{i}-discussed").fill(discussed)
    page.get_by_role("button", name="Save and draft notes").click()
    page.wait_for_url(re.compile(r"/interviews/\d+"))


def _no_sideways_scroll(page: Any) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"page is {width}px wide"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone-375"])
def test_create_review_fix_approve_and_send(chromium, site, smtp, viewport) -> None:
    page = _page(chromium, viewport)
    _fill_interview(page, site)
    cards = page.locator("section.card")
    assert cards.count() == 2
    assert cards.nth(0).locator("article.draft").count() == 1
    assert cards.nth(1).locator("article.draft").count() == 1
    assert "Dear Dr. Raman" in cards.nth(0).inner_text() or "Priya" in cards.nth(0).inner_text()
    _no_sideways_scroll(page)

    draft = cards.nth(0).locator("article.draft")
    draft.get_by_text("Edit the text").click()
    textarea = draft.locator("textarea[name=body]")
    original = textarea.input_value()
    textarea.fill(
        original.replace("Thank you", "thx", 1) if "Thank you" in original else original + "\nthx"
    )
    slang = draft.locator("mark.finding", has_text="thx")
    slang.wait_for()  # the live re-review marks it where it is
    textarea.fill(original)
    slang.wait_for(state="detached")  # and the mark goes once it is fixed

    draft.get_by_role("button", name="Approve and send now").click()
    page.wait_for_load_state()
    received = smtp.wait_for(1)
    assert received[0].message["To"].addresses[0].addr_spec == "priya.raman@northwind.example"
    assert "thx" not in received[0].message.get_content()
    page.goto(page.url.split("#")[0])
    assert cards.nth(0).locator(".status-sent").count() >= 1
    page.context.close()


def test_without_javascript_an_interview_can_be_created_and_approved(chromium, site) -> None:
    page = _page(chromium, DESKTOP, javascript=False)
    _fill_interview(page, site)
    assert page.locator("section.card").count() == 2
    page.locator("section.card").nth(1).get_by_role("button", name="Approve", exact=True).click()
    page.wait_for_load_state()
    status = page.locator("section.card").nth(1).locator(".status").first.inner_text()
    assert status.lower() in ("approved", "scheduled")
    page.context.close()


def test_keyboard_reaches_the_skip_link_and_the_form(chromium, site) -> None:
    page = _page(chromium, DESKTOP)
    page.goto(f"{site}/interviews/new")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.id || document.activeElement.name")
    assert focused == "f-ics"  # the first control of the page's content
    page.context.close()


def test_no_serious_accessibility_violations(chromium, site) -> None:
    page = _page(chromium, DESKTOP, bypass_csp=True)  # axe is injected as a script
    _fill_interview(page, site)
    interview_url = page.url
    problems = []
    for url in [f"{site}/", f"{site}/interviews/new", interview_url, f"{site}/outbox",
                f"{site}/review", f"{site}/settings"]:  # fmt: skip
        page.goto(url)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document)")
        problems += [
            f"{url}: {v['id']} ({v['impact']}): {v['help']} at {v['nodes'][0]['target']}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
    assert problems == []
    page.context.close()


def test_the_notes_preview_updates_while_typing_and_says_what_is_left_out(chromium, site) -> None:
    page = _page(chromium, DESKTOP)
    page.goto(f"{site}/interviews/new")
    page.locator("#f-interviewers-0-name").fill("Priya Raman")
    page.locator("#f-interviewers-0-discussed").fill(
        "how do you measure success?\nseemed bored, kept looking at her phone"
    )
    preview = page.locator("#notes-reading")
    preview.get_by_text("how to measure success").wait_for()
    assert "never quoted" in preview.inner_text() and "Priya Raman" in preview.inner_text()
    page.context.close()
