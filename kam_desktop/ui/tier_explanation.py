"""Why an account has its tier: the explanation shown in the account detail panel.

`load_tier_view` reads the service's `explain` (the newest run that classified the account) and
the override in force. `TierExplanationBox` shows:
- the tier in force, the computed tier beside it when an override differs, and the override's
  reason, author and date;
- the policy (name and version), the run's date and window, and when the tier last changed and
  from what;
- for a weighted score: a bar chart of each indicator's points and a table with each
  indicator's raw value, norm (0–100), weight and points;
- for ABC and thresholds, which have no score: the indicator's value, the share of the accounts
  ranked before it (ABC) and the cut-offs or thresholds.
"Override tier…" and "Clear override" are requests: the Accounts page, which owns the database,
asks and writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.errors import NotFoundError
from kam_desktop.services.classification import (
    Explanation,
    OverrideInfo,
    Policy,
    explain,
    get_override,
)
from kam_desktop.storage.unit_of_work import UnitOfWork
from kam_desktop.ui import formatting
from kam_desktop.ui.classification_charts import ContributionChart
from kam_desktop.ui.classification_labels import method_short, policy_name
from kam_desktop.ui.classification_models import run_time
from kam_desktop.ui.indicator_labels import (
    format_compact,
    format_number,
    format_share,
    format_value,
    indicator_hint,
    indicator_label,
)

MUTED = QColor("#8a94a0")
BADGE_COLORS = {"": "#1f5fa8", "override": "#e08a2c", "none": "#c2c8d0"}
OVERRIDE_TEXT = QColor("#7a5200")


class TierBadge(QWidget):
    """The tier as a coloured square: blue as computed, orange when overridden, grey when
    there is none. Painted, not styled: a style sheet here would be re-polished in every
    account panel on every style or language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tierBadge")
        self._text = ""
        self._tone = ""
        self.setFixedSize(46, 46)

    def set_tier(self, text: str, tone: str) -> None:
        self._text, self._tone = text, tone
        width = max(46, self.fontMetrics().horizontalAdvance(text) * 2 + 16)
        self.setFixedSize(min(width, 140), 46)
        self.update()

    def text(self) -> str:
        return self._text

    def tone(self) -> str:
        return self._tone

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_COLORS.get(self._tone, BADGE_COLORS[""])))
        painter.drawRoundedRect(QRectF(self.rect()), 8, 8)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * (1.8 if len(self._text) <= 2 else 1.1))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()


@dataclass(frozen=True)
class TierView:
    code: str
    name: str
    explanation: Explanation | None  # None: never classified
    override: OverrideInfo | None  # in force

    @property
    def tier(self) -> str | None:
        if self.override is not None:
            return self.override.tier
        return self.explanation.tier if self.explanation is not None else None

    @property
    def computed(self) -> str | None:
        return self.explanation.computed_tier if self.explanation is not None else None

    @property
    def labels(self) -> tuple[str, ...]:
        """The tiers to offer for an override: those of the policy that classified it."""
        if self.explanation is not None:
            return self.explanation.policy.labels
        return ("S", "A", "B", "C")


def load_tier_view(uow: UnitOfWork, code: str, name: str) -> TierView:
    """The account's tier explanation and override in force (read on the caller's thread:
    a handful of indexed look-ups for one account)."""
    try:
        explanation: Explanation | None = explain(uow, code)
    except NotFoundError:
        explanation = None
    override = explanation.override if explanation is not None else get_override(uow, code)
    return TierView(code=code, name=name, explanation=explanation, override=override)


def _item(text: str, *, right: bool = False, muted: bool = False,
          tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if muted:
        item.setForeground(QBrush(MUTED))
    if tip:
        item.setToolTip(tip)
    return item


class TierExplanationBox(QGroupBox):
    override_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tierExplanation")
        self.view: TierView | None = None

        self.tier_badge = TierBadge()
        self.headline = QLabel()
        self.headline.setObjectName("tierHeadline")
        self.headline.setWordWrap(True)
        bold = QFont(self.headline.font())
        bold.setBold(True)
        self.headline.setFont(bold)
        self.override_note = QLabel()
        self.override_note.setObjectName("overrideNote")
        self.override_note.setWordWrap(True)
        palette = self.override_note.palette()
        palette.setColor(QPalette.ColorRole.WindowText, OVERRIDE_TEXT)
        self.override_note.setPalette(palette)
        self.override_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.override_button = QPushButton()
        self.override_button.setObjectName("overrideTier")
        self.override_button.clicked.connect(self.override_requested)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearOverride")
        self.clear_button.clicked.connect(self.clear_requested)

        self.facts = QFormLayout()
        self.facts.setHorizontalSpacing(16)
        self.fact_labels: dict[str, QLabel] = {}
        self.fact_values: dict[str, QLabel] = {}
        for key in ("policy", "run", "score", "since"):
            label = QLabel()
            label.setObjectName("detailLabel")
            value = QLabel()
            value.setObjectName(f"tier_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = label
            self.fact_values[key] = value
            self.facts.addRow(label, value)

        self._chart: ContributionChart | None = None  # made when first needed
        self._layout = QVBoxLayout(self)
        self.breakdown_heading = QLabel()
        self.breakdown_heading.setObjectName("messageHeading")
        self.breakdown_heading.setFont(bold)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("tierBreakdown")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.tier_badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(8)
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.override_note)
        top.addLayout(text, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        layout = self._layout
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(self.facts)
        layout.addWidget(self.breakdown_heading)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self.retranslate_ui()

    def shows_chart(self) -> bool:
        return self._chart is not None and self._chart.isVisibleTo(self)

    @property
    def chart(self) -> ContributionChart:
        """The bar chart of the points, made the first time a score is shown."""
        if self._chart is None:
            self._chart = ContributionChart()
            self._layout.insertWidget(self._layout.indexOf(self.breakdown_heading), self._chart)
        return self._chart

    # --- content -------------------------------------------------------------------------

    def show_view(self, view: TierView | None) -> None:
        self.view = view
        if view is None:
            self.hide()
            return
        self.show()
        exp = view.explanation
        tier = view.tier
        self.tier_badge.set_tier(tier or formatting.EMPTY, "override" if view.override else
                                 ("" if tier else "none"))
        self.headline.setText(self._headline(view))
        self._show_override(view.override)
        self.override_button.setEnabled(True)
        self.clear_button.setEnabled(view.override is not None)
        classified = exp is not None
        for key in ("policy", "run", "score", "since"):
            self.fact_labels[key].setVisible(classified)
            self.fact_values[key].setVisible(classified)
        self.breakdown_heading.setVisible(classified)
        self.table.setVisible(classified)
        scored = classified and exp.policy.scored  # type: ignore[union-attr]
        if scored or self._chart is not None:
            self.chart.setVisible(scored)
        if exp is None:
            self.note.setText(self.tr("Not classified yet: apply a policy on the "
                                      "Classification page."))
            self.note.show()
            return
        self._show_facts(exp)
        if exp.policy.scored:
            self._show_weighted(exp)
        else:
            self._show_single(exp)

    def _headline(self, view: TierView) -> str:
        tier, computed = view.tier, view.computed
        if tier is None:
            return self.tr("Not classified")
        if view.override is not None and computed is None:
            return self.tr("Tier %1 in force (override); no policy has classified this account "
                           "yet.").replace("%1", tier)
        if view.override is not None and computed != tier:
            return self.tr("Tier %1 in force (override); the policy computes %2.") \
                .replace("%1", tier).replace("%2", str(computed))
        if view.override is not None:
            return self.tr("Tier %1 in force (override, same as computed).").replace("%1", tier)
        return self.tr("Tier %1, as computed by the policy.").replace("%1", tier)

    def _show_override(self, override: OverrideInfo | None) -> None:
        if override is None:
            self.override_note.hide()
            return
        self.override_note.setText(
            self.tr("Overridden by %1 on %2: %3").replace("%1", override.set_by)
            .replace("%2", formatting.day(override.set_at)).replace("%3", override.reason))
        self.override_note.show()

    def _show_facts(self, exp: Explanation) -> None:
        self.fact_values["policy"].setText(
            self.tr("%1, version %2 (%3)").replace("%1", policy_name(exp.policy_name))
            .replace("%2", str(exp.policy_version)).replace("%3", method_short(exp.run.method)))
        self.fact_values["run"].setText(
            self.tr("%1 · window %2 – %3").replace("%1", run_time(exp.run))
            .replace("%2", formatting.day(exp.run.window_start))
            .replace("%3", formatting.day(exp.run.window_end)))
        rank = self.tr("rank %1 of %2").replace("%1", formatting.integer(exp.rank)) \
            .replace("%2", formatting.integer(exp.run.account_count)) if exp.rank else ""
        if exp.policy.scored and exp.score is not None:
            score = self.tr("%1 of 100").replace("%1", format_number(exp.score))
            self.fact_labels["score"].setText(self.tr("Score:"))
            self.fact_values["score"].setText(f"{score} · {rank}" if rank else score)
        else:
            self.fact_labels["score"].setText(self.tr("Rank:"))
            self.fact_values["score"].setText(
                self.tr("%1 of %2").replace("%1", formatting.integer(exp.rank))
                .replace("%2", formatting.integer(exp.run.account_count))
                if exp.rank else formatting.EMPTY)
        change = exp.change
        if change is None:
            since = formatting.EMPTY
        elif change.previous is None:
            since = self.tr("Tier %1 since %2 (first classification)") \
                .replace("%1", change.tier).replace("%2", formatting.day(change.since))
        else:
            since = self.tr("Tier %1 since %2; before that %3") \
                .replace("%1", change.tier).replace("%2", formatting.day(change.since)) \
                .replace("%3", change.previous)
        self.fact_values["since"].setText(since)

    def _show_weighted(self, exp: Explanation) -> None:
        self.chart.set_contributions([(r.key, r.contribution or 0.0) for r in exp.rows])
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Indicator"), self.tr("Value"), self.tr("Norm (0–100)"), self.tr("Weight"),
            self.tr("Points"),
        ])
        self.table.setRowCount(len(exp.rows))
        for row, line in enumerate(exp.rows):
            excluded = line.excluded
            cells = [
                _item(indicator_label(line.key), tip=indicator_hint(line.key)),
                _item(format_value(line.key, line.raw), right=True, muted=line.raw is None),
                _item(self.tr("left out") if excluded else format_number(line.norm, 1),
                      right=True, muted=excluded,
                      tip=self.tr("No value: this indicator does not count for this account")
                      if excluded else ""),
                _item(format_compact(line.weight), right=True, muted=excluded),
                _item(format_number(line.contribution, 2), right=True, muted=excluded),
            ]
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self._fit_table()
        counted = exp.weights_counted or 0.0
        self.breakdown_heading.setText(self.tr("How the score is made"))
        self.note.setText(self.tr(
            "Points = weight × norm ÷ %1 (the weights counted). The points add up to the score."
        ).replace("%1", format_compact(counted)))
        self.note.show()

    def _show_single(self, exp: Explanation) -> None:
        abc = exp.policy.method == "abc"
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([
            self.tr("Indicator"), self.tr("Value"),
            self.tr("Share before it") if abc else self.tr("Thresholds"),
        ])
        self.table.setRowCount(len(exp.rows))
        for row, line in enumerate(exp.rows):
            third = format_share(line.cum_share) if abc else self._thresholds(exp.policy)
            cells = [
                _item(indicator_label(line.key), tip=indicator_hint(line.key)),
                _item(format_value(line.key, line.raw), right=True, muted=line.raw is None),
                _item(third, right=abc),
            ]
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self._fit_table()
        self.breakdown_heading.setText(self.tr("How the tier is decided"))
        if abc:
            self.note.setText(self.tr(
                "Accounts ranked by %1, largest first. The share before it is the part of the "
                "total held by the accounts ranked above this one; the tier is the first whose "
                "cut-off is above it: %2."
            ).replace("%1", indicator_label(exp.policy.indicator or ""))
             .replace("%2", self._cutoffs(exp.policy)))
        else:
            self.note.setText(self.tr(
                "The tier is the first from the top whose minimum the value reaches."))
        self.note.show()

    def _cutoffs(self, policy: Policy) -> str:
        parts = []
        for level in policy.levels:
            if level.cum_share is not None:
                parts.append(self.tr("%1 below %2").replace("%1", level.label)
                             .replace("%2", format_share(level.cum_share, 0)))
            else:
                parts.append(self.tr("%1 the rest").replace("%1", level.label))
        return ", ".join(parts)

    def _thresholds(self, policy: Policy) -> str:
        key = policy.indicator or ""
        parts = []
        for level in policy.levels:
            if level.min is not None:
                parts.append(f"{level.label} ≥ {format_value(key, level.min)}")
            else:
                parts.append(self.tr("%1 the rest").replace("%1", level.label))
        return ", ".join(parts)

    def _fit_table(self) -> None:
        table = self.table
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    def value_text(self, key: str) -> str:
        """A fact shown (policy, run, score, since), for tests."""
        return self.fact_values[key].text()

    # --- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Tier and why"))
        self.override_button.setText(self.tr("&Override tier…"))
        self.clear_button.setText(self.tr("C&lear override"))
        names = {"policy": self.tr("Policy:"), "run": self.tr("Run:"),
                 "score": self.tr("Score:"), "since": self.tr("Since:")}
        for key, label in self.fact_labels.items():
            label.setText(names[key])
        if self.view is not None:
            self.show_view(self.view)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
