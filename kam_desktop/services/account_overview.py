"""One account's Overview and Sales tabs: profile, tier and why, the 12-month figures, last
visit, latest NPS/CSAT, coverage, attention; sales lines and the monthly series.

The 12 months are the trailing year that classification uses (`Window.trailing_year`), ending
on the newest sales line in the database but not after today, so the Overview and the tier
explanation quote the same sales; growth compares with the 12 months before.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pandas as pd

from kam_desktop.errors import NotFoundError
from kam_desktop.services.account_editing import AccountRecord, get_account_record
from kam_desktop.services.accounts import TIER_SQL
from kam_desktop.services.attention import (
    AttentionItem,
    AttentionRules,
    attention_items,
    attention_table,
    sales_end_date,
)
from kam_desktop.services.classification import Explanation, Window, explain
from kam_desktop.services.contacts import Coverage, buying_center_coverage
from kam_desktop.services.edits import parse_id
from kam_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class AccountOverview:
    account: AccountRecord
    tier: str | None  # in force (an override wins)
    explanation: Explanation | None  # None: never classified
    window: Window | None  # the 12 months; None when the database has no sales
    sales: float
    profit: float | None  # None when no line carries a profit or a cost
    margin: float | None  # profit / sales
    prior_sales: float
    growth: float | None  # (sales − prior) / prior; None without prior sales
    outstanding: float
    overdue: float  # open amounts past due as of today
    last_visit: datetime | None  # last done visit of a cadence kind (see AttentionRules)
    last_contact: datetime | None  # last done touch point of any kind
    next_visit: datetime | None  # next planned visit from today
    cadence_days: int | None
    visit_due: date | None  # last visit (or creation) + cadence
    latest_nps: int | None
    latest_nps_date: date | None
    latest_csat: int | None
    latest_csat_date: date | None
    coverage: Coverage
    attention: list[AttentionItem]


def account_overview(uow: UnitOfWork, account_id: str, *, today: date | None = None,
                     rules: AttentionRules | None = None) -> AccountOverview:
    """Everything the Overview tab shows, from one read transaction."""
    today = today or date.today()
    rules = rules or AttentionRules()
    key = parse_id(account_id, "account").hex
    account = get_account_record(uow, key)
    conn = uow.session.connection().connection.driver_connection
    tier = conn.execute(f"SELECT {TIER_SQL} FROM accounts a WHERE a.id = ?", (key,)
                        ).fetchone()[0]
    try:
        explanation: Explanation | None = explain(uow, account.code)
    except NotFoundError:
        explanation = None

    end = sales_end_date(conn, today)
    window = Window.trailing_year(end) if end is not None else None
    sales = prior = 0.0
    profit: float | None = None
    if window is not None:
        row = conn.execute(
            """SELECT total(CASE WHEN order_date >= ? THEN amount END),
                      sum(CASE WHEN order_date >= ? THEN coalesce(profit, amount - cost) END),
                      total(CASE WHEN order_date < ? THEN amount END)
                 FROM sales_lines WHERE account_id = ? AND order_date BETWEEN ? AND ?""",
            (window.start.isoformat(), window.start.isoformat(), window.start.isoformat(), key,
             window.prior_start.isoformat(), window.end.isoformat())).fetchone()
        sales, profit, prior = round(row[0], 2), row[1], round(row[2], 2)
        profit = round(profit, 2) if profit is not None else None

    table = attention_table(uow, today=today, rules=rules, account_id=key, sales_end=end)
    outstanding, overdue = _open_amounts(conn, key, today)
    last_visit = _visit_time(conn, key, today, rules.visit_kinds)
    last_contact = _visit_time(conn, key, today, None)
    next_visit = conn.execute(
        "SELECT min(visit_at) FROM visits WHERE account_id = ? AND deleted_at IS NULL "
        "AND status = 'planned' AND visit_at >= ?", (key, today.isoformat())).fetchone()[0]
    cadence = rules.cadence_for(tier)
    since = last_visit.date() if last_visit else account.created_at.date()
    nps, nps_day = _latest(conn, key, "nps", today)
    csat, csat_day = _latest(conn, key, "csat", today)
    return AccountOverview(
        account=account, tier=tier, explanation=explanation, window=window, sales=sales,
        profit=profit, margin=profit / sales if profit is not None and sales > 0 else None,
        prior_sales=prior, growth=(sales - prior) / prior if prior > 0 else None,
        outstanding=outstanding, overdue=overdue, last_visit=last_visit,
        last_contact=last_contact,
        next_visit=datetime.fromisoformat(next_visit) if next_visit else None,
        cadence_days=cadence,
        visit_due=since + timedelta(days=cadence) if cadence else None,
        latest_nps=nps, latest_nps_date=nps_day, latest_csat=csat, latest_csat_date=csat_day,
        coverage=buying_center_coverage(uow, key),
        attention=attention_items(table, key),
    )


def _open_amounts(conn: sqlite3.Connection, key: str, today: date) -> tuple[float, float]:
    row = conn.execute(
        """SELECT total(outstanding),
                  total(CASE WHEN due_date < ? AND outstanding > 0 THEN outstanding END)
             FROM receivables WHERE account_id = ? AND invoice_date <= ? AND outstanding <> 0""",
        (today.isoformat(), key, today.isoformat())).fetchone()
    return round(row[0], 2), round(row[1], 2)


def _visit_time(conn: sqlite3.Connection, key: str, today: date,
                kinds: tuple[str, ...] | None) -> datetime | None:
    sql = ("SELECT max(visit_at) FROM visits WHERE account_id = ? AND deleted_at IS NULL "
           "AND status = 'done' AND visit_at < date(?, '+1 day')")
    params: list[object] = [key, today.isoformat()]
    if kinds is not None:
        sql += f" AND kind IN ({', '.join('?' * len(kinds))})"
        params += list(kinds)
    value = conn.execute(sql, params).fetchone()[0]
    return datetime.fromisoformat(value) if value else None


def _latest(conn: sqlite3.Connection, key: str, column: str,
            today: date) -> tuple[int | None, date | None]:
    row = conn.execute(
        f"SELECT {column}, response_date FROM survey_responses WHERE account_id = ? "
        f"AND deleted_at IS NULL AND {column} IS NOT NULL AND response_date <= ? "
        "ORDER BY response_date DESC, created_at DESC LIMIT 1",
        (key, today.isoformat())).fetchone()
    return (row[0], date.fromisoformat(row[1])) if row else (None, None)


MONTHLY_COLUMNS = ("month", "sales", "profit", "lines", "orders")


def monthly_sales(uow: UnitOfWork, account_id: str, *, months: int = 24,
                  end: date | None = None) -> pd.DataFrame:
    """The Sales chart: one row per calendar month, the last `months` months up to `end`
    (default: the newest sales line, not after today), months without sales as zeros.
    `month` is the first day of the month (a date); `profit` NaN where no line has one."""
    key = parse_id(account_id, "account").hex
    conn = uow.session.connection().connection.driver_connection
    end = end or sales_end_date(conn, date.today()) or date.today()
    first = (pd.Timestamp(end.year, end.month, 1) - pd.DateOffset(months=months - 1)).date()
    rows = conn.execute(
        """SELECT substr(order_date, 1, 7), total(amount),
                  sum(coalesce(profit, amount - cost)), count(*), count(DISTINCT order_no)
             FROM sales_lines WHERE account_id = ? AND order_date BETWEEN ? AND ?
            GROUP BY 1""", (key, first.isoformat(), end.isoformat())).fetchall()
    found = {r[0]: r[1:] for r in rows}
    out = []
    for month in pd.period_range(first, end, freq="M"):
        sales, profit, lines, orders = found.get(str(month), (0.0, None, 0, 0))
        out.append((month.start_time.date(), round(sales, 2),
                    round(profit, 2) if profit is not None else float("nan"), lines, orders))
    frame = pd.DataFrame(out, columns=list(MONTHLY_COLUMNS))
    frame["month"] = frame["month"].astype(object)
    return frame


LINE_COLUMNS = ("order_date", "order_no", "line_no", "product_code", "product_name",
                "product_category", "quantity", "unit_price", "discount", "amount", "cost",
                "profit", "currency", "salesperson")


def account_sales_lines(uow: UnitOfWork, account_id: str, *, start: date | None = None,
                        end: date | None = None, limit: int | None = None) -> pd.DataFrame:
    """The account's sales lines, newest first (columns `LINE_COLUMNS`)."""
    key = parse_id(account_id, "account").hex
    where, params = ["account_id = ?"], [key]
    if start is not None:
        where.append("order_date >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append("order_date <= ?")
        params.append(end.isoformat())
    sql = (f"SELECT {', '.join(LINE_COLUMNS)} FROM sales_lines WHERE {' AND '.join(where)} "
           "ORDER BY order_date DESC, order_no DESC, line_key")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    conn = uow.session.connection().connection.driver_connection
    frame = pd.DataFrame(conn.execute(sql, params).fetchall(), columns=list(LINE_COLUMNS),
                         dtype=object)
    frame["order_date"] = [date.fromisoformat(d) for d in frame["order_date"]]
    for column in ("quantity", "unit_price", "discount", "amount", "cost", "profit"):
        frame[column] = pd.to_numeric(frame[column]).astype(float)
    return frame


__all__ = [
    "LINE_COLUMNS", "MONTHLY_COLUMNS", "AccountOverview", "account_overview",
    "account_sales_lines", "monthly_sales",
]
