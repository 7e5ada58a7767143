"""The run history: every stored classification, newest first, and a run compared with the
one before it (migration matrix and movers)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.classification import RunComparison, RunInfo
from kam_desktop.ui.classification_labels import policy_name
from kam_desktop.ui.classification_migration import MigrationView
from kam_desktop.ui.classification_models import RunsModel, run_time
from kam_desktop.ui.import_widgets import make_table_view


class RunHistoryView(QWidget):
    compare_requested = Signal(str)  # run id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RunsModel(self)
        self.table: QTableView = make_table_view(self.model)
        self.table.setObjectName("runHistory")
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.compare_selected())
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("compareRuns")
        self.compare_button.clicked.connect(self.compare_selected)
        self.compared_label = QLabel()
        self.compared_label.setObjectName("hint")
        self.compared_label.setWordWrap(True)
        self.comparison = MigrationView()
        self.comparison.setObjectName("runComparison")

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addSpacing(8)
        row.addWidget(self.compared_label, 1)
        top_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.comparison)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.retranslate_ui()
        self._update_buttons()

    def set_runs(self, runs: list[RunInfo]) -> None:
        selected = self.selected_run()
        self.model.set_runs(runs)
        if selected is not None:
            self.select_run(selected.run_id)
        self.empty.setVisible(not runs)
        self._update_buttons()

    def selected_run(self) -> RunInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.run_at(rows[0].row()) if rows else None

    def select_run(self, run_id: str) -> bool:
        row = self.model.row_of(run_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def compare_selected(self) -> None:
        run = self.selected_run()
        if run is not None:
            self.compare_requested.emit(run.run_id)

    def show_comparison(self, comparison: RunComparison) -> None:
        run, previous = comparison.run, comparison.previous
        if previous is None:
            text = self.tr("The run of %1 is the first one: every account was newly "
                           "classified.").replace("%1", run_time(run))
        else:
            text = self.tr("The run of %1 (%2) against the run before it, of %3 (%4).") \
                .replace("%1", run_time(run)).replace("%2", policy_name(run.policy_name)) \
                .replace("%3", run_time(previous)).replace("%4", policy_name(previous.policy_name))
        self.compared_label.setText(text)
        self.comparison.set_migration(comparison.migration)

    def _update_buttons(self, *_args: object) -> None:
        self.compare_button.setEnabled(self.selected_run() is not None)

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("No classification has been applied yet."))
        self.compare_button.setText(self.tr("&Compare with previous"))
        self.comparison.set_empty_text(self.tr(
            "Select a run and compare it with the one before it to see which accounts moved."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
