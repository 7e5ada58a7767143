"""Alembic environment. Run through `kam_desktop.storage.schema`, which hands us a connection
that already has `PRAGMA foreign_keys=OFF` and an open transaction (see STYLE.md)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

import kam_desktop.models  # noqa: F401  (registers every table)
from kam_desktop.models.base import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only alter tables by copying them
        compare_type=True,
        transaction_per_migration=False,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        context.run_migrations()
        return
    # Developer use (`alembic revision --autogenerate` with alembic.ini).
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():  # pragma: no cover - not used
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
