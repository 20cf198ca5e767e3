"""The ``draft`` command end to end: a real SQLite file, the real CLI, stored messages."""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "northwind-panel.yaml"


@pytest.fixture
def app() -> typer.Typer:
    """The real ``afterword`` application."""
    from afterword.cli.app import build_app

    return build_app()


def run(app: typer.Typer, *args: str) -> tuple[int, str, str]:
    """Run the command line and return (exit code, stdout, stderr)."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_draft_json_stores_one_message_per_interviewer(app, tmp_path):
    db = str(tmp_path / "a.sqlite3")
    code, out, _ = run(app, "draft", str(EXAMPLE), "--db", db, "--json")
    assert code == 0
    items = json.loads(out)
    assert [i["to_name"] for i in items] == ["Dr. Priya Raman", "Sam Okafor"]
    assert all(i["id"] and i["subject"] and i["body"] for i in items)
    from afterword.store.db import Database
    from afterword.store.messages import get_message

    stored = get_message(Database(db), items[0]["id"])
    assert stored.body == items[0]["body"] and stored.status == "draft"


def test_draft_reuses_the_stored_interview(app, tmp_path):
    db = str(tmp_path / "a.sqlite3")
    run(app, "draft", str(EXAMPLE), "--db", db, "--json")
    run(app, "draft", str(EXAMPLE), "--db", db, "--json")
    from afterword.store.db import Database
    from afterword.store.interviews import list_interviews

    assert len(list_interviews(Database(db))) == 1


def test_follow_up_to_one_person_writes_eml(app, tmp_path):
    db = str(tmp_path / "a.sqlite3")
    out_dir = tmp_path / "eml"
    code, out, _ = run(
        app,
        "draft",
        str(EXAMPLE),
        "--db",
        db,
        "--kind",
        "follow-up",
        "--to",
        "sam.okafor@northwind.example",
        "--out",
        str(out_dir),
        "--json",
    )
    assert code == 0
    [item] = json.loads(out)
    [path] = list(out_dir.glob("*.eml"))
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["To"] == "Sam Okafor <sam.okafor@northwind.example>"
    assert message["Subject"] == item["subject"]
    assert item["subject"] != "Following up"
    assert message.get_content().replace("\r\n", "\n").strip() == item["body"].strip()


def test_variant_changes_the_wording(app, tmp_path):
    db = str(tmp_path / "a.sqlite3")
    first = json.loads(run(app, "draft", str(EXAMPLE), "--db", db, "--json")[1])
    second = json.loads(run(app, "draft", str(EXAMPLE), "--db", db, "--json", "--variant", "1")[1])
    assert first[0]["body"] != second[0]["body"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--to", "Nobody"], "matches no single interviewer"),
        (["--kind", "goodbye"], "goodbye"),
    ],
)
def test_bad_usage_says_what_is_wrong(app, tmp_path, args, expected):
    code, _, err = run(app, "draft", str(EXAMPLE), "--db", str(tmp_path / "a.sqlite3"), *args)
    assert code == 2
    assert expected in err
    assert "Traceback" not in err


def test_unknown_stored_id_is_a_clear_error(app, tmp_path):
    code, _, err = run(app, "draft", "42", "--db", str(tmp_path / "a.sqlite3"))
    assert code == 2 and "no interview with id 42" in err


def test_demo_imports_once_and_prints_every_draft_with_its_review(tmp_path):
    from afterword.cli.app import build_app

    app = build_app()
    db = str(tmp_path / "demo.sqlite3")
    for _ in range(2):
        code, out, err = run(app, "--db", db, "demo", str(EXAMPLE))
        assert code == 0, err
    assert "thank-you notes due by" in out and "first follow-up due" in out
    assert out.count("Dear Dr. Raman,") == 2  # a thank-you and a follow-up
    assert "Subject: " in out and "panel: 2 notes" in out
    from afterword.store.db import Database
    from afterword.store.interviews import list_interviews
    from afterword.store.messages import list_messages

    assert len(list_interviews(Database(db))) == 1
    assert len(list_messages(Database(db))) == 4


def test_draft_prints_each_note_with_its_review(app, tmp_path):
    code, out, _ = run(app, "draft", str(EXAMPLE), "--db", str(tmp_path / "a.sqlite3"))
    assert code == 0
    assert "To: Sam Okafor <sam.okafor@northwind.example>" in out
    assert out.count("words") >= 2 and "panel: 2 notes" in out


def test_draft_says_when_the_model_was_not_used(app, tmp_path):
    from support.llm_server import Answer, LLMServer

    with LLMServer([Answer.error(500), Answer.error(500)]) as server:
        env = {"AFTERWORD_LLM_BASE_URL": server.base_url, "AFTERWORD_LLM_MODEL": "test-model"}
        result = CliRunner().invoke(
            app, ["draft", str(EXAMPLE), "--db", str(tmp_path / "a.sqlite3"), "--json"], env=env
        )
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert [i["composer"] for i in items] == ["builtin", "builtin"]
    assert all("HTTP 500" in i["notes"][0] for i in items)
    assert len(server.requests) == 2


MESSY = Path(__file__).parent / "messy" / "01-quant-london.yaml"


@pytest.mark.parametrize(
    ("args", "shows", "hides"),
    [
        ((), ["Tom Hale:", "Priya Nair:", "how to measure success"], []),  # control
        (("--to", "Priya Nair"), ["about pay or benefits", "never quoted"], ["Tom Hale:"]),
    ],
)
def test_notes_prints_how_each_note_is_read(app, args, shows, hides):
    code, out, _ = run(app, "notes", str(MESSY), *args)
    assert code == 0
    assert all(text in out for text in shows) and not any(text in out for text in hides)
    assert "notes:" in out and "left out" in out


def test_notes_json_lists_every_note_with_its_reading(app):
    code, out, _ = run(app, "notes", str(MESSY), "--json")
    items = json.loads(out)
    assert code == 0 and len(items) == 14
    bored = next(i for i in items if "bored" in i["note"])
    assert bored["used"] is False and "manner" in bored["why"] and bored["as_used"] is None
    question = next(i for i in items if i["note"].startswith("how do you"))
    # "how do you ...?": either of them may have asked, so it is read as a topic
    assert question["kind"] == "topic" and question["forms"]["topic"].startswith("how to")


def test_notes_names_an_unknown_interviewer(app):
    code, _, err = run(app, "notes", str(MESSY), "--to", "Nobody")
    assert code != 0 and "expected one of: Tom Hale, Priya Nair" in err


def test_draft_lists_the_notes_left_out_and_why(app, tmp_path):
    db = str(tmp_path / "a.sqlite3")
    code, out, _ = run(app, "draft", str(MESSY), "--db", db)
    assert code == 0 and "how your notes were read" in out
    assert "seemed bored" in out.split("how your notes were read")[1]  # listed, not drafted
    code, out, _ = run(app, "draft", str(MESSY), "--db", db, "--json", "--to", "Priya Nair")
    [item] = json.loads(out)
    left_out = [r["note"] for r in item["reading"] if not r["used"]]
    assert "seemed bored, kept looking at her phone" in left_out
    assert "bored" not in item["body"]


def test_notes_reads_a_stored_interview_by_id(app, tmp_path):
    db = str(tmp_path / "a.sqlite3")
    code, out, _ = run(app, "draft", str(MESSY), "--db", db, "--json")
    assert code == 0
    code, out, _ = run(app, "notes", "1", "--db", db, "--to", "Tom Hale")
    assert code == 0 and "Tom Hale:" in out and "negative news" in out


@pytest.mark.parametrize(
    ("address", "rules"),
    [("jordan.lee@example.com", set()), ("partyboy99@example.com", {"AW701"})],
)
def test_draft_json_carries_each_drafts_review(app, tmp_path, address, rules):
    """`draft --json` reviews the drafts, as its help says: the same findings as the text."""
    record = tmp_path / "interview.yaml"
    record.write_text(EXAMPLE.read_text().replace("jordan.lee@example.com", address))
    db = str(tmp_path / "a.sqlite3")
    code, out, _ = run(app, "draft", str(record), "--db", db, "--json")
    assert code == 0
    items = json.loads(out)
    assert all({f["rule"] for f in item["findings"]} == rules for item in items)
    assert all(item["summary"]["findings"] == len(item["findings"]) for item in items)
    _, text, _ = run(app, "draft", str(record), "--db", db)
    assert all(rule in text for rule in rules)
