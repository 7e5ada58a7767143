"""The first-run dialog: no database yet — start empty, explore the demo, or open a file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.ui import icons
from kam_desktop.ui.file_dialogs import ask_existing_database


class FirstRunAction(StrEnum):
    EMPTY = "empty"
    DEMO = "demo"
    OPEN = "open"
    QUIT = "quit"


@dataclass(frozen=True)
class FirstRunChoice:
    action: FirstRunAction
    path: Path  # the database to create, or the existing file chosen to open


class FirstRunDialog(QDialog):
    """Offers the ways to start when the database file does not exist."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.db_path = Path(db_path)
        self.choice = FirstRunChoice(FirstRunAction.QUIT, self.db_path)
        self.setWindowIcon(icons.app_icon())
        self.setMinimumWidth(660)

        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(64, 64))
        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.intro)
        top.addLayout(text, 1)

        self.empty_button = QCommandLinkButton()
        self.empty_button.setObjectName("createEmpty")
        self.demo_button = QCommandLinkButton()
        self.demo_button.setObjectName("openDemo")
        self.open_button = QCommandLinkButton()
        self.open_button.setObjectName("openExisting")
        self.empty_button.clicked.connect(lambda: self._choose(FirstRunAction.EMPTY))
        self.demo_button.clicked.connect(lambda: self._choose(FirstRunAction.DEMO))
        self.open_button.clicked.connect(self._choose_file)

        self.buttons = QDialogButtonBox()
        self.quit_button = QPushButton()
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.empty_button)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for button in (self.empty_button, self.demo_button, self.open_button):
            policy = button.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)
            button.setSizePolicy(policy)
        self.empty_button.setDefault(True)
        self.empty_button.setFocus()
        self.retranslate_ui()

    def fit_to_contents(self) -> None:
        """Take the height the wrapped descriptions need at the current width.

        Command link buttons report a size hint for a narrow width; at the dialog's real width
        they need less, which would otherwise leave an empty band at the bottom.
        """
        height = max(self.heightForWidth(self.width()), self.minimumSizeHint().height())
        self.resize(self.width(), height)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self.fit_to_contents()

    def _choose(self, action: FirstRunAction, path: Path | None = None) -> None:
        self.choice = FirstRunChoice(action, path or self.db_path)
        self.accept()

    def _choose_file(self) -> None:
        path = ask_existing_database(self)
        if path is not None:
            self._choose(FirstRunAction.OPEN, path)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to KAM Desktop"))
        self.heading.setText(self.tr("Welcome to KAM Desktop"))
        self.intro.setText(
            self.tr("There is no database at %1 yet. How would you like to start?").replace(
                "%1", str(self.db_path)
            )
        )
        self.empty_button.setText(self.tr("Create an empty database"))
        self.empty_button.setDescription(
            self.tr("Start with your own portfolio: import it from your ERP's Excel exports or "
                    "add accounts one by one.")
        )
        self.demo_button.setText(self.tr("Open the demo portfolio"))
        self.demo_button.setDescription(
            self.tr("300 fictitious accounts with contacts, sales, visits and surveys, to "
                    "explore KAM Desktop. You can start a real database later.")
        )
        self.open_button.setText(self.tr("Open an existing database…"))
        self.open_button.setDescription(
            self.tr("A KAM Desktop database file from a colleague, a backup or another folder.")
        )
        self.quit_button.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def ask_first_run(db_path: Path, parent: QWidget | None = None) -> FirstRunChoice:
    """Show the first-run dialog modally (the one function tests patch)."""
    dialog = FirstRunDialog(db_path, parent)
    dialog.exec()
    return dialog.choice
