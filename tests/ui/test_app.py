"""Start-up: the first-run dialog's choices, demo on request, errors, `run_gui` and `main`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from kam_desktop import settings
from kam_desktop.errors import NewerDatabaseError
from kam_desktop.services.database import open_database
from kam_desktop.storage.database import Database
from kam_desktop.ui import app as app_module
from kam_desktop.ui import first_run_dialog
from kam_desktop.ui.app import Launcher, run_gui
from kam_desktop.ui.first_run_dialog import FirstRunAction, FirstRunChoice, FirstRunDialog
from kam_desktop.ui.main_window import MainWindow


@pytest.fixture
def choices(monkeypatch: pytest.MonkeyPatch) -> list[FirstRunChoice]:
    """Answers for the first-run dialog, in order (it is modal, so it is patched)."""
    answers: list[FirstRunChoice] = []

    def ask(db_path: Path, parent: object = None) -> FirstRunChoice:
        return answers.pop(0) if answers else FirstRunChoice(FirstRunAction.QUIT, db_path)

    monkeypatch.setattr(first_run_dialog, "ask_first_run", ask)
    return answers


def launch(qtbot, db_path: Path, **kwargs: object) -> Launcher:  # type: ignore[no-untyped-def]
    launcher = Launcher(db_path, **kwargs)  # type: ignore[arg-type]
    launcher.window_ready.connect(qtbot.addWidget)
    launcher.start()
    return launcher


def test_first_run_empty_creates_the_database_and_opens_the_window(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, choices
) -> None:
    choices.append(FirstRunChoice(FirstRunAction.EMPTY, db_path))
    assert not db_path.exists()
    launcher = launch(qtbot, db_path)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=5000)
    window = launcher.window
    assert isinstance(window, MainWindow)
    assert db_path.is_file()
    assert window.isVisible()
    assert window.windowTitle() == "KAM Desktop — kam.db"
    qtbot.waitUntil(lambda: not window.accounts_page.is_loading)
    assert window.accounts_page.model.rowCount() == 0


def test_first_run_quit_creates_nothing(qtbot, db_path: Path, choices) -> None:  # type: ignore[no-untyped-def]
    launcher = Launcher(db_path)
    with qtbot.waitSignal(launcher.finished) as blocker:
        launcher.start()
    assert blocker.args == [0]
    assert not db_path.exists()
    assert launcher.window is None


def test_first_run_open_an_existing_file(qtbot, db_path: Path, tmp_path: Path, choices) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "elsewhere.db"
    open_database(existing).close()
    choices.append(FirstRunChoice(FirstRunAction.OPEN, existing))
    launcher = launch(qtbot, db_path)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=5000)
    assert launcher.window.db.path == existing
    assert not db_path.exists()


def test_first_run_open_a_missing_file_says_so_and_asks_again(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, tmp_path: Path, choices, shown_errors
) -> None:
    missing = tmp_path / "gone.db"
    choices.append(FirstRunChoice(FirstRunAction.OPEN, missing))
    launcher = Launcher(db_path)
    with qtbot.waitSignal(launcher.finished, timeout=5000) as blocker:
        launcher.start()
    assert blocker.args == [0]  # asked again, and the (default) answer was Quit
    assert "no such database" in str(shown_errors[0])
    assert not missing.exists()
    assert not db_path.exists()


def test_an_unwritable_location_is_a_clear_error_not_a_crash(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, choices, shown_errors, shown_crashes
) -> None:
    blocker_file = tmp_path / "a-file"
    blocker_file.write_text("not a folder")
    target = blocker_file / "kam.db"
    choices.append(FirstRunChoice(FirstRunAction.EMPTY, target))
    launcher = Launcher(target)
    with qtbot.waitSignal(launcher.finished, timeout=5000):
        launcher.start()
    assert shown_crashes == []
    assert len(shown_errors) == 1
    assert "a-file" in str(shown_errors[0])


def test_an_existing_database_opens_without_asking(qtbot, sample_db: Database, choices) -> None:  # type: ignore[no-untyped-def]
    choices.append(FirstRunChoice(FirstRunAction.EMPTY, Path("never-used")))
    launcher = launch(qtbot, sample_db.path)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=5000)
    qtbot.waitUntil(lambda: launcher.window.accounts_page.model.rowCount() == 5)
    assert len(choices) == 1  # the dialog was not asked


def test_a_newer_database_is_refused_with_a_clear_message(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, shown_errors
) -> None:
    db = open_database(db_path)
    with db.unit_of_work() as uow:
        uow.session.connection().exec_driver_sql("UPDATE alembic_version SET version_num='9999'")
        uow.commit()
    db.close()
    launcher = Launcher(db_path)
    with qtbot.waitSignal(launcher.finished, timeout=5000) as blocker:
        launcher.start()
    assert blocker.args == [2]
    assert len(shown_errors) == 1
    assert isinstance(shown_errors[0], NewerDatabaseError)
    assert "newer version" in str(shown_errors[0])
    assert db_path.exists()  # untouched


def test_first_run_dialog_choices(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(db_path)
    qtbot.addWidget(dialog)
    assert str(db_path) in dialog.intro.text()
    assert dialog.empty_button.text() == "Create an empty database"
    assert dialog.demo_button.text() == "Open the demo portfolio"
    dialog.demo_button.click()
    assert dialog.choice == FirstRunChoice(FirstRunAction.DEMO, db_path)
    dialog = FirstRunDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.empty_button.click()
    assert dialog.choice.action == FirstRunAction.EMPTY
    dialog = FirstRunDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.quit_button.click()
    assert dialog.choice.action == FirstRunAction.QUIT


def test_first_run_open_file_choice(qtbot, db_path: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    picked = tmp_path / "picked.db"
    monkeypatch.setattr(first_run_dialog, "ask_existing_database", lambda *_a: picked)
    dialog = FirstRunDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.open_button.click()
    assert dialog.choice == FirstRunChoice(FirstRunAction.OPEN, picked)


@pytest.fixture
def restore_app_state(qapp: QApplication, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    qapp.setQuitOnLastWindowClosed(True)


def close_main_window_when_loaded() -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and windows[0].isVisible() and not windows[0].accounts_page.is_loading:
        windows[0].close()
    else:
        QTimer.singleShot(20, close_main_window_when_loaded)


def test_run_gui_opens_and_quits(sample_db: Database, restore_app_state) -> None:  # type: ignore[no-untyped-def]
    QTimer.singleShot(0, close_main_window_when_loaded)
    assert run_gui(sample_db.path, lang="en") == 0
    assert settings.current().last_db_path == str(sample_db.path)
    assert sys.excepthook is app_module.crash_dialog.handle_exception


def test_run_gui_quit_at_first_run(db_path: Path, choices, restore_app_state) -> None:  # type: ignore[no-untyped-def]
    assert run_gui(db_path, lang="en") == 0
    assert not db_path.exists()


def test_main_resolves_the_database(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[Path, bool, str | None]] = []
    monkeypatch.setattr(app_module, "run_gui",
                        lambda path, demo_if_missing, lang: seen.append((path, demo_if_missing,
                                                                         lang)) or 0)
    assert app_module.main(["--db", str(tmp_path / "a.db"), "--lang", "zh_CN"]) == 0
    assert seen[-1] == (tmp_path / "a.db", False, "zh_CN")
    monkeypatch.setenv("KAM_DB", str(tmp_path / "env.db"))
    app_module.main(["--demo-if-missing"])
    assert seen[-1] == (tmp_path / "env.db", True, None)
    monkeypatch.delenv("KAM_DB")
    app_module.main([])
    from kam_desktop import paths

    assert seen[-1][0] == paths.default_db_path()
    last = tmp_path / "last.db"
    last.write_bytes(b"")
    settings.store().update(last_db_path=str(last))
    app_module.main([])
    assert seen[-1][0] == last  # the database opened last time, while it exists
    with pytest.raises(SystemExit):
        app_module.main(["--lang", "fr"])


# --- the demo portfolio (kam_desktop.services.demo) ---------------------------------------
# Background work is awaited with waitSignal (a real event loop) rather than waitUntil: the
# latter sleeps in qWait while holding the GIL, which starves the worker thread.


def test_demo_if_missing_creates_the_demo_without_asking(qtbot, db_path: Path, choices) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("kam_desktop.services.demo")
    choices.append(FirstRunChoice(FirstRunAction.QUIT, db_path))  # must not be asked
    launcher = Launcher(db_path, demo_if_missing=True)
    launcher.window_ready.connect(qtbot.addWidget)
    with qtbot.waitSignal(launcher.window_ready, timeout=30_000):
        launcher.start()
    window = launcher.window
    assert window is not None
    if window.accounts_page.is_loading:
        with qtbot.waitSignal(window.accounts_page.loaded, timeout=10_000):
            pass
    assert window.accounts_page.model.rowCount() == 300
    assert window.count_label.text() == "300 accounts"
    assert len(choices) == 1


def test_cancelling_the_demo_removes_the_file_and_asks_again(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, choices, shown_errors
) -> None:
    pytest.importorskip("kam_desktop.services.demo")
    choices.append(FirstRunChoice(FirstRunAction.DEMO, db_path))
    # then the default answer: Quit
    launcher = Launcher(db_path)
    with qtbot.waitSignal(launcher.finished, timeout=30_000) as blocker:
        launcher.start()
        dialog = launcher.op.progress_dialog
        assert dialog is not None
        dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert blocker.args == [0]
    assert launcher.op.cancelled()
    assert launcher.window is None
    assert shown_errors == []  # a cancel is not an error
    assert not db_path.exists()
    assert not Path(f"{db_path}-wal").exists()
