"""Guards against known defects of the Qt binding that would crash the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal(int)


def test_signal_emit_keeps_reference_counts(qapp) -> None:
    """PySide6 6.12.0 lost one reference to `True` per emit and aborted the interpreter after a
    few hundred signals (pyproject.toml excludes that release). Fails if a binding regresses."""
    emitter = _Emitter()
    received: list[int] = []
    emitter.ping.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(1000):
        emitter.ping.emit(i)
    assert len(received) == 1000
    assert before - sys.getrefcount(True) < 10
