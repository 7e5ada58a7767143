"""The Accounts page's rows, read fast: what `account_table(include_deleted=True,
contact_names=True)` returns, from a few plain queries run side by side.

`account_table` answers with one statement whose correlated subqueries (tier in force, contact
count, contact names) run once per account: about 1.6 s on 100,000 accounts. Here the accounts,
the contact aggregate and the two tier sources are separate queries on their own read-only
connections (SQLite releases the GIL while it works) and are joined in numpy, so the page can
show a 100,000-account portfolio in well under a second.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from kam_desktop.services.accounts import TIER_SQL
from kam_desktop.services.attention import run_queries
from kam_desktop.storage.database import Database

ROW_COLUMNS = (
    "id", "code", "name", "industry", "segment", "region", "city", "owner", "status", "tier",
    "company_size", "annual_revenue", "contacts", "deleted", "contact_names",
)
_TEXT = ("id", "code", "name", "industry", "segment", "region", "city", "owner", "status")


_CONTACTS_SQL = """SELECT account_id, total(active), group_concat(name, ', ')
                      FROM contacts WHERE deleted_at IS NULL GROUP BY account_id"""


def _queries(include_deleted: bool, contacts: bool = True
             ) -> dict[str, tuple[str, tuple[Any, ...]]]:
    live = "" if include_deleted else " WHERE deleted_at IS NULL"
    queries = {
        "accounts": (
            f"""SELECT id, code, name, industry, segment, region, city, owner, status,
                       company_size, annual_revenue, deleted_at IS NOT NULL
                  FROM accounts{live} ORDER BY code""", ()),
        # Live contacts: how many are active, and every live contact's name (for searching).
        "contacts": (_CONTACTS_SQL, ()),
        "overrides": (
            "SELECT account_id, tier FROM tier_overrides WHERE cleared_at IS NULL", ()),
        "results": (
            """SELECT account_id, tier FROM tier_results
                WHERE run_id = (SELECT id FROM tier_runs ORDER BY ran_at DESC LIMIT 1)""", ()),
    }
    if not contacts:
        del queries["contacts"]
    return queries


def load_account_rows(db: Database, *, include_deleted: bool = True,
                      contacts: bool = True) -> pd.DataFrame:
    """Every account (deleted ones too unless `include_deleted=False`), by code, with the
    columns of `ROW_COLUMNS`: those of `account_table` plus `deleted` and `contact_names`.
    `tier` is the tier in force (an override wins over the newest run).

    `contacts=False` leaves out the contact aggregate (a third of the time): `contacts` is
    then NaN and `contact_names` None, to be filled in with `contact_columns` later."""
    results = run_queries(db, lambda _conn: _queries(include_deleted, contacts))
    return _assemble(results)


def contact_columns(db: Database, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For the accounts `ids` (32 hex digits each): how many active live contacts each has
    (int64), and the names of its live contacts joined by ", " (None without any)."""
    found = run_queries(db, lambda _conn: {"contacts": (_CONTACTS_SQL, ())})["contacts"]
    counts = np.zeros(len(ids), dtype=np.int64)
    names = np.full(len(ids), None, dtype=object)
    pos, (active, joined) = _Positions(np.asarray(ids, dtype=object)).place(found, 3)
    counts[pos] = _floats(active).astype(np.int64)
    names[pos] = joined
    return counts, names


def first_account_rows(db: Database, limit: int, *,
                       include_deleted: bool = False) -> pd.DataFrame:
    """The first `limit` accounts by code, like `load_account_rows` (a few milliseconds: for
    showing the top of the list while the whole portfolio loads)."""
    live = "" if include_deleted else "WHERE deleted_at IS NULL"
    sql = f"""
        SELECT a.id, a.code, a.name, a.industry, a.segment, a.region, a.city, a.owner,
               a.status, a.company_size, a.annual_revenue, a.deleted_at IS NOT NULL
          FROM (SELECT * FROM accounts {live} ORDER BY code LIMIT ?) a ORDER BY a.code"""
    extra = f"""
        SELECT a.id, {TIER_SQL},
               (SELECT total(c.active) FROM contacts c
                 WHERE c.account_id = a.id AND c.deleted_at IS NULL),
               (SELECT group_concat(c.name, ', ') FROM contacts c
                 WHERE c.account_id = a.id AND c.deleted_at IS NULL)
          FROM (SELECT id FROM accounts {live} ORDER BY code LIMIT ?) a"""
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        accounts = conn.execute(sql, (int(limit),)).fetchall()
        rest = conn.execute(extra, (int(limit),)).fetchall()
    return _assemble({
        "accounts": accounts,
        "results": [(r[0], r[1]) for r in rest if r[1] is not None],
        "overrides": [],
        "contacts": [(r[0], r[2], r[3]) for r in rest if r[3] is not None],
    })


def _table(rows: list[tuple], width: int) -> list[np.ndarray]:
    """The rows as `width` object columns (one C pass: ~5x faster than per-column lists)."""
    if not rows:
        return [np.empty(0, dtype=object) for _ in range(width)]
    grid = np.array(rows, dtype=object)
    return [np.ascontiguousarray(grid[:, i]) for i in range(width)]


def _floats(column: np.ndarray) -> np.ndarray:
    return np.array(column.tolist(), dtype=float)  # None → NaN


class _Positions:
    """Finds accounts by id with a dict of the ids (measured, 100,000 accounts placing 100,000
    rows: 82 ms, against 113 ms for sorting the ids as fixed-width bytes and searching them)."""

    def __init__(self, ids: np.ndarray) -> None:
        self.index = {key: i for i, key in enumerate(ids.tolist())}

    def place(self, found: list[tuple], width: int) -> tuple[np.ndarray, list[np.ndarray]]:
        """Positions of the accounts the rows are about, and the rows' other columns."""
        cols = _table(found, width)
        get = self.index.get
        at = np.fromiter((get(key, -1) for key in cols[0].tolist()), dtype=np.int64,
                         count=len(cols[0]))
        hit = at >= 0
        return at[hit], [c[hit] for c in cols[1:]]


def _assemble(results: dict[str, list[tuple]]) -> pd.DataFrame:
    columns = _table(results["accounts"], 12)
    n = len(columns[0])
    out: dict[str, pd.Series] = {
        name: pd.Series(columns[i], dtype=object, copy=False) for i, name in enumerate(_TEXT)
    }
    out["company_size"] = pd.Series(_floats(columns[9]))
    out["annual_revenue"] = pd.Series(_floats(columns[10]))
    out["deleted"] = pd.Series(columns[11].astype(bool))
    positions = _Positions(columns[0])
    tier = np.full(n, None, dtype=object)
    for source in ("results", "overrides"):  # an override in force wins
        pos, (tiers,) = positions.place(results[source], 2)
        tier[pos] = tiers
    out["tier"] = pd.Series(tier, dtype=object, copy=False)

    names = np.full(n, None, dtype=object)
    if "contacts" in results:
        contacts = np.zeros(n, dtype=np.int64)
        pos, (active, joined) = positions.place(results["contacts"], 3)
        contacts[pos] = _floats(active).astype(np.int64)
        names[pos] = joined
        out["contacts"] = pd.Series(contacts)
    else:
        out["contacts"] = pd.Series(np.full(n, np.nan))
    out["contact_names"] = pd.Series(names, dtype=object, copy=False)
    return pd.DataFrame(out, columns=list(ROW_COLUMNS), copy=False)


def row_haystack(frame: pd.DataFrame) -> pd.Series:
    """`account_list.search_haystack(frame)` (code, name and contact names, lower-cased,
    joined by a separator no search term contains), built in one pass: about half the time."""
    joined = [f"{code}\x1f{name}\x1f{names}" if isinstance(names, str) else f"{code}\x1f{name}\x1f"
              for code, name, names in zip(frame["code"].tolist(), frame["name"].tolist(),
                                           frame["contact_names"].tolist(), strict=True)]
    return pd.Series([text.lower() for text in joined], dtype="str")


__all__ = ["ROW_COLUMNS", "contact_columns", "first_account_rows", "load_account_rows",
           "row_haystack"]
