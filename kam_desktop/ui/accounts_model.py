"""The accounts table model: the whole portfolio behind a `QAbstractTableModel`.

Why not a `QSortFilterProxyModel`: a proxy filters and sorts by calling `data()` (or
`lessThan()`) from C++ into Python once per row and comparison — on 100,000 accounts that is
seconds per keystroke. Here filtering and sorting are vectorised over numpy arrays instead:

- `AccountsTable` (plain pandas/numpy, built on the loading worker thread) holds the rows of
  `services.account_rows` (deleted accounts too), one array per column, the search haystack
  and the filters' choices (built on a worker thread just after the table is shown), and sort
  permutations computed on first use and cached per (column, order).
- The attention columns (12-month sales, overdue receivables, visits, the rules that fire) come
  later from `services.attention.attention_table`, which takes seconds on a big portfolio and
  runs in the background; `AccountsTable.set_activity` adds them when they arrive.
- Filtering is `services.account_list.filter_mask` (an `AccountFilter`), except the search
  words, matched here the same way but incrementally: typing one more letter only searches the
  rows the shorter text matched, and recent results are kept, so a backspace costs nothing.
- The model shows `rows`, an index array into the table: the current sort permutation with the
  filter mask applied (`perm[mask[perm]]`). A filter change resets the model (row count changes);
  a sort emits `layoutChanged` and remaps persistent indexes, so the selection survives it.
- `data()` formats only the cells the view asks for (the visible ones).

Sorting: text case-insensitively, numbers and dates numerically, tiers in tier order (S, A, B,
C, then others), and missing values last in both directions.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from kam_desktop.services.account_list import (
    NOT_CLASSIFIED as FILTER_NOT_CLASSIFIED,
)
from kam_desktop.services.account_list import (
    AccountFilter,
    filter_choices,
    filter_mask,
)
from kam_desktop.services.account_rows import ROW_COLUMNS, row_haystack
from kam_desktop.services.accounts import TABLE_COLUMNS
from kam_desktop.services.attention import RULES, Rule
from kam_desktop.ui import formatting, labels

translate = QCoreApplication.translate

# Columns from the attention table, shown once it has been computed.
ACTIVITY_COLUMNS: tuple[str, ...] = (
    "attention", "sales", "profit", "sales_change", "outstanding", "overdue", "last_visit",
    "next_visit",
)
COLUMNS: tuple[str, ...] = (*TABLE_COLUMNS, *ACTIVITY_COLUMNS)
INTEGER_COLUMNS = frozenset({"company_size", "contacts", "attention"})
MONEY_COLUMNS = frozenset({"annual_revenue", "sales", "profit", "outstanding", "overdue"})
PERCENT_COLUMNS = frozenset({"sales_change"})
DATE_COLUMNS = frozenset({"last_visit", "next_visit"})
NUMERIC_COLUMNS = INTEGER_COLUMNS | MONEY_COLUMNS | PERCENT_COLUMNS | DATE_COLUMNS
RULE_COLUMNS: tuple[str, ...] = tuple(r.value for r in RULES)
TIER_ORDER = ("S", "A", "B", "C", "D")
ATTENTION_COLOR = "#b3261e"
RECENT_SEARCHES = 24  # search results kept for backspacing

# Tier filter values besides a tier label (NOT_CLASSIFIED is the service's own value).
ALL_TIERS = "__all__"
NOT_CLASSIFIED = FILTER_NOT_CLASSIFIED

CodeRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


def column_title(key: str) -> str:
    """The header of a column (the activity columns are this model's own)."""
    names = {
        "attention": translate("AccountsTableModel", "Attention"),
        "sales": translate("AccountsTableModel", "Sales 12 m"),
        "profit": translate("AccountsTableModel", "Profit 12 m"),
        "sales_change": translate("AccountsTableModel", "Growth"),
        "outstanding": translate("AccountsTableModel", "Outstanding"),
        "overdue": translate("AccountsTableModel", "Overdue"),
        "last_visit": translate("AccountsTableModel", "Last visit"),
        "next_visit": translate("AccountsTableModel", "Next visit"),
    }
    return names.get(key) or labels.column_label(key)


def rule_label(rule: Rule | str) -> str:
    """A rule's short name, for filters, tooltips and the overview."""
    names = {
        Rule.VISIT_OVERDUE: translate("AccountsTableModel", "Visit overdue"),
        Rule.FALLING_SATISFACTION: translate("AccountsTableModel", "Falling satisfaction"),
        Rule.DETRACTOR_DECISION_MAKER: translate("AccountsTableModel",
                                                 "Detractor decision maker"),
        Rule.OVERDUE_RECEIVABLES: translate("AccountsTableModel", "Overdue receivables"),
        Rule.SINGLE_THREADED: translate("AccountsTableModel", "Single-threaded"),
        Rule.SALES_DOWN: translate("AccountsTableModel", "Sales down"),
        Rule.NO_CONTACT: translate("AccountsTableModel", "No recent contact"),
    }
    return names.get(Rule(rule), str(rule))


@dataclass(frozen=True)
class Activity:
    """The attention table's columns lined up with one `AccountsTable`'s rows (NaN, None or
    False for accounts it does not cover: deleted, inactive, new since)."""

    columns: dict[str, np.ndarray]


def align_activity(ids: np.ndarray, attention: pd.DataFrame) -> Activity:
    """Line the attention table up with the rows whose ids are `ids` (an `AccountsTable`'s
    `values["id"]`, never changed in place). Pure numpy: may run on a worker thread."""
    pos = attention.index.get_indexer(ids)
    hit = pos >= 0
    where = pos[hit]
    n = len(ids)
    columns: dict[str, np.ndarray] = {}
    for key in ("attention", "sales", "profit", "sales_change", "outstanding", "overdue"):
        values = np.full(n, np.nan)
        values[hit] = attention[key].to_numpy(dtype=float, na_value=np.nan)[where]
        columns[key] = values
    for key in ("last_visit", "next_visit"):
        stamps = np.full(n, None, dtype=object)
        found = pd.to_datetime(attention[key]).to_numpy(dtype=object)[where]
        stamps[hit] = [None if pd.isna(s) else pd.Timestamp(s).to_pydatetime() for s in found]
        columns[key] = stamps
    for key in RULE_COLUMNS:
        flags = np.zeros(n, dtype=bool)
        flags[hit] = attention[key].to_numpy(dtype=bool)[where]
        columns[key] = flags
    return Activity(columns)


@dataclass(frozen=True)
class Extras:
    """What is made for a table just after it is shown (`AccountsTable.build_extras`)."""

    haystack: pd.Series
    choices: dict[str, list[str]]
    contacts: tuple[np.ndarray, np.ndarray] | None  # (counts, names) when they came later


@dataclass
class AccountsTable:
    """The portfolio as arrays for fast display, filtering and sorting. No Qt."""

    frame: pd.DataFrame
    complete: bool = True  # False: only the first rows, shown while the rest loads
    values: dict[str, np.ndarray] = field(init=False)
    has_activity: bool = field(init=False, default=False)
    _perms: dict[tuple[str, bool], np.ndarray] = field(init=False, default_factory=dict)
    _base: tuple[Any, np.ndarray] | None = field(init=False, default=None)
    _searches: OrderedDict[tuple[str, ...], np.ndarray] = field(
        init=False, default_factory=OrderedDict)
    _positions: dict[str, int] | None = field(init=False, default=None)
    _haystack: pd.Series | None = field(init=False, default=None)
    _partial_haystack: pd.Series | None = field(init=False, default=None)
    _choices: dict[str, list[str]] | None = field(init=False, default=None)
    has_contacts: bool = field(init=False, default=True)

    def __post_init__(self) -> None:
        frame = self.frame.reset_index(drop=True)
        for column in ROW_COLUMNS:
            if column not in frame:
                frame[column] = False if column == "deleted" else None
        self.frame = frame
        self.values = {c: frame[c].to_numpy(dtype=object)
                       for c in ("id", *TABLE_COLUMNS, "contact_names")}
        for c in ("company_size", "annual_revenue", "contacts"):
            self.values[c] = pd.to_numeric(frame[c], errors="coerce").to_numpy(
                dtype=float, na_value=np.nan)
        self.values["deleted"] = frame["deleted"].to_numpy(dtype=bool)
        n = len(frame)
        for c in ACTIVITY_COLUMNS:
            self.values[c] = (np.full(n, None, dtype=object) if c in DATE_COLUMNS
                              else np.full(n, np.nan))
        for c in RULE_COLUMNS:
            self.values[c] = np.zeros(n, dtype=bool)
        # Read without the contact aggregate (`load_account_rows(contacts=False)`): the
        # counts and names come with the extras.
        self.has_contacts = not (n and bool(np.isnan(self.values["contacts"]).all()))

    @classmethod
    def empty(cls) -> AccountsTable:
        return cls(pd.DataFrame({c: pd.Series(dtype=object) for c in ROW_COLUMNS}))

    def __len__(self) -> int:
        return len(self.frame)

    # --- made after the table is shown (a worker thread builds them: `build_extras`) ----------

    @property
    def choices(self) -> dict[str, list[str]]:
        """The values each filter offers (`account_list.filter_choices`)."""
        if self._choices is None:
            self._choices = self._build_choices()
        return self._choices

    @property
    def tiers(self) -> list[str]:
        return list(self.choices["tiers"])

    def _build_choices(self) -> dict[str, list[str]]:
        columns = ("tier", "industry", "region", "owner", "status")
        return filter_choices(pd.DataFrame({c: self.values[c] for c in columns}, dtype=object))

    def build_extras(self, contacts: tuple[np.ndarray, np.ndarray] | None = None) -> Extras:
        """The search text and the filters' choices (and the contacts read later, when this
        table came without them), from arrays that never change (thread-safe);
        `set_extras` keeps them."""
        names = contacts[1] if contacts is not None else self.values["contact_names"]
        return Extras(self.build_haystack(names), self._build_choices(), contacts)

    def set_extras(self, extras: Extras) -> None:
        if extras.contacts is not None and not self.has_contacts:
            counts, names = extras.contacts
            self.values["contacts"] = counts.astype(float)
            self.values["contact_names"] = names
            self.frame["contacts"] = counts
            self.frame["contact_names"] = pd.Series(names, dtype=object)
            self.has_contacts = True
            for key in [k for k in self._perms if k[0] == "contacts"]:
                del self._perms[key]
            self._searches.clear()  # they were made without the contact names
            self._partial_haystack = None
        self.set_haystack(extras.haystack)
        if self._choices is None:
            self._choices = extras.choices

    @property
    def has_extras(self) -> bool:
        return self._haystack is not None and self._choices is not None and self.has_contacts

    @property
    def haystack(self) -> pd.Series:
        """The search text of every row (built on first use unless `set_haystack` came
        first: the page builds it on a worker thread right after showing the table). Until
        the contacts are in, code and name only (not kept)."""
        if not self.has_contacts:
            if self._partial_haystack is None:
                self._partial_haystack = self.build_haystack()
            return self._partial_haystack
        if self._haystack is None:
            self._haystack = self.build_haystack()
        return self._haystack

    def build_haystack(self, contact_names: np.ndarray | None = None) -> pd.Series:
        """`row_haystack` of this table, from arrays that never change (thread-safe)."""
        names = self.values["contact_names"] if contact_names is None else contact_names
        return row_haystack(pd.DataFrame({
            "code": self.values["code"], "name": self.values["name"],
            "contact_names": names}, dtype=object))

    def set_haystack(self, haystack: pd.Series) -> None:
        if self._haystack is None and self.has_contacts:
            self._haystack = haystack

    # --- activity (attention) ----------------------------------------------------------------

    def set_activity(self, activity: Activity) -> None:
        """Add the attention columns (computed for this table with `align_activity`)."""
        for key, values in activity.columns.items():
            self.values[key] = values
            if key not in DATE_COLUMNS:
                self.frame[key] = values
        self.frame["attention"] = np.nan_to_num(activity.columns["attention"]).astype(np.int64)
        self.has_activity = True
        for key in [k for k in self._perms if k[0] in ACTIVITY_COLUMNS]:
            del self._perms[key]
        self._base = None

    # --- lookups -----------------------------------------------------------------------------

    def position_of(self, account_id: str) -> int | None:
        if self._positions is None:
            self._positions = {key: i for i, key in enumerate(self.values["id"].tolist())}
        return self._positions.get(account_id)

    def deleted_count(self) -> int:
        return int(self.values["deleted"].sum())

    # --- filtering ---------------------------------------------------------------------------

    def mask(self, spec: AccountFilter, show_deleted: bool = False) -> np.ndarray:
        """Rows passing `spec` (search included); deleted accounts only with `show_deleted`."""
        if not self.has_activity:  # nothing to filter by yet
            spec = dataclasses.replace(spec, attention=None, rules=frozenset())
        base_key = (dataclasses.replace(spec, search=""), show_deleted)
        if self._base is None or self._base[0] != base_key:
            base = filter_mask(self.frame, base_key[0])
            if not show_deleted:
                base = base & ~self.values["deleted"]
            self._base = (base_key, base)
        base = self._base[1]
        terms = tuple(spec.search.lower().split())
        if not terms:
            return base
        return base & self.search_mask(terms)

    def search_mask(self, terms: tuple[str, ...]) -> np.ndarray:
        """Rows whose code, name or a contact's name contains every term (as
        `filter_mask` does), narrowing the last result when the text only grew."""
        cached = self._searches.get(terms)
        if cached is not None:
            self._searches.move_to_end(terms)
            return cached
        rows: np.ndarray | None = None
        for previous in reversed(self._searches):
            if _narrows(previous, terms):
                rows = np.flatnonzero(self._searches[previous])
                break
        hay = self.haystack if rows is None else self.haystack.iloc[rows]
        hit = np.ones(len(hay), dtype=bool)
        for term in terms:
            hit &= hay.str.contains(term, regex=False).to_numpy(dtype=bool)
        if rows is None:
            mask = hit
        else:
            mask = np.zeros(len(self), dtype=bool)
            mask[rows[hit]] = True
        self._searches[terms] = mask
        while len(self._searches) > RECENT_SEARCHES:
            self._searches.popitem(last=False)
        return mask

    # --- sorting -----------------------------------------------------------------------------

    def permutation(self, column: str | None, ascending: bool) -> np.ndarray:
        """Row positions in sorted order (None: the loaded order, i.e. by code). Cached."""
        if column is None:
            return np.arange(len(self), dtype=np.int64)
        key = (column, ascending)
        if key not in self._perms:
            self._perms[key] = self._sort(column, ascending)
        return self._perms[key]

    def _sort(self, column: str, ascending: bool) -> np.ndarray:
        values = self.values[column]
        if column in DATE_COLUMNS:
            values = np.array([v.timestamp() if v is not None else np.nan
                               for v in values.tolist()], dtype=float)
        if column in NUMERIC_COLUMNS:
            numbers = values.astype(float)
            # NaN sorts last either way: negate for descending, NaN stays NaN.
            return np.argsort(numbers if ascending else -numbers, kind="stable")
        series = pd.Series(values, dtype=object)
        series = series.where(series.notna() & (series != ""), None)
        if column == "tier":
            keys = {t: _tier_key(str(t)) for t in series.dropna().unique()}
            keyed = series.map(keys)
        else:
            keyed = series.str.casefold()
        ordered = keyed.sort_values(ascending=ascending, na_position="last", kind="stable")
        return ordered.index.to_numpy(dtype=np.int64)


def _narrows(previous: tuple[str, ...], terms: tuple[str, ...]) -> bool:
    """Every row matching `terms` also matches `previous` (each earlier word grew or stayed,
    words were only added)."""
    return len(previous) <= len(terms) and all(
        old in new for old, new in zip(previous, terms, strict=False))


def _tier_key(tier: str) -> str:
    """Known tiers in their order (S before A), any other label after them alphabetically."""
    if tier in TIER_ORDER:
        return f"0{TIER_ORDER.index(tier)}"
    return f"1{tier.casefold()}"


class AccountsTableModel(QAbstractTableModel):
    """Accounts, filtered and sorted, for a `QTableView`. See the module docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = AccountsTable.empty()
        self._rows = np.arange(0, dtype=np.int64)
        self._filter = AccountFilter()
        self._show_deleted = False
        self._sort_column: str | None = None
        self._ascending = True
        self._locale = QLocale()

    # --- what is shown ---------------------------------------------------------------------

    @property
    def table(self) -> AccountsTable:
        return self._table

    def set_table(self, table: AccountsTable) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = self._compute_rows()
        self.endResetModel()

    def set_filter(self, spec: AccountFilter | None = None, *,
                   show_deleted: bool | None = None) -> None:
        """Show the rows passing `spec` (unchanged when None)."""
        if spec is not None:
            self._filter = spec
        if show_deleted is not None:
            self._show_deleted = show_deleted
        self.refilter()

    def set_search(self, text: str) -> None:
        self.set_filter(dataclasses.replace(self._filter, search=text))

    def refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._compute_rows()
        self.endResetModel()

    def activity_changed(self) -> None:
        """The table's attention columns arrived: refilter (an attention filter may be set)
        and repaint."""
        self.columns_changed(ACTIVITY_COLUMNS,
                             refilter=self._filter.attention is not None or
                             bool(self._filter.rules))

    def contacts_changed(self) -> None:
        """The contact counts and names arrived: a search may now find more."""
        self.columns_changed(("contacts",), refilter=bool(self._filter.search.split()))

    def columns_changed(self, keys: tuple[str, ...], refilter: bool = False) -> None:
        """New values in some columns: filter again (a reset: the rows change) or sort again
        (the selection moves with its row) where they depend on them, else repaint them."""
        if refilter:
            self.refilter()
        elif self._sort_column in keys:
            self.layoutAboutToBeChanged.emit()
            self._remap(self._compute_rows())
            self.layoutChanged.emit()
        elif len(self._rows):
            cols = [COLUMNS.index(k) for k in keys if k in COLUMNS]
            if cols:
                self.dataChanged.emit(self.index(0, min(cols)),
                                      self.index(len(self._rows) - 1, max(cols)))

    @property
    def filter(self) -> AccountFilter:
        return self._filter

    @property
    def show_deleted(self) -> bool:
        return self._show_deleted

    @property
    def search_text(self) -> str:
        return self._filter.search

    @property
    def sort_column(self) -> str | None:
        return self._sort_column

    @property
    def sort_ascending(self) -> bool:
        return self._ascending

    def total_count(self) -> int:
        """Accounts in the portfolio (deleted ones only when they are shown)."""
        if self._show_deleted:
            return len(self._table)
        return len(self._table) - self._table.deleted_count()

    def visible_count(self) -> int:
        return len(self._rows)

    def rows(self) -> np.ndarray:
        """Positions in `table` of the rows shown, in their order."""
        return self._rows

    def code_at(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return str(self._table.values["code"][self._rows[row]])
        return None

    def id_at(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return str(self._table.values["id"][self._rows[row]])
        return None

    def value_at(self, row: int, key: str) -> Any:
        if 0 <= row < len(self._rows):
            value = self._table.values[key][self._rows[row]]
            return None if _is_missing(value) else value
        return None

    def row_of_code(self, code: str) -> int | None:
        positions = np.flatnonzero(self._table.values["code"][self._rows] == code)
        return int(positions[0]) if len(positions) else None

    def row_of_id(self, account_id: str) -> int | None:
        position = self._table.position_of(account_id)
        if position is None:
            return None
        rows = np.flatnonzero(self._rows == position)
        return int(rows[0]) if len(rows) else None

    def refresh_texts(self) -> None:
        """Re-read translated headers and values after a language change."""
        self._locale = QLocale()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if len(self._rows):
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    def _compute_rows(self) -> np.ndarray:
        perm = self._table.permutation(self._sort_column, self._ascending)
        mask = self._table.mask(self._filter, self._show_deleted)
        return perm[mask[perm]]

    def _remap(self, new_rows: np.ndarray) -> None:
        """Switch to `new_rows` and move persistent indexes (the selection) with their rows."""
        old_rows = self._rows
        persistent = self.persistentIndexList()
        self._rows = new_rows
        new_pos = np.full(len(self._table), -1, dtype=np.int64)
        new_pos[new_rows] = np.arange(len(new_rows))
        moved = []
        for old in persistent:
            target = int(new_pos[old_rows[old.row()]]) if old.row() < len(old_rows) else -1
            moved.append(self.index(target, old.column()) if target >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)

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
        key = COLUMNS[col]
        position = self._rows[row]
        value = self._table.values[key][position]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, value, position)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in NUMERIC_COLUMNS and key not in DATE_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key in ("tier", "attention"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        deleted = bool(self._table.values["deleted"][position])
        if role == Qt.ItemDataRole.ForegroundRole:
            if deleted:
                return QColor(Qt.GlobalColor.gray)
            if key == "tier" and not value:
                return QColor(Qt.GlobalColor.gray)
            if key == "status" and value == "inactive":
                return QColor(Qt.GlobalColor.gray)
            if key == "attention" and not _is_missing(value) and value > 0:
                return QColor(ATTENTION_COLOR)
            if key == "sales_change" and not _is_missing(value) and value < 0:
                return QColor(ATTENTION_COLOR)
            return None
        if role == Qt.ItemDataRole.FontRole and deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(key, value, position, deleted)
        if role == CodeRole:
            return str(self._table.values["code"][position])
        if role == IdRole:
            return str(self._table.values["id"][position])
        if role == SortRole:
            return None if _is_missing(value) else value
        return None

    def _tooltip(self, key: str, value: object, position: int, deleted: bool) -> str | None:
        if deleted:
            return translate("AccountsTableModel", "Deleted; restore it to work with it again.")
        if key == "tier" and not value:
            return labels.not_classified()
        if key == "attention":
            if not self._table.has_activity:
                return translate("AccountsTableModel", "Computing attention…")
            fired = [rule_label(r) for r in RULES if self._table.values[r.value][position]]
            return "\n".join(fired) if fired else None
        if key in ("name", "industry", "segment") and value:
            return str(value)
        return None

    def _display(self, key: str, value: object, position: int) -> str:
        if key == "status" and self._table.values["deleted"][position]:
            return translate("AccountsTableModel", "Deleted")
        if _is_missing(value):
            return "" if key != "tier" else formatting.EMPTY
        if key == "attention":
            count = int(value)  # type: ignore[call-overload]
            return f"● {self._locale.toString(count)}" if count else ""
        if key in INTEGER_COLUMNS:
            return self._locale.toString(int(value))  # type: ignore[call-overload]
        if key in MONEY_COLUMNS:
            return self._locale.toString(float(value), "f", 2)  # type: ignore[arg-type]
        if key in PERCENT_COLUMNS:
            percent = float(value) * 100  # type: ignore[arg-type]
            sign = "+" if percent > 0 else ("−" if percent < 0 else "")
            return f"{sign}{self._locale.toString(abs(percent), 'f', 1)}%"
        if key in DATE_COLUMNS:
            return formatting.day(value)  # type: ignore[arg-type]
        if key == "status":
            return labels.status_label(str(value))
        return str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC_COLUMNS \
                and key not in DATE_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ACTIVITY_COLUMNS:
            if not self._table.has_activity:
                return translate("AccountsTableModel", "Computing attention…")
            if key in ("sales", "profit", "sales_change"):
                return translate("AccountsTableModel",
                                 "The last 12 months of sales, against the 12 months before.")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else None
        ascending = order == Qt.SortOrder.AscendingOrder
        if key == self._sort_column and ascending == self._ascending:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._ascending = key, ascending
        self._remap(self._compute_rows())
        self.layoutChanged.emit()


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NA

