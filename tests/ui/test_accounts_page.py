"""The Accounts page: table, search, filters, sort, columns, export, shortcuts, loading."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kam_desktop import settings
from kam_desktop.services.account_editing import create_account
from kam_desktop.services.accounts import account_table
from kam_desktop.services.attention import Rule, attention_table
from kam_desktop.services.classification import BALANCED_SCORECARD, classify
from kam_desktop.services.demo import generate_demo
from kam_desktop.storage.database import Database
from kam_desktop.ui import accounts_page as accounts_page_module
from kam_desktop.ui.account_form import AccountFormDialog
from kam_desktop.ui.accounts_model import COLUMNS, NOT_CLASSIFIED
from kam_desktop.ui.accounts_page import AccountsPage
from kam_desktop.ui.main_window import MainWindow
from tests.ui.holding import hold

TIMEOUT = 20_000




def page_codes(page: AccountsPage) -> list[str]:
    return [page.model.code_at(r) for r in range(page.model.rowCount())]


def click_header(qtbot, page: AccountsPage, key: str) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    section = COLUMNS.index(key)
    page.table.scrollTo(page.model.index(0, section))
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def open_page(qtbot, db: Database) -> AccountsPage:  # type: ignore[no-untyped-def]
    """A page on its own, reloading on its own writes (as the main window wires it), with
    the portfolio and the attention columns loaded."""
    page = AccountsPage()
    hold(qtbot, page)
    page.data_changed.connect(page.on_data_changed)
    page.resize(1200, 760)
    page.show()
    with qtbot.waitSignals([page.loaded, page.attention_loaded], timeout=TIMEOUT):
        page.set_database(db)
    return page


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, accounts=60, seed=11)
    classify(db, BALANCED_SCORECARD)
    return db


def test_window_shows_the_accounts(window: MainWindow) -> None:
    page = window.accounts_page
    assert window.windowTitle() == f"KAM Desktop — {window.db.path.name}"
    assert window.current_page_key() == "accounts"
    assert page_codes(page) == ["C001", "C002", "C003", "C004", "C005"]
    assert page.count_label.text() == "5 accounts"
    assert window.count_label.text() == "5 accounts"
    assert str(window.db.path) in window.db_label.text()
    assert page.detail.account_id is None  # nothing selected yet
    assert not page.edit_button.isEnabled() and page.new_button.isEnabled()


def test_search_filters_as_you_type(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.accounts_page
    qtbot.keyClicks(page.search, "c00")
    assert page.count_label.text() == "5 accounts"
    qtbot.keyClicks(page.search, "1")
    assert page_codes(page) == ["C001"]
    assert page.count_label.text() == "1 of 5 accounts"
    page.search.clear()
    qtbot.keyClicks(page.search, "sun lei")  # a contact's name
    assert page_codes(page) == ["C001"]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert page.count_label.text() == "5 accounts"


def test_sort_by_clicking_headers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.accounts_page
    click_header(qtbot, page, "name")
    assert page.table.horizontalHeader().sortIndicatorSection() == COLUMNS.index("name")
    assert page_codes(page) == ["C002", "C003", "C004", "C005", "C001"]
    click_header(qtbot, page, "name")
    assert page_codes(page) == ["C001", "C005", "C004", "C003", "C002"]
    click_header(qtbot, page, "annual_revenue")
    assert page_codes(page)[:3] == ["C002", "C004", "C001"]
    click_header(qtbot, page, "annual_revenue")
    assert page_codes(page)[:3] == ["C001", "C004", "C002"]


def test_selecting_a_row_shows_the_account(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.accounts_page
    with qtbot.waitSignal(page.detail.overview.loaded, timeout=TIMEOUT):
        page.select_row(0)
    detail = page.detail
    assert detail.title.text() == "Zhongda Machinery 中大机械"
    assert detail.subtitle.text() == "C001  ·  Active  ·  Tier: S"
    assert detail.value_text("code") == "C001"
    assert detail.value_text("industry") == "Manufacturing"
    assert detail.value_text("owner") == "Li Wei"
    assert detail.value_text("status") == "Active"
    assert detail.value_text("value_fit") == "5 / 5"
    assert detail.value_text("annual_revenue") == "2,500,000,000.00"
    assert detail.value_text("company_size") == "1,200"
    assert detail.value_text("company_profit") == "—"
    assert detail.value_text("last_visit") == "2024-05-06"
    assert detail.tab_keys() == ["overview", "contacts", "visits", "surveys", "sales", "plan"]
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    assert page.selected_account_id() == detail.account_id


def test_unclassified_account_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.accounts_page
    with qtbot.waitSignal(page.detail.overview.loaded, timeout=TIMEOUT):
        assert page.select_code("C003")
    assert "Tier: Not classified" in page.detail.subtitle.text()
    assert page.detail.value_text("status") == "Inactive"
    assert page.detail.tier_box.headline.text() == "Not classified"


def test_selection_survives_sorting_and_filtering(window: MainWindow) -> None:
    page = window.accounts_page
    page.select_code("C004")
    page.model.sort(COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
    assert page.model.code_at(page.table.currentIndex().row()) == "C004"
    page.filters.set_value("region", "East")
    assert page.model.code_at(page.table.currentIndex().row()) == "C004"
    assert page.detail.heading.code == "C004"
    page.search.setText("zhongda")  # C004 filtered out: the panel empties
    assert page.detail.account_id is None


def test_tier_filter_combo(window: MainWindow) -> None:
    page = window.accounts_page
    combo = page.filters.combos["tier"]
    assert [combo.itemText(i) for i in range(combo.count())] == \
        ["All tiers", "Tier S", "Tier A", "Tier B", "Not classified"]
    page.set_tier_filter("A")
    assert page_codes(page) == ["C002", "C005"]
    assert page.count_label.text() == "2 of 5 accounts"
    assert combo.font().bold() and page.filters.clear_button.isEnabled()
    page.set_tier_filter(NOT_CLASSIFIED)
    assert page_codes(page) == ["C003"]
    page.filters.clear_button.click()
    assert page.model.rowCount() == 5
    assert not page.filters.clear_button.isEnabled()


def test_each_filter_narrows_like_pandas(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    """Every filter of the bar against the same question asked of the data in pandas."""
    page = open_page(qtbot, demo_db)
    with demo_db.unit_of_work() as uow:
        frame = account_table(uow, contact_names=True)
    attention = attention_table(demo_db)
    filters = page.filters

    def shown() -> list[str]:
        return sorted(page_codes(page))

    def expect(mask: pd.Series) -> list[str]:
        return sorted(frame.loc[mask.to_numpy(), "code"])

    checks = [
        ("tier", "A", frame["tier"] == "A"),
        ("tier", NOT_CLASSIFIED, frame["tier"].isna()),
        ("industry", frame["industry"].dropna().iloc[0],
         frame["industry"] == frame["industry"].dropna().iloc[0]),
        ("region", frame["region"].dropna().iloc[0],
         frame["region"] == frame["region"].dropna().iloc[0]),
        ("owner", frame["owner"].dropna().iloc[0],
         frame["owner"] == frame["owner"].dropna().iloc[0]),
        ("status", "prospect", frame["status"] == "prospect"),
        ("attention", "flagged",
         frame["id"].isin(attention.index[attention["attention"] > 0])),
        ("attention", "unflagged",
         ~frame["id"].isin(attention.index[attention["attention"] > 0])),
        ("attention", Rule.VISIT_OVERDUE.value,
         frame["id"].isin(attention.index[attention[Rule.VISIT_OVERDUE.value]])),
    ]
    narrowed = 0
    for key, value, mask in checks:
        assert filters.set_value(key, value), (key, value)
        assert shown() == expect(mask), (key, value)
        narrowed += 0 < len(shown()) < len(frame)
        filters.clear()
    assert narrowed >= 7  # real narrowing, not all-or-nothing
    # filters combine, and with the search
    filters.set_value("tier", "B")
    filters.set_value("status", "active")
    assert shown() == expect((frame["tier"] == "B") & (frame["status"] == "active"))
    word = frame["name"].iloc[0][:2].lower()
    page.search.setText(word)
    hay = frame["code"].str.lower() + "|" + frame["name"].str.lower() + "|" + \
        frame["contact_names"].fillna("").str.lower()
    assert shown() == expect((frame["tier"] == "B") & (frame["status"] == "active")
                             & hay.str.contains(word, regex=False))


def test_the_attention_filter_waits_for_the_check(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    page = AccountsPage()
    hold(qtbot, page)
    page.show()
    combo = page.filters.combos["attention"]
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_database(demo_db)
    if not page.attention_ready:  # usually still checking: the filter says so
        assert not combo.isEnabled()
        assert combo.currentText() == "Attention: computing…"
        assert page.model.headerData(COLUMNS.index("attention"), Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.ToolTipRole) == "Computing attention…"
        with qtbot.waitSignal(page.attention_loaded, timeout=TIMEOUT):
            pass
    assert combo.isEnabled()
    attention = attention_table(demo_db)
    flagged = int((attention["attention"] > 0).sum())
    assert combo.itemText(1) == f"Needs attention ({flagged})"
    rule_counts = [combo.itemText(i) for i in range(3, combo.count())]
    assert rule_counts[0] == f"Visit overdue ({int(attention['visit_overdue'].sum())})"


def test_first_rows_show_while_the_rest_loads(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    page = AccountsPage()
    hold(qtbot, page)
    page.show()
    seen: list[int] = []
    page.first_rows_shown.connect(seen.append)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_database(demo_db)
    # The first rows are only shown if they arrive before the whole portfolio.
    assert all(0 < n <= accounts_page_module.FIRST_ROWS for n in seen)
    assert page.model.table.complete and page.model.rowCount() == 60


def test_a_big_portfolio_gets_contacts_search_and_choices_just_after_showing(  # type: ignore[no-untyped-def]
        qtbot, demo_db: Database, monkeypatch) -> None:
    monkeypatch.setattr(accounts_page_module, "DEFER_EXTRAS_ROWS", 10)  # 60 accounts: "big"
    page = AccountsPage()
    hold(qtbot, page)
    page.show()
    seen: list[bool] = []  # were the contacts in when the list was first shown?
    page.loaded.connect(lambda _n: seen.append(page.model.table.has_contacts))
    with qtbot.waitSignals([page.loaded, page.search_ready], timeout=TIMEOUT):
        page.set_database(demo_db)
    assert seen == [False]
    table = page.model.table
    assert table.has_extras and table.has_contacts
    with demo_db.unit_of_work() as uow:
        frame = account_table(uow, contact_names=True)
    assert [page.model.value_at(r, "contacts") for r in range(page.model.rowCount())] == \
        frame["contacts"].astype(float).tolist()
    combo = page.filters.combos["industry"]
    assert combo.count() == 1 + len(table.choices["industries"]) > 2
    page.search.setText(str(table.values["code"][7]))
    assert page.model.rowCount() == 1
    person = str(frame["contact_names"].dropna().iloc[0]).split(", ")[0]
    page.search.setText(person)  # a contact's name
    assert page.model.rowCount() >= 1
    assert page.export_action.isEnabled()
    # a reload keeps the list and reads the contacts with it
    seen.clear()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.reload()
    assert seen == [True]


def test_enter_and_double_click_open_the_form(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.accounts_page
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    page.select_row(1)
    with qtbot.waitSignal(page.form_opened) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = opened.args[0]
    assert isinstance(dialog, AccountFormDialog) and dialog.record.code == "C002"
    dialog.reject()  # unchanged: closes without asking
    assert page.form is None
    rect = page.table.visualRect(page.model.index(2, 1))
    # QTest's double click is only the second press; a real one starts with a press.
    with qtbot.waitSignal(page.form_opened) as opened:
        qtbot.mousePress(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args[0].record.code == "C003"
    opened.args[0].reject()


def test_keyboard_shortcuts(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.accounts_page
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    page.select_row(0)
    with qtbot.waitSignal(page.form_opened) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_A,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened.args[0].record is None  # a new account
    opened.args[0].reject()
    with qtbot.waitSignal(page.form_opened) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_F2)
    assert opened.args[0].record.code == "C001"
    opened.args[0].reject()
    asked: list[str] = []
    monkeypatch.setattr(accounts_page_module, "confirm_delete",
                        lambda _parent, code, _name: asked.append(code) or False)
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)  # in the search box: edits the text only
    assert asked == []
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == ["C001"]
    paths: list[Path] = []
    monkeypatch.setattr(accounts_page_module, "ask_export_path",
                        lambda _parent, suggested: paths.append(suggested))
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert paths and paths[0].suffix == ".xlsx"
    window.show_page("settings")  # the page's shortcuts only work while it is shown
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(paths) == 1


def test_ctrl_f_focuses_the_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_page("dashboard")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "accounts"
    assert window.accounts_page.search.hasFocus()
    # Down from the search box moves into the table
    qtbot.keyClicks(window.accounts_page.search, "acme")
    qtbot.keyClick(window.accounts_page.search, Qt.Key.Key_Down)
    assert window.accounts_page.table.hasFocus()
    assert window.accounts_page.detail.heading.code == "C002"


def test_hidden_columns_are_remembered(qtbot, sample_db: Database) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(sample_db)
    hold(qtbot, first)
    page = first.accounts_page
    menu = page.column_menu()
    segment = next(a for a in menu.actions() if a.text() == "Segment")
    segment.setChecked(False)
    overdue = next(a for a in menu.actions() if a.text() == "Overdue")
    overdue.setChecked(False)
    assert page.table.isColumnHidden(COLUMNS.index("segment"))
    assert settings.current().accounts_hidden_columns == ["segment", "overdue"]
    assert "Overdue" not in [c for c in page.export_frame().columns]
    name = next(a for a in menu.actions() if a.text() == "Name")
    assert not name.isEnabled()  # code and name always stay
    second = AccountsPage()
    hold(qtbot, second)
    assert second.table.isColumnHidden(COLUMNS.index("segment"))
    assert second.table.isColumnHidden(COLUMNS.index("overdue"))
    assert not second.table.isColumnHidden(COLUMNS.index("city"))


def test_export_writes_the_list_as_shown(qtbot, sample_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         monkeypatch) -> None:
    create_account(sample_db, {"code": "=1+1", "name": '=HYPERLINK("http://x","y")',
                               "owner": "@me", "industry": "-5", "region": "East",
                               "company_size": 12})
    page = open_page(qtbot, sample_db)
    page.filters.set_value("region", "East")
    page.model.sort(COLUMNS.index("code"), Qt.SortOrder.DescendingOrder)
    target = tmp_path / "out" / "accounts.xlsx"
    monkeypatch.setattr(accounts_page_module, "ask_export_path", lambda _p, _s: target)
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT) as written:
        assert page.export_list() is not None
    path = written.args[0]
    assert path == target
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:5] == ["Code", "Name", "Tier", "Attention", "Status"]
    assert [r[0] for r in rows[1:]] == page_codes(page) == ["C004", "C001", "=1+1"]
    formula_row = {h: c for h, c in zip(header, list(sheet.iter_rows())[3], strict=True)}
    assert formula_row["Name"].value == '=HYPERLINK("http://x","y")'
    assert formula_row["Name"].data_type == "s"  # text, never a formula
    assert formula_row["Code"].data_type == "s"
    assert formula_row["Owner"].value == "@me"
    assert formula_row["Employees"].value == 12
    assert formula_row["Status"].value == "Active"
    assert "Exported 3 accounts" in page.notice.text()


def test_reload_reads_changes(qtbot, window: MainWindow, sample_db: Database) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.models import Account

    with sample_db.unit_of_work() as uow:
        uow.session.add(Account(code="C006", name="New Horizon", status="active"))
        uow.commit()
    with qtbot.waitSignal(window.accounts_page.loaded, timeout=TIMEOUT):
        window.reload_action.trigger()
    assert window.accounts_page.model.rowCount() == 6
    assert window.count_label.text() == "6 accounts"


def test_an_empty_database(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(db)
    hold(qtbot, win)
    qtbot.waitUntil(lambda: not win.accounts_page.is_loading)
    assert win.accounts_page.count_label.text() == "0 accounts"
    assert win.accounts_page.model.rowCount() == 0


@pytest.fixture(autouse=True)
def _no_leftover_forms() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, AccountFormDialog):
            widget.done(0)
