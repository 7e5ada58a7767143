"""Settings for one connection while it writes many rows in one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

BULK_CACHE_KIB = 256 * 1024


@contextmanager
def bulk_cache(conn: sqlite3.Connection, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """A bigger page cache while writing; the connection's own size is restored afterwards.

    With SQLite's default 2 MiB cache a large transaction spills index pages to the WAL and
    reads them back. Measured: 200,000 sales lines insert in 1.5 s instead of 2.5 s with 256 MiB;
    the demo portfolio at 100,000 accounts saves a few seconds; more than 256 MiB saves nothing.
    The cache only holds pages actually touched, so small writes cost nothing extra.
    """
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")
