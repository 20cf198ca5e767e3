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
    from afterword.cli.app import build_app

    build_app()(args=args, prog_name="afterword")
