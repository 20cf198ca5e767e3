"""`afterword review` end to end: inputs, context, configuration, formats, exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.cli.app import build_app

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[2]
INTERVIEW = str(ROOT / "examples" / "northwind-panel.yaml")
GOOD = str(DATA / "good-note.eml")
SLIPS = str(DATA / "slips-note.txt")


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(build_app(), ["review", *args], input=input)


def rules_in(result) -> set[str]:
    document = json.loads(result.stdout)
    return {f["rule"] for file in document["files"] for f in file["findings"]}


def test_clean_note_with_context_exits_0():
    result = run("--context", INTERVIEW, "--sent-at", "2026-11-24T18:00", GOOD)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "good-note.eml" in result.stdout


def test_error_findings_exit_1_and_are_listed_by_line():
    result = run(SLIPS)
    assert result.exit_code == 1
    assert "AW603 repeated-word" in result.stdout
    assert "^^^^^^^" in result.stdout


def test_standard_input_is_read_when_no_file_or_dash():
    note = (DATA / "slips-note.txt").read_bytes()
    for args in ((), ("-",)):
        result = run("--format", "json", *args, input=note)
        assert result.exit_code == 1
        assert json.loads(result.stdout)["files"][0]["source"] == "<stdin>"


def test_json_and_sarif_are_one_document_on_stdout():
    document = json.loads(run("--format", "json", SLIPS).stdout)
    assert document["version"] == 1 and document["files"][0]["findings"]
    sarif = json.loads(run("--format", "sarif", SLIPS).stdout)
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]


def test_unreadable_input_exits_2_with_one_line(tmp_path):
    binary = tmp_path / "photo.eml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run(str(binary))
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "photo.eml: this is a PNG image" in result.stderr


def test_missing_file_exits_2():
    result = run("no-such-note.eml")
    assert result.exit_code == 2 and "no-such-note.eml" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--disable", "AW999"), "unknown rule 'AW999'"),
        (("--severity", "AW503=loud"), "LEVEL error, warning or info"),
        (("--severity", "AW503"), "expected ID=LEVEL"),
        (("--sent-at", "tomorrow"), "not an ISO 8601 time"),
        (("--context", "missing.yaml"), "no such file"),
        (("--context", INTERVIEW, "--to", "Alex Nobody"), "Dr. Priya Raman, Sam Okafor"),
        (("--kind", "apology"), "apology"),
        (("--fix",), "for standard input use --diff"),
    ],
)
def test_bad_usage_exits_2_with_what_would_be_right(args, message):
    result = run(*args, input=b"Dear Sam,\n")
    assert result.exit_code == 2, result.stdout
    assert message in result.stderr.replace("\n", " ") or message in result.stdout


def test_disable_by_id_and_group_and_change_severity():
    assert "AW603" in rules_in(run("--format", "json", SLIPS))
    assert "AW603" not in rules_in(run("--format", "json", "--disable", "AW603", SLIPS))
    assert not {
        r
        for r in rules_in(run("--format", "json", "--disable", "AW6xx", SLIPS))
        if r.startswith("AW6")
    }
    result = run(
        "--format", "json", "--severity", "AW603=info,AW601=info", "--severity", "AW604=info", SLIPS
    )
    severities = {
        f["rule"]: f["severity"] for f in json.loads(result.stdout)["files"][0]["findings"]
    }
    assert severities["AW603"] == "info"


def test_config_review_section_applies_and_flags_add_to_it(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[review]\ndisable = ["AW603"]\n[review.severity]\nAW604 = "info"\n')
    result = run("--config", str(config), "--format", "json", "--disable", "AW605", SLIPS)
    findings = json.loads(result.stdout)["files"][0]["findings"]
    rules = {f["rule"] for f in findings}
    assert "AW603" not in rules and "AW605" not in rules
    assert all(f["severity"] == "info" for f in findings if f["rule"] == "AW604")
    flagged = run("--config", str(config), "--format", "json", "--severity", "AW604=error", SLIPS)
    severities = {
        f["rule"]: f["severity"] for f in json.loads(flagged.stdout)["files"][0]["findings"]
    }
    assert severities.get("AW604") == "error"


def test_known_word_silences_spelling():
    note = b"Dear Sam,\n\nThank you. I enjoyed talking about zorblax pipelines.\n"
    flagged = run("--format", "json", input=note)
    assert "AW601" in rules_in(flagged)
    accepted = run("--format", "json", "--known-word", "zorblax", input=note)
    assert "AW601" not in rules_in(accepted)


def test_to_header_picks_the_recipient_and_to_flag_overrides_it():
    with_header = run("--context", INTERVIEW, "--format", "json", GOOD)
    assert "AW202" not in rules_in(with_header)
    to_sam = run(
        "--context", INTERVIEW, "--to", "sam.okafor@northwind.example", "--format", "json", GOOD
    )
    assert "AW202" in rules_in(to_sam) or "AW201" in rules_in(to_sam)


def test_fix_edits_in_place_and_diff_only_prints(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes((DATA / "slips-note.txt").read_bytes())
    diff = run("--diff", str(path))
    assert "+" in diff.stdout and "the the plan" in diff.stdout
    assert path.read_bytes() == (DATA / "slips-note.txt").read_bytes()
    fixed = run("--fix", str(path))
    assert "the the plan" not in path.read_text()
    assert "fixed" in fixed.stderr and "AW603" in fixed.stderr
    assert "AW603" not in fixed.stdout


def test_batch_over_a_folder_ends_with_a_summary_table(tmp_path):
    for index in range(3):
        (tmp_path / f"n{index}.txt").write_bytes((DATA / "slips-note.txt").read_bytes())
    (tmp_path / "bad.eml").write_bytes(b"%PDF-1.7 binary")
    result = run("--jobs", "1", str(tmp_path))
    assert result.exit_code == 2  # one unreadable file
    assert "3 files reviewed, 3 with errors, 1 unreadable" in result.stdout
    assert "AW603" in result.stdout and "bad.eml" in result.stderr


def test_cold_import_of_the_command_stays_light():
    code = (
        "import sys, afterword.cli.review; "
        "print(sorted(m for m in ('harper', 'sqlalchemy', 'afterword.review.engine') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**os.environ}
    )
    assert out.stdout.strip() == "[]"


def test_real_command_exit_status_and_plain_output_when_piped(tmp_path):
    command = Path(sys.executable).with_name("afterword")
    done = subprocess.run([str(command), "review", SLIPS], capture_output=True, text=True)
    assert done.returncode == 1 and "\x1b[" not in done.stdout
    assert "Traceback" not in done.stderr


def test_context_by_stored_interview_id(sqlite_url):
    from afterword.interview.loader import load_interview
    from afterword.store.db import Database
    from afterword.store.interviews import save_interview

    database = Database(sqlite_url)
    interview_id = save_interview(database, load_interview(INTERVIEW))
    database.dispose()
    args = ("--db", sqlite_url, "--sent-at", "2026-11-24T18:00", "--format", "json")
    stored = run(*args, "--context", str(interview_id), GOOD)
    assert stored.exit_code == 0, stored.stdout + stored.stderr
    missing = run(*args, "--context", "999", GOOD)
    assert missing.exit_code == 2 and "no interview with id 999" in missing.stderr


def test_recipient_from_the_to_header_or_flag_without_an_interview():
    note = b"To: Sam Okafor <sam@x.example>\nSubject: Thank you\n\nDear Priya,\n\nThanks.\n"
    assert "AW202" in rules_in(run("--format", "json", input=note))
    assert "AW202" not in rules_in(run("--format", "json", "--to", "Priya Raman", input=note))


def test_every_review_option_is_documented():
    import typer.main

    command = typer.main.get_command(build_app()).commands["review"]  # type: ignore[attr-defined]
    page = (ROOT / "docs" / "review.md").read_text()
    options = [name for param in command.params for name in param.opts if name.startswith("--")]
    assert options and not [o for o in options if o != "--help" and f"`{o}" not in page]
