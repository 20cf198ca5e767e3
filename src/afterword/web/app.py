"""Build the web application: one FastAPI app over the same database and settings as the CLI."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from afterword.accounts.users import require_postgresql_url
from afterword.config import Settings, data_dir, load_settings
from afterword.keys import load_server_keys
from afterword.store.db import Database
from afterword.web import auth, deps, security
from afterword.web.views import VIEW_MODULES

HERE = Path(__file__).parent
# Requests run on a few worker threads; the ones that review text borrow from a small shared
# pool of proofreaders (review.proofread): a few warm threads beat forty cold ones.
WORKER_THREADS = max(4, min(8, os.cpu_count() or 1))


def create_app(
    db_url: str | None = None,
    settings: Settings | None = None,
    *,
    config_path: str | os.PathLike[str] | None = None,
    allowed_hosts: Iterable[str] | None = None,
    secret_path: Path | None = None,
    trust_forwarded_proto: bool = False,
    hosted: bool = False,
) -> FastAPI:
    """Return the app; settings are read from the config file when not given.

    Hosted (``hosted`` or ``[server] mode = "hosted"``) needs PostgreSQL and the server's
    secret key, and signs every request in; it refuses to start without either.
    """
    settings = settings if settings is not None else load_settings(config_path)
    if hosted:
        settings = settings.model_copy(
            update={"server": settings.server.model_copy(update={"mode": "hosted"})}
        )
    is_hosted = settings.server.mode == "hosted"
    keys = load_server_keys(settings) if is_hosted else None
    if is_hosted:
        require_postgresql_url(db_url or settings.storage.db)
    database = Database(db_url or settings.storage.db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        yield
        database.dispose()

    app = FastAPI(
        title="afterword",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(auth.require_sign_in), Depends(deps.check_csrf)],
    )
    app.state.db = database
    app.state.settings = settings
    app.state.hosted = is_hosted
    app.state.trust_forwarded = trust_forwarded_proto
    app.state.config_path = config_path
    # Hosted: every serve process derives the same signing key from the shared secret.
    app.state.secret = (
        keys.derive("session")
        if keys is not None
        else security.install_secret(secret_path or data_dir() / "web-secret")
    )
    app.state.templates = deps.make_templates(HERE / "templates")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in VIEW_MODULES:
        app.include_router(module.router)
    deps.install_error_pages(app)
    auth.install(app)
    hosts = list(allowed_hosts) if allowed_hosts is not None else list(security.LOOPBACK_HOSTS)
    app.add_middleware(
        security.SecurityMiddleware,
        allowed_hosts=hosts,
        trust_forwarded_proto=trust_forwarded_proto,
    )
    return app
