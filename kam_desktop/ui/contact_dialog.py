"""The contact form: every field of a contact, with the buying-center fields and reports-to.

The dialog saves through the service itself (`create_contact` / `update_contact`), so the
service's `FieldErrors` can be shown beside the fields they concern and the dialog stays open
until the contact is valid; a reports-to circle is one of those errors. After a save, `edit`
holds the service's `Edit` for the caller to put on the undo stack.

An edit sends only the fields the user changed, with their values as loaded as `expect`: a
change made meanwhile elsewhere (an import, an undo) to another field is kept, and one to the
same field is refused rather than silently overwritten.

Closing with unsaved changes asks first (`confirm_discard`, the one function a test patches).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from kam_desktop.models.enums import Attitude, BuyingRole
from kam_desktop.services.account_editing import get_account_record
from kam_desktop.services.contacts import (
    STRONG,
    ContactRecord,
    create_contact,
    get_contact,
    list_contacts,
    update_contact,
)
from kam_desktop.services.edits import Edit
from kam_desktop.services.validation import FieldErrors
from kam_desktop.storage.database import Database
from kam_desktop.ui import labels, messages

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

ERROR_COLOR = QColor("#b3261e")
TEXT_FIELDS = ("name", "title", "department", "phone", "mobile", "email", "wechat")
MAX_LENGTHS = {"name": 100, "title": 100, "department": 100, "phone": 50, "mobile": 50,
               "email": 200, "wechat": 100}


# --- translated names of the ratings (shared with the table, the map and the coverage) --------


def influence_label(value: int | None) -> str:
    """A 1–5 influence rating in words."""
    names = {
        1: translate("ContactLabels", "1 – very little say"),
        2: translate("ContactLabels", "2 – some say"),
        3: translate("ContactLabels", "3 – is heard"),
        4: translate("ContactLabels", "4 – strong say"),
        5: translate("ContactLabels", "5 – decides"),
    }
    return names.get(value or 0, translate("ContactLabels", "Not rated"))


def strength_label(value: int | None) -> str:
    """A 1–5 relationship strength in words; `STRONG` (3) and more count as strong."""
    names = {
        1: translate("ContactLabels", "1 – barely knows us"),
        2: translate("ContactLabels", "2 – acquainted"),
        3: translate("ContactLabels", "3 – good (strong)"),
        4: translate("ContactLabels", "4 – trusts us (strong)"),
        5: translate("ContactLabels", "5 – close ally (strong)"),
    }
    return names.get(value or 0, translate("ContactLabels", "Not rated"))


def contact_choice_text(contact: ContactRecord) -> str:
    """How a contact is offered in a reports-to list: name and title."""
    text = contact.name
    if contact.title:
        text += f" — {contact.title}"
    if contact.deleted_at is not None:
        text += " " + translate("ContactLabels", "(deleted)")
    return text


def confirm_discard(parent: QWidget | None) -> bool:
    """Ask before unsaved changes to a contact are lost; True to discard them."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ContactDialog", "Unsaved changes"))
    box.setText(translate("ContactDialog", "Discard your changes to this contact?"))
    discard = box.addButton(translate("ContactDialog", "Discard changes"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("ContactDialog", "Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is discard


class ContactDialog(QDialog):
    """Create a contact of `account_id` (`contact_id` None) or edit one."""

    def __init__(self, db: Database, account_id: str, contact_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.db = db
        self.account_id = account_id
        self.edit: Edit | None = None
        with db.unit_of_work() as uow:
            self.contact: ContactRecord | None = (
                get_contact(uow, contact_id) if contact_id else None)
            others = [c for c in list_contacts(uow, account_id, include_deleted=True)
                      if c.id != contact_id]
            account = get_account_record(uow, account_id)
        self.account_name = f"{account.code} {account.name}"
        current_manager = self.contact.reports_to_id if self.contact else None
        # Deleted contacts cannot be chosen as a manager, but a link to one is kept as it is.
        self.managers = [c for c in others if c.deleted_at is None or c.id == current_manager]

        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.general_error = self._error_label("general")

        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.form_labels: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(MAX_LENGTHS[name])
            self.inputs[name] = edit
        self.name: QLineEdit = self.inputs["name"]  # type: ignore[assignment]
        self.role = QComboBox()
        self.attitude = QComboBox()
        self.influence = QComboBox()
        self.strength = QComboBox()
        self.reports_to = QComboBox()
        self.active = QCheckBox()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.notes.setMaximumHeight(110)
        for name, widget in (("role", self.role), ("attitude", self.attitude),
                             ("influence", self.influence),
                             ("relationship_strength", self.strength),
                             ("reports_to_id", self.reports_to), ("active", self.active),
                             ("notes", self.notes)):
            self.inputs[name] = widget
        for name, widget in self.inputs.items():
            widget.setObjectName(f"contact_{name}")

        self.person_box = QGroupBox()
        self._form(self.person_box, ("name", "title", "department", "reports_to_id", "phone",
                                     "mobile", "email", "wechat"))
        self.center_box = QGroupBox()
        center = self._form(self.center_box, ("role", "attitude", "influence",
                                               "relationship_strength", "active"))
        self.strong_hint = QLabel()
        self.strong_hint.setObjectName("hint")
        self.strong_hint.setWordWrap(True)
        center.addRow(self.strong_hint)
        self.notes_box = QGroupBox()
        notes_layout = QVBoxLayout(self.notes_box)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self._error_for("notes"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.person_box, 0, 0, 2, 1)
        grid.addWidget(self.center_box, 0, 1)
        grid.addWidget(self.notes_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_error)
        layout.addLayout(grid, 1)
        layout.addWidget(self.buttons)

        self.retranslate_ui()
        self._load(self.contact)
        self._initial = self.values()
        self.name.setFocus()
        self.resize(max(self.sizeHint().width(), 720), self.sizeHint().height())

    # --- building ------------------------------------------------------------------------

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
        label.setPalette(palette)
        label.hide()
        return label

    def _error_for(self, name: str) -> QLabel:
        label = self._error_label(name)
        self.errors[name] = label
        return label

    def _form(self, box: QGroupBox, names: tuple[str, ...]) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(self.inputs[name])
            column.addWidget(self._error_for(name))
            label = QLabel()
            label.setBuddy(self.inputs[name])
            self.form_labels[name] = label
            form.addRow(label, cell)
        return form

    def _fill_combos(self) -> None:
        """(Re)fill the choice lists in the current language, keeping the choices made."""
        keep = {name: self._combo_value(name) for name in
                ("role", "attitude", "influence", "relationship_strength", "reports_to_id")
                } if self.role.count() else None
        self.role.clear()
        self.role.addItem(self.tr("No role"), None)
        for role in BuyingRole:
            self.role.addItem(labels.role_label(role.value), role.value)
        self.attitude.clear()
        for attitude in Attitude:
            self.attitude.addItem(labels.attitude_label(attitude.value), attitude.value)
        self.influence.clear()
        self.strength.clear()
        self.influence.addItem(influence_label(None), None)
        self.strength.addItem(strength_label(None), None)
        for value in range(1, 6):
            self.influence.addItem(influence_label(value), value)
            self.strength.addItem(strength_label(value), value)
        self.reports_to.clear()
        self.reports_to.addItem(self.tr("Nobody (top of the chart)"), None)
        for contact in self.managers:
            self.reports_to.addItem(contact_choice_text(contact), contact.id)
        if keep is not None:
            for name, value in keep.items():
                self._set_combo(name, value)

    def _combo(self, name: str) -> QComboBox:
        widget = self.inputs[name]
        assert isinstance(widget, QComboBox)
        return widget

    def _combo_value(self, name: str) -> Any:
        return self._combo(name).currentData()

    def _set_combo(self, name: str, value: Any) -> None:
        combo = self._combo(name)
        index = combo.findData(value)
        if index < 0 and value is not None:  # a value from a newer version or an import
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _load(self, contact: ContactRecord | None) -> None:
        values: dict[str, Any] = contact.values() if contact else {
            "attitude": Attitude.NEUTRAL.value, "active": True}
        for name in self.inputs:
            self.set_value(name, values.get(name, True if name == "active" else None))

    def set_value(self, name: str, value: Any) -> None:
        """Put a stored value (a role key, a contact id, a rating) into its field."""
        widget = self.inputs[name]
        if isinstance(widget, QLineEdit):
            widget.setText(value or "")
        elif isinstance(widget, QComboBox):
            self._set_combo(name, value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")

    def _line(self, name: str) -> QLineEdit:
        widget = self.inputs[name]
        assert isinstance(widget, QLineEdit)
        return widget

    # --- values and saving ---------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form as the service takes it (blank text is None)."""
        values: dict[str, Any] = {
            name: self._line(name).text().strip() or None for name in TEXT_FIELDS}
        for name in ("role", "attitude", "influence", "relationship_strength", "reports_to_id"):
            values[name] = self._combo_value(name)
        values["active"] = self.active.isChecked()
        values["notes"] = self.notes.toPlainText().strip() or None
        return values

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def error_text(self, name: str) -> str:
        """The message shown beside a field ("" when none), for tests and screen readers."""
        label = self.errors.get(name, self.general_error)
        return label.text() if not label.isHidden() else ""

    def show_errors(self, errors: dict[str, str]) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()
        other = []
        for name, message in errors.items():
            label = self.errors.get(name)
            if label is None:
                other.append(message)
                continue
            label.setText(message)
            label.show()
        if other:
            self.general_error.setText("\n".join(other))
            self.general_error.show()
        first = next((n for n in self.inputs if n in errors), None)
        if first is not None:
            self.inputs[first].setFocus()

    def save(self) -> bool:
        """Write the contact; True when saved (or nothing changed), False on invalid input."""
        values = self.values()
        try:
            if self.contact is None:
                self.edit = create_contact(self.db, self.account_id, values)
            else:
                changed = {k: v for k, v in values.items() if v != self._initial[k]}
                expect = {k: self._initial_stored(k) for k in changed}
                self.edit = update_contact(self.db, self.contact.id, changed, expect=expect)
        except FieldErrors as exc:
            self.show_errors(exc.errors)
            return False
        except KamError as exc:
            messages.show_error(self, exc)
            return False
        self.show_errors({})
        return True

    def _initial_stored(self, name: str) -> Any:
        """A field's value as loaded from the database (the form shows None as blank)."""
        assert self.contact is not None
        return self.contact.values()[name]

    def accept(self) -> None:  # Qt override: Save
        if self.save():
            super().accept()

    def reject(self) -> None:  # Qt override: Cancel, Esc and the close button
        if self.is_dirty() and not confirm_discard(self):
            return
        super().reject()

    # --- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        if self.contact is None:
            self.setWindowTitle(self.tr("New contact"))
            self.heading.setText(self.tr("New contact at %1").replace("%1", self.account_name))
        else:
            self.setWindowTitle(self.tr("Edit contact"))
            self.heading.setText(self.tr("%1 at %2").replace("%1", self.contact.name)
                                 .replace("%2", self.account_name))
        self.person_box.setTitle(self.tr("Person"))
        self.center_box.setTitle(self.tr("Buying center"))
        self.notes_box.setTitle(self.tr("Notes"))
        names: dict[str, Callable[[], str]] = {
            "name": lambda: self.tr("&Name:"),
            "title": lambda: self.tr("&Title:"),
            "department": lambda: self.tr("&Department:"),
            "reports_to_id": lambda: self.tr("&Reports to:"),
            "phone": lambda: self.tr("&Phone:"),
            "mobile": lambda: self.tr("&Mobile:"),
            "email": lambda: self.tr("&E-mail:"),
            "wechat": lambda: self.tr("&WeChat:"),
            "role": lambda: self.tr("R&ole:"),
            "attitude": lambda: self.tr("&Attitude:"),
            "influence": lambda: self.tr("&Influence:"),
            "relationship_strength": lambda: self.tr("Relationship &strength:"),
            "active": lambda: self.tr("Status:"),
        }
        for name, label in self.form_labels.items():
            label.setText(names[name]())
        self.active.setText(self.tr("Active (still works with us)"))
        self.strong_hint.setText(self.tr(
            "A relationship strength of %1 or more counts as strong: it covers the contact's "
            "buying-center role.").replace("%1", str(STRONG)))
        self.name.setPlaceholderText(self.tr("Required"))
        self._line("email").setPlaceholderText(self.tr("name@example.com"))
        self._line("phone").setPlaceholderText(self.tr("+86 21 6123 4567"))
        self.notes.setPlaceholderText(self.tr("What matters to this person, how to reach them…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fill_combos()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["ContactDialog", "confirm_discard", "contact_choice_text", "influence_label",
           "strength_label"]
