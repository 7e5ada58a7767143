"""The Visits page: the agenda (planned visits and follow-ups due today, this week, overdue and
in the next two weeks) and the accounts overdue for their tier's visit cadence.

Both are read on worker threads (`Op`) and each is shown as soon as it arrives: the agenda is
one SQL statement over the portfolio (under a second at 100,000 accounts), the cadence list two
aggregates through the attention rules (a second or two). Search and filters are vectorised
masks over the loaded frames. From a row a planned visit is marked done, rescheduled or
cancelled, a follow-up is logged or moved, a visit is logged or planned for the account, and
double-click (or Enter) opens the account. A row acted on disappears at once; the reload that
`data_changed` brings back confirms it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.errors import KamError
from kam_desktop.services.attention import AttentionRules
from kam_desktop.services.edits import Edit
from kam_desktop.services.visit_cadence import overdue_accounts
from kam_desktop.services.visits import Agenda, agenda, cancel_visit, get_visit
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, messages, undo_commands, visit_dialog
from kam_desktop.ui.operations import Op, report_failure
from kam_desktop.ui.visit_dialog import kind_label
from kam_desktop.ui.visits_tab import (
    RIGHT,
    FrameColumn,
    FrameModel,
    current_rules,
    day_cell,
    haystack_of,
    make_table,
    missing,
    moment_cell,
    number_cell,
    search_mask,
    select_row,
)

translate = QCoreApplication.translate

AGENDA_TABS = ("today", "this_week", "overdue", "later")
TAB_KEYS = (*AGENDA_TABS, "cadence")
ALL_OWNERS = "__all__"
HORIZON_DAYS = 14
SEARCH_DELAY_MS = 150
IMMEDIATE_SEARCH_ROWS = 20_000  # below this, filtering runs at each keystroke (a few ms)


def load_agenda(db: Database, today: date) -> Agenda:
    """Planned visits and open follow-ups (runs on a worker thread; one SQL statement)."""
    with db.unit_of_work() as uow:
        return agenda(uow, today=today, horizon=HORIZON_DAYS)


def agenda_bucket(items: Agenda, key: str) -> pd.DataFrame:
    frames = {"today": items.due_today, "this_week": items.this_week,
              "overdue": items.overdue, "later": items.later}
    return frames[key]


def _agenda_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """An agenda bucket with the columns the table shows: `time` (a planned visit's time;
    blank for a follow-up) and `about` (the visit's purpose, or the follow-up's next steps)."""
    out = frame.copy()
    visit = (out["item"] == "visit").to_numpy(dtype=bool)
    times = pd.to_datetime(out["visit_at"])
    out["time"] = np.where(visit, times.dt.strftime("%H:%M").fillna(""), "") if len(out) \
        else pd.Series(dtype=object)
    purpose = out["purpose"].astype(object).where(out["purpose"].notna(), "")
    steps = out["next_steps"].astype(object).where(out["next_steps"].notna(), "")
    out["about"] = np.where(visit, purpose, steps) if len(out) else pd.Series(dtype=object)
    return out


def item_label(value: object) -> str:
    names = {"visit": translate("VisitsPage", "Planned visit"),
             "follow_up": translate("VisitsPage", "Follow-up")}
    return names.get(str(value), str(value))


def agenda_columns() -> list[FrameColumn]:
    return [
        FrameColumn("date", lambda: translate("VisitsPage", "Date"), day_cell, chars=10),
        FrameColumn("time", lambda: translate("VisitsPage", "Time"), chars=5),
        FrameColumn("item", lambda: translate("VisitsPage", "What"), item_label, chars=11),
        FrameColumn("code", lambda: translate("VisitsPage", "Code"), chars=8),
        FrameColumn("name", lambda: translate("VisitsPage", "Account"), tooltip=True, chars=24),
        FrameColumn("tier", lambda: translate("VisitsPage", "Tier"), lambda v: "" if missing(v)
                    else str(v), chars=4),
        FrameColumn("kind", lambda: translate("VisitsPage", "Kind"), kind_label, chars=11),
        FrameColumn("about", lambda: translate("VisitsPage", "Purpose or next steps"), tooltip=True,
                    chars=28),
        FrameColumn("owner", lambda: translate("VisitsPage", "Account manager"), chars=10),
        FrameColumn("days_late", lambda: translate("VisitsPage", "Days late"), number_cell,
                    align=RIGHT, chars=8),
    ]


def _last_visit_cell(value: object) -> str:
    return translate("VisitsPage", "never") if missing(value) else day_cell(value)


def cadence_columns() -> list[FrameColumn]:
    return [
        FrameColumn("code", lambda: translate("VisitsPage", "Code"), chars=8),
        FrameColumn("name", lambda: translate("VisitsPage", "Account"), tooltip=True, chars=24),
        FrameColumn("tier", lambda: translate("VisitsPage", "Tier"), lambda v: "" if missing(v)
                    else str(v), chars=4),
        FrameColumn("owner", lambda: translate("VisitsPage", "Account manager"), chars=10),
        FrameColumn("cadence_days", lambda: translate("VisitsPage", "Cadence (days)"), number_cell,
                    align=RIGHT, chars=9),
        FrameColumn("last_visit", lambda: translate("VisitsPage", "Last visit"), _last_visit_cell,
                    chars=10),
        FrameColumn("days_since_visit", lambda: translate("VisitsPage", "Days since"), number_cell,
                    align=RIGHT, chars=8),
        FrameColumn("due", lambda: translate("VisitsPage", "Was due"), day_cell, chars=10),
        FrameColumn("days_overdue", lambda: translate("VisitsPage", "Days overdue"), number_cell,
                    align=RIGHT, chars=9),
        FrameColumn("next_visit", lambda: translate("VisitsPage", "Next planned"), moment_cell,
                    chars=16),
    ]


class VisitsPage(QWidget):
    """The agenda and the cadence list. `set_database(db)` loads it; `open_account(id)` asks
    the window to show an account."""

    data_changed = Signal(object)  # changes.Changes
    open_account = Signal(str)  # account id (32 hex digits)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsPage")
        self.db: Database | None = None
        self.today: date | None = None  # None: the real today (tests fix it)
        self.agenda: Agenda | None = None
        self.loaded_as_of: tuple[date, AttentionRules] | None = None
        self._generation = 0
        self._pending: set[str] = set()  # parts still being read
        self._hidden: set[tuple[str, str]] = set()  # (item, visit id) handled since the load

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.search = QLineEdit()
        self.search.setObjectName("visitsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self._haystacks: dict[str, tuple[pd.DataFrame, pd.Series]] = {}
        self.owner_label = QLabel()
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("visitsOwner")
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_combo.currentIndexChanged.connect(self._apply_filters)
        self.owner_label.setBuddy(self.owner_combo)

        self.models: dict[str, FrameModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("visitsTabs")
        for key in TAB_KEYS:
            columns = cadence_columns() if key == "cadence" else agenda_columns()
            model = FrameModel(columns, self)
            table = make_table(model, f"agenda_{key}")
            if key in ("today", "this_week", "later"):
                table.setColumnHidden(len(columns) - 1, True)  # days late: only when late
            table.doubleClicked.connect(lambda _i, k=key: self.open_selected(k))
            table.activated.connect(lambda _i, k=key: self.open_selected(k))
            table.selectionModel().currentRowChanged.connect(self._update_actions)
            self.models[key] = model
            self.tables[key] = table
            self.tabs.addTab(table, "")
        self.tabs.currentChanged.connect(self._update_actions)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("visitsPageToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.done_action = self._action("Ctrl+D", self.mark_done)
        self.reschedule_action = self._action("Ctrl+R", self.reschedule)
        self.cancel_action = self._action(None, self.cancel_visit)
        self.log_action = self._action("Insert", self.log_visit)
        self.plan_action = self._action("Shift+Insert", self.plan_visit)
        self.open_action = self._action(None, lambda: self.open_selected())
        self.reload_action = self._action(None, self.reload)
        for action in (self.done_action, self.reschedule_action, self.cancel_action, None,
                       self.log_action, self.plan_action, None, self.open_action, None,
                       self.reload_action):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.status)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search, 3)
        bar.addSpacing(8)
        bar.addWidget(self.owner_label)
        bar.addWidget(self.owner_combo)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()
        self._update_actions()

    def _action(self, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _today(self) -> date:
        return self.today or date.today()

    # --- loading ---------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.agenda = None
        self.loaded_as_of = None
        for model in self.models.values():
            model.set_frame(pd.DataFrame())
        self.reload()

    def reload(self) -> None:
        """Read the agenda and the cadence list on worker threads, each shown as soon as it
        is read (the agenda first: it is the quicker); the newest load wins."""
        if self.db is None:
            self._update_status()
            return
        self._generation += 1
        generation, db = self._generation, self.db
        today, rules = self._today(), current_rules()
        self._pending = {"agenda", "cadence"}
        self._update_status()

        def arrived(part: str, show: Callable[[Any], None]) -> Callable[[Any], None]:
            def done(result: Any) -> None:
                if generation != self._generation or db is not self.db:
                    return
                self._pending.discard(part)
                show(result)
                if not self._pending:
                    self.loaded_as_of = (today, rules)
                    self._hidden.clear()
                    self._apply_filters()
                    self._update_status()
                    self.loaded.emit()
            return done

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._pending.clear()
                self._update_status()
            report_failure(self, exc)

        Op(parent=self, run=lambda _p, _c: load_agenda(db, today),
           done=arrived("agenda", self._show_agenda), failed=failed).start()
        Op(parent=self, run=lambda _p, _c: overdue_accounts(db, today=today, rules=rules),
           done=arrived("cadence", self._show_cadence), failed=failed).start()

    @property
    def is_loading(self) -> bool:
        return bool(self._pending)

    def _keep_selection(self, keys: tuple[str, ...], fill: Callable[[], None]) -> None:
        selected = {key: self._selected_key(key) for key in keys}
        fill()
        self._fill_owners()
        self._apply_filters()
        for key, wanted in selected.items():
            if wanted is not None:
                row = self.models[key].row_of(*wanted)
                if row is not None:
                    select_row(self.tables[key], row)

    def _show_agenda(self, items: Agenda) -> None:
        self.agenda = items

        def fill() -> None:
            for key in AGENDA_TABS:
                self.models[key].set_frame(_agenda_frame(agenda_bucket(items, key)))

        self._keep_selection(AGENDA_TABS, fill)

    def _show_cadence(self, overdue: pd.DataFrame) -> None:
        self._keep_selection(("cadence",), lambda: self.models["cadence"].set_frame(overdue))

    def on_data_changed(self, what: changes.Changes) -> None:
        if what & {changes.VISITS, changes.ACCOUNTS, changes.TIERS}:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self.loaded_as_of is not None and not self.is_loading \
                and self.loaded_as_of != (self._today(), current_rules()):
            self.reload()  # the cadence settings (or the day) changed meanwhile

    # --- filters ---------------------------------------------------------------------------

    def _fill_owners(self) -> None:
        current = self.owner_combo.currentData() or ALL_OWNERS
        owners: set[str] = set()
        for model in self.models.values():
            if "owner" in model.frame:
                owners.update(str(o) for o in model.frame["owner"].dropna().unique())
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("All"), ALL_OWNERS)
        for owner in sorted(owners):
            self.owner_combo.addItem(owner, owner)
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(current), 0))
        self.owner_combo.blockSignals(False)

    def _mask(self, key: str) -> np.ndarray | None:
        frame = self.models[key].frame
        if frame.empty:
            return None
        mask = np.ones(len(frame), dtype=bool)
        owner = self.owner_combo.currentData()
        if owner and owner != ALL_OWNERS:
            mask &= (frame["owner"] == owner).to_numpy(dtype=bool)
        found = search_mask(self._haystack(key), self.search.text())
        if found is not None:
            mask &= found
        if self._hidden and "visit_id" in frame:
            gone = [item + "\x1f" + vid for item, vid in self._hidden]
            mask &= ~(frame["item"] + "\x1f" + frame["visit_id"]).isin(gone).to_numpy(
                dtype=bool)
        return None if mask.all() else mask

    def _haystack(self, key: str) -> pd.Series:
        """The searchable text of a tab's rows, built once per loaded frame."""
        frame = self.models[key].frame
        cached = self._haystacks.get(key)
        if cached is None or cached[0] is not frame:
            cached = (frame, haystack_of(frame, ("code", "name")))
            self._haystacks[key] = cached
        return cached[1]

    def _on_search_changed(self, _text: str) -> None:
        rows = sum(model.total_count() for model in self.models.values())
        if rows < IMMEDIATE_SEARCH_ROWS:
            self._apply_filters()
        else:  # large portfolios: wait for a pause in typing
            self._search_timer.start()

    def _apply_filters(self, *_args: object) -> None:
        for key, model in self.models.items():
            wanted = self._selected_key(key)
            model.set_mask(self._mask(key))
            if wanted is not None:
                row = model.row_of(*wanted)
                if row is not None:
                    select_row(self.tables[key], row)
        self._update_tab_titles()
        self._update_actions()

    def _update_tab_titles(self) -> None:
        names = {
            "today": self.tr("Today (%1)"),
            "this_week": self.tr("This week (%1)"),
            "overdue": self.tr("Overdue (%1)"),
            "later": self.tr("Next two weeks (%1)"),
            "cadence": self.tr("Overdue for cadence (%1)"),
        }
        for i, key in enumerate(TAB_KEYS):
            count = QLocale().toString(self.models[key].rowCount())
            self.tabs.setTabText(i, names[key].replace("%1", count))
        tips = {
            "today": self.tr("Planned visits and follow-ups due today."),
            "this_week": self.tr("Due from tomorrow to Sunday."),
            "overdue": self.tr("Planned visits not marked done and follow-ups not yet "
                               "made, up to 90 days late."),
            "later": self.tr("Due after this week, up to two weeks ahead."),
            "cadence": self.tr("Accounts whose last visit is longer ago than their tier's "
                               "cadence (Settings)."),
        }
        for i, key in enumerate(TAB_KEYS):
            self.tabs.setTabToolTip(i, tips[key])

    def _update_status(self) -> None:
        if self.is_loading:
            self.status.setText(self.tr("Loading the agenda…"))
        elif self.loaded_as_of is not None:
            self.status.setText(self.tr("As of %1").replace(
                "%1", self.loaded_as_of[0].isoformat()))
        else:
            self.status.setText("")

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    # --- selection -------------------------------------------------------------------------

    def current_key(self) -> str:
        return TAB_KEYS[max(self.tabs.currentIndex(), 0)]

    def selected_record(self, key: str | None = None) -> dict[str, Any] | None:
        key = key or self.current_key()
        table = self.tables[key]
        index = table.currentIndex()
        if not index.isValid() or not table.selectionModel().selectedRows():
            return None
        return self.models[key].record(index.row())

    def _selected_key(self, key: str) -> tuple[str, Any] | None:
        record = self.selected_record(key)
        if record is None:
            return None
        if key == "cadence":
            return "account_id", record["account_id"]
        return "visit_id", record["visit_id"]

    def select(self, key: str, row: int) -> None:
        self.show_tab(key)
        select_row(self.tables[key], row)

    def _update_actions(self, *_args: object) -> None:
        key = self.current_key()
        record = self.selected_record(key)
        agenda_row = record is not None and key != "cadence"
        visit_row = agenda_row and record is not None and record["item"] == "visit"
        self.done_action.setEnabled(agenda_row)
        self.reschedule_action.setEnabled(agenda_row)
        self.cancel_action.setEnabled(visit_row)
        self.log_action.setEnabled(self.db is not None)
        self.plan_action.setEnabled(record is not None)
        self.open_action.setEnabled(record is not None)
        follow = agenda_row and record is not None and record["item"] == "follow_up"
        self.done_action.setText(self.tr("&Log follow-up…") if follow
                                 else self.tr("Mark &done…"))
        self.reschedule_action.setText(self.tr("&Move follow-up…") if follow
                                       else self.tr("&Reschedule…"))
        for action, keys in ((self.done_action, "Ctrl+D"), (self.reschedule_action, "Ctrl+R")):
            action.setToolTip(f"{action.text().replace('&', '').rstrip('…')} ({keys})")

    def open_selected(self, key: str | None = None) -> None:
        record = self.selected_record(key)
        if record is not None:
            self.open_account.emit(str(record["account_id"]))

    # --- actions ---------------------------------------------------------------------------

    def _finish(self, edit: Edit | None, record: dict[str, Any] | None = None) -> Edit | None:
        if edit is None:
            return None
        if record is not None and "visit_id" in record:
            self._hidden.add((str(record["item"]), str(record["visit_id"])))
            self._apply_filters()  # at once; the reload that data_changed brings confirms it
        self.data_changed.emit(changes.of_entity(edit.entity))
        return edit

    def mark_done(self) -> Edit | None:
        """A planned visit: mark it done (with summary, next steps, follow-up). A follow-up:
        log the contact that makes it (the quick form, for that account)."""
        record = self.selected_record()
        if self.db is None or record is None or self.current_key() == "cadence":
            return None
        if record["item"] == "follow_up":
            edit = visit_dialog.open_quick_visit(
                self, self.db, str(record["account_id"]), today=self._today(),
                follow_up_of={"visit_at": pd.Timestamp(record["visit_at"]).to_pydatetime(),
                              "next_steps": record["next_steps"]})
            return self._finish(edit, record)
        try:
            with self.db.unit_of_work() as uow:
                visit = get_visit(uow, str(record["visit_id"]))
            dialog = visit_dialog.CompleteVisitDialog(self.db, visit, today=self._today(),
                                                      parent=self)
        except KamError as exc:
            messages.show_error(self, exc)
            return None
        return self._finish(visit_dialog.run_record_dialog(dialog, self.db), record)

    def reschedule(self) -> Edit | None:
        record = self.selected_record()
        if self.db is None or record is None or self.current_key() == "cadence":
            return None
        try:
            with self.db.unit_of_work() as uow:
                visit = get_visit(uow, str(record["visit_id"]))
            dialog = visit_dialog.RescheduleDialog(
                self.db, visit, follow_up=record["item"] == "follow_up", today=self._today(),
                parent=self)
        except KamError as exc:
            messages.show_error(self, exc)
            return None
        return self._finish(visit_dialog.run_record_dialog(dialog, self.db), record)

    def cancel_visit(self) -> Edit | None:
        record = self.selected_record()
        if self.db is None or record is None or record.get("item") != "visit":
            return None
        if not visit_dialog.ask_yes_no(
                self, self.tr("Cancel visit"),
                self.tr("Cancel the visit to %1 planned for %2? Undo (Ctrl+Z) brings it "
                        "back.").replace("%1", str(record["name"])).replace(
                    "%2", moment_cell(record["visit_at"])),
                self.tr("Cancel visit")):
            return None
        try:
            edit = cancel_visit(self.db, str(record["visit_id"]), today=self._today())
        except KamError as exc:
            messages.show_error(self, exc)
            return None
        undo_commands.push(self.db, edit, self.tr("Cancel visit to %1").replace(
            "%1", str(record["code"])))
        return self._finish(edit, record)

    def log_visit(self) -> Edit | None:
        """The quick form, for the selected row's account (or any account)."""
        if self.db is None:
            return None
        record = self.selected_record()
        account = str(record["account_id"]) if record is not None else None
        return self._finish(visit_dialog.open_quick_visit(self, self.db, account,
                                                          today=self._today()))

    def plan_visit(self) -> Edit | None:
        record = self.selected_record()
        if self.db is None or record is None:
            return None
        try:
            dialog = visit_dialog.VisitDialog(self.db, str(record["account_id"]), mode="plan",
                                              today=self._today(), parent=self)
        except KamError as exc:
            messages.show_error(self, exc)
            return None
        return self._finish(visit_dialog.run_record_dialog(dialog, self.db))

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Visits"))
        self.search.setPlaceholderText(self.tr("Filter by account code or name"))
        self.owner_label.setText(self.tr("Account &manager:"))
        if self.owner_combo.count():
            self.owner_combo.setItemText(0, self.tr("All"))
        self.cancel_action.setText(self.tr("&Cancel visit"))
        self.log_action.setText(self.tr("&Log visit…"))
        self.plan_action.setText(self.tr("&Plan visit…"))
        self.open_action.setText(self.tr("&Open account"))
        self.reload_action.setText(self.tr("Re&load"))
        for action, keys in ((self.cancel_action, ""), (self.log_action, "Ins"),
                             (self.plan_action, "Shift+Ins"), (self.open_action, "Enter"),
                             (self.reload_action, "")):
            plain = action.text().replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
        self._update_actions()
        for model in self.models.values():
            model.refresh_texts()
        self._update_tab_titles()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["VisitsPage", "load_agenda"]

