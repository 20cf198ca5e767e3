"""Where things live: every rule under review/rules, and no pointer to a file outside the repo."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import afterword.review.rules as rules_package
from afterword.review.catalogue import RULES
from afterword.review.rules.base import Rule

ROOT = Path(__file__).parents[2]
# Files kept outside the repository (the team's notes); the product must not point at them.
OUTSIDE_FILES = ("DESIGN.md", "STYLE.md")


def _rules_defined_under_review_rules() -> set[str]:
    found = set()
    for module in pkgutil.iter_modules(rules_package.__path__, f"{rules_package.__name__}."):
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, Rule):
                found.add(value.id)
    return found


def test_every_catalogued_rule_lives_in_review_rules() -> None:
    assert {rule.id for rule in RULES} - _rules_defined_under_review_rules() == set()
    assert "AW206" in _rules_defined_under_review_rules()


def _shipped_text_files() -> list[Path]:
    files = [ROOT / "README.md", *(ROOT / "docs").rglob("*.md"), *(ROOT / "examples").iterdir()]
    return files + sorted((ROOT / "src" / "afterword").rglob("*.py"))


@pytest.mark.parametrize("name", OUTSIDE_FILES)
def test_no_code_or_doc_points_at_a_file_outside_the_repository(name: str) -> None:
    mentions = [
        str(path.relative_to(ROOT))
        for path in _shipped_text_files()
        if path.is_file() and name in path.read_text(encoding="utf-8", errors="replace")
    ]
    assert mentions == [], f"{name} is not in the repository; point at docs/ instead"
