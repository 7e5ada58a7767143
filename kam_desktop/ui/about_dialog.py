"""Help ▸ About: name, version, what the program is for, and what it is built with."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import kam_desktop
from kam_desktop.ui import icons


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowIcon(icons.app_icon())
        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(96, 96))
        self.name = QLabel("KAM Desktop")
        self.name.setObjectName("dialogHeading")
        self.version = QLabel()
        self.version.setObjectName("aboutVersion")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.credits = QLabel()
        self.credits.setObjectName("hint")
        self.credits.setWordWrap(True)
        self.credits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.name)
        text.addWidget(self.version)
        text.addSpacing(6)
        text.addWidget(self.description)
        text.addWidget(self.credits)
        text.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About KAM Desktop"))
        self.version.setText(self.tr("Version %1").replace("%1", kam_desktop.__version__))
        self.description.setText(
            self.tr("Offline-first key account management for account managers: your "
                    "portfolio, its tiers, contacts and buying centers, visits, satisfaction "
                    "surveys and account plans — on your own computer, in English and Chinese.")
        )
        self.credits.setText(
            self.tr("Built with Python %1, Qt %2 (PySide6 %3), SQLite and pandas. Chinese font: "
                    "WenQuanYi Micro Hei (Apache License 2.0).")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", PySide6.__version__)
        )

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def show_about(parent: QWidget | None) -> None:
    """Show the About box modally (the one function tests patch)."""
    AboutDialog(parent).exec()
