"""The white-space section of the plan editor: suggestions derived from sales (categories the
portfolio buys and this account does not, ranked by the portfolio's sales in them) above the
plan's own list of categories, each with the user's note on the opportunity."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from kam_desktop.services.plan_editing import PlanData, WhiteSpaceNote
from kam_desktop.services.plan_white_space import WhiteSpaceSuggestion
from kam_desktop.ui.plan_editor_models import Column, PlanRowsModel, SuggestionsModel
from kam_desktop.ui.plan_editor_sections import TableSection, stretch_columns
from kam_desktop.ui.plan_editor_widgets import SectionTable


class WhiteSpaceSection(TableSection):
    """Suggestions from sales (read-only, `months` chosen here) and the plan's own list of
    categories with notes. `reload_requested(months)` asks the tab to derive them again."""

    reload_requested = Signal(int)
    suggestions_loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        table = SectionTable(PlanRowsModel((Column("product_category"), Column("note"))),
                             min_rows=2, max_rows=8)
        super().__init__("white_space", table, WhiteSpaceNote, parent)
        stretch_columns(table.view, self.model, {"product_category": 200})
        self.suggestions = SuggestionsModel(self)
        self.suggestions_view = QTableView()
        self.suggestions_view.setObjectName("whiteSpaceSuggestions")
        self.suggestions_view.setModel(self.suggestions)
        self.suggestions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions_view.verticalHeader().setVisible(False)
        self.suggestions_view.setAlternatingRowColors(True)
        self.suggestions_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.suggestions_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.suggestions_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 140), (2, 70), (3, 120)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.suggestions_view.doubleClicked.connect(lambda _i: self.add_selected())
        self.suggestions_view.selectionModel().selectionChanged.connect(self._update_add)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.months = QComboBox()
        self.months.setObjectName("whiteSpaceMonths")
        self.months.currentIndexChanged.connect(
            lambda _i: self.reload_requested.emit(self.months_value()))
        self.add_button = QPushButton()
        self.add_button.setObjectName("addWhiteSpace")
        self.add_button.clicked.connect(self.add_selected)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.plan_label = QLabel()
        self.plan_label.setStyleSheet("font-weight: 600;")

        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.months)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.add_button)
        layout = self.content
        layout.addLayout(top)
        layout.addWidget(self.suggestions_view)
        layout.addLayout(actions)
        layout.addSpacing(6)
        layout.addWidget(self.plan_label)
        layout.addWidget(table)
        layout.addWidget(self.errors_label)
        self.model.edited.connect(self._sync_in_plan)
        self._state = "idle"
        self.retranslate_ui()
        self._fit_suggestions()
        self._update_add()

    def months_value(self) -> int:
        return int(self.months.currentData() or 12)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.intro.setText(self.tr("Suggestions from sales: product categories the portfolio "
                                   "bought that this account did not, by the portfolio's sales "
                                   "in them."))
        months = self.months_value() if self.months.count() else 12
        self.months.blockSignals(True)
        self.months.clear()
        for n in (6, 12, 24, 36):
            self.months.addItem(self.tr("last %1 months").replace("%1", str(n)), n)
        self.months.setCurrentIndex(max(0, self.months.findData(months)))
        self.months.blockSignals(False)
        self.add_button.setText(self.tr("Add to plan"))
        self.add_button.setToolTip(self.tr("Add the selected categories to the plan's white "
                                           "space (or double-click one)"))
        self.plan_label.setText(self.tr("In this plan"))
        self.table.view.placeholder = self.tr(
            "No categories yet: add suggestions above, or + Add any category with a note.")
        self.table.retranslate_ui()
        self.suggestions.retranslate()
        self._show_state()

    def set_loading(self) -> None:
        self._state = "loading"
        self._show_state()

    def set_suggestions(self, items: list[WhiteSpaceSuggestion] | None) -> None:
        """The derived suggestions (None: no account)."""
        self.suggestions.set_items(items or [])
        self._state = "none" if items is None else ("empty" if not items else "ready")
        self._sync_in_plan()
        self._fit_suggestions()
        self._show_state()
        if items is not None:
            self.suggestions_loaded.emit()

    def _show_state(self) -> None:
        texts = {
            "idle": "",
            "none": "",
            "loading": self.tr("Looking at the portfolio's sales…"),
            "empty": self.tr("No white space: this account bought every category the "
                             "portfolio bought in that period (or there are no sales lines)."),
            "ready": self.tr("%1 categories; select and Add to plan, then note the opportunity.")
            .replace("%1", str(self.suggestions.rowCount())),
        }
        self.status.setText(texts.get(self._state, ""))
        self._update_add()

    def _fit_suggestions(self) -> None:
        rows = max(2, min(self.suggestions.rowCount(), 6))
        view = self.suggestions_view
        view.setFixedHeight(rows * view.verticalHeader().defaultSectionSize()
                            + view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth())

    def _sync_in_plan(self) -> None:
        self.suggestions.set_in_plan(
            str(r.get("product_category") or "") for r in self.model.rows())
        self._update_add()

    def _update_add(self, *_args: object) -> None:
        rows = {i.row() for i in self.suggestions_view.selectionModel().selectedRows()}
        self.add_button.setEnabled(any(not self.suggestions.in_plan(r) for r in rows))

    def add_selected(self) -> int:
        """Add the selected suggestions not yet in the plan; returns how many."""
        rows = sorted(i.row() for i in self.suggestions_view.selectionModel().selectedRows())
        added = 0
        for row in rows:
            if self.suggestions.in_plan(row):
                continue
            self.model.insert_row(None, {"product_category":
                                         self.suggestions.item(row).product_category})
            self._sync_in_plan()
            added += 1
        return added

    def load(self, plan: PlanData) -> None:
        self.model.set_rows(asdict(w) for w in plan.white_space)
        self._sync_in_plan()
