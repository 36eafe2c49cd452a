"""Alembic environment: run by ``store.db.migrate`` on the connection it hands over."""

from __future__ import annotations

from alembic import context

from drem_desktop.store.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` command line during development: a scratch database
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///scratch.sqlite")
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
