"""The modal questions of the import: which file, a mapping's name, confirm an undo.

Each is the one function a test patches. `open_path` hands a file to the system (the error
workbook to Excel, a folder to the file manager).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from kam_desktop.ui import formatting

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


def is_importable(path: Path) -> bool:
    return path.suffix.lower() in IMPORT_SUFFIXES


def _filter() -> str:
    return ";;".join((
        translate("ImportDialogs", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"),
        translate("ImportDialogs", "Excel workbooks (*.xlsx *.xlsm *.xls)"),
        translate("ImportDialogs", "OpenDocument spreadsheets (*.ods)"),
        translate("ImportDialogs", "CSV files (*.csv)"),
        translate("ImportDialogs", "All files (*)"),
    ))


def ask_import_file(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for the ERP export to import; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("ImportDialogs", "Choose the file to import"), str(start or ""),
        _filter(),
    )
    return Path(path) if path else None


def ask_profile_name(parent: QWidget | None, suggestion: str = "") -> str | None:
    """Ask a name for the current column mapping; None when cancelled or left blank."""
    name, ok = QInputDialog.getText(
        parent, translate("ImportDialogs", "Save mapping"),
        translate("ImportDialogs",
                  "Name of this mapping (for example the ERP and report, “Kingdee sales”):"),
        QLineEdit.EchoMode.Normal, suggestion,
    )
    name = name.strip()
    return name if ok and name else None


def rows_phrase(count: int) -> str:
    if count == 1:
        return translate("ImportDialogs", "1 row")
    return translate("ImportDialogs", "%1 rows").replace("%1", formatting.integer(count))


def accounts_phrase(count: int) -> str:
    if count == 1:
        return translate("ImportDialogs", "1 account")
    return translate("ImportDialogs", "%1 accounts").replace("%1", formatting.integer(count))


def undo_explanation(inserted: int, updated: int, accounts_created: int) -> str:
    """What undoing an import will do, in a sentence or three."""
    if inserted and updated:
        text = translate(
            "ImportDialogs",
            "This removes the %1 it added and puts back the %2 it changed, as they were before "
            "the import.",
        ).replace("%1", rows_phrase(inserted)).replace("%2", rows_phrase(updated))
    elif updated:
        text = translate(
            "ImportDialogs", "This puts back the %1 it changed, as they were before the import."
        ).replace("%1", rows_phrase(updated))
    else:
        text = translate("ImportDialogs", "This removes the %1 it added.").replace(
            "%1", rows_phrase(inserted))
    # One sentence a line: Chinese sentences are not separated by spaces, English ones are.
    if accounts_created:
        text += "\n" + translate(
            "ImportDialogs",
            "It also removes the %1 it created, except those that now hold data of their own "
            "(contacts, visits, plans).",
        ).replace("%1", accounts_phrase(accounts_created))
    return text + "\n" + translate("ImportDialogs", "A backup of the database is taken first.")


def confirm_undo(parent: QWidget | None, file_name: str, inserted: int, updated: int,
                 accounts_created: int) -> bool:
    """Ask before undoing an import; True to go ahead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ImportDialogs", "Undo import"))
    box.setText(translate("ImportDialogs", "Undo the import of %1?").replace("%1", file_name))
    box.setInformativeText(undo_explanation(inserted, updated, accounts_created))
    undo = box.addButton(translate("ImportDialogs", "Undo import"),
                         QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is undo


def open_path(path: Path) -> bool:
    """Open a file or folder with the system's program for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
