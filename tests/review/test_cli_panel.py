"""`afterword review` over a panel's notes: AW206 names both notes of a near-duplicate pair."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from afterword.cli.app import build_app

ROOT = Path(__file__).resolve().parents[2]
INTERVIEW = str(ROOT / "examples" / "northwind-panel.yaml")

NOTE = """To: Dr. Priya Raman <priya.raman@northwind.example>
Subject: Thank you — Senior Data Engineer interview

Dear Dr. Raman,

Thank you for taking the time to talk with me about the Senior Data Engineer role yesterday.
I enjoyed learning how the team plans to move the batch ETL jobs to streaming, and my five
years building streaming pipelines on Kafka and Flink would help me contribute quickly.
I am excited about the chance to join Northwind Analytics.

Best regards,
Jordan Lee
"""
COPY = NOTE.replace("Dr. Priya Raman <priya.raman", "Sam Okafor <sam.okafor").replace(
    "Dear Dr. Raman", "Dear Sam"
)
OWN = """To: Sam Okafor <sam.okafor@northwind.example>
Subject: Thank you — Senior Data Engineer interview

Hi Sam,

Thanks for walking me through the on-call rotation yesterday and how you test schema changes
before they reach production. Your contract tests are an idea I would like to build on, and my
five years building streaming pipelines on Kafka and Flink fit the work you described. I am
keen to join Northwind Analytics and help the team with the Senior Data Engineer role.

Best,
Jordan Lee
"""


def review(folder: Path, *notes: tuple[str, str], extra: tuple[str, ...] = ()) -> dict:
    paths = []
    for name, text in notes:
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    result = CliRunner().invoke(build_app(), ["review", "--format", "json", *extra, *paths])
    return {"code": result.exit_code, "doc": json.loads(result.stdout)}


def aw206(outcome: dict) -> list[str]:
    return [
        finding["message"]
        for file in outcome["doc"]["files"]
        for finding in file["findings"]
        if finding["rule"] == "AW206"
    ]


def test_panel_flag_names_both_copies(tmp_path: Path) -> None:
    outcome = review(tmp_path, ("priya.eml", NOTE), ("sam.eml", COPY), extra=("--panel",))
    messages = aw206(outcome)
    assert len(messages) == 2  # one on each note of the pair
    assert all("priya.eml" in m and "sam.eml" in m for m in messages)
    assert outcome["code"] == 1


def test_context_with_several_files_compares_them(tmp_path: Path) -> None:
    extra = ("--context", INTERVIEW, "--sent-at", "2026-11-24T18:00")
    outcome = review(tmp_path, ("priya.eml", NOTE), ("sam.eml", COPY), extra=extra)
    assert len(aw206(outcome)) == 2


def test_individual_notes_raise_no_panel_finding(tmp_path: Path) -> None:
    outcome = review(tmp_path, ("priya.eml", NOTE), ("sam.eml", OWN), extra=("--panel",))
    assert aw206(outcome) == []


def test_without_panel_or_context_files_are_independent(tmp_path: Path) -> None:
    outcome = review(tmp_path, ("priya.eml", NOTE), ("sam.eml", COPY))
    assert aw206(outcome) == []
