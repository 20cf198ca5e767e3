"""Drafts in the candidate's English: the spelling table, Harper's dialects, the tidy corpus."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest

from afterword.compose import compose, compose_panel
from afterword.compose.checking import review_draft
from afterword.compose.dialect import KINDS, english_for, respell, variants
from afterword.config import ProfileSettings, ReviewSettings, Settings
from afterword.english import ENGLISHES, HARPER_NAMES, English
from afterword.interview.loader import load_interview
from afterword.interview.model import Candidate
from afterword.review.proofread import proofread

CORPUS = Path(__file__).with_name("corpus")

# (English, as the banks and notes say it, as that English writes it)
RESPELLED = [
    ("en-US", "We organized the program around behavior.", "same"),  # the control
    (
        "en-GB",
        "We organized the program around behavior.",
        "We organised the programme around behaviour.",
    ),
    ("en-IN", "I realize the center is gray.", "I realise the centre is grey."),
    (
        "en-AU",
        "We organized the program around behavior.",
        "We organised the program around behaviour.",
    ),
    (
        "en-CA",
        "We organized the program around behavior.",
        "We organized the program around behaviour.",
    ),
    (
        "en-CA",
        "I was honored; we traveled to the theater.",
        "I was honoured; we travelled to the theatre.",
    ),
    ("en-GB", "Modeling labor costs. Analyzing them.", "Modelling labour costs. Analysing them."),
    ("en-GB", "Organizing it was fun.", "Organising it was fun."),  # a sentence may start with one
    ("en-GB", "the Data Center team and the Labor Party", "same"),  # names keep their spelling
    ("en-GB", "colorado, honorific, programmer, organic", "same"),  # only whole words
    ("en-US", "We organised the programme; the colour.", "We organized the program; the color."),
    ("en-AU", "the programme we analyzed", "the program we analysed"),
    ("en-CA", "I organised the programme, sceptical.", "I organized the program, sceptical."),
]


@pytest.mark.parametrize(("english", "text", "expected"), RESPELLED)
def test_respell(english: English, text: str, expected: str) -> None:
    assert respell(text, english) == (text if expected == "same" else expected)


@pytest.mark.parametrize(
    ("english", "text", "typed", "expected"),
    [
        ("en-GB", "the program we organized", frozenset(), "the programme we organised"),  # control
        ("en-GB", "the program we organized", frozenset({"program"}), "the program we organised"),
        ("en-US", "the uplift modelling project", frozenset({"modelling"}), "same"),
        ("en-AU", "the IB programmes", frozenset({"programmes"}), "same"),
    ],
)
def test_the_candidates_own_spelling_is_kept(english, text, typed, expected):
    assert respell(text, english, typed) == (text if expected == "same" else expected)


@pytest.mark.parametrize("english", ENGLISHES)
def test_harper_accepts_every_spelling_in_its_english(english: English) -> None:
    words = sorted(set(variants(english).values()))
    text = "\n".join(f"I noted the {word} today." for word in words)
    flagged = [text[lint.start : lint.end] for lint in proofread(text, (), HARPER_NAMES[english])]
    assert flagged == []


def test_every_english_has_its_kinds() -> None:
    assert set(KINDS) == set(ENGLISHES)
    assert variants("en-US")["organise"] == "organize" and "organize" not in variants("en-US")


@pytest.mark.parametrize(
    ("profile", "dialect", "zone", "expected"),
    [
        (None, "american", "America/Chicago", "en-US"),  # the control
        ("en-GB", "american", "America/Chicago", "en-GB"),  # the profile wins
        (None, "american", "Europe/London", "en-GB"),  # else the interview's zone
        (None, "australian", "America/Chicago", "en-AU"),  # an older review.dialect
        ("en-CA", "australian", "Europe/London", "en-CA"),
    ],
)
def test_the_english_a_draft_is_written_in(example, profile, dialect, zone, expected) -> None:
    settings = Settings(
        profile=ProfileSettings(english=profile), review=ReviewSettings(dialect=dialect)
    )
    assert english_for(settings, example.model_copy(update={"timezone": zone})) == expected


def test_a_draft_is_written_and_reviewed_in_the_profile_english(example, now) -> None:
    person = example.interviewers[0].model_copy(
        update={"discussed": ["how they organize the program and analyze labor costs"]}
    )
    interview = example.model_copy(update={"interviewers": [person, *example.interviewers[1:]]})
    settings = Settings(profile=ProfileSettings(english="en-GB"))
    draft = compose(interview, person, settings=settings, now=now)
    assert "organise the programme and analyse labour costs" in draft.body
    findings = review_draft(draft, interview, settings).findings
    assert [f.rule for f in findings if f.severity == "error"] == []


@cache
def _corpus_drafts(english: English) -> list[tuple[str, str, tuple[str, ...]]]:
    """Every draft of the tidy corpus written in one English, with the words it may name."""
    settings = Settings(profile=ProfileSettings(english=english))
    who = Candidate(name="Robin Avery", email="robin.avery@example.com")
    drafts = []
    for path in sorted(CORPUS.glob("*.yaml")):
        interview = load_interview(path)
        names = [interview.company, interview.role, *(p.name for p in interview.interviewers)]
        known = tuple(re.findall(r"[^\W_]+", " ".join(names)))
        for kind, sequence, after in (("thank-you", 1, 20), ("follow-up", 1, 24 * 7)):
            now = interview.end + timedelta(hours=after)
            for draft in compose_panel(interview, kind, 0, settings, who, sequence, now=now):  # type: ignore[arg-type]
                drafts.append((path.name, draft.body, known))
    return drafts


@pytest.mark.slow
@pytest.mark.parametrize("english", ENGLISHES)
def test_tidy_corpus_drafts_raise_no_spelling_lint_in_their_english(english: English) -> None:
    flagged = [
        f"{source}: {body[lint.start : lint.end]}"
        for source, body, known in _corpus_drafts(english)
        for lint in proofread(body, known, HARPER_NAMES[english])
        if lint.category == "spelling"
    ]
    assert flagged == []


def test_the_draft_command_writes_in_the_configured_english(tmp_path: Path) -> None:
    import json

    import yaml
    from typer.testing import CliRunner

    from afterword.cli.app import build_app

    record = yaml.safe_load((CORPUS.parents[2] / "examples" / "northwind-panel.yaml").read_text())
    record["interviewers"][0]["discussed"] = ["how the team will organize labor on the program"]
    (file := tmp_path / "interview.yaml").write_text(yaml.safe_dump(record), encoding="utf-8")
    (config := tmp_path / "config.toml").write_text('[profile]\nenglish = "en-GB"\n')
    common = ["--db", str(tmp_path / "a.sqlite3"), "--config", str(config)]
    drafted = CliRunner().invoke(build_app(), ["draft", str(file), *common, "--json"])
    assert drafted.exit_code == 0, drafted.stderr
    assert "organise labour on the programme" in json.loads(drafted.stdout)[0]["body"]
    shown = CliRunner().invoke(build_app(), ["draft", str(file), *common])
    assert "organise labour" in shown.stdout and "AW601" not in shown.stdout
