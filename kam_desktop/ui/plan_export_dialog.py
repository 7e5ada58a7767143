"""The questions around a plan PDF: which language and paper, where to save it, and what to do
with the file afterwards.

Each modal question is one function a test patches: `ask_plan_pdf` (the "Save plan as PDF"
dialog), `ask_pdf_file` and `ask_folder` (the system's file dialogs), `offer_open` (after a
single PDF is written). The last choices (language, paper, folder) are remembered in the
settings; the PDF language starts as the app's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import settings
from kam_desktop.services.plan_export import PdfOptions
from kam_desktop.services.plan_lookup import PlanTarget
from kam_desktop.ui import i18n, style

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

# Each language is named in itself, so it is found whatever the UI language (as in Settings).
LANGUAGE_NAMES = {"en": "English", "zh": "中文"}
PAPERS = ("a4", "letter")
MUTED = style.MUTED
ERROR = "#b3261e"
# Shared by the plan dialogs and the Plans page (set on each, not on the whole app).
PLAN_STYLE = f"""
QLabel#fileNote {{ color: {MUTED}; }}
QLabel#fileNote[tone="error"] {{ color: {ERROR}; }}
QFrame#resultBar {{
    border-radius: 6px;
    border: 1px solid #a9d8b4;
    background: #edf8f0;
}}
QFrame#resultBar[tone="info"] {{
    border-color: #b9d3ee;
    background: #eef5fc;
}}
"""


# --- remembered choices ----------------------------------------------------------------------

def app_pdf_language() -> str:
    """The PDF language that matches the app's language."""
    return "zh" if i18n.current_language() == "zh_CN" else "en"


def remembered_options() -> PdfOptions:
    """The last language and paper chosen; the app's language until one was chosen."""
    current = settings.current()
    return PdfOptions(lang=current.plan_pdf_language or app_pdf_language(),
                      paper=current.plan_pdf_paper)


def remember_options(options: PdfOptions, *, folder: Path | None = None,
                     merged: bool | None = None) -> None:
    changes: dict[str, object] = {"plan_pdf_language": options.lang,
                                  "plan_pdf_paper": options.paper}
    if folder is not None:
        changes["plan_export_folder"] = str(folder)
    if merged is not None:
        changes["plan_export_merged"] = merged
    settings.store().update(**changes)


def export_folder() -> Path:
    """The folder of the last export, else the user's Documents folder (else home)."""
    remembered = settings.current().plan_export_folder
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


# --- choosers --------------------------------------------------------------------------------

class LanguageCombo(QComboBox):
    """English / 中文, for the PDF (not the app)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfLanguage")
        for key, name in LANGUAGE_NAMES.items():
            self.addItem(name, key)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, lang: str) -> None:
        index = self.findData(lang)
        if index >= 0:
            self.setCurrentIndex(index)


class PaperCombo(QComboBox):
    """A4 / US Letter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPaper")
        for key in PAPERS:
            self.addItem("", key)
        self.retranslate_ui()

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, paper: str) -> None:
        index = self.findData(paper)
        if index >= 0:
            self.setCurrentIndex(index)

    def retranslate_ui(self) -> None:
        names = {"a4": self.tr("A4"), "letter": self.tr("US Letter")}
        tips = {"a4": self.tr("210 × 297 mm"), "letter": self.tr("8.5 × 11 in")}
        for row in range(self.count()):
            key = str(self.itemData(row))
            self.setItemText(row, names[key])
            self.setItemData(row, tips[key], Qt.ItemDataRole.ToolTipRole)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# --- save one plan as PDF --------------------------------------------------------------------

class PlanPdfDialog(QDialog):
    """Language, paper and file for one account's plan. `chosen()` after it is accepted."""

    def __init__(self, target: PlanTarget, path: Path, options: PdfOptions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPdfDialog")
        self.setStyleSheet(PLAN_STYLE)
        self.target = target
        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.about = QLabel()
        self.about.setObjectName("hint")
        self.about.setWordWrap(True)

        self.language = LanguageCombo()
        self.language.set_value(options.lang)
        self.paper = PaperCombo()
        self.paper.set_value(options.paper)
        self.file_edit = QLineEdit(str(path))
        self.file_edit.setObjectName("pdfFile")
        self.file_edit.setMinimumWidth(420)
        self.file_edit.textChanged.connect(self._check_file)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.setSpacing(6)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse)

        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.paper_label = QLabel()
        self.paper_label.setBuddy(self.paper)
        self.file_label = QLabel()
        self.file_label.setBuddy(self.file_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.language_label, self.language)
        form.addRow(self.paper_label, self.paper)
        form.addRow(self.file_label, file_row)
        self.file_note = QLabel()
        self.file_note.setObjectName("fileNote")
        self.file_note.setWordWrap(True)
        self.file_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.file_note.hide()
        form.addRow("", self.file_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._check_file()

    def options(self) -> PdfOptions:
        return PdfOptions(lang=self.language.value(), paper=self.paper.value())

    def path(self) -> Path | None:
        """The file to write (with `.pdf`), or None when the field is blank."""
        text = self.file_edit.text().strip()
        return with_pdf_suffix(Path(text).expanduser()) if text else None

    def chosen(self) -> tuple[Path, PdfOptions] | None:
        path = self.path()
        return (path, self.options()) if path is not None else None

    def _problem(self) -> str | None:
        path = self.path()
        if path is None:
            return self.tr("Choose where to save the PDF.")
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        if path.is_dir():
            return self.tr("%1 is a folder; add a file name.").replace("%1", str(path))
        return None

    def _check_file(self) -> None:
        problem = self._problem()
        path = self.path()
        if problem is None and path is not None and path.exists():
            self.file_note.setProperty("tone", "info")
            self.file_note.setText(self.tr("This file exists and will be replaced."))
        else:
            self.file_note.setProperty("tone", "error")
            self.file_note.setText(problem or "")
        self.file_note.style().unpolish(self.file_note)
        self.file_note.style().polish(self.file_note)
        self.file_note.setVisible(bool(self.file_note.text()))

    def _browse(self) -> None:
        start = self.path() or export_folder()
        chosen = ask_pdf_file(self, start)
        if chosen is not None:
            self.file_edit.setText(str(chosen))

    def accept(self) -> None:  # Qt override: refuse with the reason shown next to the field
        self._check_file()
        if self._problem() is not None:
            self.file_edit.setFocus()
            return
        super().accept()

    def retranslate_ui(self) -> None:
        target = self.target
        self.setWindowTitle(self.tr("Save account plan as PDF"))
        self.heading.setText(f"{target.code} · {target.name}")
        if target.plan_id is not None:
            self.about.setText(self.tr("The account plan for %1.").replace("%1", target.period))
        else:
            self.about.setText(self.tr(
                "There is no plan for %1 yet: the PDF shows the account's profile, figures and "
                "contacts, and says so in each plan section.").replace("%1", target.period))
        self.language_label.setText(self.tr("&Language:"))
        self.paper_label.setText(self.tr("&Paper:"))
        self.file_label.setText(self.tr("&Save as:"))
        self.browse.setText(self.tr("&Browse…"))
        self._check_file()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def ask_plan_pdf(parent: QWidget | None, target: PlanTarget, path: Path,
                 options: PdfOptions) -> tuple[Path, PdfOptions] | None:
    """Ask language, paper and file for one plan; None when cancelled."""
    dialog = PlanPdfDialog(target, path, options, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
    finally:
        dialog.deleteLater()


# --- file dialogs and results ----------------------------------------------------------------

def ask_pdf_file(parent: QWidget | None, start: Path) -> Path | None:
    """The system's save dialog for a PDF; None when cancelled. Adds `.pdf` when missing."""
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("PlanExportDialog", "Save PDF as"), str(start),
        translate("PlanExportDialog", "PDF documents (*.pdf)"),
    )
    return with_pdf_suffix(Path(path)) if path else None


def ask_folder(parent: QWidget | None, start: Path) -> Path | None:
    """The system's folder chooser; None when cancelled."""
    path = QFileDialog.getExistingDirectory(
        parent, translate("PlanExportDialog", "Choose the folder for the PDFs"), str(start))
    return Path(path) if path else None


def open_path(path: Path) -> bool:
    """Open a file or folder with the system's program for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def offer_open(parent: QWidget | None, path: Path) -> None:
    """Say where the PDF was saved and offer to open it or its folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("PlanExportDialog", "PDF saved"))
    box.setText(translate("PlanExportDialog", "The account plan was saved as %1.")
                .replace("%1", path.name))
    box.setInformativeText(str(path.parent))
    open_file = box.addButton(translate("PlanExportDialog", "&Open PDF"),
                              QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(translate("PlanExportDialog", "Show in &folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_file)
    box.exec()
    if box.clickedButton() is open_file:
        open_path(path)
    elif box.clickedButton() is open_folder:
        open_path(path.parent)
