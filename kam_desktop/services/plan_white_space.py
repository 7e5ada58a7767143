"""What the sales lines say for an account plan: white space and the objectives' current values.

Both use the window the Overview tab and classification use: the trailing months ending on the
newest sales line in the database, but not after today (`attention.sales_end_date`), so a plan
quotes the same figures as the rest of the app.

White space: the product categories the portfolio (every account not deleted) bought in the
window — net revenue above zero — that this account did not buy in the window (no line of that
category with a positive amount). They are ranked by the portfolio's revenue in the category.
Categories are compared after trimming spaces; lines without a category are ignored. Both
parts are SQL aggregates: the portfolio's, which scans the window's sales lines once and is cached
until the data changes (see `_cached`), and the account's, one indexed query.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from kam_desktop.models.enums import ObjectiveMetric
from kam_desktop.models.meta import GENERATION_KEY
from kam_desktop.services.attention import sales_end_date
from kam_desktop.services.classification import Window
from kam_desktop.services.edits import parse_id
from kam_desktop.storage.unit_of_work import UnitOfWork

DEFAULT_MONTHS = 12


@dataclass(frozen=True)
class WhiteSpaceSuggestion:
    product_category: str
    portfolio_revenue: float  # net sales of the category to the portfolio in the window
    buyers: int  # accounts that bought the category in the window
    last_bought: date | None  # this account's last purchase of it, ever (None: never bought)


def sales_window(uow: UnitOfWork, months: int = DEFAULT_MONTHS, *,
                 today: date | None = None) -> Window | None:
    """The last `months` months of sales (None when the database has no sales lines)."""
    conn = _connection(uow)
    today = today or date.today()
    end = _cached(conn, ("end", today), lambda: sales_end_date(conn, today))
    if end is None:
        return None
    return Window(_window_start(end, months), end)


def _window_start(end: date, months: int) -> date:
    """The first day of `months` months ending on `end`: the same day `months` months before,
    plus one (as `Window.trailing_year`; the 31st steps back to the month's last day)."""
    total = end.year * 12 + end.month - 1 - months
    year, month = divmod(total, 12)
    for day in (end.day, 30, 29, 28):
        try:
            return date(year, month + 1, day) + timedelta(days=1)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


# The portfolio's figures are the same for every account: they are kept per database file and
# data generation (`app_meta.generation`, bumped by every committed write), so moving from one
# account's plan to the next costs one indexed query, not a scan of the portfolio's sales
# (about 4 s at 100,000 accounts and 2 million sales lines).
_CACHE: dict[tuple[Any, ...], Any] = {}
_CACHE_SIZE = 16


def _connection(uow: UnitOfWork) -> sqlite3.Connection:
    return uow.session.connection().connection.driver_connection


def _cached(conn: sqlite3.Connection, key: tuple[Any, ...], compute: Any) -> Any:
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    # The counter with its row id and time: a backup restored into the same file has an
    # older stamp even where its counter happens to be equal.
    stamp = conn.execute("SELECT id, value, updated_at FROM app_meta WHERE key = ?",
                         (GENERATION_KEY,)).fetchone()
    if not path:  # an in-memory database: nothing identifies it across connections
        return compute()
    full = (path, stamp, *key)
    if full not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[full] = compute()
    return _CACHE[full]


_PORTFOLIO_SQL = """
SELECT trim(product_category) AS category, total(amount) AS revenue,
       count(DISTINCT CASE WHEN amount > 0 THEN account_id END) AS buyers
  FROM sales_lines
 WHERE order_date BETWEEN ? AND ?
   AND product_category IS NOT NULL AND trim(product_category) <> ''
   AND account_id NOT IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL)
 GROUP BY 1
HAVING total(amount) > 0
"""

_ACCOUNT_SQL = """
SELECT trim(product_category) AS category,
       max(CASE WHEN order_date BETWEEN ? AND ? AND amount > 0 THEN 1 ELSE 0 END) AS in_window,
       max(CASE WHEN amount > 0 THEN order_date END) AS last_bought
  FROM sales_lines
 WHERE account_id = ? AND product_category IS NOT NULL
 GROUP BY 1
"""


def derive_white_space(uow: UnitOfWork, account_id: str, *, months: int = DEFAULT_MONTHS,
                       today: date | None = None, limit: int | None = None
                       ) -> list[WhiteSpaceSuggestion]:
    """The categories the account has not bought in the last `months` months that the
    portfolio did, by the portfolio's revenue in them (largest first)."""
    if months < 1:
        raise ValueError("months must be at least 1")
    key = parse_id(account_id, "account").hex
    window = sales_window(uow, months, today=today)
    if window is None:
        return []
    conn = _connection(uow)
    span = (window.start.isoformat(), window.end.isoformat())
    portfolio = _cached(conn, ("portfolio", *span),
                        lambda: tuple(conn.execute(_PORTFOLIO_SQL, span).fetchall()))
    mine = {category: (in_window, last) for category, in_window, last
            in conn.execute(_ACCOUNT_SQL, (*span, key)).fetchall()}
    found = [WhiteSpaceSuggestion(
                product_category=category, portfolio_revenue=round(revenue, 2), buyers=buyers,
                last_bought=date.fromisoformat(mine[category][1])
                if category in mine and mine[category][1] else None)
             for category, revenue, buyers in portfolio
             if not (category in mine and mine[category][0])]
    found.sort(key=lambda w: (-w.portfolio_revenue, w.product_category))
    return found[:limit] if limit is not None else found


# --- current values of objectives -------------------------------------------------------------

# Units people write money in, and what one of them is worth. Currency words are ignored:
# "万元", "CNY 10k", "k USD", "百万" all work; anything else is not a money unit.
_CURRENCY = re.compile(r"cny|rmb|usd|eur|hkd|元|人民币|¥|￥|\$|€|\s|\(|\)|（|）")
_SCALES = {
    "": 1.0, "k": 1e3, "千": 1e3, "thousand": 1e3, "万": 1e4, "10k": 1e4,
    "m": 1e6, "mn": 1e6, "mio": 1e6, "million": 1e6, "百万": 1e6, "亿": 1e8,
}
_MARGIN_WORDS = ("margin", "毛利率", "利润率", "毛利")


def money_scale(unit: str | None) -> float | None:
    """What one `unit` is in currency units (`万元` → 10,000), None if it is not money."""
    cleaned = _CURRENCY.sub("", (unit or "").strip().casefold())
    return _SCALES.get(cleaned)


@dataclass(frozen=True)
class ObjectiveValues:
    """The account's last 12 months, for the current values of its objectives."""

    window: Window | None  # None: the database has no sales lines
    revenue: float | None
    profit: float | None  # None when no line carries a profit or a cost
    margin: float | None  # profit / revenue (a fraction)

    def value_for(self, metric: str, unit: str | None, description: str = "") -> float | None:
        """The current value of an objective, in its unit; None when the sales say nothing
        about it. Revenue and profit in any money unit (`万元` divides by 10,000); an "other"
        objective in `%` whose description mentions margin (毛利率) gets the margin."""
        if metric in (ObjectiveMetric.REVENUE.value, ObjectiveMetric.PROFIT.value):
            amount = self.revenue if metric == ObjectiveMetric.REVENUE.value else self.profit
            scale = money_scale(unit)
            if amount is None or scale is None:
                return None
            return round(amount / scale, 2)
        if (metric == ObjectiveMetric.OTHER.value and (unit or "").strip() == "%"
                and self.margin is not None
                and any(w in description.casefold() for w in _MARGIN_WORDS)):
            return round(self.margin * 100, 1)
        return None

    def apply(self, objectives: Sequence[Any]) -> tuple[Any, ...]:
        """The objectives (dataclasses with `metric`, `unit`, `description`, `current_value`)
        with the current values the sales give; the others unchanged."""
        out = []
        for objective in objectives:
            value = self.value_for(objective.metric, objective.unit,
                                   objective.description or "")
            out.append(objective if value is None
                       else replace(objective, current_value=value))
        return tuple(out)


def suggest_objective_values(uow: UnitOfWork, account_id: str, *,
                             today: date | None = None) -> ObjectiveValues:
    """Revenue, profit and margin of the account's last 12 months of sales."""
    key = parse_id(account_id, "account").hex
    window = sales_window(uow, 12, today=today)
    if window is None:
        return ObjectiveValues(window=None, revenue=None, profit=None, margin=None)
    conn = _connection(uow)
    revenue, profit = conn.execute(
        "SELECT total(amount), sum(coalesce(profit, amount - cost)) FROM sales_lines "
        "WHERE account_id = ? AND order_date BETWEEN ? AND ?",
        (key, window.start.isoformat(), window.end.isoformat())).fetchone()
    revenue = round(revenue, 2)
    profit = round(profit, 2) if profit is not None else None
    margin = profit / revenue if profit is not None and revenue > 0 else None
    return ObjectiveValues(window=window, revenue=revenue, profit=profit, margin=margin)


__all__ = [
    "DEFAULT_MONTHS", "ObjectiveValues", "WhiteSpaceSuggestion", "derive_white_space",
    "money_scale", "sales_window", "suggest_objective_values",
]
