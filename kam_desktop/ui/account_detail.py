"""The account detail of the Accounts page: a heading and one tab per aspect of the account.

Tabs, in this order: Overview, Contacts, Visits, Surveys, Sales, Plan. Overview and Sales are
made here; the others are added by their own modules with `add_tab`. Every tab is a widget with
`set_account(db, account_id)`; the panel passes the shown account to the visible tab only, and
to a hidden one when it becomes visible, so moving through the accounts reads one tab's data,
not six. `refresh()` (after a write) makes every tab read its account again, lazily the same
way. A tab is given its account again with the same id when the data changed: it reloads.
A tab may be added as a function that makes it: it is then made when first shown, so opening
the page does not build tabs nobody has looked at yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.storage.database import Database
from kam_desktop.ui import labels
from kam_desktop.ui.account_overview_tab import AccountOverviewTab
from kam_desktop.ui.account_sales_tab import AccountSalesTab
from kam_desktop.ui.tier_explanation import TierExplanationBox, TierView

TAB_ORDER = ("overview", "contacts", "visits", "surveys", "sales", "plan")


@dataclass(frozen=True)
class AccountHeading:
    """What the heading says about the shown account (from the accounts table's row)."""

    id: str
    code: str
    name: str
    status: str
    tier: str | None
    deleted: bool = False


TabWidget = QWidget | Callable[[], QWidget]


@dataclass
class _Tab:
    key: str
    page: QWidget  # what the tab widget holds: the tab itself, or a holder until it is built
    title: Callable[[], str]
    factory: Callable[[], QWidget] | None = None  # until built
    built: QWidget | None = None
    generation: int = -1  # the panel generation the tab last got its account for


class AccountDetailPanel(QWidget):
    """Shows one account in tabs, or a hint when none is selected."""

    override_requested = Signal()  # "Override tier…" on the account shown
    clear_override_requested = Signal()
    tab_changed = Signal(str)  # the key of the tab now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountDetail")
        self.db: Database | None = None
        self.account_id: str | None = None
        self.heading: AccountHeading | None = None
        self._generation = 0
        self._tabs: dict[str, _Tab] = {}

        self._stack = QStackedWidget()
        self._empty = QLabel()
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setObjectName("detailHint")
        self._stack.addWidget(self._empty)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        head = QFrame()
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(4, 0, 4, 0)
        head_layout.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head_layout.addWidget(self.title)
        head_layout.addWidget(self.subtitle)
        layout.addWidget(head)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("accountTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_current_changed)
        layout.addWidget(self.tabs, 1)
        self._stack.addWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self.overview = AccountOverviewTab()
        self.overview.override_requested.connect(self.override_requested)
        self.overview.clear_override_requested.connect(self.clear_override_requested)
        self.add_tab("overview", self.overview, lambda: self.tr("Overview"))
        self.add_tab("sales", AccountSalesTab, lambda: self.tr("Sales"))
        self.retranslate_ui()

    # --- tabs ----------------------------------------------------------------------------------

    def add_tab(self, key: str, widget: TabWidget, title: Callable[[], str]) -> None:
        """Add a tab in its place in `TAB_ORDER` (unknown keys go last): a widget with
        `set_account(db, account_id)`, or a function making one, called when the tab is first
        shown (or asked for with `tab(key)`), so a tab never looked at costs nothing to open
        the page. `title()` is asked again on a language change."""
        if key in self._tabs:
            raise ValueError(f"the account detail already has a tab {key!r}")
        rank = {k: i for i, k in enumerate(TAB_ORDER)}
        mine = rank.get(key, len(TAB_ORDER))
        index = sum(1 for k in self._tabs if rank.get(k, len(TAB_ORDER)) <= mine)
        if isinstance(widget, QWidget):
            _check(key, widget)
            tab = _Tab(key, widget, title, built=widget)
        else:
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            tab = _Tab(key, holder, title, factory=widget)
        self._tabs[key] = tab
        self.tabs.blockSignals(True)  # the tab is given its account just below, if visible
        self.tabs.insertTab(index, tab.page, title())
        self.tabs.blockSignals(False)
        self._sync_current()

    def tab(self, key: str) -> QWidget:
        """The tab's widget (made now if it was added as a function and not yet shown)."""
        tab = self._tabs[key]
        if tab.built is None:
            assert tab.factory is not None
            widget = tab.factory()
            _check(key, widget)
            tab.built, tab.factory = widget, None
            tab.page.layout().addWidget(widget)
        return tab.built

    def built_tab(self, key: str) -> QWidget | None:
        """The tab's widget if it exists yet (None: never shown, nothing in it)."""
        tab = self._tabs.get(key)
        return tab.built if tab is not None else None

    def tab_keys(self) -> list[str]:
        """The keys in the order the tabs are shown."""
        by_page = {id(t.page): k for k, t in self._tabs.items()}
        return [by_page[id(self.tabs.widget(i))] for i in range(self.tabs.count())]

    def current_key(self) -> str | None:
        page = self.tabs.currentWidget()
        return next((k for k, t in self._tabs.items() if t.page is page), None)

    def set_current(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._tabs[key].page)

    def _on_current_changed(self, _index: int) -> None:
        self._sync_current()
        key = self.current_key()
        if key is not None:
            self.tab_changed.emit(key)

    def _sync_current(self) -> None:
        """Give the visible tab the shown account, unless it already has it."""
        key = self.current_key()
        if key is None:
            return
        tab = self._tabs[key]
        if tab.generation != self._generation:
            tab.generation = self._generation
            self.tab(key).set_account(self.db, self.account_id)  # type: ignore[attr-defined]

    # --- the account ---------------------------------------------------------------------------

    def set_account(self, db: Database | None, account_id: str | None,
                    heading: AccountHeading | None = None) -> None:
        """Show an account (None: the hint). Tabs read it when they are first shown."""
        self.db, self.account_id, self.heading = db, account_id, heading
        self._generation += 1
        self._show_heading()
        self._stack.setCurrentIndex(0 if account_id is None else 1)
        self._sync_current()

    def refresh(self, heading: AccountHeading | None = None) -> None:
        """The data changed: every tab reads the shown account again (when shown)."""
        self.set_heading(heading)
        self._generation += 1
        self._sync_current()

    def set_heading(self, heading: AccountHeading | None) -> None:
        """New words for the heading of the shown account (tabs are not read again)."""
        if heading is not None and heading.id == self.account_id and heading != self.heading:
            self.heading = heading
            self._show_heading()

    def _show_heading(self) -> None:
        heading = self.heading
        if heading is None:
            self.title.setText("")
            self.subtitle.setText("")
            return
        self.title.setText(heading.name)
        parts = [heading.code, labels.status_label(heading.status),
                 self.tr("Tier: %1").replace("%1", labels.tier_label(heading.tier))]
        if heading.deleted:
            parts.append(self.tr("deleted"))
        self.subtitle.setText("  ·  ".join(parts))

    def confirm_leave(self) -> bool:
        """True when no tab holds unsaved work, or its owner agreed to lose it: each tab with
        a `confirm_leave() -> bool` is asked, in tab order, until one says no."""
        for key in self.tab_keys():
            ask = getattr(self.built_tab(key), "confirm_leave", None)
            if callable(ask) and not ask():
                self.set_current(key)  # show what would be lost
                return False
        return True

    @property
    def is_loading(self) -> bool:
        """The visible tab is still reading (for tests and screenshots)."""
        key = self.current_key()
        return bool(getattr(self.built_tab(key), "is_loading", False)) if key else False

    @property
    def sales(self) -> AccountSalesTab:
        return self.tab("sales")  # type: ignore[return-value]

    # --- the Overview's tier, for the page's override actions ---------------------------------

    @property
    def tier_view(self) -> TierView | None:
        return self.overview.tier_view

    @property
    def tier_box(self) -> TierExplanationBox:
        return self.overview.tier_box

    def value_text(self, key: str) -> str:
        """A field or figure as the Overview shows it."""
        return self.overview.value_text(key)

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._empty.setText(self.tr("Select an account to see its profile, figures, contacts, "
                                    "visits and sales."))
        for tab in self._tabs.values():
            index = self.tabs.indexOf(tab.page)
            if index >= 0:
                self.tabs.setTabText(index, tab.title())
        self._show_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _check(key: str, widget: QWidget) -> None:
    if not callable(getattr(widget, "set_account", None)):
        raise TypeError(f"tab {key!r} has no set_account(db, account_id)")
