"""The Surveys tab of the account detail: the satisfaction alerts in force (shown first and in
red: falling NPS or CSAT against the respondent's previous answer, a decision maker who is a
detractor), the responses per contact, and the NPS and CSAT trends as charts.

The alerts are the attention rules' (`services.surveys.survey_alerts`), with the thresholds
from Settings, so the tab, the Surveys page and the attention list say the same thing.
`alert_text` words an alert in the user's language; the Surveys page uses it too.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.errors import KamError
from kam_desktop.services.attention import AttentionItem, AttentionRules, Rule
from kam_desktop.services.edits import Edit
from kam_desktop.services.survey_overview import nps_category
from kam_desktop.services.surveys import (
    DIMENSION_LABELS,
    delete_survey,
    get_survey,
    list_surveys,
    restore_survey,
    satisfaction_trend,
    survey_alerts,
)
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, labels, messages, undo_commands, visit_dialog
from kam_desktop.ui.satisfaction_chart import (
    CsatTrendChart,
    NpsTrendChart,
    dimension_short_label,
)
from kam_desktop.ui.survey_dialog import CATEGORY_COLORS, SurveyDialog, channel_label
from kam_desktop.ui.visits_tab import (
    CENTER,
    DELETED_COLOR,
    FrameColumn,
    FrameModel,
    RowStyle,
    current_rules,
    day_cell,
    hex_id,
    make_table,
    missing,
    select_row,
    style_banner,
)

translate = QCoreApplication.translate

ALL_RESPONDENTS = "__all__"
ANONYMOUS = "__anonymous__"
PERIODS = ("quarter", "month", "half", "year")


# --- words for alerts (shared with the Surveys page) -------------------------------------------


def _score(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    number = float(value)  # type: ignore[arg-type]
    return str(int(number)) if number.is_integer() else f"{number:g}"


def _day(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def alert_text(rule: str, params: Mapping[str, Any]) -> str:
    """One satisfaction alert in words. `params`: for a falling score `measure` ("nps" or
    "csat"), `before`, `after`, `contact`, `date`; for a detractor decision maker `contact`,
    `nps` (or `after`), `date` — the params of `AttentionItem` and the columns of
    `survey_overview.satisfaction_alerts`."""
    contact = params.get("contact")
    who = str(contact) if isinstance(contact, str) and contact else translate(
        "SurveyAlerts", "an anonymous respondent")
    if rule == Rule.DETRACTOR_DECISION_MAKER.value:
        nps = params.get("nps", params.get("after"))
        return translate("SurveyAlerts", "Decision maker %1 is a detractor (NPS %2 on %3).") \
            .replace("%1", who).replace("%2", _score(nps)).replace("%3", _day(params.get("date")))
    text = (translate("SurveyAlerts", "NPS fell from %1 to %2 (%3, %4).")
            if params.get("measure") == "nps"
            else translate("SurveyAlerts", "CSAT fell from %1 to %2 (%3, %4)."))
    return text.replace("%1", _score(params.get("before"))).replace(
        "%2", _score(params.get("after"))).replace("%3", who).replace(
        "%4", _day(params.get("date")))


def item_text(item: AttentionItem) -> str:
    return alert_text(item.rule.value, item.params)


# --- the table ---------------------------------------------------------------------------------


def score_cell(value: object) -> str:
    return "" if missing(value) else _score(value)


def nps_color(value: object) -> QColor | None:
    category = None if missing(value) else nps_category(float(value))  # type: ignore[arg-type]
    color = CATEGORY_COLORS.get(category or "")
    return QColor(color) if color else None


def respondent_text(value: object) -> str:
    return translate("SurveysTab", "Anonymous") if missing(value) or not value else str(value)


def response_columns() -> list[FrameColumn]:
    columns = [
        FrameColumn("response_date", lambda: translate("SurveysTab", "Date"), day_cell, chars=10),
        FrameColumn("contact", lambda: translate("SurveysTab", "Respondent"),
                    respondent_text, chars=14),
        FrameColumn("role", lambda: translate("SurveysTab", "Role"),
                    lambda v: labels.role_label(v if isinstance(v, str) else None), chars=13),
        FrameColumn("channel", lambda: translate("SurveysTab", "Channel"),
                    lambda v: channel_label(v if isinstance(v, str) else None), chars=8),
        FrameColumn("nps", lambda: translate("SurveysTab", "NPS"),
                    score_cell, align=CENTER, chars=4,
                    color=nps_color),
        FrameColumn("csat", lambda: translate("SurveysTab", "CSAT"), score_cell, align=CENTER,
                    chars=5),
    ]
    for key in DIMENSION_LABELS:
        columns.append(FrameColumn(key, lambda k=key: dimension_short_label(k), score_cell,
                                   align=CENTER, chars=7))
    columns.append(FrameColumn("comment", lambda: translate("SurveysTab", "Comment"), tooltip=True,
                               chars=30))
    return columns


def _survey_style(row: Mapping[str, Any]) -> RowStyle | None:
    if not missing(row.get("deleted_at")):
        return QColor(DELETED_COLOR), True, False
    return None


class SurveysTab(QWidget):
    """One account's survey responses, alerts and trends."""

    data_changed = Signal(object)  # changes.Changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveysTab")
        self.db: Database | None = None
        self.account_id: str | None = None
        self.today: date | None = None  # None: the real today (tests fix it)
        self.alerts: list[AttentionItem] = []
        self._rules: AttentionRules | None = None

        self.banner = QFrame()
        self.banner.setObjectName("surveyAlerts")
        self.alert_title = QLabel()
        self.alert_title.setObjectName("surveyAlertTitle")
        font = self.alert_title.font()
        font.setBold(True)
        self.alert_title.setFont(font)
        self.alert_label = QLabel()
        self.alert_label.setObjectName("surveyAlertText")
        self.alert_label.setWordWrap(True)
        self.alert_label.setTextFormat(Qt.TextFormat.RichText)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.setSpacing(2)
        banner_layout.addWidget(self.alert_title)
        banner_layout.addWidget(self.alert_label)
        style_banner(self.banner, "neutral")

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("surveysToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action("Insert", self.add_response)
        self.edit_action = self._action("F2", self.edit_response)
        self.delete_action = self._action("Delete", self.delete_response)
        self.restore_action = self._action(None, self.restore_response)
        self.show_deleted = self._action(None, self.reload)
        self.show_deleted.setCheckable(True)
        for action in (self.add_action, None, self.edit_action, self.delete_action,
                       self.restore_action, None, self.show_deleted):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

        self.respondent_label = QLabel()
        self.respondent = QComboBox()
        self.respondent.setObjectName("surveyRespondent")
        self.respondent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.respondent.currentIndexChanged.connect(self._on_respondent_changed)
        self.respondent_label.setBuddy(self.respondent)
        self.period_label = QLabel()
        self.period = QComboBox()
        self.period.setObjectName("surveyPeriod")
        for key in PERIODS:
            self.period.addItem("", key)
        self.period.currentIndexChanged.connect(lambda _i: self._load_trend())
        self.period_label.setBuddy(self.period)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.toolbar)
        filters.addStretch(1)
        filters.addWidget(self.respondent_label)
        filters.addWidget(self.respondent)
        filters.addSpacing(8)
        filters.addWidget(self.period_label)
        filters.addWidget(self.period)

        self.model = FrameModel(response_columns(), self, style=_survey_style,
                                style_keys=("deleted_at",))
        self.table = make_table(self.model, "surveysTable")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.doubleClicked.connect(lambda _i: self.edit_response())
        self.table.activated.connect(lambda _i: self.edit_response())
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nps_chart = NpsTrendChart()
        self.csat_chart = CsatTrendChart()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.setObjectName("surveyCharts")
        charts.addWidget(self.nps_chart)
        charts.addWidget(self.csat_chart)
        charts.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("surveysSplitter")
        splitter.addWidget(top)
        splitter.addWidget(charts)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 280])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
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
        self.db = db
        new = hex_id(account_id) if account_id else None
        if new != self.account_id:
            self.respondent.blockSignals(True)
            self.respondent.clear()
            self.respondent.blockSignals(False)
        self.account_id = new
        self.reload()

    def reload(self) -> None:
        """Read the responses, the alerts and the trend again (one account: milliseconds)."""
        selected = self.selected_survey_id()
        if self.db is None or self.account_id is None:
            self.alerts = []
            self.model.set_frame(pd.DataFrame())
            self.nps_chart.set_trend(pd.DataFrame())
            self.csat_chart.set_trend(pd.DataFrame())
            self._after_load(selected)
            return
        self._rules = current_rules()
        try:
            with self.db.unit_of_work() as uow:
                frame = list_surveys(uow, self.account_id,
                                     include_deleted=self.show_deleted.isChecked())
                self.alerts = survey_alerts(uow, self.account_id, today=self._today(),
                                            rules=self._rules)
        except KamError as exc:
            messages.show_error(self, exc)
            return
        self.model.set_frame(frame)
        self._fill_respondents()
        self._apply_filter()
        self._load_trend()
        self._after_load(selected)

    def _after_load(self, selected: str | None) -> None:
        row = self.model.row_of("id", selected) if selected else None
        if row is not None:
            select_row(self.table, row)
        self._show_alerts()
        self.empty.setVisible(self.model.rowCount() == 0)
        self.table.setVisible(self.model.rowCount() > 0)
        self._update_actions()

    def _load_trend(self) -> None:
        if self.db is None or self.account_id is None:
            return
        period = self.period.currentData() or "quarter"
        wanted = self.respondent.currentData()
        contact = None if wanted in (None, ALL_RESPONDENTS) else (
            "" if wanted == ANONYMOUS else wanted)
        try:
            with self.db.unit_of_work() as uow:
                trend = satisfaction_trend(uow, self.account_id, period=period,
                                           contact_id=contact)
        except KamError as exc:
            messages.show_error(self, exc)
            return
        self.nps_chart.set_trend(trend, period)
        self.csat_chart.set_trend(trend, period)

    def on_data_changed(self, what: changes.Changes) -> None:
        """Reload when responses, contacts (names, roles: the decision-maker alert) or the
        account changed."""
        if what & {changes.SURVEYS, changes.CONTACTS, changes.ACCOUNTS}:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self.account_id is not None and self._rules is not None \
                and self._rules != current_rules():
            self.reload()  # the alert thresholds changed meanwhile

    # --- respondents -----------------------------------------------------------------------

    def _fill_respondents(self) -> None:
        current = self.respondent.currentData() or ALL_RESPONDENTS
        frame = self.model.frame
        people: dict[str, str] = {}
        anonymous = False
        for contact_id, name in zip(frame.get("contact_id", []), frame.get("contact", []),
                                    strict=True):
            if missing(contact_id) or not contact_id:
                anonymous = True
            else:
                people[str(contact_id)] = str(name)
        self.respondent.blockSignals(True)
        self.respondent.clear()
        self.respondent.addItem(self.tr("All"), ALL_RESPONDENTS)
        for contact_id, name in sorted(people.items(), key=lambda p: p[1]):
            self.respondent.addItem(name, contact_id)
        if anonymous:
            self.respondent.addItem(self.tr("Anonymous"), ANONYMOUS)
        self.respondent.setCurrentIndex(max(self.respondent.findData(current), 0))
        self.respondent.blockSignals(False)

    def _apply_filter(self) -> None:
        wanted = self.respondent.currentData()
        frame = self.model.frame
        if wanted in (None, ALL_RESPONDENTS) or frame.empty:
            self.model.set_mask(None)
        elif wanted == ANONYMOUS:
            self.model.set_mask(frame["contact_id"].isna().to_numpy(dtype=bool))
        else:
            self.model.set_mask((frame["contact_id"] == wanted).to_numpy(dtype=bool))

    def _on_respondent_changed(self, _index: int) -> None:
        self._apply_filter()
        self._load_trend()
        self._update_actions()

    def set_respondent(self, contact_id: str | None) -> None:
        """Show only one contact's answers (None: everyone's)."""
        index = self.respondent.findData(contact_id or ALL_RESPONDENTS)
        self.respondent.setCurrentIndex(max(index, 0))

    # --- alerts ----------------------------------------------------------------------------

    def alert_texts(self) -> list[str]:
        return [item_text(item) for item in self.alerts]

    def _show_alerts(self) -> None:
        texts = self.alert_texts()
        if self.account_id is None:
            self.alert_title.setText(self.tr("No account selected."))
            self.alert_label.hide()
            style_banner(self.banner, "neutral")
            return
        if not texts:
            self.alert_title.setText(self.tr("No satisfaction alerts."))
            self.alert_label.hide()
            style_banner(self.banner, "good")
            return
        self.alert_title.setText(
            self.tr("⚠ Satisfaction alert") if len(texts) == 1
            else self.tr("⚠ %1 satisfaction alerts").replace("%1", str(len(texts))))
        self.alert_label.setText("<br>".join(f"• {html.escape(t)}" for t in texts))
        self.alert_label.show()
        style_banner(self.banner, "bad")

    # --- selection and actions -------------------------------------------------------------

    def selected_row(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().selectedRows():
            return None
        return index.row()

    def selected_survey_id(self) -> str | None:
        row = self.selected_row()
        return None if row is None else str(self.model.value(row, "id"))

    def select_survey(self, survey_id: str) -> bool:
        row = self.model.row_of("id", hex_id(survey_id))
        if row is None:
            return False
        select_row(self.table, row)
        return True

    def _record(self) -> dict[str, Any] | None:
        row = self.selected_row()
        return self.model.record(row) if row is not None else None

    def _update_actions(self, *_args: object) -> None:
        record = self._record()
        deleted = record is not None and not missing(record.get("deleted_at"))
        self.add_action.setEnabled(self.db is not None and self.account_id is not None)
        self.edit_action.setEnabled(record is not None and not deleted)
        self.delete_action.setEnabled(record is not None and not deleted)
        self.restore_action.setEnabled(record is not None and deleted)

    def _show_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.edit_action, self.delete_action, self.restore_action):
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _done(self, edit: Edit | None) -> Edit | None:
        if edit is not None:
            self.reload()
            self.select_survey(edit.id)
            self.data_changed.emit(changes.of_entity(edit.entity))
        return edit

    def add_response(self) -> Edit | None:
        if self.db is None or self.account_id is None:
            return None
        wanted = self.respondent.currentData()
        contact = wanted if wanted not in (None, ALL_RESPONDENTS, ANONYMOUS) else None
        try:
            dialog = SurveyDialog(self.db, self.account_id, contact_id=contact,
                                  today=self._today(), parent=self)
        except KamError as exc:
            messages.show_error(self, exc)
            return None
        return self._done(visit_dialog.run_record_dialog(dialog, self.db))

    def edit_response(self) -> Edit | None:
        record = self._record()
        if self.db is None or self.account_id is None or record is None \
                or not missing(record.get("deleted_at")):
            return None
        try:
            with self.db.unit_of_work() as uow:
                survey = get_survey(uow, str(record["id"]))
            dialog = SurveyDialog(self.db, self.account_id, survey=survey,
                                  today=self._today(), parent=self)
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

    def delete_response(self) -> Edit | None:
        record = self._record()
        if self.db is None or record is None or not missing(record.get("deleted_at")):
            return None
        day = day_cell(record["response_date"])
        who = respondent_text(record.get("contact"))
        if not visit_dialog.ask_yes_no(
                self, self.tr("Delete survey response"),
                self.tr("Delete the response of %1 from %2? Undo (Ctrl+Z) or “Show deleted” "
                        "and Restore bring it back.").replace("%1", who).replace("%2", day),
                self.tr("Delete")):
            return None
        db, survey_id = self.db, str(record["id"])
        return self._write(lambda: delete_survey(db, survey_id),
                           self.tr("Delete survey response of %1").replace("%1", day))

    def restore_response(self) -> Edit | None:
        record = self._record()
        if self.db is None or record is None or missing(record.get("deleted_at")):
            return None
        db, survey_id = self.db, str(record["id"])
        return self._write(lambda: restore_survey(db, survey_id),
                           self.tr("Restore survey response of %1").replace(
                               "%1", day_cell(record["response_date"])))

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        texts = (
            (self.add_action, self.tr("&Add response…"), "Ins"),
            (self.edit_action, self.tr("&Edit…"), "F2"),
            (self.delete_action, self.tr("De&lete"), "Del"),
            (self.restore_action, self.tr("&Restore"), ""),
            (self.show_deleted, self.tr("Show deleted"), ""),
        )
        for action, text, keys in texts:
            action.setText(text)
            plain = text.replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
        self.respondent_label.setText(self.tr("Res&pondent:"))
        self.period_label.setText(self.tr("Trend &by:"))
        names = {"quarter": self.tr("Quarter"), "month": self.tr("Month"),
                 "half": self.tr("Half-year"), "year": self.tr("Year")}
        for i in range(self.period.count()):
            self.period.setItemText(i, names[self.period.itemData(i)])
        if self.respondent.count():
            self.respondent.setItemText(0, self.tr("All"))
            last = self.respondent.count() - 1
            if self.respondent.itemData(last) == ANONYMOUS:
                self.respondent.setItemText(last, self.tr("Anonymous"))
        self.empty.setText(self.tr("No survey responses recorded yet. Add one (Ins)."))
        self.model.refresh_texts()
        self._show_alerts()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["SurveysTab", "alert_text", "item_text", "respondent_text"]
