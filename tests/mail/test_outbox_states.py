"""The outbox's state machine: approval, threading, events, and each refusal in words."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime

import pytest

from afterword.mail import outbox
from afterword.mail.kernel import edit
from afterword.mail.outbox import ApprovalRefused, OutboxError
from afterword.store.errors import NotFound
from afterword.store.messages import get_message
from support.outbox_data import DURING_INTERVIEW, IN_WINDOW, settings_for


def kinds(events: list[tuple[str, dict]]) -> list[str]:
    return [kind for kind, _ in events]


def test_every_transition_is_an_event(database, drafts, settings, events_of) -> None:
    outbox.approve(database, drafts[0], settings=settings, now=DURING_INTERVIEW)
    outbox.send_due(database, settings, IN_WINDOW)
    log = events_of(drafts[0])
    assert kinds(log) == [
        "message.drafted",
        "message.approved",
        "message.scheduled",
        "message.sending",
        "message.step",
        "message.sent",
    ]
    assert log[2][1]["reason"] == "in its send window"


def test_approval_refuses_review_errors_unless_forced(database, drafts, settings) -> None:
    row = get_message(database, drafts[0])
    edit(database, drafts[0], row.subject, row.body.replace("Dr. Raman", "[Name]", 1))
    with pytest.raises(ApprovalRefused, match=r"AW205 placeholder") as refused:
        outbox.approve(database, drafts[0], settings=settings, now=DURING_INTERVIEW)
    assert "--force" in str(refused.value)
    assert get_message(database, drafts[0]).status == "draft"
    forced = outbox.approve(
        database, drafts[0], force=True, settings=settings, now=DURING_INTERVIEW
    )
    assert forced.status == "scheduled" and forced.forced[0].startswith("AW205")


def test_approving_twice_does_nothing(database, drafts, settings) -> None:
    first = outbox.approve(database, drafts[0], settings=settings, now=DURING_INTERVIEW)
    again = outbox.approve(database, drafts[0], settings=settings, now=DURING_INTERVIEW)
    assert again.already and again.message_id == first.message_id


def test_follow_up_replies_in_the_thank_you_thread(
    database, interview_id, drafts, settings, smtp_server
) -> None:
    from afterword.compose import compose
    from afterword.store.interviews import get_interview
    from afterword.store.messages import save_draft

    thanks = outbox.approve(database, drafts[0], settings=settings, now=DURING_INTERVIEW)
    outbox.send_due(database, settings, IN_WINDOW)
    interview = get_interview(database, interview_id)
    follow = save_draft(
        database, interview_id, compose(interview, interview.interviewers[0], kind="follow-up")
    )
    outbox.approve(database, follow, force=True, settings=settings, now=IN_WINDOW)
    outbox.send_now(database, settings, [follow])
    sent = smtp_server.messages[-1].message
    thank_you_subject = get_message(database, drafts[0]).subject
    assert sent["In-Reply-To"] == thanks.message_id
    assert sent["References"] == thanks.message_id
    assert sent["Subject"] == f"Re: {thank_you_subject}"


def test_send_now_ignores_the_window_and_says_when_already_sent(
    database, drafts, settings, smtp_server
) -> None:
    outbox.approve(database, drafts[0], settings=settings, now=DURING_INTERVIEW)
    report = outbox.send_now(database, settings, [drafts[0], drafts[1], 999])
    assert [(o.id, o.state) for o in report.outcomes] == [
        (drafts[1], "draft"),
        (999, "missing"),
        (drafts[0], "sent"),
    ]
    again = outbox.send_now(database, settings, [drafts[0]])
    assert again.outcomes[0].state == "sent" and "already sent" in again.outcomes[0].detail
    assert len(smtp_server.messages) == 1


@pytest.mark.parametrize(
    ("action", "status", "words"),
    [
        ("cancel", "sent", "already sent"),
        ("cancel", "uncertain", "confirm"),
        ("retry", "draft", "approve it first"),
        ("retry", "uncertain", "may have been delivered"),
        ("retry", "sent", "already sent"),
        ("confirm", "scheduled", "not uncertain"),
    ],
)
def test_refusals_say_why(database, queue, action, status, words) -> None:
    ident = queue(1, status=status)[0]
    call = {
        "cancel": lambda: outbox.cancel(database, ident),
        "retry": lambda: outbox.retry(database, ident),
        "confirm": lambda: outbox.confirm_uncertain(database, ident, True),
    }[action]
    with pytest.raises(OutboxError, match=words):
        call()


def test_cancel_and_retry(database, queue, settings, state_of, smtp_server) -> None:
    ids = queue(2)
    assert "cancelled" in outbox.cancel(database, ids[0])
    assert "already cancelled" in outbox.cancel(database, ids[0])
    assert outbox.send_due(database, settings).count("sent") == 1
    failed = queue(1, status="failed")[0]
    outbox.retry(database, failed)
    assert outbox.send_due(database, settings).count("sent") == 1
    assert state_of() == {ids[0]: "cancelled", ids[1]: "sent", failed: "sent"}
    with pytest.raises(NotFound):
        outbox.cancel(database, 12345)


def test_outbox_listing(database, queue, settings) -> None:
    ids = queue(2, status="approved")
    entry = outbox.list_outbox(database)[0]
    assert entry.as_dict()["id"] == ids[0]
    assert entry.recipient == "Person 0 <person0@northwind.example>"
    assert "afterword send" in entry.reasons[0]
    assert outbox.list_outbox(database, "sent") == []


def test_approved_without_schedule_waits_for_send_now(database, queue, settings) -> None:
    ident = queue(1, status="approved", due=None)[0]
    with database.session() as session:
        from afterword.store.schema import MessageRow

        session.get(MessageRow, ident).scheduled_for = None
    assert outbox.send_due(database, settings).outcomes == []
    assert outbox.send_now(database, settings, [ident]).count("sent") == 1


@pytest.mark.parametrize(
    "moment", [datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, tzinfo=UTC)]
)
def test_absurd_dates_are_refused(database, drafts, settings, moment) -> None:
    with pytest.raises(OutboxError, match="out of range"):
        outbox.approve(database, drafts[0], settings=settings, now=moment)
    with pytest.raises(OutboxError, match="out of range"):
        outbox.send_due(database, settings, moment)


def test_naive_now_is_taken_as_utc(database, drafts, settings) -> None:
    approval = outbox.approve(
        database, drafts[0], settings=settings, now=DURING_INTERVIEW.replace(tzinfo=None)
    )
    assert approval.scheduled_for is not None


def test_two_workers_in_threads_send_each_message_once(database, queue, smtp_server) -> None:
    ids = queue(60)
    settings = settings_for(smtp_server)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            outbox.send_due(database, settings)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    counts = Counter(smtp_server.message_ids())
    assert len(counts) == len(ids) and set(counts.values()) == {1}


def test_watch_sends_as_messages_fall_due_until_stopped(database, queue, settings, smtp_server):
    stop = threading.Event()
    reports: list = []
    worker = threading.Thread(
        target=outbox.watch, args=(database, settings, 0.05, stop, reports.append)
    )
    worker.start()
    try:
        queue(3)
        smtp_server.wait_for(3)
    finally:
        stop.set()
        worker.join(30)
    assert not worker.is_alive() and len(smtp_server.messages) == 3
    assert sum(report.count("sent") for report in reports) == 3


def test_watch_stops_when_the_login_is_refused(database, queue, smtp_server) -> None:
    from afterword.mail.smtp import QueueStopped

    queue(1)
    settings = settings_for(smtp_server, user="jordan")
    with pytest.raises(QueueStopped, match="AFTERWORD_SMTP_PASSWORD"):
        outbox.watch(database, settings, 0.05, threading.Event())


def test_another_users_message_is_not_found(database, drafts, settings) -> None:
    from afterword.store.db import utcnow
    from afterword.store.schema import User

    with database.session() as session:
        other = User(username="someone-else", password_hash=None, created_at=utcnow())
        session.add(other)
        session.flush()
        other_id = other.id
    for action in (
        lambda: outbox.approve(database, drafts[0], settings=settings, user_id=other_id),
        lambda: outbox.cancel(database, drafts[0], user_id=other_id),
        lambda: outbox.retry(database, drafts[0], user_id=other_id),
    ):
        with pytest.raises(NotFound):
            action()
    assert outbox.list_outbox(database, user_id=other_id, include_drafts=True) == []
    assert (
        outbox.send_now(database, settings, [drafts[0]], user_id=other_id).outcomes[0].state
        == "missing"
    )


def test_the_queue_index_names_exactly_the_queued_states() -> None:
    from afterword.mail.kernel import QUEUED
    from afterword.store.schema import QUEUE_PREDICATE

    listed = ", ".join(f"'{state}'" for state in sorted(QUEUED))
    assert f"status IN ({listed})" == QUEUE_PREDICATE


def test_a_claim_marks_and_logs_its_rows_in_one_statement_on_postgresql(
    database, queue, events_of
) -> None:
    from sqlalchemy import event

    from afterword.mail.sender import _claim, _due
    from afterword.store.db import utcnow
    from afterword.store.schema import Event, MessageRow

    ids = queue(3)
    statements: list[str] = []

    def note(_conn, _cursor, statement, *_rest) -> None:
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        claimed = _claim(database, "host:1:-:token", _due(utcnow()), 100)
    finally:
        event.remove(database.engine, "before_cursor_execute", note)
    assert claimed == ids
    if database.engine.dialect.name == "postgresql":
        assert len(statements) == 1, statements
    logged = {"reason": "claimed for sending", "worker": "host:1:-:token", "attempt": 1}
    assert [events_of(ident) for ident in ids] == [[("message.sending", logged)]] * 3
    with database.session() as session:
        owners = set(session.scalars(Event.__table__.select().with_only_columns(Event.user_id)
                                     .where(Event.message_id.in_(ids))))  # fmt: skip
        states = set(session.scalars(MessageRow.__table__.select()
                                     .with_only_columns(MessageRow.status)
                                     .where(MessageRow.id.in_(ids))))  # fmt: skip
    assert owners == {database.local_user_id()} and states == {"sending"}
