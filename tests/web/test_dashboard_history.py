"""The dashboard over a long history: the same due list and states as the full schedule."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from afterword.config import Settings
from web.conftest import example_interview

# Past the first batch the soonest-items search reads (64 interviews).
COUNT = 90


def _sent(db: Any, interview_id: int, person: int, kind: str, sequence: int, at: datetime) -> None:
    from afterword.store.db import utcnow
    from afterword.store.schema import MessageRow

    with db.session() as session:
        session.add(MessageRow(
            interview_id=interview_id, interviewer_id=person, kind=kind, sequence=sequence,
            status="sent", subject="Thank you", body="Thank you.", created_at=utcnow(),
            updated_at=utcnow(), sent_at=at, attempts=0,
        ))  # fmt: skip


def _history(db: Any) -> None:
    """Interviews every other day until now: the older half all sent, the rest partly."""
    from afterword.store.interviews import interviewer_ids, save_interview

    first = datetime.now(UTC) - timedelta(days=2 * COUNT)
    for n in range(COUNT):
        start = first + timedelta(days=2 * n)
        people = [{"name": f"Person {n}-{p}", "email": f"p{n}.{p}@example.com"} for p in (0, 1)]
        interview = example_interview(
            when=start.strftime("%Y-%m-%dT%H:%M"), timezone="UTC", interviewers=people,
            company=f"Company {n}",
        )  # fmt: skip
        interview_id = save_interview(db, interview)
        for p, person in enumerate(interviewer_ids(db, interview_id)):
            if n < COUNT // 2 or p == 0:
                _sent(db, interview_id, person, "thank-you", 1, start + timedelta(hours=5))
            if n < COUNT // 2:
                _sent(db, interview_id, person, "follow-up", 1, start + timedelta(days=7))
                _sent(db, interview_id, person, "follow-up", 2, start + timedelta(days=14))


def _expected_due(items: list[Any]) -> list[tuple[str, str]]:
    return [
        (
            f"/interviews/{i.interview_id}" + (f"#draft-{i.message_id}" if i.message_id else ""),
            f"{i.label.capitalize()} to {i.interviewer}",
        )
        for i in items
    ]


def test_a_long_history_shows_the_soonest_pending_items(browser, app) -> None:  # type: ignore[no-untyped-def]
    from afterword.schedule.due import due_items

    _history(app.state.db)
    html = browser.get("/").text
    shown = re.findall(r'<span class="what"><a href="([^"]+)">([^<]+)</a>', html)
    everything = due_items(app.state.db, Settings(), datetime.now(UTC))
    assert shown == _expected_due(everything[:12])
    # control: the sent half is left out, so the list starts past the first interviews
    assert all(int(href.split("/")[2].split("#")[0]) > COUNT // 2 for href, _ in shown)


def test_a_long_history_shows_each_recent_interviewers_state(browser, app) -> None:  # type: ignore[no-untyped-def]
    _history(app.state.db)
    page = browser.page("/")
    assert f"Person {COUNT - 1}-0 sent Person {COUNT - 1}-1 due" in page.text
    assert f"Person {COUNT - 12}-0 sent Person {COUNT - 12}-1 due" in page.text
    assert f"Person {COUNT - 13}-0" not in page.text.split("Recent interviews")[1]
