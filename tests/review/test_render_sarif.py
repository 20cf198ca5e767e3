"""SARIF 2.1.0 output: valid against the official schema, with rules and exact regions."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from afterword.review.engine import review
from afterword.review.reading import read_message
from afterword.review.render import render_sarif

DATA = Path(__file__).parent / "data"
SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text())


def sarif_of(*names: str) -> dict:
    reviews = [review(read_message((DATA / n).read_bytes(), n)) for n in names]
    return json.loads(json.dumps(render_sarif(reviews)))  # what a consumer would read


@pytest.mark.parametrize(
    "names",
    [("slips-note.txt",), ("good-note.eml", "latin1-base64.eml", "crlf-note.eml"), ()],
)
def test_sarif_validates_against_the_official_schema(names):
    jsonschema.Draft4Validator(SCHEMA).validate(sarif_of(*names))


def test_every_rule_is_described_with_its_documentation():
    rules = sarif_of("slips-note.txt")["runs"][0]["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids == sorted(ids) and {"AW101", "AW601", "AW702"} <= set(ids)
    for rule in rules:
        assert rule["name"] and rule["shortDescription"]["text"]
        assert rule["help"]["text"], f"{rule['id']} has no documentation"


def test_results_point_at_the_offending_text_in_the_file():
    log = sarif_of("slips-note.txt")
    text = (DATA / "slips-note.txt").read_text()
    run = log["runs"][0]
    regions = [
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"])
        for r in run["results"]
        if "region" in r["locations"][0]["physicalLocation"]
    ]
    assert regions
    for rule_id, region in regions:
        start = region["charOffset"]
        snippet = text[start : start + region["charLength"]]
        line = text.splitlines()[region["startLine"] - 1]
        if region["startLine"] == region["endLine"]:
            assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == snippet, rule_id
    repeated = [region for rule_id, region in regions if rule_id == "AW603"]
    assert text[repeated[0]["charOffset"] :].startswith("the the")


def test_crlf_files_count_their_carriage_returns_in_char_offsets():
    path = DATA / "crlf-slips.txt"
    data = (DATA / "slips-note.txt").read_bytes().replace(b"\n", b"\r\n")
    result = review(read_message(data, str(path)))
    log = render_sarif([result])
    text = data.decode()
    for r in log["runs"][0]["results"]:
        region = r["locations"][0]["physicalLocation"].get("region")
        if r["ruleId"] == "AW603" and region:
            assert text[region["charOffset"] :].startswith("the the")


def test_levels_map_info_to_note_and_keep_rule_index():
    run = sarif_of("slips-note.txt")["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert result["level"] in {"error", "warning", "note"}
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert run["columnKind"] == "unicodeCodePoints"
