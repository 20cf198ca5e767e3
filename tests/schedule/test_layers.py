"""schedule/ imports one way: no module of it imports, even inside a function, one above it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import afterword.schedule

FOLDER = Path(afterword.schedule.__file__).parent
# Bottom first: each may import only those before it.
LAYERS = ["business", "deadlines", "items", "cadence", "pending", "overview", "due", "calendar"]


def _imports(module: str) -> set[str]:
    """Return the schedule modules it imports anywhere (in functions and TYPE_CHECKING too)."""
    tree = ast.parse((FOLDER / f"{module}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "afterword.schedule."
        ):
            found.add(node.module.rsplit(".", 1)[1])
        elif isinstance(node, ast.Import):
            found |= {
                a.name.rsplit(".", 1)[1]
                for a in node.names
                if a.name.startswith("afterword.schedule.")
            }
    return found


def test_every_schedule_module_has_a_layer() -> None:
    modules = {path.stem for path in FOLDER.glob("*.py")} - {"__init__"}
    assert modules == set(LAYERS)


@pytest.mark.parametrize("module", LAYERS)
def test_a_module_imports_only_layers_below_it(module: str) -> None:
    below = set(LAYERS[: LAYERS.index(module)])
    assert _imports(module) <= below, f"{module} imports {_imports(module) - below}"
    # control: every layer but the bottom one builds on something below it
    assert module == "business" or _imports(module)
