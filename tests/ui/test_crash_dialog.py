"""The excepthook: bugs get the crash dialog with copyable details, user errors a warning."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication

import kam_desktop
from kam_desktop.errors import NotFoundError
from kam_desktop.ui import crash_dialog, messages
from kam_desktop.ui.crash_dialog import CrashDialog, crash_details, handle_exception


def raise_and_catch(exc: BaseException):  # type: ignore[no-untyped-def]
    try:
        raise exc
    except BaseException:
        return sys.exc_info()


def test_a_bug_shows_the_traceback(shown_crashes, shown_errors) -> None:  # type: ignore[no-untyped-def]
    handle_exception(*raise_and_catch(ValueError("unexpected value 17")))
    assert len(shown_crashes) == 1
    details = shown_crashes[0]
    assert "ValueError: unexpected value 17" in details
    assert "Traceback" in details
    assert f"KAM Desktop {kam_desktop.__version__}" in details
    assert shown_errors == []


def test_a_user_error_is_a_plain_warning(shown_crashes, shown_errors) -> None:  # type: ignore[no-untyped-def]
    handle_exception(*raise_and_catch(NotFoundError("No account with code 'X'.")))
    assert shown_crashes == []
    assert [str(e) for e in shown_errors] == ["No account with code 'X'."]


def test_copy_details(qtbot) -> None:  # type: ignore[no-untyped-def]
    details = crash_details(*raise_and_catch(RuntimeError("kaputt")))
    dialog = CrashDialog(details)
    qtbot.addWidget(dialog)
    assert dialog.copy_button.text() == "&Copy details"
    assert "kaputt" in dialog._text.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    assert dialog.copy_button.text() == "Copied"


def test_install_crash_hook(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash_dialog.install_crash_hook()
    assert sys.excepthook is handle_exception


def test_error_box_has_a_translated_heading_and_the_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.errors import NewerDatabaseError

    box = messages.error_box(None, NewerDatabaseError("kam.db: schema 9999. Update KAM Desktop."))
    qtbot.addWidget(box)
    assert box.text() == "This database was written by a newer version of KAM Desktop."
    assert box.informativeText() == "kam.db: schema 9999. Update KAM Desktop."
