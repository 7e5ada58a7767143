"""The account Overview and Sales tabs against independent SQL on a demo portfolio."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from kam_desktop.services.account_overview import (
    account_overview,
    account_sales_lines,
    monthly_sales,
)
from kam_desktop.services.classification import Window, classify
from kam_desktop.services.demo import generate_demo
from kam_desktop.storage.database import Database

AS_OF = date(2026, 3, 15)


def test_overview_figures(db: Database) -> None:
    generate_demo(db, accounts=60, seed=5, as_of=AS_OF)
    classify(db, "ABC by sales", user="test")
    conn = sqlite3.connect(db.path)
    account, code = conn.execute(
        "SELECT a.id, a.code FROM accounts a JOIN sales_lines s ON s.account_id = a.id "
        "GROUP BY a.id ORDER BY sum(s.amount) DESC LIMIT 1").fetchone()
    end = date.fromisoformat(conn.execute("SELECT max(order_date) FROM sales_lines").fetchone()[0])
    window = Window.trailing_year(end)

    def total(sql: str, *params: object) -> float:
        return conn.execute(sql, (account, *params)).fetchone()[0] or 0.0

    sales = total("SELECT sum(amount) FROM sales_lines WHERE account_id = ? AND order_date "
                  "BETWEEN ? AND ?", window.start.isoformat(), window.end.isoformat())
    prior = total("SELECT sum(amount) FROM sales_lines WHERE account_id = ? AND order_date "
                  "BETWEEN ? AND ?", window.prior_start.isoformat(), window.prior_end.isoformat())
    overdue = total("SELECT sum(outstanding) FROM receivables WHERE account_id = ? AND "
                    "due_date < ? AND outstanding > 0", AS_OF.isoformat())
    last = conn.execute("SELECT max(visit_at) FROM visits WHERE account_id = ? AND status = "
                        "'done' AND kind IN ('on_site','video','event')", (account,)).fetchone()[0]
    nps = conn.execute("SELECT nps, response_date FROM survey_responses WHERE account_id = ? "
                       "ORDER BY response_date DESC LIMIT 1", (account,)).fetchone()
    conn.close()

    with db.unit_of_work() as uow:
        o = account_overview(uow, account, today=AS_OF)
        months = monthly_sales(uow, account, months=36, end=end)
        lines = account_sales_lines(uow, account)
    assert o.account.code == code
    assert o.tier == "A" and o.explanation is not None and o.explanation.tier == "A"
    assert o.window == window
    assert o.sales == pytest.approx(sales, abs=0.01)
    assert o.prior_sales == pytest.approx(prior, abs=0.01)
    assert o.growth == pytest.approx((sales - prior) / prior)
    assert o.margin == pytest.approx(o.profit / o.sales)
    assert o.overdue == pytest.approx(overdue, abs=0.01)
    assert o.last_visit == (datetime.fromisoformat(last) if last else None)
    if nps is not None:
        assert (o.latest_nps, o.latest_nps_date) == (nps[0], date.fromisoformat(nps[1]))
    assert o.cadence_days == 60
    assert o.coverage.total_roles == 7
    assert o.attention == [i for i in o.attention if i.message]

    assert len(months) == 36
    assert months["month"].iloc[-1] == date(end.year, end.month, 1)
    in_range = lines[lines["order_date"] >= months["month"].iloc[0]]
    assert months["sales"].sum() == pytest.approx(in_range["amount"].sum(), abs=0.05)
    assert months["lines"].sum() == len(in_range)
    assert lines["order_date"].is_monotonic_decreasing


def test_overview_of_a_new_account(db: Database) -> None:
    from kam_desktop.services.account_editing import create_account

    account = create_account(db, {"code": "N1", "name": "New"}).id
    with db.unit_of_work() as uow:
        o = account_overview(uow, account)
        months = monthly_sales(uow, account, months=3)
    assert (o.tier, o.explanation, o.window, o.sales, o.growth) == (None, None, None, 0.0, None)
    assert o.cadence_days is None and o.visit_due is None and o.attention == []
    assert months["sales"].tolist() == [0.0, 0.0, 0.0]
