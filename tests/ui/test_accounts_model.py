"""AccountsTableModel without a view: Qt's model checks, display, vectorised filter and sort,
incremental search, the attention columns and deleted accounts."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from kam_desktop.services.account_editing import create_account, delete_account
from kam_desktop.services.account_list import AccountFilter, filter_mask, search_haystack
from kam_desktop.services.account_rows import load_account_rows
from kam_desktop.services.accounts import TABLE_COLUMNS
from kam_desktop.services.attention import Rule, attention_table
from kam_desktop.storage.database import Database
from kam_desktop.ui.accounts_model import (
    ACTIVITY_COLUMNS,
    COLUMNS,
    NOT_CLASSIFIED,
    AccountsTable,
    AccountsTableModel,
    CodeRole,
    IdRole,
    align_activity,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def load(db: Database) -> AccountsTable:
    return AccountsTable(load_account_rows(db))


@pytest.fixture
def model(sample_db: Database) -> AccountsTableModel:
    model = AccountsTableModel()
    model.set_table(load(sample_db))
    return model


def cell(model: AccountsTableModel, row: int, key: str) -> str:
    return model.data(model.index(row, COLUMNS.index(key)), DISPLAY)


def codes(model: AccountsTableModel) -> list[str]:
    return [model.code_at(r) for r in range(model.rowCount())]


def search(model: AccountsTableModel, text: str) -> list[str]:
    model.set_search(text)
    return codes(model)


def test_qt_model_tester(qtmodeltester, model: AccountsTableModel) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
    model.set_search("east")
    qtmodeltester.check(model)
    model.sort(COLUMNS.index("annual_revenue"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_empty_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AccountsTableModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    model.set_filter(AccountFilter(search="x", tiers=frozenset({NOT_CLASSIFIED})))
    model.sort(0)
    assert model.rowCount() == 0


def test_columns_follow_the_service() -> None:
    assert (*TABLE_COLUMNS, *ACTIVITY_COLUMNS) == COLUMNS


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
    assert cell(model, 0, "attention") == ""  # not computed yet
    assert model.data(model.index(0, 0), CodeRole) == "C001"
    assert len(model.data(model.index(0, 0), IdRole)) == 32
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    revenue = model.index(0, COLUMNS.index("annual_revenue"))
    assert model.data(revenue, Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.headerData(COLUMNS.index("name"), Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(COLUMNS.index("owner"), Qt.Orientation.Horizontal) == "Owner"
    assert model.headerData(COLUMNS.index("sales"), Qt.Orientation.Horizontal) == "Sales 12 m"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_search_code_name_and_contact_names(model: AccountsTableModel) -> None:
    assert search(model, "ZHONGDA") == ["C001"]
    assert search(model, "中大") == ["C001"]
    assert search(model, "chen jing") == ["C001"]  # a contact of C001
    assert search(model, "zhou") == ["C001"]
    assert search(model, "c00") == ["C001", "C002", "C003", "C004", "C005"]
    assert search(model, "c004") == ["C004"]
    assert search(model, "acme chen") == []  # every word must match the same account
    assert search(model, "li wei") == []  # the owner is a filter, not searched
    assert search(model, "hangzhou") == []  # nor the city
    assert search(model, "") == ["C001", "C002", "C003", "C004", "C005"]


def test_search_does_not_match_across_two_fields(model: AccountsTableModel) -> None:
    # code "C001" followed by name "Zhongda": "1zh" would only match a naive concatenation
    assert search(model, "1zh") == []


def test_typing_narrows_and_backspacing_reuses(model: AccountsTableModel) -> None:
    """The incremental search gives exactly the service's filter at every keystroke."""
    table = model.table
    haystack = search_haystack(table.frame)
    typed = ["c", "c0", "c00", "c004", "c00", "c0", "", "a", "ac", "acm", "acme", "acme ",
             "acme t", "acme tr", "z", "zh", "zho", "zhou", "zhou n", "zhou ni"]
    for text in typed:
        expected = table.frame["code"][filter_mask(table.frame, AccountFilter(search=text),
                                                   haystack)].tolist()
        assert search(model, text) == expected, text


def test_filters_equal_the_services(model: AccountsTableModel) -> None:
    frame = model.table.frame
    specs = [
        AccountFilter(tiers=frozenset({"A"})),
        AccountFilter(tiers=frozenset({NOT_CLASSIFIED})),
        AccountFilter(industries=frozenset({"Pharma"})),
        AccountFilter(regions=frozenset({"East"})),
        AccountFilter(owners=frozenset({"Li Wei"})),
        AccountFilter(statuses=frozenset({"prospect"})),
        AccountFilter(regions=frozenset({"East"}), search="crane"),
    ]
    for spec in specs:
        model.set_filter(spec)
        assert codes(model) == frame["code"][filter_mask(frame, spec)].tolist(), spec
    model.set_filter(AccountFilter(tiers=frozenset({"A"})))
    assert codes(model) == ["C002", "C005"]


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
    model.set_filter(AccountFilter(tiers=frozenset({"A"})))
    persistent = QPersistentModelIndex(model.index(1, 0))  # C005
    model.sort(COLUMNS.index("code"), Qt.SortOrder.DescendingOrder)
    assert codes(model) == ["C005", "C002"]
    assert persistent.row() == 0


def test_attention_columns_filter_and_sort(qtmodeltester, sample_db: Database) -> None:  # type: ignore[no-untyped-def]
    model = AccountsTableModel()
    table = load(sample_db)
    model.set_table(table)
    model.set_filter(AccountFilter(attention=True))  # not computed yet: no effect
    assert model.rowCount() == 5
    attention = attention_table(sample_db)
    table.set_activity(align_activity(table.values["id"], attention))
    model.activity_changed()
    qtmodeltester.check(model)
    flagged = set(attention.index[attention["attention"] > 0])
    ids = [model.id_at(r) for r in range(model.rowCount())]
    assert set(ids) == flagged and ids  # the filter applies once the columns are there
    model.set_filter(AccountFilter(rules=frozenset({Rule.VISIT_OVERDUE})))
    assert {model.id_at(r) for r in range(model.rowCount())} == \
        set(attention.index[attention[Rule.VISIT_OVERDUE.value]])
    model.set_filter(AccountFilter())
    row = model.row_of_code("C001")
    assert row is not None
    first = attention.loc[model.id_at(row)]
    assert cell(model, row, "attention") == f"● {int(first['attention'])}"
    assert cell(model, row, "last_visit") == "2024-05-06"
    tip = model.data(model.index(row, COLUMNS.index("attention")), Qt.ItemDataRole.ToolTipRole)
    assert "Visit overdue" in tip
    inactive = model.row_of_code("C003")  # out of the attention scope
    assert cell(model, inactive, "attention") == ""
    model.sort(COLUMNS.index("attention"), Qt.SortOrder.DescendingOrder)
    counts = [model.value_at(r, "attention") for r in range(model.rowCount())]
    numbers = [c for c in counts if c is not None]
    assert numbers == sorted(numbers, reverse=True) and counts[-1] is None


def test_deleted_accounts_only_when_asked(qtmodeltester, sample_db: Database) -> None:  # type: ignore[no-untyped-def]
    edit = create_account(sample_db, {"code": "C000", "name": "Gone Ltd"})
    delete_account(sample_db, edit.id)
    model = AccountsTableModel()
    model.set_table(load(sample_db))
    assert "C000" not in codes(model)
    assert model.total_count() == 5
    model.set_filter(show_deleted=True)
    qtmodeltester.check(model)
    assert codes(model)[0] == "C000"
    assert model.total_count() == 6
    assert cell(model, 0, "status") == "Deleted"
    index = model.index(0, COLUMNS.index("name"))
    assert model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    assert "restore" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def synthetic_portfolio(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    cities = np.array(["上海", "北京", "Shenzhen", "Hangzhou", "成都", None], dtype=object)
    tiers = np.array(["S", "A", "B", "C", None], dtype=object)
    people = np.array(["Li Wei, 张伟", "王芳", None, "Chen Jing, Sun Lei, 周宁"], dtype=object)
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
        "deleted": False,
        "contact_names": rng.choice(people, n),
    })
    frame.loc[::7, "annual_revenue"] = np.nan
    return frame


def test_stays_fast_on_100000_accounts() -> None:
    table = AccountsTable(synthetic_portfolio(100_000))
    model = AccountsTableModel()
    model.set_table(table)
    started = time.perf_counter()
    model.set_search("客户")
    model.set_search("客户1")
    model.set_search("客户12 li")
    model.set_filter(dataclasses.replace(model.filter, tiers=frozenset({"A"})))
    model.sort(COLUMNS.index("annual_revenue"), Qt.SortOrder.DescendingOrder)
    model.sort(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    elapsed = time.perf_counter() - started
    assert 0 < model.rowCount() < 100_000
    expected = filter_mask(table.frame, model.filter, table.haystack)
    assert sorted(model.rows().tolist()) == np.flatnonzero(expected).tolist()
    first = [model.data(model.index(r, 1), DISPLAY) for r in range(50)]
    assert all(first)
    # Six operations, each at most a pass over 100,000 rows; generous for a slow CI machine.
    assert elapsed < 3.0, f"{elapsed:.2f} s"
