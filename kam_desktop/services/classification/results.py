"""Stored runs and results: writing a run's 100,000 rows fast, reading them back.

`tier_results.breakdown_json` holds each account's breakdown — per indicator of the policy, its
raw value, norm, weight and contribution — packed as a BLOB (format 1):

    byte 0      1 (the format)
    then        float64 little-endian, in policy key order: every key's raw value;
                weighted: then every key's norm, then every key's contribution;
                ABC: then P_k (the share of the accounts before it, "cum_share")
    then        (only when the policy has text indicators: `industry`) their raw values as
                a UTF-8 JSON array, e.g. ["医药"], padded with zero bytes to one width
                for every account of the run

NaN stands for null. A null norm in a weighted run means the `exclude` rule dropped the
indicator for that account (worst/neutral store the 0/50 used). The keys and weights are the
same for every account of a run, so they are not repeated per row: they come from the policy
version the run records (versions never change). Numbers are stored unrounded, so the
contributions add up to the score exactly.

`parse_breakdown(value, policy)` turns a stored breakdown back into the documented list of
`{"key", "raw", "norm", "weight", "contribution", "excluded"}` entries; it also reads the JSON
forms of earlier versions (an object of arrays, or a list of entries), which carry their own
keys and weights.

Why binary: at 100,000 accounts and 17 indicators, formatting 5 million numbers as JSON text
took 0.45–0.65 s per run (Arrow string kernels) and ~600 bytes per account; numpy fills one
packed record array for all accounts at once (~430 bytes per account). Rows go in with
`executemany` on the unit of work's own sqlite3 connection.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pandas as pd

from kam_desktop.models.enums import PolicyMethod
from kam_desktop.services.classification.indicators import CATEGORICAL
from kam_desktop.services.classification.policy import Policy
from kam_desktop.services.classification.tiering import Tiering

_RUN_ID = re.compile(r"[0-9a-f]{32}")
_STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
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


def time_ordered_ids(n: int) -> list[str]:
    """`n` UUIDs of version 7 (RFC 9562: 48-bit Unix time in ms, then a counter and random bits)
    as stored (32 hex digits), in increasing order.

    Not version 4 as elsewhere: every run adds 100,000 results, and random ids land all over
    the primary-key index of the rows already there, so each run rewrote most of that index
    (measured with 1.7 million stored results: 80 MB more written, commit 0.95 s → 0.6 s).
    Time-ordered ids append at its end. Within the millisecond the order comes from a 32-bit
    counter in the bits after the version (RFC 9562 §6.2, fixed-length counter), so nothing
    needs sorting; 42 random bits remain.
    """
    ms = time.time_ns() // 1_000_000
    raw = np.frombuffer(os.urandom(16 * n), dtype=np.uint8).reshape(n, 16).copy()
    raw[:, :6] = np.frombuffer(ms.to_bytes(6, "big"), dtype=np.uint8)
    counter = np.arange(n, dtype=">u4").view(np.uint8).reshape(n, 4)
    raw[:, 6] = 0x70 | (counter[:, 0] >> 4)  # version 7, then the counter's 32 bits …
    raw[:, 7] = ((counter[:, 0] & 0x0F) << 4) | (counter[:, 1] >> 4)
    raw[:, 8] = 0x80 | ((counter[:, 1] & 0x0F) << 2) | (counter[:, 2] >> 6)  # … RFC variant …
    raw[:, 9] = ((counter[:, 2] & 0x3F) << 2) | (counter[:, 3] >> 6)
    raw[:, 10] = ((counter[:, 3] & 0x3F) << 2) | (raw[:, 10] & 0x03)  # … then random bits
    text = raw.tobytes().hex()
    return [text[i:i + 32] for i in range(0, len(text), 32)]


def _id_order(ids: np.ndarray) -> np.ndarray:
    """Positions of `ids` in increasing order, for writing in index order (any consistent order
    would be correct; this one is the indexes'). Ids of 32 hex digits, as stored, are sorted as
    two big-endian integers: several times faster than comparing strings."""
    try:
        if not all(len(i) == 32 for i in ids):
            raise ValueError("not 32 hex digits")
        halves = np.frombuffer(bytes.fromhex("".join(ids)), dtype=">u8").reshape(-1, 2)
    except (TypeError, ValueError):
        return np.argsort(np.asarray(ids, dtype=str), kind="stable")
    return np.lexsort((halves[:, 1], halves[:, 0]))


def insert_run(conn: sqlite3.Connection, *, policy_id: str, window_start: date,
               window_end: date, ran_at: datetime, account_count: int,
               user: str | None) -> str:
    run_id = uuid.uuid4().hex  # random: people give runs by the first digits of the id
    stamp = utc_text(ran_at)
    conn.execute(
        "INSERT INTO tier_runs (id, policy_id, window_start, window_end, ran_at, account_count, "
        "user, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (run_id, policy_id, window_start.isoformat(), window_end.isoformat(), stamp,
         account_count, user, stamp, stamp),
    )
    return run_id


def insert_results(conn: sqlite3.Connection, run_id: str, rows: pd.DataFrame,
                   breakdown: list[bytes], stamp: str) -> None:
    """`rows` indexed by account id with computed_tier, tier, score, rank; `breakdown` in the
    same order. Written in account-id order with time-ordered new ids, so the table, its
    primary key and the (run_id, account_id) index grow at their ends. (The account_id index
    cannot: one new entry per account lands beside that account's older ones, so each run
    rewrites that whole index — the cost that grows with the history.)"""
    order = _id_order(rows.index.to_numpy(dtype=object))
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


# --- breakdowns --------------------------------------------------------------------------------

BREAKDOWN_FORMAT = 1  # the first byte of a stored (binary) breakdown


def _categorical(keys: Sequence[str]) -> list[str]:
    return [k for k in keys if k in CATEGORICAL]


def _sections(policy: Policy) -> int:
    """How many numbers a breakdown holds per indicator key, plus how many per account."""
    k = len(policy.keys)
    if policy.method == PolicyMethod.WEIGHTED:
        return 3 * k
    if policy.method == PolicyMethod.ABC:
        return k + 1
    return k


def _row_dtype(count: int, text_bytes: int = 0) -> np.dtype:
    """A stored breakdown as a packed numpy record: 1 + 8 × count (+ text_bytes) bytes."""
    fields: list[tuple] = [("format", "u1"), ("values", "<f8", (count,))]
    if text_bytes:
        fields.append(("texts", f"S{text_bytes}"))
    return np.dtype(fields)


def breakdown_blobs(tiering: Tiering) -> list[bytes]:
    """The breakdown of every account as stored (see the module docstring), in the order of
    `tiering.tier`: numpy fills one packed record per account and hands them over as bytes —
    no Python work per account."""
    policy = tiering.policy
    n = len(tiering.tier)
    if n == 0:
        return []
    keys = list(policy.keys)
    k = len(keys)
    count = _sections(policy)
    numbers = np.full((n, count), np.nan)
    for j, key in enumerate(keys):
        if key not in CATEGORICAL:
            numbers[:, j] = tiering.raw[key].to_numpy(dtype=float, na_value=np.nan)
    if policy.method == PolicyMethod.WEIGHTED:
        assert tiering.norm is not None and tiering.contribution is not None
        assert tiering.excluded is not None
        norm = tiering.norm[keys].to_numpy(dtype=float)
        numbers[:, k:2 * k] = np.where(tiering.excluded[keys].to_numpy(dtype=bool), np.nan, norm)
        numbers[:, 2 * k:] = tiering.contribution[keys].to_numpy(dtype=float)
    elif policy.method == PolicyMethod.ABC and tiering.cum_share is not None:
        numbers[:, k] = tiering.cum_share.to_numpy(dtype=float)
    texts = _texts(tiering.raw, _categorical(keys))
    width = _row_dtype(count, texts.itemsize if texts is not None else 0).itemsize
    rows = np.empty((n, width), dtype=np.uint8)  # byte copies: no per-field conversions
    rows[:, 0] = BREAKDOWN_FORMAT
    rows[:, 1:1 + 8 * count] = numbers.astype("<f8", copy=False).view(np.uint8)
    if texts is not None:
        rows[:, 1 + 8 * count:] = texts.view(np.uint8).reshape(n, texts.itemsize)
    # As opaque records, tolist() gives each row's bytes (a fixed-width bytes dtype would cut
    # trailing zero bytes off the numbers).
    return rows.view(np.dtype((np.void, width))).reshape(n).tolist()


def _texts(raw: pd.DataFrame, keys: list[str]) -> np.ndarray | None:
    """Each account's text indicator values as a UTF-8 JSON array (null where missing), all
    padded with zero bytes to one width; None when the policy has no text indicator. Few
    distinct combinations (industries), so each is encoded once."""
    if not keys:
        return None
    combined = np.zeros(len(raw), dtype=np.int64)
    uniques = []
    for key in keys:
        code, unique = pd.factorize(raw[key], use_na_sentinel=True)
        combined = combined * (len(unique) + 1) + (code + 1)
        uniques.append([v if isinstance(v, str) else None for v in unique])
    which, combos = pd.factorize(combined)
    encoded = []
    for combo in combos.tolist():
        items = []
        for unique in reversed(uniques):
            combo, code = divmod(combo, len(unique) + 1)
            items.append(unique[code - 1] if code else None)
        encoded.append(json.dumps(items[::-1], ensure_ascii=False,
                                  separators=(",", ":")).encode())
    return np.array(encoded, dtype=bytes)[which]


def _number(value: float) -> float | int | None:
    """A stored number as shown: None when null (NaN), whole numbers as int (as JSON had)."""
    if not math.isfinite(value):
        return None
    return int(value) if value.is_integer() and abs(value) < 2**53 else float(value)


def _tail(value: bytes, start: int) -> list[object]:
    text = value[start:].rstrip(b"\0")
    return json.loads(text) if text else []


def _unpack(value: bytes, policy: Policy) -> tuple[np.ndarray, list[object]]:
    count = _sections(policy)
    width = _row_dtype(count).itemsize
    if len(value) < width or value[0] != BREAKDOWN_FORMAT:
        raise ValueError("not a stored breakdown of this policy")
    numbers = np.frombuffer(value, dtype="<f8", count=count, offset=1)
    return numbers, _tail(value, width)


def parse_breakdown(value: str | bytes | None, policy: Policy | None = None
                    ) -> list[dict[str, object]]:
    """The stored breakdown as the documented list of entries: key, raw, norm, weight,
    contribution (None where not applicable), `excluded` (the `exclude` rule dropped it) and,
    for ABC, `cum_share`. A binary breakdown needs the run's `policy` (its keys and weights);
    the JSON ones of earlier versions carry their own keys."""
    if not value:
        return []
    if isinstance(value, (bytes, bytearray, memoryview)):
        if policy is None:
            raise ValueError("reading a binary breakdown needs the run's policy")
        return _binary_entries(bytes(value), policy)
    data = json.loads(value)
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


def _binary_entries(value: bytes, policy: Policy) -> list[dict[str, object]]:
    numbers, texts = _unpack(value, policy)
    keys = policy.keys
    k = len(keys)
    text_of = dict(zip(_categorical(keys), texts, strict=False))
    weighted = policy.method == PolicyMethod.WEIGHTED
    weights = {rule.key: rule.weight for rule in policy.indicators} if weighted else {}
    entries = []
    for j, key in enumerate(keys):
        raw = text_of.get(key) if key in CATEGORICAL else _number(float(numbers[j]))
        entry: dict[str, object] = {"key": key, "raw": raw, "norm": None, "weight": None,
                                    "contribution": None}
        if weighted:
            entry["norm"] = _number(float(numbers[k + j]))
            entry["weight"] = _number(float(weights[key]))
            entry["contribution"] = _number(float(numbers[2 * k + j]))
        entry["excluded"] = weighted and entry["norm"] is None
        if policy.method == PolicyMethod.ABC:
            entry["cum_share"] = _number(float(numbers[k]))
        entries.append(entry)
    return entries


def breakdown_raws(values: Sequence[str | bytes | None], policy: Policy
                   ) -> dict[str, list[object]]:
    """Each key's raw value over many stored breakdowns of one run (None where missing),
    binary ones read all at once."""
    keys = policy.keys
    out: dict[str, list[object]] = {key: [None] * len(values) for key in keys}
    row = _row_dtype(_sections(policy))
    width = row.itemsize
    binary = [i for i, v in enumerate(values) if isinstance(v, bytes)]
    for i in binary:  # the same checks as _unpack: never misread another format
        value = values[i]
        if len(value) < width or value[0] != BREAKDOWN_FORMAT:  # type: ignore[index]
            raise ValueError("not a stored breakdown of this policy")
    if binary:
        data = b"".join(values[i][:width] for i in binary)  # type: ignore[index]
        numbers = np.frombuffer(data, dtype=row)["values"]
        categorical = _categorical(keys)
        tails: dict[bytes, list[object]] = {}
        for j, key in enumerate(keys):
            if key in CATEGORICAL:
                continue
            column = [_number(x) for x in numbers[:, j].tolist()]
            for i, x in zip(binary, column, strict=True):
                out[key][i] = x
        if categorical:
            for i in binary:
                tail = values[i][width:]  # type: ignore[index]
                if tail not in tails:
                    tails[tail] = _tail(tail, 0)
                for key, text in zip(categorical, tails[tail], strict=False):
                    out[key][i] = text
    for i, value in enumerate(values):
        if value and not isinstance(value, bytes):
            for entry in parse_breakdown(value):
                if entry["key"] in out:
                    out[str(entry["key"])][i] = entry["raw"]
    return out


__all__ = [
    "BREAKDOWN_FORMAT", "active_overrides", "breakdown_blobs", "breakdown_raws",
    "current_tiers", "insert_results", "insert_run", "next_ran_at", "parse_breakdown",
    "parse_utc", "utc_text",
]
