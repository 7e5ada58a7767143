"""Background reads for the account detail tabs: one at a time, the newest request wins.

Moving through the accounts with the arrow keys asks for a new account every few milliseconds.
Starting one `Op` per step would queue reads for accounts long passed (each ~0.3 s on a
100,000-account database) and the one the user stopped at would wait behind them. Here at most
one read runs; a request made meanwhile replaces the one waiting, and the result of a read that
is no longer wanted is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kam_desktop.ui.operations import Op, report_failure

Request = tuple[int, Callable[[], Any], Callable[[Any], None],
                Callable[[BaseException], None] | None]


class LatestLoader(QObject):
    """Runs `request`s for one widget, newest first; see the module docstring."""

    idle = Signal()  # nothing running or waiting (after a result was delivered)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self._generation = 0
        self._running = False
        self._pending: Request | None = None

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def request(self, run: Callable[[], Any], done: Callable[[Any], None],
                failed: Callable[[BaseException], None] | None = None) -> None:
        """Run `run()` on a worker thread, then `done(result)` here, unless another request
        came in meanwhile."""
        self._generation += 1
        self._pending = (self._generation, run, done, failed)
        if not self._running:
            self._start_next()

    def cancel(self) -> None:
        """Forget what is waiting and drop the result of what is running."""
        self._generation += 1
        self._pending = None

    def _start_next(self) -> None:
        if self._pending is None:
            self.idle.emit()
            return
        generation, run, done, failed = self._pending
        self._pending = None
        self._running = True

        def on_done(result: Any) -> None:
            self._running = False
            if generation == self._generation:
                done(result)
            self._start_next()

        def on_failed(exc: BaseException) -> None:
            self._running = False
            if generation == self._generation:
                (failed or (lambda e: report_failure(self._widget, e)))(exc)
            self._start_next()

        Op(parent=self._widget, run=lambda _p, _c: run(), done=on_done,
           failed=on_failed).start()
