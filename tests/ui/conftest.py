"""UI test fixtures: a sample portfolio, an open main window, English by default, no modals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from kam_desktop.storage.database import Database
from kam_desktop.ui import crash_dialog, fonts, i18n, messages, style
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.operations import write_pool
from tests.ui.holding import release_held
from tests.ui.sample_data import add_sample_accounts

UI_TESTS = Path(__file__).resolve().parent

# The offscreen platform plugin warns whenever a top-level window's size constraints change;
# it says nothing about our code.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def ui_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application as `create_app` sets it up, in English; background work drained after."""
    fonts.register_fonts()
    style.apply_style(qapp)
    i18n.install_translator(qapp, "en")
    yield qapp
    QThreadPool.globalInstance().waitForDone(10_000)
    write_pool().waitForDone(10_000)
    release_held()  # no worker can hold the last reference now
    QApplication.processEvents()
    i18n.install_translator(qapp, "en")


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """User-error dialogs are recorded instead of shown (they are modal)."""
    shown: list[BaseException] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, exc: shown.append(exc))
    return shown


@pytest.fixture(autouse=True)
def shown_crashes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Crash dialogs are recorded instead of shown."""
    shown: list[str] = []
    monkeypatch.setattr(crash_dialog, "show_crash", shown.append)
    return shown


@pytest.fixture
def sample_db(db: Database) -> Database:
    add_sample_accounts(db)
    return db


@pytest.fixture
def window(qtbot, sample_db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(sample_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.accounts_page.model.rowCount() == 5, timeout=5000)
    return win
