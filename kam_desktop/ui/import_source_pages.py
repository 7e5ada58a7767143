"""The wizard's first two steps: the file and its kind, then the sheet and the found table.

Reading a file can take a second or more and a hostile one must not take the window down, so
`inspect_file` (which reads in a child process) runs on a worker through `Op`; its result, or
the reason the file cannot be read, is shown on the page, and the user can pick another sheet
or go back for another file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.errors import ImportFileError
from kam_desktop.services.importing.fields import ImportKindName
from kam_desktop.services.importing.pipeline import Inspection, inspect_file
from kam_desktop.services.importing.profiles import Profile, list_profiles
from kam_desktop.services.importing.table import SourceTable
from kam_desktop.services.importing.workbook import SheetInfo
from kam_desktop.storage.database import Database
from kam_desktop.ui import formatting, import_dialogs, import_labels, messages
from kam_desktop.ui.import_models import SourcePreviewModel
from kam_desktop.ui.import_state import WizardPage, WizardState
from kam_desktop.ui.import_widgets import MessagePanel, make_table_view
from kam_desktop.ui.operations import Op, report_failure

# Words in a file name that give its kind away (checked in this order: "客户联系人" is contacts,
# "客户销售明细" is sales, only "客户" alone is customers).
_KIND_WORDS: tuple[tuple[ImportKindName, tuple[str, ...]], ...] = (
    (ImportKindName.CONTACTS, ("联系人", "contact")),
    (ImportKindName.RECEIVABLES, ("应收", "账龄", "receivable", "invoice", "发票")),
    (ImportKindName.SALES, ("销售", "出库", "订单", "sales", "order")),
    (ImportKindName.ACCOUNTS, ("客户", "customer", "account")),
)


def guess_kind(path: Path) -> ImportKindName | None:
    """The kind a file name suggests (`2024年销售明细.xlsx` → sales), or None."""
    name = path.stem.lower()
    for kind, words in _KIND_WORDS:
        if any(word in name for word in words):
            return kind
    return None


def file_key(path: Path | None) -> tuple[str, int, int] | None:
    """Identifies a file's content well enough to re-read it after it was changed."""
    if path is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), stat.st_mtime_ns, stat.st_size)


def user_error_text(exc: BaseException) -> tuple[str, str] | None:
    """(heading, detail) for a user error, None for a bug."""
    if isinstance(exc, ImportFileError):
        return import_labels.file_error_heading(exc.code), str(exc)
    error = messages.as_user_error(exc)
    if error is None:
        return None
    return messages.error_heading(error), str(error)


class FilePage(WizardPage):
    """Step 1: which file, and what it holds."""

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importFilePage")
        self.file_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(self._on_path_edited)
        self.file_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.path_problem = QLabel()
        self.path_problem.setObjectName("missingMapping")
        self.path_problem.setWordWrap(True)

        self.kind_label = QLabel()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[ImportKindName, QRadioButton] = {}
        self.kind_notes: dict[ImportKindName, QLabel] = {}
        kinds = QGridLayout()
        kinds.setHorizontalSpacing(16)
        kinds.setVerticalSpacing(6)
        for row, kind in enumerate(import_labels.KINDS):
            button = QRadioButton()
            button.toggled.connect(lambda on, k=kind: self._on_kind_toggled(k, on))
            note = QLabel()
            note.setObjectName("hint")
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            self.kind_notes[kind] = note
            kinds.addWidget(button, row, 0)
            kinds.addWidget(note, row, 1)
        kinds.setColumnStretch(1, 1)
        self.kind_buttons[state.kind].setChecked(True)

        self.safety_note = QLabel()
        self.safety_note.setObjectName("hint")
        self.safety_note.setWordWrap(True)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.file_label)
        layout.addLayout(path_row)
        layout.addWidget(self.path_problem)
        layout.addSpacing(12)
        layout.addWidget(self.kind_label)
        layout.addLayout(kinds)
        layout.addStretch(1)
        layout.addWidget(self.safety_note)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Choose the file and what it holds")

    def set_path(self, path: Path) -> None:
        """Show `path` and preselect the kind its name suggests."""
        self.path_edit.setText(str(path))

    def browse(self) -> None:
        start = self.state.path.parent if self.state.path is not None else None
        path = import_dialogs.ask_import_file(self, start)
        if path is not None:
            self.set_path(path)

    def set_kind(self, kind: ImportKindName) -> None:
        self.kind_buttons[kind].setChecked(True)

    def _on_path_edited(self, text: str) -> None:
        text = text.strip().strip('"')
        path = Path(text) if text else None
        if path is not None and path != self.state.path:
            guessed = guess_kind(path)
            if guessed is not None:
                self.set_kind(guessed)
        self.state.path = path
        self._update_problem()
        self.changed.emit()

    def _on_kind_toggled(self, kind: ImportKindName, on: bool) -> None:
        if on:
            self.state.kind = kind
            self.changed.emit()

    def _problem(self) -> str:
        path = self.state.path
        if path is None:
            return ""
        if not import_dialogs.is_importable(path):
            return self.tr("Choose an Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or CSV "
                           "file.")
        if not path.is_file():
            return self.tr("There is no file %1.").replace("%1", str(path))
        return ""

    def _update_problem(self) -> None:
        problem = self._problem()
        self.path_problem.setText(problem)
        self.path_problem.setVisible(bool(problem))

    def is_complete(self) -> bool:
        return self.state.path is not None and not self._problem()

    def retranslate_ui(self) -> None:
        self.file_label.setText(self.tr("&File:"))
        self.path_edit.setPlaceholderText(
            self.tr("An ERP export (.xlsx, .xls, .ods, .csv); you can also drop it on the "
                    "main window")
        )
        self.browse_button.setText(self.tr("&Browse…"))
        self.kind_label.setText(self.tr("What does the file hold?"))
        for kind, button in self.kind_buttons.items():
            button.setText(import_labels.kind_label(kind))
            self.kind_notes[kind].setText(import_labels.kind_description(kind))
        self.safety_note.setText(self.tr(
            "Nothing is written before the last step. The database is backed up before the "
            "import, and every import can be undone from the Import page."
        ))
        self._update_problem()


class SheetPage(WizardPage):
    """Step 2: the sheet, where its table starts, and its first rows."""

    loaded = Signal()  # after each read, whether it worked or not

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importSheetPage")
        self._key: tuple[object, ...] | None = None  # file and kind of the shown inspection
        self._generation = 0
        self._busy = False
        self._sheets: list[SheetInfo] = []  # the file's sheets (kept when a sheet fails)
        self.op: Op[tuple[Inspection, list[Profile]]] | None = None

        self.sheet_label = QLabel()
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_combo.setMinimumContentsLength(16)
        self.sheet_combo.activated.connect(self._on_sheet_chosen)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.found_label = QLabel()
        self.found_label.setObjectName("foundLabel")
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(240)
        self.busy_bar.setTextVisible(False)
        self.error = MessagePanel()
        self.preview_label = QLabel()
        self.preview_label.setObjectName("hint")
        self.preview_model = SourcePreviewModel(self)
        self.preview = make_table_view(self.preview_model, stretch_last=False)
        self.preview.setObjectName("previewTable")
        self.preview.setSelectionMode(self.preview.SelectionMode.NoSelection)

        top = QHBoxLayout()
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo)
        top.addSpacing(16)
        top.addWidget(self.found_label, 1)
        top.addWidget(self.busy_label)
        top.addWidget(self.busy_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addStretch(0)  # takes the room when there is no preview
        self._show_busy(False)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Check the sheet and the table found in it")

    # --- reading ---------------------------------------------------------------------------

    def enter(self) -> None:
        key = (file_key(self.state.path), self.state.kind)
        if key != self._key:
            self._key = key
            self.state.sheet = None
            self._sheets = []
            self.inspect()

    def inspect(self) -> Op[tuple[Inspection, list[Profile]]] | None:
        """Read the file (the chosen sheet) on a worker thread; the newest request wins."""
        path, kind, sheet, db = self.state.path, self.state.kind, self.state.sheet, self.state.db
        if path is None:
            return None
        self._generation += 1
        generation = self._generation
        self.state.inspection = None
        self.error.clear()
        self._show_preview(None)
        self.found_label.clear()
        self.busy_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._show_busy(True)
        self.changed.emit()

        def done(result: tuple[Inspection, list[Profile]]) -> None:
            if generation == self._generation:
                self._show_inspection(*result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show_failure(exc)

        self.op = Op(parent=self, run=lambda _p, _c: read_file(db, kind, path, sheet),
                     done=done, failed=failed).start()
        return self.op

    def _show_inspection(self, inspection: Inspection, profiles: list[Profile]) -> None:
        self.state.inspection = inspection
        self.state.profiles = profiles
        self._sheets = list(inspection.sheets)
        self._fill_sheets(inspection.table.sheet)
        table = inspection.table
        self._show_preview(table)
        self._describe_table()
        if not len(table.data):
            self.error.show_message(
                self.tr("The table has no rows of data."),
                self.tr("Choose another sheet, or go back and choose another file."),
                "warning",
            )
        self._finish()

    def _show_failure(self, exc: BaseException) -> None:
        text = user_error_text(exc)
        if text is None:  # a bug: the crash dialog, and the page says it could not read
            report_failure(self, exc)
            text = (import_labels.file_error_heading(""), "")
        heading, detail = text
        hint = self.tr("Choose another sheet, or go back and choose another file.") \
            if len(self._sheets) > 1 else self.tr("Go back and choose another file.")
        self.error.show_message(heading, f"{detail}\n\n{hint}" if detail else hint)
        self._fill_sheets(self.state.sheet)
        self._finish()

    def _finish(self) -> None:
        self._show_busy(False)
        self.changed.emit()
        self.loaded.emit()

    def _show_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self.sheet_combo.setEnabled(not busy and bool(self._sheets))

    def _fill_sheets(self, current: str | None) -> None:
        self.sheet_combo.clear()
        for info in self._sheets:
            text = info.name if info.visible else self.tr("%1 (hidden)").replace("%1", info.name)
            self.sheet_combo.addItem(text, info.name)
        index = self.sheet_combo.findData(current) if current is not None else -1
        self.sheet_combo.setCurrentIndex(index)
        self.sheet_combo.setEnabled(not self._busy and bool(self._sheets))
        self.sheet_label.setVisible(bool(self._sheets))
        self.sheet_combo.setVisible(bool(self._sheets))

    def _on_sheet_chosen(self, index: int) -> None:
        name = self.sheet_combo.itemData(index)
        inspection = self.state.inspection
        if name is None or (inspection is not None and inspection.table.sheet == name):
            return
        self.state.sheet = name
        self.inspect()

    def choose_sheet(self, name: str) -> Op[tuple[Inspection, list[Profile]]] | None:
        """Read another sheet, as choosing it in the combo does."""
        index = self.sheet_combo.findData(name)
        if index < 0:
            raise KeyError(name)
        self.sheet_combo.setCurrentIndex(index)
        self.state.sheet = name
        return self.inspect()

    # --- display ---------------------------------------------------------------------------

    def _describe_table(self) -> None:
        inspection = self.state.inspection
        if inspection is None:
            self.found_label.clear()
            return
        table = inspection.table
        parts = [self.tr("Header found in row %1").replace("%1", str(table.header_row))]
        rows = len(table.data)
        parts.append(self.tr("1 row of data") if rows == 1 else
                     self.tr("%1 rows of data").replace("%1", formatting.integer(rows)))
        skipped = len(table.skipped)
        if skipped == 1:
            parts.append(self.tr("1 totals row skipped"))
        elif skipped:
            parts.append(self.tr("%1 totals rows skipped").replace(
                "%1", formatting.integer(skipped)))
        self.found_label.setText("  ·  ".join(parts))

    def _show_preview(self, table: SourceTable | None) -> None:
        self.preview_model.set_table(table)
        self.preview_label.setVisible(table is not None)
        self.preview.setVisible(table is not None)
        if table is not None:
            self._fit_columns()

    def _fit_columns(self) -> None:
        self.preview.resizeColumnsToContents()
        limit = self.preview.fontMetrics().averageCharWidth() * 28
        for column in range(self.preview_model.columnCount()):
            if self.preview.columnWidth(column) > limit:
                self.preview.setColumnWidth(column, limit)

    def is_busy(self) -> bool:
        return self._busy

    def is_complete(self) -> bool:
        inspection = self.state.inspection
        return not self._busy and inspection is not None and len(inspection.table.data) > 0

    def retranslate_ui(self) -> None:
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.preview_label.setText(self.tr(
            "The first rows of the table, as the file has them (Excel row numbers on the left, "
            "column letters and headers on top):"
        ))
        if self._sheets:
            self._fill_sheets(self.sheet_combo.currentData())
        self._describe_table()
        if self._busy and self.state.path is not None:
            self.busy_label.setText(self.tr("Reading %1…").replace("%1", self.state.path.name))


def read_file(db: Database, kind: ImportKindName, path: Path,
              sheet: str | None) -> tuple[Inspection, list[Profile]]:
    """Worker: inspect the file and list the saved mappings of its kind."""
    inspection = inspect_file(db, kind, path, sheet)
    with db.unit_of_work() as uow:
        found = list_profiles(uow, kind.value)
    return inspection, found



