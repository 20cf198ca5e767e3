"""Server faults against the real test server: retry, fail with the server's words, stop."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterword.mail import outbox
from afterword.store.db import utcnow
from afterword.store.messages import get_message
from support.outbox_data import settings_for
from support.smtp import RecordingSMTPServer, free_port


@pytest.mark.parametrize("code", [421, 451])
def test_temporary_reply_retries_with_back_off(database, queue, settings, smtp_server, code):
    ids = queue(2)
    smtp_server.reply_next(code)
    report = outbox.send_due(database, settings)
    assert [o.state for o in report.outcomes] == ["scheduled", "sent"]
    row = get_message(database, ids[0])
    assert (row.status, row.attempts) == ("scheduled", 1)
    assert str(code) in row.last_error
    wait = row.next_attempt_at.replace(tzinfo=None) - utcnow().replace(tzinfo=None)
    assert timedelta(seconds=30) < wait <= timedelta(minutes=1)
    assert outbox.send_due(database, settings).outcomes == []  # not before its back-off
    later = outbox.send_due(database, settings, utcnow() + timedelta(minutes=2))
    assert [o.state for o in later.outcomes] == ["sent"]
    assert len(smtp_server.messages) == 2


@pytest.mark.parametrize(("code", "at"), [(550, "RCPT"), (554, "DATA")])
def test_permanent_reply_fails_with_the_servers_words(
    database, queue, settings, smtp_server, code, at
):
    ids = queue(2)
    smtp_server.reply_next(code, at=at, text="5.7.1 rejected: policy says no")
    report = outbox.send_due(database, settings)
    assert [o.state for o in report.outcomes] == ["failed", "sent"]
    row = get_message(database, ids[0])
    assert row.status == "failed"
    assert f"{code} 5.7.1 rejected: policy says no" in row.last_error
    assert outbox.list_outbox(database, "failed")[0].reasons[-1] == row.last_error


def test_wrong_password_stops_the_queue(database, queue, state_of) -> None:
    with RecordingSMTPServer(user="jordan", password="right") as server:
        ids = queue(3)
        wrong = settings_for(server, user="jordan", password="wrong-secret")
        report = outbox.send_due(database, wrong)
        assert report.stopped and "refused the login of jordan" in report.stopped
        assert "wrong-secret" not in report.stopped
        assert state_of() == dict.fromkeys(ids, "scheduled")
        assert {get_message(database, i).attempts for i in ids} == {0}
        right = settings_for(server, user="jordan", password="right")
        assert outbox.send_due(database, right).count("sent") == 3
        # One login round for the whole queue (smtplib tries PLAIN, then LOGIN).
        assert server.auth_failures == 2


def test_missing_password_says_where_to_put_it(database, queue) -> None:
    with RecordingSMTPServer(user="jordan", password="right") as server:
        queue(1)
        report = outbox.send_due(database, settings_for(server, user="jordan"))
        assert "AFTERWORD_SMTP_PASSWORD" in report.stopped
        assert "keyring set afterword smtp:jordan@127.0.0.1" in report.stopped


def test_refused_connection_retries(database, queue, state_of) -> None:
    ids = queue(2)
    from afterword.config import MailServer, Settings

    nowhere = Settings(smtp=MailServer(host="127.0.0.1", port=free_port(), timeout_seconds=1))
    report = outbox.send_due(database, nowhere)
    assert [o.state for o in report.outcomes] == ["scheduled", "scheduled"]
    assert "cannot talk to the SMTP server" in get_message(database, ids[0]).last_error
    assert state_of() == dict.fromkeys(ids, "scheduled")


def test_stalled_server_times_out_and_retries(database, queue, smtp_server) -> None:
    ids = queue(1)
    smtp_server.stall_next(4)
    report = outbox.send_due(database, settings_for(smtp_server, timeout_seconds=0.5))
    assert [o.state for o in report.outcomes] == ["scheduled"]
    assert get_message(database, ids[0]).next_attempt_at is not None


def test_stall_after_the_content_is_uncertain(database, queue, smtp_server) -> None:
    ids = queue(1)
    smtp_server.stall_next(4, at="DATA")
    report = outbox.send_due(database, settings_for(smtp_server, timeout_seconds=0.5))
    assert [o.state for o in report.outcomes] == ["uncertain"]
    assert outbox.send_due(database, settings_for(smtp_server)).outcomes == []
    assert "confirm" in outbox.list_outbox(database, "uncertain")[0].reasons[0]
    assert get_message(database, ids[0]).status == "uncertain"


def test_dropped_connection_retries_and_the_rest_goes(database, queue, smtp_server) -> None:
    queue(3)
    smtp_server.drop_next()
    report = outbox.send_due(database, settings_for(smtp_server))
    assert [o.state for o in report.outcomes] == ["scheduled", "sent", "sent"]


def test_no_server_configured_stops_clearly(database, queue) -> None:
    from afterword.config import Settings

    queue(1)
    report = outbox.send_due(database, Settings())
    assert "AFTERWORD_SMTP_HOST" in report.stopped


def test_gives_up_after_many_attempts(database, queue, smtp_server) -> None:
    from afterword.mail.delivery import MAX_ATTEMPTS

    ids = queue(1)
    smtp_server.reply_next(451, count=MAX_ATTEMPTS)
    moment = utcnow()
    for _ in range(MAX_ATTEMPTS):
        outbox.send_due(database, settings_for(smtp_server), moment)
        moment += timedelta(hours=2)
    row = get_message(database, ids[0])
    assert row.status == "failed" and f"gave up after {MAX_ATTEMPTS} attempts" in row.last_error


def test_a_message_that_cannot_be_built_fails_and_the_rest_goes(database, queue, settings):
    bad = queue(1, to="nobody-at-all")[0]
    good = queue(1)[0]
    report = outbox.send_due(database, settings)
    assert {o.id: o.state for o in report.outcomes} == {bad: "failed", good: "sent"}
    assert "recipient address 'nobody-at-all' is not valid" in get_message(database, bad).last_error
