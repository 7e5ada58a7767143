"""The main window: navigation, shortcuts, pages, language, menus, databases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

import kam_desktop
from kam_desktop import settings
from kam_desktop.errors import DatabaseError, NewerDatabaseError
from kam_desktop.services.database import open_database
from kam_desktop.storage.database import Database
from kam_desktop.ui import about_dialog, file_dialogs, i18n
from kam_desktop.ui.about_dialog import AboutDialog
from kam_desktop.ui.main_window import PAGE_KEYS, SCROLLING_PAGES, MainWindow
from tests.ui.sample_data import add_sample_accounts


def nav_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(r).text() for r in range(window.navigation.count())]


def test_navigation_has_the_eight_pages(window: MainWindow) -> None:
    assert nav_texts(window) == [
        "Dashboard", "Accounts", "Visits", "Surveys", "Import", "Classification",
        "Account plans", "Settings",
    ]
    assert window.stack.count() == 8
    for row in range(8):
        assert not window.navigation.item(row).icon().isNull()


def test_every_page_is_reachable_by_clicking(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for row, key in enumerate(PAGE_KEYS):
        rect = window.navigation.visualItemRect(window.navigation.item(row))
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        assert window.current_page_key() == key
        shown = window.stack.currentWidget()
        assert (shown.widget() if key in SCROLLING_PAGES else shown) is window.pages[key]
        assert window.page_actions[key].isChecked()


def test_every_page_is_reachable_by_shortcut(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for number, key in enumerate(PAGE_KEYS, start=1):
        assert window.page_actions[key].shortcut() == QKeySequence(f"Ctrl+{number}")
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
    assert settings.current().last_page == "settings"


def test_main_shortcuts(window: MainWindow) -> None:
    assert window.open_action.shortcut() == QKeySequence("Ctrl+O")
    assert window.new_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.find_action.shortcut() == QKeySequence("Ctrl+F")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_every_page_is_a_working_page(window: MainWindow) -> None:
    from kam_desktop.ui.dashboard_page import DashboardPage
    from kam_desktop.ui.plans_page import PlansPage
    from kam_desktop.ui.surveys_page import SurveysPage
    from kam_desktop.ui.visits_page import VisitsPage

    expected = {"dashboard": DashboardPage, "visits": VisitsPage, "surveys": SurveysPage,
                "plans": PlansPage}
    for key, cls in expected.items():
        assert isinstance(window.pages[key], cls)
    for row in range(window.navigation.count()):
        assert window.navigation.item(row).toolTip() == ""
    assert window.quick_visit_action.shortcut() == QKeySequence("Ctrl+L")


def test_the_import_page_names_the_erps(window: MainWindow) -> None:
    text = window.pages["import"].text()
    assert "Kingdee, Yonyou, SAP" in text
    assert "column mapping, validation, preview and undo" in text


def test_last_page_and_geometry_are_restored(qtbot, sample_db: Database) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(sample_db)
    qtbot.addWidget(first)
    first.show()
    first.resize(701, 503)  # the offscreen screen is 800×600
    first.show_page("plans")
    first.close()
    assert settings.current().window_geometry
    second = MainWindow(open_database(sample_db.path))
    qtbot.addWidget(second)
    second.show()
    assert second.current_page_key() == "plans"
    assert (second.width(), second.height()) == (701, 503)


def test_switching_language_retranslates_and_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.accounts_page.detail.overview.loaded, timeout=10_000):
        window.accounts_page.select_code("C001")
    settings_page = window.settings_page
    settings_page.choose_language("zh_CN")
    assert settings.current().language == "zh_CN"
    assert i18n.current_language() == "zh_CN"
    # Qt posts LanguageChange events; they arrive on the next turn of the event loop
    qtbot.waitUntil(lambda: nav_texts(window)[1] == "大客户")
    assert nav_texts(window)[5] == "客户分级"
    assert window.accounts_page.title.text() == "大客户"
    assert window.accounts_page.count_label.text() == "共 5 个客户"
    assert window.count_label.text() == "5 个客户"
    model = window.accounts_page.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "客户名称"
    assert model.data(model.index(0, 7)) == "活跃"
    detail = window.accounts_page.detail
    assert detail.value_text("status") == "活跃"
    detail.set_current("contacts")
    contacts = window.accounts_page.contacts_tab.model
    texts = {(contacts.data(contacts.index(row, 2)), contacts.data(contacts.index(row, 3)))
             for row in range(contacts.rowCount())}
    assert ("决策者", "支持者") in texts
    assert {attitude for _role, attitude in texts} >= {"支持者", "中立", "反对者"}
    assert window.file_menu.title() == "文件(&F)"
    assert window.navigation.item(0).text() == "仪表盘"
    assert settings_page.title.text() == "设置"
    assert QLocale().name() == "zh_CN"

    settings_page.choose_language("en")
    assert i18n.current_language() == "en"
    qtbot.waitUntil(lambda: nav_texts(window)[1] == "Accounts")
    assert window.accounts_page.count_label.text() == "5 accounts"
    assert "Decision maker" in {contacts.data(contacts.index(row, 2))
                                for row in range(contacts.rowCount())}
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"


def test_system_language_setting(window: MainWindow) -> None:
    window.settings_page.choose_language("zh_CN")
    window.settings_page.choose_language("system")
    assert settings.current().language == "system"
    assert i18n.current_language() == i18n.system_language()


def test_about_box_shows_the_version(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.about_action.trigger()
    assert len(shown) == 1
    about = shown[0]
    qtbot.addWidget(about)
    assert kam_desktop.__version__ in about.version.text()
    assert about.version.text() == f"Version {kam_desktop.__version__}"
    texts = " ".join(label.text() for label in about.findChildren(QLabel))
    assert "KAM Desktop" in texts
    assert about_dialog.show_about is not None


def test_open_another_database(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    other_path = tmp_path / "other.db"
    other = open_database(other_path)
    add_sample_accounts(other)
    other.close()
    monkeypatch.setattr(file_dialogs, "ask_existing_database", lambda *_a: other_path)
    old = window.db
    window.open_action.trigger()
    qtbot.waitUntil(lambda: window.db is not old and window.db is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.accounts_page.model.rowCount() == 5, timeout=5000)
    assert window.windowTitle() == "KAM Desktop — other.db"
    assert settings.current().last_db_path == str(other_path)
    assert window.settings_page.db_value.text() == str(other_path)


def test_opening_a_newer_database_shows_a_clear_error(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, shown_errors
) -> None:
    newer = tmp_path / "newer.db"
    other = open_database(newer)
    with other.unit_of_work() as uow:
        uow.session.connection().exec_driver_sql("UPDATE alembic_version SET version_num='9999'")
        uow.commit()
    other.close()
    monkeypatch.setattr(file_dialogs, "ask_existing_database", lambda *_a: newer)
    old = window.db
    window.open_action.trigger()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=5000)
    assert isinstance(shown_errors[0], NewerDatabaseError)
    assert window.db is old  # still on the database it had


def test_new_database(qtbot, window: MainWindow, tmp_path: Path, monkeypatch, shown_errors) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "fresh.db"
    monkeypatch.setattr(file_dialogs, "ask_new_database", lambda *_a: target)
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.db is not None and window.db.path == target, timeout=5000)
    qtbot.waitUntil(lambda: not window.accounts_page.is_loading)
    assert target.exists()
    assert window.accounts_page.model.rowCount() == 0
    # an existing file is not overwritten
    window.new_action.trigger()
    assert isinstance(shown_errors[-1], DatabaseError)
    assert "already exists" in str(shown_errors[-1])


def test_language_change_event_reaches_every_page(window: MainWindow) -> None:
    calls: list[str] = []
    for key, page in window.pages.items():
        original = page.retranslate_ui  # type: ignore[attr-defined]
        page.retranslate_ui = (  # type: ignore[attr-defined]
            lambda k=key, f=original: (calls.append(k), f())
        )
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    for page in window.pages.values():
        QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert sorted(set(calls)) == sorted(PAGE_KEYS)
