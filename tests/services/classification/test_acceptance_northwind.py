"""Acceptance: tiers of the real Northwind sales, brought in through the real import, against an
independent recomputation written here from CLASSIFICATION.md in plain pandas (nothing of
kam_desktop.services.classification is used for the expectations).

Northwind's order lines have no cost, so `profit` is null for every account; returns are added
through a second import so that some accounts have negative lines, and one ends the window with
negative sales. Ratings, company sizes and industries are set on some accounts only, so every
missing-value rule has work to do.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kam_desktop.services.classification import (
    ABC_BY_SALES,
    IndicatorRule,
    Policy,
    TierLevel,
    classify,
    run_results,
)
from kam_desktop.services.importing.fields import ImportKindName
from kam_desktop.services.importing.pipeline import import_file
from kam_desktop.services.importing.result import ImportRequest
from kam_desktop.storage.database import Database

pytestmark = pytest.mark.shared_data

INDUSTRY_SCORES = {"制造业": 80.0, "零售": 50.0, "金融": 90.0}  # "农业" is left unlisted


def weighted_policy(mode: str) -> Policy:
    levels = ((TierLevel("S", min=80), TierLevel("A", min=60), TierLevel("B", min=40),
               TierLevel("C", min=0)) if mode == "cutoffs" else
              (TierLevel("S", share=0.05), TierLevel("A", share=0.15),
               TierLevel("B", share=0.30), TierLevel("C")))
    return Policy(
        name=f"Northwind {mode}", method="weighted", mode=mode, levels=levels,
        indicators=(
            IndicatorRule("sales", 30),  # percentile, higher, worst
            IndicatorRule("orders", 10, normalize="minmax"),
            IndicatorRule("avg_order_value", 10, missing="neutral"),
            IndicatorRule("recency_days", 15, direction="lower", normalize="minmax"),
            IndicatorRule("growth", 15, missing="exclude"),
            IndicatorRule("value_fit", 10, normalize="minmax", missing="neutral"),
            IndicatorRule("company_size", 5, direction="lower", missing="worst"),
            IndicatorRule("industry", 5, missing="neutral", scores=INDUSTRY_SCORES),
            IndicatorRule("profit", 5, missing="exclude"),  # null for every account
        ),
    )


# --- the data ------------------------------------------------------------------------------------


@pytest.fixture
def northwind(db: Database, northwind_sales: tuple[Path, pd.DataFrame],
              tmp_path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Import the Northwind sales and a file of returns; set some master data by hand.
    Returns (all lines with `amount`, the master data set) for the expectations."""
    path, lines = northwind_sales
    assert import_file(db, ImportRequest(kind=ImportKindName.SALES, path=path)).committed
    recent = lines[lines["OrderDate"] >= "1998-01-01"]
    small = recent.groupby("CustomerID")["UnitPrice"].count().sort_index().index[:3]
    returns = lines[lines["CustomerID"].isin(small)].groupby("CustomerID").head(1).copy()
    returns["OrderID"] = range(90001, 90001 + len(returns))
    returns["OrderDate"] = pd.Timestamp("1998-04-15")
    returns["Quantity"] = -returns["Quantity"] * np.array([1, 2, 400])[:len(returns)]
    returns_path = tmp_path / "returns.xlsx"
    returns.to_excel(returns_path, index=False, sheet_name="Sales")
    assert import_file(db, ImportRequest(kind=ImportKindName.SALES,
                                         path=returns_path)).committed
    all_lines = pd.concat([lines, returns], ignore_index=True)
    all_lines["amount"] = (all_lines["UnitPrice"] * all_lines["Quantity"]
                           * (1 - all_lines["Discount"])).round(2)

    codes = sorted(all_lines["CustomerID"].unique())
    master = pd.DataFrame(index=pd.Index(codes, name="code"))
    master["value_fit"] = [1 + i % 5 if i % 3 == 0 else np.nan for i in range(len(codes))]
    master["company_size"] = [10.0 * (i % 7 + 1) if i % 4 == 0 else np.nan
                              for i in range(len(codes))]
    cycle = ["制造业", "零售", "金融", "农业"]
    master["industry"] = [cycle[i // 2 % 4] if i % 2 == 0 else None for i in range(len(codes))]
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        conn.executemany(
            "UPDATE accounts SET value_fit = ?, company_size = ?, industry = ? WHERE code = ?",
            [(None if np.isnan(r.value_fit) else int(r.value_fit),
              None if np.isnan(r.company_size) else int(r.company_size), r.industry, code)
             for code, r in master.iterrows()],
        )
        uow.commit()
    return all_lines, master


# --- the independent recomputation (CLASSIFICATION.md, by hand) ----------------------------------


def expected_indicators(lines: pd.DataFrame, master: pd.DataFrame) -> pd.DataFrame:
    end = lines["OrderDate"].max().date()
    start = date(end.year - 1, end.month, end.day) + timedelta(days=1)
    days = (end - start).days + 1
    prior_start, prior_end = start - timedelta(days=days), start - timedelta(days=1)
    day = lines["OrderDate"].dt.date
    window = lines[(day >= start) & (day <= end)]
    prior = lines[(day >= prior_start) & (day <= prior_end)]
    codes = master.index
    out = pd.DataFrame(index=codes)
    out["sales"] = window.groupby("CustomerID")["amount"].sum().reindex(codes, fill_value=0.0)
    out["orders"] = window.groupby("CustomerID")["OrderID"].nunique().reindex(codes,
                                                                               fill_value=0)
    out["avg_order_value"] = (out["sales"] / out["orders"]).where(out["orders"] > 0)
    prior_sales = prior.groupby("CustomerID")["amount"].sum().reindex(codes, fill_value=0.0)
    out["growth"] = ((out["sales"] - prior_sales) / prior_sales).where(prior_sales > 0)
    last = lines[day <= end].groupby("CustomerID")["OrderDate"].max().reindex(codes)
    out["recency_days"] = (pd.Timestamp(end) - last).dt.days.astype(float)
    out["profit"] = np.nan  # no line has a cost or a profit
    out = out.join(master)
    out.attrs["window"] = (start, end)
    return out


def expected_abc(x: pd.Series, cuts: tuple[float, ...] = (0.80, 0.95),
                 labels: tuple[str, ...] = ("A", "B", "C")) -> pd.Series:
    positive = x[x > 0]
    ordered = pd.DataFrame({"x": positive.to_numpy(), "code": positive.index},
                           index=positive.index.rename(None))
    ordered = ordered.sort_values(["x", "code"], ascending=[False, True])
    before = ordered["x"].cumsum() - ordered["x"]
    share = before / ordered["x"].sum()
    tier = pd.Series(labels[-1], index=x.index)
    for code, p in share.items():
        tier[code] = next((lab for lab, c in zip(labels, cuts, strict=False) if c > p),
                          labels[-1])
    return tier


def percentile(s: pd.Series, lower: bool) -> pd.Series:
    v = s.dropna()
    r = (-v if lower else v).rank(method="average")
    n = len(v)
    norm = 100 * (r - 1) / (n - 1) if n > 1 else pd.Series(100.0, index=v.index)
    return norm.reindex(s.index)


def minmax(s: pd.Series, lower: bool) -> pd.Series:
    lo, hi = s.min(), s.max()
    if hi == lo:
        return pd.Series(50.0, index=s.index).where(s.notna())
    return 100 * ((hi - s) if lower else (s - lo)) / (hi - lo)


def expected_scores(ind: pd.DataFrame, policy: Policy) -> pd.Series:
    numerator = pd.Series(0.0, index=ind.index)
    denominator = pd.Series(0.0, index=ind.index)
    for rule in policy.indicators:
        if rule.scores is not None:
            norm = ind[rule.key].map(lambda v, t=rule.scores: t.get(v, np.nan)).astype(float)
        elif rule.normalize == "minmax":
            norm = minmax(ind[rule.key], rule.direction == "lower")
        else:
            norm = percentile(ind[rule.key], rule.direction == "lower")
        weight = pd.Series(rule.weight, index=ind.index)
        if rule.missing == "worst":
            norm = norm.fillna(0.0)
        elif rule.missing == "neutral":
            norm = norm.fillna(50.0)
        else:
            weight = weight.where(norm.notna(), 0.0)
            norm = norm.fillna(0.0)
        numerator = numerator + weight * norm
        denominator = denominator + weight
    return numerator / denominator


def expected_tiers(score: pd.Series, policy: Policy) -> pd.Series:
    if policy.mode == "cutoffs":
        return score.map(lambda s: next(lv.label for lv in policy.levels
                                        if lv.min is None or s >= lv.min))
    order = pd.DataFrame({"s": score.to_numpy(), "code": score.index}).sort_values(
        ["s", "code"], ascending=[False, True])
    n = len(order)
    bounds, total = [], Fraction(0)
    for level in policy.levels[:-1]:
        total += Fraction(str(level.share))
        bounds.append(math.ceil(total * n))
    tiers = {}
    for position, code in enumerate(order["code"], start=1):
        tiers[code] = next((lv.label for lv, b in zip(policy.levels, bounds, strict=False)
                            if position <= b), policy.levels[-1].label)
    return pd.Series(tiers).reindex(score.index)


# --- the tests -----------------------------------------------------------------------------------


def test_abc_by_sales_with_the_default_cutoffs(db: Database, northwind) -> None:
    lines, master = northwind
    expected = expected_indicators(lines, master)
    assert (expected["sales"] < 0).sum() >= 1  # a return larger than the window's sales
    assert (expected["sales"] == 0).sum() >= 1  # accounts without sales in the window
    result = classify(db, ABC_BY_SALES)
    rows = result.rows.set_index("code")
    assert (result.window.start, result.window.end) == expected.attrs["window"]
    assert len(rows) == len(expected) == 89
    assert rows["sales"].to_dict() == pytest.approx(expected["sales"].to_dict(), abs=0.01)
    tiers = expected_abc(expected["sales"])
    assert rows["computed_tier"].to_dict() == tiers.to_dict()
    assert rows["tier"].to_dict() == tiers.to_dict()
    assert rows["score"].isna().all()
    assert set(tiers[expected["sales"] <= 0]) == {"C"}
    assert tiers.value_counts().to_dict().keys() == {"A", "B", "C"}
    with db.unit_of_work() as uow:
        stored = run_results(uow).set_index("code")
    assert stored["tier"].to_dict() == tiers.to_dict()


@pytest.mark.parametrize("mode", ["cutoffs", "quotas"])
def test_weighted_scores_and_tiers(db: Database, northwind, mode: str) -> None:
    lines, master = northwind
    expected = expected_indicators(lines, master)
    policy = weighted_policy(mode)
    # Every missing rule has missing values to act on.
    for key in ("avg_order_value", "growth", "value_fit", "company_size", "industry"):
        assert expected[key].isna().any(), key
    assert expected["profit"].isna().all()
    score = expected_scores(expected, policy)
    tiers = expected_tiers(score, policy)

    result = classify(db, policy)
    rows = result.rows.set_index("code")
    for key in ("orders", "recency_days", "value_fit", "company_size"):
        assert rows[key].to_dict() == pytest.approx(expected[key].to_dict(), nan_ok=True), key
    assert rows["growth"].to_dict() == pytest.approx(expected["growth"].to_dict(), nan_ok=True,
                                                     rel=1e-9)
    assert rows["score"].to_dict() == pytest.approx(score.to_dict(), abs=0.01)
    assert rows["computed_tier"].to_dict() == tiers.to_dict()
    assert len(set(tiers)) >= 3
    with db.unit_of_work() as uow:
        stored = run_results(uow).set_index("code")
    assert stored["score"].round(2).to_dict() == score.round(2).to_dict()
    assert stored["tier"].to_dict() == tiers.to_dict()
    if mode == "quotas":
        assert tiers.value_counts().to_dict() == {"S": 5, "A": 13, "B": 27, "C": 44}
