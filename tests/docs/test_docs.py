"""Docs that cannot drift: every setting, variable and command is documented."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from afterword.config import ENVIRONMENT, Settings

ROOT = Path(__file__).resolve().parents[2]


def _setting_names(model: type[BaseModel], prefix: str = "") -> list[str]:
    names = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            names.extend(_setting_names(annotation, f"{prefix}{name}."))
        else:
            names.append(f"{prefix}{name}")
    return names


@pytest.mark.parametrize("setting", _setting_names(Settings))
def test_every_setting_is_documented(setting: str) -> None:
    assert f"`{setting}`" in (ROOT / "docs" / "configuration.md").read_text()


@pytest.mark.parametrize("variable", [*sorted(ENVIRONMENT), "AFTERWORD_CONFIG", "NO_COLOR"])
def test_every_variable_is_documented(variable: str) -> None:
    assert variable in (ROOT / "docs" / "configuration.md").read_text()


def test_generated_pages_are_current() -> None:
    from afterword.docs import pages

    stale = [
        str(path.relative_to(ROOT))
        for path, text in pages(ROOT).items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert not stale, f"run `make docs`: {stale} are stale"


def test_every_command_is_in_the_readme_tour_or_cli_reference() -> None:
    from afterword.docs import cli_commands

    reference = (ROOT / "docs" / "cli.md").read_text()
    for path, _command in cli_commands():
        assert f"## `{' '.join(path)}`" in reference
