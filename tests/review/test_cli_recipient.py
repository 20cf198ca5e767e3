"""Without an interview, the To header names the recipient: full names are held to it."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from afterword.cli.app import build_app

BODY = "Subject: Thank you\n\n{greeting},\n\nThank you for your time yesterday.\n"


def aw202(to: str, greeting: str) -> bool:
    note = f"To: {to}\n" + BODY.format(greeting=greeting)
    result = CliRunner().invoke(build_app(), ["review", "--format", "json"], input=note.encode())
    document = json.loads(result.stdout)
    return any(f["rule"] == "AW202" for file in document["files"] for f in file["findings"])


@pytest.mark.parametrize(
    ("to", "greeting", "flagged"),
    [
        ("Sam Okafor <sam@x.example>", "Dear Priya", True),  # a full name that is not Priya
        ("Priya Raman <priya@x.example>", "Dear Pryia", True),  # a near miss of the recipient
        ("Priya Raman <priya@x.example>", "Dear Dr. Raman", False),
        ("Priya <priya@x.example>", "Dear Dr. Raman", False),  # a partial display name
        ("Priya <priya@x.example>", "Dear Pryia", True),
    ],
)
def test_greeting_against_the_to_header(to: str, greeting: str, flagged: bool) -> None:
    assert aw202(to, greeting) is flagged
