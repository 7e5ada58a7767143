"""Visit forms: the full form (log, plan, edit), marking a planned visit done, rescheduling, and
the quick form that logs a visit in a few seconds from anywhere (`open_quick_visit`, Ctrl+L).

Every form saves through `services.visits` (a single-row write: milliseconds, so on the UI
thread), shows validation problems beside the fields they concern, asks before throwing away
what was typed, saves with Enter (Ctrl+Enter where a field takes several lines) and cancels
with Esc. The caller pushes the returned `Edit` on the undo stack (`open_quick_visit` does it
itself) and emits `data_changed`.

`RecordDialog` (the inline errors, the unsaved-changes prompt) is shared with the survey form.
`exec_dialog` and `ask_yes_no` are the two functions tests patch to drive the modal questions.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QStringListModel, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.errors import KamError
from kam_desktop.models.enums import VisitKind, VisitStatus
from kam_desktop.services.account_lookup import (
    AccountChoice,
    account_choice,
    account_choices,
    find_account,
)
from kam_desktop.services.contacts import list_contacts
from kam_desktop.services.edits import Edit
from kam_desktop.services.validation import FieldErrors
from kam_desktop.services.visits import (
    VisitRecord,
    complete_visit,
    log_visit,
    plan_visit,
    update_visit,
)
from kam_desktop.storage.database import Database
from kam_desktop.ui import labels, messages, undo_commands
from kam_desktop.ui.operations import Op

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

ERROR_COLOR = "#b3261e"
DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"
PLANNED_HOUR = time(9, 0)  # a visit given only a day: planned for, or logged at, 9:00
FOLLOW_UP_DAYS = 7  # the follow-up date a form proposes


# --- labels for stored values ------------------------------------------------------------------


def kind_label(value: str | None) -> str:
    names = {
        "on_site": translate("Visits", "On-site visit"),
        "phone": translate("Visits", "Phone call"),
        "video": translate("Visits", "Video call"),
        "email": translate("Visits", "E-mail"),
        "wechat": translate("Visits", "WeChat"),
        "event": translate("Visits", "Event"),
    }
    return names.get(value or "", value or "")


def status_label(value: str | None) -> str:
    names = {
        "planned": translate("Visits", "Planned"),
        "done": translate("Visits", "Done"),
        "cancelled": translate("Visits", "Cancelled"),
    }
    return names.get(value or "", value or "")


# --- the modal questions (tests patch these two) -----------------------------------------------


def exec_dialog(dialog: QDialog) -> int:
    """Run a dialog modally; the one place tests replace to drive a form."""
    return dialog.exec()


def ask_yes_no(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """A question with a named Yes button (No is the default); True when Yes is chosen."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def confirm_discard(parent: QWidget | None) -> bool:
    return ask_yes_no(
        parent, translate("RecordDialog", "Unsaved changes"),
        translate("RecordDialog", "Discard what you entered in this form?"),
        translate("RecordDialog", "Discard"))


# --- conversions -------------------------------------------------------------------------------


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(to_qdate(moment.date()),
                     QTime(moment.hour, moment.minute, moment.second))


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def from_qdatetime(value: QDateTime) -> datetime:
    day, moment = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())


def text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    return (widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()).strip()


# --- form building blocks ----------------------------------------------------------------------


def date_edit(object_name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def datetime_edit(object_name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATETIME_FORMAT)
    return edit


def text_box(object_name: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of text; Tab moves on (a form field, not an editor)."""
    box = QPlainTextEdit()
    box.setObjectName(object_name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box (\"Follow up on\") and the date. Changing the
    date ticks the box, so picking a day is enough."""

    changed = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.check = QCheckBox()
        self.check.setObjectName(f"{object_name}Check")
        self.edit = date_edit(f"{object_name}Date")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_toggled)
        self.edit.dateChanged.connect(self._on_date_changed)
        self._on_toggled(False)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None, default: date) -> None:
        self.edit.blockSignals(True)
        self.edit.setDate(to_qdate(day or default))
        self.edit.blockSignals(False)
        self.check.setChecked(day is not None)
        self._on_toggled(day is not None)

    def _on_toggled(self, on: bool) -> None:
        font = self.edit.font()
        font.setItalic(not on)
        self.edit.setFont(font)
        self.changed.emit()

    def _on_date_changed(self, _day: QDate) -> None:
        if not self.check.isChecked():
            self.check.setChecked(True)
        self.changed.emit()


class RecordDialog(QDialog):
    """A form over one record: problems shown beside their fields, a prompt before unsaved
    input is lost, Enter or Ctrl+Enter to save, Esc to cancel.

    Subclasses build their fields with `add_field`, call `finish()` once filled in, and
    implement `values()`, `check()` (problems the form can word in the user's language) and
    `save()` (the service call, returning the `Edit`). After `accept`, `edit` holds it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit: Edit | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.general_error = self._error_label("generalError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self._initial: dict[str, Any] | None = None

    def _now_today(self) -> datetime:
        """The time of day now, on the form's today (tests and screenshots fix today)."""
        today: date = getattr(self, "today", date.today())
        now: datetime = getattr(self, "now", datetime.now())
        return datetime.combine(today, now.time()).replace(second=0, microsecond=0)

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {ERROR_COLOR};")
        label.hide()
        return label

    def add_field(self, key: str, widget: QWidget, layout: QFormLayout | None = None) -> QLabel:
        """Add a row: a label (text set in retranslate) and the widget with its error below."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = self._error_label(f"error_{key}")
        column.addWidget(error)
        label = QLabel()
        label.setBuddy(widget)
        (layout or self.form).addRow(label, box)
        self.fields[key] = widget
        self.error_labels[key] = error
        self.row_labels[key] = label
        return label

    def finish(self) -> None:
        """Call once the fields hold their first values: later differences are unsaved input."""
        self._initial = self.values()

    # --- subclass API ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def check(self, values: Mapping[str, Any]) -> dict[str, str]:
        """Problems found before saving, translated (field → message)."""
        return {}

    def save(self, values: Mapping[str, Any]) -> Edit:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- state -----------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._initial is not None and self.values() != self._initial

    def errors(self) -> dict[str, str]:
        """The problems shown (field → message; "" for the general one)."""
        shown = {key: label.text() for key, label in self.error_labels.items()
                 if not label.isHidden()}
        if not self.general_error.isHidden():
            shown[""] = self.general_error.text()
        return shown

    def show_errors(self, errors: Mapping[str, str]) -> None:
        for key, label in self.error_labels.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        general = [message for key, message in errors.items() if key not in self.error_labels]
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        first = next((key for key in self.fields if key in errors), None)
        if first is not None:
            self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- QDialog ---------------------------------------------------------------------------

    def accept(self) -> None:  # Qt override: save, or show what is wrong
        values = self.values()
        problems = self.check(values)
        if problems:
            self.show_errors(problems)
            return
        try:
            self.edit = self.save(values)
        except FieldErrors as exc:
            self.show_errors(exc.errors)
            return
        except KamError as exc:
            messages.show_error(self, exc)
            return
        self.show_errors({})
        super().accept()

    def reject(self) -> None:  # Qt override: Esc, Cancel, the close button
        if self.is_dirty() and not confirm_discard(self):
            return
        super().reject()


# --- the full visit form -----------------------------------------------------------------------


def contact_text(name: str, role: str | None) -> str:
    return f"{name} — {labels.role_label(role)}" if role else name


class VisitDialog(RecordDialog):
    """Log a visit that took place (`mode="log"`), plan one (`"plan"`), or edit one
    (`"edit"`, with `visit`): every field of a visit, participants among the account's
    contacts."""

    def __init__(self, db: Database, account_id: str, *, mode: str = "log",
                 visit: VisitRecord | None = None, today: date | None = None,
                 now: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if mode not in ("log", "plan", "edit") or (mode == "edit") != (visit is not None):
            raise ValueError("mode 'edit' needs a visit; 'log' and 'plan' take none")
        self.setObjectName("visitDialog")
        self.db = db
        self.account_id = account_id
        self.mode = mode
        self.visit = visit
        self.today = today or date.today()
        self.now = now or datetime.now()
        with db.unit_of_work() as uow:
            self.account = account_choice(uow, account_id)
            contacts = list_contacts(uow, account_id, include_deleted=True)
        chosen = set(visit.participant_ids) if visit else set()
        self.contacts = [c for c in contacts if c.deleted_at is None or c.id in chosen]

        self.heading = QLabel(self.account.label)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.status = QComboBox()
        self.status.setObjectName("visitStatus")
        for value in VisitStatus:
            self.status.addItem("", value.value)
        self.kind = QComboBox()
        self.kind.setObjectName("visitKind")
        for value in VisitKind:
            self.kind.addItem("", value.value)
        self.when = datetime_edit("visitAt")
        self.purpose = QLineEdit()
        self.purpose.setObjectName("visitPurpose")
        self.purpose.setMaxLength(300)
        self.participants = QListWidget()
        self.participants.setObjectName("visitParticipants")
        self.participants.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.location = QLineEdit()
        self.location.setObjectName("visitLocation")
        self.location.setMaxLength(200)
        self.owner = QLineEdit()
        self.owner.setObjectName("visitOwner")
        self.owner.setMaxLength(100)
        self.summary = text_box("visitSummary")
        self.outcome = text_box("visitOutcome", 2)
        self.next_steps = text_box("visitNextSteps", 2)
        self.follow_up = OptionalDateEdit("visitFollowUp")
        self.no_contacts = QLabel()
        self.no_contacts.setObjectName("hint")

        if mode == "edit":
            self.add_field("status", self.status)
        self.add_field("kind", self.kind)
        self.add_field("visit_at", self.when)
        self.add_field("purpose", self.purpose)
        self.add_field("participant_ids", self.participants if self.contacts
                       else self.no_contacts)
        self.add_field("summary", self.summary)
        self.add_field("outcome", self.outcome)
        self.add_field("next_steps", self.next_steps)
        self.add_field("follow_up_date", self.follow_up)
        self.add_field("location", self.location)
        self.add_field("owner", self.owner)

        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self._fill()
        self.retranslate_ui()
        self.finish()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())
        self.kind.setFocus()

    def _fill(self) -> None:
        visit = self.visit
        for contact in self.contacts:
            item = QListWidgetItem(contact_text(contact.name, contact.role))
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = visit is not None and contact.id in visit.participant_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.participants.addItem(item)
        if self.contacts:  # up to five rows without scrolling, then a scroll bar
            shown = min(len(self.contacts), 5)
            self.participants.setFixedHeight(self.participants.sizeHintForRow(0) * shown
                                             + 2 * self.participants.frameWidth() + 2)
        if visit is None:
            kind = last_kind()
            if self.mode == "plan":
                moment = datetime.combine(self.today + timedelta(days=1), PLANNED_HOUR)
            else:
                moment = self._now_today()
            follow = None
        else:
            kind = visit.kind
            moment = visit.visit_at
            self.status.setCurrentIndex(max(self.status.findData(visit.status), 0))
            self.purpose.setText(visit.purpose or "")
            self.summary.setPlainText(visit.summary or "")
            self.outcome.setPlainText(visit.outcome or "")
            self.next_steps.setPlainText(visit.next_steps or "")
            self.location.setText(visit.location or "")
            self.owner.setText(visit.owner or "")
            follow = visit.follow_up_date
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.when.setDateTime(to_qdatetime(moment))
        self.follow_up.set_value(follow, moment.date() + timedelta(days=FOLLOW_UP_DAYS))

    def values(self) -> dict[str, Any]:
        participants = [
            self.participants.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.participants.count())
            if self.participants.item(i).checkState() == Qt.CheckState.Checked
        ]
        values: dict[str, Any] = {
            "kind": self.kind.currentData(),
            "visit_at": from_qdatetime(self.when.dateTime()),
            "purpose": text_of(self.purpose),
            "summary": text_of(self.summary),
            "outcome": text_of(self.outcome),
            "next_steps": text_of(self.next_steps),
            "follow_up_date": self.follow_up.value(),
            "location": text_of(self.location),
            "owner": text_of(self.owner),
            "participant_ids": sorted(participants),
        }
        if self.mode == "edit":
            values["status"] = self.status.currentData()
        return values

    def _status(self, values: Mapping[str, Any]) -> str:
        return {"log": "done", "plan": "planned"}.get(self.mode, values.get("status") or "")

    def check(self, values: Mapping[str, Any]) -> dict[str, str]:
        problems: dict[str, str] = {}
        moment: datetime = values["visit_at"]
        if self._status(values) == "done" and moment.date() > self.today:
            problems["visit_at"] = self.tr(
                "A visit on %1 has not taken place yet: plan it, or correct the date."
            ).replace("%1", moment.strftime("%Y-%m-%d"))
        follow = values["follow_up_date"]
        if follow is not None and follow < moment.date():
            problems["follow_up_date"] = self.tr(
                "The follow-up (%1) cannot be before the visit (%2)."
            ).replace("%1", follow.isoformat()).replace("%2", moment.strftime("%Y-%m-%d"))
        return problems

    def save(self, values: Mapping[str, Any]) -> Edit:
        remember_kind(values["kind"])
        if self.mode == "log":
            return log_visit(self.db, self.account_id, values, today=self.today)
        if self.mode == "plan":
            return plan_visit(self.db, self.account_id, values, today=self.today)
        assert self.visit is not None
        return update_visit(self.db, self.visit.id, values, today=self.today)

    def undo_text(self) -> str:
        text = {
            "log": self.tr("Log visit to %1"),
            "plan": self.tr("Plan visit to %1"),
            "edit": self.tr("Edit visit to %1"),
        }[self.mode]
        return text.replace("%1", self.account.code)

    def retranslate_ui(self) -> None:
        titles = {"log": self.tr("Log a visit"), "plan": self.tr("Plan a visit"),
                  "edit": self.tr("Edit visit")}
        self.setWindowTitle(titles[self.mode])
        hints = {
            "log": self.tr("A visit, call or message that took place. Enter saves; Esc "
                           "cancels."),
            "plan": self.tr("A visit to come: it shows in the agenda on its day."),
            "edit": self.tr("Ctrl+Enter saves; Esc cancels."),
        }
        self.hint.setText(hints[self.mode])
        for i in range(self.status.count()):
            self.status.setItemText(i, status_label(self.status.itemData(i)))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_label(self.kind.itemData(i)))
        names = {
            "status": self.tr("&Status:"),
            "kind": self.tr("&Kind:"),
            "visit_at": self.tr("&Date and time:"),
            "purpose": self.tr("&Purpose:"),
            "participant_ids": self.tr("Participants:"),
            "summary": self.tr("S&ummary:"),
            "outcome": self.tr("&Outcome:"),
            "next_steps": self.tr("&Next steps:"),
            "follow_up_date": self.tr("&Follow-up:"),
            "location": self.tr("&Location:"),
            "owner": self.tr("O&wner:"),
        }
        for key, label in self.row_labels.items():
            label.setText(names[key])
        self.follow_up.check.setText(self.tr("Follow up on"))
        self.no_contacts.setText(self.tr("No contacts recorded for this account."))
        self.owner.setPlaceholderText(self.tr("The account manager"))
        self.purpose.setPlaceholderText(self.tr("For example: quarterly business review"))
        self.save_button.setText(self.tr("Save"))


# --- marking a planned visit done --------------------------------------------------------------


class CompleteVisitDialog(RecordDialog):
    """Mark a planned visit done: when it took place, what came of it, the next steps and a
    follow-up date."""

    def __init__(self, db: Database, visit: VisitRecord, *, today: date | None = None,
                 now: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completeVisitDialog")
        self.db = db
        self.visit = visit
        self.today = today or date.today()
        self.now = now or datetime.now()
        with db.unit_of_work() as uow:
            self.account = account_choice(uow, visit.account_id)
        self.heading = QLabel(self.account.label)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.planned = QLabel()
        self.planned.setObjectName("hint")
        self.planned.setWordWrap(True)
        self.when = datetime_edit("completeVisitAt")
        self.when.setMaximumDate(to_qdate(self.today))
        self.summary = text_box("completeSummary")
        self.outcome = text_box("completeOutcome", 2)
        self.next_steps = text_box("completeNextSteps", 2)
        self.follow_up = OptionalDateEdit("completeFollowUp")
        self.add_field("visit_at", self.when)
        self.add_field("summary", self.summary)
        self.add_field("outcome", self.outcome)
        self.add_field("next_steps", self.next_steps)
        self.add_field("follow_up_date", self.follow_up)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.planned)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        moment = visit.visit_at if visit.visit_at.date() <= self.today else \
            self._now_today()
        self.when.setDateTime(to_qdatetime(moment))
        self.summary.setPlainText(visit.summary or "")
        self.outcome.setPlainText(visit.outcome or "")
        self.next_steps.setPlainText(visit.next_steps or "")
        self.follow_up.set_value(visit.follow_up_date,
                                 max(moment.date(), self.today) + timedelta(days=FOLLOW_UP_DAYS))
        self.retranslate_ui()
        self.finish()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())
        self.summary.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "visit_at": from_qdatetime(self.when.dateTime()),
            "summary": text_of(self.summary),
            "outcome": text_of(self.outcome),
            "next_steps": text_of(self.next_steps),
            "follow_up_date": self.follow_up.value(),
        }

    def check(self, values: Mapping[str, Any]) -> dict[str, str]:
        problems: dict[str, str] = {}
        moment: datetime = values["visit_at"]
        if moment.date() > self.today:
            problems["visit_at"] = self.tr("A visit cannot be done in the future.")
        follow = values["follow_up_date"]
        if follow is not None and follow < moment.date():
            problems["follow_up_date"] = self.tr(
                "The follow-up (%1) cannot be before the visit (%2)."
            ).replace("%1", follow.isoformat()).replace("%2", moment.strftime("%Y-%m-%d"))
        return problems

    def save(self, values: Mapping[str, Any]) -> Edit:
        return complete_visit(
            self.db, self.visit.id, summary=values["summary"], outcome=values["outcome"],
            next_steps=values["next_steps"], follow_up_date=values["follow_up_date"],
            visit_at=values["visit_at"], today=self.today)

    def undo_text(self) -> str:
        return self.tr("Mark visit to %1 done").replace("%1", self.account.code)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Mark visit done"))
        planned = self.tr("Planned for %1: %2").replace(
            "%1", self.visit.visit_at.strftime("%Y-%m-%d %H:%M")).replace(
            "%2", kind_label(self.visit.kind))
        if self.visit.purpose:
            planned += " · " + self.visit.purpose
        self.planned.setText(planned)
        names = {
            "visit_at": self.tr("&Took place:"),
            "summary": self.tr("S&ummary:"),
            "outcome": self.tr("&Outcome:"),
            "next_steps": self.tr("&Next steps:"),
            "follow_up_date": self.tr("&Follow-up:"),
        }
        for key, label in self.row_labels.items():
            label.setText(names[key])
        self.follow_up.check.setText(self.tr("Follow up on"))
        self.save_button.setText(self.tr("Mark done"))


# --- rescheduling ------------------------------------------------------------------------------


class RescheduleDialog(RecordDialog):
    """Move a planned visit (a new date and time) or a follow-up (a new date)."""

    def __init__(self, db: Database, visit: VisitRecord, *, follow_up: bool = False,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rescheduleDialog")
        self.db = db
        self.visit = visit
        self.follow_up = follow_up
        self.today = today or date.today()
        with db.unit_of_work() as uow:
            self.account = account_choice(uow, visit.account_id)
        self.heading = QLabel(self.account.label)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.current = QLabel()
        self.current.setObjectName("hint")
        self.current.setWordWrap(True)
        if follow_up:
            self.when: QDateEdit | QDateTimeEdit = date_edit("rescheduleDate")
            current = visit.follow_up_date or self.today
            if current < self.today:  # an overdue follow-up: propose tomorrow
                current = self.today + timedelta(days=1)
            self.when.setDate(to_qdate(max(current, visit.visit_at.date())))
            self.add_field("follow_up_date", self.when)
        else:
            self.when = datetime_edit("rescheduleDate")
            moment = visit.visit_at
            if moment.date() < self.today:  # an overdue plan: propose tomorrow, same time
                moment = datetime.combine(self.today + timedelta(days=1), moment.time())
            self.when.setDateTime(to_qdatetime(moment))
            self.add_field("visit_at", self.when)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.current)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.finish()
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())
        self.when.setFocus()

    def values(self) -> dict[str, Any]:
        if self.follow_up:
            return {"follow_up_date": from_qdate(self.when.date())}
        return {"visit_at": from_qdatetime(self.when.dateTime())}

    def is_dirty(self) -> bool:
        return False  # one proposed date: nothing typed worth a question

    def check(self, values: Mapping[str, Any]) -> dict[str, str]:
        if self.follow_up and values["follow_up_date"] < self.visit.visit_at.date():
            return {"follow_up_date": self.tr("The follow-up cannot be before the visit (%1).")
                    .replace("%1", self.visit.visit_at.strftime("%Y-%m-%d"))}
        return {}

    def save(self, values: Mapping[str, Any]) -> Edit:
        return update_visit(self.db, self.visit.id, values, today=self.today)

    def undo_text(self) -> str:
        text = (self.tr("Move follow-up of %1") if self.follow_up
                else self.tr("Reschedule visit to %1"))
        return text.replace("%1", self.account.code)

    def retranslate_ui(self) -> None:
        if self.follow_up:
            self.setWindowTitle(self.tr("Move follow-up"))
            current = self.visit.follow_up_date.isoformat() if self.visit.follow_up_date else ""
            self.current.setText(self.tr("Follow-up now due on %1.").replace("%1", current))
            self.row_labels["follow_up_date"].setText(self.tr("&New date:"))
        else:
            self.setWindowTitle(self.tr("Reschedule visit"))
            self.current.setText(self.tr("Now planned for %1.").replace(
                "%1", self.visit.visit_at.strftime("%Y-%m-%d %H:%M")))
            self.row_labels["visit_at"].setText(self.tr("&New date and time:"))
        self.save_button.setText(self.tr("Save"))


# --- the quick form ----------------------------------------------------------------------------

_last_kind: str = VisitKind.ON_SITE.value


def last_kind() -> str:
    """The kind chosen last in this session (a rep who phones logs calls one after another)."""
    return _last_kind


def remember_kind(kind: str | None) -> None:
    global _last_kind
    if kind in {k.value for k in VisitKind}:
        _last_kind = kind


class QuickVisitDialog(RecordDialog):
    """Log a visit in a few seconds: the account (typed code or name, with completion; filled
    in when one is selected), the day (today), the kind, a summary, optionally a next step and
    a follow-up date. A day after today saves a planned visit instead. Enter saves."""

    choices_ready = Signal()  # the completer holds every account

    def __init__(self, db: Database, account_id: str | None = None, *,
                 today: date | None = None, now: datetime | None = None,
                 follow_up_of: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickVisitDialog")
        self.db = db
        self.today = today or date.today()
        self.now = now or datetime.now()
        self.follow_up_of = dict(follow_up_of) if follow_up_of else None
        self.account: AccountChoice | None = None
        self._ids: dict[str, str] = {}  # completer label → account id
        self.choices_loaded = False

        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.context = QLabel()
        self.context.setObjectName("hint")
        self.context.setWordWrap(True)
        self.account_edit = QLineEdit()
        self.account_edit.setObjectName("quickAccount")
        self.account_edit.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.account_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._on_account_chosen)
        self.account_edit.textEdited.connect(self._on_account_typed)

        self.day = date_edit("quickDate")
        self.day.setDate(to_qdate(self.today))
        self.kind = QComboBox()
        self.kind.setObjectName("quickKind")
        for value in VisitKind:
            self.kind.addItem("", value.value)
        self.kind.setCurrentIndex(max(self.kind.findData(last_kind()), 0))
        self.summary = QLineEdit()
        self.summary.setObjectName("quickSummary")
        self.next_steps = QLineEdit()
        self.next_steps.setObjectName("quickNextSteps")
        self.follow_up = OptionalDateEdit("quickFollowUp")
        self.follow_up.set_value(None, self.today + timedelta(days=FOLLOW_UP_DAYS))
        self.plan_hint = QLabel()
        self.plan_hint.setObjectName("hint")
        self.plan_hint.setWordWrap(True)

        self.add_field("account", self.account_edit)
        self.add_field("visit_at", self.day)
        self.add_field("kind", self.kind)
        self.add_field("summary", self.summary)
        self.add_field("next_steps", self.next_steps)
        self.add_field("follow_up_date", self.follow_up)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.context)
        layout.addLayout(self.form)
        layout.addWidget(self.plan_hint)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.day.dateChanged.connect(self._update_plan_hint)

        if account_id:
            with db.unit_of_work() as uow:
                try:
                    choice: AccountChoice | None = account_choice(uow, account_id)
                except KamError:  # not an id: a code (or a name) works as well
                    choice = find_account(uow, account_id)
            if choice is not None and not choice.deleted:
                self.account = choice
                self.account_edit.setText(choice.label)
        self.retranslate_ui()
        self.finish()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())
        (self.summary if self.account is not None else self.account_edit).setFocus()
        self.load_choices()

    # --- the account -----------------------------------------------------------------------

    def load_choices(self) -> Op[Any]:
        """Fill the completer from a worker thread (100,000 accounts: about 0.1 s)."""
        db = self.db

        def load(_progress: object, _cancelled: object) -> Any:
            with db.unit_of_work() as uow:
                return account_choices(uow)

        return Op(parent=self, run=load, done=self._set_choices).start()

    def _set_choices(self, frame: Any) -> None:
        labels_ = frame["label"].tolist()
        self._ids = dict(zip(labels_, frame["id"].tolist(), strict=True))
        self._names.setStringList(labels_)
        self.choices_loaded = True
        self.choices_ready.emit()

    def _on_account_chosen(self, text: str) -> None:
        account_id = self._ids.get(text)
        if account_id is not None:
            code, _, name = text.partition(" — ")
            self.account = AccountChoice(id=account_id, code=code, name=name)
            self.error_labels["account"].hide()
            self.summary.setFocus()

    def _on_account_typed(self, text: str) -> None:
        if self.account is not None and text != self.account.label:
            self.account = None

    def resolve_account(self) -> AccountChoice | None:
        """The account the field names: the one picked, or typed text that names exactly one
        account by code or name."""
        text = self.account_edit.text().strip()
        if self.account is not None and text == self.account.label:
            return self.account
        if text in self._ids:
            code, _, name = text.partition(" — ")
            return AccountChoice(id=self._ids[text], code=code, name=name)
        with self.db.unit_of_work() as uow:
            return find_account(uow, text)

    # --- RecordDialog ----------------------------------------------------------------------

    def _moment(self) -> datetime:
        day = from_qdate(self.day.date())
        if day == self.today:
            return self._now_today()
        return datetime.combine(day, PLANNED_HOUR)

    def is_planned(self) -> bool:
        return from_qdate(self.day.date()) > self.today

    def values(self) -> dict[str, Any]:
        return {
            "account": self.account_edit.text().strip(),
            "visit_at": from_qdate(self.day.date()),
            "kind": self.kind.currentData(),
            "summary": text_of(self.summary),
            "next_steps": text_of(self.next_steps),
            "follow_up_date": self.follow_up.value(),
        }

    def is_dirty(self) -> bool:
        """Only what the user typed counts: a changed day or kind alone is not worth a
        question."""
        if self._initial is None:
            return False
        now = self.values()
        return any(now[key] != self._initial[key]
                   for key in ("account", "summary", "next_steps", "follow_up_date"))

    def check(self, values: Mapping[str, Any]) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not values["account"]:
            problems["account"] = self.tr("Choose the account: type its code or part of its "
                                          "name.")
        elif self.resolve_account() is None:
            problems["account"] = self.tr(
                "No account matches “%1”: pick one from the list.").replace(
                "%1", values["account"])
        follow = values["follow_up_date"]
        if follow is not None and follow < values["visit_at"]:
            problems["follow_up_date"] = self.tr(
                "The follow-up (%1) cannot be before the visit (%2)."
            ).replace("%1", follow.isoformat()).replace("%2", values["visit_at"].isoformat())
        return problems

    def save(self, values: Mapping[str, Any]) -> Edit:
        account = self.resolve_account()
        assert account is not None
        self.account = account
        remember_kind(values["kind"])
        record: dict[str, Any] = {
            "kind": values["kind"], "visit_at": self._moment(),
            "next_steps": values["next_steps"], "follow_up_date": values["follow_up_date"],
        }
        if self.is_planned():
            record["purpose"] = values["summary"][:300]
            if len(values["summary"]) > 300:
                record["summary"] = values["summary"]
            return plan_visit(self.db, account.id, record, today=self.today)
        record["summary"] = values["summary"]
        return log_visit(self.db, account.id, record, today=self.today)

    def undo_text(self) -> str:
        code = self.account.code if self.account else ""
        text = self.tr("Plan visit to %1") if self.is_planned() else self.tr("Log visit to %1")
        return text.replace("%1", code)

    def _update_plan_hint(self, *_args: object) -> None:
        planned = self.is_planned()
        self.plan_hint.setVisible(planned)
        self.save_button.setText(self.tr("Plan") if planned else self.tr("Log"))
        self.row_labels["summary"].setText(self.tr("&Purpose:") if planned
                                           else self.tr("S&ummary:"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Quick visit"))
        self.heading.setText(self.tr("Log a visit"))
        if self.follow_up_of:
            steps = self.follow_up_of.get("next_steps") or ""
            day = self.follow_up_of.get("visit_at")
            text = self.tr("Following up on the visit of %1.").replace(
                "%1", day.strftime("%Y-%m-%d") if isinstance(day, datetime) else str(day or ""))
            self.context.setText(f"{text} {steps}".strip())
        else:
            self.context.setText(self.tr("Enter saves; Esc cancels."))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_label(self.kind.itemData(i)))
        names = {
            "account": self.tr("&Account:"),
            "visit_at": self.tr("&Date:"),
            "kind": self.tr("&Kind:"),
            "summary": self.tr("S&ummary:"),
            "next_steps": self.tr("&Next step:"),
            "follow_up_date": self.tr("&Follow-up:"),
        }
        for key, label in self.row_labels.items():
            label.setText(names[key])
        self.account_edit.setPlaceholderText(self.tr("Code or name"))
        self.summary.setPlaceholderText(self.tr("What was discussed, in a line"))
        self.next_steps.setPlaceholderText(self.tr("Optional"))
        self.follow_up.check.setText(self.tr("Follow up on"))
        self.plan_hint.setText(self.tr("A day after today: this saves a planned visit for "
                                       "the agenda."))
        self._update_plan_hint()


def open_quick_visit(parent: QWidget | None, db: Database, account_id: str | None, *,
                     today: date | None = None,
                     follow_up_of: Mapping[str, Any] | None = None) -> Edit | None:
    """Open the quick visit form (account filled in when `account_id` — an id, or a code — is
    given); on save, push the edit on the undo stack and return it (the caller emits
    `data_changed`)."""
    dialog = QuickVisitDialog(db, account_id, today=today, follow_up_of=follow_up_of,
                              parent=parent)
    try:
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.edit is None:
            return None
        undo_commands.push(db, dialog.edit, dialog.undo_text())
        return dialog.edit
    finally:
        dialog.deleteLater()


def run_record_dialog(dialog: VisitDialog | CompleteVisitDialog | RescheduleDialog | Any,
                      db: Database) -> Edit | None:
    """Run a record form modally; on save push its edit on the undo stack and return it."""
    try:
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.edit is None:
            return None
        undo_commands.push(db, dialog.edit, dialog.undo_text())
        return dialog.edit
    finally:
        dialog.deleteLater()


__all__ = [
    "CompleteVisitDialog", "OptionalDateEdit", "QuickVisitDialog", "RecordDialog",
    "RescheduleDialog", "VisitDialog", "ask_yes_no", "exec_dialog", "kind_label",
    "open_quick_visit", "run_record_dialog", "status_label",
]
