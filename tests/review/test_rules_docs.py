"""docs/rules.md is generated from the rules and must not drift from them."""

from __future__ import annotations

from afterword.review import docs
from afterword.review.catalogue import RULES


def test_rules_page_is_current() -> None:
    assert docs.TARGET.read_text(encoding="utf-8") == docs.render(), (
        "docs/rules.md is stale: run `python -m afterword.review.docs`"
    )


def test_every_rule_is_documented_with_its_examples() -> None:
    page = docs.render()
    for rule in RULES:
        assert f"## {rule.id} {rule.name}" in page
        assert rule.doc.splitlines()[0].strip() in page


def test_check_mode_reports_current(capsys) -> None:
    assert docs.main(["--check"]) == 0
    assert "current" in capsys.readouterr().out
