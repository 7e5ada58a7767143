"""The wizard's last steps: the check (a dry run), the import itself, and its summary.

The check runs `import_table(..., dry_run=True)` on a worker: counts, new accounts and every
problem, before anything is written. The import runs the same call for real on the single
writer thread, with a progress bar and Cancel on the page; the service checks the flag between
steps and rolls everything back, so a cancelled import leaves the database as it was.
"""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.errors import KamError, RefusedError
from kam_desktop.services.importing.history import UndoResult, undo_import
from kam_desktop.services.importing.pipeline import STEPS, import_table
from kam_desktop.services.importing.result import ImportRequest, ImportResult
from kam_desktop.ui import formatting, import_dialogs
from kam_desktop.ui.import_models import RowsModel
from kam_desktop.ui.import_source_pages import user_error_text
from kam_desktop.ui.import_state import WizardPage, WizardState
from kam_desktop.ui.import_widgets import CountsView, MessagePanel, make_table_view
from kam_desktop.ui.operations import PROGRESS_INTERVAL_S, Op, report_failure

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

SAVING_STEP = 5  # import_table reports step 5 ("Saving…") just before it commits
_ROWS_DONE = re.compile(r"([\d,]+) of ([\d,]+)")


def result_counts(result: ImportResult) -> list[tuple[str, str, int, str]]:
    """The cards of a check or an import: (key, label, value, tone)."""
    return [
        ("rows", translate("ImportResult", "Rows read"), result.rows_read, ""),
        ("new", translate("ImportResult", "New"), result.inserted,
         "good" if result.inserted else ""),
        ("changed", translate("ImportResult", "Changed"), result.updated, ""),
        ("unchanged", translate("ImportResult", "Unchanged"), result.unchanged, ""),
        ("invalid", translate("ImportResult", "Invalid"), result.invalid,
         "bad" if result.invalid else ""),
        ("accounts", translate("ImportResult", "New accounts"), result.accounts_created, ""),
        ("skipped", translate("ImportResult", "Totals rows skipped"), result.skipped_rows, ""),
    ]


def writes_of(result: ImportResult) -> int:
    return result.inserted + result.updated + result.accounts_created


class CheckPage(WizardPage):
    """Step 4: what the import would do, and every problem, before anything is written."""

    checked = Signal()  # after each check, whether it worked or not

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importCheckPage")
        self._busy = False
        self._generation = 0
        self.op: Op[ImportResult] | None = None

        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(240)
        self.busy_bar.setTextVisible(False)
        self.error = MessagePanel()
        self.counts = CountsView()
        self.nothing_written = QLabel()
        self.nothing_written.setObjectName("hint")
        self.valid_panel = MessagePanel()

        self.problems_label = QLabel()
        self.problems_label.setObjectName("messageHeading")
        self.problems_model = RowsModel(
            lambda: [self.tr("Row"), self.tr("Column"), self.tr("Problem")], numeric=[0],
            parent=self,
        )
        self.problems_view = make_table_view(self.problems_model, sortable=True)
        self.problems_view.setObjectName("problemsTable")
        self.accounts_label = QLabel()
        self.accounts_label.setObjectName("messageHeading")
        self.accounts_model = RowsModel(lambda: [self.tr("Code"), self.tr("Name")], parent=self)
        self.accounts_view = make_table_view(self.accounts_model, sortable=True)
        self.accounts_view.setObjectName("newAccountsTable")

        problems = QWidget()
        box = QVBoxLayout(problems)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.problems_label)
        box.addWidget(self.problems_view, 1)
        self.problems_box = problems
        accounts = QWidget()
        box = QVBoxLayout(accounts)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.accounts_label)
        box.addWidget(self.accounts_view, 1)
        self.accounts_box = accounts
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(problems)
        self.splitter.addWidget(accounts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.skip_box = QCheckBox()
        self.skip_box.setObjectName("skipInvalid")
        self.skip_box.toggled.connect(self._on_skip_toggled)
        self.invalid_note = MessagePanel()

        self.busy_row = QWidget()
        busy = QHBoxLayout(self.busy_row)
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.busy_label)
        busy.addWidget(self.busy_bar)
        busy.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error)
        layout.addWidget(self.counts)
        layout.addWidget(self.nothing_written)
        layout.addWidget(self.valid_panel)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.invalid_note)
        self._show_result(None)
        self._show_busy(False)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Check what the import will do")

    def enter(self) -> None:
        self.check()

    def check(self) -> Op[ImportResult] | None:
        """Run the dry run on a worker thread; the newest request wins."""
        state = self.state
        inspection = state.inspection
        if inspection is None or state.path is None:
            return None
        self._generation += 1
        generation = self._generation
        state.check = None
        self.error.clear()
        self._show_result(None)
        self._show_busy(True)
        self.changed.emit()
        db, table, columns = state.db, inspection.table, dict(state.columns)
        request = ImportRequest(kind=state.kind, path=state.path, sheet=table.sheet,
                                dry_run=True)

        def done(result: ImportResult) -> None:
            if generation == self._generation:
                self.state.check = result
                self._show_busy(False)
                self._show_result(result)
                self.changed.emit()
                self.checked.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            text = user_error_text(exc)
            if text is None:
                report_failure(self, exc)
                text = (self.tr("The check could not be completed."), "")
            self.error.show_message(*text)
            self._show_busy(False)
            self.changed.emit()
            self.checked.emit()

        self.op = Op(parent=self,
                     run=lambda _p, _c: import_table(db, request, table, columns=columns),
                     done=done, failed=failed).start()
        return self.op

    def _show_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_row.setVisible(busy)

    def _show_result(self, result: ImportResult | None) -> None:
        shown = result is not None
        self.counts.setVisible(shown)
        self.nothing_written.setVisible(shown)
        self.splitter.setVisible(shown)
        self.skip_box.setVisible(shown and bool(result and result.invalid))
        if result is None:
            self.valid_panel.clear()
            self.invalid_note.clear()
            self.problems_model.set_rows([])
            self.accounts_model.set_rows([])
            return
        self.counts.set_counts(result_counts(result))
        self.problems_model.set_rows([(p.row, p.column, p.message) for p in result.errors])
        self.accounts_model.set_rows(result.new_accounts)
        self.problems_box.setVisible(bool(result.errors))
        self.accounts_box.setVisible(bool(result.new_accounts))
        self.splitter.setVisible(bool(result.errors or result.new_accounts))
        self.problems_view.resizeColumnToContents(0)
        self.problems_view.setColumnWidth(1, self.problems_view.fontMetrics()
                                          .averageCharWidth() * 24)
        self.accounts_view.resizeColumnToContents(0)
        self._update_texts()
        self._update_notes()

    def _update_texts(self) -> None:
        result = self.state.check
        if result is None:
            return
        self.problems_label.setText(self.tr("Problems (%1)").replace(
            "%1", formatting.integer(len(result.errors))))
        self.accounts_label.setText(self.tr("New accounts the import creates (%1)").replace(
            "%1", formatting.integer(len(result.new_accounts))))
        self.counts.set_counts(result_counts(result))

    def _update_notes(self) -> None:
        result = self.state.check
        self.invalid_note.clear()
        self.valid_panel.clear()
        if result is None:
            return
        if not result.invalid:
            self.valid_panel.show_message(self.tr("Every row is valid."), "", "success")
        elif not self.skip_box.isChecked():
            self.invalid_note.show_message(
                self.tr("Nothing is imported while rows are invalid."),
                self.tr("Fix the rows listed above in the file and start again, or tick "
                        "“Skip invalid rows” to import the valid rows now; the invalid ones "
                        "then go to an error workbook beside the file."),
                "warning",
            )
        if (result.invalid == 0 or self.skip_box.isChecked()) and not writes_of(result):
            if result.invalid >= result.rows_read:
                heading = self.tr("No row is valid: there is nothing to import.")
            else:
                heading = self.tr("Nothing to import: the database already holds these rows "
                                  "as they are.")
            self.invalid_note.show_message(heading, "", "info")

    def _on_skip_toggled(self, on: bool) -> None:
        self.state.skip_invalid = on
        self._update_notes()
        self.changed.emit()

    def is_busy(self) -> bool:
        return self._busy

    def is_complete(self) -> bool:
        result = self.state.check
        if self._busy or result is None:
            return False
        if result.invalid and not self.skip_box.isChecked():
            return False
        return writes_of(result) > 0

    def retranslate_ui(self) -> None:
        self.busy_label.setText(self.tr("Checking every row…"))
        self.nothing_written.setText(self.tr(
            "Nothing has been written yet. The database is backed up before the import."
        ))
        self.skip_box.setText(self.tr(
            "Skip invalid rows: import the valid rows and write the invalid ones to an error "
            "workbook"
        ))
        self.problems_model.refresh_texts()
        self.accounts_model.refresh_texts()
        self._update_texts()
        self._update_notes()


class _ProgressRelay(QObject):
    """Lives on the main thread; the worker's progress reaches the page through it, queued."""

    progressed = Signal(int, int, str)


class RunPage(WizardPage):
    """Step 5: the import, with a progress bar and Cancel."""

    finished = Signal(bool)  # True when the import was committed

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importRunPage")
        self._busy = False
        self._succeeded = False
        self.op: Op[ImportResult] | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._on_progress)

        self.heading = QLabel()
        self.heading.setObjectName("messageHeading")
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.progress.setTextVisible(False)
        self.step_label = QLabel()
        self.step_label.setObjectName("hint")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        self.outcome = MessagePanel()

        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 24, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.step_label)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Import")

    def enter(self) -> None:
        self.start()

    def start(self) -> Op[ImportResult] | None:
        state = self.state
        inspection = state.inspection
        if inspection is None or state.path is None or self._busy:
            return None
        self._busy, self._succeeded = True, False
        state.result = None
        self.outcome.clear()
        self.progress.setValue(0)
        self.step_label.setText("")
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.retranslate_ui()
        self.changed.emit()
        db, table, columns = state.db, inspection.table, dict(state.columns)
        request = ImportRequest(kind=state.kind, path=state.path, sheet=table.sheet,
                                skip_invalid=state.skip_invalid)
        saving = threading.Event()
        last = [0.0, -1]

        def progress(done: int, total: int, message: str) -> None:  # worker thread
            if done >= SAVING_STEP:
                saving.set()  # committing: too late to cancel, and the page must not say so
            now = time.monotonic()
            if done == last[1] and now - last[0] < PROGRESS_INTERVAL_S:
                return
            last[0], last[1] = now, done
            self._relay.progressed.emit(done, total, message)

        def run(_p: object, cancelled: object) -> ImportResult:
            def stop() -> bool:
                return bool(cancelled()) and not saving.is_set()  # type: ignore[operator]

            return import_table(db, request, table, columns=columns, progress=progress,
                                cancelled=stop)

        self.op = Op(parent=self, run=run, done=self._on_done, failed=self._on_failed,
                     writes=True).start()
        return self.op

    def cancel(self) -> None:
        if self.op is None or not self._busy:
            return
        self.op.cancel()
        self.cancel_button.setEnabled(False)
        self.step_label.setText(self.tr("Cancelling… (finishing the current step)"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if not self._busy:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if done >= SAVING_STEP:
            self.cancel_button.setEnabled(False)
        if self.op is not None and self.op.cancelled() and done < SAVING_STEP:
            return
        self.step_label.setText(self.step_text(done, message))

    def step_text(self, done: int, message: str) -> str:
        """The service reports its steps in English; the page names them in the UI language."""
        if done == 4 and (found := _ROWS_DONE.search(message)):
            return self.tr("Writing… %1 of %2 rows").replace("%1", found.group(1)).replace(
                "%2", found.group(2))
        names = {
            1: self.tr("Mapping columns…"),
            2: self.tr("Checking every row…"),
            3: self.tr("Comparing with your data…"),
            4: self.tr("Backing up and writing…"),
            5: self.tr("Saving…"),
            6: self.tr("Done."),
        }
        return names.get(done, message)

    def _on_done(self, result: ImportResult) -> None:
        self._busy, self._succeeded = False, True
        self.state.result = result
        self.progress.setValue(self.progress.maximum())
        self.cancel_button.hide()
        self.changed.emit()
        self.finished.emit(True)

    def _on_failed(self, exc: BaseException) -> None:
        cancelled = self.op is not None and self.op.cancelled()
        self._busy = False
        self.cancel_button.hide()
        self.step_label.setText("")
        if cancelled and isinstance(exc, KamError):
            self.outcome.show_message(
                self.tr("Cancelled; nothing was imported."),
                self.tr("Go back to check the file again, or close the wizard."), "info",
            )
        else:
            text = user_error_text(exc)
            if text is None:
                report_failure(self, exc)
                text = (self.tr("The import could not be completed; nothing was imported."), "")
            self.outcome.show_message(*text)
        self.changed.emit()
        self.finished.emit(False)

    def is_busy(self) -> bool:
        return self._busy

    def succeeded(self) -> bool:
        return self._succeeded

    def is_complete(self) -> bool:
        return self._succeeded

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Importing %1…").replace("%1", self.state.file_name))
        self.cancel_button.setText(self.tr("Cancel import"))


class SummaryPage(WizardPage):
    """Step 6: what was imported, the error workbook, and Undo."""

    undone = Signal(object)  # the UndoResult

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importSummaryPage")
        self._undoing = False
        self._undo_result: UndoResult | None = None
        self.op: Op[UndoResult] | None = None

        self.outcome = MessagePanel()
        self.counts = CountsView()
        self.batch_label = QLabel()
        self.batch_label.setObjectName("hint")
        self.batch_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_panel = MessagePanel()
        self.errors_panel.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.errors_panel.detail.linkActivated.connect(lambda _link: self.open_error_workbook())
        self.open_button = QPushButton()
        self.open_button.setObjectName("openErrorWorkbook")
        self.open_button.clicked.connect(self.open_error_workbook)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.open_error_folder)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.ask_undo)
        self.undo_panel = MessagePanel()
        self.history_hint = QLabel()
        self.history_hint.setObjectName("hint")
        self.history_hint.setWordWrap(True)

        error_buttons = QHBoxLayout()
        error_buttons.addWidget(self.open_button)
        error_buttons.addWidget(self.folder_button)
        error_buttons.addStretch(1)
        self.error_buttons = QWidget()
        self.error_buttons.setLayout(error_buttons)
        error_buttons.setContentsMargins(0, 0, 0, 0)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.outcome)
        layout.addWidget(self.counts)
        layout.addWidget(self.batch_label)
        layout.addWidget(self.errors_panel)
        layout.addWidget(self.error_buttons)
        layout.addStretch(1)
        layout.addWidget(self.undo_panel)
        layout.addLayout(undo_row)
        layout.addWidget(self.history_hint)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Summary")

    def enter(self) -> None:
        self._undo_result = None
        self.undo_panel.clear()
        self.retranslate_ui()

    @property
    def error_workbook(self) -> Path | None:
        result = self.state.result
        return Path(result.error_workbook) if result and result.error_workbook else None

    def open_error_workbook(self) -> None:
        if self.error_workbook is not None:
            import_dialogs.open_path(self.error_workbook)

    def open_error_folder(self) -> None:
        if self.error_workbook is not None:
            import_dialogs.open_path(self.error_workbook.parent)

    def ask_undo(self) -> Op[UndoResult] | None:
        result = self.state.result
        if result is None or result.batch_id is None or self._undoing:
            return None
        if not import_dialogs.confirm_undo(self, self.state.file_name, result.inserted,
                                           result.updated, result.accounts_created):
            return None
        db, batch_id = self.state.db, result.batch_id
        self._undoing = True
        self.undo_button.setEnabled(False)
        self.changed.emit()
        self.op = Op(parent=self, run=lambda _p, _c: undo_import(db, batch_id),
                     done=self._on_undone, failed=self._on_undo_failed, writes=True) \
            .with_progress(self.tr("Undoing the import…")).start()
        return self.op

    def _on_undone(self, undo: UndoResult) -> None:
        self._undoing = False
        self._undo_result = undo
        self.retranslate_ui()
        self.changed.emit()
        self.undone.emit(undo)

    def _on_undo_failed(self, exc: BaseException) -> None:
        self._undoing = False
        text = user_error_text(exc)
        if text is None:
            report_failure(self, exc)
            text = (self.tr("The import could not be undone."), "")
        tone = "warning" if isinstance(exc, RefusedError) else "error"
        self.undo_panel.show_message(*text, tone)
        self.retranslate_ui()
        self.changed.emit()

    def is_busy(self) -> bool:
        return self._undoing

    def retranslate_ui(self) -> None:
        self.open_button.setText(self.tr("Open the error workbook"))
        self.folder_button.setText(self.tr("Show its folder"))
        self.undo_button.setText(self.tr("Undo this import…"))
        self.history_hint.setText(self.tr(
            "Every import is listed on the Import page, where it can also be undone later."
        ))
        result = self.state.result
        if result is None:
            return
        self.outcome.show_message(
            self.tr("Imported %1 (sheet “%2”).").replace("%1", self.state.file_name)
            .replace("%2", result.sheet),
            self.tr("Backed up first; took %1 s.").replace(
                "%1", f"{result.seconds:.1f}"),
            "success",
        )
        self.counts.set_counts(result_counts(result))
        self.batch_label.setText(self.tr("Import batch: %1").replace("%1", result.batch_id or ""))
        workbook = self.error_workbook
        if workbook is not None:
            self.errors_panel.show_message(
                self.tr("1 invalid row was not imported.") if result.invalid == 1 else
                self.tr("%1 invalid rows were not imported.").replace(
                    "%1", formatting.integer(result.invalid)),
                self.tr("They are in <a href=\"#\">%1</a>, with the problem of each row: fix "
                        "them there and import that file.").replace("%1", _escape(workbook.name)),
                "warning",
            )
            self.errors_panel.detail.setToolTip(str(workbook))
        else:
            self.errors_panel.clear()
        self.error_buttons.setVisible(workbook is not None)
        undo = self._undo_result
        if undo is not None:
            self.outcome.show_message(
                self.tr("The import of %1 was undone.").replace("%1", self.state.file_name),
                undo_summary(undo), "info",
            )
        self.undo_button.setVisible(undo is None)
        self.undo_button.setEnabled(undo is None and not self._undoing
                                    and result.batch_id is not None)


def undo_summary(undo: UndoResult) -> str:
    """What an undo did, in one or two sentences."""
    text = translate("ImportResult", "%1 removed, %2 put back as they were, %3 removed.").replace(
        "%1", import_dialogs.rows_phrase(undo.rows_removed)).replace(
        "%2", import_dialogs.rows_phrase(undo.rows_restored)).replace(
        "%3", import_dialogs.accounts_phrase(undo.accounts_removed))
    if undo.accounts_kept:
        text += "\n" + translate(
            "ImportResult", "Kept the accounts that now hold data of their own: %1."
        ).replace("%1", ", ".join(undo.accounts_kept))
    return text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
