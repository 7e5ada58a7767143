"""The Accounts page in the main window: table, search, tier filter, sort, detail panel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kam_desktop import settings
from kam_desktop.storage.database import Database
from kam_desktop.ui.accounts_model import COLUMNS, NOT_CLASSIFIED
from kam_desktop.ui.accounts_page import AccountsPage
from kam_desktop.ui.main_window import MainWindow


def page_codes(page: AccountsPage) -> list[str]:
    return [page.model.code_at(r) for r in range(page.model.rowCount())]


def click_header(qtbot, page: AccountsPage, key: str) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    section = COLUMNS.index(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_window_shows_the_accounts(window: MainWindow) -> None:
    page = window.accounts_page
    assert window.windowTitle() == f"KAM Desktop — {window.db.path.name}"
    assert window.current_page_key() == "accounts"
    assert page_codes(page) == ["C001", "C002", "C003", "C004", "C005"]
    assert page.count_label.text() == "5 accounts"
    assert window.count_label.text() == "5 accounts"
    assert str(window.db.path) in window.db_label.text()
    assert not window.windowIcon().isNull()
    assert page.detail.detail is None  # nothing selected yet


def test_search_filters_as_you_type(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.accounts_page
    qtbot.keyClicks(page.search, "li w")
    assert page_codes(page) == ["C001", "C003"]
    assert page.count_label.text() == "2 of 5 accounts"
    qtbot.keyClicks(page.search, "ei shanghai")
    assert page_codes(page) == ["C001"]
    assert page.count_label.text() == "1 of 5 accounts"
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


def test_selecting_a_row_fills_the_detail_panel(window: MainWindow) -> None:
    page = window.accounts_page
    page.select_row(0)
    detail = page.detail
    assert detail.detail is not None
    assert detail.title.text() == "Zhongda Machinery 中大机械"
    assert "C001" in detail.subtitle.text()
    assert "Tier: S" in detail.subtitle.text()
    assert detail.value_text("code") == "C001"
    assert detail.value_text("industry") == "Manufacturing"
    assert detail.value_text("owner") == "Li Wei"
    assert detail.value_text("status") == "Active"
    assert detail.value_text("tier") == "S"
    assert detail.value_text("value_fit") == "5 / 5"
    assert detail.value_text("annual_revenue") == "2,500,000,000.00"
    assert detail.value_text("company_size") == "1,200"
    assert detail.value_text("sales_lines") == "2"
    assert detail.value_text("sales_total") == "1,235,567.75"
    assert detail.value_text("first_order") == "2024-01-15"
    assert detail.value_text("last_order") == "2024-06-30"
    assert detail.value_text("visit_count") == "1"
    assert detail.value_text("last_visit") == "2024-05-06"
    assert detail.value_text("survey_count") == "0"
    assert detail.value_text("company_profit") == "—"
    contacts = detail.contacts
    rows = [[contacts.item(r, c).text() for c in range(contacts.columnCount())]
            for r in range(contacts.rowCount())]
    assert rows == [
        ["Chen Jing", "CEO", "Decision maker", "Supporter", "5 / 5", "4 / 5"],
        ["Sun Lei", "Head of Procurement", "Economic buyer", "Opponent", "4 / 5", "2 / 5"],
        ["Zhou Ning", "Engineer", "Technical evaluator", "Neutral", "3 / 5", "—"],
    ]
    assert "(3)" in detail._contacts_box.title()


def test_unclassified_account_says_so(window: MainWindow) -> None:
    page = window.accounts_page
    assert page.select_code("C003")
    assert page.detail.value_text("tier") == "Not classified"
    assert page.detail.value_text("status") == "Inactive"
    assert page.detail.contacts.rowCount() == 0
    assert not page.detail.contacts.isVisibleTo(page.detail)


def test_selection_survives_sorting_and_filtering(window: MainWindow) -> None:
    page = window.accounts_page
    page.select_code("C004")
    page.model.sort(COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
    assert page.model.code_at(page.table.currentIndex().row()) == "C004"
    page.search.setText("east")
    assert page.model.code_at(page.table.currentIndex().row()) == "C004"
    assert page.detail.detail.code == "C004"
    page.search.setText("pharma")  # C004 filtered out: the panel empties
    assert page.detail.detail is None


def test_tier_filter_combo(window: MainWindow) -> None:
    page = window.accounts_page
    combo = page.tier_combo
    assert [combo.itemText(i) for i in range(combo.count())] == \
        ["All tiers", "Tier S", "Tier A", "Tier B", "Not classified"]
    page.set_tier_filter("A")
    assert page_codes(page) == ["C002", "C005"]
    assert page.count_label.text() == "2 of 5 accounts"
    page.set_tier_filter(NOT_CLASSIFIED)
    assert page_codes(page) == ["C003"]
    combo.setCurrentIndex(0)
    assert page.model.rowCount() == 5


def test_enter_and_double_click_focus_the_detail_panel(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.accounts_page
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    page.select_row(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.detail.hasFocus()
    page.table.setFocus()
    rect = page.table.visualRect(page.model.index(2, 1))
    # QTest's double click is only the second press; a real one starts with a press.
    qtbot.mousePress(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.detail.hasFocus()
    assert page.detail.detail.code == "C003"


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
    assert window.accounts_page.detail.detail.code == "C002"


def test_hidden_columns_are_remembered(qtbot, sample_db: Database) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(sample_db)
    qtbot.addWidget(first)
    page = first.accounts_page
    menu = page.column_menu()
    segment = next(a for a in menu.actions() if a.text() == "Segment")
    segment.setChecked(False)
    assert page.table.isColumnHidden(COLUMNS.index("segment"))
    assert settings.current().accounts_hidden_columns == ["segment"]
    name = next(a for a in menu.actions() if a.text() == "Name")
    assert not name.isEnabled()  # code and name always stay
    second = AccountsPage()
    qtbot.addWidget(second)
    assert second.table.isColumnHidden(COLUMNS.index("segment"))
    assert not second.table.isColumnHidden(COLUMNS.index("city"))


def test_reload_reads_changes(qtbot, window: MainWindow, sample_db: Database) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.models import Account

    with sample_db.unit_of_work() as uow:
        uow.session.add(Account(code="C006", name="New Horizon", status="active"))
        uow.commit()
    window.reload_action.trigger()
    qtbot.waitUntil(lambda: window.accounts_page.model.rowCount() == 6)
    assert window.count_label.text() == "6 accounts"


def test_an_empty_database(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(db)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: not win.accounts_page.is_loading)
    assert win.accounts_page.count_label.text() == "0 accounts"
    assert win.accounts_page.model.rowCount() == 0
