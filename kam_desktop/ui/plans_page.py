"""The Plans page: every account's plan for a period; preview, print or save one; export many.

The list (`PlansTableModel`) is loaded on a worker thread from `plan_lookup.plan_status_table`
and filtered/sorted vectorised, so 100,000 accounts stay responsive. The export panel picks
the accounts (the selection, a tier, or all; optionally only those with a plan), language,
paper and output (a PDF per account into a folder, or one merged PDF with bookmarks), and runs
`plan_export.export_plans` in an `Op` with progress and Cancel. A cancelled export leaves no
files (the service guarantees it); the result bar says how many were written, where, and opens
the folder.

The page never writes to the database, so it emits no `data_changed`; it reloads when
accounts, tiers or plans change (`on_data_changed`), at once when shown, else when next shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QItemSelectionModel, QRect, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import settings
from kam_desktop.services.plan_editing import parse_period
from kam_desktop.services.plan_export import ExportResult, PdfOptions, export_plans
from kam_desktop.services.plan_lookup import (
    default_period,
    period_sort_key,
    plan_periods,
    plan_status_table,
)
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, formatting, labels, plan_export_dialog, plan_print
from kam_desktop.ui.operations import Op, report_failure
from kam_desktop.ui.plan_export_dialog import PLAN_STYLE, LanguageCombo, PaperCombo
from kam_desktop.ui.plans_model import (
    ALL,
    COLUMNS,
    NOT_CLASSIFIED,
    WITH_PLAN,
    WITHOUT_PLAN,
    PlansTable,
    PlansTableModel,
)

SHOWN_CHANGES: changes.Changes = frozenset({changes.ACCOUNTS, changes.PLANS, changes.TIERS})
SEARCH_DELAY_MS = 150
_COLUMN_CHARS = {"code": 9, "name": 30, "tier": 5, "owner": 10, "plan": 9, "updated": 17}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')  # not allowed in Windows file names
SCOPES = ("selected", "tier", "all")


class PlansHeaderView(QHeaderView):
    """A horizontal header that paints its sections without asking the selection.

    Qt's own `paintSection` asks, for every section and its neighbours, whether the whole
    column is selected (`QItemSelectionModel.isColumnSelected`), which visits every selected
    row through the model: after Ctrl+A on 100,000 accounts that froze the page for ~10 s.
    Sections here are drawn like Qt's (text, sort indicator, position) minus that highlight,
    which `setHighlightSections(False)` turns off anyway.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setHighlightSections(False)
        self.setSectionsClickable(True)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # Qt
        if not rect.isValid() or self.model() is None:
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        option.text = str(self.model().headerData(logical, self.orientation()) or "")
        option.textAlignment = self.defaultAlignment()
        option.state = option.state | QStyle.StateFlag.State_Raised
        if self.isEnabled():
            option.state = option.state | QStyle.StateFlag.State_Enabled
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:
            option.sortIndicator = (
                QStyleOptionHeader.SortIndicator.SortDown
                if self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                else QStyleOptionHeader.SortIndicator.SortUp)
        visual, last = self.visualIndex(logical), self.count() - 1
        positions = QStyleOptionHeader.SectionPosition
        option.position = (positions.OnlyOneSection if last == 0 else
                           positions.Beginning if visual == 0 else
                           positions.End if visual == last else positions.Middle)
        option.selectedPosition = QStyleOptionHeader.SelectedPosition.NotAdjacent
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)


def safe_file_name(text: str) -> str:
    """`text` usable as a file name on Windows, macOS and Linux."""
    cleaned = _UNSAFE.sub("_", text).strip().rstrip(".")
    return cleaned or "plans"


def load_plans(db: Database, period: str | None) -> tuple[str, list[str], PlansTable]:
    """(period, periods with plans, the table) — runs on a worker thread. Without `period`,
    the default one (`plan_lookup.default_period`)."""
    with db.unit_of_work() as uow:
        periods = plan_periods(uow)
        chosen = period or default_period(uow)
        frame = plan_status_table(uow, chosen)
    return chosen, periods, PlansTable(frame, chosen)


class PlansPage(QWidget):
    """Account plans of one period: status per account, single print/PDF, batch export."""

    loaded = Signal(int)  # accounts in the table, after each (re)load
    open_account = Signal(str)  # account id, to show the account (its Plan tab)
    export_finished = Signal(object)  # the ExportResult, after each export (also cancelled)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plansPage")
        self.setStyleSheet(PLAN_STYLE)
        self.db: Database | None = None
        self._period: str | None = None
        self._stale = False
        self._load_generation = 0
        self.export_op: Op[ExportResult] | None = None
        self._last_result: ExportResult | None = None
        self._last_out: Path | None = None
        self._last_merged = False
        self._last_total = 0

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)

        # --- the list ---------------------------------------------------------------------
        self.period_label = QLabel()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("planPeriod")
        self.period_combo.setEditable(True)
        self.period_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period_combo.setMinimumContentsLength(8)
        self.period_combo.activated.connect(self._on_period_chosen)
        self.period_combo.lineEdit().editingFinished.connect(self._on_period_chosen)
        self.period_label.setBuddy(self.period_combo)
        self.period_note = QLabel()
        self.period_note.setObjectName("fileNote")
        self.period_note.setProperty("tone", "error")
        self.period_note.setWordWrap(True)
        self.period_note.hide()
        self.search = QLineEdit()
        self.search.setObjectName("planSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.tier_label = QLabel()
        self.tier_filter = QComboBox()
        self.tier_filter.setObjectName("planTierFilter")
        self.tier_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tier_filter.currentIndexChanged.connect(self._apply_filter)
        self.tier_label.setBuddy(self.tier_filter)
        self.plan_label = QLabel()
        self.plan_filter = QComboBox()
        self.plan_filter.setObjectName("planStateFilter")
        self.plan_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in (ALL, WITH_PLAN, WITHOUT_PLAN):
            self.plan_filter.addItem("", key)
        self.plan_filter.currentIndexChanged.connect(self._apply_filter)
        self.plan_label.setBuddy(self.plan_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("accountCount")

        self.model = PlansTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("plansTable")
        self.table.setHorizontalHeader(PlansHeaderView(self.table))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        chars = self.table.fontMetrics().averageCharWidth()
        for column, key in enumerate(COLUMNS):
            header.resizeSection(column, _COLUMN_CHARS[key] * chars + 16)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.doubleClicked.connect(self._open_current)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._on_selection_changed)

        self.preview_button = QPushButton()
        self.preview_button.setObjectName("planPreviewButton")
        self.preview_button.clicked.connect(self.preview_current)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_current)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.save_current_pdf)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_current)
        self.current_label = QLabel()
        self.current_label.setObjectName("hint")
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        self.current_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.period_label)
        filters.addWidget(self.period_combo)
        filters.addSpacing(8)
        filters.addWidget(self.search, 1)
        filters.addSpacing(8)
        filters.addWidget(self.tier_label)
        filters.addWidget(self.tier_filter)
        filters.addWidget(self.plan_label)
        filters.addWidget(self.plan_filter)
        one = QHBoxLayout()
        one.setSpacing(6)
        for button in (self.preview_button, self.print_button, self.pdf_button,
                       self.open_button):
            one.addWidget(button)
        one.addSpacing(8)
        one.addWidget(self.current_label, 1)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addLayout(filters)
        left.addWidget(self.period_note)
        left.addWidget(self.table, 1)
        counts = QHBoxLayout()
        counts.addLayout(one, 1)
        counts.addWidget(self.count_label)
        left.addLayout(counts)

        # --- the export panel -------------------------------------------------------------
        self.export_box = QGroupBox()
        self.export_box.setObjectName("planExportBox")
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        for key in SCOPES:
            button = QRadioButton()
            button.setObjectName(f"scope_{key}")
            self.scope_group.addButton(button)
            self.scope_buttons[key] = button
        self.scope_buttons["all"].setChecked(True)
        self.scope_group.buttonToggled.connect(self._update_scope)
        self.scope_tier = QComboBox()
        self.scope_tier.setObjectName("scopeTier")
        self.scope_tier.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_tier.currentIndexChanged.connect(self._on_scope_tier)
        self.only_planned = QCheckBox()
        self.only_planned.setObjectName("onlyPlanned")
        self.only_planned.toggled.connect(self._update_scope)
        scope = QVBoxLayout()
        scope.setSpacing(4)
        scope.addWidget(self.scope_buttons["selected"])
        tier_row = QHBoxLayout()
        tier_row.addWidget(self.scope_buttons["tier"])
        tier_row.addWidget(self.scope_tier)
        tier_row.addStretch(1)
        scope.addLayout(tier_row)
        scope.addWidget(self.scope_buttons["all"])
        scope.addWidget(self.only_planned)

        remembered = plan_export_dialog.remembered_options()
        self.language = LanguageCombo()
        self.language.set_value(remembered.lang)
        self.paper = PaperCombo()
        self.paper.set_value(remembered.paper)
        self.output_group = QButtonGroup(self)
        self.per_account = QRadioButton()
        self.per_account.setObjectName("outputPerAccount")
        self.merged = QRadioButton()
        self.merged.setObjectName("outputMerged")
        self.output_group.addButton(self.per_account)
        self.output_group.addButton(self.merged)
        merged = settings.current().plan_export_merged
        (self.merged if merged else self.per_account).setChecked(True)
        self.output_group.buttonToggled.connect(self._update_output)
        output = QVBoxLayout()
        output.setSpacing(4)
        output.addWidget(self.per_account)
        output.addWidget(self.merged)
        self.folder_edit = QLineEdit(str(plan_export_dialog.export_folder()))
        self.folder_edit.setObjectName("exportFolder")
        self.folder_edit.textChanged.connect(self._update_output)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse_folder)
        folder_row = QHBoxLayout()
        folder_row.setSpacing(6)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.output_note = QLabel()
        self.output_note.setObjectName("fileNote")
        self.output_note.setWordWrap(True)
        self.output_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.output_note.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_summary = QLabel()
        self.scope_summary.setObjectName("scopeSummary")
        self.scope_summary.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPlansButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)

        self.scope_label = QLabel()
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.paper_label = QLabel()
        self.paper_label.setBuddy(self.paper)
        self.output_label = QLabel()
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setVerticalSpacing(10)
        form.addRow(self.scope_label, scope)
        form.addRow(self.language_label, self.language)
        form.addRow(self.paper_label, self.paper)
        form.addRow(self.output_label, output)
        form.addRow(self.folder_label, folder_row)
        form.addRow("", self.output_note)

        self.result_bar = QFrame()
        self.result_bar.setObjectName("resultBar")
        self.result_text = QLabel()
        self.result_text.setWordWrap(True)
        self.result_text.setTextFormat(Qt.TextFormat.PlainText)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton()
        self.open_folder_button.clicked.connect(self._open_result_folder)
        self.open_file_button = QPushButton()
        self.open_file_button.clicked.connect(self._open_result_file)
        result_buttons = QHBoxLayout()
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.open_file_button)
        result_buttons.addWidget(self.open_folder_button)
        result_layout = QVBoxLayout(self.result_bar)
        result_layout.setContentsMargins(10, 8, 10, 8)
        result_layout.addWidget(self.result_text)
        result_layout.addLayout(result_buttons)
        self.result_bar.hide()

        panel = QVBoxLayout(self.export_box)
        panel.setSpacing(10)
        panel.addLayout(form)
        panel.addWidget(self.scope_summary)
        panel.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        panel.addWidget(self.result_bar)
        panel.addStretch(1)
        self.export_box.setMinimumWidth(400)
        self.export_box.setMaximumWidth(480)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(left, 1)
        body.addWidget(self.export_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)

        # --- shortcuts --------------------------------------------------------------------
        self.preview_action = self._page_action(self.preview_current, QKeySequence("Ctrl+P"))
        self.export_action = self._page_action(self.export, QKeySequence("Ctrl+Shift+E"))
        self.print_action = self._page_action(self.print_current)
        self.pdf_action = self._page_action(self.save_current_pdf)
        self.open_action = self._page_action(self._open_current)

        self.retranslate_ui()
        self._update_actions()
        self._update_output()

    def _page_action(self, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    # --- data ------------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self._period = None
        self.model.set_table(PlansTable.empty())
        self.result_bar.hide()
        self._stale = True
        if self.isVisible():
            self.reload()

    def on_data_changed(self, what: changes.Changes) -> None:
        if not what & SHOWN_CHANGES:
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def period(self) -> str | None:
        return self._period

    def set_period(self, period: str) -> Op[tuple[str, list[str], PlansTable]] | None:
        """Show the plans of `period` (reloads)."""
        self._period = period.strip() or None
        return self.reload()

    def reload(self) -> Op[tuple[str, list[str], PlansTable]] | None:
        """Load the table on a worker thread; the newest request wins."""
        self._stale = False
        if self.db is None:
            self._update_counts()
            return None
        self._load_generation += 1
        generation, db, period = self._load_generation, self.db, self._period

        def done(result: tuple[str, list[str], PlansTable]) -> None:
            if generation != self._load_generation or db is not self.db:
                return
            self._show_table(*result)

        return Op(parent=self, run=lambda _p, _c: load_plans(db, period), done=done).start()

    def _show_table(self, period: str, periods: list[str], table: PlansTable) -> None:
        current = self.model.account_id_at(self.table.currentIndex().row())
        self._period = period
        self._fill_periods(period, periods)
        self._fill_tiers(table.tiers)
        self.model.set_table(table, search=self.search.text(),
                             tier=self.tier_filter.currentData() or ALL,
                             plan=self.plan_filter.currentData() or ALL)
        if current is not None:
            row = self.model.row_of_account(current)
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        self._update_counts()
        self._update_scope()
        self._update_output()
        self.loaded.emit(len(table))

    def _fill_periods(self, period: str, periods: list[str]) -> None:
        year = date.today().year
        choices = set(periods) | {str(year), str(year + 1), period}
        blocker = self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for value in sorted(choices, key=period_sort_key, reverse=True):
            self.period_combo.addItem(value)
        self.period_combo.setCurrentText(period)
        self.period_combo.blockSignals(blocker)

    def _fill_tiers(self, tiers: list[str]) -> None:
        for combo, first in ((self.tier_filter, self.tr("All tiers")), (self.scope_tier, None)):
            kept = combo.currentData()
            blocker = combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(first, ALL)
            for tier in tiers:
                combo.addItem(tier, tier)
            combo.addItem(labels.not_classified(), NOT_CLASSIFIED)
            index = combo.findData(kept)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(blocker)

    def _on_period_chosen(self, *_args: object) -> None:
        text = self.period_combo.currentText().strip()
        period = parse_period(text)
        self.period_note.setVisible(period is None)
        if period is None:
            self.period_note.setText(self.tr(
                "“%1” is not a period: use a year like 2026, a half year like 2026-H1 or a "
                "quarter like 2026-Q3.").replace("%1", text))
            return
        if period != self._period:
            self.set_period(period)
        elif text != period:
            self.period_combo.setEditText(period)

    def _apply_filter(self, *_args: object) -> None:
        self.model.set_filter(search=self.search.text(),
                              tier=self.tier_filter.currentData() or ALL,
                              plan=self.plan_filter.currentData() or ALL)
        self._update_counts()

    def _update_counts(self) -> None:
        table = self.model.table
        total, shown = len(table), self.model.rowCount()
        planned = int(table.has_plan.sum())
        text = self.tr("%1 of %2 accounts shown · %3 with a plan for %4") if shown != total \
            else self.tr("%2 accounts · %3 with a plan for %4")
        self.count_label.setText(
            text.replace("%1", formatting.integer(shown)).replace("%2", formatting.integer(total))
            .replace("%3", formatting.integer(planned)).replace("%4", self._period or "—"))

    # --- selection and single-account actions -----------------------------------------------

    def selected_rows(self) -> np.ndarray:
        """View rows of the selection, ascending (from its ranges: cheap for 100,000)."""
        spans = [np.arange(r.top(), r.bottom() + 1)
                 for r in self.table.selectionModel().selection()]
        if not spans:
            return np.arange(0, dtype=np.int64)
        return np.unique(np.concatenate(spans)).astype(np.int64)

    def current_account(self) -> tuple[str, str | None] | None:
        """(account id, plan id or None) of the current row."""
        row = self.table.currentIndex().row()
        account = self.model.account_id_at(row) if row >= 0 else None
        return None if account is None else (account, self.model.plan_id_at(row))

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_scope()
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        current = self.current_account()
        for widget in (self.preview_button, self.print_button, self.pdf_button,
                       self.open_button, self.preview_action, self.print_action,
                       self.pdf_action, self.open_action):
            widget.setEnabled(current is not None)
        row = self.table.currentIndex().row()
        if current is None:
            self.current_label.setText(self.tr("No account selected"))
        else:
            code = self.model.data(self.model.index(row, COLUMNS.index("code")))
            name = self.model.data(self.model.index(row, COLUMNS.index("name")))
            self.current_label.setText(f"{code} · {name}")

    def preview_current(self) -> None:
        current = self.current_account()
        if current is not None and self.db is not None:
            plan_print.print_preview_plan(self, self.db, current[0], current[1],
                                          period=self._period)

    def print_current(self) -> None:
        current = self.current_account()
        if current is not None and self.db is not None:
            plan_print.print_plan(self, self.db, current[0], current[1], period=self._period)

    def save_current_pdf(self) -> Path | None:
        current = self.current_account()
        if current is None or self.db is None:
            return None
        return plan_print.export_plan_pdf(self, self.db, current[0], current[1],
                                          period=self._period)

    def _open_current(self, *_args: object) -> None:
        current = self.current_account()
        if current is not None:
            self.open_account.emit(current[0])

    def _show_menu(self, pos: object) -> None:
        if self.current_account() is None:
            return
        menu = QMenu(self)
        for action in (self.preview_action, self.print_action, self.pdf_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.open_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))  # type: ignore[arg-type]
        menu.deleteLater()

    # --- batch export ------------------------------------------------------------------------

    def scope(self) -> str:
        return next(k for k, b in self.scope_buttons.items() if b.isChecked())

    def set_scope(self, scope: str, tier: str | None = None) -> None:
        self.scope_buttons[scope].setChecked(True)
        if tier is not None:
            index = self.scope_tier.findData(tier)
            if index >= 0:
                self.scope_tier.setCurrentIndex(index)

    def _on_scope_tier(self, *_args: object) -> None:
        if not self.scope_buttons["tier"].isChecked():
            self.scope_buttons["tier"].setChecked(True)  # choosing a tier means that scope
        else:
            self._update_scope()

    def scope_ids(self) -> list[str]:
        """The account ids the export would write, in list order (selection: display order)."""
        return [str(v) for v in self.model.table.values["id"][self._scope_rows()]]

    def _scope_rows(self) -> np.ndarray:
        """Table positions of the accounts the export would write."""
        table = self.model.table
        scope = self.scope()
        if scope == "selected":
            rows = self.model.rows[self.selected_rows()]
        else:
            mask = table.tier_mask(self.scope_tier.currentData() or ALL) if scope == "tier" \
                else np.ones(len(table), dtype=bool)
            rows = np.flatnonzero(mask)
        if self.only_planned.isChecked():
            rows = rows[table.has_plan[rows]]
        return rows

    def _update_scope(self, *_args: object) -> None:
        table = self.model.table
        selected = len(self.selected_rows())
        tier = self.scope_tier.currentData() or ALL
        self.scope_buttons["selected"].setText(
            self.tr("Selected accounts (%1)").replace("%1", formatting.integer(selected)))
        self.scope_buttons["tier"].setText(self.tr("Tier"))
        self.scope_buttons["all"].setText(
            self.tr("All accounts (%1)").replace("%1", formatting.integer(len(table))))
        tier_count = int(table.tier_mask(tier).sum()) if len(table) else 0
        self.scope_tier.setToolTip(
            self.tr("%1 accounts in this tier").replace("%1", formatting.integer(tier_count)))
        self.only_planned.setText(self.tr("Only accounts with a plan for %1")
                                  .replace("%1", self._period or "—"))
        count = len(self._scope_rows()) if len(table) else 0
        if count == 0:
            self.scope_summary.setText(self.tr("No accounts chosen."))
        elif count == 1:
            self.scope_summary.setText(self.tr("1 account will be exported."))
        else:
            self.scope_summary.setText(self.tr("%1 accounts will be exported.")
                                       .replace("%1", formatting.integer(count)))
        self.export_button.setEnabled(count > 0 and self.export_op is None
                                      and self._output_problem() is None)
        self.export_action.setEnabled(self.export_button.isEnabled())
        self._update_output_note()

    def merged_file_name(self) -> str:
        """The merged PDF's name: the period and the scope, safe on Windows."""
        period = self._period or ""
        scope = self.scope()
        if scope == "tier":
            tier = self.scope_tier.currentData()
            what = self.tr("not classified") if tier == NOT_CLASSIFIED \
                else self.tr("tier %1").replace("%1", str(tier))
        elif scope == "selected":
            what = self.tr("%1 accounts").replace("%1", str(len(self.selected_rows())))
        else:
            what = self.tr("all accounts")
        name = self.tr("Account plans %1 - %2").replace("%1", period).replace("%2", what)
        return safe_file_name(name) + ".pdf"

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def output_path(self) -> Path | None:
        """Where the export writes: the folder, or the merged file in it."""
        folder = self.folder()
        if folder is None:
            return None
        return folder / self.merged_file_name() if self.merged.isChecked() else folder

    def _output_problem(self) -> str | None:
        folder = self.folder()
        if folder is None:
            return self.tr("Choose the folder for the PDFs.")
        if folder.exists() and not folder.is_dir():
            return self.tr("%1 is a file, not a folder.").replace("%1", str(folder))
        return None

    def _update_output(self, *_args: object) -> None:
        self._update_scope()

    def _update_output_note(self) -> None:
        problem = self._output_problem()
        folder = self.folder()
        if problem is not None:
            text, tone = problem, "error"
        elif self.merged.isChecked():
            path = self.output_path()
            assert path is not None
            text = self.tr("Writes %1, with a bookmark per account.").replace("%1", path.name)
            if path.exists():
                text += " " + self.tr("The existing file is replaced.")
            tone = "info"
        else:
            text = self.tr("One file per account, named by code and name; files of the same "
                           "name are replaced.")
            if folder is not None and not folder.exists():
                text += " " + self.tr("The folder will be created.")
            tone = "info"
        self.output_note.setText(text)
        self.output_note.setProperty("tone", tone)
        self.output_note.style().unpolish(self.output_note)
        self.output_note.style().polish(self.output_note)

    def _browse_folder(self) -> None:
        start = self.folder() or plan_export_dialog.export_folder()
        chosen = plan_export_dialog.ask_folder(self, start if start.is_dir() else Path.home())
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def options(self) -> PdfOptions:
        return PdfOptions(lang=self.language.value(), paper=self.paper.value())

    def export(self) -> Op[ExportResult] | None:
        """Export the chosen accounts' plans (progress and Cancel); None if nothing to do."""
        if self.db is None or self.export_op is not None:
            return None
        ids = self.scope_ids()
        out = self.output_path()
        if not ids or out is None or self._output_problem() is not None:
            self._update_scope()
            return None
        db, options, period = self.db, self.options(), self._period
        merged = self.merged.isChecked()
        folder = out.parent if merged else out
        plan_export_dialog.remember_options(options, folder=folder, merged=merged)
        step = self.tr("Plan %1 of %2")

        def run(progress: Callable[[int, int, str], None],
                cancelled: Callable[[], bool]) -> ExportResult:
            def report(done: int, total: int, message: str) -> None:
                text = step.replace("%1", str(min(done + 1, total))).replace("%2", str(total))
                progress(done, total, f"{text}: {message}" if message else text)

            return export_plans(db, ids, out, merged=merged, options=options, period=period,
                                progress=report, cancelled=cancelled)

        self._last_out, self._last_merged, self._last_total = out, merged, len(ids)
        self.result_bar.hide()
        op: Op[ExportResult] = Op(parent=self, run=run, done=self._on_exported,
                                  failed=self._on_export_failed)
        self.export_op = op
        self._update_scope()
        label = self.tr("Exporting %1 account plans…").replace("%1", formatting.integer(len(ids)))
        return op.with_progress(label).start()

    def _on_exported(self, result: ExportResult) -> None:
        self.export_op = None
        self._last_result = result
        self._show_result(result)
        self._update_scope()
        self.export_finished.emit(result)

    def _on_export_failed(self, exc: BaseException) -> None:
        self.export_op = None
        self._update_scope()
        report_failure(self, exc)
        self.export_finished.emit(None)

    def _show_result(self, result: ExportResult) -> None:
        out, merged, total = self._last_out, self._last_merged, self._last_total
        where = str(result.files[0].parent if result.files else out)
        if result.cancelled and not result.files:
            text = self.tr("Export cancelled: no files were written.")
        elif result.cancelled:
            # Per-account files finished before the Cancel are complete and stay.
            text = self.tr("Export cancelled after %1 of %2 plans; the %1 finished PDFs are "
                           "in %3.").replace("%1", formatting.integer(len(result.files))) \
                .replace("%2", formatting.integer(total)).replace("%3", where)
        elif merged:
            text = self.tr("%1 plans written to %2").replace(
                "%1", formatting.integer(result.count)).replace("%2", str(result.files[0]))
            if result.count == 1:
                text = self.tr("1 plan written to %1").replace("%1", str(result.files[0]))
        elif len(result.files) == 1:
            text = self.tr("1 PDF written to %1").replace("%1", where)
        else:
            text = self.tr("%1 PDFs written to %2").replace(
                "%1", formatting.integer(len(result.files))).replace("%2", where)
        self.result_text.setText(text)
        self.result_bar.setProperty("tone", "info" if result.cancelled else "")
        self.open_file_button.setVisible(merged and bool(result.files))
        self.open_folder_button.setVisible(bool(result.files))
        self.result_bar.style().unpolish(self.result_bar)
        self.result_bar.style().polish(self.result_bar)
        self.result_bar.show()

    def _result_folder(self) -> Path | None:
        result = self._last_result
        if result is None or not result.files:
            return None
        return result.files[0].parent

    def _open_result_folder(self) -> None:
        folder = self._result_folder()
        if folder is not None:
            plan_export_dialog.open_path(folder)

    def _open_result_file(self) -> None:
        result = self._last_result
        if result is not None and result.files:
            plan_export_dialog.open_path(result.files[0])

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Account plans"))
        self.intro.setText(self.tr(
            "Every account's plan for a period. Preview, print or save one account's plan as a "
            "PDF, or export the plans of a selection, a tier or all accounts at once."))
        self.period_label.setText(self.tr("&Period:"))
        self.search.setPlaceholderText(self.tr("Search code, name or owner…"))
        self.tier_label.setText(self.tr("&Tier:"))
        self.plan_label.setText(self.tr("P&lan:"))
        plan_names = {ALL: self.tr("All accounts"), WITH_PLAN: self.tr("With a plan"),
                      WITHOUT_PLAN: self.tr("Without a plan")}
        for row in range(self.plan_filter.count()):
            self.plan_filter.setItemText(row, plan_names[self.plan_filter.itemData(row)])
        if self.tier_filter.count():
            self.tier_filter.setItemText(0, self.tr("All tiers"))
        for combo in (self.tier_filter, self.scope_tier):
            index = combo.findData(NOT_CLASSIFIED)
            if index >= 0:
                combo.setItemText(index, labels.not_classified())
        self.preview_button.setText(self.tr("Print pre&view…"))
        self.preview_button.setToolTip(self.tr("Preview and print the selected account's plan "
                                               "(Ctrl+P)"))
        self.print_button.setText(self.tr("P&rint…"))
        self.pdf_button.setText(self.tr("&Save as PDF…"))
        self.open_button.setText(self.tr("&Open account"))
        self.preview_action.setText(self.tr("Print preview…"))
        self.print_action.setText(self.tr("Print…"))
        self.pdf_action.setText(self.tr("Save as PDF…"))
        self.open_action.setText(self.tr("Open account"))
        self.export_action.setText(self.tr("Export plans"))
        self.export_box.setTitle(self.tr("Export plans as PDF"))
        self.scope_label.setText(self.tr("Accounts:"))
        self.language_label.setText(self.tr("&Language:"))
        self.paper_label.setText(self.tr("Pape&r:"))
        self.output_label.setText(self.tr("Output:"))
        self.per_account.setText(self.tr("One PDF per account, into a folder"))
        self.merged.setText(self.tr("One merged PDF with bookmarks"))
        self.folder_label.setText(self.tr("&Folder:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setToolTip(self.tr("Export the plans (Ctrl+Shift+E)"))
        self.open_folder_button.setText(self.tr("Open &folder"))
        self.open_file_button.setText(self.tr("Open &PDF"))
        self.model.refresh_texts()
        self._update_counts()
        self._update_scope()
        self._update_actions()
        if self._last_result is not None and self.result_bar.isVisible():
            self._show_result(self._last_result)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # For tests and the main window: select accounts by id (replacing the selection).
    def select_accounts(self, account_ids: list[str]) -> int:
        selection = self.table.selectionModel()
        selection.clearSelection()
        wanted = set(account_ids)
        ids = self.model.table.values["id"][self.model.rows]
        rows = np.flatnonzero(np.isin(ids, list(wanted)))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(int(row), 0), flags)
        if len(rows):
            selection.setCurrentIndex(self.model.index(int(rows[0]), 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        return len(rows)


__all__ = ["PlansPage", "load_plans", "safe_file_name"]
