"""Never lost, never twice: the real ``afterword send`` process is SIGKILLed at each step.

The kills after MAIL FROM and after DATA come from outside: the test SMTP server SIGKILLs the
sender's pid from inside its MAIL / DATA handler. "Before connect" and "during the commit"
have no outside trigger (no packet marks them), so the sender honours a test-only variable,
AFTERWORD_TEST_FAULT, that kills the process at exactly that point.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter

import pytest

from support.clock import afterword
from support.smtp import RecordingSMTPServer


def environment(server: RecordingSMTPServer, **extra: str) -> dict[str, str]:
    """The sender's environment: the test server, no config file, short timeouts."""
    env = dict(os.environ)
    env.pop("AFTERWORD_TEST_FAULT", None)
    env.update(AFTERWORD_SMTP_HOST=server.host, AFTERWORD_SMTP_PORT=str(server.port), **extra)
    return env


def start_send(
    db_url: str, server: RecordingSMTPServer, *args: str, **extra: str
) -> subprocess.Popen[str]:
    """Start ``afterword send`` as a real process."""
    return subprocess.Popen(
        afterword("send", "--db", db_url, *args),
        env=environment(server, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_send(
    db_url: str, server: RecordingSMTPServer, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run ``afterword send`` to the end."""
    return subprocess.run(
        afterword("send", "--db", db_url, *args),
        env=environment(server),
        capture_output=True,
        text=True,
        timeout=120,
    )


def killed(process: subprocess.Popen[str]) -> None:
    """Wait for the process and check that SIGKILL ended it."""
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, process.stderr.read() if process.stderr else ""


def delivered(server: RecordingSMTPServer) -> Counter[str]:
    """How many copies of each Message-ID the server accepted."""
    return Counter(server.message_ids())


def header_ids(database, ids: list[int]) -> list[str]:  # type: ignore[no-untyped-def]
    from afterword.store.messages import get_message

    return [get_message(database, i).message_id for i in ids]


@pytest.mark.parametrize("fault", ["before-connect", "after-mail-from"])
def test_kill_before_content_requeues_and_sends_once(
    database, db_url, queue, state_of, smtp_server, fault
) -> None:
    ids = queue(3)
    if fault == "before-connect":
        process = start_send(db_url, smtp_server, AFTERWORD_TEST_FAULT="before-connect")
    else:
        process = start_send(db_url, smtp_server)
        smtp_server.kill_client_at("MAIL", process.pid)
    killed(process)
    assert set(state_of().values()) == {"sending"}
    assert smtp_server.messages == []
    result = run_send(db_url, smtp_server)
    assert result.returncode == 0, result.stderr
    assert state_of() == dict.fromkeys(ids, "sent")
    assert delivered(smtp_server) == Counter(dict.fromkeys(header_ids(database, ids), 1))


@pytest.mark.parametrize("fault", ["after-data-accepted", "during-commit"])
def test_kill_after_content_holds_uncertain_never_resends(
    database, db_url, queue, state_of, events_of, smtp_server, fault
) -> None:
    ids = queue(3)
    if fault == "during-commit":
        process = start_send(db_url, smtp_server, AFTERWORD_TEST_FAULT="during-commit")
    else:
        process = start_send(db_url, smtp_server)
        smtp_server.kill_client_at("DATA", process.pid)
    killed(process)
    first = ids[0]
    assert len(smtp_server.messages) == 1  # the server has the first message
    result = run_send(db_url, smtp_server)
    assert result.returncode == 0, result.stderr
    assert state_of() == {first: "uncertain", ids[1]: "sent", ids[2]: "sent"}
    assert delivered(smtp_server) == Counter(dict.fromkeys(header_ids(database, ids), 1))
    assert ("message.uncertain", "may have been delivered") in [
        (kind, "may have been delivered" if "may have been delivered" in str(d) else "")
        for kind, d in events_of(first)
    ]
    # Running again sends nothing more; the user settles it.
    assert run_send(db_url, smtp_server).returncode == 0
    assert len(smtp_server.messages) == 3
    confirm = subprocess.run(
        afterword("confirm", str(first), "--delivered", "--db", db_url),
        env=environment(smtp_server),
        capture_output=True,
        text=True,
    )
    assert confirm.returncode == 0, confirm.stderr
    assert state_of()[first] == "sent"


def test_not_delivered_goes_again_once(database, db_url, queue, state_of, smtp_server) -> None:
    ids = queue(1)
    process = start_send(db_url, smtp_server, AFTERWORD_TEST_FAULT="during-commit")
    killed(process)
    smtp_server.messages.clear()  # pretend the server lost it, as the user reports
    assert run_send(db_url, smtp_server).returncode == 0
    assert state_of() == {ids[0]: "uncertain"} and smtp_server.messages == []
    subprocess.run(
        afterword("confirm", str(ids[0]), "--not-delivered", "--db", db_url),
        env=environment(smtp_server),
        check=True,
        capture_output=True,
    )
    assert run_send(db_url, smtp_server).returncode == 0
    assert state_of() == {ids[0]: "sent"} and len(smtp_server.messages) == 1


@pytest.mark.slow
def test_two_watch_workers_send_each_message_once(database, db_url, queue, state_of) -> None:
    with RecordingSMTPServer() as server:
        ids = queue(40)
        workers = [start_send(db_url, server, "--watch", "--poll", "0.1") for _ in range(2)]
        try:
            for worker in workers:  # each one's SIGTERM handler is in place once it says so
                assert worker.stderr is not None
                assert "sending due messages" in worker.stderr.readline()
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and set(state_of().values()) != {"sent"}:
                time.sleep(0.2)
        finally:
            for worker in workers:
                worker.send_signal(signal.SIGTERM)
            outputs = [worker.communicate(timeout=30) for worker in workers]
        assert state_of() == dict.fromkeys(ids, "sent"), outputs
        assert delivered(server) == Counter(dict.fromkeys(header_ids(database, ids), 1))
        assert all(worker.returncode == 0 for worker in workers), outputs
