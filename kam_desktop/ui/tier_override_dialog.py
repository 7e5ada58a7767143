"""Set an account's tier by hand: the tier and a required reason.

An override wins over the computed tier until it is cleared; every result still shows both.
The dialog offers the policy's tiers but accepts any label (a manager may use a tier the
current policy does not have), and OK stays disabled until a tier and a reason are given.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

MAX_TIER_LENGTH = 32  # as the service stores it


class OverrideDialog(QDialog):
    def __init__(self, code: str, name: str, tiers: Sequence[str], current: str | None,
                 computed: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Override tier"))
        heading = QLabel(self.tr("Set the tier of %1 %2 by hand.").replace("%1", code)
                         .replace("%2", name))
        heading.setWordWrap(True)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        if computed:
            self.note.setText(self.tr(
                "The policy computes tier %1. The override wins until you clear it; the "
                "computed tier stays visible beside it."
            ).replace("%1", computed))
        else:
            self.note.setText(self.tr(
                "This account has not been classified yet. The override wins until you clear "
                "it."
            ))
        self.tier = QComboBox()
        self.tier.setObjectName("overrideTier")
        self.tier.setEditable(True)
        self.tier.addItems(list(dict.fromkeys(tiers)))
        self.tier.lineEdit().setMaxLength(MAX_TIER_LENGTH)
        if current:
            index = self.tier.findText(current)
            if index >= 0:
                self.tier.setCurrentIndex(index)
            else:
                self.tier.setEditText(current)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(self.tr(
            "Why is this account in this tier? For example: framework contract signed for "
            "next year, strategic reference customer."
        ))
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Tier:"), self.tier)
        form.addRow(self.tr("&Reason (required):"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Override"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.tier.editTextChanged.connect(self._update_ok)
        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(480, 300)

    def values(self) -> tuple[str, str]:
        return self.tier.currentText().strip(), self.reason.toPlainText().strip()

    def _update_ok(self) -> None:
        tier, reason = self.values()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(tier and reason))
