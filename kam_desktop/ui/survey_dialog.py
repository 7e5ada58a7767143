"""The survey response form: who answered (a contact of the account, or anonymous), when, how,
NPS (0–10), CSAT (1–5) overall and per dimension, and the comment.

A score left at "—" was not asked or not answered; at least one score is needed. Problems show
beside their fields; Esc asks before discarding what was entered (see `RecordDialog`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.models.enums import SurveyChannel
from kam_desktop.services.account_lookup import account_choice
from kam_desktop.services.contacts import list_contacts
from kam_desktop.services.edits import Edit
from kam_desktop.services.survey_overview import nps_category
from kam_desktop.services.surveys import (
    DIMENSION_LABELS,
    SurveyRecord,
    record_survey,
    update_survey,
)
from kam_desktop.storage.database import Database
from kam_desktop.ui.satisfaction_chart import dimension_label
from kam_desktop.ui.visit_dialog import (
    ERROR_COLOR,
    RecordDialog,
    contact_text,
    date_edit,
    from_qdate,
    text_box,
    text_of,
    to_qdate,
)

translate = QCoreApplication.translate

CATEGORY_COLORS = {"promoter": "#1e6b2e", "passive": "#7a5200", "detractor": ERROR_COLOR}
NOT_GIVEN = "—"


def channel_label(value: str | None) -> str:
    names = {
        "online": translate("Surveys", "Online"),
        "phone": translate("Surveys", "Phone"),
        "in_person": translate("Surveys", "In person"),
        "email": translate("Surveys", "E-mail"),
        "wechat": translate("Surveys", "WeChat"),
    }
    return names.get(value or "", value or "")


def category_label(value: str | None) -> str:
    names = {
        "promoter": translate("Surveys", "Promoter"),
        "passive": translate("Surveys", "Passive"),
        "detractor": translate("Surveys", "Detractor"),
    }
    return names.get(value or "", "")


class ScoreSpin(QSpinBox):
    """A score from `low` to `high`, or "—" (not given) one below `low`."""

    def __init__(self, low: int, high: int, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.low = low
        self.setRange(low - 1, high)
        self.setSpecialValueText(NOT_GIVEN)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("10") + 56)
        self.setValue(low - 1)

    def score(self) -> int | None:
        return None if self.value() < self.low else self.value()

    def set_score(self, value: float | int | None) -> None:
        if value is None or (isinstance(value, float) and value != value):
            self.setValue(self.low - 1)
        else:
            self.setValue(int(value))


class SurveyDialog(RecordDialog):
    """Add a response for the account (`survey` None) or edit one."""

    def __init__(self, db: Database, account_id: str, *, survey: SurveyRecord | None = None,
                 contact_id: str | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyDialog")
        self.db = db
        self.account_id = account_id
        self.survey = survey
        self.today = today or date.today()
        with db.unit_of_work() as uow:
            self.account = account_choice(uow, account_id)
            contacts = list_contacts(uow, account_id, include_deleted=True)
        keep = survey.contact_id if survey else None
        self.contacts = [c for c in contacts if c.deleted_at is None or c.id == keep]

        self.heading = QLabel(self.account.label)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.contact = QComboBox()
        self.contact.setObjectName("surveyContact")
        self.contact.addItem("", None)
        for c in self.contacts:
            self.contact.addItem(contact_text(c.name, c.role), c.id)
        self.day = date_edit("surveyDate")
        self.day.setMaximumDate(to_qdate(self.today))
        self.channel = QComboBox()
        self.channel.setObjectName("surveyChannel")
        self.channel.addItem(NOT_GIVEN, None)
        for value in SurveyChannel:
            self.channel.addItem("", value.value)
        self.nps = ScoreSpin(0, 10, "surveyNps")
        self.category = QLabel()
        self.category.setObjectName("npsCategory")
        nps_row = QWidget()
        nps_layout = QHBoxLayout(nps_row)
        nps_layout.setContentsMargins(0, 0, 0, 0)
        nps_layout.addWidget(self.nps)
        nps_layout.addWidget(self.category)
        nps_layout.addStretch(1)
        self.nps_row = nps_row
        self.csat = ScoreSpin(1, 5, "surveyCsat")
        self.dimensions = {key: ScoreSpin(1, 5, f"survey_{key}") for key in DIMENSION_LABELS}
        self.comment = text_box("surveyComment", 4)

        self.add_field("contact_id", self.contact)
        self.add_field("response_date", self.day)
        self.add_field("channel", self.channel)
        self.add_field("nps", nps_row)
        self.fields["nps"] = self.nps
        self.row_labels["nps"].setBuddy(self.nps)
        self.add_field("csat", self.csat)
        self.dimension_box = QGroupBox()
        grid = QGridLayout(self.dimension_box)
        grid.setHorizontalSpacing(14)
        self.dimension_labels: dict[str, QLabel] = {}
        for i, (key, spin) in enumerate(self.dimensions.items()):
            label = QLabel()
            label.setBuddy(spin)
            self.dimension_labels[key] = label
            row, col = divmod(i, 2)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(spin, row, col * 2 + 1)
            if col == 0:
                grid.setColumnMinimumWidth(1, spin.width() + 24)
            self.fields[key] = spin
            self.error_labels[key] = self._error_label(f"error_{key}")
        errors = QVBoxLayout()
        for key in DIMENSION_LABELS:
            errors.addWidget(self.error_labels[key])
        grid.addLayout(errors, 3, 0, 1, 5)
        grid.setColumnStretch(4, 1)  # label and score stay together; the room goes right
        comment_form = QFormLayout()
        comment_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_field("comment", self.comment, comment_form)

        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.dimension_box)
        layout.addLayout(comment_form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.nps.valueChanged.connect(self._show_category)

        self._fill(contact_id)
        self.retranslate_ui()
        self.finish()
        self.resize(max(self.sizeHint().width(), 540), self.sizeHint().height())
        (self.nps if survey is None and contact_id else self.contact).setFocus()

    def _fill(self, contact_id: str | None) -> None:
        survey = self.survey
        if survey is None:
            self.day.setDate(to_qdate(self.today))
            wanted = contact_id
        else:
            self.day.setDate(to_qdate(survey.response_date))
            wanted = survey.contact_id
            self.channel.setCurrentIndex(max(self.channel.findData(survey.channel), 0))
            self.nps.set_score(survey.nps)
            self.csat.set_score(survey.csat)
            for key, spin in self.dimensions.items():
                spin.set_score(getattr(survey, key))
            self.comment.setPlainText(survey.comment or "")
        if wanted:
            self.contact.setCurrentIndex(max(self.contact.findData(wanted), 0))
        self._show_category()

    def _show_category(self, *_args: object) -> None:
        category = nps_category(self.nps.score())
        self.category.setText(category_label(category))
        color = CATEGORY_COLORS.get(category or "", "")
        self.category.setStyleSheet(f"color: {color}; font-weight: 600;" if color else "")

    # --- RecordDialog ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "contact_id": self.contact.currentData(),
            "response_date": from_qdate(self.day.date()),
            "channel": self.channel.currentData(),
            "nps": self.nps.score(),
            "csat": self.csat.score(),
            "comment": text_of(self.comment),
        }
        for key, spin in self.dimensions.items():
            values[key] = spin.score()
        return values

    def check(self, values: Mapping[str, Any]) -> dict[str, str]:
        problems: dict[str, str] = {}
        if values["response_date"] > self.today:
            problems["response_date"] = self.tr("The response date is in the future.")
        scores = ("nps", "csat", *DIMENSION_LABELS)
        if all(values[key] is None for key in scores):
            problems["nps"] = self.tr("Give at least one score: NPS, CSAT or a dimension.")
        return problems

    def save(self, values: Mapping[str, Any]) -> Edit:
        if self.survey is None:
            return record_survey(self.db, self.account_id, values, today=self.today)
        return update_survey(self.db, self.survey.id, values, today=self.today)

    def undo_text(self) -> str:
        text = (self.tr("Add survey response for %1") if self.survey is None
                else self.tr("Edit survey response for %1"))
        return text.replace("%1", self.account.code)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add survey response") if self.survey is None
                            else self.tr("Edit survey response"))
        self.hint.setText(self.tr(
            "NPS: how likely to recommend us, 0–10 (9–10 promoter, 0–6 detractor). CSAT and "
            "dimensions: satisfaction 1–5. Leave “—” for what was not asked. Ctrl+Enter saves."))
        self.contact.setItemText(0, self.tr("Anonymous"))
        for i in range(1, self.channel.count()):
            self.channel.setItemText(i, channel_label(self.channel.itemData(i)))
        names = {
            "contact_id": self.tr("&Respondent:"),
            "response_date": self.tr("&Date:"),
            "channel": self.tr("C&hannel:"),
            "nps": self.tr("&NPS (0–10):"),
            "csat": self.tr("C&SAT (1–5):"),
            "comment": self.tr("C&omment:"),
        }
        for key, label in self.row_labels.items():
            label.setText(names[key])
        self.dimension_box.setTitle(self.tr("Satisfaction by dimension (1–5)"))
        for key, label in self.dimension_labels.items():
            label.setText(dimension_label(key) + ":")
        self._show_category()
        self.save_button.setText(self.tr("Save"))


__all__ = ["ScoreSpin", "SurveyDialog", "category_label", "channel_label"]
