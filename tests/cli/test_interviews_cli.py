"""The interview commands, run through the real application."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.cli.app import build_app
from afterword.interview.loader import load_interview
from afterword.store.db import Database
from afterword.store.interviews import get_interview, list_interviews

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "northwind-panel.yaml"


def run(*args: str, input: str | None = None):
    """Run ``afterword ARGS`` in-process and return the result (stdout and stderr apart)."""
    return CliRunner().invoke(build_app(), list(args), input=input, catch_exceptions=False)


@pytest.fixture
def db(db_url: str) -> str:
    return db_url


def test_add_list_show_export_reproduces_the_record(db: str, tmp_path: Path) -> None:
    added = run("add", str(EXAMPLE), "--db", db, "--json")
    assert added.exit_code == 0, added.stderr
    interview_id = json.loads(added.stdout)["id"]
    listed = json.loads(run("list", "--json", "--db", db).stdout)
    assert [row["id"] for row in listed] == [interview_id]
    shown = json.loads(run("show", str(interview_id), "--json", "--db", db).stdout)
    assert shown["company"] == "Northwind Analytics"
    assert shown["end"] == "2026-11-24T15:00:00-06:00"
    exported = run("export", str(interview_id), "--db", db)
    again = tmp_path / "again.yaml"
    again.write_text(exported.stdout, encoding="utf-8")
    second = json.loads(run("add", str(again), "--db", db, "--json").stdout)["id"]
    database = Database(db)
    try:
        assert get_interview(database, second) == get_interview(database, interview_id)
        assert get_interview(database, second) == load_interview(EXAMPLE)
    finally:
        database.dispose()


def test_human_output_is_plain_text_when_piped(sqlite_url: str) -> None:
    added = run("add", str(EXAMPLE), "--db", sqlite_url)
    assert added.stdout.startswith("Added interview 1: Senior Data Engineer at Northwind")
    listed = run("list", "--db", sqlite_url).stdout
    assert "Northwind" in listed and "\x1b[" not in listed
    shown = run("show", "1", "--db", sqlite_url).stdout
    assert "Dr. Priya Raman (Director of Data Platform" in shown


GOOD = (
    "company: X\nrole: Y\nwhen: 2026-11-24T14:00\ntimezone: UTC\ninterviewers:\n"
    "  - name: Ann Lee\n    email: ann@x.example\n"
)
# (case, file contents, words of the one-line error)
BAD_INPUT = [
    ("malformed yaml", "company: [X\n", ":2: not valid YAML"),
    ("wrong type", GOOD.replace("2026-11-24T14:00", "soon"), ":3: when: got 'soon'"),
    (
        "misspelled field",
        GOOD.replace("email:", "emial:"),
        ":7: interviewers[0].emial: unknown field 'emial' (did you mean 'email'?)",
    ),
    ("missing required", GOOD.replace("role: Y\n", ""), ":1: role: this required field"),
    ("unknown zone", GOOD.replace("UTC", "Mars/Base"), ":4: timezone: unknown time zone"),
    ("invalid email", GOOD.replace("ann@x.example", "ann"), ":7: interviewers[0].email: not an"),
    (
        "duplicate addresses",
        GOOD + "  - name: Bo Lee\n    email: ANN@x.example\n",
        ":9: interviewers[1].email: interviewers 1 and 2 share the address",
    ),
    ("binary", b"\x00\x01\x02" * 50, "binary file"),
    (
        "non-utf-8",
        GOOD.replace("Ann", "Ren\u00e9e").encode("latin-1"),
        ":6: not valid UTF-8 text: byte 0xe9",
    ),
]


@pytest.mark.parametrize("data,words", [c[1:] for c in BAD_INPUT], ids=[c[0] for c in BAD_INPUT])
def test_bad_files_exit_2_with_one_line_and_write_nothing(
    db: str, tmp_path: Path, data: str | bytes, words: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    result = run("add", str(path), "--db", db, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {path}")
    assert words in result.stderr and "expected" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    database = Database(db)
    try:
        assert list_interviews(database) == []
    finally:
        database.dispose()


def test_a_20_mb_file_is_refused_fast(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.write(GOOD.encode())
        handle.truncate(20 * 1024 * 1024)
    result = run("add", str(path), "--db", sqlite_url)
    assert result.exit_code == 2 and "larger than 1000 kB" in result.stderr


def test_json_files_are_accepted(sqlite_url: str) -> None:
    path = ROOT / "tests" / "fixtures" / "interviews" / "json-panel.json"
    result = run("add", str(path), "--db", sqlite_url, "--json")
    assert json.loads(result.stdout) == {"id": 1}


def test_add_without_a_file_off_a_terminal_says_what_to_do(sqlite_url: str) -> None:
    result = run("add", "--db", sqlite_url)
    assert result.exit_code == 2 and "pass an interview FILE or --ics FILE" in result.stderr


def test_unknown_id(sqlite_url: str) -> None:
    result = run("show", "42", "--db", sqlite_url)
    assert result.exit_code == 2 and "no interview with id 42" in result.stderr


def test_delete_needs_yes_off_a_terminal(sqlite_url: str) -> None:
    run("add", str(EXAMPLE), "--db", sqlite_url)
    refused = run("delete", "1", "--db", sqlite_url)
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert run("delete", "1", "--yes", "--db", sqlite_url).exit_code == 0
    assert json.loads(run("list", "--json", "--db", sqlite_url).stdout) == []


def test_init_saves_the_profile_and_rejects_a_bad_address(sqlite_url: str) -> None:
    bad = run("init", "--name", "Jordan Lee", "--email", "jordan", "--db", sqlite_url)
    assert bad.exit_code == 2 and bad.stderr.startswith("error: --email:")
    ok = run(
        "init",
        "--name",
        "Jordan Lee",
        "--email",
        "jordan.lee@example.com",
        "--link",
        "https://a.example",
        "--link",
        "https://b.example",
        "--signature",
        "Jordan",
        "--db",
        sqlite_url,
        "--json",
    )
    assert json.loads(ok.stdout)["links"] == ["https://a.example", "https://b.example"]
    update = run("init", "--phone", "+1 555 0100", "--db", sqlite_url, "--json")
    assert json.loads(update.stdout) == {
        "name": "Jordan Lee",
        "email": "jordan.lee@example.com",
        "phone": "+1 555 0100",
        "links": ["https://a.example", "https://b.example"],
        "signature": "Jordan",
    }


def test_init_without_name_off_a_terminal(sqlite_url: str) -> None:
    result = run("init", "--email", "jordan.lee@example.com", "--db", sqlite_url)
    assert result.exit_code == 2 and "--name" in result.stderr


def test_the_installed_command_reports_errors_without_colour(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("company: [X\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "afterword", "add", str(bad), "--db", str(tmp_path / "a.db")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {bad}:2: not valid YAML")
    assert "the end of the file" in result.stderr
    assert "Traceback" not in result.stderr and "\x1b[" not in result.stderr


ICS = ROOT / "tests" / "fixtures" / "ics"


def test_add_ics_with_yes_accepts_the_guesses(db: str) -> None:
    result = run(
        "add",
        "--ics",
        str(ICS / "outlook-onsite.ics"),
        "--yes",
        "--email-self",
        "jordan.lee@example.com",
        "--db",
        db,
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    shown = json.loads(
        run("show", str(json.loads(result.stdout)["id"]), "--json", "--db", db).stdout
    )
    assert (shown["company"], shown["role"], shown["format"]) == (
        "Northwind Analytics",
        "Senior Data Engineer",
        "onsite",
    )
    assert [p["name"] for p in shown["interviewers"]] == ["Sam Okafor", "Priya Raman"]
    assert shown["start"] == "2026-11-24T14:00:00-06:00"


def test_add_ics_uses_the_profiles_address_and_explicit_values(sqlite_url: str) -> None:
    run("init", "--name", "Jordan Lee", "--email", "jordan.lee@example.com", "--db", sqlite_url)
    result = run(
        "add",
        "--ics",
        str(ICS / "onsite-loop.ics"),
        "--company",
        "Fabrikam",
        "--role",
        "Senior Product Designer",
        "--db",
        sqlite_url,
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    assert "merged" in result.stderr
    shown = json.loads(run("show", "1", "--json", "--db", sqlite_url).stdout)
    assert (shown["company"], shown["role"]) == ("Fabrikam", "Senior Product Designer")
    assert "Jordan Lee" not in [p["name"] for p in shown["interviewers"]]


def test_add_ics_off_a_terminal_wants_the_guesses_confirmed(sqlite_url: str) -> None:
    result = run("add", "--ics", str(ICS / "zoom.ics"), "--db", sqlite_url)
    assert result.exit_code == 2
    assert "company 'Contoso Robotics'" in result.stderr and "--yes" in result.stderr
    assert json.loads(run("list", "--json", "--db", sqlite_url).stdout) == []


def test_add_ics_without_an_event(sqlite_url: str) -> None:
    result = run("add", "--ics", str(ICS / "no-event.ics"), "--yes", "--db", sqlite_url)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {ICS / 'no-event.ics'}: VEVENT: ")
    assert json.loads(run("list", "--json", "--db", sqlite_url).stdout) == []


def test_file_and_ics_together_are_refused(sqlite_url: str) -> None:
    result = run("add", str(EXAMPLE), "--ics", str(ICS / "zoom.ics"), "--db", sqlite_url)
    assert result.exit_code == 2 and "not both" in result.stderr


@pytest.mark.parametrize(
    "url,words",
    [
        ("foo://nowhere", "cannot use the database"),
        ("postgresql://nobody@127.0.0.1:1/x", "cannot open the database"),
    ],
)
def test_a_database_that_cannot_be_used_is_one_line(url: str, words: str) -> None:
    result = run("list", "--db", url)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {words}") and result.stderr.count("\n") == 1


def test_export_eml_of_an_unknown_message(sqlite_url: str, tmp_path: Path) -> None:
    result = run("export", "--eml", str(tmp_path / "out"), "99", "--db", sqlite_url)
    assert result.exit_code == 2 and "no message with id 99" in result.stderr


def test_export_needs_one_id_or_a_target(sqlite_url: str) -> None:
    assert run("export", "--db", sqlite_url).exit_code == 2
    both = run("export", "--ics", "-", "--imap-drafts", "--db", sqlite_url)
    assert both.exit_code == 2 and "choose one" in both.stderr


def test_a_guessed_zone_needs_confirming_too(sqlite_url: str) -> None:
    invite = str(ICS / "outlook-custom-zone.ics")
    refused = run(
        "add", "--ics", invite, "--company", "Northwind", "--role", "Engineer", "--db", sqlite_url
    )
    assert refused.exit_code == 2 and "timezone 'America/Chicago' is a guess" in refused.stderr
    accepted = run("add", "--ics", invite, "--yes", "--db", sqlite_url, "--json")
    assert accepted.exit_code == 0, accepted.stderr


def test_the_database_comes_from_config_or_environment(tmp_path: Path, monkeypatch) -> None:
    from_config = tmp_path / "config.sqlite3"
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\ndb = "{from_config}"\n', encoding="utf-8")
    assert run("add", str(EXAMPLE), "--config", str(config)).exit_code == 0
    assert from_config.exists()
    from_env = tmp_path / "env.sqlite3"
    monkeypatch.setenv("AFTERWORD_DB", str(from_env))
    assert run("add", str(EXAMPLE), "--config", str(config), "--json").stdout.strip()
    assert from_env.exists()  # the variable wins over the file
    listed = run("list", "--json", "--db", str(from_config)).stdout
    assert len(json.loads(listed)) == 1


@pytest.mark.parametrize(
    ("given", "saved"),
    [("en-GB", "en-GB"), ("en_au", "en-AU"), ("canadian", "en-CA"), ("en-US", "en-US")],
)
def test_init_writes_the_english_to_the_config_file(
    sqlite_url: str, tmp_path: Path, given: str, saved: str
) -> None:
    import tomllib

    config = tmp_path / "config.toml"
    config.write_text('[compose]\nformality = "formal"\n', encoding="utf-8")
    profile = ["--name", "Jordan Lee", "--email", "jordan.lee@example.com", "--db", sqlite_url]
    result = run("init", *profile, "--english", given, "--config", str(config))
    assert result.exit_code == 0, result.stderr
    written = tomllib.loads(config.read_text(encoding="utf-8"))
    assert written["profile"]["english"] == saved
    assert written["compose"]["formality"] == "formal"  # the rest of the file is kept


def test_init_rejects_an_unknown_english(sqlite_url: str, tmp_path: Path) -> None:
    profile = ["--name", "Jordan Lee", "--email", "jordan.lee@example.com", "--db", sqlite_url]
    result = run("init", *profile, "--english", "en-NZ", "--config", str(tmp_path / "c.toml"))
    assert result.exit_code == 2
    assert "--english: unknown English 'en-NZ': expected one of en-US" in result.stderr
