"""Shared by the classification UI tests: a demo portfolio in an open main window, and waiting
for the Classification page. Background work is awaited with `qtbot.waitSignal(s)`.

The windows are deleted at the end of each test (`close_window`), not left to `deleteLater`:
outside a running event loop deferred deletes never happen, so every later test would pay for
the windows of the earlier ones (each style sheet and language change re-polishes and
re-translates them all).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kam_desktop.services.demo import generate_demo
from kam_desktop.storage.database import Database
from kam_desktop.ui.classification_page import ClassificationPage
from kam_desktop.ui.main_window import MainWindow

TIMEOUT = 20_000


def fill_demo(db: Database) -> Database:
    generate_demo(db, accounts=40, seed=1)
    return db


def open_window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on `db`, on the Accounts page, with the accounts loaded."""
    window = MainWindow()
    window.show()
    with qtbot.waitSignal(window.accounts_page.loaded, timeout=TIMEOUT):
        window.set_database(db)
    return window


def open_page(qtbot, window: MainWindow) -> ClassificationPage:  # type: ignore[no-untyped-def]
    """Show the Classification page and wait until its policies and charts are loaded."""
    page = window.classification_page
    with qtbot.waitSignals([page.library_loaded, page.charts_loaded], timeout=TIMEOUT):
        window.show_page("classification")
    return page


def close_window(window: MainWindow) -> None:
    """Close the window and delete it now (see the module docstring)."""
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
