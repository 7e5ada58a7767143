"""File dialogs for database files: each is the one function a test patches."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate


def _filter() -> str:
    return translate("FileDialogs", "KAM Desktop databases (*.db *.sqlite);;All files (*)")


def ask_existing_database(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for an existing database file to open; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("FileDialogs", "Open a KAM Desktop database"),
        str(start or ""), _filter(),
    )
    return Path(path) if path else None


def ask_new_database(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask where to create a new database; None when cancelled. Adds `.db` when missing."""
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("FileDialogs", "Create a new KAM Desktop database"),
        str(start or ""), _filter(),
    )
    if not path:
        return None
    result = Path(path)
    return result if result.suffix else result.with_suffix(".db")
