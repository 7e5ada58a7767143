"""The Dashboard page: key figures, the attention list, the coming agenda, accounts, sales and
profit by tier, and revenue concentration.

Everything is computed by `services.dashboard.build_dashboard` on a worker thread (`Op`): seconds
at 100,000 accounts. The page shows "Computing…" meanwhile and keeps the previous figures. At
most one computation runs at a time: a request that arrives while one runs marks that one's
result stale (it is discarded) and starts again when it ends, so a burst of edits or of
threshold changes costs one extra computation, not one each. Hidden, the page only notes that
it is out of date and computes when next shown.

It recomputes when data it shows changes (`on_data_changed`) and when the attention thresholds
or visit cadences change in Settings (it listens to the settings store). Double-clicking an
account anywhere, or clicking it in a chart, emits `open_account(account_id)`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import settings
from kam_desktop.services.attention import AttentionRules
from kam_desktop.services.dashboard import UNCLASSIFIED, Dashboard, build_dashboard
from kam_desktop.services.visits import AGENDA_COLUMNS, Agenda
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, formatting
from kam_desktop.ui.attention_view import AttentionRows, AttentionView, visit_kind_label
from kam_desktop.ui.dashboard_charts import (
    ParetoChart,
    TierAccountsChart,
    TierValueChart,
    TopAccountsChart,
)
from kam_desktop.ui.operations import Op, report_failure

# What the Dashboard shows: a change of any of these recomputes it.
RELEVANT: changes.Changes = frozenset({
    changes.ACCOUNTS, changes.SALES, changes.RECEIVABLES, changes.VISITS, changes.SURVEYS,
    changes.CONTACTS, changes.TIERS,
})
TOP_N = 10
RECOMPUTE_DELAY_MS = 250  # a burst of changes (an import, several edits) computes once
AGENDA_BUCKETS = ("overdue", "today", "this_week", "later")
ALL = "__all__"
# Content width (pixels) from which the agenda sits beside the attention list; below it (any
# laptop) each gets the full width, one above the other: both tables need it to be readable.
WIDE_LAYOUT = 1500

_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


@dataclass(frozen=True)
class DashboardData:
    """What the page shows: the service's `Dashboard`, and its attention list and agenda
    prepared for their models (on the worker: a second's work at 100,000 accounts)."""

    board: Dashboard
    attention: AttentionRows
    agenda: AgendaRows


def load_dashboard(db: Database, today: date, rules: AttentionRules) -> DashboardData:
    """Everything the page shows, with every flagged account listed (runs on a worker)."""
    board = build_dashboard(db, today=today, rules=rules, attention_limit=None,
                            attention_reasons=False, top_n=TOP_N)
    return DashboardData(board, AttentionRows.from_frame(board.attention),
                         AgendaRows(board.agenda))


def hhi_interpretation(points: float, equivalent: float) -> str:
    """The Herfindahl index in one line of plain words (points: 0–10,000). The bands are the
    usual antitrust ones: below 1,500 unconcentrated, above 2,500 highly concentrated."""
    count = QLocale().toString(max(1, round(equivalent)))
    if points < 1500:
        text = translate("DashboardPage", "Low concentration: sales are spread as if over %1 "
                                          "customers of equal size.")
    elif points <= 2500:
        text = translate("DashboardPage", "Moderate concentration: sales behave as if they "
                                          "came from %1 customers of equal size.")
    else:
        text = translate("DashboardPage", "High concentration: sales depend on a few "
                                          "customers, as if there were only %1 of equal size.")
    return text.replace("%1", count)


def hhi_text(points: float) -> str:
    """The index on the 0–10,000 scale: whole points, one decimal below 100 (a portfolio of
    thousands of similar accounts is near 0, and "0" would say nothing)."""
    if points < 100:
        return QLocale().toString(float(points), "f", 1)
    return QLocale().toString(round(points))


# --- the agenda ----------------------------------------------------------------------------------


@dataclass
class AgendaRows:
    """The agenda's buckets as one table of column arrays, overdue (the latest first), today,
    this week, later. No Qt: built on the worker (the agenda of 100,000 accounts has tens of
    thousands of items)."""

    agenda: Agenda | None
    columns: dict[str, np.ndarray] = field(init=False)

    def __post_init__(self) -> None:
        agenda = self.agenda
        frames = [] if agenda is None else [
            frame.assign(bucket=bucket) for bucket, frame in zip(
                AGENDA_BUCKETS, (agenda.overdue, agenda.due_today, agenda.this_week,
                                 agenda.later), strict=True) if len(frame)]
        if frames:
            frame = pd.concat(frames, ignore_index=True)
            self.columns = {c: frame[c].to_numpy(dtype=object) for c in frame.columns}
        else:
            self.columns = {c: np.empty(0, dtype=object)
                            for c in (*AGENDA_COLUMNS, "bucket")}

    def __len__(self) -> int:
        return len(self.columns["bucket"])

    def counts(self) -> dict[str, int]:
        if self.agenda is None:
            return dict.fromkeys(AGENDA_BUCKETS, 0)
        return self.agenda.counts


class _Row:
    """One agenda item read from the column arrays (`row["code"]`)."""

    __slots__ = ("_columns", "_pos")

    def __init__(self, columns: dict[str, np.ndarray], pos: int) -> None:
        self._columns, self._pos = columns, pos

    def __getitem__(self, key: str) -> Any:
        return self._columns[key][self._pos]


class AgendaModel(QAbstractTableModel):
    """Planned visits and open follow-ups (`AgendaRows`), all or one bucket."""

    COLUMNS = ("when", "account", "what", "owner")
    AccountIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = AgendaRows(None)
        self._rows = np.empty(0, dtype=np.int64)
        self._bucket = ALL

    @property
    def agenda(self) -> Agenda | None:
        return self._data.agenda

    def set_agenda(self, agenda: Agenda | AgendaRows | None) -> None:
        self.beginResetModel()
        self._data = agenda if isinstance(agenda, AgendaRows) else AgendaRows(agenda)
        self._rows = self._filtered()
        self.endResetModel()

    def set_bucket(self, bucket: str) -> None:
        self.beginResetModel()
        self._bucket = bucket
        self._rows = self._filtered()
        self.endResetModel()

    @property
    def bucket(self) -> str:
        return self._bucket

    def _filtered(self) -> np.ndarray:
        if self._bucket == ALL:
            return np.arange(len(self._data), dtype=np.int64)
        return np.flatnonzero(self._data.columns["bucket"] == self._bucket)

    def counts(self) -> dict[str, int]:
        return self._data.counts()

    def account_id(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return str(self._data.columns["account_id"][self._rows[row]])
        return None

    def refresh_texts(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if len(self._rows):
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            "when": self.tr("When"),
            "account": self.tr("Account"),
            "what": self.tr("What"),
            "owner": self.tr("Owner"),
        }
        return names.get(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = _Row(self._data.columns, int(self._rows[index.row()]))
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in ("what", "account"):
                return self._display(key, row)
            if key == "when":
                return formatting.day(row["date"])
            return None
        if role == Qt.ItemDataRole.ForegroundRole and key == "when":
            if row["bucket"] == "overdue":
                return QColor("#b3261e")
            if row["bucket"] == "today":
                return QColor("#1f5fa8")
            return None
        if role == self.AccountIdRole:
            return str(row["account_id"])
        return None

    def _display(self, key: str, row: _Row) -> str:
        if key == "when":
            return self._when(row)
        if key == "account":
            return f"{row['code']} {formatting.text(row['name'])}"
        if key == "what":
            kind = visit_kind_label(str(row["kind"]))
            if row["item"] == "follow_up":
                steps = row["next_steps"] or row["purpose"] or ""
                text = self.tr("Follow-up — %1, %2").replace("%1", kind).replace(
                    "%2", formatting.day(row["visit_at"]))
                return f"{text}: {steps}" if steps else text
            purpose = row["purpose"] or ""
            return f"{kind}: {purpose}" if purpose else kind
        if key == "owner":
            return formatting.text(row["owner"])
        return ""

    def _when(self, row: _Row) -> str:
        day: date = row["date"]
        time = ""
        if row["item"] == "visit" and pd.notna(row["visit_at"]):
            time = f" {row['visit_at']:%H:%M}"
        if row["bucket"] == "overdue":
            late = int(row["days_late"])
            return self.tr("1 day late") if late == 1 else self.tr("%1 days late").replace(
                "%1", str(late))
        if row["bucket"] == "today":
            return self.tr("Today") + time
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{weekday} {day.isoformat()}{time}"


class AgendaView(QWidget):
    """The agenda with a bucket filter; double-click or Enter opens the account."""

    open_account = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaView")
        self.model = AgendaModel(self)
        self.bucket_label = QLabel()
        self.bucket_combo = QComboBox()
        self.bucket_combo.setObjectName("agendaBucket")
        self.bucket_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.bucket_label.setBuddy(self.bucket_combo)
        self.bucket_combo.currentIndexChanged.connect(self._on_bucket)
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        char = self.table.fontMetrics().averageCharWidth()
        for col, chars in enumerate((18, 22, 30, 7)):
            self.table.setColumnWidth(col, chars * char + 16)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_activated)
        self.table.activated.connect(self._on_activated)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.bucket_label)
        bar.addWidget(self.bucket_combo)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.retranslate_ui()

    def set_agenda(self, agenda: Agenda | AgendaRows | None) -> None:
        self.model.set_agenda(agenda)
        self._fill_buckets()

    def set_bucket(self, bucket: str) -> None:
        index = self.bucket_combo.findData(bucket)
        if index >= 0:
            self.bucket_combo.setCurrentIndex(index)

    def _fill_buckets(self) -> None:
        counts = self.model.counts()
        locale = QLocale()
        names = {
            ALL: self.tr("Everything (%1)").replace("%1", locale.toString(sum(counts.values()))),
            "overdue": self.tr("Overdue (%1)").replace("%1", locale.toString(counts["overdue"])),
            "today": self.tr("Today (%1)").replace("%1", locale.toString(counts["today"])),
            "this_week": self.tr("Rest of this week (%1)").replace(
                "%1", locale.toString(counts["this_week"])),
            "later": self.tr("Later (%1)").replace("%1", locale.toString(counts["later"])),
        }
        current = self.bucket_combo.currentData() or ALL
        self.bucket_combo.blockSignals(True)
        self.bucket_combo.clear()
        for key, text in names.items():
            self.bucket_combo.addItem(text, key)
        self.bucket_combo.setCurrentIndex(max(self.bucket_combo.findData(current), 0))
        self.bucket_combo.blockSignals(False)

    def _on_bucket(self, _index: int) -> None:
        self.model.set_bucket(self.bucket_combo.currentData() or ALL)

    def _on_activated(self, index: QModelIndex) -> None:
        account = self.model.account_id(index.row()) if index.isValid() else None
        if account is not None:
            self.open_account.emit(account)

    def retranslate_ui(self) -> None:
        self.bucket_label.setText(self.tr("&Show:"))
        self.hint.setText(self.tr("Planned visits and follow-ups of the next two weeks and of "
                                  "the last 90 days not yet done. Double-click to open the "
                                  "account."))
        self.model.refresh_texts()
        self._fill_buckets()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# --- key figures ---------------------------------------------------------------------------------


class KeyFigure(QFrame):
    """A caption, a big value and a note."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardFigure")
        self.setProperty("figure", name)
        self.caption = QLabel()
        self.caption.setObjectName("figureCaption")
        self.value = QLabel("…")
        self.value.setObjectName("figureValue")
        self.note = QLabel()
        self.note.setObjectName("figureNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_value(self, value: str, note: str = "", tooltip: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setToolTip(tooltip)


PAGE_STYLE = """
QFrame#dashboardFigure {
    background: white;
    border: 1px solid #dde3ea;
    border-radius: 8px;
}
QLabel#figureCaption { color: #5f6b7a; }
QLabel#figureNote { color: #5f6b7a; }
QLabel#figureValue { font-size: 16pt; font-weight: 600; color: #1b2733; }
QLabel#concentrationFigure { font-size: 13pt; font-weight: 600; color: #1b2733; }
QLabel#computing { color: #7a5200; }
"""


# --- the page ------------------------------------------------------------------------------------


class DashboardPage(QWidget):
    """See the module docstring. Read-only: it never writes, so it has no `data_changed`."""

    open_account = Signal(str)  # account id (32 hex digits)
    computed = Signal()  # after a computation's results are shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.setStyleSheet(PAGE_STYLE)
        self.db: Database | None = None
        self.board: Dashboard | None = None
        self.today: date | None = None  # None: the real today (tests and screenshots fix it)
        self._generation = 0
        self._running: Op[DashboardData] | None = None
        self._pending = False
        self._stale = True
        self._splitter_placed = False
        self._recompute_timer = QTimer(self)
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(RECOMPUTE_DELAY_MS)
        self._recompute_timer.timeout.connect(self._recompute_if_shown)

        # --- header ---
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.subtitle.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(90)
        self.busy_bar.setMaximumHeight(10)
        self.busy_bar.setTextVisible(False)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("computing")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(self.compute)

        # --- key figures ---
        self.figures = {name: KeyFigure(name) for name in
                        ("accounts", "sales", "profit", "attention", "agenda")}

        # --- attention and agenda ---
        self.attention_box = QGroupBox()
        self.attention = AttentionView(hidden_columns=("owner", "reasons"))
        self.attention.setMinimumHeight(360)
        self.attention.open_account.connect(self.open_account)
        QVBoxLayout(self.attention_box).addWidget(self.attention)
        self.agenda_box = QGroupBox()
        self.agenda = AgendaView()
        self.agenda.setMinimumHeight(260)
        self.agenda.open_account.connect(self.open_account)
        QVBoxLayout(self.agenda_box).addWidget(self.agenda)
        self.work_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.work_splitter.setObjectName("dashboardSplitter")
        self.work_splitter.addWidget(self.attention_box)
        self.work_splitter.addWidget(self.agenda_box)
        self.work_splitter.setChildrenCollapsible(False)
        self.work_splitter.setStretchFactor(0, 3)
        self.work_splitter.setStretchFactor(1, 2)

        # --- tiers ---
        self.tier_box = QGroupBox()
        self.tier_accounts_chart = TierAccountsChart()
        self.tier_value_chart = TierValueChart()
        for chart in (self.tier_accounts_chart, self.tier_value_chart):
            chart.setFixedHeight(270)
            chart.tier_clicked.connect(self.show_tier_attention)
        self.tier_hint = QLabel()
        self.tier_hint.setObjectName("hint")
        self.tier_hint.setWordWrap(True)
        tier_layout = QGridLayout(self.tier_box)
        tier_layout.addWidget(self.tier_accounts_chart, 0, 0)
        tier_layout.addWidget(self.tier_value_chart, 0, 1)
        tier_layout.addWidget(self.tier_hint, 1, 0, 1, 2)
        tier_layout.setColumnStretch(0, 2)
        tier_layout.setColumnStretch(1, 3)

        # --- concentration ---
        self.concentration_box = QGroupBox()
        self.top_share_caption = QLabel()
        self.top_share_caption.setObjectName("figureCaption")
        self.top_share_value = QLabel("…")
        self.top_share_value.setObjectName("concentrationFigure")
        self.hhi_caption = QLabel()
        self.hhi_caption.setObjectName("figureCaption")
        self.hhi_value = QLabel("…")
        self.hhi_value.setObjectName("concentrationFigure")
        self.hhi_text = QLabel()
        self.hhi_text.setObjectName("hhiInterpretation")
        self.hhi_text.setWordWrap(True)
        self.pareto_text = QLabel()
        self.pareto_text.setObjectName("paretoText")
        self.pareto_text.setWordWrap(True)
        self.concentration_hint = QLabel()
        self.concentration_hint.setObjectName("hint")
        self.concentration_hint.setWordWrap(True)
        self.pareto_chart = ParetoChart()
        self.top_chart = TopAccountsChart()
        for chart in (self.pareto_chart, self.top_chart):
            chart.setFixedHeight(330)
        self.pareto_chart.account_clicked.connect(self.open_account)
        self.top_chart.account_clicked.connect(self.open_account)
        figures = QGridLayout()
        figures.setHorizontalSpacing(24)
        figures.setVerticalSpacing(2)
        figures.addWidget(self.top_share_caption, 0, 0)
        figures.addWidget(self.top_share_value, 1, 0)
        figures.addWidget(self.hhi_caption, 0, 1)
        figures.addWidget(self.hhi_value, 1, 1)
        figures.addWidget(self.hhi_text, 0, 2, 2, 1)
        figures.setColumnStretch(2, 1)
        concentration = QGridLayout(self.concentration_box)
        concentration.addLayout(figures, 0, 0, 1, 2)
        concentration.addWidget(self.pareto_text, 1, 0, 1, 2)
        concentration.addWidget(self.pareto_chart, 2, 0)
        concentration.addWidget(self.top_chart, 2, 1)
        concentration.addWidget(self.concentration_hint, 3, 0, 1, 2)
        concentration.setColumnStretch(0, 1)
        concentration.setColumnStretch(1, 1)

        # --- layout ---
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.title)
        header.addSpacing(8)
        header.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.busy_label)
        header.addStretch(1)
        header.addWidget(self.refresh_button)

        self.content = QWidget()
        self.content.setObjectName("dashboardContent")
        self.content.setMinimumWidth(880)
        self.figure_row = QHBoxLayout()
        self.figure_row.setSpacing(10)
        for figure in self.figures.values():
            self.figure_row.addWidget(figure, 1)
        body = QVBoxLayout(self.content)
        body.setContentsMargins(16, 4, 16, 16)
        body.setSpacing(12)
        body.addWidget(self.subtitle)
        body.addLayout(self.figure_row)
        body.addWidget(self.work_splitter)
        body.addWidget(self.tier_box)
        body.addWidget(self.concentration_box)
        body.addStretch(1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("dashboardScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(6)
        header_box = QWidget()
        header_box.setLayout(header)
        header.setContentsMargins(16, 0, 16, 0)
        layout.addWidget(header_box)
        layout.addWidget(self.scroll_area, 1)

        self._unsubscribe: Callable[[], None] = settings.store().subscribe(
            self._on_settings_changed)
        unsubscribe = self._unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())
        self._set_busy(False)
        self.retranslate_ui()

    # --- database and computing ----------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self._generation += 1  # whatever runs now is for the previous database
        self._pending = False
        self._show(None)
        self._stale = True
        if db is not None and self.isVisible():
            self.compute()

    @property
    def is_computing(self) -> bool:
        return self._running is not None

    def compute(self) -> Op[DashboardData] | None:
        """Compute the dashboard in the background (see the module docstring). Returns the
        operation started, or None when one is running (it starts again when that ends)."""
        self._recompute_timer.stop()
        if self.db is None:
            return None
        self._stale = False
        self._generation += 1
        if self._running is not None:
            self._pending = True  # the running one's result is stale: run again after it
            self._set_busy(True)
            return None
        generation, db = self._generation, self.db
        today = self.today or date.today()
        rules = AttentionRules.from_settings(settings.current())

        def finish() -> None:
            self._running = None
            if self._pending and self.db is not None:
                self._pending = False
                self.compute()
            else:
                self._pending = False
                self._set_busy(False)

        def done(data: DashboardData) -> None:
            current = generation == self._generation and db is self.db
            if current:
                self._show(data)
            finish()
            if current:
                self.computed.emit()

        def failed(exc: BaseException) -> None:
            finish()
            report_failure(self, exc)

        self._set_busy(True)
        op: Op[DashboardData] = Op(parent=self,
                                   run=lambda _p, _c: load_dashboard(db, today, rules),
                               done=done, failed=failed)
        self._running = op
        return op.start()

    def on_data_changed(self, what: changes.Changes) -> None:
        """Recompute when data the dashboard shows changed (at once if shown, else when next
        shown)."""
        if what & RELEVANT:
            self._schedule()

    def _on_settings_changed(self, _new: settings.Settings, changed: frozenset[str]) -> None:
        if not shiboken6.isValid(self):
            return
        if any(AttentionRules.reads_setting(name) for name in changed):
            self._schedule()

    def _schedule(self) -> None:
        self._stale = True
        if self.db is not None and self.isVisible():
            self._recompute_timer.start()

    def _recompute_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.compute()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self._place_work_panels()
        if self._stale and self.db is not None:
            self.compute()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._place_work_panels()

    def _place_work_panels(self) -> None:
        """Attention list and agenda side by side when there is room, else one above the
        other (each then gets the full width)."""
        wide = self.scroll_area.viewport().width() >= WIDE_LAYOUT
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.work_splitter.orientation() == orientation and self._splitter_placed:
            return
        self._splitter_placed = True
        self.work_splitter.setOrientation(orientation)
        if wide:
            width = max(self.work_splitter.width(), WIDE_LAYOUT)
            self.work_splitter.setSizes([width * 60 // 100, width * 40 // 100])
        else:
            self.work_splitter.setSizes([self.attention_box.minimumSizeHint().height() + 60,
                                         self.agenda_box.minimumSizeHint().height() + 60])

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.refresh_button.setEnabled(not busy and self.db is not None)
        self.attention.set_busy(busy)

    # --- showing ---------------------------------------------------------------------------

    def _show(self, data: DashboardData | None) -> None:
        board = self.board = data.board if data is not None else None
        if data is None or board is None:
            self.attention.set_table(None)
            self.agenda.set_agenda(None)
            self.tier_accounts_chart.set_data([], [])
            self.tier_value_chart.set_data([], [], [])
            self.pareto_chart.set_pareto(None)
            self.top_chart.set_pareto(None)
        else:
            self.attention.set_table(data.attention)
            self.agenda.set_agenda(data.agenda)
            tiers = [None if t == UNCLASSIFIED else str(t) for t in board.tiers.index]
            self.tier_accounts_chart.set_data(tiers, board.tiers["accounts"].tolist())
            self.tier_value_chart.set_data(tiers, board.tiers["sales"].tolist(),
                                           board.tiers["profit"].tolist())
            self.pareto_chart.set_pareto(board.concentration.pareto, board.concentration.top_n)
            self.top_chart.set_pareto(board.concentration.pareto, board.concentration.top_n)
        self._show_texts()

    def _show_texts(self) -> None:
        """The figures and sentences of the board shown (again after a language change)."""
        board = self.board
        locale = QLocale()
        if board is None:
            for figure in self.figures.values():
                figure.show_value("…" if self.db is not None else formatting.EMPTY)
            self.subtitle.setText(self.tr("Computing the dashboard…") if self.db is not None
                                  else self.tr("No database open."))
            for label in (self.top_share_value, self.hhi_value):
                label.setText("…")
            for label in (self.hhi_text, self.pareto_text):
                label.setText("")
            return
        tiers = board.tiers
        accounts = int(tiers["accounts"].sum())
        sales = float(tiers["sales"].sum())
        profit = float(tiers["profit"].sum(min_count=1)) if tiers["profit"].notna().any() \
            else float("nan")
        window = board.concentration.window
        if window is not None:
            self.subtitle.setText(self.tr("As of %1. Sales and profit of the 12 months %2 – %3 "
                                          "(up to the newest sales line), over the %4 live "
                                          "accounts that are not inactive.")
                                  .replace("%1", board.today.isoformat())
                                  .replace("%2", window.start.isoformat())
                                  .replace("%3", window.end.isoformat())
                                  .replace("%4", locale.toString(accounts)))
        else:
            self.subtitle.setText(self.tr("As of %1. No sales recorded yet; %2 live accounts "
                                          "that are not inactive.")
                                  .replace("%1", board.today.isoformat())
                                  .replace("%2", locale.toString(accounts)))

        by_tier = [f"{'—' if t == UNCLASSIFIED else t} {locale.toString(int(c))}"
                   for t, c in tiers["accounts"].items()]
        classified = [t for t in tiers.index if t != UNCLASSIFIED]
        self.figures["accounts"].show_value(
            locale.toString(accounts),
            " · ".join(by_tier) if classified else self.tr("Not classified yet"),
            self.tr("Live accounts that are not inactive, by tier in force"))
        self.figures["sales"].show_value(
            locale.toString(round(sales)), self.tr("Last 12 months of sales"))
        if profit == profit:  # not NaN
            margin = self.tr("Margin %1%").replace("%1", f"{100 * profit / sales:.1f}") \
                if sales else ""
            self.figures["profit"].show_value(locale.toString(round(profit)), margin)
        else:
            self.figures["profit"].show_value(formatting.EMPTY, self.tr("No cost data"))
        flagged = board.attention_total
        share = f"{100 * flagged / accounts:.0f}" if accounts else "0"
        self.figures["attention"].show_value(
            locale.toString(flagged),
            self.tr("%1% of the accounts").replace("%1", share))
        counts = board.agenda.counts
        self.figures["agenda"].show_value(
            self.tr("%1 today").replace("%1", locale.toString(counts["today"])),
            self.tr("%1 overdue · %2 more this week").replace(
                "%1", locale.toString(counts["overdue"])).replace(
                "%2", locale.toString(counts["this_week"])))

        c = board.concentration
        self.top_share_value.setText(f"{100 * c.top_share:.1f}%")
        self.hhi_value.setText(hhi_text(c.hhi_points))
        if c.accounts:
            self.hhi_text.setText(hhi_interpretation(c.hhi_points, c.equivalent_accounts))
            cum = c.pareto["cum_share"].to_numpy()
            k80 = int((cum < 0.8 - 1e-12).sum()) + 1
            k80 = min(k80, c.accounts)
            self.pareto_text.setText(
                self.tr("%1% of the accounts with sales (%2 of %3) bring 80% of the 12-month "
                        "sales; the largest %4 bring %5%.")
                .replace("%1", f"{100 * k80 / c.accounts:.0f}")
                .replace("%2", locale.toString(k80))
                .replace("%3", locale.toString(c.accounts))
                .replace("%4", str(min(c.top_n, c.accounts)))
                .replace("%5", f"{100 * c.top_share:.1f}"))
        else:
            self.hhi_text.setText(self.tr("No sales in the last 12 months: nothing to measure."))
            self.pareto_text.setText("")

    def show_tier_attention(self, tier: str | None) -> None:
        """List the accounts of `tier` needing attention (a click on a tier's bar)."""
        self.attention.set_tier_filter(tier)
        self.scroll_area.ensureWidgetVisible(self.attention_box)
        self.attention.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def code_of(self, account_id: str) -> str | None:
        """The code of an account the dashboard shows (for pages that select by code)."""
        if self.board is None:
            return None
        table = self.board.attention_table
        key = str(account_id).replace("-", "").lower()
        if key in table.index:
            return str(table.at[key, "code"])
        return None

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.busy_label.setText(self.tr("Computing…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute the dashboard again"))
        captions = {
            "accounts": self.tr("Accounts"),
            "sales": self.tr("12-month sales"),
            "profit": self.tr("12-month profit"),
            "attention": self.tr("Need attention"),
            "agenda": self.tr("Agenda"),
        }
        for name, figure in self.figures.items():
            figure.caption.setText(captions[name])
        self.attention_box.setTitle(self.tr("Accounts needing attention"))
        self.agenda_box.setTitle(self.tr("Coming agenda"))
        self.tier_box.setTitle(self.tr("Tiers"))
        self.tier_hint.setText(self.tr("Click a tier's bar to list its accounts that need "
                                       "attention."))
        self.concentration_box.setTitle(self.tr("Revenue concentration"))
        self.top_share_caption.setText(self.tr("Top %1 share of sales").replace("%1",
                                                                               str(TOP_N)))
        self.hhi_caption.setText(self.tr("Herfindahl index (0–10,000)"))
        self.concentration_hint.setText(self.tr(
            "The Herfindahl index adds up the squares of every account's share of sales: "
            "10,000 if one customer buys everything, near 0 when many buy a little each. Click "
            "a point of the curve or a bar to open that account."))
        self._show_texts()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["AgendaModel", "AgendaRows", "AgendaView", "DashboardData", "DashboardPage",
           "hhi_interpretation", "hhi_text", "load_dashboard"]
