"""The Overview tab of the account detail: what needs attention, the 12-month figures, the
profile and ratings, the tier and why, and the notes.

Everything comes from `services.account_overview.account_overview` (one read transaction,
~0.3 s on a 100,000-account database), read on a worker thread by a `LatestLoader`; the tab keeps
the result, so a language change re-renders it without reading again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import settings
from kam_desktop.errors import NotFoundError
from kam_desktop.services.account_overview import AccountOverview, account_overview
from kam_desktop.services.attention import AttentionItem, AttentionRules, Rule
from kam_desktop.services.classification import get_override
from kam_desktop.storage.database import Database
from kam_desktop.ui import formatting, labels
from kam_desktop.ui.account_loader import LatestLoader
from kam_desktop.ui.accounts_model import rule_label
from kam_desktop.ui.operations import report_failure
from kam_desktop.ui.tier_explanation import TierExplanationBox, TierView

LOADING_HINT_MS = 150  # a read shorter than this swaps the content without a "Loading…" flash
CARD_WIDTH = 125  # narrower than four of these: two columns
SIDE_BY_SIDE_WIDTH = 560  # narrower: the profile above the ratings and notes

STYLE = """
QFrame#figureCard {
    background: white;
    border: 1px solid #dde3ea;
    border-radius: 6px;
}
QLabel#cardValue {
    font-size: 12pt;
    font-weight: 600;
    color: #1b2733;
}
QLabel#cardCaption, QLabel#cardNote, QLabel#windowNote {
    color: #5f6b7a;
}
QFrame#attentionBox {
    background: #fdf3f2;
    border: 1px solid #efc7c2;
    border-radius: 6px;
}
QLabel#attentionHeading {
    color: #9a2219;
    font-weight: 600;
}
"""


@dataclass(frozen=True)
class OverviewData:
    overview: AccountOverview
    tier: TierView


def load_overview(db: Database, account_id: str, rules: AttentionRules | None = None,
                  today: date | None = None) -> OverviewData:
    """Read everything the tab shows (runs on a worker thread)."""
    with db.unit_of_work() as uow:
        found = account_overview(uow, account_id, rules=rules, today=today)
        record = found.account
        explanation = found.explanation
        override = explanation.override if explanation is not None else \
            get_override(uow, record.code)
    return OverviewData(found, TierView(code=record.code, name=record.name,
                                        explanation=explanation, override=override))


class FigureCard(QFrame):
    """One figure: a caption, the value large, a note below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        self.caption = QLabel()
        self.caption.setObjectName("cardCaption")
        self.caption.setWordWrap(True)
        self.value = QLabel()
        self.value.setObjectName("cardValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setObjectName("cardNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set_figure(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))


class _CardGrid(QWidget):
    """Cards in rows of four (two when narrow): sales, then money and satisfaction, then
    touch points and the buying center."""

    def __init__(self, cards: list[FigureCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = cards
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self._columns = 0
        self._place(4)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self._grid.addWidget(card, i // columns, i % columns)
        for c in range(6):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        self._place(4 if event.size().width() >= 4 * CARD_WIDTH else 2)
        super().resizeEvent(event)


FIGURES = ("sales", "profit", "margin", "growth", "outstanding", "overdue", "nps", "csat",
           "last_visit", "last_contact", "next_visit", "coverage")
PROFILE = ("code", "industry", "segment", "region", "city", "address", "website", "owner",
           "status", "company_size", "annual_revenue", "company_profit")
RATINGS = ("value_fit", "procurement_fit", "growth_potential", "influence")


class AccountOverviewTab(QScrollArea):
    """The Overview tab. `set_account(db, account_id)` reads and shows an account."""

    loaded = Signal(str)  # the account id, once its overview is shown
    override_requested = Signal()
    clear_override_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountOverview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Scrolls sideways only when even the narrow arrangement does not fit.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setStyleSheet(STYLE)
        self.db: Database | None = None
        self.account_id: str | None = None
        self.data: OverviewData | None = None
        self._loader = LatestLoader(self)
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_HINT_MS)
        self._loading_timer.timeout.connect(self._show_loading)
        self._labels: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}

        self._stack = QStackedWidget()
        self._hint = QLabel()
        self._hint.setObjectName("detailHint")
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setWordWrap(True)
        self._stack.addWidget(self._hint)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)

        self.attention_box = QFrame()
        self.attention_box.setObjectName("attentionBox")
        box_layout = QVBoxLayout(self.attention_box)
        box_layout.setContentsMargins(10, 8, 10, 8)
        self.attention_heading = QLabel()
        self.attention_heading.setObjectName("attentionHeading")
        self.attention_text = QLabel()
        self.attention_text.setObjectName("attentionText")
        self.attention_text.setWordWrap(True)
        self.attention_text.setTextFormat(Qt.TextFormat.RichText)
        self.attention_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout.addWidget(self.attention_heading)
        box_layout.addWidget(self.attention_text)
        layout.addWidget(self.attention_box)

        self.cards = {key: FigureCard() for key in FIGURES}
        for key, card in self.cards.items():
            card.setObjectName("figureCard")
            card.value.setObjectName("cardValue")
            card.setAccessibleName(key)
        layout.addWidget(_CardGrid(list(self.cards.values())))
        self.window_note = QLabel()
        self.window_note.setObjectName("windowNote")
        self.window_note.setWordWrap(True)
        layout.addWidget(self.window_note)

        # Profile beside ratings and notes; one above the other when the panel is narrow.
        row = self._lower = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(10)
        self._profile_box = self._group(PROFILE)
        self._ratings_box = self._group(RATINGS)
        row.addWidget(self._profile_box, 3)
        side = QVBoxLayout()
        side.addWidget(self._ratings_box)
        self._notes_box = QGroupBox()
        notes_layout = QVBoxLayout(self._notes_box)
        self.notes = QLabel()
        self.notes.setObjectName("accountNotes")
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes_layout.addWidget(self.notes, 1)
        side.addWidget(self._notes_box, 1)
        row.addLayout(side, 2)
        layout.addLayout(row)

        self.tier_box = TierExplanationBox()
        self.tier_box.override_requested.connect(self.override_requested)
        self.tier_box.clear_requested.connect(self.clear_override_requested)
        self.tier_box.hide()
        layout.addWidget(self.tier_box)
        layout.addStretch(1)

        self._body = body
        self._stack.addWidget(body)
        self.setWidget(self._stack)
        self.retranslate_ui()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        self._lower.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                 else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def _group(self, keys: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(14)
        for key in keys:
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

    # --- loading -----------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loader.busy

    @property
    def overview(self) -> AccountOverview | None:
        return self.data.overview if self.data is not None else None

    @property
    def tier_view(self) -> TierView | None:
        return self.data.tier if self.data is not None else None

    def set_account(self, db: Database | None, account_id: str | None) -> None:
        """Show `account_id` (read in the background); None: nothing."""
        self.db, self.account_id = db, account_id
        if db is None or account_id is None:
            self._loader.cancel()
            self._loading_timer.stop()
            self.data = None
            self.tier_box.show_view(None)
            self._hint.setText("")
            self._stack.setCurrentIndex(0)
            return
        if self.data is None or self.data.overview.account.id != account_id:
            self._loading_timer.start()  # a different account: say so if it takes a while
        rules = AttentionRules.from_settings(settings.current())
        self._loader.request(lambda: load_overview(db, account_id, rules),
                             lambda data: self._show(data), self._failed)

    def _show_loading(self) -> None:
        self._hint.setText(self.tr("Loading…"))
        self._stack.setCurrentIndex(0)

    def _failed(self, exc: BaseException) -> None:
        self._loading_timer.stop()
        if isinstance(exc, NotFoundError):  # deleted meanwhile (an import undo)
            self.data = None
            self._hint.setText(self.tr("This account no longer exists."))
            self._stack.setCurrentIndex(0)
            return
        report_failure(self, exc)

    def _show(self, data: OverviewData) -> None:
        self._loading_timer.stop()
        same = self.data is not None and \
            self.data.overview.account.id == data.overview.account.id
        self.data = data
        self._render()
        self._stack.setCurrentIndex(1)
        if not same:
            self.verticalScrollBar().setValue(0)
        self.loaded.emit(data.overview.account.id)

    # --- rendering ---------------------------------------------------------------------------

    def value_text(self, key: str) -> str:
        """The text shown for a field or figure (tests and screen readers)."""
        if key in self.cards:
            return self.cards[key].value.text()
        return self._values[key].text()

    def note_text(self, key: str) -> str:
        return self.cards[key].note.text()

    def _render(self) -> None:
        if self.data is None:
            return
        ov = self.data.overview
        self._render_attention(ov)
        self._render_figures(ov)
        record = ov.account
        profile: dict[str, str] = {
            "code": record.code,
            "industry": formatting.text(record.industry),
            "segment": formatting.text(record.segment),
            "region": formatting.text(record.region),
            "city": formatting.text(record.city),
            "address": formatting.text(record.address),
            "website": formatting.text(record.website),
            "owner": formatting.text(record.owner),
            "status": labels.status_label(record.status),
            "company_size": formatting.integer(record.company_size),
            "annual_revenue": formatting.money(record.annual_revenue),
            "company_profit": formatting.money(record.company_profit),
            "value_fit": formatting.rating(record.value_fit),
            "procurement_fit": formatting.rating(record.procurement_fit),
            "growth_potential": formatting.rating(record.growth_potential),
            "influence": formatting.rating(record.influence),
        }
        for key, text in profile.items():
            self._values[key].setText(text)
        self.notes.setText(record.notes or self.tr("No notes."))
        self.tier_box.show_view(self.data.tier)

    def _coverage_note(self, ov: AccountOverview) -> str:
        cov = ov.coverage
        if cov.single_threaded:
            return self.tr("single-threaded: only %1").replace("%1", cov.strong_names[0])
        if cov.no_strong:
            return self.tr("no strong relationship yet")
        return self.tr("%1 strong relationships").replace("%1", str(cov.strong_contacts))

    def _render_attention(self, ov: AccountOverview) -> None:
        items = ov.attention
        self.attention_box.setVisible(bool(items))
        if not items:
            return
        self.attention_heading.setText(
            self.tr("Needs attention (%1)").replace("%1", str(len(items))))
        lines = [f"<b>{_escape(rule_label(item.rule))}</b> — "
                 f"{_escape(self.attention_sentence(item))}" for item in items]
        self.attention_text.setText("<br>".join(lines))

    def attention_sentence(self, item: AttentionItem) -> str:
        """One rule's finding in the user's language, from the item's values."""
        p: dict[str, Any] = item.params
        loc = QLocale()

        def money(x: Any) -> str:
            return loc.toString(float(x), "f", 0)

        def num(x: Any) -> str:
            return loc.toString(float(x), "g", 6)

        if item.rule is Rule.VISIT_OVERDUE:
            if p.get("last_visit") is not None:
                text = self.tr("Last visit %1 days ago (%2); the cadence is a visit every %3 "
                               "days.").replace("%1", str(p["days"])).replace(
                    "%2", formatting.day(p["last_visit"])).replace("%3", str(p["cadence"]))
            else:
                text = self.tr("Never visited in the %1 days since the account was created; "
                               "the cadence is a visit every %2 days.").replace(
                    "%1", str(p["days"])).replace("%2", str(p["cadence"]))
            if p.get("next_visit") is not None:
                return text + " " + self.tr("Next visit planned for %1.").replace(
                    "%1", formatting.day(p["next_visit"]))
            return text + " " + self.tr("No visit is planned.")
        if item.rule is Rule.FALLING_SATISFACTION:
            who = p.get("contact") or self.tr("an anonymous respondent")
            return self.tr("%1 fell from %2 to %3 (%4, %5).").replace(
                "%1", "NPS" if p["measure"] == "nps" else "CSAT").replace(
                "%2", num(p["before"])).replace("%3", num(p["after"])).replace(
                "%4", who).replace("%5", str(p["date"]))
        if item.rule is Rule.DETRACTOR_DECISION_MAKER:
            return self.tr("Decision maker %1 is a detractor (NPS %2 on %3).").replace(
                "%1", str(p["contact"])).replace("%2", num(p["nps"])).replace(
                "%3", str(p["date"]))
        if item.rule is Rule.OVERDUE_RECEIVABLES:
            return self.tr("%1 of receivables overdue since %2 (threshold %3).").replace(
                "%1", money(p["overdue"])).replace("%2", str(p["since"])).replace(
                "%3", money(p["threshold"]))
        if item.rule is Rule.SINGLE_THREADED:
            if p.get("contact"):
                return self.tr("Only %1 has a strong relationship with us (strength 3 or "
                               "more).").replace("%1", str(p["contact"]))
            return self.tr("Nobody has a strong relationship with us (strength 3 or more).")
        if item.rule is Rule.SALES_DOWN:
            return self.tr("Sales down %1% (%2 from %3 to %4, against %5 in as many days "
                           "before; threshold %6%).").replace(
                "%1", loc.toString(float(p["percent"]), "f", 0)).replace(
                "%2", money(p["sales"])).replace("%3", str(p["start"])).replace(
                "%4", str(p["end"])).replace("%5", money(p["prior_sales"])).replace(
                "%6", num(p["threshold"]))
        if item.rule is Rule.NO_CONTACT:
            if p.get("last_contact") is not None:
                return self.tr("No contact for %1 days (last on %2; threshold %3 days).").replace(
                    "%1", str(p["days"])).replace("%2", formatting.day(p["last_contact"])).replace(
                    "%3", str(p["threshold"]))
            return self.tr("No contact recorded in the %1 days since the account was created "
                           "(threshold %2 days).").replace("%1", str(p["days"])).replace(
                "%2", str(p["threshold"]))
        return item.message

    def _render_figures(self, ov: AccountOverview) -> None:
        loc = QLocale()
        card = self.cards
        card["sales"].set_figure(formatting.money(ov.sales))
        card["profit"].set_figure(formatting.money(ov.profit))
        card["margin"].set_figure(_percent(ov.margin))
        growth_note = ""
        if ov.window is not None:
            growth_note = self.tr("against %1 the year before").replace(
                "%1", formatting.money(ov.prior_sales)) if ov.prior_sales > 0 else \
                self.tr("no sales the year before")
        card["growth"].set_figure(_percent(ov.growth, signed=True), growth_note)
        card["outstanding"].set_figure(formatting.money(ov.outstanding))
        card["overdue"].set_figure(formatting.money(ov.overdue))
        due = ""
        if ov.visit_due is not None:
            due = self.tr("due %1 (every %2 days)").replace(
                "%1", formatting.day(ov.visit_due)).replace("%2", str(ov.cadence_days))
        card["last_visit"].set_figure(formatting.day(ov.last_visit), due)
        card["last_contact"].set_figure(formatting.day(ov.last_contact))
        card["next_visit"].set_figure(formatting.day(ov.next_visit),
                                      "" if ov.next_visit else self.tr("none planned"))
        card["coverage"].set_figure(
            self.tr("%1 of %2 roles").replace("%1", str(ov.coverage.covered_roles)).replace(
                "%2", str(ov.coverage.total_roles)), self._coverage_note(ov))
        card["nps"].set_figure(
            formatting.EMPTY if ov.latest_nps is None else loc.toString(ov.latest_nps),
            formatting.day(ov.latest_nps_date) if ov.latest_nps_date else "")
        card["csat"].set_figure(
            formatting.EMPTY if ov.latest_csat is None else f"{loc.toString(ov.latest_csat)} / 5",
            formatting.day(ov.latest_csat_date) if ov.latest_csat_date else "")
        if ov.window is None:
            self.window_note.setText(self.tr("No sales recorded in the database yet."))
        else:
            self.window_note.setText(self.tr(
                "Sales, profit and growth: the 12 months from %1 to %2 (the newest sales "
                "line), against the 12 months before.").replace(
                "%1", formatting.day(ov.window.start)).replace("%2", formatting.day(ov.window.end)))

    # --- language ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        captions: dict[str, Callable[[], str]] = {
            "sales": lambda: self.tr("Sales, 12 months"),
            "profit": lambda: self.tr("Profit, 12 months"),
            "margin": lambda: self.tr("Margin"),
            "growth": lambda: self.tr("Growth"),
            "outstanding": lambda: self.tr("Receivables open"),
            "overdue": lambda: self.tr("Receivables overdue"),
            "last_visit": lambda: self.tr("Last visit"),
            "next_visit": lambda: self.tr("Next visit"),
            "nps": lambda: self.tr("Latest NPS"),
            "csat": lambda: self.tr("Latest CSAT"),
            "last_contact": lambda: self.tr("Last contact"),
            "coverage": lambda: self.tr("Buying center covered"),
        }
        for key, caption in captions.items():
            self.cards[key].caption.setText(caption())
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
            "company_size": self.tr("Employees"),
            "annual_revenue": self.tr("Annual revenue"),
            "company_profit": self.tr("Company profit"),
            "value_fit": self.tr("Value positioning fit"),
            "procurement_fit": self.tr("Procurement standards fit"),
            "growth_potential": self.tr("Growth potential"),
            "influence": self.tr("Industry influence"),
        }
        for key, label in self._labels.items():
            label.setText(names[key])
        self._profile_box.setTitle(self.tr("Profile"))
        self._ratings_box.setTitle(self.tr("Ratings (1–5)"))
        self._notes_box.setTitle(self.tr("Notes"))
        if self._stack.currentIndex() == 0 and self._loader.busy:
            self._hint.setText(self.tr("Loading…"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _percent(value: float | None, *, signed: bool = False) -> str:
    if value is None:
        return formatting.EMPTY
    percent = value * 100
    sign = ""
    if signed:
        sign = "+" if percent > 0 else ("−" if percent < 0 else "")
        percent = abs(percent)
    return f"{sign}{QLocale().toString(percent, 'f', 1)}%"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

