"""The indicators of a weighted policy as an editable table, grouped by family.

Every known indicator has a row; a check box says whether the policy uses it. A used row takes a
weight (its share of the total is shown beside it), a direction, a normalisation and a missing
rule; the industry row has its score table instead of direction and normalisation. About twenty
rows of real widgets: the editor is small, so a `QTableWidget` with cell widgets is the simple,
honest tool here.

`rules()` keeps the order of the policy that was loaded (newly used indicators follow in
catalogue order), so loading and reading back a policy gives the same policy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kam_desktop.services.classification import (
    BALANCED_SCORECARD,
    FAMILIES,
    INDICATORS,
    IndicatorRule,
    builtin_policies,
)
from kam_desktop.ui import classification_dialogs
from kam_desktop.ui.classification_labels import (
    DIRECTIONS,
    MISSING_RULES,
    NORMALIZATIONS,
    direction_label,
    missing_hint,
    missing_label,
    normalize_label,
)
from kam_desktop.ui.classification_widgets import NumberSpin
from kam_desktop.ui.indicator_labels import family_label, indicator_hint, indicator_label

COL_INDICATOR, COL_WEIGHT, COL_SHARE, COL_DIRECTION, COL_NORMALIZE, COL_MISSING = range(6)
FAMILY_BACKGROUND = QColor("#eef2f7")
DEFAULT_WEIGHT = 5.0


def default_industry_scores() -> dict[str, float]:
    """The industry table of the shipped balanced scorecard: a starting point."""
    for policy in builtin_policies():
        if policy.name == BALANCED_SCORECARD:
            for rule in policy.indicators:
                if rule.scores:
                    return dict(rule.scores)
    return {}


def _combo(values: Sequence[str]) -> QComboBox:
    combo = QComboBox()
    combo.setFrame(False)
    for value in values:
        combo.addItem(value, value)
    return combo


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class IndicatorRulesTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("indicatorRules")
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_INDICATOR, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.rows: dict[str, int] = {}
        self.family_rows: dict[str, int] = {}
        self.weights: dict[str, NumberSpin] = {}
        self.directions: dict[str, QComboBox] = {}
        self.normalizations: dict[str, QComboBox] = {}
        self.missing: dict[str, QComboBox] = {}
        self.scores_button: QPushButton | None = None
        self.industry_scores: dict[str, float] = default_industry_scores()
        self._order: list[str] = []  # the loaded policy's order
        self._loading = False
        self._build()
        self.itemChanged.connect(self._on_item_changed)
        self.retranslate_ui()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for family in FAMILIES:
            row = self.rowCount()
            self.insertRow(row)
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setFont(bold)
            item.setBackground(QBrush(FAMILY_BACKGROUND))
            self.setItem(row, 0, item)
            self.setSpan(row, 0, 1, self.columnCount())
            self.family_rows[family] = row
            for key, definition in INDICATORS.items():
                if definition.family == family:
                    self._add_indicator(key)

    def _add_indicator(self, key: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.rows[key] = row
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.setItem(row, COL_INDICATOR, item)
        spin = NumberSpin(decimals=2, maximum=1000)
        spin.setObjectName(f"weight_{key}")
        spin.setSingleStep(1)
        spin.setValue(DEFAULT_WEIGHT)
        spin.setFrame(False)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setKeyboardTracking(True)
        spin.valueChanged.connect(self._emit)
        self.setCellWidget(row, COL_WEIGHT, spin)
        self.weights[key] = spin
        share = QTableWidgetItem()
        share.setFlags(Qt.ItemFlag.ItemIsEnabled)
        share.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setItem(row, COL_SHARE, share)
        if INDICATORS[key].categorical:
            button = QPushButton()
            button.setObjectName("industryScoresButton")
            button.clicked.connect(self.edit_industry_scores)
            self.setCellWidget(row, COL_DIRECTION, button)
            self.setSpan(row, COL_DIRECTION, 1, 2)
            self.scores_button = button
        else:
            direction = _combo(DIRECTIONS)
            _select(direction, INDICATORS[key].better)
            direction.currentIndexChanged.connect(self._emit)
            self.setCellWidget(row, COL_DIRECTION, direction)
            self.directions[key] = direction
            normalize = _combo(NORMALIZATIONS)
            normalize.currentIndexChanged.connect(self._emit)
            self.setCellWidget(row, COL_NORMALIZE, normalize)
            self.normalizations[key] = normalize
        missing = _combo(MISSING_RULES)
        missing.currentIndexChanged.connect(self._emit)
        self.setCellWidget(row, COL_MISSING, missing)
        self.missing[key] = missing
        self._enable_row(key, False)

    # --- state ---------------------------------------------------------------------------

    def is_used(self, key: str) -> bool:
        return self.item(self.rows[key], COL_INDICATOR).checkState() == Qt.CheckState.Checked

    def set_used(self, key: str, used: bool) -> None:
        state = Qt.CheckState.Checked if used else Qt.CheckState.Unchecked
        self.item(self.rows[key], COL_INDICATOR).setCheckState(state)

    def set_weight(self, key: str, weight: float) -> None:
        self.weights[key].setValue(weight)

    def used_keys(self) -> list[str]:
        used = [k for k in self._order if self.is_used(k)]
        return used + [k for k in self.rows if self.is_used(k) and k not in used]

    def total_weight(self) -> float:
        return float(sum(self.weights[k].value() for k in self.used_keys()))

    def set_rules(self, rules: Sequence[IndicatorRule]) -> None:
        self._loading = True
        try:
            by_key = {rule.key: rule for rule in rules}
            self._order = [rule.key for rule in rules]
            for key in self.rows:
                rule = by_key.get(key)
                self.set_used(key, rule is not None)
                self.weights[key].setValue(rule.weight if rule else DEFAULT_WEIGHT)
                if key in self.directions:
                    _select(self.directions[key], rule.direction if rule
                            else INDICATORS[key].better)
                    _select(self.normalizations[key], rule.normalize if rule else "percentile")
                _select(self.missing[key], rule.missing if rule else "worst")
                if rule is not None and rule.scores is not None:
                    self.industry_scores = dict(rule.scores)
                self._enable_row(key, rule is not None)
        finally:
            self._loading = False
        self._update_shares()

    def rules(self) -> tuple[IndicatorRule, ...]:
        out = []
        for key in self.used_keys():
            categorical = INDICATORS[key].categorical
            out.append(IndicatorRule(
                key=key,
                weight=round(self.weights[key].value(), 4),
                direction="higher" if categorical else self.directions[key].currentData(),
                normalize="percentile" if categorical
                else self.normalizations[key].currentData(),
                missing=self.missing[key].currentData(),
                scores=dict(self.industry_scores) if categorical else None,
            ))
        return tuple(out)

    def set_industry_scores(self, scores: Mapping[str, float]) -> None:
        self.industry_scores = dict(scores)
        self._update_scores_button()
        self._emit()

    def edit_industry_scores(self) -> None:
        scores = classification_dialogs.edit_industry_scores(self, self.industry_scores)
        if scores is not None:
            self.set_industry_scores(scores)

    # --- reacting ------------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if item.column() != COL_INDICATOR or key not in self.rows:
            return
        self._enable_row(key, self.is_used(key))
        self._emit()

    def _enable_row(self, key: str, used: bool) -> None:
        row = self.rows[key]
        for col in range(1, self.columnCount()):
            widget = self.cellWidget(row, col)
            if widget is not None:
                widget.setEnabled(used)
        item = self.item(row, COL_INDICATOR)
        if item is not None:
            item.setForeground(QBrush(QColor("#1b2733" if used else "#8a94a0")))

    def _emit(self, *_args: object) -> None:
        if self._loading:
            return
        self._update_shares()
        self.changed.emit()

    def _update_shares(self) -> None:
        total = self.total_weight()
        locale = QLocale()
        for key, row in self.rows.items():
            item = self.item(row, COL_SHARE)
            if item is None:
                continue
            if self.is_used(key) and total > 0:
                share = self.weights[key].value() / total * 100
                item.setText(locale.toString(share, "f", 1) + "%")
            else:
                item.setText("")

    def _update_scores_button(self) -> None:
        if self.scores_button is not None:
            self.scores_button.setText(self.tr("Industry scores (%1)…").replace(
                "%1", str(len(self.industry_scores))))

    # --- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Indicator"), self.tr("Weight"), self.tr("Share"), self.tr("Direction"),
            self.tr("Normalisation"), self.tr("Missing values"),
        ])
        self.horizontalHeaderItem(COL_SHARE).setToolTip(
            self.tr("The indicator's share of the total weight"))
        self.horizontalHeaderItem(COL_MISSING).setToolTip(
            self.tr("What an account without a value gets"))
        self._loading = True
        try:
            for family, row in self.family_rows.items():
                self.item(row, 0).setText(family_label(family))
            for key, row in self.rows.items():
                item = self.item(row, COL_INDICATOR)
                item.setText(indicator_label(key))
                item.setToolTip(indicator_hint(key))
            for combo in self.directions.values():
                for i in range(combo.count()):
                    combo.setItemText(i, direction_label(combo.itemData(i)))
            for combo in self.normalizations.values():
                for i in range(combo.count()):
                    combo.setItemText(i, normalize_label(combo.itemData(i)))
            for combo in self.missing.values():
                for i in range(combo.count()):
                    combo.setItemText(i, missing_label(combo.itemData(i)))
                    combo.setItemData(i, missing_hint(combo.itemData(i)),
                                      Qt.ItemDataRole.ToolTipRole)
        finally:
            self._loading = False
        self._update_scores_button()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
