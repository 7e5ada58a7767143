"""The account form: create or edit every field of an account, with the service's validation
shown beside each field.

Saving calls `create_account` / `update_account` (single-row writes of a few milliseconds, on
the UI thread like the undo stack's). A `FieldErrors` keeps the dialog open and puts each
message under its field, in the user's language: the service words its messages in English, so
the known kinds (required, too long, not a number, out of range, not a web address, code in
use) are re-worded here; anything else is shown as the service wrote it.

An edit sends only the fields the user changed, with their values when the form opened as
`expect`: a change made meanwhile elsewhere (an import, the undo stack) is refused rather than
overwritten. Cancel, Esc or closing the window with unsaved changes asks first
(`confirm_discard`, the one function tests patch).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.errors import KamError
from kam_desktop.models.enums import AccountStatus
from kam_desktop.services.account_editing import (
    ACCOUNT_FIELDS,
    AccountRecord,
    create_account,
    update_account,
)
from kam_desktop.services.edits import Edit
from kam_desktop.services.validation import FieldErrors
from kam_desktop.storage.database import Database
from kam_desktop.ui import labels, messages

translate = QCoreApplication.translate

ERROR_COLOR = "#b3261e"
TEXT_FIELDS = ("code", "name", "address", "website")
CHOICE_FIELDS = ("industry", "segment", "region", "city", "owner")  # editable, with suggestions
NUMBER_FIELDS = ("company_size", "annual_revenue", "company_profit")
RATING_FIELDS = ("value_fit", "procurement_fit", "growth_potential", "influence")
MAX_LENGTH = {"code": 64, "name": 200, "address": 300, "website": 300, "industry": 100,
              "segment": 100, "region": 100, "city": 100, "owner": 100}
STATUSES = tuple(s.value for s in AccountStatus)


def confirm_discard(parent: QWidget | None) -> bool:
    """Ask before closing a form with unsaved changes; True to throw them away."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("AccountFormDialog", "Unsaved changes"))
    box.setText(translate("AccountFormDialog", "Discard your changes to this account?"))
    box.setInformativeText(translate("AccountFormDialog",
                                     "What you typed in the form has not been saved."))
    discard = box.addButton(translate("AccountFormDialog", "Discard changes"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("AccountFormDialog", "Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


_QUOTED = r"""['"](.*)['"]"""
_ERRORS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r" is required\.$"),
     lambda m: translate("AccountFormDialog", "Required.")),
    (re.compile(r" has (\d+) characters; at most (\d+) fit\.$"),
     lambda m: translate("AccountFormDialog", "Too long: %1 characters, at most %2.")
     .replace("%1", m.group(1)).replace("%2", m.group(2))),
    (re.compile(r" must be on one line\.$"),
     lambda m: translate("AccountFormDialog", "Must be on one line.")),
    (re.compile(r" contains a control character\.$"),
     lambda m: translate("AccountFormDialog", "Contains a control character.")),
    (re.compile(r" must be a whole number \(not .*\)\.$"),
     lambda m: translate("AccountFormDialog", "Must be a whole number.")),
    (re.compile(r" must be a number \(not .*\)\.$"),
     lambda m: translate("AccountFormDialog", "Must be a number, like 1,200 or 1200.50.")),
    (re.compile(r" must be from (\S+) to (\S+)\.$"),
     lambda m: translate("AccountFormDialog", "Must be from %1 to %2.")
     .replace("%1", m.group(1)).replace("%2", m.group(2))),
    (re.compile(r" must be (\S+) or more\.$"),
     lambda m: translate("AccountFormDialog", "Must be %1 or more.").replace("%1", m.group(1))),
    (re.compile(r" must be (\S+) or less\.$"),
     lambda m: translate("AccountFormDialog", "Must be %1 or less.").replace("%1", m.group(1))),
    (re.compile(r" must be one of "),
     lambda m: translate("AccountFormDialog", "Not one of the allowed values.")),
    (re.compile(r"^Website .* is not a web address"),
     lambda m: translate("AccountFormDialog", "Not a web address (like www.example.com).")),
    (re.compile(r"^Code .+ belongs to the deleted account " + _QUOTED + ";"),
     lambda m: translate("AccountFormDialog",
                         "Used by the deleted account %1: restore that account, or choose "
                         "another code.").replace("%1", m.group(1))),
    (re.compile(r"^Code .+ is already used by " + _QUOTED + r"\.$"),
     lambda m: translate("AccountFormDialog", "Already used by %1.").replace("%1", m.group(1))),
]


def error_text(message: str) -> str:
    """A service message about one field, worded for beside that field in the user's
    language (the service's own words when the kind is not known)."""
    for pattern, word in _ERRORS:
        match = pattern.search(message)
        if match:
            return word(match)
    return message


def _number_text(value: float | int | None, integer: bool) -> str:
    if value is None:
        return ""
    if integer or float(value).is_integer():
        return f"{int(value):,}"
    return f"{float(value):,.2f}"


class AccountFormDialog(QDialog):
    """Create an account (`record` None) or edit one. After `accepted`, `edit` holds what was
    saved (None when nothing changed)."""

    def __init__(self, db: Database, record: AccountRecord | None = None, *,
                 choices: Mapping[str, Sequence[str]] | None = None,
                 defaults: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountForm")
        self.db = db
        self.record = record
        self.edit: Edit | None = None
        choices = choices or {}
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}

        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.problem = QLabel()  # errors that belong to no field
        self.problem.setObjectName("formProblem")
        self.problem.setWordWrap(True)
        self._color_error(self.problem)
        self.problem.hide()

        for key in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(MAX_LENGTH[key])
            self.fields[key] = edit
        for key in CHOICE_FIELDS:
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems([str(v) for v in choices.get(key, ())])
            combo.lineEdit().setMaxLength(MAX_LENGTH[key])
            completer = QCompleter(combo.model(), combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
            combo.setCurrentIndex(-1)
            self.fields[key] = combo
        status = QComboBox()
        for value in STATUSES:
            status.addItem(labels.status_label(value), value)
        self.fields["status"] = status
        for key in NUMBER_FIELDS:
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.fields[key] = edit
        for key in RATING_FIELDS:
            rating = QComboBox()
            rating.addItem("—", None)
            for value in range(1, 6):
                rating.addItem(str(value), value)
            self.fields[key] = rating
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(70)
        self.fields["notes"] = notes
        for key, widget in self.fields.items():
            widget.setObjectName(f"field_{key}")

        self._identity = self._group(("code", "name", "status", "owner"))
        self._market = self._group(("industry", "segment", "region", "city", "address",
                                    "website"))
        self._company = self._group(NUMBER_FIELDS)
        self._ratings = self._group(RATING_FIELDS)
        self._notes = self._group(("notes",), labelled=False)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.addWidget(self._identity, 0, 0)
        grid.addWidget(self._market, 1, 0)
        grid.addWidget(self._company, 0, 1)
        grid.addWidget(self._ratings, 1, 1)
        grid.addWidget(self._notes, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self._fill(record, defaults or {})
        self._initial = self.raw_values()
        self.retranslate_ui()
        self.setMinimumWidth(760)
        (self.fields["name"] if record is not None else self.fields["code"]).setFocus()

    def _group(self, keys: Sequence[str], labelled: bool = True) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        # Labels stay beside their field when an error line opens below it.
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for key in keys:
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(self.fields[key])
            error = QLabel()
            error.setObjectName(f"error_{key}")
            error.setWordWrap(True)
            self._color_error(error)
            error.hide()
            column.addWidget(error)
            self.errors[key] = error
            if labelled:
                label = QLabel()
                label.setBuddy(self.fields[key])
                label.setMinimumHeight(self.fields[key].sizeHint().height())
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self._labels[key] = label
                form.addRow(label, holder)
            else:
                form.addRow(holder)
        return box

    @staticmethod
    def _color_error(label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
        label.setPalette(palette)

    # --- values --------------------------------------------------------------------------------

    def _fill(self, record: AccountRecord | None, defaults: Mapping[str, Any]) -> None:
        values: dict[str, Any] = dict(defaults) if record is None else record.values()
        values.setdefault("status", AccountStatus.ACTIVE.value)
        for key in ACCOUNT_FIELDS:
            self.set_value(key, values.get(key))

    def set_value(self, key: str, value: Any) -> None:
        """Put a stored value into its field (as the form shows it)."""
        widget = self.fields[key]
        if key in RATING_FIELDS or key == "status":
            assert isinstance(widget, QComboBox)
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif key in NUMBER_FIELDS:
            assert isinstance(widget, QLineEdit)
            widget.setText(_number_text(value, key == "company_size"))
        elif isinstance(widget, QComboBox):
            widget.setEditText("" if value is None else str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText("" if value is None else str(value))

    def raw_values(self) -> dict[str, Any]:
        """Every field as typed (text for text and numbers, the value for choices)."""
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if key in RATING_FIELDS or key == "status":
                out[key] = widget.currentData()  # type: ignore[attr-defined]
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentText()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            else:
                out[key] = widget.text()  # type: ignore[attr-defined]
        return out

    def changed_fields(self) -> list[str]:
        now = self.raw_values()
        return [key for key in ACCOUNT_FIELDS if now[key] != self._initial[key]]

    def is_dirty(self) -> bool:
        return bool(self.changed_fields())

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and write; True when saved (the dialog is then accepted)."""
        self.show_errors({})
        values = self.raw_values()
        try:
            if self.record is None:
                self.edit = create_account(self.db, values)
            else:
                changed = self.changed_fields()
                if not changed:
                    self.edit = None
                    super().accept()
                    return True
                current = self.record.values()
                self.edit = update_account(self.db, self.record.id,
                                           {k: values[k] for k in changed},
                                           expect={k: current[k] for k in changed})
        except FieldErrors as exc:
            self.show_errors(exc.errors)
            return False
        except KamError as exc:  # refused (changed meanwhile), deleted, database trouble
            messages.show_error(self, exc)
            return False
        super().accept()
        return True

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Show each message under its field (none: clear them all); focus the first."""
        first: QWidget | None = None
        for key in ACCOUNT_FIELDS:
            label = self.errors[key]
            message = errors.get(key)
            label.setText(error_text(message) if message else "")
            label.setVisible(bool(message))
            self._mark(self.fields[key], bool(message))
            if message and first is None:
                first = self.fields[key]
        rest = [error_text(m) for k, m in errors.items() if k not in self.errors]
        self.problem.setText("\n".join(rest))
        self.problem.setVisible(bool(rest))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark(self, widget: QWidget, invalid: bool) -> None:
        widget.setStyleSheet(f"border: 1px solid {ERROR_COLOR};" if invalid else "")

    def error_of(self, key: str) -> str:
        """The message shown under a field ("" when none)."""
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""

    def accept(self) -> None:  # Qt override: Enter in a field saves, like the Save button
        self.save()

    def reject(self) -> None:  # Qt override: Cancel, Esc and the close button come here
        if self.is_dirty() and not confirm_discard(self):
            return
        super().reject()

    # --- language ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        record = self.record
        if record is None:
            self.setWindowTitle(self.tr("New account"))
            self.heading.setText(self.tr("New account"))
        else:
            self.setWindowTitle(self.tr("Edit account"))
            self.heading.setText(self.tr("Edit %1 %2").replace("%1", record.code)
                                 .replace("%2", record.name))
        self._identity.setTitle(self.tr("Account"))
        self._market.setTitle(self.tr("Market and address"))
        self._company.setTitle(self.tr("The company"))
        self._ratings.setTitle(self.tr("Ratings (1–5, 5 best)"))
        self._notes.setTitle(self.tr("Notes"))
        names = {
            "code": self.tr("&Code:"),
            "name": self.tr("&Name:"),
            "status": self.tr("S&tatus:"),
            "owner": self.tr("Account &manager:"),
            "industry": self.tr("&Industry:"),
            "segment": self.tr("Se&gment:"),
            "region": self.tr("&Region:"),
            "city": self.tr("Cit&y:"),
            "address": self.tr("A&ddress:"),
            "website": self.tr("&Website:"),
            "company_size": self.tr("&Employees:"),
            "annual_revenue": self.tr("Annual re&venue:"),
            "company_profit": self.tr("Company &profit:"),
            "value_fit": self.tr("Value positioning &fit:"),
            "procurement_fit": self.tr("Pr&ocurement standards fit:"),
            "growth_potential": self.tr("Growth potentia&l:"),
            "influence": self.tr("Industry in&fluence:"),
        }
        for key, label in self._labels.items():
            label.setText(names[key])
        tips = {
            "code": self.tr("The customer code in your ERP. Unique; leading zeros are kept."),
            "value_fit": self.tr("How well our value proposition fits what this customer "
                                 "values (1 poor – 5 excellent)."),
            "procurement_fit": self.tr("How well we meet the customer's procurement standards "
                                       "(1 poor – 5 excellent)."),
            "growth_potential": self.tr("How much more this customer could buy from us "
                                        "(1 little – 5 a lot)."),
            "influence": self.tr("How much this customer's choices sway others in its "
                                 "industry (1 little – 5 a lot)."),
            "company_profit": self.tr("The customer's own yearly profit; may be negative."),
        }
        for key, tip in tips.items():
            self.fields[key].setToolTip(tip)
        placeholders = {
            "code": self.tr("Required, e.g. C001024"),
            "name": self.tr("Required: the company's full name"),
            "website": self.tr("www.example.com"),
            "company_size": self.tr("e.g. 1,200"),
            "annual_revenue": self.tr("e.g. 25,000,000"),
            "company_profit": self.tr("e.g. 1,500,000"),
        }
        for key, text in placeholders.items():
            self.fields[key].setPlaceholderText(text)  # type: ignore[attr-defined]
        self.fields["notes"].setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("Anything the team should know: contract dates, history, sensitivities"))
        status = self.fields["status"]
        assert isinstance(status, QComboBox)
        for i, value in enumerate(STATUSES):
            status.setItemText(i, labels.status_label(value))
        self.save_button.setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
