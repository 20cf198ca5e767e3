"""Imports inside functions only where they buy the command line's cold start.

The CLI's commands import their heavy modules inside the command, so ``afterword --version``
and ``afterword review`` start fast. The web server imports at the top. No module imports
inside a function what it already imported at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import afterword

SRC = Path(afterword.__file__).parent
KNOWN_REIMPORTS: dict[str, set[str]] = {}


def _top_level_modules(tree: ast.Module) -> set[str]:
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    return found


def function_imports(tree: ast.Module) -> list[tuple[int, str]]:
    """Return (line, module) for every import inside a function."""
    found = []
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.Import):
                    found += [(node.lineno, alias.name) for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    found.append((node.lineno, node.module))
    return found


def reimports(source: str) -> set[str]:
    """Name the modules a file imports inside a function although it imports them on top."""
    tree = ast.parse(source)
    return {module for _, module in function_imports(tree)} & _top_level_modules(tree)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import os\ndef f():\n    import sys\n", set()),  # control
        ("import os\ndef f():\n    import os\n", {"os"}),
        ("from a import b\ndef f():\n    from a import c\n", {"a"}),
    ],
)
def test_reimports_finds_a_module_imported_twice(source: str, expected: set[str]) -> None:
    assert reimports(source) == expected


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_imports_again_what_it_imported_on_top(path: Path) -> None:
    allowed = KNOWN_REIMPORTS.get(path.relative_to(SRC).as_posix(), set())
    assert reimports(path.read_text(encoding="utf-8")) - allowed == set()


@pytest.mark.parametrize(
    "path", sorted((SRC / "web").rglob("*.py")), ids=lambda p: str(p.relative_to(SRC))
)
def test_the_web_server_imports_at_the_top(path: Path) -> None:
    assert function_imports(ast.parse(path.read_text(encoding="utf-8"))) == []
