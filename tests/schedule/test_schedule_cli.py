"""`afterword due` and `afterword sync`, run through the real application."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from typer.testing import CliRunner

from afterword.cli.app import build_app
from support.dovecot import new_mailbox

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "northwind-panel.yaml"


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """Run ``afterword ARGS`` in-process and return the result (stdout and stderr apart)."""
    return CliRunner().invoke(build_app(), list(args), env=env, catch_exceptions=False)


@pytest.fixture
def db(db_url: str) -> str:
    """A database holding the Northwind panel (decision by Fri 4 Dec 2026)."""
    added = run("add", str(EXAMPLE), "--db", db_url, "--json")
    assert added.exit_code == 0, added.stderr
    return db_url


def test_due_json_lists_every_item_soonest_first(db: str) -> None:
    result = run("due", "--json", "--db", db, "--at", "2026-11-24T22:00:00+00:00")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(i["interviewer"], i["label"], i["due_at"]) for i in data["items"]][:4] == [
        ("Dr. Priya Raman", "thank-you", "2026-11-25T21:00:00+00:00"),
        ("Sam Okafor", "thank-you", "2026-11-25T21:00:00+00:00"),
        ("Dr. Priya Raman", "follow-up 1", "2026-12-07T14:00:00+00:00"),
        ("Sam Okafor", "follow-up 1", "2026-12-07T14:00:00+00:00"),
    ]
    assert data["items"][0]["countdown"] == "in 23 h" and data["items"][0]["state"] == "due"


def test_due_text_says_what_is_overdue(db: str) -> None:
    result = run("due", "--db", db, "--at", "2026-11-27T21:00:00+00:00")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("overdue by 2 days" in line and "Sam Okafor" in line for line in lines)
    assert any("in 10 days" in line and "follow-up 1" in line for line in lines)
    assert lines[-1] == "2 overdue"
    assert "\x1b[" not in result.stdout  # NO_COLOR and a pipe: plain text


def test_due_on_an_empty_database(db_url: str) -> None:
    result = run("due", "--db", db_url)
    assert (result.exit_code, result.stdout.strip()) == (0, "Nothing is due.")


@pytest.mark.parametrize(
    ("args", "config", "code", "message"),
    [
        (["--at", "tomorrow"], "", 2, "--at 'tomorrow': not a date and time afterword can use"),
        (["--at", "0001-01-01T00:00+05:00"], "", 2, "between 1900 and 2999"),
        ([], '[schedule]\ncountry = "Atlantis"\n', 1, "schedule.country: 'Atlantis' is not"),
        ([], '[schedule]\nwindow_start = "9am"\n', 1, "schedule.window_start: '9am' is not a time"),
        ([], "[schedule\n", 2, "not valid TOML"),
    ],
)
def test_due_bad_input_is_a_clear_error(
    sqlite_url: str, tmp_path: Path, args: list[str], config: str, code: int, message: str
) -> None:
    assert run("add", str(EXAMPLE), "--db", sqlite_url).exit_code == 0
    settings = tmp_path / "config.toml"
    settings.write_text(config)
    result = run("due", "--db", sqlite_url, "--config", str(settings), *args)
    assert result.exit_code == code
    assert message in " ".join(result.stderr.split()) and "Traceback" not in result.stderr


def _move_interview(url: str, starts_at: datetime) -> None:
    from sqlalchemy import update

    from afterword.store.db import Database
    from afterword.store.schema import InterviewRow

    database = Database(url)
    with database.session() as session:
        session.execute(update(InterviewRow).values(starts_at=starts_at))
    database.dispose()


def test_an_absurd_interview_date_is_named(sqlite_url: str, tmp_path: Path) -> None:
    far = tmp_path / "far.yaml"
    far.write_text(EXAMPLE.read_text().replace("when: 2026-11-24T14:00", "when: 5000-11-24T14:00"))
    refused = run("add", str(far), "--db", sqlite_url)
    assert refused.exit_code == 2 and "when: year 5000 is out of range" in refused.stderr
    # a row edited outside afterword still gets a clear error from the schedule
    assert run("add", str(EXAMPLE), "--db", sqlite_url).exit_code == 0
    _move_interview(sqlite_url, datetime(5000, 11, 24, 20))
    result = run("due", "--db", sqlite_url)
    assert result.exit_code == 1
    assert "interview 1 (Northwind Analytics): interview date 5000-11-24" in result.stderr
    assert "expected a date between 1900 and 2999" in " ".join(result.stderr.split())


@hsettings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.one_of(st.text(max_size=30), st.datetimes().map(datetime.isoformat)))
def test_any_at_text_is_used_or_refused_clearly(sqlite_url: str, text: str) -> None:
    result = run("due", "--db", sqlite_url, f"--at={text}")
    assert result.exit_code in (0, 2), result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_sync_without_an_imap_server_says_what_to_set(sqlite_url: str) -> None:
    assert run("add", str(EXAMPLE), "--db", sqlite_url).exit_code == 0
    result = run("sync", "--db", sqlite_url)
    assert result.exit_code == 1
    assert "no IMAP server configured; set imap.host" in " ".join(result.stderr.split())


def test_sync_reports_replies_from_the_real_server(db: str) -> None:
    account = new_mailbox()
    account.deliver(
        # The user's own server vouches for the sender (a From: alone can be forged).
        b"Authentication-Results: mx.example.com; dmarc=pass header.from=northwind.example\r\n"
        b"From: Sam Okafor <sam.okafor@northwind.example>\r\nSubject: Re: Thank you\r\n"
        b"Date: Wed, 25 Nov 2026 12:00:00 -0600\r\n\r\nThank you, Jordan.\r\n"
    )
    account.deliver(
        b"Authentication-Results: mx.example.com; dmarc=pass header.from=northwind.example\r\n"
        b"From: Dr. Priya Raman <priya.raman@northwind.example>\r\n"
        b"Subject: Out of office: Thank you\r\n"
        b"Date: Wed, 25 Nov 2026 12:00:00 -0600\r\n\r\nAway.\r\n"
    )
    env = {"AFTERWORD_IMAP_HOST": "127.0.0.1", "AFTERWORD_IMAP_PORT": str(account.server.port),
           "AFTERWORD_IMAP_USER": account.user, "AFTERWORD_IMAP_PASSWORD": account.password,
           "AFTERWORD_IMAP_SECURITY": "none"}  # fmt: skip
    result = run("sync", "--db", db, "--json", env=env)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [r["interviewer"] for r in data["replies"]] == ["Sam Okafor"]
    assert [i["interviewer"] for i in data["ignored"]] == ["Dr. Priya Raman"]
    text = run("sync", "--db", db, env=env)
    assert "Checked 2 message(s)" in text.stdout and "No new replies." in text.stdout
    assert account.password not in text.stdout + text.stderr
    due = json.loads(run("due", "--json", "--db", db, "--at", "2026-11-26T00:00:00Z").stdout)
    assert {i["interviewer"] for i in due["items"] if i["kind"] == "follow-up"} == {
        "Dr. Priya Raman"
    }
