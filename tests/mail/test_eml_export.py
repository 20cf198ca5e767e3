"""``.eml`` export, through the core and through ``afterword export --eml``."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.mail import outbox
from afterword.mail.eml import export_eml
from afterword.store.errors import NotFound
from support.outbox_data import DURING_INTERVIEW


def read(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)  # type: ignore[return-value]


def test_exports_approved_messages_only(database, drafts, settings, tmp_path) -> None:
    approval = outbox.approve(database, drafts[0], settings=settings, now=DURING_INTERVIEW)
    paths = export_eml(database, tmp_path / "out")
    assert [p.name for p in paths] == [f"{drafts[0]}-thank-you-dr-priya-raman.eml"]
    message = read(paths[0])
    assert message["Message-ID"] == approval.message_id
    assert message["From"] == "Jordan Lee <jordan.lee@example.com>"
    assert "Dr. Raman" in message.get_content()
    assert not list((tmp_path / "out").glob("*.partial"))


def test_named_messages_in_any_state(database, drafts, tmp_path) -> None:
    paths = export_eml(database, tmp_path, [drafts[1]])
    assert len(paths) == 1 and read(paths[0])["Message-ID"] is None
    with pytest.raises(NotFound, match="no message with id 999"):
        export_eml(database, tmp_path, [999])


def test_export_command_writes_files(database, db_url, drafts, settings, tmp_path) -> None:
    from afterword.cli.app import build_app

    outbox.approve(database, drafts[0], settings=settings, now=DURING_INTERVIEW)
    result = CliRunner().invoke(
        build_app(), ["export", "--eml", str(tmp_path / "x"), "--db", db_url]
    )
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "x").glob("*.eml"))) == 1
