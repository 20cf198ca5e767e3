"""``afterword words``: your own word list, which the spelling check accepts."""

from __future__ import annotations

from typing import Annotated

import typer

from afterword.cli.common import fail

words_app = typer.Typer(
    help="Your own words: the spelling check (AW601) accepts them in every review.",
    no_args_is_help=True,
)
WordsArgument = Annotated[list[str], typer.Argument(help="Words, e.g. stormwater Nakamura.")]


def register(app: typer.Typer) -> None:
    """Add ``afterword words`` to the application."""
    app.add_typer(words_app, name="words")


@words_app.command("add")
def add_words(words: WordsArgument) -> None:
    """Add words to your list."""
    from afterword.review.words import WordListError, add

    try:
        new = add(words)
    except WordListError as exc:
        fail(str(exc))
    typer.echo(f"added {len(new)}: {', '.join(new)}" if new else "already in your list")


@words_app.command("list")
def list_words() -> None:
    """Print your words, one a line."""
    from afterword.review.words import load

    for word in load():
        typer.echo(word)


@words_app.command("remove")
def remove_words(words: WordsArgument) -> None:
    """Remove words from your list."""
    from afterword.review.words import remove

    gone = remove(words)
    missing = [w for w in words if w.casefold() not in {g.casefold() for g in gone}]
    if missing:
        fail(f"not in your list: {', '.join(missing)}; `afterword words list` shows it", code=1)
    typer.echo(f"removed {len(gone)}: {', '.join(gone)}")


@words_app.command("path")
def words_path() -> None:
    """Print where your list is kept (one word a line; you may edit it by hand)."""
    from afterword.review.words import words_path as path

    typer.echo(str(path()))
