"""Every indicator of CLASSIFICATION.md for every account in scope, over one analysis window.

The big tables (two million sales lines, close to a million receivables at 100,000 accounts) are
never loaded into Python: each family of indicators is one SQL aggregate grouped by account, and
pandas only joins the per-account results (one row per account) and derives the ratios. Nothing
loops over accounts in Python.

Given a `Database`, the aggregates run on read-only connections of their own in worker threads
(sqlite3 releases the GIL while SQLite works; WAL lets readers run side by side), the big sales
aggregates in two halves of the account-id range so that the threads finish together: about a
quarter less wall time on a two-CPU machine (measured on a busy shared VM; more on a quiet
one). Given a unit of work or a connection, they run one after another on it, so uncommitted
rows of that transaction are seen.

Plan choices measured at 100,000 accounts / 2,000,000 lines (benchmarks/bench_classify.py):
- sales: the (account_id, order_date) index delivers the lines grouped by account; cheaper than
  scanning the table and sorting the 800,000 window lines, and than one query for the window
  and the prior window together. count(DISTINCT order_no) only when orders are used.
- recency: one index probe per account (max(order_date) up to `end`), not a scan.
- receivables: a table scan (NOT INDEXED) keeping only open or paid-in-window rows, then a sort
  of those, beats walking the account index and fetching every invoice (1.7 s → 0.7 s).
- each aggregate is joined to the accounts in scope in SQL and keyed by the account's rowid, so
  pandas aligns integers, not 32-character ids.
What remains is dominated by fetching the sales lines' rows behind the index (~1 µs each): an
index covering (account_id, order_date, amount, profit, cost, order_no) halves it (measured
1.05 → 0.58 s and 0.92 → 0.36 s), but that is a schema change.
"""

from __future__ import annotations

import os
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from kam_desktop.errors import InvalidInputError, KamError
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Source = Database | UnitOfWork | sqlite3.Connection

FAMILIES = ("transaction", "financial", "characteristics", "demand_fit", "relationship")
MMAP_BYTES = 1 << 32  # address space only; SQLite maps what it reads
MAX_WORKERS = 4


@dataclass(frozen=True)
class IndicatorDef:
    key: str
    family: str
    label: str
    label_zh: str
    better: str  # the usual direction, a default for policy editors: "higher" | "lower"
    group: str  # the query that computes it
    categorical: bool = False


def _defs() -> dict[str, IndicatorDef]:
    rows = (
        ("sales", "transaction", "Sales", "销售额", "higher", "sales"),
        ("profit", "transaction", "Profit", "利润", "higher", "sales"),
        ("margin", "transaction", "Margin", "利润率", "higher", "sales"),
        ("orders", "transaction", "Orders", "订单数", "higher", "sales"),
        ("avg_order_value", "transaction", "Average order value", "平均交易额", "higher",
         "sales"),
        ("growth", "transaction", "Growth vs prior period", "增长率", "higher", "prior"),
        ("recency_days", "transaction", "Days since last order", "距上次下单天数", "lower",
         "recency"),
        ("outstanding", "financial", "Outstanding receivables", "欠款额", "lower", "open"),
        ("overdue", "financial", "Overdue amount", "逾期金额", "lower", "open"),
        ("collection_days", "financial", "Collection days", "收款周期(天)", "lower",
         "collection"),
        ("company_size", "characteristics", "Company size (employees)", "企业规模(人数)",
         "higher", "accounts"),
        ("company_profit", "characteristics", "Company profit", "企业利润", "higher",
         "accounts"),
        ("industry", "characteristics", "Industry", "行业", "higher", "accounts"),
        ("value_fit", "demand_fit", "Value positioning fit", "价值定位匹配", "higher",
         "accounts"),
        ("procurement_fit", "demand_fit", "Procurement standards fit", "采购规范匹配",
         "higher", "accounts"),
        ("growth_potential", "demand_fit", "Growth potential", "成长潜力", "higher",
         "accounts"),
        ("influence", "demand_fit", "Industry influence", "行业影响力", "higher", "accounts"),
        ("csat", "relationship", "CSAT", "满意度(CSAT)", "higher", "surveys"),
        ("nps", "relationship", "NPS", "净推荐值(NPS)", "higher", "surveys"),
        ("relationship", "relationship", "Relationship strength", "关系强度", "higher",
         "contacts"),
        ("coverage", "relationship", "Buying-center coverage", "采购决策覆盖", "higher",
         "contacts"),
    )
    return {
        key: IndicatorDef(key, family, label, zh, better, group, categorical=key == "industry")
        for key, family, label, zh, better, group in rows
    }


INDICATORS: dict[str, IndicatorDef] = _defs()
CATEGORICAL: tuple[str, ...] = tuple(k for k, d in INDICATORS.items() if d.categorical)
NUMERIC_KEYS: tuple[str, ...] = tuple(k for k, d in INDICATORS.items() if not d.categorical)


# --- the window --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """The analysis window [start, end], both days inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise InvalidInputError(
                f"The window starts on {self.start}, after its end {self.end}."
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def prior_end(self) -> date:
        return self.start - timedelta(days=1)

    @property
    def prior_start(self) -> date:
        """The prior window: the same number of days immediately before `start`."""
        return self.start - timedelta(days=self.days)

    @classmethod
    def trailing_year(cls, end: date) -> Window:
        """`end` minus 12 months plus one day, to `end` (29 February steps back to the 28th)."""
        return cls(_months_before(end, 12) + timedelta(days=1), end)

    def __str__(self) -> str:
        return f"{self.start} – {self.end}"


def _months_before(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def latest_sales_date(source: Source) -> date | None:
    """The newest sales-line date in the database (None when there is none)."""
    with _borrowed(source) as conn:
        value = conn.execute("SELECT max(order_date) FROM sales_lines").fetchone()[0]
    return date.fromisoformat(value) if value else None


def resolve_window(source: Source, start: date | None = None, end: date | None = None) -> Window:
    """Fill in what is not given: `end` the latest sales-line date (today when there are no
    sales), `start` twelve months before `end` plus one day."""
    if end is None:
        end = latest_sales_date(source) or date.today()
        if start is not None and start > end:
            raise InvalidInputError(
                f"The window starts on {start}, after the latest sales line ({end}); "
                "give an end date too."
            )
    if start is None:
        return Window.trailing_year(end)
    return Window(start, end)


# --- the queries -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Query:
    """One aggregate per account. Rows come back keyed by the account's integer rowid (joined
    in SQL against the accounts in scope), so pandas aligns them by integers, not 32-character
    ids; `splittable` queries can run as two halves of the account-id range in parallel."""

    name: str
    sql: str
    columns: tuple[str, ...]  # after the rowid
    params: Callable[[Window], tuple[object, ...]]
    cost: int  # relative, for scheduling the expensive ones first
    splittable: bool = False

    def part(self, half: int | None) -> str:
        if half is None:
            return self.sql.replace("{range}", "")
        return self.sql.replace("{range}", " AND account_id " + ("< '8'" if half == 0
                                                                  else ">= '8'"))


_SCOPE = "a.deleted_at IS NULL AND a.status <> 'inactive'"
_ACCOUNT_COLUMNS = ("code", "name", "industry", "company_size", "company_profit", "value_fit",
                    "procurement_fit", "growth_potential", "influence")


def _per_account(expressions: Sequence[str], source: str) -> str:
    """`SELECT rowid, aggregates…` over `source` (FROM … WHERE …), grouped by account and
    restricted to the accounts in scope."""
    inner = ", ".join(f"{e} AS v{i}" for i, e in enumerate(expressions))
    outer = ", ".join(f"g.v{i}" for i in range(len(expressions)))
    return (f"SELECT a.rowid, {outer} FROM (SELECT account_id, {inner} FROM {source}{{range}} "
            f"GROUP BY account_id) g JOIN accounts a ON a.id = g.account_id WHERE {_SCOPE}")


def _iso(day: date) -> str:
    return day.isoformat()


def _window_params(w: Window) -> tuple[object, ...]:
    return _iso(w.start), _iso(w.end)


# profit per line: the profit, else amount − cost where only the cost is known.
_SALES = ("sum(amount)", "sum(coalesce(profit, amount - cost))")
_IN_WINDOW = "sales_lines WHERE order_date BETWEEN ? AND ?"

QUERIES: dict[str, _Query] = {
    q.name: q for q in (
        _Query(
            "accounts",
            f"SELECT a.rowid, a.id, {', '.join('a.' + c for c in _ACCOUNT_COLUMNS)} "
            f"FROM accounts a WHERE {_SCOPE}",
            ("id", *_ACCOUNT_COLUMNS), lambda w: (), 2,
        ),
        _Query("sales", _per_account(_SALES, _IN_WINDOW), ("sales", "profit"),
               _window_params, 8, splittable=True),
        # The same with the order count; count(DISTINCT) costs a third more, so only when used.
        _Query("sales_orders", _per_account((*_SALES, "count(DISTINCT order_no)"), _IN_WINDOW),
               ("sales", "profit", "orders"), _window_params, 10, splittable=True),
        _Query("prior", _per_account(("sum(amount)",), _IN_WINDOW), ("prior_sales",),
               lambda w: (_iso(w.prior_start), _iso(w.prior_end)), 7, splittable=True),
        _Query(
            # One index probe per account on (account_id, order_date).
            "recency",
            "SELECT a.rowid, round(julianday(?) - julianday("
            "(SELECT max(s.order_date) FROM sales_lines s "
            "WHERE s.account_id = a.id AND s.order_date <= ?))) "
            f"FROM accounts a WHERE {_SCOPE}",
            ("recency_days",), lambda w: (_iso(w.end), _iso(w.end)), 2,
        ),
        _Query(
            "open",
            _per_account(("sum(outstanding)",
                          "sum(CASE WHEN due_date < ? THEN outstanding ELSE 0 END)"),
                         "receivables NOT INDEXED WHERE invoice_date <= ? "
                         "AND outstanding <> 0"),
            ("outstanding", "overdue"), lambda w: (_iso(w.end), _iso(w.end)), 2,
        ),
        _Query(
            "collection",
            _per_account(("sum(amount * (julianday(paid_date) - julianday(invoice_date)))",
                          "sum(amount)"),
                         "receivables NOT INDEXED WHERE paid_date BETWEEN ? AND ?"),
            ("collection_weighted", "collection_amount"), _window_params, 5,
        ),
        _Query(
            "surveys",
            _per_account(("avg(csat)", "count(nps)", "sum(nps >= 9)", "sum(nps <= 6)"),
                         "survey_responses WHERE deleted_at IS NULL "
                         "AND response_date BETWEEN ? AND ?"),
            ("csat", "nps_count", "promoters", "detractors"), _window_params, 1,
        ),
        _Query(
            "contacts",
            _per_account(("avg(relationship_strength)",
                          "count(DISTINCT CASE WHEN relationship_strength >= 3 THEN role END)"),
                         "contacts NOT INDEXED WHERE active AND deleted_at IS NULL"),
            ("relationship", "coverage"), lambda w: (), 3,
        ),
    )
}
_SALES_GROUP = {"orders": "sales_orders", "avg_order_value": "sales_orders"}


def groups_for(keys: Iterable[str]) -> list[str]:
    """The queries needed for `keys` (always the accounts in scope), costliest first."""
    needed = {"accounts"}
    keys = list(keys)
    for key in keys:
        if key not in INDICATORS:
            raise InvalidInputError(f"Unknown indicator {key!r}; known: {', '.join(INDICATORS)}.")
        group = INDICATORS[key].group
        needed.add(group)
        if group == "prior":
            needed.add("sales")
    if "sales" in needed and any(k in _SALES_GROUP for k in keys):
        needed.discard("sales")
        needed.add("sales_orders")
    return sorted(needed, key=lambda g: -QUERIES[g].cost)


# --- running them ------------------------------------------------------------------------------


@contextmanager
def _borrowed(source: Source) -> Iterator[sqlite3.Connection]:
    """The sqlite3 connection of a source, for reading: a unit of work's own connection, a
    given connection, or a short-lived one on a Database's file."""
    if isinstance(source, sqlite3.Connection):
        yield source
    elif isinstance(source, UnitOfWork):
        yield source.session.connection().connection.driver_connection
    elif isinstance(source, Database):
        conn = _reader(source)
        try:
            yield conn
        finally:
            conn.close()
    else:
        raise TypeError(f"not a database, unit of work or connection: {source!r}")


def _reader(db: Database) -> sqlite3.Connection:
    """A read-only connection of its own on the database file (one per worker thread)."""
    conn = sqlite3.connect(str(db.path), timeout=10, check_same_thread=False,
                           isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    return conn


@contextmanager
def _mapped(conn: sqlite3.Connection) -> Iterator[None]:
    """Memory-mapped reads for the duration, then as before: a tenth faster for one thread
    alone. Not for the parallel readers: their page faults on the shared mapping serialise
    in the kernel, which cost more CPU than the copies they save."""
    before = conn.execute("PRAGMA mmap_size").fetchone()[0]
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA mmap_size = {before}")


_TEXT_COLUMNS = frozenset({"id", "code", "name", "industry"})
Job = tuple[str, int | None]  # query name, half of the account-id range (None: all)


def _fetch(conn: sqlite3.Connection, query: _Query, window: Window,
           half: int | None = None) -> pd.DataFrame:
    """The query's rows as a frame indexed by account rowid. Text stays plain Python objects:
    pandas' default Arrow-backed strings make joins and lookups several times slower."""
    rows = conn.execute(query.part(half), query.params(window)).fetchall()
    names = ("rowid", *query.columns)
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(names)
    data = {
        name: np.array(values, dtype=object if name in _TEXT_COLUMNS else float)
        for name, values in zip(names, columns, strict=True)
    }
    index = pd.Index(data.pop("rowid").astype(np.int64), name="rowid")
    return pd.DataFrame(data, index=index)


def _jobs(names: Sequence[str], split: bool) -> list[Job]:
    jobs: list[Job] = []
    for name in names:  # costliest first
        if split and QUERIES[name].splittable:
            jobs += [(name, 0), (name, 1)]
        else:
            jobs.append((name, None))
    return jobs


def run_queries(source: Source, names: Sequence[str], window: Window, *,
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                workers: int | None = None) -> dict[str, pd.DataFrame]:
    """Run the named queries; in parallel threads (the big ones in two halves) when the source
    is a Database and there is more than one CPU."""
    n_workers = min(workers or MAX_WORKERS, len(names), _cpus())
    parallel = isinstance(source, Database) and n_workers > 1
    jobs = _jobs(names, split=parallel)
    total = len(jobs)
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in names}
    finished = 0

    def report() -> None:
        if progress is not None:
            progress(finished, total, f"Computing indicators… {finished} of {total}")

    def check() -> None:
        if cancelled is not None and cancelled():
            raise KamError("Classification cancelled; nothing was saved.")

    if not parallel:
        with _borrowed(source) as conn, _mapped(conn):
            for name, half in jobs:
                check()
                parts[name].append(_fetch(conn, QUERIES[name], window, half))
                finished += 1
                report()
    else:
        assert isinstance(source, Database)
        for name, frame in _run_parallel(source, jobs, window, n_workers, check):
            parts[name].append(frame)
            finished += 1
            report()
    return {name: frames[0] if len(frames) == 1 else pd.concat(frames)
            for name, frames in parts.items()}


def _run_parallel(db: Database, jobs: list[Job], window: Window, n_workers: int,
                  check: Callable[[], None]) -> Iterator[tuple[str, pd.DataFrame]]:
    """Yield (name, frame) as worker threads, each with its own read-only connection, finish
    the jobs. An exception in a worker is raised here. When the caller stops early (cancel, an
    error), the queries still running are interrupted, so Cancel answers at once."""
    todo: queue.SimpleQueue[Job] = queue.SimpleQueue()
    for job in jobs:
        todo.put(job)
    results: queue.SimpleQueue[tuple[str, pd.DataFrame | BaseException]] = queue.SimpleQueue()
    stop = threading.Event()
    lock = threading.Lock()
    open_connections: set[sqlite3.Connection] = set()

    def work() -> None:
        try:
            conn = _reader(db)
        except BaseException as exc:  # handed to the calling thread
            results.put(("", exc))
            return
        with lock:
            open_connections.add(conn)
        try:
            while not stop.is_set():
                try:
                    name, half = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    results.put((name, _fetch(conn, QUERIES[name], window, half)))
                except BaseException as exc:
                    results.put((name, exc))
                    return
        finally:
            with lock:
                open_connections.discard(conn)
                conn.close()

    threads = [threading.Thread(target=work, name=f"kam-indicators-{i}", daemon=True)
               for i in range(n_workers)]
    for thread in threads:
        thread.start()
    try:
        received = 0
        while received < len(jobs):
            try:
                name, value = results.get(timeout=0.1)
            except queue.Empty:
                if not any(t.is_alive() for t in threads) and results.empty():
                    raise AssertionError("indicator workers ended early") from None
                check()
                continue
            if isinstance(value, BaseException):
                raise value
            received += 1
            yield name, value
            check()
    finally:
        stop.set()
        with lock:
            for conn in open_connections:
                conn.interrupt()  # the worker's query fails; nobody reads its answer
        for thread in threads:
            thread.join()


def _cpus() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


# --- assembling the indicators -----------------------------------------------------------------


def compute_indicators(source: Source, window: Window | None = None,
                       keys: Iterable[str] | None = None, *, progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> pd.DataFrame:
    """One row per account in scope (not deleted, not inactive), indexed by account id (32 hex
    digits, as stored), ordered by code: `code`, `name`, then each indicator in `keys` (all by
    default) as float64 — `industry` as text — with NaN where CLASSIFICATION.md says null.

    `window` defaults to the trailing twelve months up to the latest sales line. The window is
    kept in `frame.attrs["window"]`.
    """
    if window is None:
        window = resolve_window(source)
    wanted = list(INDICATORS) if keys is None else list(dict.fromkeys(keys))
    names = groups_for(wanted)
    parts = run_queries(source, names, window, progress=progress, cancelled=cancelled)
    frame = _assemble(parts, window)
    frame = frame[["code", "name", *wanted]]
    frame.attrs["window"] = window
    return frame


def _assemble(parts: dict[str, pd.DataFrame], window: Window) -> pd.DataFrame:
    accounts = parts["accounts"].sort_values("code", kind="stable")
    rowids = accounts.index
    n = len(rowids)
    out: dict[str, np.ndarray] = {"code": accounts["code"].to_numpy(),
                                  "name": accounts["name"].to_numpy()}

    def cols(part: str) -> dict[str, np.ndarray]:
        """The part's columns aligned to the accounts (NaN where it has no row)."""
        frame = parts[part]
        position = rowids.get_indexer(frame.index)
        found = position >= 0
        aligned = {}
        for column in frame.columns:
            values = np.full(n, np.nan)
            values[position[found]] = frame[column].to_numpy(dtype=float)[found]
            aligned[column] = values
        return aligned

    sales_part = "sales_orders" if "sales_orders" in parts else "sales"
    with np.errstate(divide="ignore", invalid="ignore"):
        if sales_part in parts:
            got = cols(sales_part)
            sales = np.nan_to_num(got["sales"], nan=0.0)
            profit = got["profit"]
            out["sales"] = sales
            out["profit"] = profit
            out["margin"] = np.where(sales > 0, profit / sales, np.nan)
            if "orders" in got:
                orders = np.nan_to_num(got["orders"], nan=0.0)
                out["orders"] = orders
                out["avg_order_value"] = np.where(orders > 0, sales / orders, np.nan)
            if "prior" in parts:
                prior = np.nan_to_num(cols("prior")["prior_sales"], nan=0.0)
                out["growth"] = np.where(prior > 0, (sales - prior) / prior, np.nan)
        if "recency" in parts:
            out["recency_days"] = cols("recency")["recency_days"]
        if "open" in parts:
            got = cols("open")
            out["outstanding"] = np.nan_to_num(got["outstanding"], nan=0.0)
            out["overdue"] = np.nan_to_num(got["overdue"], nan=0.0)
        if "collection" in parts:
            got = cols("collection")
            amount = got["collection_amount"]
            out["collection_days"] = np.where(amount != 0, got["collection_weighted"] / amount,
                                              np.nan)
        if "surveys" in parts:
            got = cols("surveys")
            count = got["nps_count"]
            out["csat"] = got["csat"]
            out["nps"] = np.where(count > 0,
                                  100.0 * (got["promoters"] - got["detractors"]) / count, np.nan)
        if "contacts" in parts:
            got = cols("contacts")
            out["relationship"] = got["relationship"]
            out["coverage"] = np.nan_to_num(got["coverage"], nan=0.0)
    for key in ("company_size", "company_profit", "value_fit", "procurement_fit",
                "growth_potential", "influence"):
        out[key] = accounts[key].to_numpy(dtype=float)
    out["industry"] = accounts["industry"].to_numpy(dtype=object)
    index = pd.Index(accounts["id"].to_numpy(dtype=object), dtype=object, name="account_id")
    result = pd.DataFrame(out, index=index)
    for key in INDICATORS:
        if key not in result:
            result[key] = np.full(n, np.nan) if key != "industry" else None
    return result


__all__ = [
    "CATEGORICAL", "FAMILIES", "INDICATORS", "NUMERIC_KEYS", "IndicatorDef", "Window",
    "compute_indicators", "groups_for", "latest_sales_date", "resolve_window", "run_queries",
]
