"""Every error a user can cause derives from AfterwordError, with exit code and HTTP status."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import afterword
from afterword.cli.app import build_app
from afterword.errors import AfterwordError

SRC = Path(afterword.__file__).parent

# Raised and caught inside one module, never shown to the user as they are.
INTERNAL = {
    "afterword.config_file._Unsure": "plain_settings turns it into None (the models then judge)",
    "afterword.interview.errors.FieldProblem": "pydantic turns it into an InterviewFileError",
    "afterword.interview.loader._DuplicateKey": "the loader turns it into an InterviewFileError",
    "afterword.mail.delivery.Withdrawn": "a worker's own signal that a message was taken back",
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _exception_classes() -> list[str]:
    """Name every class in src/afterword whose own bases look like exceptions."""
    names = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                ast.unparse(base).endswith(("Error", "Exception", "Failure")) for base in node.bases
            ):
                names.append(f"{_module_name(path)}.{node.name}")
    return names


def _load(qualified: str) -> type:
    module, _, name = qualified.rpartition(".")
    return getattr(importlib.import_module(module), name)


def test_the_scan_finds_the_known_errors() -> None:
    found = set(_exception_classes())
    assert {"afterword.config_file.ConfigError", "afterword.mail.kernel.OutboxError"} <= found
    assert len(found) >= 16


@pytest.mark.parametrize("qualified", _exception_classes())
def test_every_error_derives_from_the_one_base(qualified: str) -> None:
    if qualified in INTERNAL:
        assert not issubclass(_load(qualified), AfterwordError), "drop it from INTERNAL"
        return
    error = _load(qualified)
    assert issubclass(error, AfterwordError), f"{qualified}: derive it from AfterwordError"
    assert error.exit_code in (1, 2) and 400 <= error.http_status < 600


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["show", "missing.yaml"], 2, "error: missing.yaml: "),
        (["outbox", "--status", "sent"], 0, ""),  # control: no error
    ],
)
def test_the_cli_answers_a_user_error_once(tmp_path, args, code, message) -> None:
    result = CliRunner().invoke(build_app(), [*args, "--db", str(tmp_path / "a.sqlite3")])
    assert result.exit_code == code, result.output
    assert result.stderr.startswith(message)
    assert "Traceback" not in result.output
