"""Generate the reference pages that must not drift: ``python -m afterword.docs``.

docs/cli.md comes from the commands' own help; docs/rules.md from the rules.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import typer
from typer.main import get_command

CLI_HEADER = """# CLI reference

Generated from the commands' own help by `make docs` (`python -m afterword.docs`);
a test fails when this page is stale. Every command that touches storage takes `--db`
(a SQLite path or a SQLAlchemy URL; `AFTERWORD_DB` sets the default), and commands that
print data take `--json` and then print one JSON document on stdout and nothing else there.
Exit status: 0 on success, 1 when a review found error-severity findings, 2 on bad usage or
bad input.
"""


def _command_help(app: typer.Typer, path: list[str]) -> str:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, [*path[1:], "--help"], prog_name="afterword")
    lines = [line.rstrip() for line in result.output.splitlines()]
    return "\n".join(lines).strip("\n")


Command = Any  # the click command class Typer builds on (Typer may carry its own click)


def _walk(command: Command, path: list[str]) -> list[tuple[list[str], Command]]:
    found = [(path, command)]
    if hasattr(command, "list_commands"):
        context = type(command).context_class(command)
        for name in sorted(command.list_commands(context)):
            sub = command.get_command(context, name)
            if sub is not None and not sub.hidden:
                found.extend(_walk(sub, [*path, name]))
    return found


def cli_commands(app: typer.Typer | None = None) -> list[tuple[list[str], Command]]:
    """Every command of ``afterword``, with its path (``["afterword", "review"]``)."""
    from afterword.cli.app import build_app

    return _walk(get_command(app or build_app()), ["afterword"])


def cli_reference() -> str:
    """Return the text of docs/cli.md."""
    from afterword.cli.app import build_app

    os.environ["NO_COLOR"] = "1"
    os.environ["COLUMNS"] = "100"
    os.environ["TERMINAL_WIDTH"] = "100"
    app = build_app()
    parts = [CLI_HEADER]
    for path, command in cli_commands(app):
        title = " ".join(path)
        summary = (command.get_short_help_str(limit=200) or "").strip()
        parts.append(f"## `{title}`\n\n{summary}\n\n```text\n{_command_help(app, path)}\n```\n")
    return "\n".join(parts)


def pages(root: Path) -> dict[Path, str]:
    """Every generated page, by path, with its current text."""
    from afterword.review.docs import render as rules_reference

    return {
        root / "docs" / "cli.md": cli_reference(),
        root / "docs" / "rules.md": rules_reference(),
    }


def main(argv: list[str]) -> int:
    """Write the generated pages (or, with ``--check``, fail when one is stale)."""
    root = Path(argv[argv.index("--root") + 1]) if "--root" in argv else Path.cwd()
    stale = []
    for path, text in pages(root).items():
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    for path in stale:
        print(f"stale: {path} (run `make docs`)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
