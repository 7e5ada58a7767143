"""The Accounts page: search, tier filter, the portfolio table and the detail panel.

The table is loaded on a worker thread (`Op`) and handed to `AccountsTableModel`; the page never
runs SQL, it calls `services.accounts`. Filtering runs as you type: at once on small portfolios,
after a short pause (`SEARCH_DELAY_MS`) on large ones so fast typing does not queue up scans.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import settings
from kam_desktop.errors import NotFoundError
from kam_desktop.services.accounts import account_table, get_account
from kam_desktop.services.classification import OverrideInfo, clear_override, set_override
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, classification_dialogs, labels
from kam_desktop.ui.account_detail import AccountDetailPanel
from kam_desktop.ui.accounts_model import (
    ALL_TIERS,
    COLUMNS,
    NOT_CLASSIFIED,
    AccountsTable,
    AccountsTableModel,
)
from kam_desktop.ui.operations import Op, report_failure
from kam_desktop.ui.tier_explanation import TierView, load_tier_view

SEARCH_DELAY_MS = 150
IMMEDIATE_SEARCH_ROWS = 20_000  # below this, filtering is instant (a few ms)

# The first columns a KAM looks at come first; the model keeps the service's column order.
VISUAL_ORDER = (
    "code", "name", "tier", "status", "industry", "region", "city", "owner", "annual_revenue",
    "company_size", "contacts", "segment",
)
# Initial column widths in average character widths; the user can resize.
_COLUMN_CHARS = {
    "code": 9, "name": 25, "industry": 12, "segment": 12, "region": 9, "city": 10,
    "owner": 10, "status": 8, "tier": 5, "company_size": 9, "annual_revenue": 15,
    "contacts": 8,
}


def load_accounts_table(db: Database) -> AccountsTable:
    """Read and prepare the portfolio (runs on a worker thread)."""
    with db.unit_of_work() as uow:
        frame = account_table(uow)
    return AccountsTable(frame)


class AccountsPage(QWidget):
    """Search and browse the portfolio; the selected account is shown on the right."""

    loaded = Signal(int)  # total number of accounts, after each (re)load
    data_changed = Signal(object)  # changes.Changes, after an override is set or cleared
    override_finished = Signal(bool)  # True when an override was set or cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self.db: Database | None = None
        self._load_generation = 0
        self._loading = False
        self._selected_code: str | None = None

        self.model = AccountsTableModel(self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")

        self.search = QLineEdit()
        self.search.setObjectName("accountSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)

        self.tier_label = QLabel()
        self.tier_combo = QComboBox()
        self.tier_combo.setObjectName("tierFilter")
        self.tier_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tier_combo.currentIndexChanged.connect(self._on_tier_changed)
        self.tier_label.setBuddy(self.tier_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("accountCount")

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
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        self._set_initial_column_widths()
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(self._focus_detail)
        self.table.doubleClicked.connect(self._focus_detail)
        self.model.modelReset.connect(self._after_reset)

        self.detail = AccountDetailPanel()
        self.detail.override_requested.connect(self.override_tier)
        self.detail.clear_override_requested.connect(self.clear_tier_override)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("accountsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_placed = False

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search, 3)
        bar.addSpacing(8)
        bar.addWidget(self.tier_label)
        bar.addWidget(self.tier_combo)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._apply_hidden_columns(settings.current().accounts_hidden_columns)
        state = settings.current().accounts_splitter
        if state:
            self._splitter_placed = self.splitter.restoreState(
                QByteArray.fromBase64(state.encode())
            )
        self.splitter.splitterMoved.connect(self._save_splitter)
        self.retranslate_ui()

    # --- data ------------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self._selected_code = None
        self.detail.show_account(None)
        self.model.set_table(AccountsTable.empty())
        self.reload()

    def reload(self) -> Op[AccountsTable] | None:
        """Load the portfolio on a worker thread; the newest request wins."""
        if self.db is None:
            self._update_count()
            return None
        self._load_generation += 1
        generation = self._load_generation
        db = self.db
        self._loading = True
        self._update_count()

        def done(table: AccountsTable) -> None:
            if generation != self._load_generation or db is not self.db:
                return  # a newer load (or another database) superseded this one
            self._loading = False
            self._set_table(table)

        def failed(exc: BaseException) -> None:
            if generation == self._load_generation:
                self._loading = False
                self._update_count()
            report_failure(self, exc)

        return Op(parent=self, run=lambda _p, _c: load_accounts_table(db), done=done,
                  failed=failed).start()

    @property
    def is_loading(self) -> bool:
        return self._loading

    def _set_table(self, table: AccountsTable) -> None:
        self.model.set_table(table)
        self._fill_tier_combo()
        self._update_count()
        if self._selected_code is not None:  # the data may have changed: read it again
            self._show_detail(self._selected_code)
        self.loaded.emit(len(table))

    def _fill_tier_combo(self) -> None:
        current = self.tier_combo.currentData() or ALL_TIERS
        self.tier_combo.blockSignals(True)
        self.tier_combo.clear()
        self.tier_combo.addItem(self.tr("All tiers"), ALL_TIERS)
        for tier in self.model.table.tiers:
            self.tier_combo.addItem(self.tr("Tier %1").replace("%1", tier), tier)
        self.tier_combo.addItem(labels.not_classified(), NOT_CLASSIFIED)
        index = self.tier_combo.findData(current)
        self.tier_combo.setCurrentIndex(max(index, 0))
        self.tier_combo.blockSignals(False)
        if self.tier_combo.currentData() != self.model.tier_filter:
            self.model.set_filter(tier=self.tier_combo.currentData())

    # --- filtering -------------------------------------------------------------------------

    def _on_search_changed(self, _text: str) -> None:
        if self.model.total_count() < IMMEDIATE_SEARCH_ROWS:
            self._apply_search()
        else:
            self._search_timer.start()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        if self.search.text() != self.model.search_text:
            self.model.set_filter(search=self.search.text())

    def _on_tier_changed(self, _index: int) -> None:
        tier = self.tier_combo.currentData()
        if tier is not None:
            self.model.set_filter(tier=tier)

    def set_tier_filter(self, tier: str) -> None:
        index = self.tier_combo.findData(tier)
        if index >= 0:
            self.tier_combo.setCurrentIndex(index)

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
                self._apply_search()
                self.table.setFocus()
                if not self.table.currentIndex().isValid() and self.model.rowCount():
                    self.select_row(0)
                return True
        return super().eventFilter(watched, event)

    def _after_reset(self) -> None:
        """Keep the selected account selected when it is still shown after a filter."""
        self._update_count()
        row = self.model.row_of_code(self._selected_code) if self._selected_code else None
        if row is None:
            if self._selected_code is not None:
                self._selected_code = None
                self.detail.show_account(None)
            return
        self.select_row(row)

    def _update_count(self) -> None:
        if self._loading and self.model.total_count() == 0:
            self.count_label.setText(self.tr("Loading accounts…"))
            return
        total, shown = self.model.total_count(), self.model.visible_count()
        locale = QLocale()
        if total == 1:
            text = self.tr("1 account") if shown == 1 else self.tr("0 of 1 account")
        elif shown == total:
            text = self.tr("%1 accounts").replace("%1", locale.toString(total))
        else:
            text = self.tr("%1 of %2 accounts").replace("%1", locale.toString(shown)).replace(
                "%2", locale.toString(total)
            )
        self.count_label.setText(text)

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

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = self.model.code_at(current.row()) if current.isValid() else None
        if code == self._selected_code and self.detail.detail is not None:
            return
        self._selected_code = code
        self._show_detail(code)

    def _show_detail(self, code: str | None) -> None:
        if code is None or self.db is None:
            self.detail.show_account(None)
            return
        tier: TierView | None = None
        try:
            with self.db.unit_of_work() as uow:
                detail = get_account(uow, code)
                tier = load_tier_view(uow, code, detail.name)
        except NotFoundError:  # deleted meanwhile (another window, an import)
            detail = None
        self.detail.show_account(detail, tier)

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
            self.data_changed.emit(frozenset({changes.ACCOUNTS}))
            self.override_finished.emit(True)

        def failed(exc: BaseException) -> None:
            report_failure(self, exc)
            self.override_finished.emit(False)

        return Op(parent=self, run=lambda _p, _c: work(), done=done, failed=failed,
                  writes=True).with_progress(label).start()

    def _focus_detail(self, _index: QModelIndex) -> None:
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- columns ---------------------------------------------------------------------------

    def _set_initial_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        for col, key in enumerate(COLUMNS):
            self.table.setColumnWidth(col, _COLUMN_CHARS[key] * char + 16)
        for visual, key in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(COLUMNS.index(key)), visual)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _show_column_menu(self, pos: object) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))  # type: ignore[arg-type]

    def column_menu(self) -> QMenu:
        """The header's context menu: a check box per column (code and name always shown)."""
        menu = QMenu(self)
        for col, key in enumerate(COLUMNS):
            action = QAction(labels.column_label(key), menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.setEnabled(key not in ("code", "name"))
            action.toggled.connect(lambda on, k=key: self.set_column_visible(k, on))
            menu.addAction(action)
        return menu

    def set_column_visible(self, key: str, visible: bool) -> None:
        self.table.setColumnHidden(COLUMNS.index(key), not visible)
        hidden = [k for i, k in enumerate(COLUMNS) if self.table.isColumnHidden(i)]
        settings.store().update(accounts_hidden_columns=hidden)

    def _apply_hidden_columns(self, hidden: list[str]) -> None:
        for col, key in enumerate(COLUMNS):
            self.table.setColumnHidden(col, key in hidden and key not in ("code", "name"))

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if not self._splitter_placed:  # first show: table 56 %, details 44 % of the width
            self._splitter_placed = True
            width = max(self.splitter.width(), 800)
            self.splitter.setSizes([width * 56 // 100, width * 44 // 100])

    def _save_splitter(self, *_args: object) -> None:
        state = bytes(self.splitter.saveState().toBase64()).decode()
        settings.store().update(accounts_splitter=state)

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Accounts"))
        self.search.setPlaceholderText(
            self.tr("Search code, name, industry, region, city or account manager (Ctrl+F)")
        )
        self.tier_label.setText(self.tr("&Tier:"))
        self.model.refresh_texts()
        if self.tier_combo.count():
            self._fill_tier_combo()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
