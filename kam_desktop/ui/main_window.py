"""The main window: navigation on the left, one page at a time on the right.

The window owns the open `Database`: it closes the previous one when another is opened and the
current one when the window closes. Opening a file (which may upgrade its schema and take a
backup first) runs as a background `Op` with a progress dialog.

After every write, `data_changed(changes)` says what changed (see `changes`); each page decides
whether it shows that data and reloads. A spreadsheet dropped on the window opens the import
wizard with that file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QMimeData,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from kam_desktop import settings
from kam_desktop.errors import DatabaseError
from kam_desktop.services.database import open_database
from kam_desktop.storage.database import Database
from kam_desktop.ui import (
    about_dialog,
    changes,
    file_dialogs,
    i18n,
    icons,
    import_dialogs,
    messages,
    operations,
    undo_commands,
)
from kam_desktop.ui.accounts_page import AccountsPage
from kam_desktop.ui.classification_page import ClassificationPage
from kam_desktop.ui.dashboard_page import DashboardPage
from kam_desktop.ui.import_page import ImportPage
from kam_desktop.ui.import_wizard import ImportWizard
from kam_desktop.ui.operations import Op
from kam_desktop.ui.plans_page import PlansPage
from kam_desktop.ui.settings_page import SettingsPage
from kam_desktop.ui.surveys_page import SurveysPage
from kam_desktop.ui.visit_dialog import open_quick_visit
from kam_desktop.ui.visits_page import VisitsPage

PAGE_KEYS = (
    "dashboard", "accounts", "visits", "surveys", "import", "classification", "plans", "settings",
)
APP_NAME = "KAM Desktop"


def importable_path(mime: QMimeData) -> Path | None:
    """The first local file among dragged URLs that the import reads, if any."""
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if import_dialogs.is_importable(path):
                return path
    return None


# Pages whose controls need more than a small laptop window's width (the Plans page's export
# panel alone is ~1,000 px): in a scroll area, so that they do not hold every page that wide.
# Not the others: their tables scroll themselves, and an outer scroll area would add a second
# scroll bar.
SCROLLING_PAGES = frozenset({"surveys", "plans"})


def _scrolling(page: QWidget) -> QScrollArea:
    """The page in a frameless scroll area that it fills while the window is big enough."""
    area = QScrollArea()
    area.setObjectName("pageScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


def close_when_idle(db: Database, waiting: frozenset[Op[Any]] | None = None) -> None:
    """Close `db` once the background operations running now have ended: reads started for
    the pages still use its file and connections, and closing under them can crash SQLite's
    C code. Operations started later (on the next database) are not waited for."""
    still = operations.running() if waiting is None else waiting & operations.running()
    if not still:
        db.close()
        return
    QTimer.singleShot(100, lambda: close_when_idle(db, still))


class MainWindow(QMainWindow):
    database_changed = Signal(object)  # the new Database
    data_changed = Signal(object)  # changes.Changes: what a write changed

    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.app_icon())
        self.db: Database | None = None
        self._count: int | None = None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.dashboard_page = DashboardPage()
        self.accounts_page = AccountsPage()
        self.visits_page = VisitsPage()
        self.surveys_page = SurveysPage()
        self.import_page = ImportPage()
        self.classification_page = ClassificationPage()
        self.plans_page = PlansPage()
        self.settings_page = SettingsPage()
        self.import_wizard: ImportWizard | None = None
        by_key: dict[str, QWidget] = {
            "dashboard": self.dashboard_page, "accounts": self.accounts_page,
            "visits": self.visits_page, "surveys": self.surveys_page,
            "import": self.import_page, "classification": self.classification_page,
            "plans": self.plans_page, "settings": self.settings_page,
        }
        for key in PAGE_KEYS:
            page = by_key[key]
            self.pages[key] = page
            self.stack.addWidget(_scrolling(page) if key in SCROLLING_PAGES else page)
            item = QListWidgetItem(icons.nav_icon(key), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._on_navigation)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.db_label.setObjectName("statusDatabase")
        self.count_label = QLabel()
        self.count_label.setObjectName("statusCount")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        self.accounts_page.loaded.connect(self._on_accounts_loaded)
        self.import_page.import_requested.connect(self.open_import_wizard)
        self.import_page.data_changed.connect(self.data_changed)
        self.classification_page.data_changed.connect(self.data_changed)
        self.accounts_page.data_changed.connect(self.data_changed)
        self.visits_page.data_changed.connect(self.data_changed)
        self.surveys_page.data_changed.connect(self.data_changed)
        for page in (self.dashboard_page, self.visits_page, self.surveys_page, self.plans_page):
            page.open_account.connect(self.open_account)
        self.data_changed.connect(self._on_data_changed)
        undo_commands.hub().data_changed.connect(self.data_changed)
        self.setAcceptDrops(True)

        self._create_actions()
        self._create_menus()
        self._unsubscribe = settings.store().subscribe(self._on_settings_changed)

        self.retranslate_ui()
        self._restore_state()
        if db is not None:
            self.set_database(db)

    # --- actions and menus -----------------------------------------------------------------

    def _create_actions(self) -> None:
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.ask_open_database)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.ask_new_database)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setEnabled(False)
        self.import_action.triggered.connect(lambda: self.open_import_wizard())
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.page_group = QActionGroup(self)
        self.page_group.setExclusive(True)
        self.page_actions: dict[str, QAction] = {}
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setIcon(icons.nav_icon(key))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.page_group.addAction(action)
            self.page_actions[key] = action

        # Our own actions over the app-wide stack (not createUndoAction), so that their text
        # follows the language switch.
        undo_stack = undo_commands.stack()
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(undo_stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(undo_stack.redo)
        for signal in (undo_stack.canUndoChanged, undo_stack.canRedoChanged,
                       undo_stack.undoTextChanged, undo_stack.redoTextChanged):
            signal.connect(self._update_undo_actions)

        self.quick_visit_action = QAction(self)
        self.quick_visit_action.setShortcut(QKeySequence("Ctrl+L"))
        self.quick_visit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_visit_action.setEnabled(False)
        self.quick_visit_action.triggered.connect(self.log_visit)

        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.find_account)
        self.reload_action = QAction(self)
        self.reload_action.setShortcut(QKeySequence("F5"))
        self.reload_action.triggered.connect(self.accounts_page.reload)

        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: about_dialog.show_about(self))
        self.about_qt_action = QAction(self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.quick_visit_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = bar.addMenu("")
        for action in self.page_actions.values():
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.reload_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def _update_undo_actions(self, *_args: object) -> None:
        undo_stack = undo_commands.stack()
        self.undo_action.setEnabled(undo_stack.canUndo())
        self.redo_action.setEnabled(undo_stack.canRedo())
        undo_text, redo_text = undo_stack.undoText(), undo_stack.redoText()
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo_text).strip()
                                 if undo_text else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo_text).strip()
                                 if redo_text else self.tr("&Redo"))

    # --- pages -----------------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))

    def current_page_key(self) -> str:
        return PAGE_KEYS[max(self.stack.currentIndex(), 0)]

    def _on_navigation(self, row: int) -> None:
        if row < 0:
            return
        key = PAGE_KEYS[row]
        self.stack.setCurrentIndex(row)
        self.page_actions[key].setChecked(True)
        settings.store().update(last_page=key)

    def find_account(self) -> None:
        self.show_page("accounts")
        self.accounts_page.focus_search()

    def open_account(self, account_id: str) -> None:
        """Show one account on the Accounts page (clearing a search or filter hiding it)."""
        self.show_page("accounts")
        page = self.accounts_page
        if not page.select_id(account_id):  # a search or a filter hides it
            page.search.clear()
            page.filters.clear()
            page.select_id(account_id)

    def log_visit(self) -> None:
        """The quick visit form, for the account selected on the Accounts page if any."""
        if self.db is None:
            return
        account_id = self.accounts_page.selected_account_id()
        edit = open_quick_visit(self, self.db, account_id)
        if edit is not None:
            self.data_changed.emit(changes.of_entity(edit.entity))

    def page_label(self, key: str) -> str:
        names = {
            "dashboard": self.tr("Dashboard"),
            "accounts": self.tr("Accounts"),
            "visits": self.tr("Visits"),
            "surveys": self.tr("Surveys"),
            "import": self.tr("Import"),
            "classification": self.tr("Classification"),
            "plans": self.tr("Account plans"),
            "settings": self.tr("Settings"),
        }
        return names[key]

    # --- database --------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        """Show `db` (the window takes it over and closes the one it had)."""
        old, self.db = self.db, db
        if old is not None and old is not db:
            close_when_idle(old)
            undo_commands.stack().clear()  # its edits belong to the database just closed
        settings.store().update(last_db_path=str(db.path))
        for page in (self.dashboard_page, self.accounts_page, self.visits_page,
                     self.surveys_page, self.import_page, self.classification_page,
                     self.plans_page):
            page.set_database(db)
        self.import_action.setEnabled(True)
        self.quick_visit_action.setEnabled(True)
        self.settings_page.set_database_path(db.path)
        self.count_label.setText("")
        self._update_titles()
        self.database_changed.emit(db)

    def ask_open_database(self) -> None:
        start = self.db.path.parent if self.db is not None else None
        path = file_dialogs.ask_existing_database(self, start)
        if path is not None:
            self.open_database_file(path, create=False)

    def ask_new_database(self) -> None:
        start = self.db.path.parent if self.db is not None else None
        path = file_dialogs.ask_new_database(self, start)
        if path is None:
            return
        if path.exists():
            messages.show_error(self, DatabaseError(self.tr(
                "%1 already exists. Choose another name, or open it with File ▸ Open database."
            ).replace("%1", str(path))))
            return
        self.open_database_file(path, create=True)

    def open_database_file(self, path: Path, *, create: bool = False) -> Op[Database] | None:
        """Open (or create) a database in the background, then show it."""
        if self.db is not None and Path(path).resolve() == self.db.path.resolve():
            return None  # already open
        if not self.accounts_page.confirm_leave():
            return None
        return Op(
            parent=self,
            run=lambda _p, _c: open_database(Path(path), create=create),
            done=self.set_database,
            writes=True,  # may create, upgrade or back up the file
        ).with_progress(self.tr("Opening %1…").replace("%1", Path(path).name)).start()

    # --- import ----------------------------------------------------------------------------

    def open_import_wizard(self, path: Path | None = None) -> ImportWizard | None:
        """Open the import wizard (window-modal), with `path` filled in when given."""
        if self.db is None:
            return None
        if self.import_wizard is not None:  # one at a time; bring it forward
            if path is not None and self.import_wizard.current_key() == "file":
                self.import_wizard.file_page.set_path(path)
            self.import_wizard.raise_()
            self.import_wizard.activateWindow()
            return self.import_wizard
        wizard = ImportWizard(self.db, self, path)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.data_changed.connect(self.data_changed)
        wizard.finished.connect(self._on_import_wizard_closed)
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def _on_import_wizard_closed(self, _result: int) -> None:
        self.import_wizard = None

    def _on_data_changed(self, what: changes.Changes) -> None:
        for page in (self.accounts_page, self.dashboard_page, self.visits_page, self.surveys_page,
                     self.import_page, self.classification_page, self.plans_page):
            page.on_data_changed(what)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if self.db is not None and importable_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt override
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        path = importable_path(event.mimeData())
        if self.db is None or path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_import_wizard(path)

    def _on_accounts_loaded(self, count: int) -> None:
        self._count = count
        if count == 1:
            self.count_label.setText(self.tr("1 account"))
        else:
            self.count_label.setText(
                self.tr("%1 accounts").replace("%1", QLocale().toString(count))
            )

    def _update_titles(self) -> None:
        if self.db is None:
            self.setWindowTitle(APP_NAME)
            self.db_label.setText(self.tr("No database open"))
            return
        self.setWindowTitle(f"{APP_NAME} — {self.db.path.name}")
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(self.db.path)))

    # --- settings and state ----------------------------------------------------------------

    def _on_settings_changed(self, new: settings.Settings, changed: frozenset[str]) -> None:
        if "language" in changed:
            app = QApplication.instance()
            if app is not None:
                i18n.install_translator(app, new.language)

    def _restore_state(self) -> None:
        current = settings.current()
        if current.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(current.window_geometry.encode()))
        else:
            self.resize(1400, 860)
        if current.window_state:
            self.restoreState(QByteArray.fromBase64(current.window_state.encode()))
        key = current.last_page if current.last_page in PAGE_KEYS else "accounts"
        self.show_page(key)

    def save_state(self) -> None:
        settings.store().update(
            window_geometry=bytes(self.saveGeometry().toBase64()).decode(),
            window_state=bytes(self.saveState().toBase64()).decode(),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if not self.accounts_page.confirm_leave():  # an unsaved account plan: the user stays
            event.ignore()
            return
        self.save_state()
        self._unsubscribe()
        if self.db is not None:
            # The app is ending: let running reads finish (bounded), then close the file.
            QThreadPool.globalInstance().waitForDone(10_000)
            operations.write_pool().waitForDone(10_000)
            self.db.close()
        super().closeEvent(event)

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        for row, key in enumerate(PAGE_KEYS):
            item = self.navigation.item(row)
            item.setText(self.page_label(key))
            self.page_actions[key].setText(self.page_label(key))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._update_undo_actions()
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_action.setText(self.tr("&Open database…"))
        self.new_action.setText(self.tr("&New database…"))
        self.import_action.setText(self.tr("&Import a file…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.quick_visit_action.setText(self.tr("&Log a visit…"))
        self.find_action.setText(self.tr("&Find account"))
        self.reload_action.setText(self.tr("&Reload accounts"))
        self.about_action.setText(self.tr("&About KAM Desktop"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        width = max(self.navigation.sizeHintForColumn(0), 150) + 24
        self.navigation.setFixedWidth(width)
        self._update_titles()
        if self._count is not None:
            self._on_accounts_loaded(self._count)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
