"""Dialogs for user errors (`KamError`): a translated heading, the service's message as detail.

The services do not import Qt, so their messages are English; the heading chosen by error class
is translated, so a Chinese user always sees what kind of problem it is in Chinese, followed by
the precise message (file, row, what to do).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kam_desktop.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DatabaseError,
    InvalidInputError,
    KamError,
    NewerDatabaseError,
    NotADatabaseError,
    NotFoundError,
    RefusedError,
)


def error_heading(exc: BaseException) -> str:
    """A short translated sentence naming the kind of problem."""
    if isinstance(exc, NewerDatabaseError):
        return QCoreApplication.translate(
            "Messages", "This database was written by a newer version of KAM Desktop."
        )
    if isinstance(exc, DamagedDatabaseError):
        return QCoreApplication.translate("Messages", "The database file is damaged.")
    if isinstance(exc, NotADatabaseError):
        return QCoreApplication.translate(
            "Messages", "This file is not a KAM Desktop database."
        )
    if isinstance(exc, DatabaseBusyError):
        return QCoreApplication.translate(
            "Messages", "The database is in use by another program."
        )
    if isinstance(exc, DatabaseError):
        return QCoreApplication.translate("Messages", "The database cannot be opened.")
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Messages", "The record was not found.")
    if isinstance(exc, RefusedError):
        return QCoreApplication.translate("Messages", "Nothing was changed.")
    if isinstance(exc, InvalidInputError):
        return QCoreApplication.translate("Messages", "The input is not valid.")
    return QCoreApplication.translate("Messages", "The action could not be completed.")


def error_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "KAM Desktop"))
    box.setText(error_heading(exc))
    box.setInformativeText(str(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show a user error modally. The one function tests patch to avoid a blocking dialog."""
    error_box(parent, exc).exec()


def as_user_error(exc: BaseException) -> KamError | None:
    """The exception as a user error, or None for a bug.

    An `OSError` (permission denied, disk full, a folder that vanished) is the user's
    environment, not a bug in KAM Desktop: it is shown as a warning with the system's message.
    """
    if isinstance(exc, KamError):
        return exc
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return KamError(f"{exc.strerror or exc}{where}")
    return None
