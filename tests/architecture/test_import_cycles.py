"""No import cycle among afterword's modules, counting the imports inside functions.

The graph is read from the source with ``ast``: every ``import`` and ``from ... import``
anywhere in a module (at the top, inside a function, inside a class) is an edge, except those
under ``if TYPE_CHECKING:``, which never run. A cycle means two modules that cannot be
understood, tested or moved one without the other: make the dependency go one way.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import afterword

SRC = Path(afterword.__file__).parent

# Cycles known today in areas being reworked in parallel, allowed until those land. Each is
# an expected failure (strict): once the cycle is gone its test says to remove the allowance.


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(SRC.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    return ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")


def _import_nodes(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import in the tree, skipping ``if TYPE_CHECKING:`` bodies."""
    found: list[ast.Import | ast.ImportFrom] = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def _targets(node: ast.Import | ast.ImportFrom, importer: str) -> set[str]:
    """The afterword modules one import statement loads (a name may be a submodule)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in MODULES}
    assert not node.level, f"{importer}: relative import; afterword imports absolutely"
    base = node.module or ""
    found = {f"{base}.{alias.name}" for alias in node.names} & MODULES.keys()
    return found or ({base} & MODULES.keys())


def import_graph() -> dict[str, set[str]]:
    """Map each afterword module to the afterword modules it imports."""
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges = set().union(*(_targets(node, name) for node in _import_nodes(tree)))
        graph[name] = edges - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Return the strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_imports_inside_functions() -> None:
    graph = import_graph()
    # cli.app imports every command module by name at run time; the review command's own
    # modules are imported inside its functions.
    assert "afterword.review.batch" in graph["afterword.cli.review"]
    assert "afterword.errors" in graph["afterword.cli.app"]


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),  # control: one way
        ({"a": {"b"}, "b": {"a"}}, [frozenset({"a", "b"})]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [frozenset({"a", "b", "c"})]),
    ],
)
def test_cycles_finds_each_knot(graph: dict[str, set[str]], expected: list[frozenset[str]]) -> None:
    assert cycles(graph) == expected


def test_no_new_import_cycle() -> None:
    unexpected = [sorted(c) for c in cycles(import_graph())]
    assert unexpected == [], "import cycles (make each dependency go one way):\n" + "\n".join(
        " <-> ".join(c) for c in unexpected
    )
