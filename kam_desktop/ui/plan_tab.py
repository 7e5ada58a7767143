"""The Plan tab of the account detail: the account's plans, one period at a time, edited as a
document.

Unsaved changes are handled explicitly rather than autosaved: a plan is a document that is
taken into a customer review, and a half-typed row (an objective without its description, a
date being typed) must not be written, nor fail to save in the background. So the bar at the
bottom always says whether there are unsaved changes; Save (Ctrl+S) writes the whole plan in
one transaction and Revert goes back to the saved plan. Switching plan or account, creating,
copying, deleting, exporting or closing with unsaved changes asks Save / Discard / Cancel
(`plan_editor_dialogs.ask_save_changes`). A save that fails validation marks every problem at
its field or cell and lists them; "Show" goes to the first one.

Reading and saving a plan are a few indexed queries on one plan (milliseconds, even with 200
actions) and run on the UI thread, so the prompts can wait for the result. The white-space
suggestions, the current values and the copy to the next period scan the portfolio's sales
and run as background operations.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.errors import KamError, RefusedError
from kam_desktop.services.account_editing import get_account_record
from kam_desktop.services.plan_editing import (
    PlanData,
    PlanSummary,
    copy_plan_to_next_period,
    create_plan,
    delete_plan,
    get_plan,
    list_plans,
    restore_plan,
    save_plan,
    suggest_period,
)
from kam_desktop.services.plan_white_space import derive_white_space, suggest_objective_values
from kam_desktop.services.validation import FieldErrors
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, formatting, messages, plan_editor_dialogs
from kam_desktop.ui.operations import Op, report_failure
from kam_desktop.ui.plan_editor_actions import ActionsSection
from kam_desktop.ui.plan_editor_labels import name_of, plan_status_names
from kam_desktop.ui.plan_editor_sections import (
    HeaderSection,
    NeedsSection,
    ObjectivesSection,
    PlanSection,
    RisksSection,
    StrategySection,
    SwotSection,
)
from kam_desktop.ui.plan_editor_white_space import WhiteSpaceSection
from kam_desktop.ui.plan_editor_widgets import RowsView

WRITTEN: changes.Changes = frozenset({changes.PLANS})

STYLE = """
QFrame[planSection="true"] {
    background: white;
    border: 1px solid #dde3ea;
    border-radius: 6px;
}
QLabel#planSectionTitle {
    font-size: 11pt;
    font-weight: bold;
    color: #1b2733;
}
QWidget#planPage { background: #f4f6f9; }
QLabel#planErrors, QLabel#planProblems { color: #b3261e; }
QLabel#planDirty { color: #a15c00; font-weight: 600; }
QLabel#planSaved { color: #5f6b7a; }
QFrame#planSaveBar, QFrame#planTopBar { background: #f8fafc; }
QFrame#planSaveBar { border-top: 1px solid #dde3ea; }
QFrame#planTopBar { border-bottom: 1px solid #dde3ea; }
QFrame#planBanner { background: #eef4fb; border: 1px solid #c9d9ee; border-radius: 4px; }
*[invalid="true"] { border: 1px solid #c62828; background: #fff5f5; }
QLabel#planEmptyTitle { font-size: 12pt; font-weight: 600; }
"""


class PlanTab(QWidget):
    """Edits the plans of one account (see the module docstring)."""

    data_changed = Signal(object)  # changes.Changes after every write
    pdf_requested = Signal(str, str)  # account id, plan id
    print_requested = Signal(str, str)  # account id, plan id
    # The user cancelled leaving a plan with unsaved changes while `set_account` switched to
    # another account: the tab still shows this account (the caller may select it again).
    leave_cancelled = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTab")
        self.setStyleSheet(STYLE)
        self.db: Database | None = None
        self.account_id: str | None = None
        self.plans: list[PlanSummary] = []
        self.deleted_plans: list[PlanSummary] = []
        self.plan_id: str | None = None
        self.loaded: PlanData | None = None  # as read from the database
        self._baseline: PlanData | None = None  # as the widgets showed it after loading
        self._dirty = False
        self._loading = False
        self._errors: dict[str, str] = {}
        self._messages: list[str] = []  # the errors as the sections show them, in page order
        self._saved_at: datetime | None = None
        self._banner_plan: str | None = None  # a deleted plan the banner offers to restore
        self._banner_kind = ""
        self._banner_args: tuple[str, ...] = ()
        self._ws_request = 0
        self._ws_stale = False
        self._compact = False
        self._fill_request = 0

        self._build_top_bar()
        self._build_banner()
        self._build_pages()
        self._build_save_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.banner_holder)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.save_bar)

        self._shortcuts = [
            self._shortcut("Ctrl+S", self.save),
            self._shortcut("Ctrl+Shift+E", self.request_pdf),
            self._shortcut("Ctrl+P", self.request_print),
        ]
        self.retranslate_ui()
        self._show_state()

    # --- building --------------------------------------------------------------------------

    def _shortcut(self, keys: str, slot: Any) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _build_top_bar(self) -> None:
        self.top_bar = QFrame()
        self.top_bar.setObjectName("planTopBar")
        self.plan_label = QLabel()
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("planCombo")
        self.plan_combo.setMinimumContentsLength(10)
        self.plan_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_label.setBuddy(self.plan_combo)
        self.plan_combo.currentIndexChanged.connect(self._on_plan_chosen)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newPlan")
        self.new_button.clicked.connect(self.new_plan)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyPlan")
        self.copy_button.clicked.connect(self.copy_to_next_period)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deletePlan")
        self.delete_button.clicked.connect(self.delete_current)
        self.deleted_button = QToolButton()
        self.deleted_button.setObjectName("deletedPlans")
        self.deleted_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.deleted_menu = QMenu(self.deleted_button)
        self.deleted_button.setMenu(self.deleted_menu)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("exportPlanPdf")
        self.pdf_button.clicked.connect(self.request_pdf)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printPlan")
        self.print_button.clicked.connect(self.request_print)
        row = QHBoxLayout(self.top_bar)
        row.setContentsMargins(10, 6, 10, 6)
        row.setSpacing(6)
        row.addWidget(self.plan_label)
        row.addWidget(self.plan_combo)
        row.addWidget(self.new_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.deleted_button)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)

    def _build_banner(self) -> None:
        self.banner_holder = QWidget()
        holder = QVBoxLayout(self.banner_holder)
        holder.setContentsMargins(10, 6, 10, 0)
        self.banner = QFrame()
        self.banner.setObjectName("planBanner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_action = QPushButton()
        self.banner_action.setObjectName("bannerRestore")
        self.banner_action.clicked.connect(self._banner_restore)
        self.banner_close = QToolButton()
        self.banner_close.setText("✕")
        self.banner_close.setAutoRaise(True)
        self.banner_close.clicked.connect(self.hide_banner)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_action)
        row.addWidget(self.banner_close)
        holder.addWidget(self.banner)
        self.banner_holder.hide()

    def _build_pages(self) -> None:
        self.pages = QStackedWidget()
        # Page 0: no account, or no plan yet.
        empty = QWidget()
        empty.setObjectName("planPage")
        self.empty_title = QLabel()
        self.empty_title.setObjectName("planEmptyTitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("hint")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton()
        self.create_button.setObjectName("createFirstPlan")
        self.create_button.clicked.connect(self.new_plan)
        column = QVBoxLayout(empty)
        column.addStretch(1)
        column.addWidget(self.empty_title)
        column.addWidget(self.empty_text)
        column.addSpacing(8)
        column.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.pages.addWidget(empty)

        # Page 1: the plan.
        self.header = HeaderSection()
        self.objectives = ObjectivesSection()
        self.needs = NeedsSection()
        self.swot = SwotSection()
        self.strategy = StrategySection()
        self.white_space = WhiteSpaceSection()
        self.actions = ActionsSection()
        self.risks = RisksSection()
        self.sections: list[PlanSection] = [
            self.header, self.objectives, self.needs, self.swot, self.strategy,
            self.white_space, self.actions, self.risks,
        ]
        body = QWidget()
        body.setObjectName("planPage")
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 4, 12, 16)
        column.setSpacing(6)
        for section in self.sections:
            column.addWidget(section)
            section.edited.connect(self._on_edited)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("planScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        self.pages.addWidget(self.scroll)
        self.objectives.fill_requested.connect(self.fill_current_values)
        self.white_space.reload_requested.connect(lambda _m: self.load_white_space())

    def _build_save_bar(self) -> None:
        self.save_bar = QFrame()
        self.save_bar.setObjectName("planSaveBar")
        self.state_label = QLabel()
        self.state_label.setObjectName("planSaved")
        self.problems_label = QLabel()
        self.problems_label.setObjectName("planProblems")
        self.problems_label.setWordWrap(True)
        self.show_problem = QPushButton()
        self.show_problem.setObjectName("showFirstProblem")
        self.show_problem.setFlat(True)
        self.show_problem.clicked.connect(self.show_first_problem)
        self.revert_button = QPushButton()
        self.revert_button.setObjectName("revertPlan")
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePlan")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout(self.save_bar)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.state_label)
        row.addSpacing(12)
        row.addWidget(self.problems_label, 1)
        row.addWidget(self.show_problem)
        row.addStretch(0)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)

    # --- public API ------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def set_account(self, db: Database, account_id: str | None) -> None:
        """Show the plans of `account_id` (None: no account). With unsaved changes, asks
        first; on Cancel nothing changes and `leave_cancelled` is emitted. The same account
        again (the account detail's refresh after a write) reloads, keeping unsaved edits."""
        if db is self.db and account_id == self.account_id:
            self.reload_plans(keep_edits=True)
            self.load_white_space()
            return
        if not self.confirm_leave():
            self.leave_cancelled.emit(self.account_id or "")
            return
        self.db = db
        self.account_id = account_id
        self.plan_id = None
        self.loaded = self._baseline = None
        self._errors = {}
        self.hide_banner()
        self.white_space.set_suggestions(None)
        self.reload_plans()
        self.load_white_space()

    def confirm_leave(self) -> bool:
        """True when the current plan may be left: no unsaved changes, or the user saved
        (successfully) or discarded them. False on Cancel or a failed save."""
        self.commit_editing()
        if not self._dirty or self.loaded is None:
            return True
        answer = plan_editor_dialogs.ask_save_changes(self, self.loaded.period)
        if answer == plan_editor_dialogs.SAVE:
            return self.save()
        if answer == plan_editor_dialogs.DISCARD:
            self.revert()
            return True
        return False

    def on_data_changed(self, what: changes.Changes) -> None:
        """Reload what another write changed: the plan list, the plan if it was saved
        elsewhere (unless it has unsaved edits here), the white space after sales changed."""
        if self.db is None or self.account_id is None:
            return
        if changes.PLANS in what or changes.ACCOUNTS in what:
            self.reload_plans(keep_edits=True)
        if what & {changes.SALES, changes.ACCOUNTS}:
            self.load_white_space()

    # --- plans -----------------------------------------------------------------------------

    def reload_plans(self, select: str | None = None, *, keep_edits: bool = False) -> None:
        """Read the account's plans; show `select`, else the current plan, else this year's
        or the newest."""
        if self.db is None or self.account_id is None:
            self.plans, self.deleted_plans = [], []
            self._fill_combo()
            self._show_state()
            return
        try:
            with self.db.unit_of_work() as uow:
                self.plans = list_plans(uow, self.account_id)
                self.deleted_plans = list_plans(uow, self.account_id, deleted=True)
        except KamError as exc:  # the account vanished (an import undo)
            messages.show_error(self, exc)
            self.plans, self.deleted_plans = [], []
        ids = [p.id for p in self.plans]
        current = next((p for p in self.plans if p.id == self.plan_id), None)
        if select in ids:
            chosen: str | None = select
        elif current is not None:
            chosen = current.id
        elif keep_edits and self._dirty:
            chosen = None  # deleted elsewhere: keep the edits on screen; saving will say so
        else:
            chosen = self._default_plan()
        self._fill_combo(chosen if chosen is not None else self.plan_id)
        self._fill_deleted_menu()
        if chosen is None:
            if not (keep_edits and self._dirty):
                self.plan_id = None
                self.loaded = self._baseline = None
            self._show_state()
            return
        stale = current is not None and self.loaded is not None and \
            current.updated_at != self.loaded.updated_at
        if chosen != self.plan_id or (stale and not self._dirty) or self.loaded is None:
            self._load_plan(chosen)
        self._show_state()

    def _default_plan(self) -> str | None:
        this_year = str(datetime.now().year)
        for plan in self.plans:
            if plan.period == this_year:
                return plan.id
        return self.plans[0].id if self.plans else None

    def _fill_combo(self, current: str | None = None) -> None:
        self.plan_combo.blockSignals(True)
        try:
            self.plan_combo.clear()
            names = plan_status_names()
            for plan in self.plans:
                self.plan_combo.addItem(
                    self.tr("%1 · %2").replace("%1", plan.period)
                    .replace("%2", name_of(names, plan.status)), plan.id)
            found = self.plan_combo.findData(current) if current else -1
            self.plan_combo.setCurrentIndex(found)
        finally:
            self.plan_combo.blockSignals(False)

    def _fill_deleted_menu(self) -> None:
        self.deleted_menu.clear()
        for plan in self.deleted_plans:
            text = self.tr("Restore the plan for %1 (deleted %2)").replace("%1", plan.period) \
                .replace("%2", formatting.day(plan.deleted_at))
            action = self.deleted_menu.addAction(text)
            action.triggered.connect(lambda _c=False, p=plan.id: self.restore(p))
        self.deleted_button.setVisible(bool(self.deleted_plans))

    def _on_plan_chosen(self, index: int) -> None:
        plan_id = self.plan_combo.itemData(index)
        if plan_id is None or plan_id == self.plan_id:
            return
        if not self.confirm_leave():
            self._fill_combo(self.plan_id)  # stay
            return
        self._load_plan(plan_id)
        self._fill_combo(plan_id)
        self._show_state()

    def _load_plan(self, plan_id: str) -> None:
        assert self.db is not None
        try:
            with self.db.unit_of_work() as uow:
                plan = get_plan(uow, plan_id)
        except KamError as exc:
            messages.show_error(self, exc)
            return
        self.plan_id = plan_id
        self._show_plan(plan)

    def _show_plan(self, plan: PlanData) -> None:
        self._loading = True
        try:
            for section in self.sections:
                section.load(plan)
        finally:
            self._loading = False
        self.loaded = plan
        self._baseline = self._collect()
        self._dirty = False
        self._set_errors({})
        self._show_state()

    def _collect(self) -> PlanData:
        values: dict[str, Any] = {}
        for section in self.sections:
            values.update(section.collect())
        return PlanData(**values)

    def current_data(self) -> PlanData:
        """The plan as the widgets show it now (what Save would write)."""
        return self._collect()

    # --- editing state ---------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._loading or self._baseline is None:
            return
        dirty = self._collect() != self._baseline
        if dirty != self._dirty:
            self._dirty = dirty
            self._show_state()

    def save(self) -> bool:
        """Write the plan; True when saved (or nothing to save)."""
        if self.db is None or self.plan_id is None or self.loaded is None:
            return True
        self.commit_editing()
        if not self._dirty:
            return True
        data = self._collect()
        try:
            save_plan(self.db, self.plan_id, data, expect_updated_at=self.loaded.updated_at)
        except FieldErrors as exc:
            self._set_errors(exc.errors)
            self.show_first_problem()
            return False
        except RefusedError as exc:
            messages.show_error(self, exc)
            return False
        except KamError as exc:
            messages.show_error(self, exc)
            return False
        self._saved_at = datetime.now()
        with self.db.unit_of_work() as uow:
            saved = get_plan(uow, self.plan_id)
        self._show_plan(saved)
        self.reload_plans(select=self.plan_id)
        self.data_changed.emit(WRITTEN)
        return True

    def commit_editing(self) -> None:
        """Take what is typed in an open cell editor into its table."""
        for view in self.findChildren(RowsView):
            view.commit_editing()

    def revert(self) -> None:
        """Back to the saved plan."""
        if self.plan_id is not None and self.db is not None:
            self._load_plan(self.plan_id)

    def _set_errors(self, errors: dict[str, str]) -> None:
        self._errors = dict(errors)
        self._messages = [message for section in self.sections
                          for message in section.show_errors(self._errors)]
        self._show_state()

    def _ordered_errors(self) -> list[str]:
        """Error keys in the order of the page: by section, then by row."""
        order = {"period": 0, "status": 1, "owner": 2, "review_cadence": 3, "objectives": 4,
                 "needs": 5, "swot": 6, "strategy": 7, "value_proposition": 8,
                 "white_space": 9, "actions": 10, "risks": 11}

        def key(name: str) -> tuple[int, int, str]:
            parts = name.split(".")
            row = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
            return order.get(parts[0], 99), row, name

        return sorted(self._errors, key=key)

    def show_first_problem(self) -> None:
        for key in self._ordered_errors():
            for section in self.sections:
                if section.focus_error(key):
                    QTimer.singleShot(0, lambda: self._reveal_focus())
                    return

    def _reveal_focus(self) -> None:
        widget = self.focusWidget()
        if widget is not None and self.scroll.widget().isAncestorOf(widget):
            self.scroll.ensureWidgetVisible(widget, 40, 80)

    # --- actions ---------------------------------------------------------------------------

    def new_plan(self) -> None:
        if self.db is None or self.account_id is None or not self.confirm_leave():
            return
        try:
            with self.db.unit_of_work() as uow:
                period = suggest_period(uow, self.account_id)
                owner = get_account_record(uow, self.account_id).owner
        except KamError as exc:
            messages.show_error(self, exc)
            return
        answer = plan_editor_dialogs.ask_new_plan(self, period, owner)
        if answer is None:
            return
        period, owner = answer
        try:
            plan_id = create_plan(self.db, self.account_id, period, owner=owner)
        except KamError as exc:
            messages.show_error(self, exc)
            return
        self.hide_banner()
        self.reload_plans(select=plan_id)
        self.data_changed.emit(WRITTEN)

    def copy_to_next_period(self) -> Op[str] | None:
        """Copy the shown plan to the next period (in the background: the current values come
        from the portfolio's sales) and show the copy."""
        if self.db is None or self.plan_id is None or self.loaded is None:
            return None
        if not self.confirm_leave():
            return None
        db, plan_id, period = self.db, self.plan_id, self.loaded.period
        account = self.account_id

        def done(new_id: str) -> None:
            if account != self.account_id:
                self.data_changed.emit(WRITTEN)
                return
            self.reload_plans(select=new_id)
            copied = self.loaded.period if self.loaded is not None else ""
            self.show_banner("copied", period, copied)
            self.data_changed.emit(WRITTEN)

        return Op(parent=self, run=lambda _p, _c: copy_plan_to_next_period(db, plan_id),
                  done=done, writes=True) \
            .with_progress(self.tr("Copying the plan to the next period…")).start()

    def delete_current(self) -> None:
        """Soft-delete the shown plan; the banner offers to restore it."""
        if self.db is None or self.plan_id is None or self.loaded is None:
            return
        if self._dirty:
            answer = plan_editor_dialogs.ask_save_changes(self, self.loaded.period)
            if answer == plan_editor_dialogs.CANCEL or (
                    answer == plan_editor_dialogs.SAVE and not self.save()):
                return
        plan_id, period = self.plan_id, self.loaded.period
        try:
            delete_plan(self.db, plan_id)
        except KamError as exc:
            messages.show_error(self, exc)
            return
        self.plan_id = None
        self.loaded = self._baseline = None
        self._dirty = False
        self.reload_plans()
        self.show_banner("deleted", period, plan_id=plan_id)
        self.data_changed.emit(WRITTEN)

    def restore(self, plan_id: str) -> None:
        if self.db is None or not self.confirm_leave():
            return
        try:
            restore_plan(self.db, plan_id)
        except KamError as exc:
            messages.show_error(self, exc)
            return
        self.hide_banner()
        self.reload_plans(select=plan_id)
        self.data_changed.emit(WRITTEN)

    def _banner_restore(self) -> None:
        if self._banner_plan is not None:
            self.restore(self._banner_plan)

    def request_pdf(self) -> None:
        self._request(self.pdf_requested)

    def request_print(self) -> None:
        self._request(self.print_requested)

    def _request(self, signal: Any) -> None:
        """The PDF and the print are made from the saved plan: unsaved edits are saved or
        discarded first."""
        if self.account_id is None or self.plan_id is None or not self.confirm_leave():
            return
        signal.emit(self.account_id, self.plan_id)

    # --- background reads ------------------------------------------------------------------

    def load_white_space(self) -> Op[Any] | None:
        """Derive the white-space suggestions in the background. A hidden tab (another tab of
        the account detail is shown) waits until it is shown: the query scans the portfolio's
        sales, which is wasted on every account click otherwise."""
        if self.db is None or self.account_id is None:
            self.white_space.set_suggestions(None)
            return None
        if not self.isVisible():
            self._ws_stale = True
            return None
        self._ws_stale = False
        self._ws_request += 1
        request, db, account = self._ws_request, self.db, self.account_id
        months = self.white_space.months_value()

        def run(_p: Any, _c: Any) -> Any:
            with db.unit_of_work() as uow:
                return derive_white_space(uow, account, months=months)

        def done(items: Any) -> None:
            if request == self._ws_request:
                self.white_space.set_suggestions(items)

        def failed(exc: BaseException) -> None:
            if request == self._ws_request:
                self.white_space.set_suggestions([])
            report_failure(self, exc)

        self.white_space.set_loading()
        return Op(parent=self, run=run, done=done, failed=failed).start()

    def fill_current_values(self) -> Op[Any] | None:
        """Current values of revenue/profit/margin objectives from the last 12 months."""
        if self.db is None or self.account_id is None or self.plan_id is None:
            return None
        self._fill_request += 1
        request, db, account, plan = self._fill_request, self.db, self.account_id, self.plan_id

        def run(_p: Any, _c: Any) -> Any:
            with db.unit_of_work() as uow:
                return suggest_objective_values(uow, account)

        def done(values: Any) -> None:
            self.objectives.fill_button.setEnabled(True)
            if request == self._fill_request and plan == self.plan_id:
                self.objectives.apply_values(values)

        def failed(exc: BaseException) -> None:
            self.objectives.fill_button.setEnabled(True)
            report_failure(self, exc)

        self.objectives.fill_button.setEnabled(False)
        return Op(parent=self, run=run, done=done, failed=failed).start()

    # --- display ---------------------------------------------------------------------------

    def show_banner(self, kind: str, *args: str, plan_id: str | None = None) -> None:
        self._banner_kind, self._banner_args, self._banner_plan = kind, args, plan_id
        self._render_banner()
        self.banner_holder.show()

    def hide_banner(self) -> None:
        self._banner_kind, self._banner_plan = "", None
        self.banner_holder.hide()

    def _render_banner(self) -> None:
        args = self._banner_args
        if self._banner_kind == "deleted":
            self.banner_text.setText(self.tr("The plan for %1 was deleted.")
                                     .replace("%1", args[0]))
            self.banner_action.setText(self.tr("Restore"))
            self.banner_action.show()
        elif self._banner_kind == "copied":
            self.banner_text.setText(
                self.tr("The plan for %1 was copied to %2. Current values of revenue and "
                        "profit objectives are from the last 12 months of sales; review the "
                        "targets and the actions' dates.")
                .replace("%1", args[0]).replace("%2", args[1]))
            self.banner_action.hide()

    def _show_state(self) -> None:
        has_account = self.db is not None and self.account_id is not None
        has_plan = self.plan_id is not None and self.loaded is not None
        self.pages.setCurrentIndex(1 if has_plan else 0)
        self.plan_combo.setEnabled(has_account and bool(self.plans))
        self.new_button.setEnabled(has_account)
        for button in (self.copy_button, self.delete_button, self.pdf_button,
                       self.print_button):
            button.setEnabled(has_plan)
        self.deleted_button.setVisible(has_account and bool(self.deleted_plans))
        self.save_bar.setVisible(has_plan)
        self.save_button.setEnabled(has_plan and self._dirty)
        self.revert_button.setEnabled(has_plan and self._dirty)
        if not has_account:
            self.empty_title.setText(self.tr("No account selected"))
            self.empty_text.setText(self.tr("Choose an account to see and edit its plan."))
            self.create_button.hide()
        elif not has_plan:
            self.empty_title.setText(self.tr("This account has no plan yet"))
            self.empty_text.setText(self.tr(
                "A plan holds the objectives, needs, SWOT, strategy, white space, actions and "
                "risks for one period (usually a year), and prints for the customer review."))
            self.create_button.show()
        if self._dirty:
            self.state_label.setObjectName("planDirty")
            self.state_label.setText(self.tr("● Unsaved changes"))
        else:
            self.state_label.setObjectName("planSaved")
            self.state_label.setText(
                self.tr("Saved at %1").replace("%1", self._saved_at.strftime("%H:%M"))
                if self._saved_at is not None else self.tr("No unsaved changes"))
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        count = len(self._messages)
        if count:
            first = self._messages[0]
            self.problems_label.setText(
                (self.tr("1 problem: %1") if count == 1 else
                 self.tr("%2 problems; the first: %1").replace("%2", str(count)))
                .replace("%1", first))
        self.problems_label.setVisible(bool(count))
        self.show_problem.setVisible(bool(count))

    def retranslate_ui(self) -> None:
        self.plan_label.setText(self.tr("P&lan for"))
        self.new_button.setToolTip(self.tr("Start a plan for another period"))
        self.copy_button.setToolTip(self.tr(
            "A draft for the following period with every section of this plan, and current "
            "values from the last 12 months"))
        self.delete_button.setToolTip(self.tr("Delete this plan (it can be restored)"))
        self.deleted_button.setToolTip(self.tr("Restore a deleted plan"))
        self.pdf_button.setToolTip(self.tr("Export the saved plan as a PDF (Ctrl+Shift+E)"))
        self.print_button.setToolTip(self.tr("Preview and print the saved plan (Ctrl+P)"))
        self._fit_top_bar()
        self.create_button.setText(self.tr("Create a plan…"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Discard the unsaved changes"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the plan (Ctrl+S)"))
        self.show_problem.setText(self.tr("Show"))
        self.show_problem.setToolTip(self.tr("Go to the first problem"))
        self.banner_close.setToolTip(self.tr("Close"))
        self._fill_combo(self.plan_id)
        self._fill_deleted_menu()
        if self._banner_kind:
            self._render_banner()
        self._show_state()

    def _top_texts(self, compact: bool) -> dict[QAbstractButton, str]:
        """The top bar's button texts; short ones when the tab is narrow (the tooltips say
        everything either way)."""
        if compact:
            return {self.new_button: self.tr("New…"), self.copy_button: self.tr("Copy ›"),
                    self.delete_button: self.tr("Delete"),
                    self.deleted_button: self.tr("Deleted"), self.pdf_button: self.tr("PDF…"),
                    self.print_button: self.tr("Print…")}
        return {self.new_button: self.tr("New plan…"),
                self.copy_button: self.tr("Copy to next period"),
                self.delete_button: self.tr("Delete"),
                self.deleted_button: self.tr("Deleted plans"),
                self.pdf_button: self.tr("Export PDF…"),
                self.print_button: self.tr("Print preview…")}

    def _set_top_texts(self, compact: bool) -> None:
        for button, text in self._top_texts(compact).items():
            button.setText(text)
        self._compact = compact

    def _fit_top_bar(self) -> None:
        """Full button texts when they fit, short ones otherwise, so the tab does not force
        the account detail wider than the short texts need."""
        self._set_top_texts(True)
        self.top_bar.setMinimumWidth(self.top_bar.sizeHint().width())
        self._set_top_texts(False)
        full = self.top_bar.sizeHint().width()
        if self.width() < full:
            self._set_top_texts(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_top_bar()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._ws_stale:
            self.load_white_space()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
