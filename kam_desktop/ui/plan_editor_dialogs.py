"""The plan tab's questions: unsaved changes (Save / Discard / Cancel) and a new plan's period.

Each is one module-level function, so tests patch exactly the function that would block.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.plan_editing import parse_period

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate


def ask_save_changes(parent: QWidget | None, period: str) -> str:
    """Ask what to do with unsaved changes of the plan for `period`: SAVE, DISCARD or CANCEL."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("PlanDialogs", "Unsaved changes"))
    box.setText(translate("PlanDialogs", "The plan for %1 has unsaved changes.")
                .replace("%1", period))
    box.setInformativeText(translate("PlanDialogs", "Save them before you go on?"))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    answer = box.exec()
    if answer == buttons.Save:
        return SAVE
    if answer == buttons.Discard:
        return DISCARD
    return CANCEL


class NewPlanDialog(QDialog):
    """Period (checked as typed) and owner of a new plan."""

    def __init__(self, period: str, owner: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PlanDialogs", "New account plan"))
        self.period = QLineEdit(period)
        self.period.setObjectName("newPlanPeriod")
        self.period.setMaxLength(32)
        self.owner = QLineEdit(owner or "")
        self.owner.setObjectName("newPlanOwner")
        self.owner.setMaxLength(100)
        self.hint = QLabel(translate("PlanDialogs", "A year like 2026, a half year like "
                                     "2026-H1, or a quarter like 2026-Q3. One plan per period."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("PlanDialogs", "&Period"), self.period)
        form.addRow("", self.hint)
        form.addRow(translate("PlanDialogs", "&Owner"), self.owner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("PlanDialogs", "Create plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.period.textChanged.connect(self._check)
        self.setMinimumWidth(420)
        self._check()

    def _check(self) -> None:
        ok = parse_period(self.period.text()) is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str | None]:
        owner = self.owner.text().strip()
        return self.period.text().strip(), owner or None


def ask_new_plan(parent: QWidget | None, period: str, owner: str | None
                 ) -> tuple[str, str | None] | None:
    """The period and owner for a new plan, or None if cancelled."""
    dialog = NewPlanDialog(period, owner, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
    finally:
        dialog.deleteLater()
