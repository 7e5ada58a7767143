"""The policy editor: name, method, indicators with weights (or the one indicator), tiers.

It edits a `Policy` (plain data from the service) and gives one back with `policy()`; it never
validates or saves: the page validates every change with the service's `validate_policy` and
shows the problems beside the editor. The window and description of the loaded policy are kept
as they are (the window is chosen on the page, per run).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.classification import (
    BALANCED_SCORECARD,
    INDICATORS,
    Policy,
    builtin_policies,
)
from kam_desktop.ui.classification_labels import METHODS, MODES, method_label, mode_label
from kam_desktop.ui.classification_rules import IndicatorRulesTable
from kam_desktop.ui.classification_tiers import TierLevelsTable, kind_of
from kam_desktop.ui.indicator_labels import format_compact, indicator_hint, indicator_label

BAD_COLOR = "#b3261e"
NUMERIC_KEYS = tuple(k for k, d in INDICATORS.items() if not d.categorical)


def _scorecard() -> Policy | None:
    return next((p for p in builtin_policies() if p.name == BALANCED_SCORECARD), None)


class PolicyEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyEditor")
        self._loading = False
        self._base: Policy | None = None

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("policyName")
        self.name_edit.setMaxLength(200)
        self.name_edit.textChanged.connect(self._emit)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("policyMethod")
        for method in METHODS:
            self.method_combo.addItem("", method)
        self.method_combo.currentIndexChanged.connect(self._on_method_changed)
        self.indicator_combo = QComboBox()
        self.indicator_combo.setObjectName("policyIndicator")
        for key in NUMERIC_KEYS:
            self.indicator_combo.addItem("", key)
        self.indicator_combo.currentIndexChanged.connect(self._emit)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("tierMode")
        for mode in MODES:
            self.mode_combo.addItem("", mode)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_changed)

        self.name_label = QLabel()
        self.method_label = QLabel()
        self.indicator_label = QLabel()
        self.mode_label = QLabel()
        for label, buddy in ((self.name_label, self.name_edit),
                             (self.method_label, self.method_combo),
                             (self.indicator_label, self.indicator_combo),
                             (self.mode_label, self.mode_combo)):
            label.setBuddy(buddy)

        # Weighted: the indicator table; single-indicator: the indicator and a note.
        self.rules = IndicatorRulesTable()
        self.rules.changed.connect(self._emit)
        self.weight_label = QLabel()
        self.weight_label.setObjectName("weightTotal")
        bold = QFont(self.font())
        bold.setBold(True)
        self.rules_heading = QLabel()
        self.rules_heading.setFont(bold)
        weighted = QWidget()
        weighted_layout = QVBoxLayout(weighted)
        weighted_layout.setContentsMargins(0, 0, 0, 0)
        weighted_layout.setSpacing(4)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.rules_heading)
        heading_row.addStretch(1)
        heading_row.addWidget(self.weight_label)
        weighted_layout.addLayout(heading_row)
        weighted_layout.addWidget(self.rules, 1)

        self.single_note = QLabel()
        self.single_note.setObjectName("hint")
        self.single_note.setWordWrap(True)
        single = QWidget()
        single_layout = QFormLayout(single)
        single_layout.setContentsMargins(0, 0, 0, 0)
        single_layout.addRow(self.indicator_label, self.indicator_combo)
        single_layout.addRow(self.single_note)
        # Shown one at a time (not a QStackedWidget, whose size is that of its largest page:
        # the indicator table would push the tiers off a one-indicator policy).
        self.weighted_part, self.single_part = weighted, single

        self.tiers_heading = QLabel()
        self.tiers_heading.setFont(bold)
        self.tiers = TierLevelsTable()
        self.tiers.changed.connect(self._emit)
        self.add_tier_button = QPushButton()
        self.add_tier_button.setObjectName("addTier")
        self.add_tier_button.clicked.connect(self.tiers.add_tier)
        self.remove_tier_button = QPushButton()
        self.remove_tier_button.setObjectName("removeTier")
        self.remove_tier_button.clicked.connect(lambda: self.tiers.remove_tier())
        self.tiers_hint = QLabel()
        self.tiers_hint.setObjectName("hint")
        self.tiers_hint.setWordWrap(True)

        top = QFormLayout()
        top.setHorizontalSpacing(12)
        top.addRow(self.name_label, self.name_edit)
        top.addRow(self.method_label, self.method_combo)

        tier_buttons = QVBoxLayout()
        tier_buttons.addWidget(self.mode_label)
        tier_buttons.addWidget(self.mode_combo)
        tier_buttons.addWidget(self.add_tier_button)
        tier_buttons.addWidget(self.remove_tier_button)
        tier_buttons.addStretch(1)
        tier_row = QHBoxLayout()
        tier_row.addWidget(self.tiers, 1)
        tier_row.addLayout(tier_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(weighted, 1)
        layout.addWidget(single)
        layout.addWidget(self.tiers_heading)
        layout.addLayout(tier_row)
        layout.addWidget(self.tiers_hint)
        self.bottom_stretch = QWidget()  # takes the free height of a one-indicator policy
        layout.addWidget(self.bottom_stretch, 1)
        self.retranslate_ui()
        self._fit_tiers()

    # --- the policy ----------------------------------------------------------------------

    def set_policy(self, policy: Policy) -> None:
        self._loading = True
        try:
            self._base = policy
            self.name_edit.setText(policy.name)
            self._select(self.method_combo, policy.method)
            if policy.method == "weighted":
                self.rules.set_rules(policy.indicators)
                self._select(self.mode_combo, policy.mode or "cutoffs")
            else:
                self._select(self.indicator_combo, policy.indicator or "sales")
            self.tiers.set_levels(policy.levels, kind_of(policy.method, policy.mode))
        finally:
            self._loading = False
        self._update_visibility()
        self._update_weight_label()
        self._fit_tiers()

    def policy(self) -> Policy:
        """The policy as edited (not validated)."""
        method = self.method()
        weighted = method == "weighted"
        base = self._base or Policy(name="", method=method, levels=())
        return replace(
            base,
            name=self.name_edit.text().strip(),
            method=method,
            levels=self.tiers.levels(),
            indicators=self.rules.rules() if weighted else (),
            indicator=None if weighted else self.indicator_combo.currentData(),
            mode=self.mode_combo.currentData() if weighted else None,
        )

    def method(self) -> str:
        return str(self.method_combo.currentData())

    def set_method(self, method: str) -> None:
        self._select(self.method_combo, method)

    def set_mode(self, mode: str) -> None:
        self._select(self.mode_combo, mode)

    def set_indicator(self, key: str) -> None:
        self._select(self.indicator_combo, key)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # --- reacting ------------------------------------------------------------------------

    def _on_method_changed(self, _index: int) -> None:
        if self._loading:
            return
        method = self.method()
        if method == "weighted" and not self.rules.used_keys():
            scorecard = _scorecard()
            if scorecard is not None:  # a sensible start rather than an empty table
                self.rules.set_rules(scorecard.indicators)
        self.tiers.set_kind(kind_of(method, self.mode_combo.currentData()))
        self._update_visibility()
        self._fit_tiers()
        self._emit()

    def _on_mode_changed(self, _index: int) -> None:
        if self._loading:
            return
        self.tiers.set_kind(kind_of(self.method(), self.mode_combo.currentData()))
        self._update_visibility()
        self._emit()

    def _emit(self, *_args: object) -> None:
        if self._loading:
            return
        self._update_weight_label()
        self._fit_tiers()
        self.changed.emit()

    def _update_visibility(self) -> None:
        weighted = self.method() == "weighted"
        self.weighted_part.setVisible(weighted)
        self.single_part.setVisible(not weighted)
        self.bottom_stretch.setVisible(not weighted)
        self.mode_label.setVisible(weighted)
        self.mode_combo.setVisible(weighted)
        self._update_hints()

    def _update_weight_label(self) -> None:
        total = self.rules.total_weight()
        count = len(self.rules.used_keys())
        text = format_compact(float(total))
        self.weight_label.setText(
            self.tr("Total weight: %1 · %2 indicators").replace("%1", text)
            .replace("%2", str(count)))
        bad = total <= 0
        self.weight_label.setProperty("tone", "bad" if bad else "")
        palette = self.weight_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(BAD_COLOR) if bad
                         else self.palette().color(QPalette.ColorRole.WindowText))
        self.weight_label.setPalette(palette)

    def _fit_tiers(self) -> None:
        table = self.tiers
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += table.verticalHeader().defaultSectionSize() * max(table.rowCount(), 2)
        table.setFixedHeight(height + 4)
        self.remove_tier_button.setEnabled(table.rowCount() > 2)

    def _update_hints(self) -> None:
        kind = kind_of(self.method(), self.mode_combo.currentData())
        hints = {
            "cutoffs": self.tr("An account gets the first tier from the top whose minimum "
                               "score it reaches; the last tier takes the rest."),
            "quotas": self.tr("Accounts are ranked by score; the first tier takes the given "
                              "share of them, the next tier the next share, and the last tier "
                              "the rest."),
            "abc": self.tr("Accounts are ranked by the indicator, largest first. An account "
                           "gets the first tier whose cumulative share is above the share of "
                           "the accounts ranked before it; accounts with no value or a value of "
                           "0 or less get the last tier."),
            "thresholds": self.tr("An account gets the first tier from the top whose minimum "
                                  "value it reaches; the last tier takes the rest."),
        }
        self.tiers_hint.setText(hints[kind])
        key = self.indicator_combo.currentData()
        self.indicator_combo.setToolTip(indicator_hint(key) if key else "")

    # --- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.name_label.setText(self.tr("&Name:"))
        self.method_label.setText(self.tr("&Method:"))
        self.indicator_label.setText(self.tr("&Indicator:"))
        self.mode_label.setText(self.tr("Tiers &by:"))
        self.rules_heading.setText(self.tr("Indicators and weights"))
        self.tiers_heading.setText(self.tr("Tiers, from the top"))
        self.add_tier_button.setText(self.tr("Add tier"))
        self.remove_tier_button.setText(self.tr("Remove tier"))
        self.single_note.setText(self.tr(
            "A single-indicator policy sorts the accounts by one measure. Simple and easy to "
            "check by hand, but blind to everything else; a weighted score combines several."
        ))
        for i in range(self.method_combo.count()):
            self.method_combo.setItemText(i, method_label(self.method_combo.itemData(i)))
        for i in range(self.mode_combo.count()):
            self.mode_combo.setItemText(i, mode_label(self.mode_combo.itemData(i)))
        for i in range(self.indicator_combo.count()):
            self.indicator_combo.setItemText(i, indicator_label(self.indicator_combo.itemData(i)))
        self._update_visibility()
        self._update_weight_label()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
