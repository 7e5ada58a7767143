"""Table models of the import: the file preview, plain result rows and the import history.

Each is a `QAbstractTableModel` over plain data the services returned (a `SourceTable`, lists of
tuples, `BatchInfo`s); nothing here touches the database. `SORT_ROLE` gives the raw value
(numbers as numbers) for a `QSortFilterProxyModel`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kam_desktop.services.importing.history import BatchInfo
from kam_desktop.services.importing.table import SourceTable
from kam_desktop.ui import formatting, import_labels

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_ROWS = 20
UNDONE_COLOR = QColor("#8a94a3")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex


def column_title(table: SourceTable, column: int) -> str:
    """`C · 单据日期`: the Excel column letter and the header found there."""
    header = table.headers[column]
    letter = table.columns[column]
    return f"{letter} · {header}" if header else letter


class SourcePreviewModel(QAbstractTableModel):
    """The first rows of a found table, as the file has them (text), with Excel row numbers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: SourceTable | None = None
        self._rows: pd.DataFrame = pd.DataFrame()

    def set_table(self, table: SourceTable | None, rows: int = PREVIEW_ROWS) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = table.data.head(rows) if table is not None else pd.DataFrame()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                                Qt.ItemDataRole.ToolTipRole):
            return None
        value = self._rows.iat[index.row(), index.column()]
        return "" if value is None or pd.isna(value) else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._table.columns):
                return column_title(self._table, section)
            return None
        if 0 <= section < len(self._rows):
            return str(int(self._table.excel_rows[section]))
        return None


class RowsModel(QAbstractTableModel):
    """Read-only rows of plain values under translated headers (problems, new accounts)."""

    def __init__(self, headers: Callable[[], Sequence[str]], numeric: Sequence[int] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers  # called each time, so a language change shows at once
        self._numeric = set(numeric)
        self._rows: list[tuple[Any, ...]] = []

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def refresh_texts(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(value)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self._headers()
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(headers):
            return headers[section]
        return None


HISTORY_COLUMNS = (
    "imported_at", "kind", "file_name", "sheet", "rows_read", "inserted", "updated",
    "unchanged", "invalid", "accounts_created", "status",
)
_COUNT_COLUMNS = frozenset(
    {"rows_read", "inserted", "updated", "unchanged", "invalid", "accounts_created"}
)


def history_header(key: str) -> str:
    names = {
        "imported_at": translate("ImportHistory", "Imported"),
        "kind": translate("ImportHistory", "Kind"),
        "file_name": translate("ImportHistory", "File"),
        "sheet": translate("ImportHistory", "Sheet"),
        "rows_read": translate("ImportHistory", "Rows"),
        "inserted": translate("ImportHistory", "New"),
        "updated": translate("ImportHistory", "Changed"),
        "unchanged": translate("ImportHistory", "Unchanged"),
        "invalid": translate("ImportHistory", "Invalid"),
        "accounts_created": translate("ImportHistory", "New accounts"),
        "status": translate("ImportHistory", "Status"),
    }
    return names[key]


def local_time(value: Any) -> str:
    """A stored UTC moment as local `2024-06-30 14:05`."""
    if value is None:
        return formatting.EMPTY
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class ImportHistoryModel(QAbstractTableModel):
    """Every import, newest first (as `list_imports` returns them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._batches: list[BatchInfo] = []

    def set_batches(self, batches: Sequence[BatchInfo]) -> None:
        self.beginResetModel()
        self._batches = list(batches)
        self.endResetModel()

    def batch_at(self, row: int) -> BatchInfo | None:
        return self._batches[row] if 0 <= row < len(self._batches) else None

    def row_of(self, batch_id: str) -> int | None:
        for row, batch in enumerate(self._batches):
            if batch.batch_id == batch_id:
                return row
        return None

    def refresh_texts(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HISTORY_COLUMNS) - 1)
        if self._batches:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._batches) - 1, len(HISTORY_COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HISTORY_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        batch = self._batches[index.row()]
        key = HISTORY_COLUMNS[index.column()]
        value = getattr(batch, key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "imported_at":
                return local_time(value)
            if key == "kind":
                return import_labels.kind_label(value)
            if key == "status":
                return import_labels.status_label(value)
            if key in _COUNT_COLUMNS:
                return formatting.integer(value)
            return value or formatting.EMPTY
        if role == SORT_ROLE:
            return value.timestamp() if key == "imported_at" else (value or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "status" and batch.undone_at is not None:
                return translate("ImportHistory", "Undone on %1").replace(
                    "%1", local_time(batch.undone_at)
                )
            if key == "file_name":
                return value
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _COUNT_COLUMNS:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and batch.status == "undone":
            return UNDONE_COLOR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HISTORY_COLUMNS)):
            return history_header(HISTORY_COLUMNS[section])
        return None
