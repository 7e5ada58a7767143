"""The attention list: its model (Qt's model tester, sorting, filters), the words of its reasons,
and the view's signals. Real attention tables from real databases (a demo portfolio, or accounts
arranged here through the services)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QModelIndex, Qt

from kam_desktop.models import Receivable
from kam_desktop.services.account_editing import create_account
from kam_desktop.services.attention import (
    RULES,
    Rule,
    attention_items,
    attention_list,
    attention_table,
    tier_rank,
)
from kam_desktop.services.classification import classify
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.edits import parse_id
from kam_desktop.storage.database import Database
from kam_desktop.ui.attention_view import (
    ALL,
    COLUMNS,
    NOT_CLASSIFIED,
    AccountIdRole,
    AttentionModel,
    AttentionView,
    reason_text,
    rule_label,
)

AS_OF = date(2026, 3, 15)


def flagged(db: Database) -> pd.DataFrame:
    return attention_list(db, today=AS_OF, limit=None, reasons=False)


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, accounts=40, seed=5, as_of=AS_OF)
    classify(db, "ABC by sales", user="test")
    return db


@pytest.fixture
def view(qtbot, demo: Database) -> AttentionView:  # type: ignore[no-untyped-def]
    widget = AttentionView()
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.set_table(flagged(demo))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_ids(model: AttentionModel) -> list[str]:
    return [model.data(model.index(r, 0), AccountIdRole) for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester_and_keeps_the_urgency_order(
        qtmodeltester, demo: Database) -> None:  # type: ignore[no-untyped-def]
    frame = flagged(demo)
    assert len(frame) > 5
    model = AttentionModel()
    model.set_table(frame)
    qtmodeltester.check(model)
    assert shown_ids(model) == [str(i) for i in frame.index]
    first = frame.iloc[0]
    assert model.data(model.index(0, COLUMNS.index("code"))) == first["code"]
    assert model.data(model.index(0, COLUMNS.index("attention"))) == str(first["attention"])
    shown_rules = model.data(model.index(0, COLUMNS.index("rules"))).split(" · ")
    assert shown_rules == [rule_label(r) for r in RULES if first[r.value]]
    model.set_table(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_sorting_by_column_and_back_to_urgency(demo: Database) -> None:
    frame = flagged(demo)
    model = AttentionModel()
    model.set_table(frame)
    model.sort(COLUMNS.index("sales"), Qt.SortOrder.DescendingOrder)
    sales = frame.loc[shown_ids(model), "sales"].to_numpy()
    assert (np.diff(sales) <= 0).all()
    model.sort(COLUMNS.index("tier"), Qt.SortOrder.AscendingOrder)
    ranks = tier_rank(frame.loc[shown_ids(model), "tier"]).to_numpy()
    assert (np.diff(ranks) >= 0).all()
    model.sort(COLUMNS.index("code"), Qt.SortOrder.DescendingOrder)
    assert shown_ids(model) == [str(i) for i in frame.sort_values("code", ascending=False).index]
    model.sort(-1)
    assert shown_ids(model) == [str(i) for i in frame.index]


def test_sorting_keeps_the_selected_account_selected(view: AttentionView) -> None:
    chosen = view.model.account_id(3)
    assert chosen is not None and view.select_account(chosen)
    view.table.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    assert view.current_account() == chosen
    assert view.model.account_id(view.table.currentIndex().row()) == chosen


def test_filter_by_rule_shows_exactly_the_accounts_it_flags(view: AttentionView,
                                                            demo: Database) -> None:
    frame = flagged(demo)
    combo = view.rule_combo
    assert combo.itemText(0) == f"Any rule ({len(frame)})"
    for rule in RULES:
        expected = [str(i) for i in frame.index[frame[rule.value].to_numpy()]]
        view.set_rule_filter(rule)
        assert view.model.rule_filter is rule
        assert shown_ids(view.model) == expected, rule
        assert combo.currentText() == f"{rule_label(rule)} ({len(expected)})"
        if expected:
            assert view.count_label.text() == f"{len(expected)} of {len(frame)} accounts"
    view.set_rule_filter(None)
    assert view.model.rowCount() == len(frame)
    assert view.count_label.text() == f"{len(frame)} accounts"


def test_tier_and_text_filters(view: AttentionView, demo: Database) -> None:
    frame = flagged(demo)
    tiers = [t for t in frame["tier"].dropna().unique()]
    assert tiers, "the demo is classified"
    tier = sorted(tiers)[0]
    view.set_tier_filter(tier)
    assert view.model.tier_filter == tier
    assert shown_ids(view.model) == [str(i) for i in frame.index[frame["tier"] == tier]]
    # The rule counts follow the tier.
    counts = frame[frame["tier"] == tier]
    assert view.rule_combo.itemText(0) == f"Any rule ({len(counts)})"
    view.set_tier_filter(ALL)
    code = str(frame["code"].iloc[2])
    view.search.setText(code.lower())
    assert shown_ids(view.model) == [str(frame.index[2])]
    view.search.clear()
    view.set_tier_filter(None)  # unclassified: none in a classified demo
    assert view.model.tier_filter == NOT_CLASSIFIED
    assert view.model.rowCount() == int(frame["tier"].isna().sum())


def test_double_click_and_enter_open_the_account(qtbot, view: AttentionView) -> None:  # type: ignore[no-untyped-def]
    model = view.model
    row = 2
    index = model.index(row, COLUMNS.index("name"))
    rect = view.table.visualRect(index)
    with qtbot.waitSignal(view.open_account, timeout=2000) as opened:
        # QTest's double click is only the second press; a real one starts with a press.
        qtbot.mousePress(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert opened.args == [model.account_id(row)]
    view.select_account(model.account_id(4))
    with qtbot.waitSignal(view.open_account, timeout=2000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [model.account_id(4)]
    # The id is the stored one (32 hex digits), which every service accepts.
    assert parse_id(opened.args[0], "account").hex == opened.args[0]


def test_the_details_show_the_current_account_in_words(view: AttentionView,
                                                       demo: Database) -> None:
    frame = flagged(demo)
    account = str(frame.index[0])
    view.select_account(account)
    text = view.details.toPlainText()
    assert str(frame["code"].iloc[0]) in text
    for item in attention_items(frame, account):
        assert reason_text(item) in text
    assert view.model.data(view.model.index(0, COLUMNS.index("rules")),
                           Qt.ItemDataRole.ToolTipRole).count("•") == frame["attention"].iloc[0]


def test_every_reason_is_worded_without_placeholders(demo: Database) -> None:
    """Every rule that fires in the demo gets a sentence; where the service's English wording
    is the same, the sentences are equal."""
    frame = flagged(demo)
    seen: set[Rule] = set()
    same_words = {Rule.FALLING_SATISFACTION, Rule.DETRACTOR_DECISION_MAKER, Rule.NO_CONTACT}
    for account in frame.index:
        for item in attention_items(frame, str(account)):
            text = reason_text(item)
            seen.add(item.rule)
            assert text and not re.search(r"%\d", text), text
            if item.rule in same_words:
                assert text == item.message
    assert len(seen) >= 4, seen


def test_an_arranged_account_is_listed_with_its_reason(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Overdue receivables above the threshold, arranged here: the row and its sentence."""
    today = date.today()
    account = create_account(db, {"code": "K-OVERDUE", "name": "Overdue Trading"}).id
    due = today - timedelta(days=40)
    with db.unit_of_work() as uow:
        uow.session.add(Receivable(account_id=parse_id(account, "account"), invoice_no="R-1",
                                   invoice_date=due - timedelta(days=30), due_date=due,
                                   amount=12_345.0, paid_amount=0.0, outstanding=12_345.0))
        uow.commit()
    view = AttentionView()
    qtbot.addWidget(view)
    table = attention_table(db, today=today)
    view.set_table(attention_list(table=table, limit=None, reasons=False))
    view.set_rule_filter(Rule.OVERDUE_RECEIVABLES)
    assert shown_ids(view.model) == [account]
    reasons = view.model.reasons(0)
    assert f"12,345 of receivables overdue since {due.isoformat()} (threshold 10,000)." in reasons
    shown = view.model.data(view.model.index(0, COLUMNS.index("reasons")))
    assert "12,345 of receivables overdue" in shown
    assert view.model.data(QModelIndex()) is None
