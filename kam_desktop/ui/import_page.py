"""The Import page: start an import, see every import so far, undo one.

The history comes from `list_imports` on a worker thread and is reloaded whenever the main
window says imports changed. Undo asks first, saying what it will remove and put back; a refusal
from the service (a later import changed the same rows) is shown as a user error.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.importing.history import BatchInfo, UndoResult, list_imports, undo_import
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, import_dialogs
from kam_desktop.ui.import_models import ImportHistoryModel
from kam_desktop.ui.import_result_pages import undo_summary
from kam_desktop.ui.import_widgets import IMPORT_STYLE, MessagePanel, make_table_view
from kam_desktop.ui.operations import Op, report_failure


def load_history(db: Database) -> list[BatchInfo]:
    """Every import, newest first (runs on a worker thread)."""
    with db.unit_of_work() as uow:
        return list_imports(uow)


class ImportPage(QWidget):
    """Import a file; the history of imports, with undo."""

    import_requested = Signal()  # the main window opens the wizard
    data_changed = Signal(object)  # changes.Changes, after an undo
    loaded = Signal(int)  # number of imports, after each (re)load
    undo_finished = Signal(bool)  # True when undone, False when refused or failed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPage")
        self.setStyleSheet(IMPORT_STYLE)
        self.db: Database | None = None
        self._generation = 0
        self._undoing = False
        self.op: Op[UndoResult] | None = None

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importFileButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_requested)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("hint")
        self.drop_hint.setWordWrap(True)

        self.history_label = QLabel()
        self.history_label.setObjectName("messageHeading")
        self.model = ImportHistoryModel(self)
        self.table: QTableView = make_table_view(self.model, sortable=True)
        self.table.setObjectName("importHistory")
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.proxy: QSortFilterProxyModel = self.table.model()  # type: ignore[assignment]
        self._fit_columns()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("hint")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoSelectedImport")
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_note = QLabel()
        self.undo_note.setObjectName("hint")
        self.undo_note.setWordWrap(True)
        self.message = MessagePanel()

        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addSpacing(12)
        top.addWidget(self.drop_hint, 1)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_button)
        undo_row.addSpacing(12)
        undo_row.addWidget(self.undo_note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.history_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(undo_row)
        layout.addWidget(self.message)
        self.retranslate_ui()

    # --- data ------------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.import_button.setEnabled(db is not None)
        self.message.clear()
        self.model.set_batches([])
        self.reload()

    def reload(self) -> Op[list[BatchInfo]] | None:
        """Read the history on a worker thread; the newest request wins."""
        if self.db is None:
            return None
        self._generation += 1
        generation, db = self._generation, self.db
        selected = self.selected_batch()

        def done(batches: list[BatchInfo]) -> None:
            if generation != self._generation or db is not self.db:
                return
            self.model.set_batches(batches)
            self._fit_columns()
            if selected is not None:
                self.select_batch(selected.batch_id)
            self._update_buttons()
            self.loaded.emit(len(batches))

        return Op(parent=self, run=lambda _p, _c: load_history(db), done=done).start()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        limit = self.table.fontMetrics().averageCharWidth() * 40
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, limit))

    def on_data_changed(self, what: changes.Changes) -> None:
        if changes.IMPORTS in what:
            self.reload()

    # --- selection -------------------------------------------------------------------------

    def selected_batch(self) -> BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.batch_at(self.proxy.mapToSource(rows[0]).row())

    def select_batch(self, batch_id: str) -> bool:
        row = self.model.row_of(batch_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _update_buttons(self, *_args: object) -> None:
        batch = self.selected_batch()
        can_undo = (batch is not None and batch.status == "committed" and batch.kind != "demo"
                    and not self._undoing)
        self.undo_button.setEnabled(can_undo)
        if batch is None:
            self.undo_note.setText(self.tr("Select an import to undo it."))
        elif batch.status != "committed":
            self.undo_note.setText(self.tr("This import was undone."))
        elif batch.kind == "demo":
            self.undo_note.setText(self.tr("The demo portfolio is not an import and cannot be "
                                           "undone here."))
        else:
            self.undo_note.setText(import_dialogs.undo_explanation(
                batch.inserted, batch.updated, batch.accounts_created))
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)

    # --- undo ------------------------------------------------------------------------------

    def undo_selected(self) -> Op[UndoResult] | None:
        batch = self.selected_batch()
        if batch is None or self.db is None or batch.status != "committed" or self._undoing:
            return None
        if not import_dialogs.confirm_undo(self, batch.file_name, batch.inserted,
                                           batch.updated, batch.accounts_created):
            return None
        db = self.db
        self._undoing = True
        self.message.clear()
        self._update_buttons()

        def done(undo: UndoResult) -> None:
            self._undoing = False
            self.message.show_message(
                self.tr("The import of %1 was undone.").replace("%1", batch.file_name),
                undo_summary(undo), "info",
            )
            self.data_changed.emit(changes.of_import(batch.kind))
            self._update_buttons()
            self.undo_finished.emit(True)

        def failed(exc: BaseException) -> None:
            self._undoing = False
            self._update_buttons()
            report_failure(self, exc)  # a refusal: a warning with the service's reason
            self.undo_finished.emit(False)

        self.op = Op(parent=self, run=lambda _p, _c: undo_import(db, batch.batch_id),
                     done=done, failed=failed, writes=True) \
            .with_progress(self.tr("Undoing the import…")).start()
        return self.op

    # --- language --------------------------------------------------------------------------

    def text(self) -> str:
        """What the page says, as plain text (for tests)."""
        return "\n".join([self.title.text(), self.intro.text(), self.drop_hint.text()])

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Import"))
        self.intro.setText(self.tr(
            "Import sales, receivables, customers and contacts from ERP Excel exports "
            "(Kingdee, Yonyou, SAP…) with column mapping, validation, preview and undo. Nothing "
            "is written before you have seen what will change, and the database is backed up "
            "before every import."
        ))
        self.import_button.setText(self.tr("&Import a file…"))
        self.import_button.setToolTip(
            QKeySequence("Ctrl+I").toString(QKeySequence.SequenceFormat.NativeText))
        self.drop_hint.setText(self.tr(
            "You can also drop a file (.xlsx, .xlsm, .xls, .ods or .csv) on the window."
        ))
        self.history_label.setText(self.tr("Import history"))
        self.empty_label.setText(self.tr("No imports yet."))
        self.undo_button.setText(self.tr("&Undo import…"))
        self.model.refresh_texts()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

