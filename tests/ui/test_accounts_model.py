"""AccountsTableModel without a view: Qt's model checks, display, vectorised filter and sort."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from kam_desktop.services.accounts import TABLE_COLUMNS, account_table
from kam_desktop.storage.database import Database
from kam_desktop.ui.accounts_model import (
    ALL_TIERS,
    COLUMNS,
    NOT_CLASSIFIED,
    AccountsTable,
    AccountsTableModel,
    CodeRole,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def load(db: Database) -> AccountsTable:
    with db.unit_of_work() as uow:
        return AccountsTable(account_table(uow))


@pytest.fixture
def model(sample_db: Database) -> AccountsTableModel:
    model = AccountsTableModel()
    model.set_table(load(sample_db))
    return model


def cell(model: AccountsTableModel, row: int, key: str) -> str:
    return model.data(model.index(row, COLUMNS.index(key)), DISPLAY)


def codes(model: AccountsTableModel) -> list[str]:
    return [model.code_at(r) for r in range(model.rowCount())]


def test_qt_model_tester(qtmodeltester, model: AccountsTableModel) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
    model.set_filter(search="east")
    qtmodeltester.check(model)
    model.sort(COLUMNS.index("annual_revenue"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_empty_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AccountsTableModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    model.set_filter(search="x", tier=NOT_CLASSIFIED)
    model.sort(0)
    assert model.rowCount() == 0


def test_columns_follow_the_service() -> None:
    assert COLUMNS == TABLE_COLUMNS


def test_display_values(model: AccountsTableModel) -> None:
    assert model.rowCount() == 5
    assert model.columnCount() == len(COLUMNS)
    assert codes(model) == ["C001", "C002", "C003", "C004", "C005"]
    assert cell(model, 0, "name") == "Zhongda Machinery 中大机械"
    assert cell(model, 0, "annual_revenue") == "2,500,000,000.00"
    assert cell(model, 1, "annual_revenue") == "15,000,000.50"
    assert cell(model, 0, "company_size") == "1,200"
    assert cell(model, 0, "contacts") == "3"
    assert cell(model, 0, "status") == "Active"
    assert cell(model, 2, "status") == "Inactive"
    assert cell(model, 3, "status") == "Prospect"
    assert cell(model, 0, "tier") == "S"
    assert cell(model, 2, "tier") == "—"  # not classified
    assert cell(model, 2, "annual_revenue") == ""
    assert model.data(model.index(0, 0), CodeRole) == "C001"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    revenue = model.index(0, COLUMNS.index("annual_revenue"))
    assert model.data(revenue, Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.headerData(COLUMNS.index("name"), Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(COLUMNS.index("owner"), Qt.Orientation.Horizontal) == "Owner"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_search_is_case_insensitive_substring_across_fields(model: AccountsTableModel) -> None:
    model.set_filter(search="ZHONGDA")
    assert codes(model) == ["C001"]
    model.set_filter(search="中大")
    assert codes(model) == ["C001"]
    model.set_filter(search="li wei")  # owner
    assert codes(model) == ["C001", "C003"]
    model.set_filter(search="hangzhou")  # city
    assert codes(model) == ["C004"]
    model.set_filter(search="east")  # region
    assert codes(model) == ["C001", "C004"]
    model.set_filter(search="pharma")  # industry and name
    assert codes(model) == ["C005"]
    model.set_filter(search="c00")  # code
    assert model.rowCount() == 5
    model.set_filter(search="east li")  # every word must match
    assert codes(model) == ["C001"]
    model.set_filter(search="Enterprise")  # segment is not searched
    assert model.rowCount() == 0
    model.set_filter(search="")
    assert model.rowCount() == 5


def test_search_does_not_match_across_two_fields(model: AccountsTableModel) -> None:
    # code "C001" followed by name "Zhongda": "1zh" would only match a naive concatenation
    model.set_filter(search="1zh")
    assert model.rowCount() == 0


def test_tier_filter(model: AccountsTableModel) -> None:
    assert model.table.tiers == ["S", "A", "B"]
    model.set_filter(tier="A")
    assert codes(model) == ["C002", "C005"]
    model.set_filter(tier=NOT_CLASSIFIED)
    assert codes(model) == ["C003"]
    model.set_filter(search="pharma", tier="A")
    assert codes(model) == ["C005"]
    model.set_filter(search="", tier=ALL_TIERS)
    assert model.rowCount() == 5


def test_sort_by_name_case_insensitive(model: AccountsTableModel) -> None:
    name = COLUMNS.index("name")
    model.sort(name, Qt.SortOrder.AscendingOrder)
    assert [cell(model, r, "name")[:5] for r in range(5)] == \
        ["Acme ", "Blue ", "Crane", "delta", "Zhong"]
    model.sort(name, Qt.SortOrder.DescendingOrder)
    assert codes(model) == ["C001", "C005", "C004", "C003", "C002"]


def test_sort_numeric_with_missing_values_last(model: AccountsTableModel) -> None:
    revenue = COLUMNS.index("annual_revenue")
    model.sort(revenue, Qt.SortOrder.AscendingOrder)
    # 15,000,000.5 < 300,000,000 < 2,500,000,000 (numerically, not as text); None last
    assert codes(model)[:3] == ["C002", "C004", "C001"]
    assert set(codes(model)[3:]) == {"C003", "C005"}
    model.sort(revenue, Qt.SortOrder.DescendingOrder)
    assert codes(model)[:3] == ["C001", "C004", "C002"]
    assert set(codes(model)[3:]) == {"C003", "C005"}
    size = COLUMNS.index("company_size")
    model.sort(size, Qt.SortOrder.AscendingOrder)
    assert codes(model) == ["C002", "C004", "C001", "C005", "C003"]


def test_sort_tiers_in_tier_order(model: AccountsTableModel) -> None:
    model.sort(COLUMNS.index("tier"), Qt.SortOrder.AscendingOrder)
    assert [cell(model, r, "tier") for r in range(5)] == ["S", "A", "A", "B", "—"]
    model.sort(COLUMNS.index("tier"), Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, "tier") for r in range(5)] == ["B", "A", "A", "S", "—"]


def test_sort_keeps_the_filter_and_moves_persistent_indexes(model: AccountsTableModel) -> None:
    model.set_filter(tier="A")
    persistent = QPersistentModelIndex(model.index(1, 0))  # C005
    model.sort(COLUMNS.index("code"), Qt.SortOrder.DescendingOrder)
    assert codes(model) == ["C005", "C002"]
    assert persistent.row() == 0


def synthetic_portfolio(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    cities = np.array(["上海", "北京", "Shenzhen", "Hangzhou", "成都", None], dtype=object)
    tiers = np.array(["S", "A", "B", "C", None], dtype=object)
    frame = pd.DataFrame({
        "id": [f"{i:032x}" for i in range(n)],
        "code": [f"K{i:06d}" for i in range(n)],
        "name": [f"Customer {i} 客户{i % 997}" for i in range(n)],
        "industry": rng.choice(np.array(["Manufacturing", "Retail", "制造业"], dtype=object), n),
        "segment": "Enterprise",
        "region": rng.choice(np.array(["East", "North", "华南"], dtype=object), n),
        "city": rng.choice(cities, n),
        "owner": rng.choice(np.array(["Li Wei", "王芳"], dtype=object), n),
        "status": "active",
        "tier": rng.choice(tiers, n),
        "company_size": rng.integers(1, 10_000, n).astype(float),
        "annual_revenue": rng.random(n) * 1e9,
        "contacts": rng.integers(0, 12, n),
    })
    frame.loc[::7, "annual_revenue"] = np.nan
    return frame


def test_stays_fast_on_100000_accounts() -> None:
    table = AccountsTable(synthetic_portfolio(100_000))
    model = AccountsTableModel()
    model.set_table(table)
    started = time.perf_counter()
    model.set_filter(search="上海")
    model.set_filter(search="上海 li")
    model.set_filter(tier="A")
    model.sort(COLUMNS.index("annual_revenue"), Qt.SortOrder.DescendingOrder)
    model.sort(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    elapsed = time.perf_counter() - started
    assert 0 < model.rowCount() < 100_000
    first = [model.data(model.index(r, 1), DISPLAY) for r in range(50)]
    assert all(first)
    # Five operations, each a full pass over 100,000 rows; generous for a slow CI machine.
    assert elapsed < 2.5, f"{elapsed:.2f} s"
