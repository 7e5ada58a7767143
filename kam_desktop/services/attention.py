"""Attention rules: which accounts need the account manager now, and why, in words.

Seven rules, each with its thresholds in `AttentionRules` (stored in the settings):

- visit_overdue — the last visit (kinds in `visit_kinds`: meetings, not e-mails) is longer ago
  than the cadence of the account's tier in force (S 30, A 60, B 90, C 180 days). Accounts
  without a tier have no cadence unless `unclassified_cadence_days` is set: before the first
  classification every account is unclassified, and flagging them all would bury the list.
- falling_satisfaction — a respondent's latest NPS (or CSAT) is `nps_drop` (`csat_drop`) or
  more below their previous answer. The same person is compared with themselves, so a change of
  who answered is not mistaken for a trend.
- detractor_decision_maker — a decision maker's latest NPS is 0–6.
  Both survey rules look only at answers of the last `survey_max_age_days`.
- overdue_receivables — open amounts past their due date total more than `overdue_amount`.
- single_threaded — an account of a tier in `single_threaded_tiers` has at most one active
  contact with relationship strength 3 or more.
- sales_down — sales of the last `sales_window_months` are more than `sales_down_percent` %
  below the same number of days before (only where there were sales before). The window ends on
  the newest sales line in the database (not after `today`), so a late ERP import does not make
  every account look as if it stopped buying; with 12 months it is classification's trailing
  year, so the table's `sales` and `profit` are the 12-month figures the Dashboard shows.
- no_contact — no touch point of any kind (visit, call, e-mail, WeChat…) for `no_contact_days`.
For the two "how long since" rules, an account never visited counts from its creation.

Scope: live accounts that are not inactive. Everything is computed for the whole portfolio at
once: one SQL aggregate per source table, joined and compared in pandas; no loop over accounts.
Given a `Database`, the aggregates run in parallel on read-only connections (SQLite readers run
side by side in WAL mode); given a unit of work, one after another on its connection.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from kam_desktop.models.enums import BuyingRole
from kam_desktop.services.classification import Window
from kam_desktop.services.contacts import STRONG
from kam_desktop.services.edits import parse_id
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from kam_desktop.settings import Settings

Source = Database | UnitOfWork
MAX_WORKERS = 4


class Rule(StrEnum):
    VISIT_OVERDUE = "visit_overdue"
    FALLING_SATISFACTION = "falling_satisfaction"
    DETRACTOR_DECISION_MAKER = "detractor_decision_maker"
    OVERDUE_RECEIVABLES = "overdue_receivables"
    SINGLE_THREADED = "single_threaded"
    SALES_DOWN = "sales_down"
    NO_CONTACT = "no_contact"


RULES: tuple[Rule, ...] = tuple(Rule)
DEFAULT_CADENCE: dict[str, int] = {"S": 30, "A": 60, "B": 90, "C": 180}
DETRACTOR_MAX_NPS = 6
TIER_ORDER = ("S", "A", "B", "C", "D")


@dataclass(frozen=True)
class AttentionRules:
    """The thresholds of the rules. `Settings` stores the same values (`from_settings`)."""

    cadence_days: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_CADENCE))
    unclassified_cadence_days: int | None = None
    visit_kinds: tuple[str, ...] = ("on_site", "video", "event")
    nps_drop: int = 2
    csat_drop: int = 1
    survey_max_age_days: int = 365
    overdue_amount: float = 10_000.0
    single_threaded_tiers: tuple[str, ...] = ("S", "A")
    sales_down_percent: float = 20.0
    sales_window_months: int = 12
    no_contact_days: int = 120
    enabled: frozenset[Rule] = frozenset(RULES)

    @classmethod
    def from_settings(cls, settings: Settings) -> AttentionRules:
        return cls(
            cadence_days=dict(settings.visit_cadence_days),
            unclassified_cadence_days=settings.unclassified_cadence_days,
            visit_kinds=tuple(settings.attention_visit_kinds),
            nps_drop=settings.attention_nps_drop,
            csat_drop=settings.attention_csat_drop,
            survey_max_age_days=settings.attention_survey_max_age_days,
            overdue_amount=settings.attention_overdue_amount,
            single_threaded_tiers=tuple(settings.attention_single_threaded_tiers),
            sales_down_percent=settings.attention_sales_down_percent,
            sales_window_months=settings.attention_sales_window_months,
            no_contact_days=settings.attention_no_contact_days,
            enabled=frozenset(Rule(r) for r in settings.attention_rules_enabled),
        )

    @staticmethod
    def reads_setting(name: str) -> bool:
        """Whether `from_settings` reads the setting `name` (a change means: check again)."""
        return name in ("visit_cadence_days", "unclassified_cadence_days") \
            or name.startswith("attention_")

    def cadence_for(self, tier: str | None) -> int | None:
        if tier is None:
            return self.unclassified_cadence_days
        return self.cadence_days.get(tier)


@dataclass(frozen=True)
class AttentionItem:
    """One rule that fires for one account: `message` in English, `params` the values in it
    (so the GUI can word it in another language)."""

    rule: Rule
    message: str
    params: dict[str, Any]


# --- the aggregates ----------------------------------------------------------------------------

_IN_SCOPE = "a.deleted_at IS NULL AND a.status <> 'inactive'"


def _queries(today: date, rules: AttentionRules, sales_end: date | None,
             scoped: bool) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """SQL and parameters per source table. `scoped`: restricted to one account (`?` first),
    using the account indexes; otherwise table scans where that is cheaper for everyone."""
    hint = "" if scoped else " NOT INDEXED"
    acc = " AND a.id = ?" if scoped else ""
    sub = " AND account_id = ?" if scoped else ""
    tomorrow = (today + timedelta(days=1)).isoformat()
    kinds = ", ".join(f"'{k}'" for k in rules.visit_kinds if k.isidentifier()) or "''"
    queries: dict[str, tuple[str, tuple[Any, ...]]] = {
        "accounts": (
            f"""SELECT a.id, a.code, a.name, a.owner, a.status, a.industry, a.region,
                       date(a.created_at), coalesce(o.tier, r.tier)
                  FROM accounts a
                  LEFT JOIN tier_overrides o ON o.account_id = a.id AND o.cleared_at IS NULL
                  LEFT JOIN tier_results r ON r.account_id = a.id
                       AND r.run_id = (SELECT id FROM tier_runs ORDER BY ran_at DESC LIMIT 1)
                 WHERE {_IN_SCOPE}{acc}""", ()),
        "visits": (
            f"""SELECT account_id,
                       max(CASE WHEN status = 'done' AND kind IN ({kinds}) THEN visit_at END),
                       max(CASE WHEN status = 'done' THEN visit_at END),
                       min(CASE WHEN status = 'planned' AND visit_at >= ? THEN visit_at END)
                  FROM visits WHERE deleted_at IS NULL AND status <> 'cancelled'
                   AND (status = 'planned' OR visit_at < ?){sub}
                 GROUP BY account_id""", (today.isoformat(), tomorrow)),
        "receivables": (
            f"""SELECT account_id, sum(outstanding),
                       sum(CASE WHEN due_date < ? AND outstanding > 0 THEN outstanding END),
                       min(CASE WHEN due_date < ? AND outstanding > 0 THEN due_date END)
                  FROM receivables{hint} WHERE outstanding <> 0 AND invoice_date <= ?{sub}
                 GROUP BY account_id""", (today.isoformat(), today.isoformat(),
                                          today.isoformat())),
        "contacts": (
            f"""SELECT account_id, sum(relationship_strength >= {STRONG}),
                       count(DISTINCT CASE WHEN relationship_strength >= {STRONG} THEN role END),
                       max(CASE WHEN relationship_strength >= {STRONG} THEN name END)
                  FROM contacts{hint} WHERE active AND deleted_at IS NULL{sub}
                 GROUP BY account_id""", ()),
        "surveys": (
            # Respondent: the contact's rowid (0: anonymous); day: a day number.
            f"""SELECT s.account_id, coalesce(c.rowid, 0),
                       CAST(julianday(s.response_date) AS INTEGER), s.nps, s.csat,
                       coalesce(c.role = '{BuyingRole.DECISION_MAKER.value}' AND c.active
                                AND c.deleted_at IS NULL, 0),
                       c.name
                  FROM survey_responses s LEFT JOIN contacts c ON c.id = s.contact_id
                 WHERE s.deleted_at IS NULL AND s.response_date <= ?
                   {sub.replace('account_id', 's.account_id')}
                 ORDER BY s.rowid""", (today.isoformat(),)),  # ties: the order stored
    }
    if sales_end is not None:
        start, prior_start = sales_windows(sales_end, rules.sales_window_months)
        queries["sales"] = (
            f"""SELECT account_id,
                       sum(CASE WHEN order_date >= ? THEN amount END),
                       sum(CASE WHEN order_date >= ? THEN coalesce(profit, amount - cost) END),
                       sum(CASE WHEN order_date < ? THEN amount END)
                  FROM sales_lines WHERE order_date BETWEEN ? AND ?{sub}
                 GROUP BY account_id""",
            (start.isoformat(), start.isoformat(), start.isoformat(), prior_start.isoformat(),
             sales_end.isoformat()))
    return queries


def sales_windows(end: date, months: int) -> tuple[date, date]:
    """(start, prior start) of the window of `months` months ending on `end` and of the
    window of as many days before it (classification's `Window` and `prior_start`)."""
    window = Window(_months_before(end, months) + timedelta(days=1), end)
    return window.start, window.prior_start


def _months_before(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def sales_end_date(conn: sqlite3.Connection, today: date) -> date | None:
    """The last day of the sales window: the newest sales line, but not after today."""
    value = conn.execute("SELECT max(order_date) FROM sales_lines WHERE order_date <= ?",
                         (today.isoformat(),)).fetchone()[0]
    return date.fromisoformat(value) if value else None


def _connection(source: Source) -> sqlite3.Connection:
    if isinstance(source, UnitOfWork):
        return source.session.connection().connection.driver_connection
    raise TypeError(source)


def _reader(db: Database) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{db.path.resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                           check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA mmap_size = 4294967296")
    return conn


def _cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1  # pragma: no cover


def run_queries(source: Source, build: Callable[[sqlite3.Connection], dict[str, tuple[str,
                tuple[Any, ...]]]], params: tuple[Any, ...] = ()) -> dict[str, list[tuple]]:
    """Run the queries `build(conn)` returns, each with `params` after its own (the account of
    a scoped query is always its last placeholder).

    A Database: in parallel threads, each on its own read-only connection (sqlite3 releases
    the GIL while SQLite works). A unit of work: in turn on its connection (sees its writes).
    """
    if isinstance(source, UnitOfWork):
        conn = _connection(source)
        jobs = build(conn)
        return {name: conn.execute(sql, (*args, *params)).fetchall()
                for name, (sql, args) in jobs.items()}
    first = _reader(source)
    try:
        jobs = build(first)
    finally:
        first.close()
    workers = min(MAX_WORKERS, _cpus(), len(jobs))

    def run(job: tuple[str, tuple[Any, ...]]) -> list[tuple]:
        conn = _reader(source)
        try:
            return conn.execute(job[0], (*job[1], *params)).fetchall()
        finally:
            conn.close()

    # Costliest first, so the cheap ones fill in around them.
    order = sorted(jobs, key=lambda n: _COST.get(n, 0), reverse=True)
    with ThreadPoolExecutor(max_workers=max(workers, 1),
                            thread_name_prefix="kam-attention") as pool:
        futures = {name: pool.submit(run, jobs[name]) for name in order}
        return {name: futures[name].result() for name in jobs}


_COST = {"sales": 10, "contacts": 4, "visits": 4, "surveys": 3, "accounts": 2,
         "receivables": 2}


# --- assembling --------------------------------------------------------------------------------


def _columns(rows: list[tuple], n: int) -> list[np.ndarray]:
    """The query's rows as `n` columns (object arrays: plain Python values, no inference)."""
    if not rows:
        return [np.empty(0, dtype=object) for _ in range(n)]
    return [np.array(column, dtype=object) for column in zip(*rows, strict=True)]


def _floats(column: np.ndarray) -> np.ndarray:
    return np.array(column.tolist(), dtype=float)  # None → NaN


class _Aligner:
    """Puts per-account query results in the order of the accounts in scope. The accounts'
    hash table is built once; each result only hashes its own keys."""

    def __init__(self, ids: pd.Index) -> None:
        self.ids = ids
        self.n = len(ids)
        self._last: tuple[np.ndarray, tuple[np.ndarray, np.ndarray]] | None = None

    def positions(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self._last is not None and self._last[0] is keys:
            return self._last[1]  # the same result set's next column
        pos = self.ids.get_indexer(keys)
        found = pos >= 0
        self._last = (keys, (pos[found], found))
        return pos[found], found

    def put(self, keys: np.ndarray, values: np.ndarray, fill: Any) -> np.ndarray:
        pos, found = self.positions(keys)
        numeric = values.dtype != object
        out = np.full(self.n, fill, dtype=float if numeric else object)
        out[pos] = values[found]
        return out


def _series(values: Any, index: pd.Index) -> pd.Series:
    if isinstance(values, pd.Series):
        return pd.Series(values.to_numpy(), index=index, copy=False)
    if isinstance(values, np.ndarray):
        return pd.Series(values, index=index, dtype=object if values.dtype == object else None,
                         copy=False)
    return pd.Series([values] * len(index), index=index, dtype=object)


def _days_between(today: date, stamps: np.ndarray) -> np.ndarray:
    """Whole days from each stamp's day ('YYYY-MM-DD…' text, None) to today; NaN if None."""
    present = np.array([s is not None for s in stamps.tolist()], dtype=bool)
    out = np.full(len(stamps), np.nan)
    if present.any():
        days = np.array([s[:10] for s in stamps[present].tolist()], dtype="datetime64[D]")
        out[present] = (np.datetime64(today, "D") - days).astype(np.int64)
    return out


def _timestamps(stamps: np.ndarray) -> pd.Series:
    return pd.to_datetime(pd.Series(stamps, dtype=object), format="ISO8601")


_LOOK_UP: Any = object()


def attention_table(source: Source, *, today: date | None = None,
                    rules: AttentionRules | None = None,
                    account_id: str | None = None,
                    sales_end: date | None = _LOOK_UP) -> pd.DataFrame:
    """Every account in scope (or only `account_id`) with the figures behind the rules, a
    boolean column per rule (`Rule` values) and `attention` (how many rules fire). Indexed by
    account id (32 hex digits), ordered by code. The words come separately and only for the
    rows shown (`attention_items`, `with_reasons`): writing them for 80,000 flagged accounts
    would take longer than computing every flag.

    Figures: tier, cadence_days, last_visit, days_since_visit, next_visit, last_contact,
    days_since_contact, outstanding, overdue, overdue_since, strong_contacts, covered_roles,
    strong_name, sales, profit, prior_sales, sales_change (fraction; NaN without prior sales),
    sales_start / sales_end (the window), nps_latest, csat_latest, survey_date, nps_from/nps_to/
    nps_contact, csat_from/csat_to/csat_contact, detractor_name, detractor_nps, detractor_date.

    `sales_end` (the last day of the sales window) is looked up unless given: finding the
    newest sales line scans an index (~0.3 s at two million lines), which a caller that
    already knows it (`refresh_attention`, `account_overview`) can skip.
    """
    today = today or date.today()
    rules = rules or AttentionRules()
    scoped = account_id is not None
    params: tuple[Any, ...] = (parse_id(account_id, "account").hex,) if scoped else ()
    ends: dict[str, date | None] = {}

    def build(conn: sqlite3.Connection) -> dict[str, tuple[str, tuple[Any, ...]]]:
        ends["sales"] = sales_end_date(conn, today) if sales_end is _LOOK_UP else sales_end
        return _queries(today, rules, ends["sales"], scoped)

    results = run_queries(source, build, params)
    return _assemble(results, today, rules, ends["sales"])


def _assemble(results: dict[str, list[tuple]], today: date, rules: AttentionRules,
              sales_end: date | None) -> pd.DataFrame:
    names = ["id", "code", "name", "owner", "status", "industry", "region", "created", "tier"]
    acc = dict(zip(names, _columns(results["accounts"], len(names)), strict=True))
    order = np.argsort(acc["code"], kind="stable")
    acc = {k: v[order] for k, v in acc.items()}
    ids = pd.Index(acc["id"], dtype=object, name="id")
    align = _Aligner(ids)
    n = len(ids)
    out: dict[str, Any] = {k: acc[k] for k in names[1:] if k != "created"}

    cadence = np.array([rules.cadence_for(t) if isinstance(t, str) else
                        rules.unclassified_cadence_days for t in acc["tier"].tolist()],
                       dtype=float)  # None → NaN
    out["cadence_days"] = cadence

    key, last_visit, last_contact, next_visit = _columns(results["visits"], 4)
    last_visit = align.put(key, last_visit, None)
    last_contact = align.put(key, last_contact, None)
    out["last_visit"] = _timestamps(last_visit)
    out["next_visit"] = _timestamps(align.put(key, next_visit, None))
    out["last_contact"] = _timestamps(last_contact)
    created_days = _days_between(today, acc["created"])
    days_visit = _days_between(today, last_visit)
    days_contact = _days_between(today, last_contact)
    out["days_since_visit"] = days_visit
    out["days_since_contact"] = days_contact
    out["days_since_created"] = created_days

    key, outstanding, overdue, since = _columns(results["receivables"], 4)
    out["outstanding"] = np.round(align.put(key, _floats(outstanding), 0.0), 2)
    out["overdue"] = np.nan_to_num(np.round(align.put(key, _floats(overdue), 0.0), 2))
    out["overdue_since"] = align.put(key, since, None)

    key, strong, roles, strong_name = _columns(results["contacts"], 4)
    out["strong_contacts"] = np.nan_to_num(align.put(key, _floats(strong), 0.0)).astype(np.int64)
    out["covered_roles"] = np.nan_to_num(align.put(key, _floats(roles), 0.0)).astype(np.int64)
    out["strong_name"] = align.put(key, strong_name, None)

    start = None
    sales = prior = np.zeros(n)
    profit = np.full(n, np.nan)
    if sales_end is not None:
        start, _ = sales_windows(sales_end, rules.sales_window_months)
        key, s_sales, s_profit, s_prior = _columns(results["sales"], 4)
        sales = np.nan_to_num(np.round(align.put(key, _floats(s_sales), 0.0), 2))
        profit = np.round(align.put(key, _floats(s_profit), np.nan), 2)
        prior = np.nan_to_num(np.round(align.put(key, _floats(s_prior), 0.0), 2))
    with np.errstate(divide="ignore", invalid="ignore"):
        change = np.where(prior > 0, (sales - prior) / prior, np.nan)
    out.update(sales=sales, profit=profit, prior_sales=prior, sales_change=change,
               sales_start=start, sales_end=sales_end)

    out.update(_survey_columns(align, results["surveys"], today, rules))

    # --- the rules, vectorised ---
    since_visit = np.where(np.isnan(days_visit), created_days, days_visit)
    since_contact = np.where(np.isnan(days_contact), created_days, days_contact)
    with np.errstate(invalid="ignore"):
        flags = {
            Rule.VISIT_OVERDUE: since_visit > cadence,  # NaN cadence: False
            Rule.FALLING_SATISFACTION: ~np.isnan(out["nps_to"]) | ~np.isnan(out["csat_to"]),
            Rule.DETRACTOR_DECISION_MAKER: ~np.isnan(out["detractor_nps"]),
            Rule.OVERDUE_RECEIVABLES: out["overdue"] > rules.overdue_amount,
            Rule.SINGLE_THREADED: np.isin(acc["tier"], list(rules.single_threaded_tiers))
            & (out["strong_contacts"] <= 1),
            Rule.SALES_DOWN: change < -rules.sales_down_percent / 100.0,
            Rule.NO_CONTACT: since_contact > rules.no_contact_days,
        }
    count = np.zeros(n, dtype=np.int64)
    for rule in RULES:
        flag = np.asarray(flags[rule], dtype=bool) & (rule in rules.enabled)
        out[rule.value] = flag
        count += flag
    out["attention"] = count
    frame = pd.DataFrame({k: _series(v, ids) for k, v in out.items()}, index=ids)
    frame.attrs["rules"] = rules
    frame.attrs["today"] = today
    return frame


def _survey_columns(align: _Aligner, rows: list[tuple], today: date,
                    rules: AttentionRules) -> dict[str, np.ndarray]:
    """Latest answers per account, the biggest fall per measure, the detractor decision maker.

    Vectorised over all responses: accounts become positions, one lexsort orders every
    respondent's answers by date (ties: the order they were stored), and "the previous answer"
    is the row before within the same respondent.
    """
    key, respondent, day, nps, csat, dm, contact = _columns(rows, 7)
    pos = align.ids.get_indexer(key)
    keep = pos >= 0
    pos, respondent, contact = pos[keep], respondent[keep], contact[keep]
    day = day[keep].astype(np.int64)
    respondent = respondent.astype(np.int64)
    dm = dm[keep].astype(np.int64)
    values = {"nps": _floats(nps[keep]), "csat": _floats(csat[keep])}
    n = align.n
    cutoff = int(np.int64(_julian(today)) - rules.survey_max_age_days)
    rank = np.arange(len(pos))
    cols: dict[str, np.ndarray] = {}

    def scatter(rows_: np.ndarray, source: np.ndarray, fill: Any) -> np.ndarray:
        out = np.full(n, fill, dtype=float if source.dtype != object else object)
        out[pos[rows_]] = source[rows_]
        return out

    def dates(rows_: np.ndarray) -> np.ndarray:
        out = np.full(n, None, dtype=object)
        out[pos[rows_]] = [_from_julian(int(d)) for d in day[rows_].tolist()]
        return out

    # The latest answer of each account (any respondent).
    order = np.lexsort((rank, day, pos))
    last = order[np.r_[pos[order][1:] != pos[order][:-1], True]] if len(order) else order
    recent = last[day[last] >= cutoff]
    cols["nps_latest"] = scatter(recent, values["nps"], np.nan)
    cols["csat_latest"] = scatter(recent, values["csat"], np.nan)
    cols["survey_date"] = dates(recent)

    by_respondent = np.lexsort((rank, day, respondent, pos))
    group = pos[by_respondent] * (int(respondent.max(initial=0)) + 1) + respondent[by_respondent]
    for measure, drop in (("nps", rules.nps_drop), ("csat", rules.csat_drop)):
        v = values[measure]
        has = ~np.isnan(v[by_respondent])
        rows_m, g = by_respondent[has], group[has]
        current = v[rows_m]
        if len(rows_m):
            previous = np.where(np.r_[False, g[1:] == g[:-1]], np.r_[np.nan, current[:-1]],
                                np.nan)
            is_last = np.r_[g[1:] != g[:-1], True]
        else:
            previous, is_last = current, np.zeros(0, dtype=bool)
        with np.errstate(invalid="ignore"):
            fell = is_last & (day[rows_m] >= cutoff) & (previous - current >= drop)
        hit, fall = rows_m[fell], (previous - current)[fell]
        # Per account the biggest fall (then the latest): sort so it comes last.
        pick = np.lexsort((day[hit], fall, pos[hit]))
        hit_sorted, from_sorted = hit[pick], previous[fell][pick]
        top = np.r_[pos[hit_sorted][1:] != pos[hit_sorted][:-1], True] if len(hit) else \
            np.zeros(0, dtype=bool)
        chosen, chosen_from = hit_sorted[top], from_sorted[top]
        cols[f"{measure}_from"] = np.full(n, np.nan)
        cols[f"{measure}_from"][pos[chosen]] = chosen_from
        cols[f"{measure}_to"] = scatter(chosen, v, np.nan)
        cols[f"{measure}_contact"] = scatter(chosen, contact, None)
        cols[f"{measure}_date"] = dates(chosen)

    # Decision makers (live contacts) whose latest NPS is a detractor's.
    v = values["nps"]
    known = by_respondent[~np.isnan(v[by_respondent]) & (respondent[by_respondent] != 0)]
    g = group[~np.isnan(v[by_respondent]) & (respondent[by_respondent] != 0)]
    latest = known[np.r_[g[1:] != g[:-1], True]] if len(g) else known
    bad = latest[(dm[latest] == 1) & (day[latest] >= cutoff) & (v[latest] <= DETRACTOR_MAX_NPS)]
    pick = np.lexsort((day[bad], -v[bad], pos[bad]))  # lowest NPS last, then the latest
    bad = bad[pick]
    top = np.r_[pos[bad][1:] != pos[bad][:-1], True] if len(bad) else np.zeros(0, dtype=bool)
    chosen = bad[top]
    cols["detractor_name"] = scatter(chosen, contact, None)
    cols["detractor_nps"] = scatter(chosen, v, np.nan)
    cols["detractor_date"] = dates(chosen)
    return cols


_JULIAN_OFFSET = 1_721_424  # CAST(julianday(d) AS INTEGER) - d.toordinal()


def _julian(day: date) -> int:
    """SQLite's julianday() of a date, as CAST(… AS INTEGER) gives it."""
    return day.toordinal() + _JULIAN_OFFSET


def _from_julian(number: int) -> str:
    return date.fromordinal(number - _JULIAN_OFFSET).isoformat()


# --- words -------------------------------------------------------------------------------------


def _money(x: float) -> str:
    return f"{x:,.0f}"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _items_for_row(row: Mapping[str, Any], rules: AttentionRules) -> list[AttentionItem]:
    """The messages of the rules that fire in one row of the attention table."""
    items: list[AttentionItem] = []
    created_days = row["days_since_created"]
    created_days = 0.0 if pd.isna(created_days) else float(created_days)

    def add(rule: Rule, message: str, **params: Any) -> None:
        items.append(AttentionItem(rule=rule, message=message, params=params))

    tier = row["tier"] if isinstance(row["tier"], str) else None
    if row[Rule.VISIT_OVERDUE.value]:
        cadence = int(row["cadence_days"])
        who = f"tier {tier}" if tier else "unclassified accounts"
        plan = (f" Next visit planned for {row['next_visit']:%Y-%m-%d}."
                if pd.notna(row["next_visit"]) else " No visit is planned.")
        if pd.notna(row["last_visit"]):
            days = int(row["days_since_visit"])
            add(Rule.VISIT_OVERDUE,
                f"Last visit {days} days ago ({row['last_visit']:%Y-%m-%d}); {who} calls for "
                f"one every {cadence} days.{plan}",
                days=days, cadence=cadence, tier=tier, last_visit=row["last_visit"],
                next_visit=row["next_visit"] if pd.notna(row["next_visit"]) else None)
        else:
            add(Rule.VISIT_OVERDUE,
                f"Never visited in {int(created_days)} days since the account was created; "
                f"{who} calls for a visit every {cadence} days.{plan}",
                days=int(created_days), cadence=cadence, tier=tier, last_visit=None,
                next_visit=row["next_visit"] if pd.notna(row["next_visit"]) else None)
    if row[Rule.FALLING_SATISFACTION.value]:
        for measure, label in (("nps", "NPS"), ("csat", "CSAT")):
            if pd.notna(row[f"{measure}_to"]):
                before, after = row[f"{measure}_from"], row[f"{measure}_to"]
                person = row[f"{measure}_contact"] or "an anonymous respondent"
                add(Rule.FALLING_SATISFACTION,
                    f"{label} fell from {_num(before)} to {_num(after)} ({person}, "
                    f"{row[f'{measure}_date']}).",
                    measure=measure, before=before, after=after, contact=row[f"{measure}_contact"],
                    date=row[f"{measure}_date"])
    if row[Rule.DETRACTOR_DECISION_MAKER.value]:
        add(Rule.DETRACTOR_DECISION_MAKER,
            f"Decision maker {row['detractor_name']} is a detractor (NPS "
            f"{_num(row['detractor_nps'])} on {row['detractor_date']}).",
            contact=row["detractor_name"], nps=row["detractor_nps"], date=row["detractor_date"])
    if row[Rule.OVERDUE_RECEIVABLES.value]:
        add(Rule.OVERDUE_RECEIVABLES,
            f"{_money(row['overdue'])} of receivables overdue (since {row['overdue_since']}; "
            f"threshold {_money(rules.overdue_amount)}).",
            overdue=row["overdue"], since=row["overdue_since"], threshold=rules.overdue_amount)
    if row[Rule.SINGLE_THREADED.value]:
        if row["strong_contacts"] == 1:
            add(Rule.SINGLE_THREADED,
                f"Single-threaded: only {row['strong_name']} has a strong relationship with us "
                f"(strength {STRONG} or more) in this tier {tier} account.",
                contact=row["strong_name"], strong_contacts=1, tier=tier)
        else:
            add(Rule.SINGLE_THREADED,
                f"Nobody has a strong relationship with us (strength {STRONG} or more) in this "
                f"tier {tier} account.", contact=None, strong_contacts=0, tier=tier)
    if row[Rule.SALES_DOWN.value]:
        percent = -100.0 * row["sales_change"]
        add(Rule.SALES_DOWN,
            f"Sales down {percent:.0f}% ({_money(row['sales'])} in {row['sales_start']} – "
            f"{row['sales_end']} against {_money(row['prior_sales'])} in as many days "
            f"before; threshold {_num(rules.sales_down_percent)}%).",
            percent=percent, sales=row["sales"], prior_sales=row["prior_sales"],
            start=row["sales_start"], end=row["sales_end"],
            threshold=rules.sales_down_percent)
    if row[Rule.NO_CONTACT.value]:
        if pd.notna(row["last_contact"]):
            days = int(row["days_since_contact"])
            add(Rule.NO_CONTACT,
                f"No contact for {days} days (last on {row['last_contact']:%Y-%m-%d}; threshold "
                f"{rules.no_contact_days} days).",
                days=days, last_contact=row["last_contact"], threshold=rules.no_contact_days)
        else:
            add(Rule.NO_CONTACT,
                f"No contact recorded in the {int(created_days)} days since the account was "
                f"created (threshold {rules.no_contact_days} days).",
                days=int(created_days), last_contact=None, threshold=rules.no_contact_days)
    return items


def attention_items(table: pd.DataFrame, account_id: str) -> list[AttentionItem]:
    """The rules that fire for one row of an attention table, explained (no database)."""
    key = parse_id(account_id, "account").hex
    if key not in table.index:
        return []
    return _items_for_row(table.loc[key].to_dict(), table.attrs.get("rules", AttentionRules()))


def with_reasons(table: pd.DataFrame) -> pd.DataFrame:
    """`table` with a `reasons` column: the messages of the rules that fire, one sentence
    each ("" where none fires). Meant for the rows about to be shown or exported."""
    rules = table.attrs.get("rules", AttentionRules())
    out = table.copy()
    flagged = out.index[out["attention"].to_numpy() > 0]
    reasons = pd.Series("", index=out.index, dtype=object)
    if len(flagged):
        reasons.loc[flagged] = [" ".join(i.message for i in _items_for_row(row, rules))
                                for row in out.loc[flagged].to_dict("records")]
    out["reasons"] = reasons
    return out


# --- the public views --------------------------------------------------------------------------


def attention_list(source: Source | None = None, *, today: date | None = None,
                   rules: AttentionRules | None = None, owner: str | None = None,
                   rule: Rule | None = None, limit: int | None = 200,
                   reasons: bool = True, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The accounts that need attention, most urgent first: more rules firing first, then
    higher tiers, then bigger sales. Columns of `attention_table`, plus `reasons` (unless
    `reasons=False`: for a list of every flagged account, word the visible rows with
    `attention_items`). Pass `table` to reuse an attention table already computed."""
    if table is None:
        if source is None:
            raise TypeError("attention_list needs a source or a table")
        table = attention_table(source, today=today, rules=rules)
    frame = table[table["attention"] > 0]
    if owner is not None:
        frame = frame[frame["owner"] == owner]
    if rule is not None:
        frame = frame[frame[Rule(rule).value]]
    order = frame.assign(_tier=tier_rank(frame["tier"]))
    order = order.sort_values(["attention", "_tier", "sales", "code"],
                              ascending=[False, True, False, True], kind="stable")
    frame = order.drop(columns="_tier")
    if limit is not None:
        frame = frame.head(limit)
    frame.attrs = dict(table.attrs)
    return with_reasons(frame) if reasons else frame


def tier_rank(tiers: pd.Series) -> pd.Series:
    """S, A, B, C, D first in that order, other labels after, unclassified last."""
    rank = {t: i for i, t in enumerate(TIER_ORDER)}
    return tiers.map(lambda t: rank.get(t, len(TIER_ORDER)) if isinstance(t, str)
                     else len(TIER_ORDER) + 1).astype("int64")


def rule_counts(table: pd.DataFrame) -> dict[Rule, int]:
    """How many accounts each rule flags."""
    return {rule: int(table[rule.value].sum()) for rule in RULES}


def account_attention(uow: UnitOfWork, account_id: str, *, today: date | None = None,
                      rules: AttentionRules | None = None) -> list[AttentionItem]:
    """The rules that fire for one account, explained (empty when none, or when the account
    is inactive or deleted)."""
    today = today or date.today()
    rules = rules or AttentionRules()
    table = attention_table(uow, today=today, rules=rules, account_id=account_id)
    if table.empty:
        return []
    return _items_for_row(table.iloc[0].to_dict(), rules)


def flagged_ids(table: pd.DataFrame, rules: Iterable[Rule] | None = None) -> pd.Index:
    """Ids of accounts where any of `rules` (default: any rule) fires."""
    columns = [Rule(r).value for r in (rules or RULES)]
    return table.index[table[columns].any(axis=1).to_numpy()]




def refresh_attention(table: pd.DataFrame, uow: UnitOfWork,
                      account_ids: Iterable[str]) -> pd.DataFrame:
    """`table` with the rows of `account_ids` recomputed (after an edit of those accounts),
    so a view need not recompute the whole portfolio: a few milliseconds per account instead
    of seconds. Accounts that left the scope (deleted, inactive) are dropped; new ones are
    added in code order. Same `today` and rules as the table."""
    today = table.attrs.get("today") or date.today()
    rules = table.attrs.get("rules") or AttentionRules()
    keys = [parse_id(a, "account").hex for a in account_ids]
    end = table["sales_end"].iloc[0] if len(table) else _LOOK_UP
    fresh = [attention_table(uow, today=today, rules=rules, account_id=k, sales_end=end)
             for k in keys]
    if all(k in table.index and len(f) == 1 for k, f in zip(keys, fresh, strict=True)):
        # The common case (an edit of a listed account): overwrite its row, cell by cell so
        # every column keeps its dtype; no reordering of 100,000 rows.
        out = table.copy()
        for key, row in zip(keys, fresh, strict=True):
            for column, value in row.iloc[0].items():
                out.at[key, column] = value
        return out
    kept = table.drop(index=[k for k in keys if k in table.index])
    parts = [kept, *(f for f in fresh if not f.empty)]
    out = pd.concat(parts) if len(parts) > 1 else kept.copy()
    if len(parts) > 1:
        out = out.iloc[np.argsort(out["code"].to_numpy(dtype=object), kind="stable")]
        out.index = pd.Index(out.index.to_numpy(dtype=object), dtype=object, name="id")
    out.attrs = dict(table.attrs)
    return out


__all__ = [
    "DEFAULT_CADENCE", "RULES", "AttentionItem", "AttentionRules", "Rule", "account_attention",
    "attention_items", "attention_list", "attention_table", "flagged_ids", "refresh_attention",
    "rule_counts", "sales_end_date", "sales_windows", "tier_rank", "with_reasons",
]
