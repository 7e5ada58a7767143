"""The right half of the Classification page: the analysis window, Preview and Apply, the
summary of the last action, and the tabs with the charts, the tier changes and the run history.
It shows what the page gives it and says what the user asked for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.ui.classification_charts import ParetoChart, TierDistributionChart
from kam_desktop.ui.classification_history import RunHistoryView
from kam_desktop.ui.classification_migration import MigrationView
from kam_desktop.ui.import_widgets import MessagePanel


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ResultsPanel(QWidget):
    window_changed = Signal()
    default_window_requested = Signal()
    preview_requested = Signal()
    apply_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_label = QLabel()
        self.from_edit = self._date_edit("windowFrom")
        self.to_edit = self._date_edit("windowTo")
        self.window_label.setBuddy(self.from_edit)
        self.default_window_button = QPushButton()
        self.default_window_button.setObjectName("defaultWindow")
        self.default_window_button.clicked.connect(self.default_window_requested)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.preview_requested)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyButton")
        self.apply_button.clicked.connect(self.apply_requested)
        self.run_hint = QLabel()
        self.run_hint.setObjectName("hint")
        self.run_hint.setWordWrap(True)
        self.summary = MessagePanel()

        self.changes_view = MigrationView()
        self.changes_view.setObjectName("previewChanges")
        self.changes_tab = QWidget()
        changes_layout = QVBoxLayout(self.changes_tab)
        changes_layout.setContentsMargins(8, 8, 8, 8)
        changes_layout.addWidget(self.changes_view)
        self.distribution_chart = TierDistributionChart()
        self.pareto_chart = ParetoChart()
        self.charts_tab = QWidget()
        charts_layout = QVBoxLayout(self.charts_tab)
        charts_layout.setContentsMargins(4, 4, 4, 4)
        charts_layout.addWidget(self.distribution_chart, 2)
        charts_layout.addWidget(self.pareto_chart, 3)
        self.history = RunHistoryView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("classificationTabs")
        self.tabs.addTab(self.charts_tab, "")
        self.tabs.addTab(self.changes_tab, "")
        self.tabs.addTab(self.history, "")

        window_row = QHBoxLayout()
        window_row.addWidget(self.window_label)
        window_row.addWidget(self.from_edit)
        window_row.addWidget(QLabel("–"))
        window_row.addWidget(self.to_edit)
        window_row.addWidget(self.default_window_button)
        window_row.addStretch(1)
        action_row = QHBoxLayout()
        action_row.addWidget(self.preview_button)
        action_row.addWidget(self.apply_button)
        action_row.addSpacing(8)
        action_row.addWidget(self.run_hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(window_row)
        layout.addLayout(action_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _d: self.window_changed.emit())
        return edit

    def window(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()  # type: ignore[return-value]

    def set_window(self, start: date, end: date) -> None:
        """Show both dates, then say once that the window changed."""
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.window_changed.emit()

    def set_state(self, *, ready: bool, busy: bool, valid: bool) -> None:
        self.preview_button.setEnabled(ready and valid and not busy)
        self.apply_button.setEnabled(ready and valid and not busy)

    def retranslate_ui(self) -> None:
        self.window_label.setText(self.tr("Analysis &window:"))
        self.default_window_button.setText(self.tr("Default"))
        self.default_window_button.setToolTip(self.tr(
            "The policy's window, else the 12 months up to the latest sales line"))
        self.preview_button.setText(self.tr("P&review"))
        self.apply_button.setText(self.tr("&Apply and save run"))
        self.run_hint.setText(self.tr(
            "Preview shows what would change without saving anything. Apply classifies every "
            "account and saves the run; overrides stay in force."))
        self.tabs.setTabText(0, self.tr("Charts"))
        self.tabs.setTabText(1, self.tr("Tier changes"))
        self.tabs.setTabText(2, self.tr("Run history"))
        self.changes_view.set_empty_text(self.tr(
            "Preview the policy to see which accounts would move between tiers."))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
