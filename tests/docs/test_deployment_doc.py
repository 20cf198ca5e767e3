"""The hosted deployment guide's example config and commands are real and work as written."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest
import typer

from afterword.cli.app import build_app
from afterword.config import load_settings
from afterword.keys import load_server_keys

DOC = Path(__file__).resolve().parents[2] / "docs" / "deployment-postgresql.md"


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_the_example_config_is_hosted_and_its_secret_key_file_is_read(tmp_path: Path) -> None:
    (example,) = [block for block in _blocks("toml") if "[server]" in block]
    key_file = tmp_path / "secret-key"
    key_file.write_text("# made for the test\n" + "k" * 64 + "\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(example.replace("/etc/afterword/secret-key", str(key_file)), encoding="utf-8")
    settings = load_settings(config, environ={})
    assert settings.server.mode == "hosted"
    assert settings.storage.db == "postgresql://afterword@127.0.0.1:5432/afterword"
    assert settings.schedule.country == "US" and "Handshake" in settings.review.known_words
    assert load_server_keys(settings, environ={}).current == b"k" * 64


def _commands() -> list[list[str]]:
    """Every afterword command line the guide gives (units, rotation, upgrades)."""
    text = DOC.read_text(encoding="utf-8").replace("%i", "8001")
    return [
        shlex.split(line) for line in re.findall(r"/opt/afterword/bin/afterword ([^`\n]+)", text)
    ]


def test_the_guide_names_commands_the_units_run() -> None:
    commands = {tuple(argv[:1]) for argv in _commands()}
    assert {("serve",), ("send",), ("sync",), ("keys",)} <= commands
    units = "".join(_blocks("ini"))
    assert units.count("ExecStart=/opt/afterword/bin/afterword ") == 3


@pytest.mark.parametrize("argv", _commands(), ids=" ".join)
def test_every_command_line_in_the_guide_parses(argv: list[str]) -> None:
    command: click.Command = typer.main.get_command(build_app())
    context = command.make_context("afterword", [], resilient_parsing=True)
    words = list(argv)
    while isinstance(command, click.Group):
        name = words.pop(0)
        found = command.get_command(context, name)
        assert found is not None, f"no command {name!r}"
        command = found
    command.make_context(" ".join(argv[:2]), words)  # unknown options or bad values raise
