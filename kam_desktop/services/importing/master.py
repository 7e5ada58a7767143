"""Importing master data: the customer master (accounts) and contacts.

Unlike ERP figures this is the user's own data: a blank imported cell keeps the stored value,
only non-blank cells overwrite. New rows and the previous values of changed rows go to the
change log so the import can be undone.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kam_desktop.services.importing.customers import normalise_names
from kam_desktop.services.importing.prepare import Prepared
from kam_desktop.services.importing.upsert import (
    log_inserts,
    log_updates,
    new_ids,
    python_rows,
    values_equal,
)

# import field → accounts column
ACCOUNT_COLUMNS = {
    "customer_code": "code", "customer_name": "name", "industry": "industry",
    "segment": "segment", "region": "region", "city": "city", "address": "address",
    "website": "website", "owner": "owner", "status": "status",
    "company_size": "company_size", "company_profit": "company_profit",
    "annual_revenue": "annual_revenue", "value_fit": "value_fit",
    "procurement_fit": "procurement_fit", "growth_potential": "growth_potential",
    "influence": "influence", "notes": "notes",
}
CONTACT_COLUMNS = {
    "name": "name", "title": "title", "department": "department", "phone": "phone",
    "mobile": "mobile", "email": "email", "wechat": "wechat", "role": "role",
    "attitude": "attitude", "influence": "influence",
    "relationship_strength": "relationship_strength", "notes": "notes",
}
NUMERIC = frozenset({"company_size", "company_profit", "annual_revenue", "value_fit",
                     "procurement_fit", "growth_potential", "influence",
                     "relationship_strength"})


@dataclass
class MasterDiff:
    table: str
    columns: list[str]  # table columns the file provides
    new: pd.DataFrame  # table columns + id (+ account_id for contacts)
    changed: pd.DataFrame  # id + table columns, blanks already replaced by stored values
    before: pd.DataFrame  # id, updated_at + stored values of the changed columns
    unchanged: int

    @property
    def writes(self) -> int:
        return len(self.new) + len(self.changed)


def _table_frame(prepared: Prepared, columns: dict[str, str]) -> pd.DataFrame:
    f = prepared.frame
    out = {}
    for field, column in columns.items():
        if field in f:
            s = f[field]
            if pd.api.types.is_datetime64_any_dtype(s):
                s = s.dt.strftime("%Y-%m-%d")
            out[column] = s.astype("float64") if column in NUMERIC else s.astype("object")
    return pd.DataFrame(out, index=f.index)


def _changes(rows: pd.DataFrame, stored: pd.DataFrame, columns: list[str],
             table: str) -> MasterDiff:
    """`rows` carry `id` (None for new); `stored` holds the stored rows by id."""
    is_new = rows["id"].isna().to_numpy()
    new = rows[is_new].copy()
    old = rows[~is_new].merge(stored, on="id", how="left", suffixes=("", "_old"))
    same = np.ones(len(old), dtype=bool)
    for col in columns:
        given = old[col].notna().to_numpy()
        # a blank cell keeps what is stored
        old[col] = old[col].where(old[col].notna(), old[f"{col}_old"])
        same &= ~given | values_equal(old[col], old[f"{col}_old"], col in NUMERIC)
    changed = old.loc[~same, ["id", *columns]]
    before = old.loc[~same, ["id", "updated_at", *[f"{c}_old" for c in columns]]]
    before.columns = ["id", "updated_at", *columns]
    return MasterDiff(table, columns, new, changed, before, int(same.sum()))


def diff_accounts(conn: sqlite3.Connection, prepared: Prepared) -> MasterDiff:
    rows = _table_frame(prepared, ACCOUNT_COLUMNS)[~prepared.invalid]
    columns = [c for c in rows.columns if c != "code"]
    stored = pd.read_sql_query(
        f"SELECT id, code, updated_at, {', '.join(columns) or 'name'} FROM accounts", conn
    )
    ids = pd.Series(stored["id"].to_numpy(), index=stored["code"].to_numpy())
    rows = rows.assign(id=rows["code"].map(ids).astype("object"))
    needs_name = rows["id"].isna() & (
        rows["name"].isna() if "name" in rows else pd.Series(True, index=rows.index)
    )
    if needs_name.any():
        mask = np.zeros(len(prepared.frame), dtype=bool)
        mask[prepared.frame.index.get_indexer(rows.index[needs_name])] = True
        prepared.flag(mask, "customer_name" if "customer_name" in prepared.mapping
                      else "customer_code", "a new customer needs a name")
        rows = rows[~needs_name]
    return _changes(rows, stored.drop(columns=["code"]), columns, "accounts")


def diff_contacts(conn: sqlite3.Connection, prepared: Prepared,
                  account_id: pd.Series) -> MasterDiff:
    """Contacts are identified within their account by e-mail, else by normalised name."""
    rows = _table_frame(prepared, CONTACT_COLUMNS)
    rows["account_id"] = account_id
    rows = rows[~prepared.invalid & account_id.notna().to_numpy()]
    rows["_ident"] = _identity(rows)
    first = rows.groupby(["account_id", "_ident"])["_ident"].transform("size") > 1
    if first.any():
        dup = rows.duplicated(["account_id", "_ident"], keep="first")
        mask = np.zeros(len(prepared.frame), dtype=bool)
        mask[prepared.frame.index.get_indexer(rows.index[dup])] = True
        prepared.flag(mask, "name", "this contact appears twice for the same customer")
        rows = rows[~dup]
    columns = [c for c in rows.columns if c not in ("account_id", "_ident")]
    stored = pd.read_sql_query(
        f"SELECT id, account_id, updated_at, {', '.join(columns)} FROM contacts "
        "WHERE deleted_at IS NULL", conn,
    )
    stored["_ident"] = _identity(stored)
    stored = stored.drop_duplicates(["account_id", "_ident"], keep="first")
    rows = rows.merge(stored[["account_id", "_ident", "id"]], on=["account_id", "_ident"],
                      how="left").set_axis(rows.index)
    rows["id"] = rows["id"].astype("object")
    diff = _changes(rows.drop(columns=["_ident"]),
                    stored.drop(columns=["account_id", "_ident"]), columns, "contacts")
    return diff


def _identity(frame: pd.DataFrame) -> pd.Series:
    email = frame["email"].astype("string").str.casefold() if "email" in frame else None
    name = "n:" + normalise_names(frame["name"])
    if email is None:
        return name.astype("object")
    return ("e:" + email).where(email.notna(), name).astype("object")


def write_master(conn: sqlite3.Connection, diff: MasterDiff, batch_id: str, now: str,
                 *, extra: dict[str, object] | None = None) -> None:
    """Insert the new rows (logged as inserts) and update the changed (logged with before)."""
    if len(diff.new):
        ids = new_ids(len(diff.new))
        fixed = {"created_at": now, "updated_at": now, **(extra or {})}
        cols = [c for c in diff.new.columns if c != "id"]
        names = ["id", *fixed, *cols]
        sql = (f"INSERT INTO {diff.table} ({', '.join(names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        data = python_rows(diff.new, cols)
        conn.executemany(sql, ((ids[i], *fixed.values(), *row) for i, row in enumerate(data)))
        log_inserts(conn, diff.table, ids, batch_id, now)
    if len(diff.changed):
        log_updates(conn, diff.table, diff.before, batch_id, now)
        sets = ", ".join(f"{c} = ?" for c in diff.columns)
        data = python_rows(diff.changed, [*diff.columns, "id"])
        conn.executemany(
            f"UPDATE {diff.table} SET {sets}, updated_at = ? WHERE id = ?",
            ((*row[:-1], now, row[-1]) for row in data),
        )
