"""The Import page: the history of imports, and undo with a confirmation that says what it does.

Imports are made with the import service itself (the wizard has its own tests); background work
is awaited with `qtbot.waitSignal`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kam_desktop.errors import RefusedError
from kam_desktop.services.importing.fields import ImportKindName
from kam_desktop.services.importing.history import list_imports
from kam_desktop.services.importing.pipeline import import_file
from kam_desktop.services.importing.result import ImportRequest, ImportResult
from kam_desktop.storage.database import Database
from kam_desktop.ui import import_dialogs
from kam_desktop.ui.import_models import HISTORY_COLUMNS, ImportHistoryModel, RowsModel
from kam_desktop.ui.main_window import MainWindow
from tests.ui.test_import_wizard import ROWS, account_codes, write_sales_file

TIMEOUT = 20_000


def import_sales(db: Database, path: Path) -> ImportResult:
    return import_file(db, ImportRequest(kind=ImportKindName.SALES, path=path,
                                         skip_invalid=True))


def cell(window: MainWindow, row: int, key: str) -> str:
    proxy = window.import_page.proxy
    return proxy.data(proxy.index(row, HISTORY_COLUMNS.index(key)))


@pytest.fixture
def imported(qtbot, window: MainWindow, tmp_path: Path) -> ImportResult:  # type: ignore[no-untyped-def]
    """One sales import (3 lines, 2 new accounts, 1 invalid row skipped), shown on the page."""
    result = import_sales(window.db, write_sales_file(tmp_path / "sales.xlsx"))
    window.show_page("import")
    with qtbot.waitSignal(window.import_page.loaded, timeout=TIMEOUT):
        window.import_page.reload()
    return result


def test_the_page_replaces_the_placeholder(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["import"]
    assert page is window.import_page
    window.show_page("import")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT) as loaded:
        page.reload()
    assert loaded.args == [0]
    assert page.title.text() == "Import"
    assert "drop a file" in page.drop_hint.text()
    assert page.import_button.isEnabled()
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "No imports yet."
    assert page.undo_note.text() == "Select an import to undo it."


def test_the_history_lists_the_import(window: MainWindow, imported: ImportResult) -> None:
    page = window.import_page
    assert page.model.rowCount() == 1
    assert page.empty_label.isHidden()
    assert cell(window, 0, "kind") == "Sales lines"
    assert cell(window, 0, "file_name") == "sales.xlsx"
    assert cell(window, 0, "sheet") == "销售明细"
    assert cell(window, 0, "rows_read") == "4"
    assert cell(window, 0, "inserted") == "3"
    assert cell(window, 0, "invalid") == "1"
    assert cell(window, 0, "accounts_created") == "2"
    assert cell(window, 0, "status") == "Imported"
    assert len(cell(window, 0, "imported_at")) == len("2024-06-30 14:05")
    assert not page.undo_button.isEnabled()  # nothing selected
    assert page.select_batch(imported.batch_id)
    assert page.undo_button.isEnabled()
    assert page.undo_note.text() == (
        "This removes the 3 rows it added.\nIt also removes the 2 accounts it created, except "
        "those that now hold data of their own (contacts, visits, plans).\nA backup of the "
        "database is taken first."
    )


def test_undo_removes_the_import_and_marks_it_undone(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, imported: ImportResult, monkeypatch
) -> None:
    page = window.import_page
    page.select_batch(imported.batch_id)
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(import_dialogs, "confirm_undo",
                        lambda *args: asked.append(args[1:]) or True)
    with qtbot.waitSignals([page.loaded, window.accounts_page.loaded], timeout=TIMEOUT):
        page.undo_button.click()
    assert asked == [("sales.xlsx", 3, 0, 2)]
    assert cell(window, 0, "status") == "Undone"
    assert page.selected_batch() is not None  # the selection survives the reload
    assert not page.undo_button.isEnabled()
    assert page.undo_note.text() == "This import was undone."
    assert "The import of sales.xlsx was undone." in page.message.text()
    assert "3 rows removed" in page.message.text()
    assert account_codes(window.db) == ["C001", "C002", "C003", "C004", "C005"]
    assert window.accounts_page.model.rowCount() == 5
    proxy = page.proxy
    tip = proxy.data(proxy.index(0, HISTORY_COLUMNS.index("status")),
                     Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Undone on ")
    with window.db.unit_of_work() as uow:
        assert [b.status for b in list_imports(uow)] == ["undone"]


def test_undo_asks_first(window: MainWindow, imported: ImportResult, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.import_page
    page.select_batch(imported.batch_id)
    monkeypatch.setattr(import_dialogs, "confirm_undo", lambda *_args: False)
    assert page.undo_selected() is None
    with window.db.unit_of_work() as uow:
        assert [b.status for b in list_imports(uow)] == ["committed"]


def test_a_refused_undo_is_explained(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, imported: ImportResult, tmp_path: Path, monkeypatch, shown_errors
) -> None:
    # A later import changes the lines of the first one: undoing the first is refused.
    changed = [[*row[:6], row[6] * 2, row[7]] for row in ROWS]
    later = import_sales(window.db, write_sales_file(tmp_path / "sales-corrected.xlsx", changed))
    assert later.updated == 3
    page = window.import_page
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.reload()
    assert page.model.rowCount() == 2
    assert page.select_batch(imported.batch_id)
    monkeypatch.setattr(import_dialogs, "confirm_undo", lambda *_args: True)
    with qtbot.waitSignal(page.undo_finished, timeout=TIMEOUT) as finished:
        page.undo_button.click()
    assert finished.args == [False]
    assert len(shown_errors) == 1
    assert isinstance(shown_errors[0], RefusedError)
    assert "undo that import first" in str(shown_errors[0])
    assert page.undo_button.isEnabled()  # nothing changed; the user can undo the later one
    with window.db.unit_of_work() as uow:
        assert {b.status for b in list_imports(uow)} == {"committed"}


def test_history_model_is_a_proper_model(qtmodeltester, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_sales(db, write_sales_file(tmp_path / "sales.xlsx"))
    with db.unit_of_work() as uow:
        batches = list_imports(uow)
    model = ImportHistoryModel()
    model.set_batches(batches)
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Imported"
    assert model.row_of(batches[0].batch_id) == 0
    assert model.batch_at(5) is None


def test_rows_model_is_a_proper_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RowsModel(lambda: ["Row", "Problem"], numeric=[0])
    model.set_rows([(6, "not a date"), (12, "no customer")])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 0)) == "12"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.TextAlignmentRole) is not None


def test_import_screenshots_are_written(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from kam_desktop.ui import screenshots

    written = screenshots.render_import_screenshots(tmp_path / "shots", "en")
    assert sorted(p.name for p in written) == [
        "import-check-en.png", "import-error-en.png", "import-file-en.png",
        "import-mapping-en.png", "import-page-en.png", "import-sheet-en.png",
        "import-summary-en.png",
    ]
    for path in written:
        assert not QImage(str(path)).isNull(), path
