"""The `sys.excepthook` crash dialog: anything that escapes is shown, never lost.

A `KamError` is a user or environment problem, so it gets the plain warning from `messages`.
Anything else is a bug: the dialog shows the traceback with the version and platform, and a
"Copy details" button puts it on the clipboard for the bug report. The traceback is also logged.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import kam_desktop
from kam_desktop.errors import KamError
from kam_desktop.ui import messages

log = logging.getLogger(__name__)


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = [
        f"KAM Desktop {kam_desktop.__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """Shows an unexpected error's details, with a button that copies them."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.resize(720, 440)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._text = QPlainTextEdit(details)
        self._text.setReadOnly(True)
        self._text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self._text.setFont(mono)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self._buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("KAM Desktop — unexpected error"))
        self._intro.setText(
            self.tr(
                "Something went wrong that KAM Desktop did not expect. Your data is safe: "
                "unfinished changes were rolled back. Please copy the details below and send "
                "them with a short note on what you were doing."
            )
        )
        self.copy_button.setText(self.tr("&Copy details"))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def show_crash(details: str) -> None:
    """Show the crash dialog modally (the one function tests patch)."""
    CrashDialog(details, QApplication.activeWindow()).exec()


_handling = False


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The excepthook: user errors as a warning, bugs as the crash dialog."""
    global _handling
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if QApplication.instance() is None or _handling:
        # No GUI to show it in, or the dialog itself failed: print, never recurse.
        sys.__excepthook__(exc_type, exc, tb)
        return
    _handling = True
    try:
        if isinstance(exc, KamError):
            messages.show_error(QApplication.activeWindow(), exc)
        else:
            details = crash_details(exc_type, exc, tb)
            log.error("unexpected error\n%s", details)
            show_crash(details)
    finally:
        _handling = False


def install_crash_hook() -> None:
    sys.excepthook = handle_exception
