"""Writing imported rows: compare with what is stored, insert the new, update the changed.

ERP tables (sales lines, receivables) take the file as the truth: a re-imported line gets every
column from the file. Master data (accounts, contacts) is the user's: only non-blank imported
cells overwrite, blanks keep what is there. Every update logs the row's previous values in
`import_changes`, so an import can be undone exactly.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import repeat

import numpy as np
import pandas as pd
import pyarrow as pa

from kam_desktop.errors import KamError

CHUNK = 20_000
Tick = Callable[[int, int], None]


@dataclass(frozen=True)
class TableSpec:
    table: str
    key: tuple[str, ...]  # identity columns; the first is indexed in the table
    columns: tuple[str, ...]  # columns the import writes (besides id/batch/timestamps)
    numeric: frozenset[str] = frozenset()
    master: bool = False  # blanks keep the stored value


SALES = TableSpec(
    "sales_lines",
    key=("order_no", "line_key"),
    columns=("account_id", "order_no", "line_key", "line_no", "order_date", "product_code",
             "product_name", "product_category", "quantity", "unit_price", "discount", "amount",
             "cost", "profit", "currency", "salesperson", "region", "industry", "segment"),
    numeric=frozenset({"line_no", "quantity", "unit_price", "discount", "amount", "cost",
                       "profit"}),
)
RECEIVABLES = TableSpec(
    "receivables",
    key=("invoice_no",),
    columns=("account_id", "invoice_no", "invoice_date", "due_date", "amount", "paid_amount",
             "paid_date", "outstanding", "currency"),
    numeric=frozenset({"amount", "paid_amount", "outstanding"}),
)


@dataclass
class Diff:
    """The plan for one table: rows to insert, rows to update (with their stored state)."""

    spec: TableSpec
    new: pd.DataFrame
    changed: pd.DataFrame  # new values, with `id`
    before: pd.DataFrame  # stored values of the changed rows, with `id` and `updated_at`
    unchanged: int

    @property
    def writes(self) -> int:
        return len(self.new) + len(self.changed)


def new_ids(n: int) -> list[str]:
    """Random (version 4) UUIDs as stored (32 hex digits), sorted so that the primary-key
    index grows at one end instead of splitting pages all over (measured: a third faster)."""
    raw = np.frombuffer(os.urandom(16 * n), dtype=np.uint8).reshape(n, 16).copy()
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    text = raw.tobytes().hex()
    return sorted(text[i:i + 32] for i in range(0, len(text), 32))


def storage_form(frame: pd.DataFrame, spec: TableSpec) -> pd.DataFrame:
    """Values as SQLite holds them: dates as ISO text, numbers as float, text as str/None."""
    out = {}
    for col in spec.columns:
        if col not in frame:
            out[col] = pd.Series(None, index=frame.index, dtype="object")
            continue
        s = frame[col]
        if pd.api.types.is_datetime64_any_dtype(s):
            s = s.dt.strftime("%Y-%m-%d").astype("object")
        elif col in spec.numeric:
            s = pd.to_numeric(s, errors="coerce").astype("float64")
        else:
            s = s.astype("object")
        out[col] = s.where(s.notna(), None) if s.dtype == object else s
    return pd.DataFrame(out, index=frame.index)


def _load_existing(conn: sqlite3.Connection, spec: TableSpec, first_keys: Sequence[str],
                   where: str = "") -> pd.DataFrame:
    """Stored rows whose first key column is among `first_keys` (through a temp table)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_keys (k TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM import_keys")
    conn.executemany("INSERT OR IGNORE INTO import_keys VALUES (?)", ((k,) for k in first_keys))
    cols = ", ".join(f"t.{c}" for c in ("id", "updated_at", *spec.columns))
    return pd.read_sql_query(
        f"SELECT {cols} FROM {spec.table} t JOIN import_keys k ON t.{spec.key[0]} = k.k {where}",
        conn,
    )


def values_equal(a: pd.Series, b: pd.Series, numeric: bool) -> np.ndarray:
    if numeric:
        x = pd.to_numeric(a, errors="coerce").to_numpy(dtype=float)
        y = pd.to_numeric(b, errors="coerce").to_numpy(dtype=float)
        both_nan = np.isnan(x) & np.isnan(y)
        with np.errstate(invalid="ignore"):
            close = np.isclose(x, y, rtol=0, atol=1e-9)
        return both_nan | close
    x = a.astype("object").where(a.notna(), None).to_numpy(dtype=object)
    y = b.astype("object").where(b.notna(), None).to_numpy(dtype=object)
    # Elementwise == on object arrays runs in C and treats None == None as equal.
    return np.asarray(x == y, dtype=bool)


def diff_erp(conn: sqlite3.Connection, spec: TableSpec, rows: pd.DataFrame) -> Diff:
    """Compare imported rows (in storage form) with the stored ones, by identity."""
    existing = _load_existing(conn, spec, pd.unique(rows[spec.key[0]]).tolist())
    merged = rows.reset_index(drop=True).merge(
        existing, on=list(spec.key), how="left", suffixes=("", "_old"), indicator=True
    )
    found = (merged["_merge"] == "both").to_numpy()
    same = np.zeros(len(merged), dtype=bool)
    if found.any():  # compare only the rows that are stored already
        stored = merged[found]
        same_found = np.ones(len(stored), dtype=bool)
        for col in spec.columns:
            if col not in spec.key:
                same_found &= values_equal(stored[col], stored[f"{col}_old"],
                                           col in spec.numeric)
        same[found] = same_found
    new = merged.loc[~found, list(spec.columns)]
    changed_mask = found & ~same
    changed = merged.loc[changed_mask, ["id", *spec.columns]]
    before = merged.loc[changed_mask, ["id", "updated_at"] + [
        f"{c}_old" if c not in spec.key else c for c in spec.columns
    ]]
    before.columns = ["id", "updated_at", *spec.columns]
    return Diff(spec, new, changed, before, int((found & same).sum()))


def python_columns(frame: pd.DataFrame, columns: Sequence[str]) -> list[list[object]]:
    """Columns as Python lists with NULL for missing values (Arrow's converter, in C)."""
    return [pa.array(frame[c], from_pandas=True).to_pylist() for c in columns]


def python_rows(frame: pd.DataFrame, columns: Sequence[str]) -> list[tuple]:
    """Rows as tuples for executemany, NaN turned into NULL."""
    return list(zip(*python_columns(frame, columns), strict=True))


def write_erp(conn: sqlite3.Connection, diff: Diff, batch_id: str, now: str,
              tick: Tick | None = None, cancelled: Callable[[], bool] | None = None) -> None:
    """Insert the new rows (stamped with the batch) and update the changed, logging them."""
    spec = diff.spec
    total = diff.writes
    done = 0
    if len(diff.new):
        ids = new_ids(len(diff.new))
        cols = ("id", "batch_id", "created_at", "updated_at", *spec.columns)
        sql = (f"INSERT INTO {spec.table} ({', '.join(cols)}) "
               f"VALUES ({', '.join('?' * len(cols))})")
        # Converted chunk by chunk: 200,000 rows as Python tuples at once would hold ~4.6
        # million objects (hundreds of MB) for no gain in speed.
        for start in range(0, len(diff.new), CHUNK):
            _check(cancelled)
            part = diff.new.iloc[start:start + CHUNK]
            conn.executemany(sql, zip(ids[start:start + CHUNK], repeat(batch_id), repeat(now),
                                      repeat(now), *python_columns(part, spec.columns)))
            done += len(part)
            if tick:
                tick(done, total)
    if len(diff.changed):
        _check(cancelled)
        log_updates(conn, spec.table, diff.before, batch_id, now)
        sets = ", ".join(f"{c} = ?" for c in spec.columns if c not in spec.key)
        sql = f"UPDATE {spec.table} SET {sets}, updated_at = ? WHERE id = ?"
        value_cols = [c for c in spec.columns if c not in spec.key]
        data = python_rows(diff.changed, [*value_cols, "id"])
        conn.executemany(sql, ((*row[:-1], now, row[-1]) for row in data))
        done += len(data)
        if tick:
            tick(done, total)


def log_updates(conn: sqlite3.Connection, table: str, before: pd.DataFrame, batch_id: str,
                now: str) -> None:
    """Keep the previous values of updated rows, so undo can put them back."""
    records = before.astype(object).where(before.notna(), None).to_dict("records")
    ids = new_ids(len(records))
    conn.executemany(
        "INSERT INTO import_changes (id, batch_id, table_name, row_id, action, before_json, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, 'update', ?, ?, ?)",
        (
            (ids[i], batch_id, table, rec["id"], json.dumps(
                {k: v for k, v in rec.items() if k != "id"}, ensure_ascii=False, default=str
            ), now, now)
            for i, rec in enumerate(records)
        ),
    )


def log_inserts(conn: sqlite3.Connection, table: str, row_ids: Sequence[str], batch_id: str,
                now: str) -> None:
    ids = new_ids(len(row_ids))
    conn.executemany(
        "INSERT INTO import_changes (id, batch_id, table_name, row_id, action, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, 'insert', ?, ?)",
        ((ids[i], batch_id, table, rid, now, now) for i, rid in enumerate(row_ids)),
    )


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise KamError("Import cancelled; nothing was imported.")
