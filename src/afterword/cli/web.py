"""``afterword serve``: the local web page on 127.0.0.1, over the CLI's database and settings."""

from __future__ import annotations

from typing import Annotated

import typer

from afterword.cli.common import ConfigOption, DbOption


def register(app: typer.Typer) -> None:
    """Add this group's commands to the application."""
    app.command("serve")(serve)


def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on; keep 127.0.0.1 unless you know why.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the page in the default browser.")
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Serve the web page: dashboard, interview form, drafts with live review, outbox, settings."""
    import uvicorn

    from afterword.web.app import create_app
    from afterword.web.security import allowed_hosts_for

    web_app = create_app(db, config_path=config, allowed_hosts=allowed_hosts_for(host))
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    typer.echo(f"afterword is at {url} (Ctrl+C stops it)")
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(web_app, host=host, port=port, log_level="warning", access_log=False)
