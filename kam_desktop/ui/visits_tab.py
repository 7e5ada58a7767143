"""The Visits tab of the account detail: the account's visits (done, planned, cancelled), its
visit cadence, and every action on a visit (log, plan, edit, mark done, cancel, delete,
restore).

Also home of `FrameModel`, the small DataFrame-backed table model the visit and survey views
share: columns described by `FrameColumn`, sorting and filtering done over the frame (not with
a proxy calling into Python per row), cells formatted only when the view asks for them.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import settings
from kam_desktop.errors import KamError
from kam_desktop.services.attention import AttentionRules
from kam_desktop.services.edits import Edit
from kam_desktop.services.visit_cadence import CadenceStatus, visit_cadence
from kam_desktop.services.visits import (
    cancel_visit,
    delete_visit,
    get_visit,
    list_visits,
    restore_visit,
)
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, formatting, messages, undo_commands, visit_dialog
from kam_desktop.ui.style import ACCENT, MUTED
from kam_desktop.ui.visit_dialog import kind_label, status_label

translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
ALERT_COLOR = "#b3261e"
GOOD_COLOR = "#1e6b2e"
DELETED_COLOR = "#8a94a0"

# Banner colours (background, border, text) for bad, good and neutral news.
BANNER_STYLES = {
    "bad": ("#fdecea", "#f1b8b3", ALERT_COLOR),
    "good": ("#e9f5ec", "#b9dcc2", GOOD_COLOR),
    "neutral": ("#f1f3f6", "#d5dce6", MUTED),
}


def style_banner(frame: QFrame, tone: str) -> None:
    """Colour a banner frame (and its labels) for bad, good or neutral news."""
    background, border, color = BANNER_STYLES[tone]
    name = frame.objectName()
    frame.setProperty("tone", tone)
    frame.setStyleSheet(
        f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; "
        f"border-radius: 6px; }} QFrame#{name} QLabel {{ color: {color}; }}")


def missing(value: object) -> bool:
    if value is None or value is pd.NaT:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def text_cell(value: object) -> str:
    """A stored text on one line (the first line, then …)."""
    if missing(value) or value == "":
        return ""
    text = str(value).strip()
    first, _, rest = text.partition("\n")
    return f"{first} …" if rest.strip() else first


def moment_cell(value: object) -> str:
    if missing(value):
        return ""
    return pd.Timestamp(value).strftime("%Y-%m-%d %H:%M")  # type: ignore[arg-type]


def day_cell(value: object) -> str:
    if missing(value):
        return ""
    if isinstance(value, datetime | pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return formatting.day(value)  # type: ignore[arg-type]


def number_cell(value: object) -> str:
    if missing(value):
        return ""
    return formatting.integer(float(value))  # type: ignore[arg-type]


# --- the shared table model --------------------------------------------------------------------


@dataclass(frozen=True)
class FrameColumn:
    """One column of a `FrameModel`: the frame column `key`, its translated `title`, how a
    value is shown (`text`), alignment, whether the full value is the tool tip (long texts),
    and an initial width in average characters."""

    key: str
    title: Callable[[], str]
    text: Callable[[Any], str] = text_cell
    align: Qt.AlignmentFlag = LEFT
    tooltip: bool = False
    chars: int = 12
    color: Callable[[Any], QColor | None] | None = None  # a cell's own text colour


RowStyle = tuple[QColor | None, bool, bool]  # foreground, italic, strike out
Styler = Callable[[Mapping[str, Any]], RowStyle | None]


class FrameModel(QAbstractTableModel):
    """A table over a DataFrame. `rows` are positions into the frame: sorted (by
    `sort`) and filtered (`set_mask`); `record(row)` gives a row's values as a dict."""

    def __init__(self, columns: Sequence[FrameColumn], parent: QObject | None = None,
                 *, style: Styler | None = None, style_keys: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._style = style
        self._style_keys = tuple(style_keys)
        self.frame = pd.DataFrame()
        self._values: dict[str, np.ndarray] = {}
        self._mask: np.ndarray | None = None
        self._sort: tuple[str, bool] | None = None
        self.rows = np.zeros(0, dtype=np.int64)

    # --- content ---------------------------------------------------------------------------

    def set_frame(self, frame: pd.DataFrame, mask: np.ndarray | None = None) -> None:
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        self._values = {c: self.frame[c].to_numpy(dtype=object) for c in self.frame.columns}
        self._mask = mask
        self.rows = self._visible()
        self.endResetModel()

    def set_mask(self, mask: np.ndarray | None) -> None:
        """Show only the frame rows where `mask` is True (None: all)."""
        self.beginResetModel()
        self._mask = mask
        self.rows = self._visible()
        self.endResetModel()

    def total_count(self) -> int:
        return len(self.frame)

    def position(self, row: int) -> int:
        return int(self.rows[row])

    def value(self, row: int, key: str) -> Any:
        return self._values[key][self.rows[row]]

    def record(self, row: int) -> dict[str, Any]:
        pos = self.rows[row]
        return {key: values[pos] for key, values in self._values.items()}

    def row_of(self, key: str, wanted: object) -> int | None:
        """The first visible row whose `key` equals `wanted`."""
        if key not in self._values or not len(self.rows):
            return None
        hits = np.flatnonzero(self._values[key][self.rows] == wanted)
        return int(hits[0]) if len(hits) else None

    def refresh_texts(self) -> None:
        """Re-read headers and cells (after a language change)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(self.columns) - 1))

    # --- sorting and filtering -------------------------------------------------------------

    def _visible(self) -> np.ndarray:
        order = self._order()
        if self._mask is None:
            return order
        return order[np.asarray(self._mask, dtype=bool)[order]]

    def _order(self) -> np.ndarray:
        n = len(self.frame)
        if self._sort is None or self._sort[0] not in self._values:
            return np.arange(n, dtype=np.int64)
        key, ascending = self._sort
        values = self._values[key]
        absent = np.asarray(pd.isna(values), dtype=bool)  # None, NaN, NaT: last either way
        present = np.flatnonzero(~absent)
        keys = [v.casefold() if isinstance(v, str) else v for v in values[present].tolist()]
        order = list(range(len(keys)))
        try:
            order.sort(key=keys.__getitem__, reverse=not ascending)
        except TypeError:  # mixed types: compare as text
            text = [str(k) for k in keys]
            order.sort(key=text.__getitem__, reverse=not ascending)
        return np.concatenate([present[np.asarray(order, dtype=np.int64)],
                               np.flatnonzero(absent)]).astype(np.int64)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            self._sort = None
        else:
            self._sort = (self.columns[column].key, order == Qt.SortOrder.AscendingOrder)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        positions = [int(self.rows[i.row()]) if 0 <= i.row() < len(self.rows) else -1
                     for i in persistent]
        self.rows = self._visible()
        where = {int(p): r for r, p in enumerate(self.rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(where[p], i.column()) if p in where else QModelIndex()
             for p, i in zip(positions, persistent, strict=True)])
        self.layoutChanged.emit()

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.key not in self._values:
                return None
            value = self._values[column.key][self.rows[index.row()]]
            text = column.text(value)
            if role == Qt.ItemDataRole.ToolTipRole:
                if not column.tooltip or missing(value) or not str(value).strip():
                    return None
                return str(value)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            style = self._row_style(index.row())
            if style is None:
                if role == Qt.ItemDataRole.ForegroundRole and column.color is not None \
                        and column.key in self._values:
                    return column.color(self._values[column.key][self.rows[index.row()]])
                return None
            color, italic, strike = style
            if role == Qt.ItemDataRole.ForegroundRole:
                return color
            if italic or strike:
                font = QFont()
                font.setItalic(italic)
                font.setStrikeOut(strike)
                return font
        return None

    def _row_style(self, row: int) -> RowStyle | None:
        if self._style is None:
            return None
        pos = self.rows[row]
        return self._style({k: self._values[k][pos] for k in self._style_keys
                            if k in self._values})

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align.value)
        return None


def make_table(model: FrameModel, object_name: str) -> QTableView:
    """A read-only, sortable, row-selecting table view for a `FrameModel`."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setCornerButtonEnabled(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    fit_columns(table)
    return table


def fit_columns(table: QTableView) -> None:
    """Initial widths: each column's `chars`, and never narrower than its header."""
    model = table.model()
    assert isinstance(model, FrameModel)
    metrics = table.fontMetrics()
    char = metrics.averageCharWidth()
    header = table.horizontalHeader().fontMetrics()
    for i, column in enumerate(model.columns):
        table.setColumnWidth(i, max(column.chars * char + 16,
                                    header.horizontalAdvance(column.title()) + 24))


def select_row(table: QTableView, row: int) -> None:
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index)


def search_mask(haystack: pd.Series, text: str) -> np.ndarray | None:
    """Rows whose lower-cased `haystack` holds every word of `text` (None: no words)."""
    mask: np.ndarray | None = None
    for term in text.lower().split():
        hit = haystack.str.contains(term, regex=False).to_numpy(dtype=bool)
        mask = hit if mask is None else mask & hit
    return mask


def haystack_of(frame: pd.DataFrame, columns: Sequence[str]) -> pd.Series:
    """One lower-cased text per row of `columns` (a separator between fields, so a search
    never matches across two); build it once per loaded frame."""
    parts = [frame[c].astype(object).where(frame[c].notna(), "").astype(str)
             for c in columns if c in frame]
    if not parts:
        return pd.Series([""] * len(frame), dtype=object)
    joined = parts[0].str.cat(parts[1:], sep="\x1f") if len(parts) > 1 else parts[0]
    return joined.str.lower().reset_index(drop=True)


def current_rules() -> AttentionRules:
    """The attention thresholds (visit cadence, survey drops) from the settings."""
    return AttentionRules.from_settings(settings.current())


def hex_id(value: str) -> str:
    """An id as stored (32 hex digits), whatever spelling it came in."""
    try:
        return uuid.UUID(str(value)).hex
    except ValueError:
        return str(value)


# --- the account's visits ----------------------------------------------------------------------


def _visit_style(row: Mapping[str, Any]) -> RowStyle | None:
    if not missing(row.get("deleted_at")):
        return QColor(DELETED_COLOR), True, False
    status = row.get("status")
    if status == "cancelled":
        return QColor(DELETED_COLOR), False, True
    if status == "planned":
        return QColor(ACCENT), False, False
    return None


def visit_columns() -> list[FrameColumn]:
    return [
        FrameColumn("visit_at", lambda: translate("VisitsTab", "When"), moment_cell, chars=16),
        FrameColumn("kind", lambda: translate("VisitsTab", "Kind"), kind_label, chars=11),
        FrameColumn("state", lambda: translate("VisitsTab", "Status"), _state_text, chars=9),
        FrameColumn("purpose", lambda: translate("VisitsTab", "Purpose"), tooltip=True, chars=22),
        FrameColumn("summary", lambda: translate("VisitsTab", "Summary"), tooltip=True, chars=26),
        FrameColumn("next_steps", lambda: translate("VisitsTab", "Next steps"), tooltip=True,
                    chars=18),
        FrameColumn("follow_up_date", lambda: translate("VisitsTab", "Follow-up"), day_cell,
                    chars=10),
        FrameColumn("participants", lambda: translate("VisitsTab", "Participants"), tooltip=True,
                    chars=16),
        FrameColumn("owner", lambda: translate("VisitsTab", "Owner"), chars=10),
    ]


def _state_text(value: object) -> str:
    if isinstance(value, str) and value.startswith("deleted:"):
        return translate("VisitsTab", "Deleted")
    return status_label(value if isinstance(value, str) else None)


def visits_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """`list_visits` with `state`: the status, or "deleted:<status>" for a deleted visit."""
    out = frame.copy()
    deleted = out["deleted_at"].notna().to_numpy(dtype=bool) if len(out) else np.zeros(0, bool)
    out["state"] = np.where(deleted, "deleted:" + out["status"].astype(str),
                            out["status"].astype(str)) if len(out) else pd.Series(dtype=object)
    return out


class VisitsTab(QWidget):
    """One account's visits and cadence. `set_account(db, id)` shows an account (None:
    nothing); every write pushes an undoable edit and emits `data_changed`."""

    data_changed = Signal(object)  # changes.Changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsTab")
        self.db: Database | None = None
        self.account_id: str | None = None
        self.today: date | None = None  # None: the real today (tests fix it)
        self.cadence: CadenceStatus | None = None
        self._rules: AttentionRules | None = None

        self.banner = QFrame()
        self.banner.setObjectName("cadenceBanner")
        self.cadence_label = QLabel()
        self.cadence_label.setObjectName("cadenceStatus")
        self.cadence_label.setWordWrap(True)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.cadence_label, 1)
        style_banner(self.banner, "neutral")

        self.model = FrameModel(visit_columns(), self, style=_visit_style,
                                style_keys=("deleted_at", "status"))
        self.table = make_table(self.model, "visitsTable")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.doubleClicked.connect(lambda _i: self.edit_visit())
        self.table.activated.connect(lambda _i: self.edit_visit())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.detail = QTextBrowser()
        self.detail.setObjectName("visitDetail")
        self.detail.setOpenLinks(False)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("visitsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.log_action = self._action("Insert", self.log_visit)
        self.plan_action = self._action("Shift+Insert", self.plan_visit)
        self.edit_action = self._action("F2", self.edit_visit)
        self.done_action = self._action("Ctrl+D", self.complete_visit)
        self.cancel_action = self._action(None, self.cancel_visit)
        self.delete_action = self._action("Delete", self.delete_visit)
        self.restore_action = self._action(None, self.restore_visit)
        self.show_deleted = self._action(None, self.reload)
        self.show_deleted.setCheckable(True)
        for action in (self.log_action, self.plan_action, None, self.edit_action,
                       self.done_action, self.cancel_action, self.delete_action,
                       self.restore_action, None, self.show_deleted):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("visitsSplitter")
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 100])
        self.detail.setMinimumHeight(60)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()
        self._update_actions()

    def _action(self, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _today(self) -> date:
        return self.today or date.today()

    # --- data ------------------------------------------------------------------------------

    def set_account(self, db: Database | None, account_id: str | None) -> None:
        """Show the visits of `account_id` in `db` (None: none)."""
        self.db = db
        self.account_id = hex_id(account_id) if account_id else None
        self.reload()

    def reload(self) -> None:
        """Read the account's visits and cadence again (a few indexed queries: milliseconds)."""
        selected = self.selected_visit_id()
        if self.db is None or self.account_id is None:
            self.cadence = None
            self.model.set_frame(visits_frame(pd.DataFrame(
                columns=["id", "visit_at", "kind", "status", "purpose", "summary",
                         "outcome", "next_steps", "follow_up_date", "location", "owner",
                         "participants", "participant_ids", "deleted_at"])))
            self._after_load(selected)
            return
        self._rules = current_rules()
        try:
            with self.db.unit_of_work() as uow:
                frame = list_visits(uow, self.account_id,
                                    include_deleted=self.show_deleted.isChecked())
                self.cadence = visit_cadence(uow, self.account_id, today=self._today(),
                                             rules=self._rules)
        except KamError as exc:
            messages.show_error(self, exc)
            return
        self.model.set_frame(visits_frame(frame))
        self._after_load(selected)

    def _after_load(self, selected: str | None) -> None:
        row = self.model.row_of("id", selected) if selected else None
        if row is not None:
            select_row(self.table, row)
        self._show_cadence()
        self._show_detail()
        self._update_empty()
        self._update_actions()

    def on_data_changed(self, what: changes.Changes) -> None:
        """Reload when visits, the account (its tier, status) or contacts changed."""
        if what & {changes.VISITS, changes.ACCOUNTS, changes.CONTACTS, changes.TIERS}:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self.account_id is not None and self._rules is not None \
                and self._rules != current_rules():
            self.reload()  # the cadence settings changed meanwhile

    # --- selection -------------------------------------------------------------------------

    def selected_row(self) -> int | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not index.isValid() or not rows:
            return None
        return index.row()

    def selected_visit_id(self) -> str | None:
        row = self.selected_row()
        return None if row is None else str(self.model.value(row, "id"))

    def select_visit(self, visit_id: str) -> bool:
        row = self.model.row_of("id", hex_id(visit_id))
        if row is None:
            return False
        select_row(self.table, row)
        return True

    def _on_current_changed(self, *_args: object) -> None:
        self._show_detail()
        self._update_actions()

    def _update_actions(self) -> None:
        has_account = self.db is not None and self.account_id is not None
        row = self.selected_row()
        record = self.model.record(row) if row is not None else None
        deleted = record is not None and not missing(record["deleted_at"])
        status = record["status"] if record is not None else None
        self.log_action.setEnabled(has_account)
        self.plan_action.setEnabled(has_account)
        self.edit_action.setEnabled(record is not None and not deleted)
        self.done_action.setEnabled(record is not None and not deleted and status == "planned")
        self.cancel_action.setEnabled(record is not None and not deleted
                                      and status == "planned")
        self.delete_action.setEnabled(record is not None and not deleted)
        self.restore_action.setEnabled(record is not None and deleted)

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        self.table.setVisible(self.model.rowCount() > 0)

    def _show_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.edit_action, self.done_action, self.cancel_action,
                       self.delete_action, self.restore_action):
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- texts -----------------------------------------------------------------------------

    def cadence_text(self) -> tuple[str, str]:
        """The cadence in words and its tone ("bad", "good", "neutral")."""
        status = self.cadence
        if self.account_id is None:
            return self.tr("No account selected."), "neutral"
        if status is None or not status.in_scope:
            return self.tr("No visit cadence: the account is inactive or deleted."), "neutral"
        if status.last_visit is not None:
            last = self.tr("Last visit %1 days ago (%2).").replace(
                "%1", str(status.days_since_visit)).replace(
                "%2", status.last_visit.strftime("%Y-%m-%d"))
        else:
            kinds = ", ".join(kind_label(k) for k in (self._rules or current_rules()).visit_kinds)
            last = self.tr("No visit that counts (%1) since the account was created %2 days "
                           "ago.").replace("%1", kinds).replace("%2",
                                                                str(status.days_since_visit))
        if status.next_visit is not None:
            plan = self.tr("Next visit planned for %1.").replace(
                "%1", status.next_visit.strftime("%Y-%m-%d %H:%M"))
        else:
            plan = self.tr("No visit is planned.")
        if status.cadence_days is None:
            if status.tier:
                rule = self.tr("Tier %1 has no visit cadence.").replace("%1", status.tier)
            else:
                rule = self.tr("Not classified: no visit cadence applies.")
            return f"{rule} {last} {plan}", "neutral"
        tier = status.tier or self.tr("unclassified")
        if status.overdue:
            head = self.tr("Visit overdue by %1 days: tier %2 calls for a visit every %3 days."
                           ).replace("%1", str(status.days_overdue)).replace(
                "%2", tier).replace("%3", str(status.cadence_days))
            return f"{head} {last} {plan}", "bad"
        due = status.due.isoformat() if status.due else ""
        head = self.tr("On track: tier %1 calls for a visit every %2 days; the next is due by "
                       "%3.").replace("%1", tier).replace(
            "%2", str(status.cadence_days)).replace("%3", due)
        return f"{head} {last} {plan}", "good"

    def _show_cadence(self) -> None:
        text, tone = self.cadence_text()
        self.cadence_label.setText(text)
        style_banner(self.banner, tone)
        kinds = ", ".join(kind_label(k) for k in (self._rules or current_rules()).visit_kinds)
        self.cadence_label.setToolTip(self.tr("Visits that count for the cadence: %1.")
                                      .replace("%1", kinds))

    def _show_detail(self) -> None:
        row = self.selected_row()
        if row is None:
            self.detail.setHtml(f"<p style='color:{MUTED}'>"
                                f"{html.escape(self.tr('Select a visit to read it in full.'))}"
                                "</p>")
            return
        r = self.model.record(row)
        parts = [f"<b>{html.escape(moment_cell(r['visit_at']))} · "
                 f"{html.escape(kind_label(r['kind']))} · "
                 f"{html.escape(_state_text(r['state']))}</b>"]
        for key, title in (("purpose", self.tr("Purpose")), ("summary", self.tr("Summary")),
                           ("outcome", self.tr("Outcome")),
                           ("next_steps", self.tr("Next steps")),
                           ("participants", self.tr("Participants")),
                           ("location", self.tr("Location")), ("owner", self.tr("Owner"))):
            value = r.get(key)
            if not missing(value) and str(value).strip():
                text = html.escape(str(value)).replace("\n", "<br>")
                parts.append(f"<b>{html.escape(title)}:</b> {text}")
        if not missing(r.get("follow_up_date")):
            parts.append(f"<b>{html.escape(self.tr('Follow-up'))}:</b> "
                         f"{html.escape(day_cell(r['follow_up_date']))}")
        self.detail.setHtml("<br>".join(parts))

    # --- actions ---------------------------------------------------------------------------

    def _record(self) -> dict[str, Any] | None:
        row = self.selected_row()
        return self.model.record(row) if row is not None else None

    def _done(self, edit: Edit | None) -> Edit | None:
        if edit is not None:
            self.reload()
            self.select_visit(edit.id)
            self.data_changed.emit(changes.of_entity(edit.entity))
        return edit

    def log_visit(self) -> Edit | None:
        return self._open_form("log")

    def plan_visit(self) -> Edit | None:
        return self._open_form("plan")

    def _open_form(self, mode: str) -> Edit | None:
        if self.db is None or self.account_id is None:
            return None
        try:
            dialog = visit_dialog.VisitDialog(self.db, self.account_id, mode=mode,
                                              today=self._today(), parent=self)
        except KamError as exc:
            messages.show_error(self, exc)
            return None
        return self._done(visit_dialog.run_record_dialog(dialog, self.db))

    def edit_visit(self) -> Edit | None:
        record = self._record()
        if self.db is None or self.account_id is None or record is None \
                or not missing(record["deleted_at"]):
            return None
        try:
            with self.db.unit_of_work() as uow:
                visit = get_visit(uow, record["id"])
            dialog = visit_dialog.VisitDialog(self.db, self.account_id, mode="edit",
                                              visit=visit, today=self._today(), parent=self)
        except KamError as exc:
            messages.show_error(self, exc)
            return None
        return self._done(visit_dialog.run_record_dialog(dialog, self.db))

    def complete_visit(self) -> Edit | None:
        record = self._record()
        if self.db is None or record is None or record["status"] != "planned" \
                or not missing(record["deleted_at"]):
            return None
        try:
            with self.db.unit_of_work() as uow:
                visit = get_visit(uow, record["id"])
            dialog = visit_dialog.CompleteVisitDialog(self.db, visit, today=self._today(),
                                                      parent=self)
        except KamError as exc:
            messages.show_error(self, exc)
            return None
        return self._done(visit_dialog.run_record_dialog(dialog, self.db))

    def _write(self, work: Callable[[], Edit], undo_text: str) -> Edit | None:
        assert self.db is not None
        try:
            edit = work()
        except KamError as exc:
            messages.show_error(self, exc)
            self.reload()
            return None
        undo_commands.push(self.db, edit, undo_text)
        return self._done(edit)

    def cancel_visit(self) -> Edit | None:
        record = self._record()
        if self.db is None or record is None or record["status"] != "planned":
            return None
        db, visit_id = self.db, str(record["id"])
        return self._write(lambda: cancel_visit(db, visit_id, today=self._today()),
                           self.tr("Cancel visit of %1").replace(
                               "%1", moment_cell(record["visit_at"])))

    def delete_visit(self) -> Edit | None:
        record = self._record()
        if self.db is None or record is None or not missing(record["deleted_at"]):
            return None
        when = moment_cell(record["visit_at"])
        if not visit_dialog.ask_yes_no(
                self, self.tr("Delete visit"),
                self.tr("Delete the visit of %1 (%2)? Undo (Ctrl+Z) or “Show deleted” and "
                        "Restore bring it back.").replace("%1", when).replace(
                    "%2", kind_label(record["kind"])),
                self.tr("Delete")):
            return None
        db, visit_id = self.db, str(record["id"])
        return self._write(lambda: delete_visit(db, visit_id),
                           self.tr("Delete visit of %1").replace("%1", when))

    def restore_visit(self) -> Edit | None:
        record = self._record()
        if self.db is None or record is None or missing(record["deleted_at"]):
            return None
        db, visit_id = self.db, str(record["id"])
        return self._write(lambda: restore_visit(db, visit_id),
                           self.tr("Restore visit of %1").replace(
                               "%1", moment_cell(record["visit_at"])))

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        texts = (
            (self.log_action, self.tr("&Log visit…"), "Ins"),
            (self.plan_action, self.tr("&Plan visit…"), "Shift+Ins"),
            (self.edit_action, self.tr("&Edit…"), "F2"),
            (self.done_action, self.tr("Mark &done…"), "Ctrl+D"),
            (self.cancel_action, self.tr("&Cancel visit"), ""),
            (self.delete_action, self.tr("De&lete"), "Del"),
            (self.restore_action, self.tr("&Restore"), ""),
            (self.show_deleted, self.tr("Show deleted"), ""),
        )
        for action, text, keys in texts:
            action.setText(text)
            plain = text.replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
        self.empty.setText(self.tr("No visits recorded yet. Log one (Ins) or plan one "
                                   "(Shift+Ins)."))
        self.model.refresh_texts()
        self._show_cadence()
        self._show_detail()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = [
    "FrameColumn", "FrameModel", "VisitsTab", "current_rules", "fit_columns", "haystack_of",
    "make_table", "search_mask", "select_row", "style_banner",
]
