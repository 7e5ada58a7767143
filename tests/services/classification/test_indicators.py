"""Every indicator of CLASSIFICATION.md on the hand-made portfolio, and the window rules."""

from __future__ import annotations

import math
import sqlite3
from datetime import date

import numpy as np
import pandas as pd
import pytest

from kam_desktop.errors import InvalidInputError
from kam_desktop.services.classification import indicators
from kam_desktop.services.classification.indicators import (
    INDICATORS,
    Window,
    build_queries,
    compute_indicators,
    resolve_window,
)
from kam_desktop.storage.database import Database
from tests.services.classification.conftest import END, Portfolio


def by_code(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index("code")


def test_window_defaults_and_the_prior_window() -> None:
    w = Window.trailing_year(END)
    assert (w.start, w.end, w.days) == (date(2024, 1, 1), END, 366)
    assert (w.prior_start, w.prior_end) == (date(2022, 12, 31), date(2023, 12, 31))
    leap = Window.trailing_year(date(2024, 2, 29))
    assert leap.start == date(2023, 3, 1)  # 29 Feb minus 12 months is 28 Feb, plus one day
    with pytest.raises(InvalidInputError, match="after its end"):
        Window(date(2024, 2, 1), date(2024, 1, 1))


def test_resolve_window(db: Database, portfolio: Portfolio) -> None:
    assert resolve_window(db) == Window(date(2024, 1, 1), END)
    assert resolve_window(db, start=date(2024, 7, 1)) == Window(date(2024, 7, 1), END)
    assert resolve_window(db, end=date(2023, 6, 30)) == Window(date(2022, 7, 1),
                                                                date(2023, 6, 30))
    with pytest.raises(InvalidInputError, match="after the latest sales line"):
        resolve_window(db, start=date(2025, 3, 1))


def test_window_without_any_sales_ends_today(db: Database) -> None:
    assert resolve_window(db).end == date.today()


def test_every_indicator_by_hand(db: Database, portfolio: Portfolio) -> None:
    frame = compute_indicators(db)
    assert list(frame.columns) == ["code", "name", *INDICATORS]
    assert frame.attrs["window"] == Window(date(2024, 1, 1), END)
    # In scope: not deleted, not inactive (a prospect is in); ordered by code; id as index.
    assert frame["code"].tolist() == ["A001", "A002", "A003", "A006"]
    assert frame.index.tolist() == [portfolio.ids[c] for c in ("A001", "A002", "A003", "A006")]
    f = by_code(frame)

    a1 = f.loc["A001"]
    assert a1["name"] == "Alpha 阿尔法"
    assert a1["sales"] == 400
    assert a1["profit"] == 60  # (100 − 60) + 20; the 250 line has neither cost nor profit
    assert a1["margin"] == pytest.approx(0.15)
    assert a1["orders"] == 2 and a1["avg_order_value"] == 200
    assert a1["growth"] == pytest.approx(1.0)  # (400 − 200) / 200
    assert a1["recency_days"] == 0
    assert a1["outstanding"] == 1100  # 600 + 500; INV3 is dated after the end
    assert a1["overdue"] == 600
    assert a1["collection_days"] == pytest.approx((100 * 30 + 300 * 60) / 400)
    assert a1["company_size"] == 500 and a1["value_fit"] == 5 and a1["industry"] == "制造业"
    assert math.isnan(a1["procurement_fit"]) and math.isnan(a1["company_profit"])
    assert a1["csat"] == 4  # (5 + 3) / 2; one response has no CSAT
    assert a1["nps"] == pytest.approx(0.0)  # 100 × (1/3 − 1/3)
    assert a1["relationship"] == pytest.approx((4 + 2 + 3 + 5) / 4)  # active, not deleted
    assert a1["coverage"] == 1  # decision maker twice; strength 2 and no role do not count

    a2 = f.loc["A002"]
    assert (a2["sales"], a2["orders"], a2["avg_order_value"]) == (300, 1, 300)
    assert math.isnan(a2["profit"]) and math.isnan(a2["margin"]) and math.isnan(a2["growth"])
    assert a2["recency_days"] == (END - date(2024, 6, 30)).days
    assert (a2["outstanding"], a2["overdue"]) == (0, 0)
    assert math.isnan(a2["collection_days"]) and math.isnan(a2["csat"])
    assert a2["nps"] == 100
    assert math.isnan(a2["relationship"]) and a2["coverage"] == 0

    a3 = f.loc["A003"]  # no data: sums are 0, ratios and means are null
    assert (a3["sales"], a3["orders"], a3["outstanding"], a3["coverage"]) == (0, 0, 0, 0)
    for key in ("profit", "margin", "avg_order_value", "growth", "recency_days",
                "collection_days", "csat", "nps", "relationship"):
        assert math.isnan(a3[key]), key
    assert pd.isna(a3["industry"])

    a6 = f.loc["A006"]  # a return only
    assert a6["sales"] == -80 and math.isnan(a6["margin"])
    assert a6["growth"] == pytest.approx((-80 - 100) / 100)
    assert a6["recency_days"] == (END - date(2024, 2, 1)).days


def test_other_windows(db: Database, portfolio: Portfolio) -> None:
    f = by_code(compute_indicators(db, Window(date(2024, 6, 1), date(2024, 6, 30))))
    assert f.loc["A002", "sales"] == 300 and f.loc["A001", "sales"] == 0
    # recency looks back before the window; receivables are as of the window's end
    assert f.loc["A001", "recency_days"] == (date(2024, 6, 30) - date(2024, 3, 1)).days
    assert f.loc["A001", "outstanding"] == 0  # INV1 and INV2 are dated later
    assert f.loc["A001", "collection_days"] == pytest.approx(np.nan, nan_ok=True)
    assert f.loc["A001", "csat"] == 3  # the June response only


def test_only_the_requested_indicators(db: Database, portfolio: Portfolio) -> None:
    frame = compute_indicators(db, keys=["recency_days", "sales"])
    assert list(frame.columns) == ["code", "name", "recency_days", "sales"]
    assert list(build_queries(["sales"])) == ["sales", "accounts"]
    assert list(build_queries(["avg_order_value", "growth"])) == ["sales", "prior", "accounts"]
    assert list(build_queries(["industry"])) == ["accounts"]
    # Each query reads only what is asked for (count(DISTINCT order_no) costs a quarter more).
    assert build_queries(["sales"])["sales"].columns == ("sales",)
    assert build_queries(["margin", "orders"])["sales"].columns == ("sales", "profit", "orders")
    assert build_queries(["industry"])["accounts"].columns == ("id", "code", "name", "industry")
    with pytest.raises(InvalidInputError, match="Unknown indicator 'turnover'"):
        compute_indicators(db, keys=["turnover"])


def test_recency_alone_and_beside_the_sales_agree(db: Database, portfolio: Portfolio) -> None:
    """Beside the sales, the window's last line gives the recency and only accounts without a
    line in the window are probed; alone, every account is probed."""
    assert "recency_days" in build_queries(["recency_days", "sales"])["sales"].columns
    assert "recency_days" in build_queries(["recency_days"])["accounts"].columns
    for window in (None, Window(date(2024, 6, 1), date(2024, 6, 30))):
        alone = compute_indicators(db, window, ["recency_days"])["recency_days"]
        beside = compute_indicators(db, window, ["sales", "recency_days"])["recency_days"]
        pd.testing.assert_series_equal(alone, beside)
    assert by_code(compute_indicators(db, keys=["recency_days"]))["recency_days"].isna().tolist() \
        == [False, False, True, False]  # A003 never ordered


def test_parallel_serial_and_unit_of_work_agree(db: Database, portfolio: Portfolio,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indicators, "_cpus", lambda: 2)
    files = [db.path, db.path.with_name(db.path.name + "-wal")]  # not -shm: readers' marks
    before = [f.read_bytes() for f in files]
    parallel = compute_indicators(db)  # two threads, the big queries in halves, staged
    # The workers' answers went through TEMP tables in memory, never into the database file.
    assert [f.read_bytes() for f in files] == before
    monkeypatch.setattr(indicators, "_cpus", lambda: 1)
    serial = compute_indicators(db)
    with db.unit_of_work() as uow:
        in_uow = compute_indicators(uow)
        mmap = uow.session.connection().connection.driver_connection.execute(
            "PRAGMA mmap_size").fetchone()[0]
    assert mmap == 0  # the borrowed connection is left as it was
    pd.testing.assert_frame_equal(parallel, serial)
    pd.testing.assert_frame_equal(serial, in_uow)


def test_the_window_worked_out_beside_the_queries(db: Database, portfolio: Portfolio,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a window, the queries that need none start while a worker finds the latest
    sales date; the frame says which window it used. Errors of resolve_window come through."""
    for cpus in (2, 1):
        monkeypatch.setattr(indicators, "_cpus", lambda cpus=cpus: cpus)
        frame = compute_indicators(db, start=date(2024, 7, 1))
        assert frame.attrs["window"] == Window(date(2024, 7, 1), END)
        given = compute_indicators(db, Window(date(2024, 7, 1), END))
        pd.testing.assert_frame_equal(frame, given)
        assert compute_indicators(db, end=date(2023, 6, 30)).attrs["window"] == Window(
            date(2022, 7, 1), date(2023, 6, 30))
        with pytest.raises(InvalidInputError, match="after the latest sales line"):
            compute_indicators(db, start=date(2025, 3, 1))
    assert not build_queries(["industry"])["accounts"].windowed
    assert build_queries(["recency_days"])["accounts"].windowed  # the probe needs :end
    assert not build_queries(["coverage"])["contacts"].windowed


def test_progress_and_cancel(db: Database, portfolio: Portfolio,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    from kam_desktop.errors import KamError

    for cpus in (1, 2):
        monkeypatch.setattr(indicators, "_cpus", lambda cpus=cpus: cpus)
        seen: list[tuple[int, int]] = []
        compute_indicators(db, progress=lambda d, t, _m, seen=seen: seen.append((d, t)))
        assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
        with pytest.raises(KamError, match="cancelled"):
            compute_indicators(db, cancelled=lambda: True)


def test_an_empty_portfolio(db: Database) -> None:
    frame = compute_indicators(db, Window(date(2024, 1, 1), END))
    assert len(frame) == 0 and list(frame.columns) == ["code", "name", *INDICATORS]


def test_the_staging_readers_cannot_write_the_database(db: Database, portfolio: Portfolio) -> None:
    conn = indicators._reader(db, staging=True)
    try:
        conn.execute("CREATE TABLE temp.kam_scratch AS SELECT 1 AS a")  # its own TEMP tables
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("CREATE TABLE main.kam_scratch AS SELECT 1 AS a")
    finally:
        conn.close()
