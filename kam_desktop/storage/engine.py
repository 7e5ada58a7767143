"""SQLite engines configured for safety: foreign keys on, WAL journal, busy timeout.

pysqlite's default transaction handling does not wrap DDL in a transaction and defers BEGIN in
surprising ways, so we take over: the driver runs in autocommit mode and SQLAlchemy emits BEGIN
itself (the recipe from SQLAlchemy's SQLite dialect documentation). That makes every unit of
work, and every migration, one real transaction.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 10_000


def _configure_connection(dbapi_connection: sqlite3.Connection, foreign_keys: bool) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see module docstring
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
    if mode.lower() != "wal":
        cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed transaction survives a power cut, which matters more here than speed.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(path: Path, *, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    """An engine for the database file at `path` (created when missing)."""
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        poolclass=None if pooled else NullPool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised by every test
        _configure_connection(dbapi_connection, foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN")

    return engine
