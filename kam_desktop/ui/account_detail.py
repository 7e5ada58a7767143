"""The read-only detail panel of the Accounts page: one account's profile, figures, contacts.

It is given an `AccountDetail` (a plain dataclass from `services.accounts.get_account`) and keeps
it, so a language change re-renders the same account with translated labels and values.
The contacts table uses a `QTableWidget`: an account has a handful of contacts, not thousands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.accounts import AccountDetail
from kam_desktop.ui import formatting, labels
from kam_desktop.ui.tier_explanation import TierExplanationBox, TierView

Field = tuple[str, Callable[[AccountDetail], str]]


class AccountDetailPanel(QScrollArea):
    """Shows one account, or a hint when none is selected."""

    override_requested = Signal()  # "Override tier…" on the account shown
    clear_override_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountDetail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail: AccountDetail | None = None
        self.tier_view: TierView | None = None
        self._labels: dict[str, QLabel] = {}  # field key → form label (left column)
        self._values: dict[str, QLabel] = {}  # field key → value label (right column)

        self._stack = QStackedWidget()
        self._empty = QLabel()
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setObjectName("detailHint")
        self._stack.addWidget(self._empty)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(10)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        # Two columns (profile | figures, ratings | notes), the buying center below across both:
        # everything important is visible at once without scrolling on a laptop screen.
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self._profile_box = self._group(PROFILE_FIELDS)
        self._figures_box = self._group(FIGURE_FIELDS)
        self._ratings_box = self._group(RATING_FIELDS)
        grid.addWidget(self._profile_box, 0, 0)
        grid.addWidget(self._figures_box, 0, 1)
        grid.addWidget(self._ratings_box, 1, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.tier_box = TierExplanationBox()
        self.tier_box.override_requested.connect(self.override_requested)
        self.tier_box.clear_requested.connect(self.clear_override_requested)
        self.tier_box.hide()
        layout.addWidget(self.tier_box)

        self._contacts_box = QGroupBox()
        contacts_layout = QVBoxLayout(self._contacts_box)
        self.contacts = QTableWidget(0, len(CONTACT_COLUMNS))
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.verticalHeader().setVisible(False)
        self.contacts.setAlternatingRowColors(True)
        self.contacts.setWordWrap(False)
        header = self.contacts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        rows = self.contacts.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.contacts.fontMetrics().height() + 8)
        # The panel scrolls, not the table: it is sized to show every contact.
        self.contacts.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contacts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._no_contacts = QLabel()
        self._no_contacts.setObjectName("detailHint")
        contacts_layout.addWidget(self.contacts)
        contacts_layout.addWidget(self._no_contacts)
        layout.addWidget(self._contacts_box)

        self._notes_box = QGroupBox()
        notes_layout = QVBoxLayout(self._notes_box)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes_layout.addWidget(self.notes)
        notes_layout.addStretch(1)
        grid.addWidget(self._notes_box, 1, 1)
        layout.addStretch(1)

        self._stack.addWidget(body)
        self.setWidget(self._stack)
        self.retranslate_ui()

    def _group(self, fields: list[Field]) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(16)
        for key, _ in fields:
            label = QLabel()
            label.setObjectName("detailLabel")
            value = QLabel()
            value.setObjectName(f"value_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._labels[key] = label
            self._values[key] = value
            form.addRow(label, value)
        return box

    # --- content ---------------------------------------------------------------------------

    def value_text(self, key: str) -> str:
        """The text shown for a field (tests and screen readers)."""
        return self._values[key].text()

    def show_account(self, detail: AccountDetail | None, tier: TierView | None = None) -> None:
        """Show an account, with its tier explanation when `tier` is given."""
        self.detail = detail
        self.tier_view = tier
        if detail is None:
            self.tier_box.show_view(None)
            self._stack.setCurrentIndex(0)
            return
        self.title.setText(detail.name)
        parts = [detail.code, labels.status_label(detail.status),
                 self.tr("Tier: %1").replace("%1", labels.tier_label(detail.tier))]
        if detail.deleted:
            parts.append(self.tr("deleted"))
        self.subtitle.setText("  ·  ".join(parts))
        for key, getter in (*PROFILE_FIELDS, *RATING_FIELDS, *FIGURE_FIELDS):
            self._values[key].setText(getter(detail))
        self._fill_contacts(detail)
        self.notes.setText(detail.notes or self.tr("No notes."))
        self.tier_box.show_view(tier)
        self._stack.setCurrentIndex(1)
        self.verticalScrollBar().setValue(0)

    def _fill_contacts(self, detail: AccountDetail) -> None:
        table = self.contacts
        table.setRowCount(len(detail.contacts))
        for row, contact in enumerate(detail.contacts):
            cells = (
                contact.name,
                formatting.text(contact.title),
                labels.role_label(contact.role) or formatting.EMPTY,
                labels.attitude_label(contact.attitude),
                formatting.rating(contact.influence),
                formatting.rating(contact.relationship_strength),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col < 2:
                    item.setToolTip(text)  # names and titles may be elided
                if not contact.active:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(self.tr("No longer active"))
                if col >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, col, item)
        table.setVisible(bool(detail.contacts))
        self._no_contacts.setVisible(not detail.contacts)
        # Show every contact without an inner scroll bar: the panel itself scrolls.
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)
        self._contacts_box.setTitle(
            self.tr("Contacts and buying center (%1)").replace("%1", str(len(detail.contacts)))
        )

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._empty.setText(self.tr("Select an account to see its profile, figures and contacts."))
        self._profile_box.setTitle(self.tr("Profile"))
        self._ratings_box.setTitle(self.tr("Ratings (1–5)"))
        self._figures_box.setTitle(self.tr("Figures"))
        self._notes_box.setTitle(self.tr("Notes"))
        self._no_contacts.setText(self.tr("No contacts recorded yet."))
        names = {
            "code": self.tr("Code"),
            "industry": self.tr("Industry"),
            "segment": self.tr("Segment"),
            "region": self.tr("Region"),
            "city": self.tr("City"),
            "address": self.tr("Address"),
            "website": self.tr("Website"),
            "owner": self.tr("Account manager"),
            "status": self.tr("Status"),
            "tier": self.tr("Tier"),
            "value_fit": self.tr("Value positioning fit"),
            "procurement_fit": self.tr("Procurement standards fit"),
            "growth_potential": self.tr("Growth potential"),
            "influence": self.tr("Industry influence"),
            "company_size": self.tr("Employees"),
            "annual_revenue": self.tr("Annual revenue"),
            "company_profit": self.tr("Company profit"),
            "sales_lines": self.tr("Sales lines"),
            "sales_total": self.tr("Total sales"),
            "first_order": self.tr("First order"),
            "last_order": self.tr("Last order"),
            "visit_count": self.tr("Visits"),
            "last_visit": self.tr("Last visit"),
            "survey_count": self.tr("Surveys"),
        }
        for key, label in self._labels.items():
            label.setText(names[key])
        self.contacts.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Title"), self.tr("Role"), self.tr("Attitude"),
            self.tr("Influence"), self.tr("Strength"),
        ])
        if self.detail is not None:
            self.show_account(self.detail, self.tier_view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


PROFILE_FIELDS: list[Field] = [
    ("code", lambda d: d.code),
    ("industry", lambda d: formatting.text(d.industry)),
    ("segment", lambda d: formatting.text(d.segment)),
    ("region", lambda d: formatting.text(d.region)),
    ("city", lambda d: formatting.text(d.city)),
    ("address", lambda d: formatting.text(d.address)),
    ("website", lambda d: formatting.text(d.website)),
    ("owner", lambda d: formatting.text(d.owner)),
    ("status", lambda d: labels.status_label(d.status)),
    ("tier", lambda d: labels.tier_label(d.tier)),
]
RATING_FIELDS: list[Field] = [
    ("value_fit", lambda d: formatting.rating(d.value_fit)),
    ("procurement_fit", lambda d: formatting.rating(d.procurement_fit)),
    ("growth_potential", lambda d: formatting.rating(d.growth_potential)),
    ("influence", lambda d: formatting.rating(d.influence)),
]
FIGURE_FIELDS: list[Field] = [
    ("company_size", lambda d: formatting.integer(d.company_size)),
    ("annual_revenue", lambda d: formatting.money(d.annual_revenue)),
    ("company_profit", lambda d: formatting.money(d.company_profit)),
    ("sales_lines", lambda d: formatting.integer(d.sales_lines)),
    ("sales_total", lambda d: formatting.money(d.sales_total)),
    ("first_order", lambda d: formatting.day(d.first_order)),
    ("last_order", lambda d: formatting.day(d.last_order)),
    ("visit_count", lambda d: formatting.integer(d.visit_count)),
    ("last_visit", lambda d: formatting.day(d.last_visit)),
    ("survey_count", lambda d: formatting.integer(d.survey_count)),
]
CONTACT_COLUMNS = ("name", "title", "role", "attitude", "influence", "strength")
