"""Alembic environment: runs on the connection the application hands over."""

from __future__ import annotations

from alembic import context

from afterword.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when run through the alembic command
    from sqlalchemy import create_engine

    from afterword.store.db import default_url

    connection = create_engine(default_url()).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
