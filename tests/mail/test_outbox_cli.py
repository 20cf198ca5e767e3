"""The outbox commands: output, JSON, clear errors and exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from afterword.cli.app import build_app
from support.outbox_data import DURING_INTERVIEW


@pytest.fixture(autouse=True)
def _on_the_interview_day(time_machine) -> None:  # type: ignore[no-untyped-def]
    """Run on the example interview's day, when its thank-yous are timely, not late (AW101)."""
    time_machine.move_to(DURING_INTERVIEW, tick=True)


@pytest.fixture
def cli(db_url, smtp_server, monkeypatch):  # type: ignore[no-untyped-def]
    """Run ``afterword ARGS --db URL`` against the test server; return (code, out, err)."""
    monkeypatch.setenv("AFTERWORD_SMTP_HOST", smtp_server.host)
    monkeypatch.setenv("AFTERWORD_SMTP_PORT", str(smtp_server.port))
    app = build_app()

    def run(*args: str) -> tuple[int, str, str]:
        result = CliRunner().invoke(app, [*args, "--db", db_url])
        return result.exit_code, result.stdout, result.stderr

    return run


def test_approve_send_and_list(cli, drafts, smtp_server) -> None:
    code, out, _ = cli("approve", str(drafts[0]))
    assert code == 0 and f"message {drafts[0]}: scheduled, goes " in out
    code, out, _ = cli("send", str(drafts[0]))
    assert code == 0 and f"message {drafts[0]}: sent: 250" in out
    code, out, _ = cli("send", str(drafts[0]))
    assert code == 0 and "already sent" in out and len(smtp_server.messages) == 1
    code, out, _ = cli("outbox", "--json")
    listing = json.loads(out)
    assert [(e["id"], e["state"]) for e in listing] == [(drafts[0], "sent")]
    assert listing[0]["recipient"].endswith("<priya.raman@northwind.example>")


def test_send_with_nothing_due(cli, drafts) -> None:
    assert cli("send") == (0, "nothing to send now\n", "")
    code, out, _ = cli("send", "--json")
    assert code == 0 and json.loads(out) == {"outcomes": [], "stopped": None}


def test_approve_refusal_lists_the_findings(cli, database, drafts) -> None:
    from afterword.mail.kernel import edit
    from afterword.store.messages import get_message

    row = get_message(database, drafts[0])
    edit(database, drafts[0], row.subject, row.body.replace("Dr. Raman", "[Name]", 1))
    code, _, err = cli("approve", str(drafts[0]), str(drafts[1]))
    assert code == 1 and "AW205 placeholder" in err and "--force" in err
    assert "Traceback" not in err
    code, out, _ = cli("outbox", "--status", "scheduled", "--json")
    assert [e["id"] for e in json.loads(out)] == [drafts[1]]
    assert cli("approve", str(drafts[0]), "--force")[0] == 0


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("approve", "999"), 1, "no message with id 999"),
        (("cancel", "999"), 1, "no message with id 999"),
        (("retry", "1"), 1, "approve it first"),
        (("confirm", "1"), 2, "--delivered or --not-delivered"),
        (("confirm", "1", "--delivered"), 1, "not uncertain"),
        (("outbox", "--status", "lost"), 2, "--status 'lost' is not a state"),
        (("send", "1", "--watch"), 2, "not both"),
        (("approve",), 2, "Missing argument"),
        (("send", "one"), 2, "valid integer"),
    ],
)
def test_errors_are_clear(cli, drafts, args, code, words) -> None:
    got, out, err = cli(*args)
    assert got == code, (out, err)
    assert words in out + err and "Traceback" not in out + err


def test_cancel_then_outbox_text(cli, drafts) -> None:
    cli("approve", str(drafts[1]))
    code, out, _ = cli("cancel", str(drafts[1]))
    assert code == 0 and out == f"message {drafts[1]} cancelled\n"
    code, out, _ = cli("outbox")
    assert code == 0 and "cancelled" in out and "Sam Okafor" in out


def test_stopped_queue_exits_1(cli, drafts, monkeypatch) -> None:
    monkeypatch.setenv("AFTERWORD_SMTP_USER", "jordan")
    cli("approve", str(drafts[0]))
    code, _, err = cli("send", str(drafts[0]))
    assert code == 1 and "AFTERWORD_SMTP_PASSWORD" in err
