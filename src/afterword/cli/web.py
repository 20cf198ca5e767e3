"""``afterword serve``: the local web page on 127.0.0.1, over the CLI's database and settings."""

from __future__ import annotations

from typing import Annotated

import typer

from afterword.cli.common import ConfigOption, DbOption, err_console, fail, load_config


def register(app: typer.Typer) -> None:
    """Add this group's commands to the application."""
    app.command("serve")(serve)


def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on; keep 127.0.0.1 unless you know why.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    allow_remote: Annotated[
        bool,
        typer.Option(
            "--allow-remote",
            help="Listen on an address other machines can reach (a local server has no sign-in; "
            "see --hosted).",
        ),
    ] = False,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(help="Another Host name to answer to, e.g. behind a proxy (repeatable)."),
    ] = None,
    trust_forwarded_proto: Annotated[
        bool,
        typer.Option(
            "--trust-forwarded-proto",
            help="Behind a TLS proxy: trust its X-Forwarded-Proto to mark cookies Secure.",
        ),
    ] = False,
    hosted: Annotated[
        bool,
        typer.Option(
            "--hosted",
            help='Serve many people with sign-in (as [server] mode = "hosted"): needs '
            "PostgreSQL and AFTERWORD_SECRET_KEY or [server] secret_key_file.",
        ),
    ] = False,
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

    hosted = hosted or load_config(config).server.mode == "hosted"
    _check_bind(host, allow_remote, hosted)
    hosts = allowed_hosts_for(host, allowed_host or ())
    web_app = create_app(
        db, config_path=config, allowed_hosts=hosts, trust_forwarded_proto=trust_forwarded_proto,
        hosted=hosted,
    )  # fmt: skip
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    typer.echo(f"afterword is at {url} (Ctrl+C stops it)")
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(web_app, host=host, port=port, log_level="warning", access_log=False)


def _check_bind(host: str, allow_remote: bool, hosted: bool = False) -> None:
    """Refuse an address other machines can reach unless asked for; then warn."""
    from afterword.web.security import is_loopback

    if is_loopback(host):
        return
    if hosted and allow_remote:  # everyone signs in; still, TLS belongs in front
        err_console().print(f"note: listening on {host}; put a TLS proxy in front", markup=False)
        return
    risk = (
        f"listening on {host} lets other machines reach afterword, which has no sign-in here "
        "(only serve --hosted has accounts): "
        "anyone who can connect could read your notes and send mail as you"
    )
    if not allow_remote:
        fail(f"refusing to serve on {host}: {risk}. Keep the default 127.0.0.1 (or put a "
             "proxy with sign-in in front), or pass --allow-remote if you mean it")  # fmt: skip
    err_console().print(f"warning: {risk}", markup=False)
