"""The commands at a real terminal (a pseudo-terminal): prompts, colour, NO_COLOR."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")


class Terminal:
    """Run ``afterword`` with a pseudo-terminal as its stdin, stdout and stderr."""

    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        self.master, slave = pty.openpty()
        environ = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "afterword", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**environ, "COLUMNS": "120", "TERM": "xterm-256color", **(env or {})},
            close_fds=True,
        )
        os.close(slave)
        self.output = ""

    def expect(self, text: str, timeout: float = 30) -> None:
        """Read until ``text`` has appeared."""
        deadline = time.monotonic() + timeout
        while text not in self.output:
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never came; got {self.output!r}")
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    self.output += os.read(self.master, 4096).decode(errors="replace")
                except OSError:
                    break

    def send(self, line: str) -> None:
        os.write(self.master, (line + "\n").encode())

    def finish(self) -> int:
        """Wait for the command to end and collect the rest of its output."""
        code = self.process.wait(timeout=30)
        while select.select([self.master], [], [], 0.1)[0]:
            try:
                chunk = os.read(self.master, 4096)
            except OSError:  # the terminal closes with the process
                break
            if not chunk:
                break
            self.output += chunk.decode(errors="replace")
        os.close(self.master)
        return code


def test_init_asks_only_for_what_is_missing(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    term = Terminal("init", "--name", "Jordan Lee", "--db", db)
    term.expect("Your email address")
    term.send("jordan.lee@example.com")
    term.expect("Phone (optional)")
    term.send("")
    term.expect("Signature (optional)")
    term.send("Jordan")
    term.expect("Your English")
    term.send("")
    term.expect("Profile saved")
    assert term.finish() == 0
    assert "Your name" not in term.output
    shown = subprocess.run(
        [sys.executable, "-m", "afterword", "init", "--json", "--db", db],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(shown.stdout)["signature"] == "Jordan"


@pytest.mark.parametrize(
    ("zone", "proposed"), [("America/Chicago", "en-US"), ("Europe/London", "en-GB")]
)
def test_init_proposes_the_english_of_the_machine_zone(tmp_path: Path, zone, proposed) -> None:
    import tomllib

    config = tmp_path / "config.toml"
    profile = ["--name", "Jordan Lee", "--email", "jordan.lee@example.com", "--phone", "1"]
    term = Terminal(
        "init", *profile, "--signature", "J", "--db", str(tmp_path / "a.db"), "--config",
        str(config), env={"TZ": zone},
    )  # fmt: skip
    term.expect(f"Your English (en-US, en-GB, en-CA, en-AU, en-IN) [{proposed}]")
    term.send("")
    term.expect("Profile saved")
    assert term.finish() == 0
    assert tomllib.loads(config.read_text(encoding="utf-8"))["profile"]["english"] == proposed


def test_add_by_answering_questions(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    term = Terminal("add", "--db", db)
    for prompt, answer in [
        ("Company", "Northwind Analytics"),
        ("Role", "Senior Data Engineer"),
        ("Start", "2026-11-24T14:00"),
        ("Duration in minutes", "45"),
        ("Time zone", "America/Chicago"),
        ("Format", "video"),
        ("Interviewer's name", "Dr. Priya Raman"),
        ("Title", "Director"),
        ("Email", "priya.raman@northwind.example"),
        ("What you discussed", "streaming ETL; data contracts"),
        ("Interviewer's name", ""),
    ]:
        term.expect(prompt)
        term.send(answer)
    term.expect("Added interview 1")
    assert term.finish() == 0
    listed = subprocess.run(
        [sys.executable, "-m", "afterword", "show", "1", "--json", "--db", db],
        capture_output=True,
        text=True,
        check=True,
    )
    shown = json.loads(listed.stdout)
    assert shown["duration_minutes"] == 45
    assert shown["interviewers"][0]["discussed"] == ["streaming ETL", "data contracts"]


def test_add_ics_asks_to_confirm_the_guesses(tmp_path: Path) -> None:
    invite = Path(__file__).parents[1] / "fixtures" / "ics" / "zoom.ics"
    db = str(tmp_path / "a.db")
    term = Terminal("add", "--ics", str(invite), "--email-self", "me@example.com", "--db", db)
    term.expect("Company [Contoso Robotics]")
    term.send("")
    term.expect("Role [Robotics Software Engineer]")
    term.send("Senior Robotics Engineer")
    term.expect("Added interview 1: Senior Robotics Engineer at Contoso Robotics")
    assert term.finish() == 0


def test_colour_on_a_terminal_and_none_with_no_color(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.yaml")
    coloured = Terminal("add", missing, "--db", str(tmp_path / "a.db"))
    coloured.expect("no such file")
    assert coloured.finish() == 2
    assert "\x1b[" in coloured.output
    plain = Terminal("add", missing, "--db", str(tmp_path / "a.db"), env={"NO_COLOR": "1"})
    plain.expect("no such file")
    assert plain.finish() == 2
    assert "\x1b[" not in plain.output


def test_the_interview_commands_import_nothing_heavy_until_run() -> None:
    code = (
        "import sys, afterword.cli.interviews, afterword.cli.common\n"
        "heavy = {'sqlalchemy', 'alembic', 'pydantic', 'icalendar', 'yaml'} & set(sys.modules)\n"
        "print(sorted(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_version_answers_without_importing_the_app() -> None:
    code = (
        "import sys\nfrom afterword.cli import main\nmain(['--version'])\n"
        "print(sorted({'typer', 'sqlalchemy', 'rich'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    version, imported = result.stdout.splitlines()
    assert version.startswith("afterword ") and imported == "[]"
