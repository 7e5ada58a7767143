"""Dashboard figures against independent SQL and pandas written here."""

from __future__ import annotations

import sqlite3
from datetime import date

import numpy as np
import pandas as pd
import pytest

from kam_desktop.services.classification import Window, classify
from kam_desktop.services.dashboard import (
    UNCLASSIFIED,
    build_dashboard,
    revenue_concentration,
    tier_summary,
)
from kam_desktop.services.demo import generate_demo
from kam_desktop.storage.database import Database

AS_OF = date(2026, 3, 15)


@pytest.fixture
def classified(db: Database) -> Database:
    generate_demo(db, accounts=150, seed=11, as_of=AS_OF)
    classify(db, "ABC by sales", user="test")
    return db


def independent(db: Database) -> tuple[pd.DataFrame, Window]:
    """12-month sales and tier in force per account in scope, straight from the tables."""
    conn = sqlite3.connect(db.path)
    end = date.fromisoformat(conn.execute("SELECT max(order_date) FROM sales_lines "
                                          "WHERE order_date <= ?", (AS_OF.isoformat(),))
                             .fetchone()[0])
    window = Window.trailing_year(end)
    frame = pd.read_sql_query(
        """SELECT a.code,
                  (SELECT r.tier FROM tier_results r JOIN tier_runs t ON t.id = r.run_id
                    WHERE r.account_id = a.id ORDER BY t.ran_at DESC LIMIT 1) AS tier,
                  (SELECT total(s.amount) FROM sales_lines s WHERE s.account_id = a.id
                      AND s.order_date BETWEEN ? AND ?) AS sales,
                  (SELECT sum(s.amount - s.cost) FROM sales_lines s WHERE s.account_id = a.id
                      AND s.order_date BETWEEN ? AND ?) AS profit
             FROM accounts a WHERE a.deleted_at IS NULL AND a.status <> 'inactive'""",
        conn, params=[window.start.isoformat(), window.end.isoformat()] * 2)
    conn.close()
    return frame, window


def test_dashboard_figures_equal_independent_queries(classified: Database) -> None:
    board = build_dashboard(classified, today=AS_OF)
    expected, window = independent(classified)

    # Accounts and sales by tier.
    by_tier = expected.assign(tier=expected["tier"].fillna(UNCLASSIFIED)).groupby("tier")
    tiers = board.tiers
    assert tiers.index.tolist()[:3] == ["A", "B", "C"]
    assert tiers["accounts"].to_dict() == by_tier.size().to_dict()
    for tier, sales in by_tier["sales"].sum().items():
        assert tiers.loc[tier, "sales"] == pytest.approx(sales, abs=0.05)
    assert tiers["profit"].sum() == pytest.approx(expected["profit"].sum(), rel=1e-9)
    assert tiers["sales_share"].sum() == pytest.approx(1.0)

    # Concentration: top-10 share and Herfindahl index, recomputed here.
    sales = np.sort(expected["sales"][expected["sales"] > 0].to_numpy())[::-1]
    shares = sales / sales.sum()
    c = board.concentration
    assert c.window == window
    assert c.accounts == len(sales)
    assert c.total == pytest.approx(sales.sum(), abs=0.5)
    assert c.top_share == pytest.approx(shares[:10].sum(), rel=1e-9)
    assert c.hhi == pytest.approx((shares ** 2).sum(), rel=1e-9)
    assert c.hhi_points == pytest.approx(10_000 * (shares ** 2).sum(), rel=1e-9)
    assert c.pareto["cum_share"].iloc[-1] == pytest.approx(1.0)
    assert c.pareto["sales"].to_numpy() == pytest.approx(sales, abs=0.01)
    assert c.pareto["rank"].tolist() == list(range(1, len(sales) + 1))

    # The attention list and the agenda are those of their services.
    assert len(board.attention) <= 50
    assert board.attention_total == int((board.attention_table["attention"] > 0).sum())
    assert board.agenda.today == AS_OF
    assert sum(board.agenda.counts.values()) > 0


def test_concentration_edge_cases() -> None:
    frame = pd.DataFrame({"code": ["A", "B", "C", "D"], "name": list("abcd"),
                          "tier": ["S", None, "A", "B"], "sales": [50.0, 50.0, 0.0, -10.0],
                          "profit": [1.0, 2.0, np.nan, np.nan]},
                         index=["1", "2", "3", "4"])
    c = revenue_concentration(frame, top_n=1)
    assert (c.accounts, c.total, c.top_share, c.hhi, c.equivalent_accounts) == (
        2, 100.0, 0.5, 0.5, 2.0)
    assert c.pareto["code"].tolist() == ["A", "B"]  # ties by code
    empty = revenue_concentration(frame.iloc[0:0])
    assert (empty.accounts, empty.total, empty.hhi) == (0, 0.0, 0.0)
    summary = tier_summary(frame)
    assert summary.index.tolist() == ["S", "A", "B", UNCLASSIFIED]
