"""Racing clicks: every state change is one conditional write, so a race has one winner.

Each trial starts two real actions on one message at the same instant (threads on one real
database, a real SMTP server) and checks that what each action *reported* is what happened.
``make fuzz`` runs many more trials (AFTERWORD_FUZZ=1).
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from afterword.mail import outbox
from afterword.mail.kernel import NotEditable, OutboxError, edit
from afterword.store.messages import get_message, save_draft
from support.outbox_data import DURING_INTERVIEW

pytestmark = pytest.mark.fuzz
FUZZ = bool(os.environ.get("AFTERWORD_FUZZ"))
SEND_TRIALS = 300 if FUZZ else 60
APPROVE_TRIALS = 200 if FUZZ else 12
BUDGET_SECONDS = 600 if FUZZ else 10  # a loaded machine runs fewer trials, never a slow suite


def race(*actions: Callable[[], Any], spread: float = 0.004) -> list[Any]:
    """Run the actions at once, each after a random delay up to ``spread`` seconds."""
    barrier = threading.Barrier(len(actions))
    results: list[Any] = [None] * len(actions)

    def run(position: int, action: Callable[[], Any]) -> None:
        barrier.wait()
        time.sleep(random.random() * spread)
        try:
            results[position] = action()
        except Exception as exc:
            results[position] = exc

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def trials(count: int) -> range:
    """Up to ``count`` trials; each test also stops at BUDGET_SECONDS (a loaded machine)."""
    return range(count)


def within_budget(started: float) -> bool:
    """Whether the test may start another trial."""
    return time.monotonic() - started < BUDGET_SECONDS


def test_cancel_racing_a_send_never_reports_cancelled_when_sent(
    database, queue, settings, smtp_server, state_of
) -> None:
    wrong, started, done = [], time.monotonic(), 0
    for _ in trials(SEND_TRIALS):
        if not within_budget(started):
            break
        (ident,) = queue(1)
        before = len(smtp_server.messages)
        report, cancelled = race(
            lambda ident=ident: outbox.send_now(database, settings, [ident]),
            lambda ident=ident: outbox.cancel(database, ident),
        )
        delivered = len(smtp_server.messages) - before
        state = state_of()[ident]
        said_cancelled = isinstance(cancelled, str)
        said_sent = [o.state for o in report.outcomes] == ["sent"]
        told = (said_cancelled, said_sent, delivered, state)
        if told not in {(True, False, 0, "cancelled"), (False, True, 1, "sent")}:
            wrong.append((ident, cancelled, report.outcomes, delivered, state))
        done += 1
    assert wrong == [] and done >= 10, (done, wrong[:3])


def test_approving_again_after_a_raced_cancel_never_sends_twice(
    database, queue, settings, smtp_server
) -> None:
    started, again = time.monotonic(), 0
    for _ in trials(SEND_TRIALS):
        if not within_budget(started) or again >= 8:
            break
        (ident,) = queue(1)
        race(
            lambda ident=ident: outbox.send_now(database, settings, [ident]),
            lambda ident=ident: outbox.cancel(database, ident),
        )
        if get_message(database, ident).status == "cancelled":
            outbox.approve(database, ident, force=True, settings=settings, now=DURING_INTERVIEW)
            outbox.send_now(database, settings, [ident])
            again += 1
    header_ids = [m.message["Message-ID"] for m in smtp_server.messages]
    assert len(header_ids) == len(set(header_ids)) and again >= 1


@pytest.fixture
def fresh_draft(database, interview_id):  # type: ignore[no-untyped-def]
    """``fresh_draft() -> id``: a new clean thank-you draft to the first interviewer."""
    from afterword.compose import compose
    from afterword.store.interviews import get_interview

    interview = get_interview(database, interview_id)
    draft = compose(interview, interview.interviewers[0])
    return lambda: save_draft(database, interview_id, draft)


def approve(database, settings, ident):  # type: ignore[no-untyped-def]
    return outbox.approve(database, ident, settings=settings, now=DURING_INTERVIEW)


def test_an_edit_racing_approval_never_ships_unreviewed_text(
    database, fresh_draft, settings
) -> None:
    wrong, started, done = [], time.monotonic(), 0
    clock = time.monotonic()
    approve(database, settings, fresh_draft())
    review_time = time.monotonic() - clock  # the edit must land anywhere in the review
    for _ in trials(APPROVE_TRIALS):
        if not within_budget(started):
            break
        ident = fresh_draft()
        row = get_message(database, ident)
        broken = row.body.replace("Dr. Raman", "[Name]", 1)
        approval, edited = race(
            lambda ident=ident: approve(database, settings, ident),
            lambda ident=ident, subject=row.subject, body=broken: edit(
                database, ident, subject, body
            ),
            spread=review_time * 1.2,
        )
        stored = get_message(database, ident)
        if stored.status != "draft" and "[Name]" in stored.body:
            wrong.append((ident, approval, edited, stored.status))
        if edited is None and not isinstance(approval, OutboxError) and stored.status == "draft":
            wrong.append((ident, approval, edited, "approval reported but still a draft"))
        assert edited is None or isinstance(edited, NotEditable), edited
        done += 1
    assert wrong == [] and done >= 3, (done, wrong[:3])


def test_two_approvals_at_once_give_one_message_id(database, fresh_draft, settings) -> None:
    wrong, started, done = [], time.monotonic(), 0
    for _ in trials(APPROVE_TRIALS):
        if not within_budget(started):
            break
        ident = fresh_draft()
        first, second = race(
            lambda ident=ident: approve(database, settings, ident),
            lambda ident=ident: approve(database, settings, ident),
        )
        stored = get_message(database, ident).message_id
        given = {a.message_id for a in (first, second) if not isinstance(a, Exception)}
        if given != {stored}:
            wrong.append((ident, first, second, stored))
        done += 1
    assert wrong == [] and done >= 3, (done, wrong[:3])
