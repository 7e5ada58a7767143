"""Widgets held until background work is done.

pytest-qt holds the widgets it closes only weakly; background work (an `Op`) holds its widget
until done. Were the last reference dropped on a worker thread, the widget would be deleted
there and leave its timers to crash the main thread. So tests `hold` their widgets, and the
`ui_app` fixture (tests/ui/conftest.py) lets them go once the thread pools are drained.
"""

from __future__ import annotations

_HELD: list[object] = []


def hold(qtbot, widget):  # type: ignore[no-untyped-def]
    """`qtbot.addWidget(widget)`, and keep it until the test's background work is done."""
    qtbot.addWidget(widget)
    _HELD.append(widget)
    return widget


def release_held() -> None:
    """Called by `ui_app` after waiting for the thread pools."""
    _HELD.clear()
