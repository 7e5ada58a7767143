"""What the migration tests look at: the data tables, an index's columns, a downgrade."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command

from kam_desktop.storage import schema
from kam_desktop.storage.engine import make_engine


def data_tables(path: Path) -> list[str]:
    """The tables holding data (not SQLite's own, not alembic_version), by name."""
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name <> 'alembic_version' ORDER BY name")]


def index_columns(path: Path, index: str) -> list[str]:
    """The columns of `index` in order; [] when there is no such index."""
    with closing(sqlite3.connect(path)) as conn:
        return [r[2] for r in conn.execute(f"PRAGMA index_info('{index}')")]


def downgrade(path: Path, target: str) -> None:
    """Take the database back to revision `target` (the app itself never downgrades)."""
    engine = make_engine(path, foreign_keys=False, pooled=False)
    try:
        with engine.connect() as conn, conn.begin():
            config = schema.alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, target)
    finally:
        engine.dispose()
