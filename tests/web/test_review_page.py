"""Review anything: paste an email, see the findings marked where they are."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from web.pages import Page

SLANGY = "Hey Sam,\n\nthx for the chat, it was gr8. I am gonna send u my portfolio.\n\nJordan"


def test_the_empty_page_asks_for_an_email(browser) -> None:
    page = browser.page("/review")
    assert "Review an email" in page.text
    assert "The review appears here." in page.text


def test_pasted_email_gets_findings_marked_in_the_text(browser) -> None:
    response = browser.post("/review", {"body": SLANGY, "subject": "Hi"})
    assert response.status_code == 200
    page = Page(response.text)
    assert "AW402" in page.text  # slang
    assert "AW401" in page.text  # informal greeting
    marks = page.find("mark")
    assert marks and all("finding" in m["class"] for m in marks)
    assert page.text_of("preview-pasted").startswith("Hey Sam")
    assert page.field("body")["name"] == "body"
    assert "thx for the chat" in page.text  # the pasted text stays in the box


def test_htmx_gets_only_the_results(browser) -> None:
    response = browser.post("/review", {"body": SLANGY}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.text
    assert 'id="review-result"' in response.text


def test_a_clean_note_says_so(browser) -> None:
    response = browser.post("/review", {"body": ""})
    assert "The review appears here." in Page(response.text).text


def test_too_long_a_paste_is_refused_with_the_limit(browser) -> None:
    response = browser.post("/review", {"body": "word " * 20_000})
    assert response.status_code == 422
    assert "paste at most 50,000" in Page(response.text).text


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.text(max_size=300), subject=st.text(max_size=60))
def test_any_pasted_text_gets_a_page_and_is_shown_as_text(browser, body, subject) -> None:
    response = browser.post("/review", {"body": body, "subject": subject})
    assert response.status_code == 200
    # What was pasted is escaped wherever it shows. (A body as short as "<" or "<a" appears in
    # any page's own markup, so only a longer one that could open a tag is looked for.)
    if re.search(r"<[A-Za-z!/?]", body) and len(body.strip()) >= 8:
        assert body not in response.text
