"""Checks on SQLite files that run before anything touches them (restore, open)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kam_desktop.errors import DamagedDatabaseError, NotADatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"


def check_header(path: Path) -> None:
    """Refuse a file that is not a SQLite database, or whose size cannot be right."""
    path = Path(path)
    if not path.is_file():
        raise NotADatabaseError(f"{path}: no such file.")
    size = path.stat().st_size
    if size == 0:
        raise NotADatabaseError(f"{path}: the file is empty.")
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise NotADatabaseError(f"{path}: not a SQLite database (KAM Desktop files are SQLite).")
    if len(header) < 100:
        raise DamagedDatabaseError(f"{path}: the file is truncated ({size} bytes).")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    # The header's page count is only valid when "version-valid-for" matches the change counter.
    if header[24:28] == header[92:96] and page_count and size < page_size * page_count:
        raise DamagedDatabaseError(
            f"{path}: the file is truncated ({size} bytes, expected "
            f"{page_size * page_count}). Use another backup."
        )


def open_readonly(path: Path) -> sqlite3.Connection:
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    return sqlite3.connect(uri, uri=True)


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """`PRAGMA integrity_check` and `PRAGMA foreign_key_check`, as readable lines (empty = ok)."""
    problems: list[str] = []
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [f"integrity check failed: {exc}"]
    if rows != ["ok"]:
        problems.extend(f"integrity: {r}" for r in rows)
    try:
        for table, rowid, parent, fkid in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(
                f"foreign key: {table} row {rowid} points to a missing {parent} (constraint {fkid})"
            )
    except sqlite3.DatabaseError as exc:
        problems.append(f"foreign key check failed: {exc}")
    return problems


def alembic_revision(conn: sqlite3.Connection) -> str | None:
    """The schema revision stamped in the file, or None when the file has no KAM schema."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(f"cannot read the schema version: {exc}") from exc
    return row[0] if row else None


def user_table_count(conn: sqlite3.Connection) -> int:
    return conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()[0]
