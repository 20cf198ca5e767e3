"""`afterword export --imap-drafts` against a real Dovecot, and its errors."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from afterword.cli.app import build_app
from afterword.store.db import Database, utcnow
from support.dovecot import new_mailbox

EXAMPLE = Path(__file__).parents[2] / "examples" / "northwind-panel.yaml"


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(build_app(), list(args), env=env, catch_exceptions=False)


def approved_note(url: str) -> int:
    """Store an approved thank-you to the first interviewer of the example; return its id."""
    from afterword.store.interviews import interviewer_ids
    from afterword.store.schema import MessageRow

    database = Database(url)
    try:
        priya = interviewer_ids(database, 1)[0]
        with database.session() as session:
            row = MessageRow(
                interview_id=1, interviewer_id=priya, kind="thank-you", sequence=1,
                status="approved", subject="Thank you — Senior Data Engineer interview",
                body="Dear Dr. Raman,\n\nThank you.\n\nJordan Lee", to_name="Dr. Priya Raman",
                to_address="priya.raman@northwind.example", message_id="<cli1@example.com>",
                created_at=utcnow(), updated_at=utcnow(), attempts=0,
            )  # fmt: skip
            session.add(row)
            session.flush()
            return row.id
    finally:
        database.dispose()


def test_export_imap_drafts_uploads_once(db_url: str) -> None:
    assert run("add", str(EXAMPLE), "--db", db_url).exit_code == 0
    message = approved_note(db_url)
    account = new_mailbox()
    env = {"AFTERWORD_IMAP_HOST": "127.0.0.1", "AFTERWORD_IMAP_PORT": str(account.server.port),
           "AFTERWORD_IMAP_USER": account.user, "AFTERWORD_IMAP_PASSWORD": account.password,
           "AFTERWORD_IMAP_SECURITY": "none"}  # fmt: skip
    first = run("export", "--imap-drafts", "--db", db_url, env=env)
    assert first.exit_code == 0, first.stderr
    assert "Uploaded 1 draft(s)" in first.stderr
    again = run("export", "--imap-drafts", str(message), "--db", db_url, env=env)
    assert "Uploaded 0 draft(s)" in again.stderr
    assert len(account.fetch_all("Drafts")) == 1


def test_export_imap_drafts_errors_are_clear(sqlite_url: str) -> None:
    assert run("add", str(EXAMPLE), "--db", sqlite_url).exit_code == 0
    approved_note(sqlite_url)
    missing = run("export", "--imap-drafts", "99", "--db", sqlite_url)
    assert (missing.exit_code, missing.stderr.strip()) == (1, "error: no message with id 99")
    unset = run("export", "--imap-drafts", "--db", sqlite_url)
    assert unset.exit_code == 1 and "no IMAP server configured" in unset.stderr
    assert "Traceback" not in unset.stderr
