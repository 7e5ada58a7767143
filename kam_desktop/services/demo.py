"""The demo portfolio: a realistic, deterministic book of accounts (`kam demo`, first-run dialog).

Same seed, same `as_of` and same account count give identical data, UUIDs and timestamps
included (with the same numpy version on the same platform), so screenshots, PDFs and
benchmarks can be reproduced. The generator is built for scale: 100,000 accounts with about two
million sales lines take about a minute on a 2-core machine (`benchmarks/bench_demo.py`).

- Columns are generated vectorised with numpy, from one random stream per table spawned from the
  seed (changing how visits are made does not change the sales a seed gives).
- Rows go in with `executemany` on the unit of work's own sqlite3 connection, in chunks, inside
  the one transaction. Most text columns are codes into small tables of values, expanded per
  chunk, so the big tables are never held as Python objects all at once.
- Each table's random UUIDs are sorted before they are handed out, so the primary-key index
  grows at its end; sales lines and receivables are written by date, so their numbers do too.
- Secondary indexes are dropped for the load and built again from the loaded rows, inside the
  same transaction (`_indexes_built_after`); that saves about a sixth of the time.

Dates are day ordinals (`date.toordinal()`) until they are written as SQLite text.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from sqlite3 import Connection
from typing import Any

import numpy as np
from sqlalchemy import delete, false, select
from sqlalchemy.orm import Session

from kam_desktop.errors import InvalidInputError, KamError, RefusedError
from kam_desktop.models import Account, Base, TierPolicy
from kam_desktop.models.enums import (
    AccountStatus,
    Attitude,
    BuyingRole,
    ImportKind,
    ImportStatus,
    SurveyChannel,
    VisitKind,
    VisitStatus,
)
from kam_desktop.services import demo_names as words
from kam_desktop.storage.bulk import bulk_cache
from kam_desktop.storage.database import Database

MAX_ACCOUNTS = 1_000_000
HISTORY_YEARS = 3
LINES_PER_ACCOUNT = 20  # average sales lines per account over the three years
SALES_LAG_DAYS = 3  # the newest sales line is this many days before as_of
PLANNED_VISIT_DAYS = 42  # planned visits fall in the next six weeks
CURRENCY = "CNY"
CHUNK_ROWS = 50_000

Progress = Callable[[int, int, str], None]

# Account kinds (how the account's sales develop).
GROWING, STABLE, DECLINING, LOST, PROSPECT = range(5)
# Payment behaviour.
PROMPT, NORMAL, SLOW, DISPUTED = range(4)

ROLES = tuple(role.value for role in BuyingRole)
_ROLE = {role: i for i, role in enumerate(BuyingRole)}
# The buying-center role of a contact by its position in the account: the decision maker first,
# so that the reports-to tree has them at the top.
ROLE_BY_POSITION = np.array([_ROLE[r] for r in (
    BuyingRole.DECISION_MAKER, BuyingRole.ECONOMIC_BUYER, BuyingRole.TECHNICAL_EVALUATOR,
    BuyingRole.USER, BuyingRole.CHAMPION, BuyingRole.INFLUENCER, BuyingRole.GATEKEEPER,
    BuyingRole.USER, BuyingRole.TECHNICAL_EVALUATOR, BuyingRole.INFLUENCER, BuyingRole.USER,
    BuyingRole.ECONOMIC_BUYER,
)])
MAX_CONTACTS = len(ROLE_BY_POSITION)
ROLE_INFLUENCE = np.array([5.0, 4.0, 3.2, 2.2, 3.4, 2.0, 3.0])  # in `BuyingRole` order

VISIT_KINDS = (VisitKind.ON_SITE, VisitKind.PHONE, VisitKind.VIDEO, VisitKind.EMAIL,
               VisitKind.WECHAT, VisitKind.EVENT)
VISIT_KIND_WEIGHTS = (0.42, 0.18, 0.12, 0.07, 0.16, 0.05)
EVENT_PURPOSE = len(words.VISIT_TEXTS_ZH) - 1
# Purpose weights (index into VISIT_TEXTS_*, events excluded) for meetings and for remote contact.
PURPOSES_IN_PERSON = (0.17, 0.12, 0.14, 0.09, 0.05, 0.08, 0.06, 0.10, 0.06, 0.05)
PURPOSES_REMOTE = (0.10, 0.05, 0.06, 0.08, 0.02, 0.15, 0.00, 0.26, 0.24, 0.04)
SURVEY_CHANNELS = (SurveyChannel.ONLINE, SurveyChannel.EMAIL, SurveyChannel.WECHAT,
                   SurveyChannel.PHONE, SurveyChannel.IN_PERSON)
SURVEY_CHANNEL_WEIGHTS = (0.35, 0.2, 0.25, 0.12, 0.08)
DIMENSION_BIAS = np.array([0.2, -0.1, 0.0, -0.5, 0.1])  # quality, delivery, service, price, comm.

STEPS = ("Checking the database", "Accounts", "Contacts", "Sales lines", "Receivables",
         "Visits", "Survey responses", "Indexing", "Saving")
FILLED_TABLES = ("accounts", "contacts", "import_batches", "sales_lines", "receivables",
                 "visits", "visit_participants", "survey_responses")


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per table, and the wall time of the whole call."""

    accounts: int
    contacts: int
    visits: int
    surveys: int
    sales_lines: int
    receivables: int
    seconds: float


def generate_demo(
    db: Database,
    *,
    accounts: int = 300,
    seed: int = 42,
    as_of: date | None = None,
    force: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill the database with a demo portfolio of `accounts` accounts, in one transaction.

    Refuses a database that holds any account unless `force`, which first deletes every row of
    every data table (builtin tier policies are kept). `as_of` (default today) is the day the
    portfolio is "seen" from: sales end a few days before it, visits are planned after it.
    `cancelled()` is polled between tables and chunks; when it returns True nothing is written.
    """
    _check_arguments(accounts, seed)
    as_of = as_of or date.today()
    started = time.perf_counter()
    streams = dict(zip(
        ("ids", "accounts", "names", "contacts", "sales", "receivables", "visits", "surveys"),
        (np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(8)),
        strict=True,
    ))
    win = _Window(as_of)
    ids = streams["ids"]
    with db.unit_of_work() as uow:
        out = _Writer(uow.session, progress, cancelled)
        out.step()
        _refuse_or_clear(uow.session, force)
        with bulk_cache(out.conn), _indexes_built_after(out.conn, FILLED_TABLES):
            out.step()
            acc = _make_accounts(streams["accounts"], streams["names"], accounts, win)
            out.insert("accounts", _account_columns(acc, ids))
            out.step()
            con = _make_contacts(streams["contacts"], acc, win)
            out.insert("contacts", _contact_columns(con, acc, ids))
            out.step()
            sales = _make_sales(streams["sales"], acc, win)
            rec = _make_receivables(streams["receivables"], acc, sales, win)
            batch_id = _insert_batch(out, ids, win, sales.n + rec.n, seed, accounts)
            out.insert("sales_lines", _sales_columns(sales, acc, ids, win, batch_id))
            out.step()
            out.insert("receivables", _receivable_columns(rec, acc, ids, win, batch_id))
            del sales, rec
            out.step()
            vis = _make_visits(streams["visits"], acc, con, win)
            out.insert("visits", _visit_columns(vis, acc, ids))
            out.insert("visit_participants", _participant_columns(vis, con, ids))
            out.step()
            sur = _make_surveys(streams["surveys"], acc, con, win)
            out.insert("survey_responses", _survey_columns(sur, acc, con, ids))
            out.step()
        out.step()
        uow.commit()
    out.finish()
    counts = out.rows
    return DemoSummary(
        accounts=counts["accounts"], contacts=counts["contacts"], visits=counts["visits"],
        surveys=counts["survey_responses"], sales_lines=counts["sales_lines"],
        receivables=counts["receivables"], seconds=time.perf_counter() - started,
    )


def _check_arguments(accounts: int, seed: int) -> None:
    if isinstance(accounts, bool) or not isinstance(accounts, int) or accounts < 1:
        raise InvalidInputError(f"The demo needs at least 1 account (got {accounts!r}).")
    if accounts > MAX_ACCOUNTS:
        raise InvalidInputError(
            f"{accounts:,} accounts is more than the demo makes (at most {MAX_ACCOUNTS:,})."
        )
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise InvalidInputError(f"The seed must be a whole number 0 or greater (got {seed!r}).")


def _refuse_or_clear(session: Session, force: bool) -> None:
    if not force:
        if session.scalar(select(Account.id).limit(1)) is not None:
            raise RefusedError(
                "The database already holds accounts; the demo portfolio only fills an empty "
                "database. Pass --force to delete all its data and replace it with the demo."
            )
        return
    # Children first, so that no RESTRICT foreign key stands in the way. The builtin tier
    # policies ship with the app and are kept; app_meta holds database facts, not data.
    for table in reversed(Base.metadata.sorted_tables):
        if table.name == "app_meta":
            continue
        statement = delete(table)
        if table is TierPolicy.__table__:
            statement = statement.where(TierPolicy.builtin == false())
        session.execute(statement)


@contextmanager
def _indexes_built_after(conn: Connection, tables: Sequence[str]) -> Iterator[None]:
    """Drop the tables' secondary indexes for the bulk load and create them again afterwards.

    Building an index from the loaded rows (one sort) costs a fraction of updating it row by
    row; for the demo's two million sales lines that is several seconds. Both happen inside the
    unit of work's transaction, so after a rollback (an error, a cancel) the indexes are there
    as before. The statements are read back from sqlite_master, so the indexes come back exactly
    as the migrations made them, including ones added later. Primary keys and UNIQUE
    constraints (SQLite's autoindexes) cannot be dropped and stay.
    """
    marks = ", ".join("?" * len(tables))
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name", tuple(tables),
    ).fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield  # not in a finally: after an error the rollback restores them
    for _, sql in indexes:
        conn.execute(sql)


# --- Writing -------------------------------------------------------------------------------------


class _Coded:
    """A column as codes into a small table of values, expanded a chunk at a time."""

    def __init__(self, values: Sequence[Any] | np.ndarray, codes: np.ndarray) -> None:
        self.values = np.asarray(values, dtype=object)
        self.codes = codes

    def __len__(self) -> int:
        return len(self.codes)

    def chunk(self, start: int, stop: int) -> list[Any]:
        return self.values[self.codes[start:stop]].tolist()


class _Ids:
    """`n` random version-4 UUIDs as 32 hex digits (SQLAlchemy's `Uuid` on SQLite), sorted.

    Sorted so that rows written in order append to the primary-key index. Kept as raw bytes
    and turned into text a chunk at a time.
    """

    def __init__(self, rng: np.random.Generator, n: int) -> None:
        raw = np.frombuffer(rng.bytes(16 * n), dtype=np.uint8).reshape(n, 16).copy()
        raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40  # version 4
        raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80  # RFC 4122 variant
        high = raw[:, :8].copy().view(">u8").ravel()
        self.raw = raw[np.argsort(high, kind="stable")]

    def __len__(self) -> int:
        return len(self.raw)

    def chunk(self, start: int, stop: int) -> list[str]:
        text = self.raw[start:stop].tobytes().hex()
        return [text[i:i + 32] for i in range(0, len(text), 32)]

    def text(self) -> np.ndarray:
        """All ids as an object array (for the foreign keys of other tables)."""
        return np.array(self.chunk(0, len(self)), dtype=object)


Column = np.ndarray | _Coded | _Ids | list[Any] | str | int | float | None
Columns = dict[str, Column]


class _Writer:
    """Bulk inserts on the unit of work's connection, with progress and cancellation."""

    def __init__(self, session: Session, progress: Progress | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.session = session
        self.progress = progress
        self.cancelled = cancelled
        self.done = 0
        self.rows: dict[str, int] = {}
        self._conn: Connection | None = None

    @property
    def conn(self) -> Connection:
        if self._conn is None:  # the session's transaction has begun by now
            self._conn = self.session.connection().connection.driver_connection
        return self._conn

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise KamError("Cancelled; nothing was written.")

    def step(self) -> None:
        self.check()
        if self.progress is not None:
            self.progress(self.done, len(STEPS), f"{STEPS[self.done]}…")
        self.done += 1

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(len(STEPS), len(STEPS), "Done.")

    def insert(self, table: str, columns: Columns) -> None:
        unknown = set(columns) - set(Base.metadata.tables[table].columns.keys())
        if unknown:
            raise AssertionError(f"{table} has no column {sorted(unknown)}")
        n = len(columns["id"])  # type: ignore[arg-type]
        sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        step = self.done - 1
        for start in range(0, n, CHUNK_ROWS):
            self.check()
            if self.progress is not None and start and n > 4 * CHUNK_ROWS:
                self.progress(step, len(STEPS), f"{STEPS[step]}… {start:,} of {n:,}")
            stop = min(n, start + CHUNK_ROWS)
            parts = [_chunk(value, start, stop) for value in columns.values()]
            if start == 0:
                _check_lengths(table, columns, n)
            # Constant columns are endless `repeat`s; the id column sets the length.
            self.conn.executemany(sql, zip(*parts, strict=False))
        self.rows[table] = n


def _check_lengths(table: str, columns: Columns, n: int) -> None:
    for name, value in columns.items():
        if isinstance(value, np.ndarray | _Coded | _Ids | list) and len(value) != n:
            raise AssertionError(f"{table}.{name}: {len(value)} values for {n} rows")


def _chunk(value: Column, start: int, stop: int) -> Iterator[Any] | list[Any]:
    if isinstance(value, _Coded | _Ids):
        return value.chunk(start, stop)
    if isinstance(value, np.ndarray):
        return value[start:stop].tolist()
    if isinstance(value, list):
        return value[start:stop]
    return repeat(value)


def _insert_batch(out: _Writer, ids: np.random.Generator, win: _Window, rows: int, seed: int,
                  accounts: int) -> str:
    """The import batch the demo's sales lines and receivables belong to.

    Demo accounts are not import-created (`created_by_batch_id` stays NULL): undoing this
    batch would remove the figures, not the accounts with their contacts and visits.
    The generator's parameters are kept in `mapping_json`, so a demo can be reproduced.
    """
    batch_id = str(_Ids(ids, 1).text()[0])
    stamp = win.import_stamp
    parameters = {"accounts": accounts, "as_of": win.as_of_date.isoformat(), "seed": seed}
    out.insert("import_batches", {
        "id": [batch_id], "created_at": stamp, "updated_at": stamp,
        "kind": ImportKind.DEMO.value, "file_name": "demo portfolio", "file_sha256": None,
        "sheet": None, "mapping_json": json.dumps({"demo": parameters}, sort_keys=True),
        "rows_read": rows, "inserted": rows, "updated": 0, "unchanged": 0, "invalid": 0,
        "accounts_created": 0, "status": ImportStatus.COMMITTED.value, "imported_at": stamp,
        "undone_at": None, "user": None,
    })
    return batch_id


# --- Time ----------------------------------------------------------------------------------------


class _Window:
    """The days the demo covers, and their text forms."""

    def __init__(self, as_of: date) -> None:
        self.as_of_date = as_of
        self.as_of = as_of.toordinal()
        self.start = _years_before(as_of, HISTORY_YEARS).toordinal()
        self.end = self.as_of - SALES_LAG_DAYS  # the last day with sales
        self.first = self.start - 800  # calendar range for every date the demo writes
        last = self.as_of + 120
        days = [date.fromordinal(d) for d in range(self.first, last + 1)]
        self.day_text = np.array([d.isoformat() for d in days], dtype=object)
        self.years = np.array([d.year for d in days], dtype=np.int64)
        self.clock = np.array([f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000"
                               for s in range(86_400)], dtype=object)
        # The demo's figures were "imported" the evening before as_of (10:00 UTC).
        self.import_stamp = str(self.day_text[self.as_of - 1 - self.first] + self.clock[36_000])

    @property
    def span(self) -> int:
        return self.end - self.start + 1

    def dates(self, days: np.ndarray) -> _Coded:
        return _Coded(self.day_text, days - self.first)

    def optional_dates(self, days: np.ndarray, present: np.ndarray) -> np.ndarray:
        out = self.day_text[np.where(present, days, self.first) - self.first]
        out[~present] = None
        return out

    def stamps(self, days: np.ndarray, seconds: np.ndarray) -> np.ndarray:
        """SQLAlchemy's SQLite DateTime text, 'YYYY-MM-DD HH:MM:SS.ffffff'."""
        return self.day_text[days - self.first] + self.clock[seconds]

    def year_of(self, days: np.ndarray) -> np.ndarray:
        return self.years[days - self.first]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _weekday(days: np.ndarray, lo: np.ndarray | int, hi: np.ndarray | int) -> np.ndarray:
    """Move weekend days to Friday (Saturday) or Monday (Sunday), staying within [lo, hi]."""
    weekday = (days - 1) % 7  # date.fromordinal(1) is a Monday
    days = days - (weekday == 5) + (weekday == 6)
    days = np.where(days > hi, days - 3, days)
    return np.where(days < lo, days + 3, days)


def _times_between(rng: np.random.Generator, n: int, lo: np.ndarray, hi: np.ndarray,
                   growth: np.ndarray | float) -> np.ndarray:
    """Days in [lo, hi] whose density grows by the factor e**growth from lo to hi."""
    u = rng.random(n)
    growth = np.broadcast_to(np.asarray(growth, dtype=float), (n,))
    flat = np.abs(growth) < 1e-6
    safe = np.where(flat, 1.0, growth)
    t = np.where(flat, u, np.log1p(u * np.expm1(safe)) / safe)
    return lo + np.minimum(np.floor(t * (hi - lo + 1)), hi - lo).astype(np.int64)


def _stamps_from(rng: np.random.Generator, win: _Window, days: np.ndarray) -> np.ndarray:
    """created_at-style stamps on the given days, in Chinese office hours (00:30-10:00 UTC)."""
    return win.stamps(days, rng.integers(1_800, 36_000, len(days)))


# --- Accounts ------------------------------------------------------------------------------------


@dataclass
class _Accounts:
    n: int
    z: np.ndarray  # latent size, standard normal
    weight: np.ndarray  # relative purchase volume, lognormal: the heavy tail
    rank: np.ndarray  # percentile of weight, 0..1
    english: np.ndarray
    kind: np.ndarray
    growth: np.ndarray  # yearly growth of sales
    active_until: np.ndarray  # fraction of the history with orders (lost accounts stop early)
    industry: np.ndarray
    region: np.ndarray
    city: np.ndarray
    owner: np.ndarray
    segment: np.ndarray
    domain: np.ndarray
    address: np.ndarray
    big: np.ndarray  # the top tenth of customers: the strategic accounts
    single_threaded: np.ndarray
    neglected: np.ndarray  # strategic accounts nobody has visited for months
    surveyed: np.ndarray
    detractor_dm: np.ndarray
    terms: np.ndarray  # payment terms, days
    payer: np.ndarray
    categories: np.ndarray  # (n, 8) product categories by preference
    n_categories: np.ndarray  # how many of them the account buys
    created: np.ndarray  # day
    columns: Columns
    ids: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))

    @property
    def customer(self) -> np.ndarray:
        return self.kind != PROSPECT


_CITIES = [(r, city) for r, (_, _, cities) in enumerate(words.REGIONS) for city in cities]
CITY_REGION = np.array([r for r, _ in _CITIES])
CITY_ZH = np.array([c[0] for _, c in _CITIES], dtype=object)
CITY_EN = np.array([c[1] for _, c in _CITIES], dtype=object)
CITY_AREA = np.array([c[2] for _, c in _CITIES], dtype=object)
INDUSTRY = np.array([i[0] for i in words.INDUSTRIES], dtype=object)
REGION = np.array([r[0] for r in words.REGIONS], dtype=object)


def _make_accounts(rng: np.random.Generator, name_rng: np.random.Generator, n: int,
                   win: _Window) -> _Accounts:
    z = rng.standard_normal(n)
    weight = np.exp(1.5 * z)  # top fifth of accounts: about three quarters of sales
    rank = _percentile(weight)
    kind = _choice(rng, n, (0.30, 0.40, 0.18, 0.06, 0.06))
    kind[(kind == PROSPECT) & (rank > 0.95)] = GROWING  # strategic accounts are customers
    kind[np.argmax(weight)] = STABLE  # so that even a one-account demo has sales
    growth = np.select(
        [kind == GROWING, kind == STABLE, kind == DECLINING, kind == LOST],
        [rng.uniform(0.12, 0.45, n), rng.uniform(-0.05, 0.08, n),
         rng.uniform(-0.38, -0.12, n), rng.uniform(-0.10, 0.05, n)], 0.0)
    # Lost accounts' last order is 13-27 months ago.
    active_until = np.where(kind == LOST, rng.uniform(0.25, 0.62, n), 1.0)

    region = _choice(rng, n, [r[1] for r in words.REGIONS])
    city = _city_in(rng, region)
    industry = _choice(rng, n, [i[1] for i in words.INDUSTRIES])
    owner = _owner_in(rng, region)
    english = rng.random(n) < 0.3

    customer = kind != PROSPECT
    big = customer & (rank >= 0.9)
    big[np.argmax(weight)] = True
    strategic = np.flatnonzero(big & (kind != LOST))
    single = _subset(rng, strategic, max(1, round(0.1 * len(strategic))), n)
    neglected = _subset(rng, np.flatnonzero(big & (kind != LOST) & ~single),
                        round(0.08 * len(strategic)), n)
    surveyed = customer & (rng.random(n) < 0.15 + 0.65 * rank)
    detractor_dm = surveyed & (rng.random(n) < np.where(kind == DECLINING, 0.25, 0.08))
    p90 = 0.1 + 0.3 * rank
    u = rng.random(n)
    terms = np.where(u < p90, 90, np.where(u < p90 + 0.35, 60, 30))
    payer = _choice(rng, n, (0.55, 0.28, 0.13, 0.04))
    categories, n_categories = _category_preferences(rng, rank)

    created = np.where(customer, win.start - rng.integers(30, 420, n),
                       win.as_of - rng.integers(20, 300, n))
    updated = created + np.floor(rng.random(n) * (win.as_of - created)).astype(np.int64)
    size = np.maximum(8, np.rint(np.exp(
        np.log(260) + 1.25 * (0.8 * z + 0.6 * rng.standard_normal(n))))).astype(np.int64)
    segment_from = np.array([s[1] for s in words.SEGMENTS])
    segment = np.array([s[0] for s in words.SEGMENTS], dtype=object)[
        np.searchsorted(segment_from, size, side="right") - 1]
    per_employee = np.array([i[5] for i in words.INDUSTRIES])[industry]
    margin = np.array([i[6] for i in words.INDUSTRIES])[industry]
    revenue = np.round(size * per_employee * rng.lognormal(0, 0.35, n), -4)
    profit = np.round(revenue * (margin + rng.normal(0, 0.05, n)), -4) + 0.0  # no -0.0
    status = np.where(kind == PROSPECT, AccountStatus.PROSPECT.value, AccountStatus.ACTIVE.value)
    status[(kind == LOST) & (rng.random(n) < 0.5)] = AccountStatus.INACTIVE.value
    codes = _account_codes(rng, n)
    address = _addresses(rng, english, city)
    names, domain = _company_names(name_rng, english, industry, city, rank, codes)
    owner_name = np.asarray(words.OWNERS, dtype=object)[owner]
    created_at = _stamps_from(rng, win, created)
    columns: Columns = {
        "created_at": created_at,
        "updated_at": np.maximum(created_at, _stamps_from(rng, win, updated)),
        "code": codes, "name": names, "industry": _Coded(INDUSTRY, industry),
        "segment": segment, "region": _Coded(REGION, region), "city": _Coded(CITY_ZH, city),
        "address": address, "website": np.where(rng.random(n) < 0.85, "www." + domain, None),
        "owner": owner_name, "status": status.astype(object), "company_size": size,
        "company_profit": profit, "annual_revenue": revenue,
        "value_fit": _rating(rng, 3.0 + 0.6 * z, 0.9),
        "procurement_fit": _rating(rng, 3.1 + 0.3 * z, 1.0),
        "growth_potential": _rating(rng, np.array([4.3, 3.0, 2.2, 1.5, 3.6])[kind], 0.7),
        "influence": _rating(rng, 2.8 + 0.8 * z, 0.7),
        "notes": None, "created_by_batch_id": None, "deleted_at": None,
    }
    return _Accounts(
        n=n, z=z, weight=weight, rank=rank, english=english, kind=kind, growth=growth,
        active_until=active_until, industry=industry, region=region, city=city,
        owner=owner_name, segment=segment, domain=domain, address=address, big=big,
        single_threaded=single, neglected=neglected, surveyed=surveyed,
        detractor_dm=detractor_dm, terms=terms, payer=payer, categories=categories,
        n_categories=n_categories, created=created, columns=columns,
    )


def _account_columns(acc: _Accounts, ids: np.random.Generator) -> Columns:
    account_ids = _Ids(ids, acc.n)
    acc.ids = account_ids.text()
    return {"id": account_ids, **acc.columns}


def _account_codes(rng: np.random.Generator, n: int) -> np.ndarray:
    """ERP customer codes: 'C' and six or more digits, ascending with gaps, leading zeros kept."""
    numbers = 1_000 + np.cumsum(rng.integers(1, 6, n))
    width = max(6, len(str(int(numbers[-1]))))
    return np.array([f"C{x:0{width}d}" for x in numbers.tolist()], dtype=object)


def _city_in(rng: np.random.Generator, region: np.ndarray) -> np.ndarray:
    """A city of each account's region; the first cities listed (the big ones) more often."""
    city = np.empty(len(region), dtype=np.int64)
    for r in range(len(words.REGIONS)):
        mask = region == r
        members = np.flatnonzero(np.equal(CITY_REGION, r))
        weights = 1.0 / (1.0 + 0.35 * np.arange(len(members)))
        city[mask] = members[_choice(rng, int(mask.sum()), weights)]
    return city


def _owner_in(rng: np.random.Generator, region: np.ndarray) -> np.ndarray:
    owner = np.empty(len(region), dtype=np.int64)
    for r, owners in enumerate(words.OWNERS_BY_REGION):
        mask = region == r
        owner[mask] = np.asarray(owners)[rng.integers(0, len(owners), int(mask.sum()))]
    return owner


def _category_preferences(rng: np.random.Generator,
                          rank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each account's product categories by preference (Gumbel top-k on size-dependent weights).

    Small accounts rarely buy software and projects; big ones buy from more categories. The
    categories an account does not buy are its white space.
    """
    small = np.array([c[3] for c in words.CATALOGUE])
    large = np.array([c[4] for c in words.CATALOGUE])
    weights = np.outer(1 - rank, small) + np.outer(rank, large)
    keys = np.log(weights) + rng.gumbel(size=weights.shape)
    order = np.argsort(-keys, axis=1)
    count = np.clip(np.rint(2 + 4 * rank + rng.normal(0, 1, len(rank))), 2, len(small))
    return order, count.astype(np.int64)


def _company_names(rng: np.random.Generator, english: np.ndarray, industry: np.ndarray,
                   city: np.ndarray, rank: np.ndarray,
                   codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unique company names and their web domains, Chinese or English by the account."""
    n = len(english)
    names = np.empty(n, dtype=object)
    domains = np.empty(n, dtype=object)
    todo = np.arange(n)
    for _ in range(50):
        names[todo], domains[todo] = _draw_names(
            rng, english[todo], industry[todo], city[todo], rank[todo])
        todo = _repeated(names.tolist())
        if not len(todo):
            break
    else:  # only when the word lists run out (far beyond MAX_ACCOUNTS); keep names unique
        names[todo] = names[todo] + " (" + codes[todo] + ")"
    return names, domains


def _draw_names(rng: np.random.Generator, english: np.ndarray, industry: np.ndarray,
                city: np.ndarray, rank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """City + trade name + industry word + legal form (上海恒瑞精密机械有限公司), or
    brand + industry word + legal form (Nordwind Logistics GmbH)."""
    m = len(english)
    chars = np.array([c for c, _ in words.BRAND_CHARS], dtype=object)
    pinyin = np.array([p for _, p in words.BRAND_CHARS], dtype=object)
    head = rng.integers(0, len(chars), m)
    tail = (head + 1 + rng.integers(0, len(chars) - 1, m)) % len(chars)
    zh_word = _pick_per_group(rng, industry, [i[2] for i in words.INDUSTRIES])
    suffix_zh = np.array([s[0] for s in words.CN_SUFFIXES], dtype=object)
    suffix = np.where(
        rank > 0.85,
        suffix_zh[_choice(rng, m, [s[2] for s in words.CN_SUFFIXES])],
        suffix_zh[_choice(rng, m, [s[1] for s in words.CN_SUFFIXES])],
    )
    slug = np.array([i[4] for i in words.INDUSTRIES], dtype=object)[industry]
    zh_name = CITY_ZH[city] + chars[head] + chars[tail] + zh_word + suffix
    zh_domain = pinyin[head] + pinyin[tail] + "-" + slug + np.where(
        rng.random(m) < 0.6, ".com.cn", ".com")

    single_word = np.asarray(words.EN_BRAND_WORDS, dtype=object)
    heads = np.asarray(words.EN_BRAND_HEADS, dtype=object)
    tails = np.asarray(words.EN_BRAND_TAILS, dtype=object)
    brand = np.where(
        rng.random(m) < 0.4,
        single_word[rng.integers(0, len(single_word), m)],
        heads[rng.integers(0, len(heads), m)] + tails[rng.integers(0, len(tails), m)],
    )
    en_word = _pick_per_group(rng, industry, [i[3] for i in words.INDUSTRIES])
    suffix_en = [s[0] for s in words.EN_SUFFIXES]
    which = _choice(rng, m, [s[1] for s in words.EN_SUFFIXES])
    en_suffix = np.array([suffix_en[k].format(city=c) for k, c in zip(
        which.tolist(), CITY_EN[city].tolist(), strict=True)], dtype=object)
    en_name = brand + " " + en_word + " " + en_suffix
    en_domain = np.array([b.lower() for b in brand.tolist()], dtype=object) + "-" + slug + ".com"
    return np.where(english, en_name, zh_name), np.where(english, en_domain, zh_domain)


def _addresses(rng: np.random.Generator, english: np.ndarray, city: np.ndarray) -> np.ndarray:
    n = len(english)
    road = rng.integers(0, len(words.ROADS), n)
    number = np.array([str(x) for x in rng.integers(1, 1_200, n).tolist()], dtype=object)
    road_zh = np.array([r[0] for r in words.ROADS], dtype=object)[road]
    road_en = np.array([r[1] for r in words.ROADS], dtype=object)[road]
    zh = CITY_ZH[city] + "市" + road_zh + number + "号"
    en = "No. " + number + " " + road_en + ", " + CITY_EN[city]
    return np.where(english, en, zh)


# --- Contacts ------------------------------------------------------------------------------------


@dataclass
class _Contacts:
    n: int
    account: np.ndarray  # account index per contact
    position: np.ndarray  # within the account; 0 is the decision maker
    parent: np.ndarray  # position of the contact's manager
    count: np.ndarray  # contacts per account
    offset: np.ndarray  # index of each account's first contact
    strong: np.ndarray  # per account: single-threaded accounts' one known contact, else -1
    columns: Columns
    ids: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))


def _make_contacts(rng: np.random.Generator, acc: _Accounts, win: _Window) -> _Contacts:
    """2-12 contacts per account (more in bigger ones) across the buying center."""
    count = np.where(
        acc.customer,
        np.clip(np.rint(5.1 + 1.4 * acc.z + rng.normal(0, 0.9, acc.n)), 2, MAX_CONTACTS),
        rng.integers(2, 5, acc.n),
    ).astype(np.int64)
    n = int(count.sum())
    account = np.repeat(np.arange(acc.n), count)
    offset = np.cumsum(count) - count
    position = np.arange(n) - offset[account]
    english = acc.english[account]

    role = ROLE_BY_POSITION[position]
    swap = (position > 0) & (rng.random(n) < 0.2)
    role[swap] = rng.integers(1, len(ROLES), int(swap.sum()))
    is_dm = position == 0
    champion = role == _ROLE[BuyingRole.CHAMPION]

    name, local, handle = _person_names(rng, english)
    title, department = _titles(rng, role, english)

    u = rng.random(n)
    attitude = np.where(u < 0.35, Attitude.SUPPORTER.value,
                        np.where(u > 0.85, Attitude.OPPONENT.value, Attitude.NEUTRAL.value))
    attitude[champion] = Attitude.SUPPORTER.value
    attitude[is_dm & acc.detractor_dm[account]] = Attitude.OPPONENT.value
    influence = _rating(rng, ROLE_INFLUENCE[role], 0.6)
    influence[is_dm] = np.maximum(influence[is_dm], 4)

    strength = _rating(rng, 2.4 + acc.rank[account] + champion, 1.0)
    # Strategic accounts are multi-threaded (the decision maker and one more know us well)...
    multi = acc.big[account] & ~acc.single_threaded[account] & (position < 2)
    strength[multi] = np.maximum(strength[multi], 3)
    # ...except the single-threaded ones: only one contact, never the decision maker, does.
    strong = np.where(acc.single_threaded,
                      1 + np.floor(rng.random(acc.n) * (count - 1)), -1).astype(np.int64)
    single = acc.single_threaded[account]
    k = int(single.sum())
    strength[single] = np.where(position[single] == strong[account][single],
                                rng.integers(3, 5, k), rng.integers(1, 3, k))

    # Reports-to tree: positions 1-3 and assistants report to the decision maker, the others
    # to one of positions 1-3. Managers come first, so the foreign key holds at every insert.
    parent = np.where(position <= 3, 0, 1 + np.floor(rng.random(n) * 3)).astype(np.int64)
    parent[role == _ROLE[BuyingRole.GATEKEEPER]] = 0
    active = (position < 3) | (rng.random(n) < 0.95)

    area_code = CITY_AREA[acc.city][account]
    phone = area_code + "-" + np.array(
        [str(x) for x in rng.integers(20_000_000, 90_000_000, n).tolist()], dtype=object)
    prefix = np.asarray(words.MOBILE_PREFIXES, dtype=object)[
        rng.integers(0, len(words.MOBILE_PREFIXES), n)]
    mobile = np.array([f"{p}{x:08d}" for p, x in zip(
        prefix.tolist(), rng.integers(0, 100_000_000, n).tolist(), strict=True)], dtype=object)
    email = local + "@" + acc.domain[account]

    created_day = np.minimum(acc.created[account] + rng.integers(0, 90, n), win.as_of - 1)
    updated_day = created_day + np.floor(rng.random(n) * (win.as_of - created_day))
    created = _stamps_from(rng, win, created_day)
    updated = _stamps_from(rng, win, updated_day.astype(np.int64))
    columns: Columns = {
        "created_at": created, "updated_at": np.maximum(created, updated),
        "name": name, "title": title, "department": department,
        "phone": np.where(rng.random(n) < 0.8, phone, None),
        "mobile": np.where(rng.random(n) < 0.88, mobile, None),
        "email": np.where(rng.random(n) < 0.93, email, None),
        "wechat": np.where(rng.random(n) < np.where(english, 0.3, 0.65), handle, None),
        "role": _Coded(ROLES, role), "attitude": attitude.astype(object),
        "influence": influence, "relationship_strength": strength,
        "active": active.astype(np.int64), "notes": None, "deleted_at": None,
    }
    return _Contacts(n=n, account=account, position=position, parent=parent, count=count,
                     offset=offset, strong=strong, columns=columns)


def _contact_columns(con: _Contacts, acc: _Accounts, ids: np.random.Generator) -> Columns:
    contact_ids = _Ids(ids, con.n)
    con.ids = contact_ids.text()
    manager = con.ids[con.offset[con.account] + con.parent]
    manager[con.position == 0] = None
    return {"id": contact_ids, **con.columns, "account_id": _Coded(acc.ids, con.account),
            "reports_to_id": manager}


def _person_names(rng: np.random.Generator,
                  english: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Display names, e-mail local parts and WeChat-style handles."""
    n = len(english)
    surname = _choice(rng, n, [s[2] for s in words.SURNAMES])
    sur = np.array([s[0] for s in words.SURNAMES], dtype=object)[surname]
    sur_py = np.array([s[1] for s in words.SURNAMES], dtype=object)[surname]
    given = np.array([g[0] for g in words.GIVEN_CHARS], dtype=object)
    given_py = np.array([g[1] for g in words.GIVEN_CHARS], dtype=object)
    g1, g2 = rng.integers(0, len(given), n), rng.integers(0, len(given), n)
    two = rng.random(n) < 0.7
    zh_name = sur + given[g1] + np.where(two, given[g2], "")
    zh_given = given_py[g1] + np.where(two, given_py[g2], "")
    zh_local = zh_given + "." + sur_py
    digits = np.array([str(x) for x in rng.integers(10, 9_999, n).tolist()], dtype=object)
    zh_handle = sur_py + zh_given + "_" + digits

    first = rng.integers(0, len(words.EN_FIRST_NAMES), n)
    last = rng.integers(0, len(words.EN_LAST_NAMES), n)
    first_name = np.array([f[0] for f in words.EN_FIRST_NAMES], dtype=object)[first]
    first_ascii = np.array([f[1] for f in words.EN_FIRST_NAMES], dtype=object)[first]
    last_name = np.array([x[0] for x in words.EN_LAST_NAMES], dtype=object)[last]
    last_ascii = np.array([x[1] for x in words.EN_LAST_NAMES], dtype=object)[last]
    en_name = first_name + " " + last_name
    en_local = first_ascii + "." + last_ascii
    en_handle = first_ascii + "_" + last_ascii
    return (np.where(english, en_name, zh_name), np.where(english, en_local, zh_local),
            np.where(english, en_handle, zh_handle))


def _titles(rng: np.random.Generator, role: np.ndarray,
            english: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    u = rng.random(len(role))
    out = []
    for table in (words.TITLES_ZH, words.TITLES_EN):
        flat = [option for options in table for option in options]
        count = np.array([len(options) for options in table])
        offset = np.cumsum(count) - count
        index = offset[role] + np.floor(u * count[role]).astype(np.int64)
        out.append((np.array([t for t, _ in flat], dtype=object)[index],
                    np.array([d for _, d in flat], dtype=object)[index]))
    (zh_title, zh_dept), (en_title, en_dept) = out
    return np.where(english, en_title, zh_title), np.where(english, en_dept, zh_dept)


# --- Sales ---------------------------------------------------------------------------------------

_PRODUCTS = [(c, p) for c, cat in enumerate(words.CATALOGUE) for p in cat[5]]
PRODUCT_CATEGORY = np.array([c for c, _ in _PRODUCTS])
PRODUCT_NAME = np.array([p[0] for _, p in _PRODUCTS], dtype=object)
PRODUCT_PRICE = np.array([p[1] for _, p in _PRODUCTS], dtype=float)
PRODUCT_CODE = np.array(
    [f"{words.CATALOGUE[c][1]}-{i + 1:04d}" for c, cat in enumerate(words.CATALOGUE)
     for i in range(len(cat[5]))], dtype=object)
CATEGORY_ZH = np.array([c[0] for c in words.CATALOGUE], dtype=object)
CATEGORY_SIZE = np.array([len(c[5]) for c in words.CATALOGUE])
CATEGORY_OFFSET = np.cumsum(CATEGORY_SIZE) - CATEGORY_SIZE
LINES_PER_ORDER = (0.32, 0.26, 0.20, 0.13, 0.09)  # 1..5 lines
THREE_YEAR_SALES_MEDIAN = 450_000.0  # CNY, an account of weight 1


@dataclass
class _Sales:
    n: int
    account: np.ndarray
    order_no: np.ndarray
    line_no: np.ndarray
    day: np.ndarray
    product: np.ndarray
    quantity: np.ndarray
    price: np.ndarray
    discount: np.ndarray
    amount: np.ndarray
    cost: np.ndarray
    # per invoiced order, chronological
    order_account: np.ndarray
    order_day: np.ndarray
    order_no_invoiced: np.ndarray
    order_amount: np.ndarray


def _make_sales(rng: np.random.Generator, acc: _Accounts, win: _Window) -> _Sales:
    """Orders of 1-5 lines over three years, with each account's trend, plus a few returns."""
    customer = acc.customer
    root = np.sqrt(acc.weight)
    # Lines proportional to the square root of size, value per line to the other square root:
    # sales per account follow the weight, so the heavy tail shows in ABC analysis.
    lines = np.where(customer, root * (LINES_PER_ACCOUNT * acc.n / max(root[customer].sum(), 1e-9)),
                     0.0)
    mean_lines = float(np.dot(np.arange(1, 6), LINES_PER_ORDER))
    orders = np.where(customer, np.maximum(2, np.rint(lines * acc.active_until / mean_lines)), 0)
    orders = orders.astype(np.int64)
    line_value = THREE_YEAR_SALES_MEDIAN * acc.weight / np.maximum(lines, 1)

    order_account = np.repeat(np.arange(acc.n), orders)
    n_orders = len(order_account)
    last = win.start + np.floor(acc.active_until * (win.span - 1)).astype(np.int64)
    order_day = _times_between(rng, n_orders, np.full(n_orders, win.start),
                               last[order_account],
                               HISTORY_YEARS * np.log1p(acc.growth[order_account]))
    # Every account that is still buying has at least one order in the last ten months (small
    # accounts with a handful of orders would otherwise often look lost).
    recent = (np.cumsum(orders) - orders)[(orders > 0) & (acc.kind != LOST)]
    order_day[recent] = win.end - rng.integers(0, 300, len(recent))
    order_day = _weekday(order_day, win.start, win.end)
    per_order = 1 + _choice(rng, n_orders, LINES_PER_ORDER)

    line_order = np.repeat(np.arange(n_orders), per_order)
    n = len(line_order)
    line_no = np.arange(n) - np.repeat(np.cumsum(per_order) - per_order, per_order) + 1
    account = order_account[line_order]
    day = order_day[line_order]

    slot = np.floor(rng.random(n) ** 1.7 * acc.n_categories[account]).astype(np.int64)
    category = acc.categories[account, slot]
    product = CATEGORY_OFFSET[category] + np.floor(
        rng.random(n) * CATEGORY_SIZE[category]).astype(np.int64)
    year_index = np.minimum((day - win.start) * HISTORY_YEARS // win.span, HISTORY_YEARS - 1)
    price = np.round(PRODUCT_PRICE[product] * 1.03 ** year_index, 2)
    quantity = np.maximum(1, np.rint(line_value[account] * rng.lognormal(0, 0.8, n) / price))
    discount = np.clip(np.round(0.02 + 0.08 * acc.rank[account] + rng.normal(0, 0.025, n), 2),
                       0, 0.15) + 0.0
    cost_ratio = np.array([c[2] for c in words.CATALOGUE])[category]
    unit_cost = PRODUCT_PRICE[product] * cost_ratio * (1 + 0.02 * year_index)

    # Returns: a few lines come back 1-6 weeks later as their own one-line return orders.
    returned = np.flatnonzero(rng.random(n) < 0.006)
    return_day = day[returned] + rng.integers(7, 46, len(returned))
    keep = return_day <= win.end
    returned, return_day = returned[keep], _weekday(return_day[keep], win.start, win.end)
    return_qty = -np.maximum(1, np.rint(quantity[returned] * rng.uniform(0.05, 0.6,
                                                                           len(returned))))
    r = len(returned)

    all_day = np.concatenate([order_day, return_day])
    is_return = np.concatenate([np.zeros(n_orders, bool), np.ones(r, bool)])
    chronological = np.lexsort((rng.random(n_orders + r), all_day))
    order_no = _order_numbers(win, all_day, is_return, chronological)
    place = np.empty(n_orders + r, dtype=np.int64)
    place[chronological] = np.arange(n_orders + r)

    line_order = np.concatenate([line_order, n_orders + np.arange(r)])
    line_sort = np.argsort(place[line_order] * 8 + np.concatenate([line_no, np.ones(r, int)]))

    def merged(values: np.ndarray, returns: np.ndarray) -> np.ndarray:
        return np.concatenate([values, returns])[line_sort]

    quantity = merged(quantity, return_qty)
    price = merged(price, price[returned])
    discount = merged(discount, discount[returned])
    unit_cost = merged(unit_cost, unit_cost[returned])
    amount = np.round(quantity * price * (1 - discount), 2)
    cost = np.round(quantity * unit_cost, 2)

    line_order = line_order[line_sort]
    invoiced = chronological[~is_return[chronological]]
    order_amount = np.bincount(line_order, weights=amount, minlength=n_orders + r)
    return _Sales(
        n=n + r, account=merged(account, account[returned]), order_no=order_no[line_order],
        line_no=merged(line_no, np.ones(r, np.int64)), day=merged(day, return_day),
        product=merged(product, product[returned]), quantity=quantity, price=price,
        discount=discount, amount=amount, cost=cost,
        order_account=order_account[invoiced], order_day=order_day[invoiced],
        order_no_invoiced=order_no[invoiced], order_amount=np.round(order_amount[invoiced], 2),
    )


def _order_numbers(win: _Window, day: np.ndarray, is_return: np.ndarray,
                   chronological: np.ndarray) -> np.ndarray:
    """'SO2025-000123' (returns 'RT2025-000012'), numbered by date within each year."""
    year = win.year_of(day)
    group = (year * 2 + is_return)[chronological]
    by_group = np.argsort(group, kind="stable")
    grouped = group[by_group]
    first = np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]])
    seq_sorted = np.arange(len(grouped)) - np.repeat(first, np.diff(np.r_[first, len(grouped)]))
    seq = np.empty(len(day), dtype=np.int64)
    seq[chronological[by_group]] = seq_sorted + 1
    width = max(6, len(str(int(seq.max(initial=0)))))
    return np.array([f"{'RT' if r else 'SO'}{y}-{s:0{width}d}" for r, y, s in zip(
        is_return.tolist(), year.tolist(), seq.tolist(), strict=True)], dtype=object)


def _sales_columns(sales: _Sales, acc: _Accounts, ids: np.random.Generator, win: _Window,
                   batch_id: str) -> Columns:
    stamp = win.import_stamp
    category = PRODUCT_CATEGORY[sales.product]
    return {
        "id": _Ids(ids, sales.n), "created_at": stamp, "updated_at": stamp,
        "account_id": _Coded(acc.ids, sales.account), "batch_id": batch_id,
        "order_no": sales.order_no, "line_no": sales.line_no,
        "line_key": _Coded([str(k) for k in range(int(sales.line_no.max(initial=1)) + 1)],
                           sales.line_no),
        "order_date": win.dates(sales.day),
        "product_code": _Coded(PRODUCT_CODE, sales.product),
        "product_name": _Coded(PRODUCT_NAME, sales.product),
        "product_category": _Coded(CATEGORY_ZH, category),
        "quantity": sales.quantity, "unit_price": sales.price, "discount": sales.discount,
        "amount": sales.amount, "cost": sales.cost,
        "profit": np.round(sales.amount - sales.cost, 2), "currency": CURRENCY,
        "salesperson": _Coded(acc.owner, sales.account),
        "region": _Coded(REGION, acc.region[sales.account]),
        "industry": _Coded(INDUSTRY, acc.industry[sales.account]),
        "segment": _Coded(acc.segment, sales.account),
    }


# --- Receivables ---------------------------------------------------------------------------------


@dataclass
class _Receivables:
    n: int
    account: np.ndarray
    invoice_no: np.ndarray
    day: np.ndarray
    due: np.ndarray
    amount: np.ndarray
    paid_amount: np.ndarray
    paid_day: np.ndarray
    paid: np.ndarray


def _make_receivables(rng: np.random.Generator, acc: _Accounts, sales: _Sales,
                      win: _Window) -> _Receivables:
    """One invoice per order; slow payers pay late, disputed accounts leave invoices open."""
    account, day = sales.order_account, sales.order_day
    n = len(account)
    due = day + acc.terms[account]
    payer = acc.payer[account]
    delay = np.choose(payer, [rng.normal(-4, 4, n), rng.normal(6, 7, n),
                              rng.normal(38, 18, n), rng.normal(55, 25, n)])
    paid_day = np.maximum(day + 3, due + np.rint(delay).astype(np.int64))
    never = (payer == DISPUTED) & (day >= win.as_of - 450) & (rng.random(n) < 0.3)
    paid = (paid_day < win.as_of) & ~never
    amount = sales.order_amount
    paid_amount = np.where(paid, amount, 0.0)
    # Some overdue invoices are partly paid.
    partial = ~paid & (due < win.as_of) & (rng.random(n) < 0.15)
    paid_amount[partial] = np.round(amount[partial] * rng.uniform(0.3, 0.7, int(partial.sum())),
                                    2)
    paid_day[partial] = np.minimum(due[partial] + rng.integers(0, 20, int(partial.sum())),
                                   win.as_of - 1)
    invoice_no = np.array(["INV" + s[2:] for s in sales.order_no_invoiced.tolist()],
                          dtype=object)
    return _Receivables(n=n, account=account, invoice_no=invoice_no, day=day, due=due,
                        amount=amount, paid_amount=paid_amount, paid_day=paid_day,
                        paid=paid | partial)


def _receivable_columns(rec: _Receivables, acc: _Accounts, ids: np.random.Generator,
                        win: _Window, batch_id: str) -> Columns:
    stamp = win.import_stamp
    return {
        "id": _Ids(ids, rec.n), "created_at": stamp, "updated_at": stamp,
        "account_id": _Coded(acc.ids, rec.account), "batch_id": batch_id,
        "invoice_no": rec.invoice_no, "invoice_date": win.dates(rec.day),
        "due_date": win.dates(rec.due), "amount": rec.amount, "paid_amount": rec.paid_amount,
        "paid_date": win.optional_dates(rec.paid_day, rec.paid),
        "outstanding": np.round(rec.amount - rec.paid_amount, 2) + 0.0, "currency": CURRENCY,
    }


# --- Visits --------------------------------------------------------------------------------------


@dataclass
class _Visits:
    n: int
    account: np.ndarray
    columns: Columns
    participant_visit: np.ndarray  # visit index per participant row
    participant_contact: np.ndarray  # contact index per participant row
    ids: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))


def _make_visits(rng: np.random.Generator, acc: _Accounts, con: _Contacts,
                 win: _Window) -> _Visits:
    """A few visits per account and year (big accounts monthly), some planned in the next weeks.

    Neglected strategic accounts have not been visited for half a year or more; lost accounts
    stopped being visited soon after their last order.
    """
    customer = acc.customer
    scale = acc.weight ** 0.55
    mean_scale = scale[customer].mean() if customer.any() else 1.0
    expected = np.where(customer, 3.6 * scale / mean_scale, 1.5)
    past = np.minimum(rng.poisson(expected), 72)
    past = np.where(customer, np.maximum(past, 1), past)
    lo = np.where(customer, win.start, win.as_of - 240)
    hi = np.full(acc.n, win.as_of - 1)
    lost_end = win.start + np.rint((acc.active_until + 0.06) * win.span).astype(np.int64)
    hi = np.where(acc.kind == LOST, np.minimum(hi, lost_end), hi)
    hi = np.where(acc.neglected, win.as_of - rng.integers(200, 420, acc.n), hi)
    account = np.repeat(np.arange(acc.n), past)
    day = _times_between(rng, len(account), lo[account], hi[account], 0.9)
    day = _weekday(day, lo[account], hi[account])

    plans = acc.kind != LOST
    plans &= ~acc.neglected
    planned_count = plans * ((rng.random(acc.n) < 0.2 + 0.55 * acc.rank).astype(np.int64)
                             + (acc.rank > 0.95) * (rng.random(acc.n) < 0.7))
    planned_account = np.repeat(np.arange(acc.n), planned_count)
    planned_day = _weekday(win.as_of + rng.integers(1, PLANNED_VISIT_DAYS + 1,
                                                    len(planned_account)),
                           win.as_of + 1, win.as_of + PLANNED_VISIT_DAYS + 3)

    account = np.concatenate([account, planned_account])
    day = np.concatenate([day, planned_day])
    planned = np.concatenate([np.zeros(len(day) - len(planned_day), bool),
                              np.ones(len(planned_day), bool)])
    order = np.lexsort((day, account))
    account, day, planned = account[order], day[order], planned[order]
    n = len(account)

    kind = _choice(rng, n, VISIT_KIND_WEIGHTS)
    meeting = (kind == 0) | (kind == 5)
    cancelled = ~planned & (rng.random(n) < 0.07)
    done = ~planned & ~cancelled
    status = np.where(planned, VisitStatus.PLANNED.value,
                      np.where(cancelled, VisitStatus.CANCELLED.value, VisitStatus.DONE.value))
    hour = np.where(meeting, np.array([9, 10, 11, 13, 14, 15, 16])[rng.integers(0, 7, n)],
                    rng.integers(8, 19, n))
    minute = np.where(meeting, 30 * rng.integers(0, 2, n), 15 * rng.integers(0, 4, n))

    purpose = np.where(meeting, _choice(rng, n, PURPOSES_IN_PERSON),
                       _choice(rng, n, PURPOSES_REMOTE))
    purpose[kind == 5] = EVENT_PURPOSE
    english = acc.english[account]
    category = acc.categories[account, 0]
    texts = _visit_texts(rng, english, purpose, category, done)
    cancel_text = np.where(english, words.VISIT_CANCELLED_EN, words.VISIT_CANCELLED_ZH)
    texts["summary"][cancelled] = cancel_text[cancelled]
    follow_up = done & (rng.random(n) < 0.45)
    follow_up_day = day + rng.integers(5, 31, n)

    event = np.where(english, np.asarray(words.EVENTS_EN, dtype=object)[
        rng.integers(0, len(words.EVENTS_EN), n)], np.asarray(words.EVENTS_ZH, dtype=object)[
        rng.integers(0, len(words.EVENTS_ZH), n)])
    video = np.asarray(words.VIDEO_TOOLS, dtype=object)[rng.integers(0, len(words.VIDEO_TOOLS), n)]
    location = np.select([kind == 0, kind == 5, kind == 2], [acc.address[account], event, video],
                         None)

    created_day = np.where(planned, win.as_of - rng.integers(1, 15, n), day)
    created = _stamps_from(rng, win, created_day)
    columns: Columns = {
        "created_at": created, "updated_at": created,
        "visit_at": win.stamps(day, hour * 3600 + minute * 60),
        "kind": _Coded([k.value for k in VISIT_KINDS], kind), "status": status.astype(object),
        **texts, "follow_up_date": win.optional_dates(follow_up_day, follow_up),
        "location": location, "owner": acc.owner[account], "deleted_at": None,
    }
    visit, contact = _participants(rng, account, kind, con)
    return _Visits(n=n, account=account, columns=columns, participant_visit=visit,
                   participant_contact=contact)


def _visit_texts(rng: np.random.Generator, english: np.ndarray, purpose: np.ndarray,
                 category: np.ndarray, done: np.ndarray) -> dict[str, np.ndarray]:
    """Purpose for every visit; summary, outcome and next steps for the ones that took place."""
    n = len(purpose)
    lang = english.astype(np.int64)
    table = (words.VISIT_TEXTS_ZH, words.VISIT_TEXTS_EN)
    purposes = np.array([[t[0] for t in table[k]] for k in (0, 1)], dtype=object)
    out = {"purpose": purposes[lang, purpose]}
    category_name = np.where(english, np.asarray(words.CATEGORY_EN, dtype=object)[category],
                             CATEGORY_ZH[category])
    rows = np.flatnonzero(done)
    summary_variant = rng.integers(0, 2, n)
    outcome_variant = rng.integers(0, 2, n)  # the next steps follow from the outcome
    for column_name, slot, variant in (("summary", 1, summary_variant),
                                       ("outcome", 2, outcome_variant),
                                       ("next_steps", 3, outcome_variant)):
        options = np.array([[t[slot] for t in table[k]] for k in (0, 1)], dtype=object)
        template = options[lang, purpose, variant]
        column = np.full(n, None, dtype=object)
        column[rows] = [t.format(cat=c) for t, c in zip(
            template[rows].tolist(), category_name[rows].tolist(), strict=True)]
        out[column_name] = column
    return out


def _participants(rng: np.random.Generator, account: np.ndarray, kind: np.ndarray,
                  con: _Contacts) -> tuple[np.ndarray, np.ndarray]:
    """1-3 distinct contacts of the visit's account; single-threaded accounts meet their one.

    Returns (visit index, contact index) per participant, grouped by visit.
    """
    n = len(account)
    count = con.count[account]
    extra = np.select([(kind == 0) | (kind == 5), kind == 2],
                      [rng.binomial(2, 0.45, n), rng.binomial(2, 0.3, n)],
                      rng.binomial(1, 0.1, n))
    people = np.minimum(1 + extra, count)
    first = np.floor(rng.random(n) * count).astype(np.int64)
    strong = con.strong[account]
    single = strong >= 0
    first[single] = strong[single]
    people[single] = 1
    # A second and third position distinct from the first (and from each other).
    second = (first + 1 + np.floor(rng.random(n) * (count - 1)).astype(np.int64)) % count
    low, high = np.minimum(first, second), np.maximum(first, second)
    third = np.floor(rng.random(n) * np.maximum(count - 2, 1)).astype(np.int64)
    third += third >= low
    third += third >= high

    visit = np.concatenate([np.flatnonzero(people > k) for k in range(3)])
    position = np.concatenate([first[people > 0], second[people > 1], third[people > 2]])
    order = np.argsort(visit, kind="stable")
    visit, position = visit[order], position[order]
    return visit, con.offset[account[visit]] + position


def _visit_columns(vis: _Visits, acc: _Accounts, ids: np.random.Generator) -> Columns:
    visit_ids = _Ids(ids, vis.n)
    vis.ids = visit_ids.text()
    return {"id": visit_ids, **vis.columns, "account_id": _Coded(acc.ids, vis.account)}


def _participant_columns(vis: _Visits, con: _Contacts, ids: np.random.Generator) -> Columns:
    visit = vis.participant_visit
    created = np.asarray(vis.columns["created_at"])[visit]
    return {"id": _Ids(ids, len(visit)), "created_at": created, "updated_at": created,
            "visit_id": vis.ids[visit], "contact_id": _Coded(con.ids, vis.participant_contact)}


# --- Surveys -------------------------------------------------------------------------------------


@dataclass
class _Surveys:
    n: int
    account: np.ndarray
    contact: np.ndarray
    columns: Columns


def _make_surveys(rng: np.random.Generator, acc: _Accounts, con: _Contacts,
                  win: _Window) -> _Surveys:
    """Yearly (strategic accounts: half-yearly) surveys of up to three contacts per account.

    Each account has a satisfaction level and a trend (some clearly falling, more often where
    sales decline); a few decision makers are detractors.
    """
    surveyed = np.flatnonzero(acc.surveyed)
    half_yearly = acc.rank[surveyed] > 0.8
    offset = rng.integers(15, 170, len(surveyed))
    wave_account, wave_day = [], []
    for years_back in range(HISTORY_YEARS):
        for half in (0, 1):
            take = half_yearly if half else np.ones(len(surveyed), bool)
            wave_account.append(surveyed[take])
            wave_day.append(win.as_of - offset[take] - 365 * years_back - 182 * half)
    account = np.concatenate(wave_account)
    day = np.concatenate(wave_day)
    lost_end = win.start + np.rint((acc.active_until + 0.05) * win.span).astype(np.int64)
    valid = (day >= win.start + 10) & (day <= lost_end[account])
    account, day = account[valid], day[valid]

    slots = 3
    account = np.repeat(account, slots)
    day = np.repeat(day, slots)
    position = np.tile(np.arange(slots), len(account) // slots)
    responds = (position < con.count[account]) & (rng.random(len(account)) < 0.5)
    account, day, position = account[responds], day[responds], position[responds]
    day = _weekday(np.minimum(day + rng.integers(0, 15, len(day)), win.as_of - 1),
                   win.start, win.as_of - 1)
    order = np.lexsort((position, day, account))
    account, day, position = account[order], day[order], position[order]
    n = len(account)
    contact = con.offset[account] + position

    level = rng.normal(7.7, 1.1, acc.n)
    u = rng.random(acc.n)
    falling = (u < 0.18) | ((acc.kind == DECLINING) & (u < 0.55))
    trend = np.where(falling, -rng.uniform(0.8, 1.8, acc.n),
                     np.where(u > 0.85, rng.uniform(0.3, 0.8, acc.n), rng.normal(0, 0.15, acc.n)))
    person = rng.normal(0, 0.8, con.n)
    years = (day - win.start) / 365.25 - HISTORY_YEARS / 2
    latent = level[account] + trend[account] * years + person[contact] + rng.normal(0, 0.9, n)
    detractor = (position == 0) & acc.detractor_dm[account]
    latent[detractor] = rng.uniform(1, 5.5, int(detractor.sum()))
    nps = np.clip(np.rint(latent), 0, 10).astype(np.int64)
    overall = 1 + 0.42 * latent + rng.normal(0, 0.35, n)
    weak = np.where(rng.random(acc.n) < 0.25, rng.integers(0, 5, acc.n), -1)
    scores = np.empty((n, 5), dtype=np.int64)
    for d in range(5):
        penalty = np.where(weak[account] == d, 0.8, 0.0)
        scores[:, d] = np.clip(np.rint(overall + DIMENSION_BIAS[d] - penalty
                                       + rng.normal(0, 0.55, n)), 1, 5)
    english = acc.english[account]
    comment = _survey_comments(rng, english, nps, scores)
    columns: Columns = {
        "created_at": _stamps_from(rng, win, day),
        "response_date": win.dates(day),
        "channel": _Coded([c.value for c in SURVEY_CHANNELS],
                          _choice(rng, n, SURVEY_CHANNEL_WEIGHTS)),
        "nps": nps, "csat": np.clip(np.rint(overall), 1, 5).astype(np.int64),
        "score_quality": scores[:, 0], "score_delivery": scores[:, 1],
        "score_service": scores[:, 2], "score_price": scores[:, 3],
        "score_communication": scores[:, 4], "comment": comment, "deleted_at": None,
    }
    columns["updated_at"] = columns["created_at"]
    return _Surveys(n=n, account=account, contact=contact, columns=columns)


def _survey_comments(rng: np.random.Generator, english: np.ndarray, nps: np.ndarray,
                     scores: np.ndarray) -> np.ndarray:
    n = len(nps)
    lang = english.astype(np.int64)
    pick = rng.integers(0, 4, n)
    promoter = np.array([words.SURVEY_PROMOTER_ZH, words.SURVEY_PROMOTER_EN], dtype=object)
    passive = np.array([words.SURVEY_PASSIVE_ZH, words.SURVEY_PASSIVE_EN], dtype=object)
    detractor = np.array([words.SURVEY_DETRACTOR_ZH, words.SURVEY_DETRACTOR_EN], dtype=object)
    worst = np.argmin(scores, axis=1)
    comment = np.select(
        [nps >= 9, nps >= 7],
        [promoter[lang, pick], passive[lang, pick]],
        detractor[lang, worst, pick % 2],
    )
    comment[rng.random(n) >= 0.55] = None
    return comment


def _survey_columns(sur: _Surveys, acc: _Accounts, con: _Contacts,
                    ids: np.random.Generator) -> Columns:
    return {"id": _Ids(ids, sur.n), **sur.columns, "account_id": _Coded(acc.ids, sur.account),
            "contact_id": _Coded(con.ids, sur.contact)}


# --- Small helpers -------------------------------------------------------------------------------


def _choice(rng: np.random.Generator, n: int, weights: Sequence[float] | np.ndarray) -> np.ndarray:
    p = np.asarray(weights, dtype=float)
    return rng.choice(len(p), size=n, p=p / p.sum())


def _rating(rng: np.random.Generator, mean: np.ndarray, spread: float) -> np.ndarray:
    """A 1-5 rating around `mean`."""
    mean = np.asarray(mean, dtype=float)
    return np.clip(np.rint(mean + rng.normal(0, spread, mean.shape)), 1, 5).astype(np.int64)


def _percentile(values: np.ndarray) -> np.ndarray:
    """Rank of each value in 0..1 (0 the smallest)."""
    rank = np.empty(len(values))
    rank[np.argsort(values, kind="stable")] = np.arange(len(values)) / max(len(values) - 1, 1)
    return rank


def _subset(rng: np.random.Generator, candidates: np.ndarray, k: int, n: int) -> np.ndarray:
    """A mask of `k` accounts drawn from `candidates`."""
    mask = np.zeros(n, dtype=bool)
    k = min(k, len(candidates))
    if k > 0:
        mask[rng.choice(candidates, size=k, replace=False)] = True
    return mask


def _pick_per_group(rng: np.random.Generator, group: np.ndarray,
                    options: Sequence[Sequence[str]]) -> np.ndarray:
    """For each row, a random entry of `options[group]`."""
    flat = np.array([o for opts in options for o in opts], dtype=object)
    count = np.array([len(opts) for opts in options])
    offset = np.cumsum(count) - count
    return flat[offset[group] + np.floor(rng.random(len(group)) * count[group]).astype(np.int64)]


def _repeated(values: list[str]) -> np.ndarray:
    """Indices of values that already occurred earlier in the list."""
    seen: set[str] = set()
    repeats = []
    for i, value in enumerate(values):
        if value in seen:
            repeats.append(i)
        else:
            seen.add(value)
    return np.array(repeats, dtype=np.int64)
