"""The Accounts page: search, filters, the portfolio table, and the account detail in tabs.

Loading never blocks the window. On a new database the first rows by code are read at once (a
few milliseconds) and shown while the whole portfolio loads on a worker thread
(`services.account_rows`, parallel queries); then the attention rules are checked for every
account in the background (`services.attention`, seconds on 100,000 accounts) and their columns
and the attention filter appear. Search filters on every keystroke: the model narrows the
previous result as the text grows (see `accounts_model`).

Writes (create, edit, delete, restore) go through `services.account_editing`, are pushed on the
app-wide undo stack and announced with `data_changed`; the page reloads what it shows in
`on_data_changed`, whoever wrote.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import settings
from kam_desktop.errors import KamError
from kam_desktop.services.account_codes import suggest_account_code
from kam_desktop.services.account_editing import (
    delete_account,
    get_account_record,
    restore_account,
)
from kam_desktop.services.account_list import export_accounts
from kam_desktop.services.account_rows import (
    contact_columns,
    first_account_rows,
    load_account_rows,
)
from kam_desktop.services.attention import (
    RULES,
    AttentionRules,
    Rule,
    attention_table,
    refresh_attention,
)
from kam_desktop.services.classification import OverrideInfo, clear_override, set_override
from kam_desktop.services.edits import Edit
from kam_desktop.storage.database import Database
from kam_desktop.ui import (
    account_form,
    changes,
    classification_dialogs,
    labels,
    messages,
    plan_print,
    undo_commands,
)
from kam_desktop.ui.account_detail import AccountDetailPanel, AccountHeading
from kam_desktop.ui.account_filters import AccountFilterBar
from kam_desktop.ui.account_form import AccountFormDialog
from kam_desktop.ui.accounts_model import (
    COLUMNS,
    DATE_COLUMNS,
    NOT_CLASSIFIED,
    AccountsTable,
    AccountsTableModel,
    Activity,
    Extras,
    align_activity,
    column_title,
)
from kam_desktop.ui.contacts_tab import ContactsTab
from kam_desktop.ui.operations import Op, report_failure
from kam_desktop.ui.plan_tab import PlanTab
from kam_desktop.ui.surveys_tab import SurveysTab
from kam_desktop.ui.visits_tab import VisitsTab

translate = QCoreApplication.translate

FIRST_ROWS = 200  # shown at once while the whole portfolio loads
# From this size on, opening a database shows the list first and reads its contact counts and
# names, and builds the search text and filter choices, just after (~0.5 s at 100,000
# accounts); below, everything at once (milliseconds).
DEFER_EXTRAS_ROWS = 20_000
NOTICE_MS = 12_000
ATTENTION_DELAY_MS = 250  # writes in quick succession start one attention check, not many

# What the page shows of each kind of change.
TABLE_CHANGES = frozenset({changes.ACCOUNTS, changes.CONTACTS, changes.TIERS})
ATTENTION_CHANGES = TABLE_CHANGES | {changes.SALES, changes.RECEIVABLES, changes.VISITS,
                                     changes.SURVEYS}
DETAIL_CHANGES = ATTENTION_CHANGES | {changes.PLANS}

# The first columns a KAM looks at come first; the model keeps its own column order.
VISUAL_ORDER = (
    "code", "name", "tier", "attention", "status", "sales", "sales_change", "overdue",
    "last_visit", "next_visit", "owner", "industry", "region", "city", "segment", "contacts",
    "company_size", "annual_revenue", "profit", "outstanding",
)
ALWAYS_SHOWN = ("code", "name")
# Initial column widths in average character widths; the user can resize.
_COLUMN_CHARS = {
    "code": 9, "name": 26, "industry": 10, "segment": 10, "region": 8, "city": 9,
    "owner": 9, "status": 8, "tier": 5, "company_size": 9, "annual_revenue": 15,
    "contacts": 8, "attention": 9, "sales": 14, "profit": 13, "sales_change": 8,
    "outstanding": 13, "overdue": 12, "last_visit": 11, "next_visit": 11,
}


def load_accounts_table(db: Database, attention: pd.DataFrame | None = None, *,
                        contacts: bool = True) -> AccountsTable:
    """Read and prepare the whole portfolio, deleted accounts included (worker thread).
    With `contacts=False` a big portfolio comes without its contact counts and names (read
    with the extras, just after it is shown); a small one gets everything at once."""
    table = AccountsTable(load_account_rows(db, include_deleted=True, contacts=contacts))
    if len(table) < DEFER_EXTRAS_ROWS:
        table.set_extras(prepare_extras(db, table))
    if attention is not None:  # the last attention check, until the next one arrives
        table.set_activity(align_activity(table.values["id"], attention))
    return table


def prepare_extras(db: Database, table: AccountsTable) -> Extras:
    """The contacts (when the table came without), the search text and the filters'
    choices of a loaded table (worker thread)."""
    contacts = None if table.has_contacts else contact_columns(db, table.values["id"])
    return table.build_extras(contacts)


def load_first_rows(db: Database) -> AccountsTable:
    return AccountsTable(first_account_rows(db, FIRST_ROWS), complete=False)


@dataclass(frozen=True)
class AttentionResult:
    table: pd.DataFrame  # attention_table
    aligned_to: AccountsTable
    activity: Activity
    counts: dict[Rule, int]
    flagged: int


def check_attention(db: Database, rules: AttentionRules, table: AccountsTable,
                    today: date | None = None, previous: pd.DataFrame | None = None,
                    account_ids: Sequence[str] = ()) -> AttentionResult:
    """The attention table of every account, lined up with `table` (worker thread). With
    `previous` and `account_ids`, only those accounts are checked again (after an edit of
    them: milliseconds instead of seconds)."""
    if previous is not None and account_ids:
        with db.unit_of_work() as uow:
            frame = refresh_attention(previous, uow, account_ids)
    else:
        frame = attention_table(db, rules=rules, today=today)
    counts = {rule: int(frame[rule.value].sum()) for rule in RULES}
    return AttentionResult(frame, table, align_activity(table.values["id"], frame), counts,
                           int((frame["attention"] > 0).sum()))


def confirm_delete(parent: QWidget | None, code: str, name: str) -> bool:
    """Ask before deleting an account; True to go ahead. The one function tests patch."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("AccountsPage", "Delete account"))
    box.setText(translate("AccountsPage", "Delete %1 %2?").replace("%1", code).replace("%2", name))
    box.setInformativeText(translate(
        "AccountsPage",
        "The account, its contacts, visits and surveys disappear from every list and figure. "
        "You can undo this (Ctrl+Z), or restore the account later with “Show deleted”."))
    delete = box.addButton(translate("AccountsPage", "Delete"),
                           QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is delete


def ask_export_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the exported list; None when cancelled. The one function tests
    patch. Adds `.xlsx` when no extension is given."""
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("AccountsPage", "Export the accounts list"), str(suggested),
        translate("AccountsPage", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
    if not path:
        return None
    result = Path(path)
    return result if result.suffix else result.with_suffix(".xlsx")


class AccountsPage(QWidget):
    """Search, filter and edit the portfolio; the selected account is shown on the right."""

    loaded = Signal(int)  # live accounts, after each (re)load of the whole portfolio
    first_rows_shown = Signal(int)  # the first rows are on screen while the rest loads
    attention_loaded = Signal()  # the attention columns and filter are ready
    search_ready = Signal()  # the search text and filter choices of the portfolio are built
    data_changed = Signal(object)  # changes.Changes, after every write from this page
    override_finished = Signal(bool)  # True when an override was set or cleared
    form_opened = Signal(object)  # the AccountFormDialog just opened
    exported = Signal(object)  # the Path written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self.db: Database | None = None
        self._load_generation = 0
        self._attention_generation = 0
        self._loading = False
        self._attention_running = False
        self._attention: pd.DataFrame | None = None
        self._edited_ids: set[str] = set()  # accounts this page just wrote
        self._full_check_due = False
        self._selected_id: str | None = None
        self._refresh_detail_after_load = False
        self.form: AccountFormDialog | None = None

        self.model = AccountsTableModel(self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")

        self.search = QLineEdit()
        self.search.setObjectName("accountSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.search.installEventFilter(self)

        self.filters = AccountFilterBar()
        self.filters.changed.connect(self._apply_filters)
        self.count_label = QLabel()
        self.count_label.setObjectName("accountCount")
        self.notice = QLabel()
        self.notice.setObjectName("hint")
        # A line under the table while there is something to say; never widens the window
        # (a long message is cut; its tool tip has it whole).
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)
        self._attention_timer = QTimer(self)
        self._attention_timer.setSingleShot(True)
        self._attention_timer.setInterval(ATTENTION_DELAY_MS)
        self._attention_timer.timeout.connect(self.check_attention)

        self._create_actions()
        # A tool bar: in a narrow window the actions that do not fit go into its » menu.
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("accountActions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setStyleSheet(
            "QToolButton { border: 1px solid #c5ccd6; border-radius: 4px; padding: 3px 10px;"
            " background: white; margin-left: 4px; }"
            "QToolButton:hover { border-color: #1f5fa8; background: #f3f7fc; }"
            "QToolButton:pressed { background: #e3ecf7; }"
            "QToolButton:disabled { color: #9aa3ad; background: #f6f7f9; }")
        for action, name in ((self.new_action, "newAccount"), (self.edit_action, "editAccount"),
                             (self.delete_action, "deleteAccount"),
                             (self.restore_action, "restoreAccount"),
                             (self.export_action, "exportAccounts")):
            self.toolbar.addAction(action)
            self.toolbar.widgetForAction(action).setObjectName(name)
        self.new_button = self.toolbar.widgetForAction(self.new_action)
        self.edit_button = self.toolbar.widgetForAction(self.edit_action)
        self.delete_button = self.toolbar.widgetForAction(self.delete_action)
        self.restore_button = self.toolbar.widgetForAction(self.restore_action)
        self.export_button = self.toolbar.widgetForAction(self.export_action)

        self.table = QTableView()
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # loaded order: by code
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_row_menu)
        self.table.addAction(self.delete_action)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        self._set_initial_column_widths()
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(self._on_activated)  # Enter, double click
        self.model.modelReset.connect(self._after_reset)

        self.detail = AccountDetailPanel()
        self.detail.override_requested.connect(self.override_tier)
        self.detail.clear_override_requested.connect(self.clear_tier_override)
        self._add_detail_tabs()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("accountsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.table.setMinimumWidth(200)
        self.detail.setMinimumWidth(280)
        self._splitter_placed = False

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addSpacing(4)
        top.addWidget(self.toolbar)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.filters, 1)
        bar.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.notice)

        self._apply_hidden_columns(settings.current().accounts_hidden_columns)
        state = settings.current().accounts_splitter
        if state:
            self._splitter_placed = self.splitter.restoreState(
                QByteArray.fromBase64(state.encode())
            )
        self.splitter.splitterMoved.connect(self._save_splitter)
        self.retranslate_ui()
        self._update_actions()
        self._watch_settings()

    def _watch_settings(self) -> None:
        """New attention thresholds or visit cadences in Settings: check again."""
        page = weakref.ref(self)

        def changed(_new: settings.Settings, names: frozenset[str]) -> None:
            me = page()
            if me is None or not shiboken6.isValid(me) or me.db is None:
                return
            if any(AttentionRules.reads_setting(n) for n in names):
                me._full_check_due = True
                me._attention_timer.start()
                me.detail.refresh()

        unsubscribe = settings.store().subscribe(changed)
        self.destroyed.connect(lambda *_args: unsubscribe())

    def _create_actions(self) -> None:
        page = Qt.ShortcutContext.WindowShortcut  # while the page is shown (hidden: inactive)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.new_action.triggered.connect(lambda: self.new_account())
        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.edit_action.triggered.connect(lambda: self.edit_account())
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the table
        self.delete_action.triggered.connect(lambda: self.delete_selected())
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(lambda: self.restore_selected())
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.export_list())
        for action in (self.new_action, self.edit_action, self.export_action):
            action.setShortcutContext(page)
            self.addAction(action)

    # --- data ------------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self._selected_id = None
        self._attention = None
        self._attention_generation += 1
        self._attention_running = False
        self.filters.set_attention(False)
        self.detail.set_account(None, None)
        self.model.set_table(AccountsTable.empty())
        if db is not None:
            self._load_first_rows(db)
        self.reload()

    def _load_first_rows(self, db: Database) -> None:
        generation = self._load_generation + 1  # the full load about to start

        def done(table: AccountsTable) -> None:
            if generation != self._load_generation or db is not self.db or not self._loading:
                return  # the whole portfolio is already shown
            self.model.set_table(table)
            self._update_count()
            self.first_rows_shown.emit(len(table))

        Op(parent=self, run=lambda _p, _c: load_first_rows(db), done=done,
           failed=lambda _exc: None).start()  # the full load reports any failure

    def reload(self) -> Op[AccountsTable] | None:
        """Load the portfolio on a worker thread (the newest request wins), then check the
        attention rules again."""
        if self.db is None:
            self._update_count()
            return None
        self._load_generation += 1
        generation = self._load_generation
        db = self.db
        self._loading = True
        self._refresh_detail_after_load = True  # the shown account may have changed too
        self._update_count()
        attention = self._attention
        # Opening a database: the list first, its contacts a moment later. A reload keeps
        # the list on screen meanwhile, so it reads everything at once (no blank column).
        contacts = self.model.table.complete and len(self.model.table) > 0

        def done(table: AccountsTable) -> None:
            if generation != self._load_generation or db is not self.db:
                return  # a newer load (or another database) superseded this one
            self._loading = False
            self._set_table(table)  # the attention check follows (after the extras)

        def failed(exc: BaseException) -> None:
            if generation == self._load_generation:
                self._loading = False
                self._update_count()
            report_failure(self, exc)

        return Op(parent=self, run=lambda _p, _c: load_accounts_table(db, attention,
                                                                      contacts=contacts),
                  done=done, failed=failed).start()

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def attention_ready(self) -> bool:
        return self.model.table.has_activity

    def _set_table(self, table: AccountsTable) -> None:
        self.model.set_table(table)
        if table.has_extras:
            self.filters.set_choices(table.choices)
            self.search_ready.emit()
            self._attention_timer.start()
        else:  # contacts, search text and filter choices, read while the user looks
            db = self.db

            def built(extras: Extras) -> None:
                table.set_extras(extras)
                if table is self.model.table:
                    self.model.contacts_changed()
                    self.filters.set_choices(table.choices)
                    self._update_actions()
                    self.search_ready.emit()
                    self._attention_timer.start()  # then the attention check

            Op(parent=self, run=lambda _p, _c: prepare_extras(db, table), done=built).start()
        self._update_count()
        if self._refresh_detail_after_load:
            self._refresh_detail_after_load = False
            self.detail.refresh(self._heading(self._selected_id))
        self.loaded.emit(len(table) - table.deleted_count())

    def check_attention(self) -> Op[AttentionResult] | None:
        """Check the attention rules for every account in the background (seconds on a big
        portfolio), or only for the accounts this page just edited; the columns and the
        filter follow when done."""
        self._attention_timer.stop()
        edited, self._edited_ids = self._edited_ids, set()
        if self.db is None or not self.model.table.complete:
            return None
        targeted = edited and not self._full_check_due and not self._attention_running
        previous = self._attention if targeted else None
        self._full_check_due = False
        self._attention_generation += 1
        generation = self._attention_generation
        db, table = self.db, self.model.table
        rules = AttentionRules.from_settings(settings.current())
        self._attention_running = True
        if not table.has_activity:
            self.filters.set_attention(False)

        def done(result: AttentionResult) -> None:
            if generation != self._attention_generation or db is not self.db:
                return
            self._attention_running = False
            self._attention = result.table
            current = self.model.table
            activity = result.activity if current is result.aligned_to else \
                align_activity(current.values["id"], result.table)
            current.set_activity(activity)
            self.model.activity_changed()
            self.filters.set_attention(True, result.counts, result.flagged, len(result.table))
            self._update_count()
            self.attention_loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._attention_generation:
                self._attention_running = False
            report_failure(self, exc)

        ids = sorted(edited)
        return Op(parent=self, run=lambda _p, _c: check_attention(db, rules, table,
                                                                  previous=previous,
                                                                  account_ids=ids),
                  done=done, failed=failed).start()

    def on_data_changed(self, what: changes.Changes) -> None:
        """Reload what the page shows of `what` (the app-wide signal, from any writer)."""
        if self.db is None:
            return
        if what != {changes.ACCOUNTS} or not self._edited_ids:
            self._full_check_due = True  # not only this page's own account edits
        if what & TABLE_CHANGES:
            self.reload()  # the detail and the attention check follow the load
        else:
            if what & ATTENTION_CHANGES:
                self._attention_timer.start()
            if what & DETAIL_CHANGES:
                self.detail.refresh()

    # --- filtering -------------------------------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        if text != self.model.search_text:
            self.model.set_search(text)

    def _apply_filters(self) -> None:
        self.model.set_filter(self.filters.spec(self.search.text()),
                              show_deleted=self.filters.show_deleted.isChecked())

    @property
    def tier_combo(self) -> QComboBox:
        """The tier filter (data: a tier, `NOT_CLASSIFIED`, or None for all)."""
        return self.filters.combos["tier"]

    def set_tier_filter(self, tier: str) -> None:
        self.filters.set_value("tier", tier if tier not in ("__all__", "") else None)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.table.setFocus()
                if not self.table.currentIndex().isValid() and self.model.rowCount():
                    self.select_row(0)
                return True
        return super().eventFilter(watched, event)

    def _after_reset(self) -> None:
        """Keep the selected account selected when it is still shown after a filter."""
        self._update_count()
        row = self.model.row_of_id(self._selected_id) if self._selected_id else None
        if row is None:
            if self._selected_id is not None and self.model.table.complete:
                self._selected_id = None
                self.detail.set_account(None, None)
            self._update_actions()
            return
        self.select_row(row)
        self._update_actions()

    def _update_count(self) -> None:
        locale = QLocale()
        if self._loading and (self.model.total_count() == 0 or not self.model.table.complete):
            self.count_label.setText(self.tr("Loading accounts…"))
            return
        total, shown = self.model.total_count(), self.model.visible_count()
        if total == 1:
            text = self.tr("1 account") if shown == 1 else self.tr("0 of 1 account")
        elif shown == total:
            text = self.tr("%1 accounts").replace("%1", locale.toString(total))
        else:
            text = self.tr("%1 of %2 accounts").replace("%1", locale.toString(shown)).replace(
                "%2", locale.toString(total)
            )
        if self.model.show_deleted:
            deleted = self.model.table.deleted_count()
            text += " · " + self.tr("%1 deleted").replace("%1", locale.toString(deleted))
        self.count_label.setText(text)

    def show_notice(self, text: str) -> None:
        """A short message beside the count (what was done, how to undo), for a while."""
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice.show()
        self._notice_timer.start()

    # --- selection and detail --------------------------------------------------------------

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_code(self, code: str) -> bool:
        row = self.model.row_of_code(code)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_id(self, account_id: str) -> bool:
        row = self.model.row_of_id(account_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def confirm_leave(self) -> bool:
        """Before the window closes or another database opens: True when nothing unsaved
        would be lost. An open account form with changes asks (`confirm_discard`); so do the
        detail's tabs that can hold unsaved work (those with a `confirm_leave()`, like the
        account plan)."""
        form = self.form
        if form is not None and form.isVisible() and form.is_dirty():
            if not account_form.confirm_discard(form):
                return False
            form.done(0)  # discarded: closed without asking again
        return self.detail.confirm_leave()

    def selected_account_id(self) -> str | None:
        """The account shown in the detail (e.g. to fill in a quick visit form)."""
        return self._selected_id

    def _heading(self, account_id: str | None) -> AccountHeading | None:
        if account_id is None:
            return None
        position = self.model.table.position_of(account_id)
        if position is None:
            return None
        values = self.model.table.values

        def text(key: str) -> str | None:
            value = values[key][position]
            return None if value is None or value != value else str(value)

        return AccountHeading(id=account_id, code=str(values["code"][position]),
                              name=str(values["name"][position]),
                              status=text("status") or "", tier=text("tier"),
                              deleted=bool(values["deleted"][position]))

    def _add_detail_tabs(self) -> None:
        """The detail's Contacts, Visits, Surveys and Plan tabs (Overview and Sales are its own),
        each made when first shown. Their writes go out through the page's `data_changed`; the
        Plan tab's PDF and print requests open the export dialog and the print preview."""

        def made(tab: QWidget) -> QWidget:
            tab.data_changed.connect(self.data_changed)  # type: ignore[attr-defined]
            if isinstance(tab, PlanTab):
                tab.pdf_requested.connect(self._export_plan_pdf)
                tab.print_requested.connect(self._preview_plan)
            return tab

        self.detail.add_tab("contacts", lambda: made(ContactsTab()), lambda: self.tr("Contacts"))
        self.detail.add_tab("visits", lambda: made(VisitsTab()), lambda: self.tr("Visits"))
        self.detail.add_tab("surveys", lambda: made(SurveysTab()), lambda: self.tr("Surveys"))
        self.detail.add_tab("plan", lambda: made(PlanTab()), lambda: self.tr("Plan"))

    @property
    def contacts_tab(self) -> ContactsTab:
        return self.detail.tab("contacts")  # type: ignore[return-value]

    @property
    def visits_tab(self) -> VisitsTab:
        return self.detail.tab("visits")  # type: ignore[return-value]

    @property
    def surveys_tab(self) -> SurveysTab:
        return self.detail.tab("surveys")  # type: ignore[return-value]

    @property
    def plan_tab(self) -> PlanTab:
        return self.detail.tab("plan")  # type: ignore[return-value]

    def _export_plan_pdf(self, account_id: str, plan_id: str) -> None:
        if self.db is not None:
            plan_print.export_plan_pdf(self, self.db, account_id, plan_id)

    def _preview_plan(self, account_id: str, plan_id: str) -> None:
        if self.db is not None:
            plan_print.print_preview_plan(self, self.db, account_id, plan_id)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        account_id = self.model.id_at(current.row()) if current.isValid() else None
        if account_id == self._selected_id and self.detail.account_id == account_id:
            self.detail.set_heading(self._heading(account_id))  # e.g. after a reload
            return
        back = self.detail.account_id
        if back is not None and account_id != back and not self.detail.confirm_leave():
            QTimer.singleShot(0, lambda: self.select_id(back))  # stays with the unsaved work
            return
        self._selected_id = account_id
        self.detail.set_account(self.db, account_id, self._heading(account_id))
        self._update_actions()

    def _update_actions(self) -> None:
        heading = self._heading(self._selected_id)
        has_db = self.db is not None
        self.new_action.setEnabled(has_db)
        self.export_action.setEnabled(has_db and self.model.table.complete
                                      and self.model.table.has_extras)
        self.edit_action.setEnabled(heading is not None and not heading.deleted)
        self.delete_action.setEnabled(heading is not None and not heading.deleted)
        self.restore_action.setEnabled(heading is not None and heading.deleted)
        self.restore_action.setVisible(heading is not None and heading.deleted)
        self.delete_action.setVisible(not (heading is not None and heading.deleted))

    def _on_activated(self, _index: QModelIndex) -> None:
        self.edit_account()

    def _show_row_menu(self, pos: QPoint) -> None:
        self.row_menu().exec(self.table.viewport().mapToGlobal(pos))

    def row_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.new_action)
        menu.addAction(self.edit_action)
        menu.addSeparator()
        menu.addAction(self.delete_action if self.delete_action.isEnabled()
                       else self.restore_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        return menu

    # --- editing ---------------------------------------------------------------------------

    def new_account(self) -> AccountFormDialog | None:
        """Open the form for a new account, with the filters' values and a free code filled
        in."""
        if self.db is None:
            return None
        spec = self.filters.spec()
        defaults: dict[str, object] = {
            "code": suggest_account_code(self.model.table.values["code"].tolist()),
        }
        for key, chosen in (("industry", spec.industries), ("region", spec.regions),
                            ("owner", spec.owners), ("status", spec.statuses)):
            if len(chosen) == 1:
                defaults[key] = next(iter(chosen))
        return self._open_form(AccountFormDialog(self.db, None, choices=self._form_choices(),
                                                 defaults=defaults, parent=self))

    def edit_account(self, account_id: str | None = None) -> AccountFormDialog | None:
        """Open the form on the selected (or given) account."""
        account_id = account_id or self._selected_id
        if self.db is None or account_id is None:
            return None
        try:
            with self.db.unit_of_work() as uow:
                record = get_account_record(uow, account_id)
        except KamError as exc:
            messages.show_error(self, exc)
            return None
        if record.deleted_at is not None:
            self.show_notice(self.tr("%1 is deleted: restore it to edit it.").replace(
                "%1", record.code))
            return None
        return self._open_form(AccountFormDialog(self.db, record, choices=self._form_choices(),
                                                 parent=self))

    def _form_choices(self) -> dict[str, list[str]]:
        frame = self.model.table.frame
        choices = self.model.table.choices

        def values(column: str) -> list[str]:
            return sorted(str(v) for v in frame[column].dropna().unique() if v)

        return {"industry": choices["industries"], "region": choices["regions"],
                "owner": choices["owners"], "segment": values("segment"),
                "city": values("city")}

    def _open_form(self, dialog: AccountFormDialog) -> AccountFormDialog:
        if self.form is not None:
            self.form.close()
        self.form = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._form_saved(dialog))
        dialog.finished.connect(lambda _r: self._form_closed(dialog))
        dialog.open()
        self.form_opened.emit(dialog)
        return dialog

    def _form_closed(self, dialog: AccountFormDialog) -> None:
        if self.form is dialog:
            self.form = None

    def _wrote(self, edit: Edit) -> None:
        """Announce an account this page wrote (its attention is checked again alone)."""
        self._edited_ids.add(edit.account_id)
        self.data_changed.emit(changes.of_entity(edit.entity))

    def _form_saved(self, dialog: AccountFormDialog) -> None:
        edit = dialog.edit
        if edit is None or self.db is None:
            return
        label = edit.label.removeprefix("Account ")
        if dialog.record is None:
            undo_commands.push(self.db, edit, self.tr("New account %1").replace("%1", label))
            self._selected_id = edit.id
            self.show_notice(self.tr("Created %1.").replace("%1", label))
        else:
            undo_commands.push(self.db, edit, self.tr("Edit account %1").replace("%1", label))
            self.show_notice(self.tr("Saved %1.").replace("%1", label))
        self._wrote(edit)

    def delete_selected(self) -> Edit | None:
        """Delete the selected account after asking (undoable)."""
        heading = self._heading(self._selected_id)
        if self.db is None or heading is None or heading.deleted:
            return None
        if not confirm_delete(self, heading.code, heading.name):
            return None
        try:
            edit = delete_account(self.db, heading.id)
        except KamError as exc:
            messages.show_error(self, exc)
            return None
        label = f"{heading.code} {heading.name}"
        undo_commands.push(self.db, edit, self.tr("Delete account %1").replace("%1", label))
        self.show_notice(self.tr("Deleted %1. Undo with Ctrl+Z, or restore it from “Show "
                                 "deleted”.").replace("%1", label))
        self._wrote(edit)
        return edit

    def restore_selected(self) -> Edit | None:
        heading = self._heading(self._selected_id)
        if self.db is None or heading is None or not heading.deleted:
            return None
        try:
            edit = restore_account(self.db, heading.id)
        except KamError as exc:
            messages.show_error(self, exc)
            return None
        label = f"{heading.code} {heading.name}"
        undo_commands.push(self.db, edit, self.tr("Restore account %1").replace("%1", label))
        self.show_notice(self.tr("Restored %1.").replace("%1", label))
        self._wrote(edit)
        return edit

    # --- export ----------------------------------------------------------------------------

    def visible_columns(self) -> list[str]:
        """The columns shown, in the order shown."""
        header = self.table.horizontalHeader()
        order = sorted(range(len(COLUMNS)), key=header.visualIndex)
        return [COLUMNS[i] for i in order if not self.table.isColumnHidden(i)]

    def export_frame(self) -> pd.DataFrame:
        """The list as shown (filtered, sorted, visible columns in their order), with the
        headers and status words in the user's language."""
        table, rows = self.model.table, self.model.rows()
        out: dict[str, object] = {}
        for key in self.visible_columns():
            values = table.values[key][rows]
            if key == "status":
                deleted = table.values["deleted"][rows]
                values = np.array([self.tr("Deleted") if gone else labels.status_label(v)
                                   for v, gone in zip(values.tolist(), deleted.tolist(),
                                                      strict=True)], dtype=object)
            elif key == "sales_change":
                values = np.round(values.astype(float) * 100, 1)
            elif key == "attention" and not table.has_activity:
                values = np.full(len(rows), np.nan)
            elif key in DATE_COLUMNS:
                values = np.array([v.replace(microsecond=0) if v is not None else None
                                   for v in values.tolist()], dtype=object)
            title = column_title(key) + (" (%)" if key == "sales_change" else "")
            out[title] = pd.Series(values, dtype=object if values.dtype == object else None)
        return pd.DataFrame(out)

    def export_list(self) -> Op[Path] | None:
        """Ask for a file and write the list as shown to it (.xlsx or .csv)."""
        if self.db is None:
            return None
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(folder) / f"{self.tr('accounts')}-{date.today().isoformat()}.xlsx"
        path = ask_export_path(self, suggested)
        if path is None:
            return None
        frame = self.export_frame()
        count = len(frame)

        def done(written: Path) -> None:
            self.show_notice(self.tr("Exported %1 accounts to %2.").replace(
                "%1", QLocale().toString(count)).replace("%2", written.name))
            self.exported.emit(written)

        return Op(parent=self, run=lambda _p, _c: export_accounts(frame, path,
                                                                  columns=list(frame.columns)),
                  done=done).with_progress(self.tr("Exporting %1 accounts…").replace(
                      "%1", QLocale().toString(count))).start()

    # --- tier overrides --------------------------------------------------------------------

    def override_tier(self) -> Op[OverrideInfo] | None:
        """Ask a tier and a reason for the account shown, and set the override."""
        view = self.detail.tier_view
        if self.db is None or view is None:
            return None
        answer = classification_dialogs.ask_override(
            self, view.code, view.name, list(dict.fromkeys([*view.labels,
                                                            *self.model.table.tiers])),
            view.tier, view.computed)
        if answer is None:
            return None
        tier, reason = answer
        db, code = self.db, view.code
        return self._write_override(lambda: set_override(db, code, tier, reason),
                                    self.tr("Setting the tier…"))

    def clear_tier_override(self) -> Op[OverrideInfo] | None:
        """End the override of the account shown, after asking."""
        view = self.detail.tier_view
        if self.db is None or view is None or view.override is None:
            return None
        if not classification_dialogs.confirm_clear_override(
                self, view.code, view.override.tier, view.computed):
            return None
        db, code = self.db, view.code
        return self._write_override(lambda: clear_override(db, code),
                                    self.tr("Clearing the override…"))

    def _write_override(self, work, label: str) -> Op[OverrideInfo]:  # type: ignore[no-untyped-def]
        def done(_info: OverrideInfo) -> None:
            self.data_changed.emit(frozenset({changes.ACCOUNTS, changes.TIERS}))
            self.override_finished.emit(True)

        def failed(exc: BaseException) -> None:
            report_failure(self, exc)
            self.override_finished.emit(False)

        return Op(parent=self, run=lambda _p, _c: work(), done=done, failed=failed,
                  writes=True).with_progress(label).start()

    # --- columns ---------------------------------------------------------------------------

    def _set_initial_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        for col, key in enumerate(COLUMNS):
            self.table.setColumnWidth(col, _COLUMN_CHARS[key] * char + 16)
        for visual, key in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(COLUMNS.index(key)), visual)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _show_column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """The header's context menu: a check box per column (code and name always shown),
        in the order shown."""
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for col in sorted(range(len(COLUMNS)), key=header.visualIndex):
            key = COLUMNS[col]
            action = QAction(column_title(key), menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.setEnabled(key not in ALWAYS_SHOWN)
            action.toggled.connect(lambda on, k=key: self.set_column_visible(k, on))
            menu.addAction(action)
        return menu

    def set_column_visible(self, key: str, visible: bool) -> None:
        self.table.setColumnHidden(COLUMNS.index(key), not visible)
        hidden = [k for i, k in enumerate(COLUMNS) if self.table.isColumnHidden(i)]
        settings.store().update(accounts_hidden_columns=hidden)

    def _apply_hidden_columns(self, hidden: list[str]) -> None:
        for col, key in enumerate(COLUMNS):
            self.table.setColumnHidden(col, key in hidden and key not in ALWAYS_SHOWN)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if not self._splitter_placed:  # first show: table 44 %, detail 56 % of the width
            self._splitter_placed = True
            width = max(self.splitter.width(), 800)
            self.splitter.setSizes([width * 44 // 100, width * 56 // 100])

    def _save_splitter(self, *_args: object) -> None:
        state = bytes(self.splitter.saveState().toBase64()).decode()
        settings.store().update(accounts_splitter=state)

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Accounts"))
        self.search.setPlaceholderText(
            self.tr("Search code, name or contact (Ctrl+F)")
        )
        self.search.setToolTip(self.tr(
            "Every word must appear in the account's code, its name or a contact's name."))
        self.new_action.setText(self.tr("&New account…"))
        self.new_action.setToolTip(self.tr("New account (Ctrl+Shift+A)"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.edit_action.setToolTip(self.tr("Edit the selected account (F2 or Enter)"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected account (Delete); undoable"))
        self.restore_action.setText(self.tr("&Restore"))
        self.restore_action.setToolTip(self.tr("Bring the deleted account back"))
        self.export_action.setText(self.tr("E&xport…"))
        self.export_action.setToolTip(self.tr("Export the list as shown to Excel (Ctrl+E)"))
        self.model.refresh_texts()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["NOT_CLASSIFIED", "AccountsPage", "ask_export_path", "confirm_delete"]
