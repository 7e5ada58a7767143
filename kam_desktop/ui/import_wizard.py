"""The import wizard: file and kind → sheet → mapping → check → import → summary.

A dialog with a stack of pages rather than a `QWizard`: three steps run background work whose
end decides the buttons (a read, a dry run, the import with its own Cancel), the import step
must not be left while it writes, and the summary has no way back. Each page says whether it is
complete and busy (`WizardPage`); the dialog turns that into Back / Next / Import / Close.

Nothing is written before the import step. After the import (and after an undo from the summary)
the wizard emits `data_changed` with what changed, for the main window to pass on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, icons
from kam_desktop.ui.import_mapping_page import MappingPage
from kam_desktop.ui.import_result_pages import CheckPage, RunPage, SummaryPage
from kam_desktop.ui.import_source_pages import FilePage, SheetPage
from kam_desktop.ui.import_state import WizardPage, WizardState
from kam_desktop.ui.import_widgets import IMPORT_STYLE
from kam_desktop.ui.style import ACCENT

STEP_KEYS = ("file", "sheet", "mapping", "check", "run", "summary")
SIZE = (1040, 720)


class ImportWizard(QDialog):
    """Import one file into `db` (see the module docstring)."""

    data_changed = Signal(object)  # changes.Changes

    def __init__(self, db: Database, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowIcon(icons.app_icon())
        self.setStyleSheet(IMPORT_STYLE)
        self.setSizeGripEnabled(True)
        self.state = WizardState(db)
        self._close_when_done = False

        self.file_page = FilePage(self.state)
        self.sheet_page = SheetPage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.check_page = CheckPage(self.state)
        self.run_page = RunPage(self.state)
        self.summary_page = SummaryPage(self.state)
        self.pages: list[WizardPage] = [
            self.file_page, self.sheet_page, self.mapping_page, self.check_page,
            self.run_page, self.summary_page,
        ]
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
            page.changed.connect(self._update_buttons)
        self.run_page.finished.connect(self._on_import_finished)
        self.summary_page.undone.connect(self._on_undone)

        self.title_label = QLabel()
        self.title_label.setObjectName("wizardTitle")
        self.steps_label = QLabel()
        self.steps_label.setObjectName("stepsLabel")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        header = QFrame()
        header.setObjectName("wizardHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(20, 14, 20, 12)
        header_layout.setSpacing(4)
        header_layout.addWidget(self.steps_label)
        header_layout.addWidget(self.title_label)

        self.back_button = QPushButton()
        self.back_button.setObjectName("wizardBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("wizardNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("wizardCancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(20, 10, 20, 14)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.cancel_button)

        body = QVBoxLayout()
        body.setContentsMargins(20, 14, 20, 0)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.resize(*SIZE)
        self.retranslate_ui()
        if path is not None:
            self.file_page.set_path(path)
        self._update_buttons()

    # --- navigation ------------------------------------------------------------------------

    def current_key(self) -> str:
        return STEP_KEYS[self.stack.currentIndex()]

    def current_page(self) -> WizardPage:
        return self.pages[self.stack.currentIndex()]

    def next(self) -> None:
        """Go to the next step (on the check: import; on the summary: close)."""
        page = self.current_page()
        if not page.is_complete() or page.is_busy():
            return
        if self.current_key() == "summary":
            self.accept()
            return
        self._show(self.stack.currentIndex() + 1)
        self.current_page().enter()
        self._update_buttons()

    def back(self) -> None:
        if self._can_go_back():
            self._show(self.stack.currentIndex() - 1)

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._update_header()
        self._update_buttons()

    def _can_go_back(self) -> bool:
        key = self.current_key()
        if key in ("file", "summary") or self.current_page().is_busy():
            return False
        return not (key == "run" and self.run_page.succeeded())

    def _update_buttons(self) -> None:
        key = self.current_key()
        page = self.current_page()
        self.back_button.setVisible(key != "summary")
        self.back_button.setEnabled(self._can_go_back())
        self.next_button.setVisible(key != "run")
        self.next_button.setEnabled(page.is_complete() and not page.is_busy())
        if key == "check":
            self.next_button.setText(self.tr("&Import"))
        elif key == "summary":
            self.next_button.setText(self.tr("&Close"))
        else:
            self.next_button.setText(self.tr("&Next >"))
        self.cancel_button.setVisible(key != "summary")
        self.cancel_button.setText(self.tr("Close") if key == "run" and not page.is_busy()
                                   else self.tr("Cancel"))

    # --- outcomes --------------------------------------------------------------------------

    def _on_import_finished(self, imported: bool) -> None:
        if imported:
            self.data_changed.emit(changes.of_import(self.state.kind))
        if self._close_when_done:  # closed while importing: close now that it ended
            if imported:
                self.accept()
            else:
                super().reject()
            return
        if imported and self.current_key() == "run":
            self._show(STEP_KEYS.index("summary"))
            self.summary_page.enter()
            self.next_button.setFocus()
        self._update_buttons()

    def _on_undone(self, _undo: object) -> None:
        self.data_changed.emit(changes.of_import(self.state.kind))
        self._update_buttons()

    def reject(self) -> None:  # Qt override: Cancel, Escape, the window's close button
        if self.run_page.is_busy():
            # Never leave an import running behind a closed window: cancel it, close after.
            self._close_when_done = True
            self.run_page.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.run_page.is_busy():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        # Enter in a drop-down or a table must not press "Import".
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.current_key() in ("check", "run"):
            event.ignore()
            return
        super().keyPressEvent(event)

    # --- language --------------------------------------------------------------------------

    def step_label(self, key: str) -> str:
        names = {
            "file": self.tr("File"),
            "sheet": self.tr("Sheet"),
            "mapping": self.tr("Mapping"),
            "check": self.tr("Check"),
            "run": self.tr("Import"),
            "summary": self.tr("Summary"),
        }
        return names[key]

    def _update_header(self) -> None:
        current = self.stack.currentIndex()
        parts = []
        for index, key in enumerate(STEP_KEYS):
            text = f"{index + 1}. {self.step_label(key)}"
            if index == current:
                text = f"<span style='color:{ACCENT}; font-weight:600'>{text}</span>"
            elif index > current:
                text = f"<span style='color:#a0a9b5'>{text}</span>"
            parts.append(text)
        self.steps_label.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))
        self.title_label.setText(self.current_page().title())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a file"))
        self.back_button.setText(self.tr("< &Back"))
        self._update_header()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
