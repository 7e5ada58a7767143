"""Every indicator of CLASSIFICATION.md for every account in scope, over one analysis window.

The big tables (two million sales lines, close to a million receivables at 100,000 accounts) are
never loaded into Python: each family of indicators is one SQL aggregate per account, and numpy
only aligns the per-account results (one row per account) and derives the ratios. Nothing
loops over accounts in Python.

Given a `Database`, the aggregates run on read-only connections of their own in worker threads
(sqlite3 releases the GIL while SQLite works; WAL lets readers run side by side), most of them
in two halves of the accounts' rowid range so that the threads finish together. Given a unit
of work or a connection, they run one after another on it, so uncommitted rows of that
transaction are seen.

Plan choices measured at 100,000 accounts / 2,000,000 lines (benchmarks/bench_classify.py;
single-thread CPU):
- every aggregate is driven from the accounts in scope, in rowid order (CROSS JOIN keeps them
  the outer loop), each account's rows found through an index whose first column is
  `account_id`: GROUP BY needs no sort, only the rows asked for are read, and each row comes
  back keyed by the account's integer rowid, so numpy aligns integers, not 32-character ids.
- sales and receivables are read from covering indexes (migration 0004) without touching the
  tables: the window's sales 1.34 → 0.43 s, the prior window 0.77 → 0.24 s, collection days
  0.47 → 0.23 s (it was a table scan and a sort), open amounts 0.25 → 0.19 s; contacts and
  survey responses likewise (migration 0005): relationship/coverage 0.40 → 0.27 s, the survey
  indicators 0.26 → 0.14 s.
- the parallel workers stage each answer in a TEMP table before reading it (`_fetch`).
- count(DISTINCT order_no) only when orders are used (a quarter of the sales query).
- recency: the window's last line, from the sales query, and an index probe (max(order_date)
  up to `end`) only for accounts without a line in the window (0.25 s of probes saved).
- the default window's end, the latest sales date, is a scan of the whole sales index: its two
  halves run on both workers beside the queries that need no window (accounts, contacts).
- contacts and surveys through their account index: 0.36 s against 0.48 s for a table scan
  and a sort (contacts are stored roughly account by account, so the row lookups are local).
"""

from __future__ import annotations

import os
import queue
import re
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
    return _completed(start, end, latest_sales_date(source) if end is None else None)


def _completed(start: date | None, end: date | None, latest: date | None) -> Window:
    """resolve_window's rule, given the latest sales-line date (used when `end` is None)."""
    if end is None:
        end = latest or date.today()
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
    """One aggregate per account, each row keyed by the account's integer rowid, so the parts
    are lined up by integers (numpy), not 32-character ids. Parameters are named (:start, :end,
    :prior_start, :prior_end). `splittable` queries walk the accounts table and can run as two
    halves of its rowid range in parallel."""

    name: str
    sql: str  # with `{range}` where a half's rowid condition goes
    columns: tuple[str, ...]  # after the rowid
    cost: int  # relative, for scheduling the expensive ones first
    splittable: bool = False

    @property
    def windowed(self) -> bool:
        """Whether it needs the window (some need none: the accounts, contacts)."""
        return _WINDOW_PARAMETER.search(self.sql) is not None

    def part(self, half: int | None) -> str:
        if half is None:
            return self.sql.replace("{range}", "")
        op = "<=" if half == 0 else ">"
        return self.sql.replace("{range}",
                                f" AND a.rowid {op} (SELECT max(rowid) / 2 FROM accounts)")


_WINDOW_PARAMETER = re.compile(r":(?:prior_)?(?:start|end)\b")
_SCOPE = "a.deleted_at IS NULL AND a.status <> 'inactive'"
_ACCOUNT_KEYS = ("industry", "company_size", "company_profit", "value_fit", "procurement_fit",
                 "growth_potential", "influence")


def _params(w: Window) -> dict[str, str]:
    return {"start": w.start.isoformat(), "end": w.end.isoformat(),
            "prior_start": w.prior_start.isoformat(), "prior_end": w.prior_end.isoformat()}


def _per_account(expressions: Sequence[str], table: str, on: str, where: str = "", *,
                 join: str = "CROSS JOIN") -> str:
    """`SELECT rowid, aggregates…` driven from the accounts in scope in rowid order, each
    account's rows found through the `account_id` index of `table` (alias `t`): no sort, and
    only the rows asked for are read. CROSS JOIN keeps the accounts as the outer loop and
    leaves out accounts without rows; LEFT JOIN (also outer) keeps them."""
    return (f"SELECT a.rowid, {', '.join(expressions)} FROM accounts a {join} {table} t "
            f"ON t.account_id = a.id{on} WHERE {_SCOPE}{where}{{range}} GROUP BY a.rowid")


# Sales lines through ix_sales_lines_account_date, which covers every column read here.
_SALES_ON = " AND t.order_date BETWEEN :start AND :end"
# Profit per line: the profit, else amount − cost where only the cost is known.
_PROFIT = "sum(coalesce(t.profit, t.amount - t.cost))"
# The last order up to :end: one index probe per account …
_LAST_ORDER = ("(SELECT max(s.order_date) FROM sales_lines s "
               "WHERE s.account_id = a.id AND s.order_date <= :end)")
_RECENCY = f"round(julianday(:end) - julianday({_LAST_ORDER}))"
# … or, beside the window's sales, the window's last line, probing only for accounts without
# one (coalesce evaluates its second argument only when needed): 0.25 s less at 100,000.
_RECENCY_IN_SALES = (f"round(julianday(:end) - julianday(coalesce(max(t.order_date), "
                     f"{_LAST_ORDER})))")
_SALES_GROUP = frozenset({"sales", "profit", "margin", "orders", "avg_order_value", "growth"})


def _check_keys(keys: Iterable[str]) -> list[str]:
    keys = list(keys)
    for key in keys:
        if key not in INDICATORS:
            raise InvalidInputError(f"Unknown indicator {key!r}; known: {', '.join(INDICATORS)}.")
    return keys


def build_queries(keys: Iterable[str]) -> dict[str, _Query]:
    """The queries that compute `keys`, costliest first, each reading only what `keys` need
    (always the accounts in scope with id, code and name)."""
    wanted = set(_check_keys(keys))
    groups = {INDICATORS[k].group for k in wanted}
    found: list[_Query] = []
    columns = ["id", "code", "name", *(k for k in _ACCOUNT_KEYS if k in wanted)]
    select = ", ".join(f"a.{c}" for c in columns)
    sales = bool(wanted & _SALES_GROUP)
    probe = "recency" in groups and not sales
    if probe:
        select += f", {_RECENCY}"
        columns.append("recency_days")
    found.append(_Query("accounts", f"SELECT a.rowid, {select} FROM accounts a "
                        f"WHERE {_SCOPE}{{range}}", tuple(columns), 4 if probe else 2,
                        splittable=True))
    if sales:
        expressions, names = ["sum(t.amount)"], ["sales"]
        if wanted & {"profit", "margin"}:
            expressions.append(_PROFIT)
            names.append("profit")
        if wanted & {"orders", "avg_order_value"}:
            # A temporary B-tree per account: a quarter of the query's time, so only when used.
            expressions.append("count(DISTINCT t.order_no)")
            names.append("orders")
        join = "CROSS JOIN"
        if "recency" in groups:
            expressions.append(_RECENCY_IN_SALES)
            names.append("recency_days")
            join = "LEFT JOIN"  # every account, for the probe where the window has no line
        found.append(_Query("sales", _per_account(expressions, "sales_lines", _SALES_ON,
                                                  join=join),
                            tuple(names), 6 + 2 * len(names), splittable=True))
    if "prior" in groups:
        found.append(_Query(
            "prior", _per_account(["sum(t.amount)"], "sales_lines",
                                  " AND t.order_date BETWEEN :prior_start AND :prior_end"),
            ("prior_sales",), 5, splittable=True))
    # Receivables through ix_receivables_account_paid, which covers every column read here.
    if "open" in groups:
        found.append(_Query(
            "open", _per_account(
                ("sum(t.outstanding)",
                 "sum(CASE WHEN t.due_date < :end THEN t.outstanding ELSE 0 END)"),
                "receivables", "", " AND t.invoice_date <= :end AND t.outstanding <> 0"),
            ("outstanding", "overdue"), 3, splittable=True))
    if "collection" in groups:
        found.append(_Query(
            "collection", _per_account(
                ("sum(t.amount * (julianday(t.paid_date) - julianday(t.invoice_date)))",
                 "sum(t.amount)"),
                "receivables", " AND t.paid_date BETWEEN :start AND :end"),
            ("collection_weighted", "collection_amount"), 4, splittable=True))
    if "surveys" in groups:
        found.append(_Query(
            "surveys", _per_account(
                ("avg(t.csat)", "count(t.nps)", "sum(t.nps >= 9)", "sum(t.nps <= 6)"),
                "survey_responses", " AND t.response_date BETWEEN :start AND :end",
                " AND t.deleted_at IS NULL"),
            ("csat", "nps_count", "promoters", "detractors"), 2, splittable=True))
    if "contacts" in groups:
        found.append(_Query(
            "contacts", _per_account(
                ("avg(t.relationship_strength)",
                 "count(DISTINCT CASE WHEN t.relationship_strength >= 3 THEN t.role END)"),
                "contacts", "", " AND t.active AND t.deleted_at IS NULL"),
            ("relationship", "coverage"), 5, splittable=True))
    found.sort(key=lambda q: -q.cost)
    return {q.name: q for q in found}


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


def _reader(db: Database, *, staging: bool = False) -> sqlite3.Connection:
    """A read-only connection of its own on the database file (one per worker thread),
    opened with `mode=ro`: SQLite refuses any write to the file through it.

    `staging`: the connection may also write its own TEMP tables (`_fetch(..., staged=True)`),
    which `query_only` would forbid, so only `mode=ro` guards the file then; TEMP tables are
    kept in memory."""
    conn = sqlite3.connect(f"{db.path.resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                           check_same_thread=False, isolation_level=None)
    if staging:
        conn.execute("PRAGMA temp_store = MEMORY")
    else:
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
Job = tuple[str, int | None]  # query name, half of the account rowid range (None: all)


@dataclass
class _Part:
    """A query's rows: the account rowids and one array per column (text as Python objects:
    pandas' default Arrow-backed strings make lookups several times slower)."""

    rowid: np.ndarray
    columns: dict[str, np.ndarray]


_STAGE = "temp.kam_indicator_part"


def _fetch(conn: sqlite3.Connection, query: _Query, window: Window | None,
           half: int | None = None, *, staged: bool = False) -> _Part:
    """The query's rows as arrays. `staged` (parallel workers): the whole answer is first
    written to a TEMP table in one statement, then read back.

    Why staged: Python's sqlite3 lets go of the GIL only while SQLite works on one row and
    takes it back to make each row's tuple, so two workers fetching ~50,000 rows each hand
    the GIL to each other twice per row and run no faster together than one after the other
    (measured: a sales half 0.25 s alone, 0.45–0.55 s each side by side). `CREATE TABLE … AS`
    runs the whole aggregate in one step without the GIL, so the other worker's Python work
    (reading back its own answer) overlaps with it (all seven scorecard queries on two
    workers: 2.1–2.5 s instead of 2.5–3.2 s on this 2-core machine)."""
    params = _params(window) if window is not None else {}
    if staged:
        conn.execute(f"DROP TABLE IF EXISTS {_STAGE}")
        conn.execute(f"CREATE TABLE {_STAGE} AS {query.part(half)}", params)
        try:
            rows = conn.execute(f"SELECT * FROM {_STAGE}").fetchall()
        finally:
            conn.execute(f"DROP TABLE {_STAGE}")
    else:
        rows = conn.execute(query.part(half), params).fetchall()
    text = any(name in _TEXT_COLUMNS for name in query.columns)
    # One 2-D array, then columns: half the time of transposing the tuples (NULL → NaN).
    table = np.array(rows, dtype=object if text else float).reshape(len(rows),
                                                                     1 + len(query.columns))
    data = {name: table[:, j + 1] if name in _TEXT_COLUMNS else table[:, j + 1].astype(float)
            for j, name in enumerate(query.columns)}
    return _Part(table[:, 0].astype(np.int64), data)


def _joined(parts: list[_Part]) -> _Part:
    if len(parts) == 1:
        return parts[0]
    return _Part(np.concatenate([p.rowid for p in parts]),
                 {name: np.concatenate([p.columns[name] for p in parts])
                  for name in parts[0].columns})


def _jobs(queries: dict[str, _Query], split: bool) -> list[Job]:
    jobs: list[Job] = []
    for name, query in queries.items():  # costliest first
        if split and query.splittable:
            jobs += [(name, 0), (name, 1)]
        else:
            jobs.append((name, None))
    return jobs


@dataclass(frozen=True)
class WindowRequest:
    """A window still to be worked out as `resolve_window` does (None: the default)."""

    start: date | None = None
    end: date | None = None


def run_queries(source: Source, queries: dict[str, _Query], window: Window | WindowRequest, *,
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                workers: int | None = None) -> tuple[dict[str, _Part], Window]:
    """Run the queries; in parallel threads (the splittable ones in two halves) when the source
    is a Database and there is more than one CPU. Returns the parts and the window.

    A `WindowRequest` is resolved by the workers while the queries that need no window run:
    the latest sales date is a scan of two million index entries (~0.35 s), which would
    otherwise come first on its own; both workers scan half of it."""
    n_workers = min(workers or MAX_WORKERS, len(queries), _cpus())
    parallel = isinstance(source, Database) and n_workers > 1
    jobs = _jobs(queries, split=parallel)
    total = len(jobs)
    parts: dict[str, list[_Part]] = {name: [] for name in queries}
    finished = 0

    def report() -> None:
        if progress is not None:
            progress(finished, total, f"Computing indicators… {finished} of {total}")

    def check() -> None:
        if cancelled is not None and cancelled():
            raise KamError("Classification cancelled; nothing was saved.")

    if not parallel:
        with _borrowed(source) as conn, _mapped(conn):
            if isinstance(window, WindowRequest):
                window = resolve_window(conn, window.start, window.end)
            for name, half in jobs:
                check()
                parts[name].append(_fetch(conn, queries[name], window, half))
                finished += 1
                report()
    else:
        assert isinstance(source, Database)
        run = _ParallelRun(source, queries, jobs, window, n_workers)
        for name, part in run.results(check):
            parts[name].append(part)
            finished += 1
            report()
        assert run.window is not None
        window = run.window
    return {name: _joined(found) for name, found in parts.items()}, window


# The latest sales date in two halves of the account range, one per worker: each half of the
# index scan (its first column is account_id; ids are hex digits, so '8' halves them).
_LATEST = ("SELECT max(order_date) FROM sales_lines WHERE account_id < '8'",
           "SELECT max(order_date) FROM sales_lines WHERE account_id >= '8'")
_LATEST_JOBS: tuple[Job, Job] = (("", 0), ("", 1))


class _ParallelRun:
    """Worker threads, each with its own read-only connection, taking jobs from one queue;
    `results` yields (name, part) as they finish. Jobs that need the window wait in `_later`
    until a worker has resolved it. An exception in a worker is raised in `results`. When the
    caller stops early (cancel, an error), the queries still running are interrupted, so
    Cancel answers at once."""

    def __init__(self, db: Database, queries: dict[str, _Query], jobs: list[Job],
                 window: Window | WindowRequest, n_workers: int) -> None:
        self.db, self.queries, self.jobs, self.n_workers = db, queries, jobs, n_workers
        if isinstance(window, WindowRequest) and window.end is not None:
            window = _completed(window.start, window.end, None)  # nothing to look up
        self.window: Window | None = window if isinstance(window, Window) else None
        self._request = window if isinstance(window, WindowRequest) else None
        self._latest: list[date | None] = []
        self._todo: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._later: list[Job] = []
        self._out: queue.SimpleQueue[tuple[str, _Part | BaseException]] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._connections: set[sqlite3.Connection] = set()
        if self._request is not None:
            for job in _LATEST_JOBS:
                self._todo.put(job)
        for job in jobs:  # costliest first
            if self.window is None and queries[job[0]].windowed:
                self._later.append(job)
            else:
                self._todo.put(job)
        if self.window is not None:
            self._release()

    def _release(self) -> None:
        """The window is known: queue what waited for it, then one stop mark per worker."""
        for job in self._later:
            self._todo.put(job)
        self._later = []
        for _ in range(self.n_workers):
            self._todo.put(None)

    def _found_latest(self, value: str | None) -> None:
        """One half's latest sales date; with both, the window, and what waited for it."""
        with self._lock:
            self._latest.append(date.fromisoformat(value) if value else None)
            if len(self._latest) < len(_LATEST_JOBS):
                return
        assert self._request is not None
        found = [d for d in self._latest if d is not None]
        self.window = _completed(self._request.start, None, max(found) if found else None)
        self._release()

    def _work(self) -> None:
        try:
            conn = _reader(self.db, staging=True)
        except BaseException as exc:  # handed to the calling thread
            self._out.put(("", exc))
            return
        with self._lock:
            self._connections.add(conn)
        try:
            while not self._stop.is_set():
                try:
                    job = self._todo.get(timeout=0.1)
                except queue.Empty:
                    continue
                if job is None:
                    return
                name, half = job
                try:
                    if job in _LATEST_JOBS:
                        self._found_latest(conn.execute(_LATEST[half or 0]).fetchone()[0])
                        continue
                    query = self.queries[name]
                    window = self.window if query.windowed else None
                    self._out.put((name, _fetch(conn, query, window, half, staged=True)))
                except BaseException as exc:
                    self._out.put((name, exc))
                    return
        finally:
            with self._lock:
                self._connections.discard(conn)
                conn.close()

    def results(self, check: Callable[[], None]) -> Iterator[tuple[str, _Part]]:
        threads = [threading.Thread(target=self._work, name=f"kam-indicators-{i}", daemon=True)
                   for i in range(self.n_workers)]
        for thread in threads:
            thread.start()
        try:
            received = 0
            while received < len(self.jobs):
                try:
                    name, value = self._out.get(timeout=0.1)
                except queue.Empty:
                    if not any(t.is_alive() for t in threads) and self._out.empty():
                        raise AssertionError("indicator workers ended early") from None
                    check()
                    continue
                if isinstance(value, BaseException):
                    raise value
                received += 1
                yield name, value
                check()
        finally:
            self._stop.set()
            with self._lock:
                for conn in self._connections:
                    conn.interrupt()  # the worker's query fails; nobody reads its answer
            for thread in threads:
                thread.join()


def _cpus() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


# --- assembling the indicators -----------------------------------------------------------------


def compute_indicators(source: Source, window: Window | None = None,
                       keys: Iterable[str] | None = None, *, start: date | None = None,
                       end: date | None = None, progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> pd.DataFrame:
    """One row per account in scope (not deleted, not inactive), indexed by account id (32 hex
    digits, as stored), ordered by code: `code`, `name`, then each indicator in `keys` (all by
    default) as float64 — `industry` as text — with NaN where CLASSIFICATION.md says null.

    Without `window`, the window is `start`/`end` completed as `resolve_window` does (by default
    the trailing twelve months up to the latest sales line), worked out beside the first
    queries. The window used is kept in `frame.attrs["window"]`.
    """
    wanted = list(INDICATORS) if keys is None else list(dict.fromkeys(_check_keys(keys)))
    parts, window = run_queries(source, build_queries(wanted),
                                window if window is not None else WindowRequest(start, end),
                                progress=progress, cancelled=cancelled)
    frame = _assemble(parts, wanted)
    frame.attrs["window"] = window
    return frame


def _positions(rowids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Where each of `wanted` is in `rowids` (−1: not there)."""
    if len(rowids) == 0 or len(wanted) == 0:
        return np.full(len(wanted), -1, dtype=np.int64)
    top = int(max(rowids.max(), wanted.max()))
    if top < 8 * len(rowids) + 1_000_000 and min(rowids.min(), wanted.min()) >= 0:
        lookup = np.full(top + 1, -1, dtype=np.int64)  # rowids are small integers: a table
        lookup[rowids] = np.arange(len(rowids))
        return lookup[wanted]
    return pd.Index(rowids).get_indexer(wanted)


def _assemble(parts: dict[str, _Part], wanted: Sequence[str]) -> pd.DataFrame:
    accounts = parts["accounts"]
    codes = accounts.columns["code"]
    order = np.argsort(codes.astype(str), kind="stable")  # by code, as SQLite's BINARY
    rowids = accounts.rowid[order]
    n = len(rowids)

    def cols(part: str) -> dict[str, np.ndarray]:
        """The part's columns aligned to the accounts (NaN where it has no row)."""
        got = parts[part]
        position = _positions(got.rowid, rowids)
        found = position >= 0
        aligned = {}
        for column, values in got.columns.items():
            out = np.full(n, np.nan)
            out[found] = values[position[found]]
            aligned[column] = out
        return aligned

    out: dict[str, np.ndarray] = {"code": codes[order], "name": accounts.columns["name"][order]}
    with np.errstate(divide="ignore", invalid="ignore"):
        if "sales" in parts:
            got = cols("sales")
            sales = np.nan_to_num(got["sales"], nan=0.0)
            out["sales"] = sales
            if "profit" in got:
                profit = got["profit"]
                out["profit"] = profit
                out["margin"] = np.where(sales > 0, profit / sales, np.nan)
            if "recency_days" in got:
                out["recency_days"] = got["recency_days"]
            if "orders" in got:
                orders = np.nan_to_num(got["orders"], nan=0.0)
                out["orders"] = orders
                out["avg_order_value"] = np.where(orders > 0, sales / orders, np.nan)
            if "prior" in parts:
                prior = np.nan_to_num(cols("prior")["prior_sales"], nan=0.0)
                out["growth"] = np.where(prior > 0, (sales - prior) / prior, np.nan)
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
    for key in (*_ACCOUNT_KEYS, "recency_days"):
        if key in accounts.columns:
            values = accounts.columns[key][order]
            out[key] = values if key == "industry" else values.astype(float)
    index = pd.Index(accounts.columns["id"][order], dtype=object, name="account_id")
    return pd.DataFrame({key: out[key] for key in ("code", "name", *wanted)}, index=index)


__all__ = [
    "CATEGORICAL", "FAMILIES", "INDICATORS", "NUMERIC_KEYS", "IndicatorDef", "Window",
    "WindowRequest", "build_queries", "compute_indicators", "latest_sales_date",
    "resolve_window", "run_queries",
]
