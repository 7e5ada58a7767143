"""The tiers of a policy as an editable table: each tier's label and its bound.

What the bound is depends on the policy (CLASSIFICATION.md):
- weighted with score cut-offs: the minimum score (0–100);
- weighted with quotas: the share of the accounts (shown in %);
- ABC: the cumulative share the tier runs up to (shown in %);
- thresholds: the minimum value of the indicator.
The last tier takes the rest and has no bound. Tiers are listed from the top.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kam_desktop.services.classification import TierLevel
from kam_desktop.ui.classification_labels import bound_header
from kam_desktop.ui.classification_widgets import NumberSpin

KINDS = ("cutoffs", "quotas", "abc", "thresholds")
PERCENT_KINDS = frozenset({"quotas", "abc"})
FIELD = {"cutoffs": "min", "quotas": "share", "abc": "cum_share", "thresholds": "min"}
DEFAULTS: dict[str, list[tuple[str, float | None]]] = {
    "cutoffs": [("S", 80.0), ("A", 60.0), ("B", 40.0), ("C", None)],
    "quotas": [("S", 5.0), ("A", 15.0), ("B", 30.0), ("C", None)],
    "abc": [("A", 80.0), ("B", 95.0), ("C", None)],
    "thresholds": [("A", 1_000_000.0), ("B", 100_000.0), ("C", None)],
}
SPARE_LABELS = ("S", "A", "B", "C", "D", "E", "F", "G")
MAX_TIERS = 8


def kind_of(method: str, mode: str | None) -> str:
    if method == "weighted":
        return mode or "cutoffs"
    return method


class TierLevelsTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("tierLevels")
        self.kind = "cutoffs"
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.spins: list[NumberSpin] = []
        self._loading = False
        self.itemChanged.connect(self._on_item_changed)
        self._fill(DEFAULTS["cutoffs"])
        self.retranslate_ui()

    # --- content -------------------------------------------------------------------------

    def set_levels(self, levels: Sequence[TierLevel], kind: str) -> None:
        self.kind = kind
        field = FIELD[kind]
        scale = 100.0 if kind in PERCENT_KINDS else 1.0
        rows: list[tuple[str, float | None]] = []
        for level in levels:
            value = getattr(level, field)
            rows.append((level.label, None if value is None else round(value * scale, 6)))
        self._fill(rows)
        self.retranslate_ui()

    def set_kind(self, kind: str) -> None:
        """Switch to another kind of bound: its default tiers."""
        if kind != self.kind:
            self.kind = kind
            self._fill(DEFAULTS[kind])
            self.retranslate_ui()
            self.changed.emit()

    def labels(self) -> list[str]:
        return [self._label(row) for row in range(self.rowCount())]

    def levels(self) -> tuple[TierLevel, ...]:
        field = FIELD[self.kind]
        scale = 100.0 if self.kind in PERCENT_KINDS else 1.0
        out = []
        last = self.rowCount() - 1
        for row in range(self.rowCount()):
            label = self._label(row)
            if row == last:
                value = 0.0 if self.kind == "cutoffs" else None
            else:
                value = round(self.spins[row].value() / scale, 8)
            out.append(TierLevel(label=label, **({field: value} if value is not None else {})))
        return tuple(out)

    def set_label(self, row: int, label: str) -> None:
        self.item(row, 0).setText(label)

    def set_bound(self, row: int, value: float) -> None:
        """The bound as shown (percent for shares)."""
        self.spins[row].setValue(value)

    def _label(self, row: int) -> str:
        item = self.item(row, 0)
        return item.text().strip() if item is not None else ""

    def _rows(self) -> list[tuple[str, float | None]]:
        last = self.rowCount() - 1
        return [(self._label(r), None if r == last else self.spins[r].value())
                for r in range(self.rowCount())]

    def _fill(self, rows: Sequence[tuple[str, float | None]]) -> None:
        self._loading = True
        try:
            self.setRowCount(0)
            self.spins = []
            last = len(rows) - 1
            for row, (label, value) in enumerate(rows):
                self.insertRow(row)
                self.setItem(row, 0, QTableWidgetItem(label))
                if row == last:
                    rest = QTableWidgetItem()
                    rest.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    rest.setForeground(QBrush(QColor("#5f6b7a")))
                    self.setItem(row, 1, rest)
                    continue
                spin = self._spin()
                spin.setValue(value if value is not None else 0.0)
                spin.valueChanged.connect(self._emit)
                self.setCellWidget(row, 1, spin)
                self.spins.append(spin)
        finally:
            self._loading = False

    def _spin(self) -> NumberSpin:
        if self.kind in PERCENT_KINDS:
            spin = NumberSpin(decimals=2, minimum=0.0, maximum=100.0)
            spin.setSuffix("%")
        elif self.kind == "cutoffs":
            spin = NumberSpin(decimals=2, minimum=0.0, maximum=100.0)
        else:
            spin = NumberSpin(decimals=2, minimum=-1e13, maximum=1e13)
            spin.setSingleStep(1000)
        spin.setFrame(False)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    # --- adding and removing -------------------------------------------------------------

    def add_tier(self) -> None:
        """A new tier just above the last one, between its neighbours' bounds."""
        rows = self._rows()
        if len(rows) >= MAX_TIERS:
            return
        used = {label for label, _ in rows}
        label = next((c for c in SPARE_LABELS if c not in used), f"T{len(rows) + 1}")
        bounds = [v for _, v in rows if v is not None]
        previous = bounds[-1] if bounds else None
        if self.kind == "quotas":
            value = 10.0
        elif self.kind == "abc":
            value = min(100.0, ((previous or 0.0) + 100.0) / 2)
        elif self.kind == "cutoffs":
            value = (previous or 100.0) / 2
        else:
            value = (previous or 0.0) / 2
        rows.insert(len(rows) - 1, (label, value))
        self._fill(rows)
        self.retranslate_ui()
        self.changed.emit()

    def remove_tier(self, row: int | None = None) -> None:
        """Remove a tier (the selected one, else the one above the last); two always stay."""
        rows = self._rows()
        if len(rows) <= 2:
            return
        if row is None:
            selected = self.selectionModel().selectedRows()
            row = selected[0].row() if selected else len(rows) - 2
        del rows[row]
        if row == len(rows):  # the last tier went: the one above it now takes the rest
            rows[-1] = (rows[-1][0], None)
        self._fill(rows)
        self.retranslate_ui()
        self.changed.emit()

    # --- reacting ------------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._emit()

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    # --- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        method = "weighted" if self.kind in ("cutoffs", "quotas") else self.kind
        self.setHorizontalHeaderLabels([self.tr("Tier"), bound_header(method, self.kind)])
        last = self.item(self.rowCount() - 1, 1) if self.rowCount() else None
        if last is not None:
            self._loading = True
            try:
                last.setText(self.tr("the rest"))
            finally:
                self._loading = False

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
