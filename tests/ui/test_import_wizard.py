"""The import wizard on real files and a real database: every step, hostile files, cancel,
saved mappings, and a file dropped on the main window.

Background work is awaited with `qtbot.waitSignal` (a real event loop), never `waitUntil`, which
sleeps holding the GIL and starves the worker threads.
"""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from kam_desktop.errors import ImportFileError
from kam_desktop.models import SalesLine
from kam_desktop.services.accounts import account_table
from kam_desktop.services.importing.history import list_imports
from kam_desktop.storage.database import Database
from kam_desktop.ui import i18n, import_dialogs
from kam_desktop.ui.import_models import SourcePreviewModel
from kam_desktop.ui.import_wizard import ImportWizard
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.operations import Op

TIMEOUT = 20_000  # ms; reading runs in a child process

HEADER = ["客户编码", "客户名称", "单据日期", "单据编号", "物料名称", "数量", "金额", "跟单员"]
ROWS = [
    ["N001", "北辰精密", "2024-03-01", "XS-101", "球阀", 10, 1200, "王磊"],
    ["N002", "南山化工", "2024-03-02", "XS-102", "离心泵", 2, 10400, "李娜"],
    ["N001", "北辰精密", "2024-03-32", "XS-103", "密封件", 5, 480, "王磊"],  # no such date
    ["C001", "Zhongda Machinery 中大机械", "2024-03-04", "XS-104", "压力表", 3, 4350, "张伟"],
]


def write_sales_file(path: Path, rows: list[list[object]] | None = None) -> Path:
    """A sales export as ERPs write them: a title row and a blank row above the header (row 3),
    four lines (the third with a date that does not exist: row 6) and a totals row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "销售明细"
    sheet.append(["2024年3月销售明细表"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows if rows is not None else ROWS:
        sheet.append(row)
    sheet.append(["合计", None, None, None, None, 20, 16430, None])
    book.save(path)
    return path


def account_codes(db: Database) -> list[str]:
    with db.unit_of_work() as uow:
        return sorted(account_table(uow)["code"].tolist())


def sales_line_count(db: Database) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(SalesLine))


def go_to_sheet(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(wizard.sheet_page.loaded, timeout=TIMEOUT):
        wizard.next_button.click()


def go_to_check(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    go_to_sheet(qtbot, wizard)
    wizard.next_button.click()
    assert wizard.current_key() == "mapping"
    with qtbot.waitSignal(wizard.check_page.checked, timeout=TIMEOUT):
        wizard.next_button.click()


@pytest.fixture
def sales_file(tmp_path: Path) -> Path:
    return write_sales_file(tmp_path / "2024年3月销售明细.xlsx")


def test_import_a_sales_file_end_to_end(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sales_file: Path, monkeypatch, shown_errors, shown_crashes
) -> None:
    wizard = window.open_import_wizard(sales_file)
    assert wizard is not None and wizard.isVisible()
    assert window.import_wizard is wizard

    # 1. file and kind: the kind is guessed from the name
    assert wizard.current_key() == "file"
    assert wizard.file_page.path_edit.text() == str(sales_file)
    assert wizard.state.kind == "sales"
    assert wizard.file_page.kind_buttons[wizard.state.kind].isChecked()
    assert not wizard.back_button.isEnabled()

    # 2. sheet and header: read off the UI thread, title rows and totals left out
    go_to_sheet(qtbot, wizard)
    page = wizard.sheet_page
    assert page.error.isHidden()
    assert page.sheet_combo.currentText() == "销售明细"
    found = page.found_label.text()
    assert "Header found in row 3" in found
    assert "4 rows of data" in found
    assert "1 totals row skipped" in found
    preview = page.preview_model
    assert preview.rowCount() == 4
    assert preview.headerData(0, Qt.Orientation.Horizontal) == "A · 客户编码"
    assert preview.headerData(2, Qt.Orientation.Horizontal) == "C · 单据日期"
    assert [preview.headerData(r, Qt.Orientation.Vertical) for r in range(4)] == \
        ["4", "5", "6", "7"]
    assert preview.data(preview.index(1, 1)) == "南山化工"
    assert preview.data(preview.index(2, 2)) == "2024-03-32"

    # 3. mapping: preselected from the headers, with sample values
    wizard.next_button.click()
    mapping = wizard.mapping_page
    assert wizard.current_key() == "mapping"
    assert mapping.combos["customer_code"].currentText() == "A · 客户编码"
    assert mapping.combos["order_date"].currentData() == 2
    assert mapping.combos["amount"].currentData() == 6
    assert mapping.combos["salesperson"].currentText() == "(not imported)"
    assert mapping.samples["customer_name"].text() == "北辰精密   ·   南山化工   ·   北辰精密"
    assert mapping.field_labels["order_date"].text() == "Order date *"
    assert mapping.missing_label.isHidden()
    assert wizard.next_button.isEnabled()
    # unmapping a required field says what is missing and holds Next
    mapping.combos["order_date"].setCurrentIndex(0)
    assert mapping.missing_label.isVisible()
    assert mapping.missing_label.text() == "Choose a column for: Order date."
    assert not wizard.next_button.isEnabled()
    mapping.set_column("order_date", 2)
    assert mapping.missing_label.isHidden()
    # a column the headers did not give away, chosen in its drop-down
    combo = mapping.combos["salesperson"]
    combo.setCurrentIndex(combo.findText("H · 跟单员"))
    assert wizard.state.columns["salesperson"] == 7
    assert mapping.samples["salesperson"].text().startswith("王磊   ·   李娜")

    # 4. check: a dry run with every problem; Import waits for "skip invalid"
    with qtbot.waitSignal(wizard.check_page.checked, timeout=TIMEOUT):
        wizard.next_button.click()
    check = wizard.check_page
    assert check.error.isHidden()
    assert wizard.state.check is not None and wizard.state.check.dry_run
    assert check.counts.value("rows") == "4"
    assert check.counts.value("new") == "3"
    assert check.counts.value("invalid") == "1"
    assert check.counts.value("accounts") == "2"
    assert check.counts.value("skipped") == "1"
    problems = check.problems_model
    assert problems.rowCount() == 1
    assert problems.data(problems.index(0, 0)) == "6"
    assert problems.data(problems.index(0, 1)) == "C (单据日期)"
    assert "2024-03-32" in problems.data(problems.index(0, 2))
    assert check.problems_view.isSortingEnabled()
    accounts = check.accounts_model
    assert [accounts.data(accounts.index(r, 0)) for r in range(accounts.rowCount())] == \
        ["N001", "N002"]
    assert wizard.next_button.text() == "&Import"
    assert not wizard.next_button.isEnabled()
    assert "Nothing is imported while rows are invalid" in check.invalid_note.text()
    assert account_codes(window.db) == ["C001", "C002", "C003", "C004", "C005"]  # dry run
    check.skip_box.setChecked(True)
    assert wizard.next_button.isEnabled()
    assert check.invalid_note.isHidden()

    # 5. import, then 6. summary; the Accounts page reloads on its own
    with qtbot.waitSignals([wizard.run_page.finished, window.accounts_page.loaded],
                           timeout=TIMEOUT):
        wizard.next_button.click()
    assert wizard.current_key() == "summary"
    result = wizard.state.result
    assert result is not None and result.committed and result.batch_id
    summary = wizard.summary_page
    assert summary.counts.value("new") == "3"
    assert summary.counts.value("invalid") == "1"
    assert summary.counts.value("accounts") == "2"
    assert result.batch_id in summary.batch_label.text()
    assert "Imported 2024年3月销售明细.xlsx" in summary.outcome.text()
    assert "1 invalid row was not imported" in summary.errors_panel.text()
    workbook = result.error_workbook
    assert workbook is not None and Path(workbook).is_file()
    opened: list[Path] = []
    monkeypatch.setattr(import_dialogs, "open_path", opened.append)
    summary.open_button.click()
    assert opened == [Path(workbook)]
    assert not wizard.back_button.isVisible()
    assert wizard.next_button.text() == "&Close"
    assert window.accounts_page.model.rowCount() == 7
    assert window.accounts_page.select_code("N002")
    assert window.count_label.text() == "7 accounts"
    assert shown_errors == [] and shown_crashes == []

    wizard.next_button.click()  # Close
    assert not wizard.isVisible()
    assert window.import_wizard is None


def test_undo_from_the_summary(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sales_file: Path, monkeypatch
) -> None:
    rows = [r for r in ROWS if r[2] != "2024-03-32"]
    write_sales_file(sales_file, rows)
    wizard = window.open_import_wizard(sales_file)
    go_to_check(qtbot, wizard)
    assert wizard.check_page.valid_panel.text() == "Every row is valid."
    assert not wizard.check_page.skip_box.isVisible()
    with qtbot.waitSignals([wizard.run_page.finished, window.accounts_page.loaded],
                           timeout=TIMEOUT):
        wizard.next_button.click()
    assert window.accounts_page.model.rowCount() == 7
    assert not wizard.summary_page.errors_panel.isVisible()
    assert not wizard.summary_page.open_button.isVisible()
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(import_dialogs, "confirm_undo",
                        lambda *args: asked.append(args[1:]) or True)
    with qtbot.waitSignals([wizard.summary_page.undone, window.accounts_page.loaded],
                           timeout=TIMEOUT):
        wizard.summary_page.undo_button.click()
    assert asked == [("2024年3月销售明细.xlsx", 3, 0, 2)]
    assert "was undone" in wizard.summary_page.outcome.text()
    assert "3 rows removed" in wizard.summary_page.outcome.text()
    assert not wizard.summary_page.undo_button.isVisible()
    assert account_codes(window.db) == ["C001", "C002", "C003", "C004", "C005"]
    assert window.accounts_page.model.rowCount() == 5


def test_a_hostile_file_is_reported_on_the_page(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, sales_file: Path, shown_errors, shown_crashes
) -> None:
    hostile = tmp_path / "客户资料.xlsx"
    hostile.write_bytes(bytes(range(256)) * 64)
    wizard = window.open_import_wizard(hostile)
    assert wizard.state.kind == "accounts"  # guessed from 客户资料
    go_to_sheet(qtbot, wizard)
    page = wizard.sheet_page
    assert page.error.isVisible()
    assert page.error.heading.text() == \
        "This file is not a spreadsheet (Excel, OpenDocument or CSV)."
    assert "客户资料.xlsx" in page.error.detail.text()
    assert "Go back and choose another file." in page.error.detail.text()
    assert not page.preview.isVisible()
    assert not wizard.next_button.isEnabled()
    assert wizard.back_button.isEnabled()
    assert shown_errors == [] and shown_crashes == []

    # the wizard stays usable: back, another file, on
    wizard.back_button.click()
    wizard.file_page.set_path(sales_file)
    assert wizard.state.kind == "sales"
    go_to_sheet(qtbot, wizard)
    assert page.error.isHidden(), page.error.text()
    assert page.preview_model.rowCount() == 4
    assert wizard.next_button.isEnabled()


def test_the_file_page_checks_the_path(window: MainWindow, tmp_path: Path) -> None:
    wizard = window.open_import_wizard()
    page = wizard.file_page
    assert not wizard.next_button.isEnabled()
    page.path_edit.setText(str(tmp_path / "missing.xlsx"))
    assert page.path_problem.text().startswith("There is no file")
    assert not wizard.next_button.isEnabled()
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    page.path_edit.setText(str(notes))
    assert "Choose an Excel" in page.path_problem.text()
    assert not wizard.next_button.isEnabled()
    wizard.reject()


def test_browse_chooses_the_file(window: MainWindow, sales_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    starts: list[object] = []
    monkeypatch.setattr(import_dialogs, "ask_import_file",
                        lambda _parent, start: starts.append(start) or sales_file)
    wizard = window.open_import_wizard()
    wizard.file_page.browse_button.click()
    assert wizard.state.path == sales_file
    assert wizard.next_button.isEnabled()
    wizard.reject()


def test_choosing_another_sheet_reads_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = write_sales_file(tmp_path / "export.xlsx")
    book = openpyxl.load_workbook(path)
    notes = book.create_sheet("说明")
    notes.append(["单据编号", "备注"])
    notes.append(["XS-101", "加急"])
    hidden = book.create_sheet("隐藏")
    hidden.sheet_state = "hidden"
    book.save(path)
    wizard = window.open_import_wizard(path)
    go_to_sheet(qtbot, wizard)
    combo = wizard.sheet_page.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == \
        ["销售明细", "说明", "隐藏 (hidden)"]
    with qtbot.waitSignal(wizard.sheet_page.loaded, timeout=TIMEOUT):
        wizard.sheet_page.choose_sheet("说明")
    assert wizard.state.inspection is not None
    assert wizard.state.inspection.table.sheet == "说明"
    assert wizard.sheet_page.preview_model.rowCount() == 1
    wizard.next_button.click()
    assert wizard.mapping_page.missing_label.isVisible()  # no date, no amount on that sheet
    assert not wizard.next_button.isEnabled()
    wizard.reject()


def test_cancel_during_import_leaves_the_database_unchanged(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sales_file: Path
) -> None:
    db = window.db
    before = (account_codes(db), sales_line_count(db))
    wizard = window.open_import_wizard(sales_file)
    go_to_check(qtbot, wizard)
    wizard.check_page.skip_box.setChecked(True)
    # Hold the single writer thread so the import is queued, cancel it, then let it run:
    # it stops at its first step and rolls back.
    gate = threading.Event()
    blocker = Op(parent=None, run=lambda _p, _c: gate.wait(10), writes=True).start()
    wizard.next_button.click()
    assert wizard.current_key() == "run"
    assert wizard.run_page.is_busy()
    assert not wizard.back_button.isEnabled()
    assert not wizard.next_button.isVisible()
    with qtbot.waitSignal(wizard.run_page.finished, timeout=TIMEOUT) as finished:
        wizard.run_page.cancel_button.click()
        assert wizard.run_page.step_label.text().startswith("Cancelling")
        gate.set()
    assert blocker.finished.wait(5)
    assert finished.args == [False]
    assert wizard.current_key() == "run"
    assert wizard.run_page.outcome.heading.text() == "Cancelled; nothing was imported."
    assert (account_codes(db), sales_line_count(db)) == before
    with db.unit_of_work() as uow:
        assert list_imports(uow) == []
    # back to the check, and the wizard can still import
    assert wizard.back_button.isEnabled()
    assert wizard.cancel_button.text() == "Close"
    wizard.back_button.click()
    assert wizard.current_key() == "check"
    with qtbot.waitSignal(wizard.run_page.finished, timeout=TIMEOUT) as finished:
        wizard.next_button.click()
    assert finished.args == [True]
    assert wizard.current_key() == "summary"


def test_closing_during_import_cancels_it_first(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sales_file: Path
) -> None:
    wizard = window.open_import_wizard(sales_file)
    go_to_check(qtbot, wizard)
    wizard.check_page.skip_box.setChecked(True)
    gate = threading.Event()
    Op(parent=None, run=lambda _p, _c: gate.wait(10), writes=True).start()
    wizard.next_button.click()
    with qtbot.waitSignal(wizard.finished, timeout=TIMEOUT):
        wizard.reject()  # Escape or the window's close button
        assert wizard.isVisible()  # not before the import has stopped
        gate.set()
    assert not wizard.isVisible()
    with window.db.unit_of_work() as uow:
        assert list_imports(uow) == []


def test_saved_mappings(qtbot, window: MainWindow, sales_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wizard = window.open_import_wizard(sales_file)
    go_to_sheet(qtbot, wizard)
    wizard.next_button.click()
    mapping = wizard.mapping_page
    assert mapping.profile_combo.currentText() == "(none)"
    assert mapping.profile_note.text() == ""
    mapping.set_column("salesperson", 7)
    monkeypatch.setattr(import_dialogs, "ask_profile_name", lambda _parent, _s: "Kingdee sales")
    with qtbot.waitSignal(mapping.profile_saved, timeout=TIMEOUT):
        mapping.save_button.click()
    assert mapping.profile_combo.currentText() == "Kingdee sales"
    assert mapping.profile_note.text() == "Saved the mapping as “Kingdee sales”."
    wizard.reject()

    # the next file with these headers gets it automatically
    again = window.open_import_wizard(sales_file)
    go_to_sheet(qtbot, again)
    assert again.state.inspection is not None
    assert again.state.inspection.profile_used == "Kingdee sales"
    again.next_button.click()
    mapping = again.mapping_page
    assert mapping.profile_combo.currentText() == "Kingdee sales"
    assert mapping.profile_note.text() == \
        "Using the saved mapping “Kingdee sales” (saved for files with these headers)."
    assert mapping.combos["salesperson"].currentData() == 7
    mapping.set_column("salesperson", None)
    assert mapping.profile_note.text() == "Changed from the saved mapping “Kingdee sales”."
    mapping.apply_profile("Kingdee sales")  # as choosing it in the drop-down
    assert mapping.combos["salesperson"].currentData() == 7
    assert mapping.profile_note.text() == "Applied the saved mapping “Kingdee sales”."
    again.reject()


def test_a_saved_mapping_with_a_blank_header_applies_again(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户编码", "单据日期", "金额", None])  # the salesperson's column has no header
    sheet.append(["N001", "2024-03-01", 100, "王磊"])
    sheet.append(["N002", "2024-03-02", 200, "李娜"])
    path = tmp_path / "sales.xlsx"
    book.save(path)
    wizard = window.open_import_wizard(path)
    go_to_sheet(qtbot, wizard)
    wizard.next_button.click()
    assert wizard.mapping_page.combos["salesperson"].findText("D") > 0
    wizard.mapping_page.set_column("salesperson", 3)
    with qtbot.waitSignal(wizard.mapping_page.profile_saved, timeout=TIMEOUT):
        wizard.mapping_page.save_profile("No header")
    wizard.reject()

    again = window.open_import_wizard(path)
    go_to_sheet(qtbot, again)
    assert again.sheet_page.error.isHidden(), again.sheet_page.error.text()
    assert again.state.inspection is not None
    assert again.state.inspection.profile_used == "No header"
    assert again.state.inspection.mapping["salesperson"] == 3
    again.reject()


def test_a_column_feeds_one_field(qtbot, window: MainWindow, sales_file: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = window.open_import_wizard(sales_file)
    go_to_sheet(qtbot, wizard)
    wizard.next_button.click()
    mapping = wizard.mapping_page
    mapping.set_column("order_no", 0)  # A was the customer code
    assert wizard.state.columns["order_no"] == 0
    assert "customer_code" not in wizard.state.columns
    assert mapping.combos["customer_code"].currentText() == "(not imported)"
    assert "no longer as Customer code" in mapping.moved_note.text()
    wizard.reject()


def drag_events(path: Path) -> tuple[QDragEnterEvent, QDropEvent, QMimeData]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    return enter, drop, mime


def test_dropping_a_file_on_the_window_opens_the_wizard(  # type: ignore[no-untyped-def]
    window: MainWindow, sales_file: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a spreadsheet")
    enter, _drop, _mime = drag_events(notes)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()

    enter, drop, _mime = drag_events(sales_file)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.current_key() == "file"
    assert wizard.state.path == sales_file
    assert wizard.file_page.path_edit.text() == str(sales_file)
    assert wizard.next_button.isEnabled()
    wizard.reject()


def test_ctrl_i_and_the_import_page_open_the_wizard(window: MainWindow) -> None:
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.import_action in window.file_menu.actions()
    window.import_action.trigger()
    first = window.import_wizard
    assert first is not None and first.isVisible()
    first.reject()
    assert window.import_wizard is None
    window.show_page("import")
    window.import_page.import_button.click()
    assert window.import_wizard is not None
    window.import_wizard.reject()


def test_no_database_no_wizard(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert not win.import_action.isEnabled()
    assert win.open_import_wizard() is None


def test_the_wizard_speaks_chinese(qtbot, window: MainWindow, sales_file: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = window.open_import_wizard(sales_file)
    i18n.install_translator(QApplication.instance(), "zh_CN")
    qtbot.waitUntil(lambda: wizard.windowTitle() == "导入文件")
    assert wizard.file_page.kind_buttons[wizard.state.kind].text() == "销售明细"
    assert wizard.next_button.text() == "下一步(&N) >"
    go_to_sheet(qtbot, wizard)
    assert "表头位于第 3 行" in wizard.sheet_page.found_label.text()
    wizard.next_button.click()
    assert wizard.mapping_page.field_labels["order_date"].text() == "单据日期 *"
    wizard.reject()


def test_preview_model_is_a_proper_model(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.importing.pipeline import read_table

    table = read_table(write_sales_file(tmp_path / "sales.xlsx"))
    model = SourcePreviewModel()
    model.set_table(table, rows=3)
    assert model.rowCount() == 3
    assert model.columnCount() == len(HEADER)
    qtmodeltester.check(model)
    model.set_table(None)
    assert model.rowCount() == model.columnCount() == 0


def test_file_error_headings_are_translated_by_code() -> None:
    from kam_desktop.ui.import_source_pages import user_error_text

    heading, detail = user_error_text(ImportFileError("x.xlsx is locked", code="encrypted"))
    assert heading.startswith("The file is protected by a password")
    assert detail == "x.xlsx is locked"
    heading, _ = user_error_text(ImportFileError("odd", code="something_new"))
    assert heading == "The file cannot be read."
    assert user_error_text(ZeroDivisionError()) is None
