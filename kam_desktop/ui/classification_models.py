"""Table models of the Classification page: the migration matrix, the movers, the run history.

Each wraps a plain result of the classification service (a DataFrame or a list of `RunInfo`)
and formats only the cells a view asks for. The movers can run to every account of a large
portfolio, so they stay a DataFrame behind a `QAbstractTableModel`; sorting is done by a proxy
on `SORT_ROLE` (numbers as numbers, missing values as None).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kam_desktop.services.classification import RunInfo
from kam_desktop.ui import formatting
from kam_desktop.ui.accounts_model import TIER_ORDER
from kam_desktop.ui.classification_labels import method_short, policy_name, tier_name
from kam_desktop.ui.import_models import SORT_ROLE
from kam_desktop.ui.indicator_labels import format_number

translate = QCoreApplication.translate

DIAGONAL = QColor("#eef2f7")
UP = QColor("#e3f3e6")  # moved to a better tier
DOWN = QColor("#fbe6e4")  # moved to a worse tier

_Index = QModelIndex


def _centered() -> int:
    return int(Qt.AlignmentFlag.AlignCenter)


def _right() -> int:
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class MatrixModel(QAbstractTableModel):
    """From → to counts: rows are the tiers before, columns the tiers after; a total row and
    column. The diagonal (stayed) is shaded, moves up green, moves down red."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix = pd.DataFrame()
        self._values: list[list[int]] = []

    def set_matrix(self, matrix: pd.DataFrame | None) -> None:
        self.beginResetModel()
        self._matrix = matrix if matrix is not None else pd.DataFrame()
        self._values = [[int(v) for v in row] for row in self._matrix.to_numpy()]
        self.endResetModel()

    @property
    def matrix(self) -> pd.DataFrame:
        return self._matrix

    def count(self, from_tier: str, to_tier: str) -> int:
        """The number shown for `from_tier` → `to_tier` (for tests)."""
        return int(self._matrix.loc[from_tier, to_tier])

    def _rows(self) -> int:
        return len(self._values)

    def _cols(self) -> int:
        return len(self._matrix.columns)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._rows() else self._rows() + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._cols() else self._cols() + 1

    def _value(self, row: int, col: int) -> int:
        rows, cols = self._rows(), self._cols()
        if row < rows and col < cols:
            return self._values[row][col]
        if row < rows:
            return sum(self._values[row])
        if col < cols:
            return sum(r[col] for r in self._values)
        return sum(sum(r) for r in self._values)

    def _tone(self, row: int, col: int) -> QColor | None:
        if row >= self._rows() or col >= self._cols():
            return None
        before = str(self._matrix.index[row])
        after = str(self._matrix.columns[col])
        if before == after:
            return DIAGONAL
        if not self._values[row][col]:
            return None
        order = list(TIER_ORDER) if before in TIER_ORDER and after in TIER_ORDER \
            else list(self._matrix.columns)  # the policy's tiers, from the top
        if before not in order or after not in order:
            return None
        return UP if order.index(after) < order.index(before) else DOWN

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        total = row >= self._rows() or col >= self._cols()
        if role == Qt.ItemDataRole.DisplayRole:
            return formatting.integer(self._value(row, col))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _centered()
        if role == Qt.ItemDataRole.BackgroundRole:
            tone = self._tone(row, col)
            return QBrush(tone) if tone is not None else None
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not total:
            return translate("ClassificationModels", "%1 accounts from %2 to %3") \
                .replace("%1", formatting.integer(self._value(row, col))) \
                .replace("%2", tier_name(self._matrix.index[row])) \
                .replace("%3", tier_name(self._matrix.columns[col]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                if section < self._cols():
                    return translate("ClassificationModels", "→ %1").replace(
                        "%1", tier_name(self._matrix.columns[section]))
                return translate("ClassificationModels", "Total")
            if section < self._rows():
                return translate("ClassificationModels", "%1 →").replace(
                    "%1", tier_name(self._matrix.index[section]))
            return translate("ClassificationModels", "Total")
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Horizontal:
                return translate("ClassificationModels", "Tier after")
            return translate("ClassificationModels", "Tier before")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


MOVER_COLUMNS = ("code", "name", "from_tier", "to_tier", "score")


class MoversModel(QAbstractTableModel):
    """The accounts whose tier changes: code, name, from, to, score (blank without a score)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame(columns=list(MOVER_COLUMNS))
        self._cells: dict[str, list[object]] = {c: [] for c in MOVER_COLUMNS}

    def set_movers(self, movers: pd.DataFrame | None) -> None:
        self.beginResetModel()
        frame = movers if movers is not None else pd.DataFrame(columns=list(MOVER_COLUMNS))
        self._frame = frame.reset_index(drop=True)
        self._cells = {c: self._frame[c].tolist() if c in self._frame else [None] * len(frame)
                       for c in MOVER_COLUMNS}
        self.endResetModel()

    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MOVER_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = MOVER_COLUMNS[index.column()]
        value = self._cells[key][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key in ("from_tier", "to_tier"):
                return tier_name(value)
            if key == "score":
                return "" if _nan(value) else format_number(value)  # type: ignore[arg-type]
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            if key == "score":
                return None if _nan(value) else float(value)  # type: ignore[arg-type]
            return None if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "score":
                return _right()
            if key in ("from_tier", "to_tier"):
                return _centered()
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and value:
            return str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            "code": translate("ClassificationModels", "Code"),
            "name": translate("ClassificationModels", "Name"),
            "from_tier": translate("ClassificationModels", "From"),
            "to_tier": translate("ClassificationModels", "To"),
            "score": translate("ClassificationModels", "Score"),
        }
        return names[MOVER_COLUMNS[section]]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


def _nan(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


RUN_COLUMNS = ("ran_at", "policy", "method", "window", "accounts", "user")


class RunsModel(QAbstractTableModel):
    """Stored classification runs, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runs: list[RunInfo] = []

    def set_runs(self, runs: list[RunInfo]) -> None:
        self.beginResetModel()
        self._runs = list(runs)
        self.endResetModel()

    def run_at(self, row: int) -> RunInfo | None:
        return self._runs[row] if 0 <= row < len(self._runs) else None

    def row_of(self, run_id: str) -> int | None:
        for row, run in enumerate(self._runs):
            if run.run_id == run_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._runs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RUN_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self._runs[index.row()]
        key = RUN_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "ran_at":
                return run_time(run)
            if key == "policy":
                return translate("ClassificationModels", "%1 (v%2)") \
                    .replace("%1", policy_name(run.policy_name)) \
                    .replace("%2", str(run.policy_version))
            if key == "method":
                return method_short(run.method)
            if key == "window":
                return f"{formatting.day(run.window_start)} – {formatting.day(run.window_end)}"
            if key == "accounts":
                return formatting.integer(run.account_count)
            return run.user or formatting.EMPTY
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "accounts":
            return _right()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            "ran_at": translate("ClassificationModels", "Run at"),
            "policy": translate("ClassificationModels", "Policy"),
            "method": translate("ClassificationModels", "Method"),
            "window": translate("ClassificationModels", "Window"),
            "accounts": translate("ClassificationModels", "Accounts"),
            "user": translate("ClassificationModels", "By"),
        }
        return names[RUN_COLUMNS[section]]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


def run_time(run: RunInfo) -> str:
    """A run's local date and time to the minute."""
    return run.ran_at.astimezone().strftime("%Y-%m-%d %H:%M")
