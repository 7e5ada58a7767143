"""Op: background work with progress and cancel; results and errors on the main thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton, QWidget

from kam_desktop.errors import KamError
from kam_desktop.ui.operations import Op


def test_runs_off_the_ui_thread_and_delivers_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    main_thread = QThread.currentThread()
    worker_threads: list[object] = []
    results: list[tuple[int, bool]] = []

    def run(progress, cancelled):  # type: ignore[no-untyped-def]
        worker_threads.append(QThread.currentThread())
        return 42

    op = Op(parent=None, run=run,
            done=lambda r: results.append((r, QThread.currentThread() is main_thread))).start()
    qtbot.waitUntil(op.finished.is_set)
    assert results == [(42, True)]
    assert worker_threads[0] is not main_thread


def test_progress_dialog_and_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    outcome: list[BaseException] = []

    def run(progress, cancelled):  # type: ignore[no-untyped-def]
        for i in range(1000):
            progress(i, 1000, f"step {i}")
            started.set()
            if cancelled():
                raise KamError("cancelled, nothing written")
            time.sleep(0.005)
        return "finished"

    op = Op(parent=parent, run=run, done=outcome.append, failed=outcome.append) \
        .with_progress("Working…").start()
    dialog = op.progress_dialog
    assert dialog is not None
    assert dialog.labelText() == "Working…"
    qtbot.waitUntil(lambda: dialog.maximum() == 1000 and dialog.value() > 0, timeout=5000)
    assert dialog.labelText().startswith("step ")
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    assert op.cancelled()
    qtbot.waitUntil(op.finished.is_set, timeout=5000)
    assert len(outcome) == 1
    assert isinstance(outcome[0], KamError)
    assert op.progress_dialog is None


def test_user_errors_go_to_the_error_dialog_by_default(qtbot, shown_errors) -> None:  # type: ignore[no-untyped-def]
    def run(progress, cancelled):  # type: ignore[no-untyped-def]
        raise KamError("The file is locked.")

    op = Op(parent=None, run=run).start()
    qtbot.waitUntil(op.finished.is_set)
    assert [str(e) for e in shown_errors] == ["The file is locked."]


def test_bugs_go_to_the_crash_hook_by_default(qtbot, shown_crashes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from kam_desktop.ui import crash_dialog

    monkeypatch.setattr(sys, "excepthook", crash_dialog.handle_exception)

    def run(progress, cancelled):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("boom")

    op = Op(parent=None, run=run).start()
    qtbot.waitUntil(op.finished.is_set)
    assert len(shown_crashes) == 1
    assert "ZeroDivisionError: boom" in shown_crashes[0]


def test_a_deleted_parent_drops_the_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    release = threading.Event()
    called: list[object] = []
    op = Op(parent=parent, run=lambda p, c: release.wait(5), done=called.append).start()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    release.set()
    qtbot.waitUntil(op.finished.is_set)
    assert called == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_writes_run_one_after_another(qtbot) -> None:  # type: ignore[no-untyped-def]
    active = 0
    most = 0
    lock = threading.Lock()

    def write(progress, cancelled):  # type: ignore[no-untyped-def]
        nonlocal active, most
        with lock:
            active += 1
            most = max(most, active)
        time.sleep(0.02)
        with lock:
            active -= 1

    ops = [Op(parent=None, run=write, writes=True).start() for _ in range(4)]
    with qtbot.waitSignal(ops[-1]._relay.succeeded, timeout=5000):
        pass
    qtbot.waitUntil(lambda: all(op.finished.is_set() for op in ops))
    assert most == 1
