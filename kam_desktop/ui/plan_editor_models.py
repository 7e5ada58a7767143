"""Editable table models for the sections of an account plan (objectives, SWOT lists, white
space, actions, risks) and the read-only white-space suggestions.

A `PlanRowsModel` holds one section as a list of plain dicts keyed by the service dataclass's
field names, so turning it into `PlanData` and back is a dict per row. Cells keep what the user
typed when it does not parse (a number cell holding "abc", a date "2026-02-30"): the service
reports it at that row on saving, and the cell is tinted at once, so nothing typed is lost.

Every change (edit, add, remove, move) emits `edited`; the tab compares the whole plan with the
one loaded to decide whether it is dirty.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from kam_desktop.services.plan_white_space import WhiteSpaceSuggestion
from kam_desktop.ui import formatting
from kam_desktop.ui.plan_editor_labels import column_names, name_of

_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") by name
ERROR_TINT = QColor("#fde2e1")
ERROR_ROLE = Qt.ItemDataRole.UserRole + 1  # the error message of a cell, or None
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the stored value (code of a choice, float, date)


@dataclass(frozen=True)
class Column:
    """One column: `kind` is text, number, date, choice or progress (computed, read-only);
    `choices()` gives (value, label) pairs for a choice column, in the current language."""

    key: str
    kind: str = "text"
    choices: Callable[[], dict[str, str]] | None = None
    default: Any = None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_number(text: str) -> float | None:
    """A number as people type it: `1,200.5`, `1 200`, `35%`; None if it is not one."""
    cleaned = text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "")
    cleaned = cleaned.removesuffix("%")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def format_number(value: float) -> str:
    """Up to two decimals, with group separators, no trailing zeros (1,200 / 33.5)."""
    text = QLocale().toString(float(value), "f", 2)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def plain_number(value: float) -> str:
    """The number for editing: no group separators (`1200.5`)."""
    return f"{value:.10g}" if abs(value) < 1e15 else repr(value)


class PlanRowsModel(QAbstractTableModel):
    """Rows of one plan section, editable in place."""

    edited = Signal()

    def __init__(self, columns: Iterable[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column, ...] = tuple(columns)
        self._rows: list[dict[str, Any]] = []
        self._errors: dict[tuple[int, str], str] = {}

    # --- content -------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self._errors = {}
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def row_values(self, row: int) -> dict[str, Any]:
        return dict(self._rows[row])

    def filled_rows(self) -> list[tuple[int, dict[str, Any]]]:
        """(row, values) of the rows holding anything besides the defaults: a row added and
        left empty is not part of the plan (it is not saved and does not count as a change)."""
        out = []
        for row, values in enumerate(self._rows):
            if any(not _blank(values.get(c.key)) and values.get(c.key) != c.default
                   for c in self.columns if c.kind != "progress"):
                out.append((row, dict(values)))
        return out

    def empty_row(self) -> dict[str, Any]:
        return {c.key: c.default for c in self.columns if c.kind != "progress"}

    def insert_row(self, at: int | None = None, values: dict[str, Any] | None = None) -> int:
        at = len(self._rows) if at is None else max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, {**self.empty_row(), **(values or {})})
        self._errors = {(r + (r >= at), k): m for (r, k), m in self._errors.items()}
        self.endInsertRows()
        self.edited.emit()
        return at

    def remove_rows(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if not 0 <= row < len(self._rows):
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._errors = {(r - (r > row), k): m for (r, k), m in self._errors.items()
                            if r != row}
            self.endRemoveRows()
        self.edited.emit()

    def move_row(self, row: int, to: int) -> bool:
        """Move `row` to position `to` (0 … rowCount−1)."""
        if not (0 <= row < len(self._rows) and 0 <= to < len(self._rows)) or row == to:
            return False
        # beginMoveRows wants the destination as "before which row", in pre-move terms.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to)
        item = self._rows.pop(row)
        self._rows.insert(to, item)
        moved = {}
        for (r, k), m in self._errors.items():
            if r == row:
                moved[(to, k)] = m
            elif row < r <= to:
                moved[(r - 1, k)] = m
            elif to <= r < row:
                moved[(r + 1, k)] = m
            else:
                moved[(r, k)] = m
        self._errors = moved
        self.endMoveRows()
        self.edited.emit()
        return True

    def set_rows_order(self, order: list[int]) -> None:
        """Reorder every row at once (`order[i]` is the old row now at i)."""
        self.beginResetModel()
        self._rows = [self._rows[i] for i in order]
        self._errors = {}
        self.endResetModel()
        self.edited.emit()

    # --- errors --------------------------------------------------------------------------

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self._errors = dict(errors)
        self._all_changed()

    def error_at(self, row: int, key: str) -> str | None:
        return self._errors.get((row, key)) or self._local_error(row, key)

    def column_of(self, key: str) -> int:
        for col, column in enumerate(self.columns):
            if column.key == key:
                return col
        return 0

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))

    def _local_error(self, row: int, key: str) -> str | None:
        """What is wrong with a cell before saving (a number or a date that does not parse)."""
        column = self.columns[self.column_of(key)]
        value = self._rows[row].get(key)
        if isinstance(value, str) and value.strip():
            if column.kind == "number":
                # Explicit context: subclasses (ActionRowsModel) would look under their name.
                return translate("PlanRowsModel", "Not a number: %1").replace("%1", value)
            if column.kind == "date":
                return translate("PlanRowsModel", "Not a date (use 2026-03-31): %1") \
                    .replace("%1", value)
        return None

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        value = self.progress(index.row()) if column.kind == "progress" else row.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(column, value)
        if role == VALUE_ROLE:
            return value
        if role == ERROR_ROLE:
            return self.error_at(index.row(), column.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            error = self.error_at(index.row(), column.key)
            if error:
                return error
            shown = self._display(column, value)
            return shown if column.kind == "text" and len(shown) > 30 else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR_TINT) if self.error_at(index.row(), column.key) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("number", "progress"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, column: Column, value: Any) -> str:
        if value is None or (isinstance(value, str) and not value.strip()):
            return ""
        if column.kind == "number" and isinstance(value, float | int):
            return format_number(value)
        if column.kind == "progress":
            return f"{QLocale().toString(value * 100, 'f', 0)} %"
        if column.kind == "date" and isinstance(value, date):
            return formatting.day(value)
        if column.kind == "choice" and column.choices is not None:
            return name_of(column.choices(), str(value))
        return str(value)

    def _edit_text(self, column: Column, value: Any) -> Any:
        if value is None:
            return ""
        if column.kind == "number" and isinstance(value, float | int):
            return plain_number(float(value))
        if column.kind == "date" and isinstance(value, date):
            return value.isoformat()
        return value if column.kind == "choice" else str(value)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        if column.kind == "progress":
            return False
        stored = self.parse(column, value)
        row = self._rows[index.row()]
        if row.get(column.key) == stored and type(row.get(column.key)) is type(stored):
            return True
        row[column.key] = stored
        self._errors.pop((index.row(), column.key), None)  # the user dealt with it
        last = len(self.columns) - 1
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), last))
        self.edited.emit()
        return True

    @staticmethod
    def parse(column: Column, value: Any) -> Any:
        """What a cell stores for what an editor gave: a float, a date, a choice code, text
        (stripped; blank is None). Unparseable numbers and dates stay text."""
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        if value is None:
            return None
        if column.kind == "number":
            if isinstance(value, int | float) and not isinstance(value, bool):
                return float(value)
            text = str(value).strip()
            number = parse_number(text)
            return number if number is not None else (text or None)
        if column.kind == "date":
            if isinstance(value, date):
                return value
            text = str(value).strip()
            try:
                return date.fromisoformat(text) if text else None
            except ValueError:
                return text
        text = str(value).strip()
        return text or None

    def progress(self, row: int) -> float | None:
        values = self._rows[row]
        current, target = values.get("current_value"), values.get("target_value")
        if not isinstance(current, float | int) or not isinstance(target, float | int):
            return None
        return None if target == 0 else float(current) / float(target)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_names().get(self.columns[section].key, self.columns[section].key)
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
        if self.columns[index.column()].kind != "progress":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def retranslate(self) -> None:
        """Headers and choice labels in the new language."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self._all_changed()


SUGGESTION_COLUMNS = ("product_category", "portfolio_revenue", "buyers", "last_bought")


class SuggestionsModel(QAbstractTableModel):
    """White-space suggestions from sales (read-only); categories already in the plan are
    shown muted and cannot be added twice."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[WhiteSpaceSuggestion] = []
        self._in_plan: set[str] = set()

    def set_items(self, items: Iterable[WhiteSpaceSuggestion]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def set_in_plan(self, categories: Iterable[str]) -> None:
        self._in_plan = {c.casefold() for c in categories}
        if self._items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._items) - 1, len(SUGGESTION_COLUMNS) - 1))

    def item(self, row: int) -> WhiteSpaceSuggestion:
        return self._items[row]

    def in_plan(self, row: int) -> bool:
        return self._items[row].product_category.casefold() in self._in_plan

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SUGGESTION_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        key = SUGGESTION_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "product_category":
                if self.in_plan(index.row()):
                    return self.tr("%1 (in the plan)").replace("%1", item.product_category)
                return item.product_category
            if key == "portfolio_revenue":
                return formatting.money(item.portfolio_revenue)
            if key == "buyers":
                return formatting.integer(item.buyers)
            if item.last_bought is None:
                return self.tr("never")
            return formatting.day(item.last_bought)
        if role == Qt.ItemDataRole.ForegroundRole and self.in_plan(index.row()):
            return QBrush(QColor("#8a94a3"))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("portfolio_revenue", "buyers"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1: bought by %2 accounts of the portfolio in the period, "
                           "not by this one.") \
                .replace("%1", item.product_category).replace("%2", str(item.buyers))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_names()[SUGGESTION_COLUMNS[section]]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(SUGGESTION_COLUMNS) - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._items) - 1, len(SUGGESTION_COLUMNS) - 1))
