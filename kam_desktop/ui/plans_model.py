"""The Plans page's table: every account with its plan for one period.

Like the Accounts table (see `accounts_model`), filtering and sorting are vectorised over numpy
arrays instead of going through a `QSortFilterProxyModel`, whose per-row and per-comparison
calls into Python take seconds on 100,000 accounts. `PlansTable` (no Qt, built on the loading
worker thread) holds the arrays; `PlansTableModel` shows an index array into it — the sort
permutation with the filter applied — and formats only the cells the view asks for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kam_desktop.services.plan_lookup import STATUS_COLUMNS
from kam_desktop.ui import formatting, labels

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

COLUMNS = ("code", "name", "tier", "owner", "plan", "updated")
SEARCH_COLUMNS = ("code", "name", "owner", "plan_owner")
TIER_ORDER = ("S", "A", "B", "C", "D")
PLAN_ORDER = {"final": 0, "draft": 1}  # then accounts without a plan

ALL = "__all__"
NOT_CLASSIFIED = "__none__"
WITH_PLAN = "with"
WITHOUT_PLAN = "without"

AccountIdRole = Qt.ItemDataRole.UserRole + 1
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
    Qt.ItemFlag.ItemNeverHasChildren
_Index = QModelIndex | QPersistentModelIndex


def _tier_key(tier: str) -> str:
    if tier in TIER_ORDER:
        return f"0{TIER_ORDER.index(tier)}"
    return f"1{tier.casefold()}"


def sorted_tiers(values: object) -> list[str]:
    """The distinct tier labels among `values`, in tier order (S, A, B, C, then others)."""
    present = {str(t) for t in pd.Series(values, dtype=object).dropna().unique() if t}
    return sorted(present, key=_tier_key)


@dataclass
class PlansTable:
    """`plan_status_table`'s frame as arrays for display, filtering and sorting. No Qt."""

    frame: pd.DataFrame
    period: str = ""
    values: dict[str, np.ndarray] = field(init=False)
    updated_ns: np.ndarray = field(init=False)  # int64 nanoseconds, NaT as the minimum
    has_plan: np.ndarray = field(init=False)
    haystack: pd.Series = field(init=False)
    tiers: list[str] = field(init=False)
    _perms: dict[tuple[str, bool], np.ndarray] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        frame = self.frame.reset_index(drop=True)
        self.frame = frame
        self.values = {c: frame[c].to_numpy(dtype=object) for c in STATUS_COLUMNS
                       if c != "plan_updated"}
        updated = pd.to_datetime(frame["plan_updated"], utc=True)
        self.updated_ns = updated.to_numpy(dtype="datetime64[ns]").astype(np.int64)
        self.has_plan = frame["plan_id"].notna().to_numpy(dtype=bool)
        parts = [frame[c].astype(object).where(frame[c].notna(), "").astype(str)
                 for c in SEARCH_COLUMNS]
        self.haystack = parts[0].str.cat(parts[1:], sep="\x1f").str.lower()
        self.tiers = sorted_tiers(frame["tier"])

    @classmethod
    def empty(cls, period: str = "") -> PlansTable:
        frame = pd.DataFrame({c: pd.Series(dtype=object) for c in STATUS_COLUMNS})
        frame["plan_updated"] = pd.Series(dtype="datetime64[ns, UTC]")
        return cls(frame, period)

    def __len__(self) -> int:
        return len(self.frame)

    def tier_mask(self, tier: str) -> np.ndarray:
        tiers = self.values["tier"]
        if tier == ALL:
            return np.ones(len(self), dtype=bool)
        if tier == NOT_CLASSIFIED:
            return np.asarray(pd.isna(tiers) | (tiers == ""), dtype=bool)
        return np.asarray(tiers == tier, dtype=bool)

    def mask(self, search: str = "", tier: str = ALL, plan: str = ALL) -> np.ndarray | None:
        """Rows matching every word of `search` (code, name, owners), a tier and a plan state
        (`WITH_PLAN`, `WITHOUT_PLAN`); None when nothing filters."""
        mask: np.ndarray | None = None
        for term in search.lower().split():
            hit = self.haystack.str.contains(term, regex=False).to_numpy(dtype=bool)
            mask = hit if mask is None else mask & hit
        if tier != ALL:
            hit = self.tier_mask(tier)
            mask = hit if mask is None else mask & hit
        if plan in (WITH_PLAN, WITHOUT_PLAN):
            hit = self.has_plan if plan == WITH_PLAN else ~self.has_plan
            mask = hit if mask is None else mask & hit
        return mask

    def permutation(self, column: str | None, ascending: bool) -> np.ndarray:
        """Row positions in sorted order (None: by code, as loaded). Cached per column/order."""
        if column is None:
            return np.arange(len(self), dtype=np.int64)
        key = (column, ascending)
        if key not in self._perms:
            self._perms[key] = self._sort(column, ascending)
        return self._perms[key]

    def _sort(self, column: str, ascending: bool) -> np.ndarray:
        if column == "updated":
            keys = self.updated_ns.astype(float)
            keys[~self.has_plan] = np.nan
        elif column == "plan":
            keys = pd.Series(self.values["plan_status"], dtype=object).map(PLAN_ORDER) \
                .to_numpy(dtype=float)
        else:
            series = pd.Series(self.values[column], dtype=object)
            series = series.where(series.notna() & (series != ""), None)
            if column == "tier":
                mapping = {t: _tier_key(str(t)) for t in series.dropna().unique()}
                keyed = series.map(mapping)
            else:
                keyed = series.str.casefold()
            ordered = keyed.sort_values(ascending=ascending, na_position="last", kind="stable")
            return ordered.index.to_numpy(dtype=np.int64)
        # Numbers: missing last in both directions.
        missing = np.isnan(keys)
        order = np.argsort(np.where(missing, 0, keys if ascending else -keys), kind="stable")
        return np.concatenate([order[~missing[order]], order[missing[order]]])


class PlansTableModel(QAbstractTableModel):
    """Accounts with their plan state, filtered and sorted, for a `QTableView`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = PlansTable.empty()
        self._rows = np.arange(0, dtype=np.int64)
        self._search = ""
        self._tier = ALL
        self._plan = ALL
        self._sort_column: str | None = None
        self._ascending = True

    # --- what is shown ---------------------------------------------------------------------

    @property
    def table(self) -> PlansTable:
        return self._table

    @property
    def rows(self) -> np.ndarray:
        """Table positions of the visible rows, in display order."""
        return self._rows

    def set_table(self, table: PlansTable, *, search: str | None = None,
                  tier: str | None = None, plan: str | None = None) -> None:
        """Show `table`, with the filter changed where given (one reset for both)."""
        self.beginResetModel()
        self._table = table
        self._search = self._search if search is None else search
        self._tier = self._tier if tier is None else tier
        self._plan = self._plan if plan is None else plan
        self._rows = self._compute_rows()
        self.endResetModel()

    def set_filter(self, *, search: str | None = None, tier: str | None = None,
                   plan: str | None = None) -> None:
        self._search = self._search if search is None else search
        self._tier = self._tier if tier is None else tier
        self._plan = self._plan if plan is None else plan
        self.beginResetModel()
        self._rows = self._compute_rows()
        self.endResetModel()

    def _compute_rows(self) -> np.ndarray:
        perm = self._table.permutation(self._sort_column, self._ascending)
        mask = self._table.mask(self._search, self._tier, self._plan)
        return perm if mask is None else perm[mask[perm]]

    def account_ids(self, rows: np.ndarray) -> list[str]:
        """The account ids of view rows `rows` (in that order)."""
        rows = np.asarray(rows, dtype=np.int64)
        rows = rows[(rows >= 0) & (rows < len(self._rows))]
        return [str(v) for v in self._table.values["id"][self._rows[rows]]]

    def account_id_at(self, row: int) -> str | None:
        ids = self.account_ids(np.array([row]))
        return ids[0] if ids else None

    def plan_id_at(self, row: int) -> str | None:
        if not 0 <= row < len(self._rows):
            return None
        value = self._table.values["plan_id"][self._rows[row]]
        return None if _is_missing(value) else str(value)

    def row_of_account(self, account_id: str) -> int | None:
        positions = np.flatnonzero(self._table.values["id"][self._rows] == account_id)
        return int(positions[0]) if len(positions) else None

    def refresh_texts(self) -> None:
        """Re-read translated headers and values after a language change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if len(self._rows):
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < len(COLUMNS)):
            return None
        position = self._rows[row]
        key = COLUMNS[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, position)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "plan" and not self._table.has_plan[position]:
                return QColor(Qt.GlobalColor.gray)
            if key == "tier" and _is_missing(self._table.values["tier"][position]):
                return QColor(Qt.GlobalColor.gray)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "tier":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "name":
                return str(self._table.values["name"][position])
            if key == "plan" and self._table.has_plan[position]:
                owner = self._table.values["plan_owner"][position]
                if not _is_missing(owner):
                    return translate("PlansModel", "Plan owner: %1").replace("%1", str(owner))
            return None
        if role == AccountIdRole:
            return str(self._table.values["id"][position])
        return None

    def _display(self, key: str, position: int) -> str:
        table = self._table
        if key == "plan":
            return plan_status_label(table.values["plan_status"][position])
        if key == "updated":
            if not table.has_plan[position]:
                return ""
            # ISO date and time, local: the same in both languages (see formatting.day).
            stamp = QDateTime.fromMSecsSinceEpoch(int(table.updated_ns[position] // 1_000_000))
            return stamp.toLocalTime().toString("yyyy-MM-dd HH:mm")
        value = table.values[key][position]
        if key == "tier":
            return formatting.EMPTY if _is_missing(value) or not value else str(value)
        return "" if _is_missing(value) else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_label(COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Qt asks once per selected cell when it checks a selection (a constant, no enum
        # arithmetic per call: selecting 100,000 rows asks 600,000 times).
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else None
        ascending = order == Qt.SortOrder.AscendingOrder
        if key == self._sort_column and ascending == self._ascending:
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        persistent = self.persistentIndexList()
        self._sort_column, self._ascending = key, ascending
        self._rows = self._compute_rows()
        # Where each table row now sits, so persistent indexes (the selection) move with it.
        new_pos = np.full(len(self._table), -1, dtype=np.int64)
        new_pos[self._rows] = np.arange(len(self._rows))
        moved = []
        for old in persistent:
            target = int(new_pos[old_rows[old.row()]]) if old.row() < len(old_rows) else -1
            moved.append(self.index(target, old.column()) if target >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


def plan_status_label(status: object) -> str:
    if status == "final":
        return translate("PlansModel", "Final")
    if status == "draft":
        return translate("PlansModel", "Draft")
    return translate("PlansModel", "No plan")


def column_label(key: str) -> str:
    names = {
        "code": labels.column_label("code"),
        "name": labels.column_label("name"),
        "tier": labels.column_label("tier"),
        "owner": labels.column_label("owner"),
        "plan": translate("PlansModel", "Plan"),
        "updated": translate("PlansModel", "Last updated"),
    }
    return names[key]


def _is_missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)
