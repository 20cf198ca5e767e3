"""No blocking call in an ``async def`` route (issue 12, item 6).

An ``async def`` route runs on the event loop: one blocking call there (the database, a mail
server, an import) freezes every other request. Such a route may only await (the form, the
upload, ``run_in_threadpool``); everything else is a plain ``def`` that FastAPI runs in a
worker thread. The behaviour is tested in test_settings.py (a silent mail server).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import afterword.web.views

VIEWS = Path(afterword.web.views.__file__).parent
ROUTES = [
    (path.name, node)
    for path in sorted(VIEWS.glob("*.py"))
    for node in ast.walk(ast.parse(path.read_text()))
    if isinstance(node, ast.AsyncFunctionDef)
]


def unawaited_calls(function: ast.AsyncFunctionDef) -> list[str]:
    """The calls in the function's body that are not directly awaited."""
    awaited = {id(n.value) for n in ast.walk(function) if isinstance(n, ast.Await)}
    return [
        ast.unparse(node)
        for statement in function.body
        for node in ast.walk(statement)
        if isinstance(node, ast.Call) and id(node) not in awaited
    ]


def test_there_are_async_routes_to_check() -> None:
    assert {name for name, _ in ROUTES} >= {"new_interview.py", "settings.py"}


@pytest.mark.parametrize(("module", "route"), ROUTES, ids=[f"{m}:{r.name}" for m, r in ROUTES])
def test_async_routes_only_await(module: str, route: ast.AsyncFunctionDef) -> None:
    assert unawaited_calls(route) == [], f"{module}: {route.name} calls these on the event loop"
