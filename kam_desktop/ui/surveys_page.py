"""The Surveys page: satisfaction across the portfolio — the alerts in force (falling NPS or
CSAT, decision makers who are detractors) and the recent responses, filterable by account,
respondent, tier, account manager and score; double-click (or Enter) opens the account.

Responses and alerts are read on worker threads (`Op`) and each is shown when it arrives: the
responses are one SQL statement, the alerts the attention rules over accounts and surveys for
the whole portfolio (`services.survey_overview`; a few seconds at 100,000 accounts). Filters
are vectorised masks over the loaded frames.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.attention import AttentionRules, tier_rank
from kam_desktop.services.survey_overview import (
    DECISION_MAKER,
    recent_responses,
    satisfaction_alerts,
)
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, labels
from kam_desktop.ui.operations import Op, report_failure
from kam_desktop.ui.survey_dialog import channel_label
from kam_desktop.ui.surveys_tab import alert_text, nps_color, respondent_text, score_cell
from kam_desktop.ui.visits_tab import (
    ALERT_COLOR,
    CENTER,
    FrameColumn,
    FrameModel,
    current_rules,
    day_cell,
    haystack_of,
    make_table,
    missing,
    search_mask,
    select_row,
)

translate = QCoreApplication.translate

ALL = "__all__"
NOT_CLASSIFIED = "__none__"
DAY_CHOICES = (30, 90, 365, None)  # responses of the last N days; None: all
DEFAULT_DAYS = 90
SCORE_FILTERS = ("all", "detractor", "passive", "promoter", "low_csat", "decision_maker")
LOW_CSAT = 2
SEARCH_DELAY_MS = 150
IMMEDIATE_SEARCH_ROWS = 20_000  # below this, filtering runs at each keystroke (a few ms)


def load_responses(db: Database, *, today: date, days: int | None) -> pd.DataFrame:
    """Recent responses (runs on a worker thread; one SQL statement)."""
    with db.unit_of_work() as uow:
        return recent_responses(uow, today=today, days=days)


def load_alerts(db: Database, *, today: date, rules: AttentionRules) -> pd.DataFrame:
    """The alerts in force (runs on a worker thread), with an `alert` column: a tuple of what
    `alert_text` words, so the words are made only for the rows shown, in the language of the
    moment."""
    alerts = satisfaction_alerts(db, today=today, rules=rules)
    alerts["alert"] = list(zip(alerts["rule"], alerts["measure"], alerts["before"],
                               alerts["after"], alerts["contact"], alerts["date"],
                               strict=True))
    return alerts


def _alert_cell(value: object) -> str:
    if not isinstance(value, tuple):
        return ""
    rule, measure, before, after, contact, day = value
    return alert_text(rule, {"measure": measure, "before": before, "after": after,
                             "contact": contact, "date": day})


def _tier_cell(value: object) -> str:
    return "" if missing(value) else str(value)


def alert_columns() -> list[FrameColumn]:
    return [
        FrameColumn("tier", lambda: translate("SurveysPage", "Tier"), _tier_cell, chars=4),
        FrameColumn("code", lambda: translate("SurveysPage", "Code"), chars=8),
        FrameColumn("name", lambda: translate("SurveysPage", "Account"), tooltip=True, chars=24),
        FrameColumn("alert", lambda: translate("SurveysPage", "Alert"), _alert_cell, chars=48,
                    color=lambda _v: QColor(ALERT_COLOR)),
        FrameColumn("contact", lambda: translate("SurveysPage", "Respondent"),
                    respondent_text, chars=12),
        FrameColumn("date", lambda: translate("SurveysPage", "Date"), day_cell, chars=10),
        FrameColumn("owner", lambda: translate("SurveysPage", "Account manager"), chars=12),
    ]


def response_columns() -> list[FrameColumn]:
    return [
        FrameColumn("response_date", lambda: translate("SurveysPage", "Date"), day_cell, chars=10),
        FrameColumn("code", lambda: translate("SurveysPage", "Code"), chars=8),
        FrameColumn("name", lambda: translate("SurveysPage", "Account"), tooltip=True, chars=22),
        FrameColumn("tier", lambda: translate("SurveysPage", "Tier"), _tier_cell, chars=4),
        FrameColumn("contact", lambda: translate("SurveysPage", "Respondent"),
                    respondent_text, chars=12),
        FrameColumn("role", lambda: translate("SurveysPage", "Role"),
                    lambda v: labels.role_label(v if isinstance(v, str) else None), chars=13),
        FrameColumn("nps", lambda: translate("SurveysPage", "NPS"), score_cell, align=CENTER,
                    chars=4, color=nps_color),
        FrameColumn("csat", lambda: translate("SurveysPage", "CSAT"), score_cell, align=CENTER,
                    chars=5),
        FrameColumn("channel", lambda: translate("SurveysPage", "Channel"),
                    lambda v: channel_label(v if isinstance(v, str) else None), chars=8),
        FrameColumn("comment", lambda: translate("SurveysPage", "Comment"), tooltip=True, chars=30),
        FrameColumn("owner", lambda: translate("SurveysPage", "Account manager"), chars=12),
    ]


class SurveysPage(QWidget):
    """Alerts and recent responses of the whole portfolio."""

    data_changed = Signal(object)  # changes.Changes (the page itself does not write)
    open_account = Signal(str)  # account id (32 hex digits)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveysPage")
        self.db: Database | None = None
        self.today: date | None = None  # None: the real today (tests fix it)
        self.loaded_as_of: tuple[date, AttentionRules] | None = None
        self._generation = 0
        self._pending: set[str] = set()  # parts still being read

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.search = QLineEdit()
        self.search.setObjectName("surveysSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self._haystacks: dict[int, tuple[pd.DataFrame, pd.Series]] = {}
        self.tier_label, self.tier_combo = self._combo("surveysTier")
        self.owner_label, self.owner_combo = self._combo("surveysOwner")
        self.days_label, self.days_combo = self._combo("surveysDays")
        for days in DAY_CHOICES:
            self.days_combo.addItem("", days if days is not None else 0)
        self.days_combo.setCurrentIndex(DAY_CHOICES.index(DEFAULT_DAYS))
        self.score_label, self.score_combo = self._combo("surveysScore")
        for key in SCORE_FILTERS:
            self.score_combo.addItem("", key)

        self.alert_model = FrameModel(alert_columns(), self)
        self.alert_table = make_table(self.alert_model, "surveyAlertsTable")
        self.response_model = FrameModel(response_columns(), self)
        self.response_table = make_table(self.response_model, "surveyResponsesTable")
        for table in (self.alert_table, self.response_table):
            table.doubleClicked.connect(lambda _i, t=table: self.open_selected(t))
            table.activated.connect(lambda _i, t=table: self.open_selected(t))
        self.alert_box = QGroupBox()
        alert_layout = QVBoxLayout(self.alert_box)
        alert_layout.addWidget(self.alert_table)
        self.response_box = QGroupBox()
        response_layout = QVBoxLayout(self.response_box)
        response_layout.addWidget(self.response_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("surveysPageSplitter")
        splitter.addWidget(self.alert_box)
        splitter.addWidget(self.response_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 400])

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_action = QAction(self)
        self.open_action.triggered.connect(lambda _c=False: self.open_selected())
        self.reload_action = QAction(self)
        self.reload_action.triggered.connect(lambda _c=False: self.reload())
        self.toolbar.addAction(self.open_action)
        self.toolbar.addAction(self.reload_action)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.status)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search, 3)
        for label, combo in ((self.tier_label, self.tier_combo),
                             (self.owner_label, self.owner_combo),
                             (self.score_label, self.score_combo),
                             (self.days_label, self.days_combo)):
            bar.addSpacing(6)
            bar.addWidget(label)
            bar.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        for combo in (self.tier_combo, self.owner_combo, self.score_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.days_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.retranslate_ui()

    @staticmethod
    def _combo(name: str) -> tuple[QLabel, QComboBox]:
        label = QLabel()
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(combo)
        return label, combo

    def _today(self) -> date:
        return self.today or date.today()

    # --- loading ---------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.loaded_as_of = None
        self.alert_model.set_frame(pd.DataFrame())
        self.response_model.set_frame(pd.DataFrame())
        self.reload()

    def days(self) -> int | None:
        value = self.days_combo.currentData()
        return int(value) if value else None

    def reload(self) -> None:
        """Read responses and alerts on worker threads, each shown as soon as it is read;
        the newest load wins."""
        if self.db is None:
            self._update_counts()
            return
        self._generation += 1
        generation, db = self._generation, self.db
        today, rules, days = self._today(), current_rules(), self.days()
        self._pending = {"responses", "alerts"}
        self._update_counts()

        def arrived(model: FrameModel, part: str) -> Callable[[pd.DataFrame], None]:
            def done(frame: pd.DataFrame) -> None:
                if generation != self._generation or db is not self.db:
                    return
                self._pending.discard(part)
                model.set_frame(frame)
                if not self._pending:
                    self.loaded_as_of = (today, rules)
                self._fill_choices()
                self._apply_filters()
                if not self._pending:
                    self.loaded.emit()
            return done

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._pending.clear()
                self._update_counts()
            report_failure(self, exc)

        Op(parent=self, run=lambda _p, _c: load_responses(db, today=today, days=days),
           done=arrived(self.response_model, "responses"), failed=failed).start()
        Op(parent=self, run=lambda _p, _c: load_alerts(db, today=today, rules=rules),
           done=arrived(self.alert_model, "alerts"), failed=failed).start()

    @property
    def is_loading(self) -> bool:
        return bool(self._pending)

    def on_data_changed(self, what: changes.Changes) -> None:
        if what & {changes.SURVEYS, changes.CONTACTS, changes.ACCOUNTS, changes.TIERS}:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self.loaded_as_of is not None and not self.is_loading \
                and self.loaded_as_of != (self._today(), current_rules()):
            self.reload()  # the alert thresholds (or the day) changed meanwhile

    # --- filters ---------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        frames = [m.frame for m in (self.alert_model, self.response_model) if not m.frame.empty]
        tiers = pd.Series(sorted({t for f in frames for t in f["tier"].dropna().unique()}),
                          dtype=object)
        tiers = tiers.iloc[np.argsort(tier_rank(tiers).to_numpy(), kind="stable")].tolist() \
            if len(tiers) else []
        owners = sorted({str(o) for f in frames for o in f["owner"].dropna().unique()})
        for combo, values, extra in ((self.tier_combo, tiers, True),
                                     (self.owner_combo, owners, False)):
            current = combo.currentData() or ALL
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), ALL)
            for value in values:
                combo.addItem(value, value)
            if extra:
                combo.addItem(labels.not_classified(), NOT_CLASSIFIED)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _mask(self, frame: pd.DataFrame, responses: bool) -> np.ndarray | None:
        if frame.empty:
            return None
        mask = np.ones(len(frame), dtype=bool)
        tier = self.tier_combo.currentData()
        if tier == NOT_CLASSIFIED:
            mask &= frame["tier"].isna().to_numpy(dtype=bool)
        elif tier and tier != ALL:
            mask &= (frame["tier"] == tier).to_numpy(dtype=bool)
        owner = self.owner_combo.currentData()
        if owner and owner != ALL:
            mask &= (frame["owner"] == owner).to_numpy(dtype=bool)
        found = search_mask(self._haystack(frame), self.search.text())
        if found is not None:
            mask &= found
        score = self.score_combo.currentData() or "all"
        if score != "all":
            if responses:
                if score == "low_csat":
                    mask &= (frame["csat"] <= LOW_CSAT).to_numpy(dtype=bool)
                elif score == "decision_maker":
                    mask &= (frame["role"] == DECISION_MAKER).to_numpy(dtype=bool)
                else:
                    mask &= (frame["category"] == score).to_numpy(dtype=bool)
            else:  # the alerts that concern the same kind of answer
                after = frame["after"].to_numpy(dtype=float)
                nps = (frame["measure"] == "nps").to_numpy(dtype=bool)
                with np.errstate(invalid="ignore"):
                    if score == "low_csat":
                        mask &= ~nps & (after <= LOW_CSAT)
                    elif score == "decision_maker":
                        mask &= (frame["rule"] == "detractor_decision_maker").to_numpy(
                            dtype=bool)
                    elif score == "detractor":
                        mask &= nps & (after <= 6)
                    elif score == "passive":
                        mask &= nps & (after >= 7) & (after <= 8)
                    else:
                        mask &= nps & (after >= 9)
        return None if mask.all() else mask

    def _haystack(self, frame: pd.DataFrame) -> pd.Series:
        """The searchable text of a table's rows, built once per loaded frame."""
        cached = self._haystacks.get(id(frame))
        if cached is None or cached[0] is not frame:
            cached = (frame, haystack_of(frame, ("code", "name", "contact")))
            self._haystacks = {k: v for k, v in self._haystacks.items()
                               if v[0] is self.alert_model.frame
                               or v[0] is self.response_model.frame}
            self._haystacks[id(frame)] = cached
        return cached[1]

    def _on_search_changed(self, _text: str) -> None:
        rows = self.alert_model.total_count() + self.response_model.total_count()
        if rows < IMMEDIATE_SEARCH_ROWS:
            self._apply_filters()
        else:  # large portfolios: wait for a pause in typing
            self._search_timer.start()

    def _apply_filters(self, *_args: object) -> None:
        self.alert_model.set_mask(self._mask(self.alert_model.frame, responses=False))
        self.response_model.set_mask(self._mask(self.response_model.frame, responses=True))
        self._update_counts()

    def _update_counts(self) -> None:
        locale = QLocale()
        alerts, responses = self.alert_model.rowCount(), self.response_model.rowCount()
        if self.alert_model.total_count() and alerts:
            accounts = self.alert_model.frame["account_id"].to_numpy(dtype=object)[
                self.alert_model.rows]
            count = len(set(accounts.tolist()))
            self.alert_box.setTitle(self.tr("Alerts: %1 on %2 accounts").replace(
                "%1", locale.toString(alerts)).replace("%2", locale.toString(count)))
        else:
            self.alert_box.setTitle(self.tr("Alerts: none"))
        days = self.days()
        title = (self.tr("Responses of the last %1 days: %2").replace("%1", str(days))
                 if days else self.tr("All responses: %2"))
        self.response_box.setTitle(title.replace("%2", locale.toString(responses)))
        if self.is_loading:
            self.status.setText(self.tr("Loading surveys…"))
        elif self.loaded_as_of is not None:
            self.status.setText(self.tr("As of %1").replace(
                "%1", self.loaded_as_of[0].isoformat()))
        else:
            self.status.setText("")

    # --- selection -------------------------------------------------------------------------

    def open_selected(self, table: QTableView | None = None) -> None:
        if table is None:
            table = self.response_table if self.response_table.hasFocus() else self.alert_table
        model = table.model()
        index = table.currentIndex()
        if isinstance(model, FrameModel) and index.isValid():
            self.open_account.emit(str(model.value(index.row(), "account_id")))

    def select(self, table: QTableView, row: int) -> None:
        select_row(table, row)

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Surveys"))
        self.search.setPlaceholderText(self.tr("Filter by account code, name or respondent"))
        self.tier_label.setText(self.tr("&Tier:"))
        self.owner_label.setText(self.tr("Account &manager:"))
        self.score_label.setText(self.tr("&Show:"))
        self.days_label.setText(self.tr("&From:"))
        for combo in (self.tier_combo, self.owner_combo):
            if combo.count():
                combo.setItemText(0, self.tr("All"))
        if self.tier_combo.count():
            self.tier_combo.setItemText(self.tier_combo.count() - 1, labels.not_classified())
        for i, days in enumerate(DAY_CHOICES):
            self.days_combo.setItemText(i, self.tr("The last %1 days").replace("%1", str(days))
                                        if days else self.tr("All time"))
        names = {
            "all": self.tr("All"),
            "detractor": self.tr("Detractors (NPS 0–6)"),
            "passive": self.tr("Passives (NPS 7–8)"),
            "promoter": self.tr("Promoters (NPS 9–10)"),
            "low_csat": self.tr("Low CSAT (1–2)"),
            "decision_maker": self.tr("Decision makers"),
        }
        for i, key in enumerate(SCORE_FILTERS):
            self.score_combo.setItemText(i, names[key])
        self.open_action.setText(self.tr("&Open account"))
        self.open_action.setToolTip(self.tr("Open the selected row's account (Enter, "
                                            "double-click)"))
        self.reload_action.setText(self.tr("Re&load"))
        self.alert_model.refresh_texts()
        self.response_model.refresh_texts()
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["SurveysPage", "load_alerts", "load_responses"]
