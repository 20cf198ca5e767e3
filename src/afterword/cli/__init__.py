"""The ``afterword`` command: a thin layer that parses, calls the core and formats."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    """Run the command line; ``--version`` answers before anything heavy is imported."""
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        from afterword import __version__

        print(f"afterword {__version__}")
        return
    if args[:1] == ["review"] and "--help" not in args and _one_input(args[1:]):
        _warm_harper()
        from afterword.cli.review_report import lean_review

        code = lean_review(list(args))  # one file: no Typer, no other command groups
        if code is not None:
            raise SystemExit(code)
    if args[:1] in (["list"], ["due"]):
        from afterword.cli.lean import run

        code = run(list(args))  # reading a SQLite file needs none of the heavy imports
        if code is not None:
            raise SystemExit(code)
    from afterword.cli.app import build_app

    build_app()(args=args, prog_name="afterword")


def _one_input(args: list[str]) -> bool:
    """Tell whether a review reads one note here; a batch's workers build their own linters."""
    import os.path

    values = {i + 1 for i, arg in enumerate(args) if arg == "--format"}  # "json" names no file
    named = [arg for i, arg in enumerate(args) if not arg.startswith("-") and i not in values]
    return len(named) <= 1 and not any(os.path.isdir(arg) for arg in named)


def _warm_harper() -> None:
    """Build Harper's dictionary on another core while the command line loads.

    The first Linter of a process costs about a second and releases the GIL; every later one,
    on any thread, takes milliseconds. Starting it first hides most of the import time.
    """
    import threading

    def build() -> None:
        import harper

        harper.Linter()

    threading.Thread(target=build, name="warm-harper", daemon=True).start()
