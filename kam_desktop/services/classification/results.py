"""Stored runs and results: writing a run's 100,000 rows fast, reading them back.

`tier_results.breakdown_json` holds each account's breakdown as the documented list of
`{"key", "raw", "norm", "weight", "contribution"}` entries *transposed*: one JSON object of
arrays in policy order, e.g.

    {"key":["sales","recency_days"],"raw":[1250.5,12],"norm":[87.5,40],"weight":[40,10],
     "contribution":[70,8]}

`parse_breakdown` turns it back into the list of entries. A null norm in a weighted run means
the `exclude` rule dropped the indicator for that account (worst/neutral store the 0/50 used).
ABC results add `"cum_share"` (P_k, the share of the accounts before it). Numbers are stored as
shown to users: raw values to 6 decimals, norms and contributions to 4.

Why transposed: at 100,000 accounts and 17 indicators the entry-per-object form is ~1.5 kB per
account — 150 MB per run to build, write and fsync — where this form is half that, and it is
built column-wise with Arrow string kernels (no Python dict per account). Rows go in with
`executemany` on the unit of work's own sqlite3 connection.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from kam_desktop.models.enums import PolicyMethod
from kam_desktop.services.classification.tiering import Tiering

_RUN_ID = re.compile(r"[0-9a-f]{32}")
_STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
RAW_DECIMALS = 6
NORM_DECIMALS = 4
CHUNK = 20_000


def utc_text(moment: datetime) -> str:
    """SQLAlchemy's SQLite form of a UTCDateTime: naive UTC 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def parse_utc(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def next_ran_at(conn: sqlite3.Connection) -> datetime:
    """Now, but strictly after every stored run: "the newest run" must be unambiguous even for
    two runs within the clock's resolution."""
    now = datetime.now(UTC)
    latest = parse_utc(conn.execute("SELECT max(ran_at) FROM tier_runs").fetchone()[0])
    if latest is not None and now <= latest:
        now = latest + timedelta(microseconds=1)
    return now


def _json_numbers(values: np.ndarray, decimals: int) -> pa.Array:
    """Numbers as JSON text; NaN (and ±inf, which JSON cannot hold) as null."""
    values = values.astype(float)
    values = np.where(np.isfinite(values), np.round(values, decimals), np.nan)
    arr = pa.array(values, from_pandas=True)
    return pc.fill_null(pc.cast(arr, pa.string()), "null")


def _json_text(values: pd.Series) -> pa.Array:
    """Text values as JSON strings (few distinct values: industries), null as null."""
    obj = values.astype(object).to_numpy()
    uniques = {v: json.dumps(v, ensure_ascii=False) for v in pd.unique(obj) if isinstance(v, str)}
    return pa.array([uniques.get(v, "null") if isinstance(v, str) else "null" for v in obj],
                    type=pa.string())


def _json_list(items: list[pa.Array | str]) -> pa.Array | str:
    """Row-wise `[a,b,…]` from one string column (or constant) per indicator."""
    if all(isinstance(item, str) for item in items):
        return "[" + ",".join(items) + "]"  # type: ignore[arg-type]
    return pc.binary_join_element_wise("[", pc.binary_join_element_wise(*items, ","), "]", "")


def _raw_column(values: pd.Series) -> pa.Array:
    if values.dtype == object or pd.api.types.is_string_dtype(values):
        return _json_text(values)
    return _json_numbers(values.to_numpy(dtype=float, na_value=np.nan), RAW_DECIMALS)


def breakdown_json(tiering: Tiering) -> list[str]:
    """The breakdown of every account as JSON text (see the module docstring), in the order of
    `tiering.tier`."""
    policy = tiering.policy
    if len(tiering.tier) == 0:
        return []
    keys = list(policy.keys)
    jobs: dict[str, Callable[[], pa.Array | str]] = {
        "raw": lambda: _json_list([_raw_column(tiering.raw[k]) for k in keys]),
    }
    if policy.method == PolicyMethod.WEIGHTED:
        assert tiering.norm is not None and tiering.contribution is not None
        assert tiering.excluded is not None
        norm, excluded, contribution = tiering.norm, tiering.excluded, tiering.contribution

        def norms() -> pa.Array | str:
            columns = []
            for key in keys:
                values = norm[key].to_numpy(dtype=float).copy()
                values[excluded[key].to_numpy()] = np.nan
                columns.append(_json_numbers(values, NORM_DECIMALS))
            return _json_list(columns)

        jobs["norm"] = norms
        jobs["contribution"] = lambda: _json_list([
            _json_numbers(contribution[k].to_numpy(dtype=float), NORM_DECIMALS) for k in keys])
    # Arrow's kernels release the GIL: the three lists are formatted side by side.
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        built = {name: pool.submit(job) for name, job in jobs.items()}
        lists = {name: future.result() for name, future in built.items()}
    fields: list[tuple[str, pa.Array | str]] = [
        ("key", json.dumps(keys, ensure_ascii=False, separators=(",", ":"))),
        ("raw", lists["raw"]),
    ]
    if policy.method == PolicyMethod.WEIGHTED:
        weights = [_number_text(rule.weight) for rule in policy.indicators]
        fields += [("norm", lists["norm"]), ("weight", "[" + ",".join(weights) + "]"),
                   ("contribution", lists["contribution"])]
    elif tiering.cum_share is not None:
        fields.append(("cum_share", _json_numbers(tiering.cum_share.to_numpy(dtype=float),
                                                  RAW_DECIMALS)))
    pieces: list[pa.Array | str] = []
    for i, (name, value) in enumerate(fields):
        pieces += [("{" if i == 0 else ",") + f'"{name}":', value]
    pieces.append("}")
    joined = pc.binary_join_element_wise(*pieces, "")
    if isinstance(joined, pa.Scalar):  # every piece constant (cannot happen: raw varies)
        return [joined.as_py()] * len(tiering.tier)
    texts = joined.to_pylist()
    del joined, pieces, lists, fields
    # Arrow's allocator keeps freed blocks for reuse; at 100,000 accounts that is ~150 MB the
    # write that follows would carry for nothing.
    pa.default_memory_pool().release_unused()
    return texts


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def time_ordered_ids(n: int) -> list[str]:
    """`n` UUIDs of version 7 (RFC 9562: 48-bit Unix time in ms, then random bits) as stored
    (32 hex digits), sorted.

    Not version 4 as elsewhere: every run adds 100,000 results, and random ids land all over
    the primary-key index of the rows already there, so each run rewrote most of that index
    (measured with 1.7 million stored results: 80 MB more written, commit 0.95 s → 0.6 s).
    Time-ordered ids append at its end.
    """
    ms = time.time_ns() // 1_000_000
    raw = np.frombuffer(os.urandom(16 * n), dtype=np.uint8).reshape(n, 16).copy()
    raw[:, :6] = np.frombuffer(ms.to_bytes(6, "big"), dtype=np.uint8)
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x70  # version 7
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80  # RFC 9562 variant
    text = raw.tobytes().hex()
    return sorted(text[i:i + 32] for i in range(0, len(text), 32))


def insert_run(conn: sqlite3.Connection, *, policy_id: str, window_start: date,
               window_end: date, ran_at: datetime, account_count: int,
               user: str | None) -> str:
    run_id = uuid.uuid4().hex
    stamp = utc_text(ran_at)
    conn.execute(
        "INSERT INTO tier_runs (id, policy_id, window_start, window_end, ran_at, account_count, "
        "user, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (run_id, policy_id, window_start.isoformat(), window_end.isoformat(), stamp,
         account_count, user, stamp, stamp),
    )
    return run_id


def insert_results(conn: sqlite3.Connection, run_id: str, rows: pd.DataFrame,
                   breakdown: list[str], stamp: str) -> None:
    """`rows` indexed by account id with computed_tier, tier, score, rank; `breakdown` in the
    same order. Written in account-id order with time-ordered new ids, so the table, its
    primary key and the (run_id, account_id) index grow at their ends. (The account_id index
    cannot: one new entry per account lands beside that account's older ones, so each run
    rewrites that whole index — the cost that grows with the history.)"""
    order = np.argsort(rows.index.to_numpy(dtype=str), kind="stable")
    n = len(rows)
    ids = time_ordered_ids(n)
    account = rows.index.to_numpy(dtype=object)[order].tolist()
    computed = rows["computed_tier"].to_numpy(dtype=object)[order].tolist()
    tier = rows["tier"].to_numpy(dtype=object)[order].tolist()
    score_arr = rows["score"].to_numpy(dtype=float)[order]
    score = np.where(np.isnan(score_arr), None, score_arr).tolist()
    rank = rows["rank"].to_numpy(dtype=np.int64)[order].tolist()
    text = np.asarray(breakdown, dtype=object)[order].tolist() if n else []
    # The run id and the time are the same on every row: written into the statement (both are
    # text we made: 32 hex digits, a timestamp), they are not bound 100,000 times.
    if not (_RUN_ID.fullmatch(run_id) and _STAMP.fullmatch(stamp)):
        raise ValueError(f"not a run id and a UTC stamp: {run_id!r}, {stamp!r}")
    sql = ("INSERT INTO tier_results (id, run_id, account_id, computed_tier, tier, score, rank, "
           f"breakdown_json, created_at, updated_at) VALUES (?, '{run_id}', ?, ?, ?, ?, ?, ?, "
           f"'{stamp}', '{stamp}')")
    for start in range(0, n, CHUNK):
        stop = min(n, start + CHUNK)
        conn.executemany(sql, zip(
            ids[start:stop], account[start:stop], computed[start:stop], tier[start:stop],
            score[start:stop], rank[start:stop], text[start:stop], strict=True,
        ))


def active_overrides(conn: sqlite3.Connection) -> pd.DataFrame:
    """Overrides in force, indexed by account id: tier, reason, set_by, set_at."""
    rows = conn.execute(
        "SELECT account_id, tier, reason, set_by, set_at FROM tier_overrides "
        "WHERE cleared_at IS NULL"
    ).fetchall()
    frame = pd.DataFrame.from_records(rows, columns=["account_id", "tier", "reason", "set_by",
                                                     "set_at"])
    return frame.set_index("account_id")


def current_tiers(conn: sqlite3.Connection) -> pd.DataFrame:
    """The tier in force now for every live account, indexed by account id: `tier` (override
    else the newest run's tier, as shown everywhere), `computed_tier` and `score` of the newest
    run, and `override` (the override's tier or None)."""
    rows = conn.execute(
        """
        SELECT a.id, a.code, a.name, o.tier, r.tier, r.computed_tier, r.score
          FROM accounts a
          LEFT JOIN tier_overrides o ON o.account_id = a.id AND o.cleared_at IS NULL
          LEFT JOIN tier_results r ON r.account_id = a.id
               AND r.run_id = (SELECT id FROM tier_runs ORDER BY ran_at DESC LIMIT 1)
         WHERE a.deleted_at IS NULL
        """
    ).fetchall()
    frame = pd.DataFrame.from_records(
        rows, columns=["account_id", "code", "name", "override", "run_tier", "computed_tier",
                       "score"])
    frame = frame.set_index("account_id")
    frame["tier"] = frame["override"].where(frame["override"].notna(), frame["run_tier"])
    return frame.drop(columns="run_tier")


def parse_breakdown(text: str | None) -> list[dict[str, object]]:
    """The stored breakdown as the documented list of entries: key, raw, norm, weight,
    contribution (None where not applicable), `excluded` (the `exclude` rule dropped it) and,
    for ABC, `cum_share`."""
    if not text:
        return []
    data = json.loads(text)
    if isinstance(data, list):  # the entry-per-object form
        return data
    keys = data.get("key", [])
    weighted = "norm" in data
    entries = []
    for i, key in enumerate(keys):
        entry: dict[str, object] = {"key": key}
        for name in ("raw", "norm", "weight", "contribution"):
            values = data.get(name)
            entry[name] = values[i] if values is not None else None
        entry["excluded"] = weighted and entry["norm"] is None
        if "cum_share" in data:
            entry["cum_share"] = data["cum_share"]
        entries.append(entry)
    return entries


__all__ = [
    "active_overrides", "breakdown_json", "current_tiers", "insert_results", "insert_run",
    "next_ran_at", "parse_breakdown", "parse_utc", "utc_text",
]
