"""The action-plan section of the plan editor: what, owner, due date and status, with a status
filter, a search and "sort by due date", so a plan with a couple of hundred actions stays
workable (the table scrolls inside its own frame; the page does not grow without end)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kam_desktop.services.plan_editing import ActionItem, PlanData
from kam_desktop.ui.plan_editor_labels import action_status_names
from kam_desktop.ui.plan_editor_models import Column, PlanRowsModel
from kam_desktop.ui.plan_editor_sections import TableSection, section_errors, stretch_columns
from kam_desktop.ui.plan_editor_widgets import ChoiceDelegate, DateDelegate, SectionTable

_Index = QModelIndex | QPersistentModelIndex


class ActionsFilter(QSortFilterProxyModel):
    """Actions by status group and by a text in what/owner. Not dynamic: a row whose status
    is changed stays visible until the filter changes, so it does not vanish under the cursor."""

    GROUPS: ClassVar[dict[str, set[str] | None]] = {
        "all": None, "active": {"open", "in_progress"}, "done": {"done"},
        "cancelled": {"cancelled"},
    }

    def __init__(self) -> None:
        super().__init__()
        self.setDynamicSortFilter(False)
        self.group = "all"
        self.text = ""

    def set_filter(self, group: str, text: str) -> None:
        self.beginFilterChange()
        self.group, self.text = group, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # Qt override
        model = self.sourceModel()
        assert isinstance(model, PlanRowsModel)
        values = model.row_values(source_row)
        statuses = self.GROUPS.get(self.group)
        if statuses is not None and (values.get("status") or "open") not in statuses:
            return False
        if self.text:
            haystack = f"{values.get('what') or ''} {values.get('owner') or ''}".casefold()
            return self.text in haystack
        return True


ACTION_COLUMNS = (
    Column("what"),
    Column("owner"),
    Column("due_date", "date"),
    Column("status", "choice", action_status_names, default="open"),
)


class ActionRowsModel(PlanRowsModel):
    """Actions, with overdue due dates in red and cancelled actions greyed."""

    def __init__(self, today: date | None = None) -> None:
        super().__init__(ACTION_COLUMNS)
        self.today = today

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole,
                                        Qt.ItemDataRole.ToolTipRole):
            values = self.row_values(index.row())
            status = values.get("status") or "open"
            key = self.columns[index.column()].key
            if status == "cancelled" and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#8a94a3"))
            due = values.get("due_date")
            overdue = status in ("open", "in_progress") and isinstance(due, date) \
                and due < (self.today or date.today())
            if overdue and key == "due_date" and not self.error_at(index.row(), key):
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(QColor("#b3261e"))
                return self.tr("Overdue")
        return super().data(index, role)


class ActionsSection(TableSection):
    """The action plan: what, owner, due date, status; filter and sort for long lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        proxy = ActionsFilter()
        table = SectionTable(ActionRowsModel(), min_rows=3, max_rows=12,
                             proxy=proxy)
        super().__init__("actions", table, ActionItem, parent)
        self.filter = proxy
        view = table.view
        view.setItemDelegateForColumn(2, DateDelegate(view))
        view.setItemDelegateForColumn(3, ChoiceDelegate(action_status_names, view))
        stretch_columns(view, self.model, {"owner": 120, "due_date": 104, "status": 104})
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("actionsFilter")
        self.search = QLineEdit()
        self.search.setObjectName("actionsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.sort_button = QPushButton()
        self.sort_button.setObjectName("sortActions")
        self.sort_button.clicked.connect(self.sort_by_due_date)
        self.count = QLabel()
        self.count.setObjectName("hint")
        table.add_button_widget(self.sort_button)
        filters = QHBoxLayout()
        filters.addWidget(self.show_combo)
        filters.addWidget(self.search)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = self.content
        layout.addLayout(filters)
        layout.addWidget(table)
        layout.addWidget(self.errors_label)
        self.show_combo.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.model.edited.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        group = self.show_combo.currentData() or "all"
        self.show_combo.blockSignals(True)
        self.show_combo.clear()
        for key, text in (("all", self.tr("All actions")),
                          ("active", self.tr("Open and in progress")),
                          ("done", self.tr("Done")), ("cancelled", self.tr("Cancelled"))):
            self.show_combo.addItem(text, key)
        self.show_combo.setCurrentIndex(max(0, self.show_combo.findData(group)))
        self.show_combo.blockSignals(False)
        self.search.setPlaceholderText(self.tr("Find in what / owner"))
        self.sort_button.setText(self.tr("Sort by due date"))
        self.sort_button.setToolTip(self.tr("Order the actions by due date (undated last); "
                                            "the order is saved with the plan"))
        self.table.view.placeholder = self.tr("No actions yet: + Add what is to be done, by "
                                              "whom and by when.")
        self.table.retranslate_ui()
        self._update_count()

    def _apply_filter(self, *_args: object) -> None:
        self.filter.set_filter(self.show_combo.currentData() or "all", self.search.text())
        self.table._update_buttons()
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        rows = self.model.rows()
        active = sum((r.get("status") or "open") in ("open", "in_progress") for r in rows)
        text = self.tr("%1 actions, %2 open").replace("%1", str(len(rows))) \
            .replace("%2", str(active))
        shown = self.filter.rowCount()
        if shown != len(rows):
            text = self.tr("%1 shown of %2").replace("%1", str(shown)) \
                .replace("%2", text)
        self.count.setText(text)

    def sort_by_due_date(self) -> None:
        rows = self.model.rows()
        order = sorted(range(len(rows)), key=lambda i: (
            not hasattr(rows[i].get("due_date"), "isoformat"),
            str(rows[i].get("due_date") or ""), i))
        if order != list(range(len(rows))):
            self.model.set_rows_order(order)

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        if section_errors(errors, self.key) and self.filter.rowCount() != self.model.rowCount():
            self.search.clear()  # a filtered-out row with a problem must be visible
            self.show_combo.setCurrentIndex(0)
        return super().show_errors(errors)

    def load(self, plan: PlanData) -> None:
        self.model.set_rows(asdict(a) for a in plan.actions)
        self._apply_filter()
