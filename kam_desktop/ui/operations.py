"""Background work off the UI thread, shaped like Anki's `QueryOp`.

    Op(
        parent=self,
        run=lambda progress, cancelled: generate_demo(db, progress=progress, cancelled=cancelled),
        done=self._on_demo_ready,
    ).with_progress(self.tr("Creating the demo portfolio…")).start()

`run` executes on a `QThreadPool` worker. It gets two plain callables and never a widget:
`progress(done, total, message)` and `cancelled() -> bool`. Its result (or exception) travels back
to the main thread through a queued signal, where `done(result)` or `failed(exc)` runs.

With `with_progress`, a `QProgressDialog` (window-modal, shown only when the work takes longer
than `SHOW_AFTER_MS`) displays the progress; its Cancel button sets the flag `cancelled()`
returns — the work itself decides where it can stop safely.

Without a `failed` callback, a `KamError` (or an `OSError`: the user's disk, not our bug) is
shown as a warning dialog and anything else goes to `sys.excepthook` (the crash dialog):
nothing is swallowed.

SQLite has a single writer, so work that writes passes `writes=True` and runs on a one-thread
pool, one write after another; reads run in parallel on the global pool (WAL lets them).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kam_desktop.ui import messages

T = TypeVar("T")
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

SHOW_AFTER_MS = 400
PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress updates a second cross the thread boundary

_running: set[Op[Any]] = set()  # keeps live operations (and their signal objects) from GC
_writer: QThreadPool | None = None


def write_pool() -> QThreadPool:
    """The one-thread pool that serialises every database write."""
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)
    return _writer


class _Relay(QObject):
    """Lives on the main thread; signals emitted from the worker are queued to it."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    errored = Signal(object)


class _Task(QRunnable):
    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op

    def run(self) -> None:
        self._op._run_in_worker()


class Op(Generic[T]):
    """One piece of background work with an optional progress dialog. Start it once."""

    def __init__(
        self,
        *,
        parent: QWidget | None,
        run: Callable[[Progress, Cancelled], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        writes: bool = False,
    ) -> None:
        self._parent = parent
        self._run = run
        self._done = done
        self._failed = failed
        self._pool = write_pool() if writes else QThreadPool.globalInstance()
        self._label: str | None = None
        self._show_messages = True
        self._cancel = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._last_progress = 0.0
        self._relay = _Relay()
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self._relay.errored.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        self.finished = threading.Event()  # set once done/failed has run (for tests)

    def with_progress(self, label: str, *, show_messages: bool = True) -> Op[T]:
        """Show a progress dialog titled `label`; `show_messages` also shows the messages the
        work reports (services report in English, so a translated UI may prefer not to)."""
        self._label = label
        self._show_messages = show_messages
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._dialog

    def start(self) -> Op[T]:
        if self._label is not None:
            dialog = QProgressDialog(self._parent)
            dialog.setWindowTitle(self._label)
            dialog.setLabelText(self._label)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(SHOW_AFTER_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setRange(0, 0)
            dialog.setMinimumWidth(420)
            dialog.canceled.connect(self._on_cancel_clicked)
            self._dialog = dialog
        _running.add(self)
        self._pool.start(_Task(self))
        return self

    # --- worker thread -------------------------------------------------------------------

    def _progress(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if done < total and now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self._relay.progressed.emit(int(done), int(total), str(message))

    def _run_in_worker(self) -> None:
        # The worker may hold the last reference to this Op (its QRunnable is deleted on the
        # worker thread). Whatever can reach a widget (the work's closure, the parent, the
        # callbacks) must therefore be let go of on the main thread: the closure is dropped
        # here *before* the result is sent (the Op still holds the parent and callbacks then),
        # and `_release` drops the rest on the main thread once the callback has run. A widget
        # freed on a worker thread leaves its timers behind and crashes Qt later.
        run, self._run = self._run, None
        try:
            result = run(self._progress, self.cancelled)
        except BaseException as exc:  # delivered to the main thread, never lost
            del run
            self._relay.errored.emit(exc)
        else:
            del run
            self._relay.succeeded.emit(result)

    # --- main thread ---------------------------------------------------------------------

    def _on_cancel_clicked(self) -> None:
        self._cancel.set()
        if self._dialog is not None:
            self._dialog.setLabelText(
                QCoreApplication.translate("Op", "Cancelling… (finishing the current step)")
            )

    def _on_progress(self, done: int, total: int, message: str) -> None:
        dialog = self._dialog
        if dialog is None or self._cancel.is_set():
            return
        if total > 0:
            # QProgressDialog takes ints; scale huge totals into range.
            scale = max(1, total // 1_000_000 + 1)
            dialog.setRange(0, total // scale)
            dialog.setValue(min(done, total) // scale)
        if message and self._show_messages:
            dialog.setLabelText(message)

    def _close_dialog(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect(self._on_cancel_clicked)
            dialog.close()
            dialog.deleteLater()

    def _release(self) -> None:
        """Let go of the widgets this Op refers to, here on the main thread (see
        `_run_in_worker`)."""
        self._parent = None
        self._done = None
        self._failed = None

    def _parent_gone(self) -> bool:
        """The widget that started the work was deleted meanwhile (window closed): drop it."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _on_success(self, result: object) -> None:
        self._close_dialog()
        _running.discard(self)
        if self._parent_gone():
            self._release()
            self.finished.set()
            return
        try:
            if self._done is not None:
                self._done(result)  # type: ignore[arg-type]
        finally:
            self._release()
            self.finished.set()

    def _on_error(self, exc: BaseException) -> None:
        self._close_dialog()
        _running.discard(self)
        try:
            if self._parent_gone():  # its callback would touch deleted widgets
                report_failure(None, exc)
            elif self._failed is not None:
                self._failed(exc)
            else:
                report_failure(self._parent, exc)
        finally:
            self._release()
            self.finished.set()


def pending() -> int:
    """How many operations have started and not yet delivered their result (screenshots and
    benchmarks wait for zero)."""
    return len(_running)


def running() -> frozenset[Op[Any]]:
    """The operations started and not yet delivered, as of now: wait for these to end
    without waiting for any started later (`main_window.close_when_idle`)."""
    return frozenset(_running)


def report_failure(parent: QWidget | None, exc: BaseException) -> None:
    """The default for a failed operation: a user error as a warning, a bug to the crash hook."""
    user_error = messages.as_user_error(exc)
    if user_error is not None:
        messages.show_error(parent, user_error)
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)
