"""The industry score table of a weighted policy: each industry's score from 0 to 100.

`industry` is the one categorical indicator: an account's industry takes the score listed here
directly as its norm, and an industry that is not listed counts as missing (the rule chosen for
the indicator decides what that means).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.ui.classification_widgets import NumberSpin


class IndustryScoresDialog(QDialog):
    """Edit `industry → score` pairs; `scores()` is the table as entered (blank names left
    out). OK is refused while two rows name the same industry."""

    def __init__(self, scores: Mapping[str, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("industryScoresDialog")
        self.setWindowTitle(self.tr("Industry scores"))
        self.intro = QLabel(self.tr(
            "Each industry scores from 0 to 100 on this indicator. Accounts in an industry not "
            "listed here count as having no value."
        ))
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Industry"), self.tr("Score (0–100)")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for industry, score in scores.items():
            self.add_row(industry, score)
        self.add_button = QPushButton(self.tr("&Add industry"))
        self.add_button.clicked.connect(lambda: self._add_and_edit())
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.problem = QLabel()
        self.problem.setObjectName("validationText")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, 520)

    def add_row(self, industry: str = "", score: float = 50.0) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(industry))
        spin = NumberSpin(decimals=1, minimum=0.0, maximum=100.0)
        spin.setValue(float(score))
        spin.setFrame(False)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.table.setCellWidget(row, 1, spin)
        return row

    def _add_and_edit(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def scores(self) -> dict[str, float]:
        table: dict[str, float] = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.text().strip() if item is not None else ""
            spin = self.table.cellWidget(row, 1)
            if name and isinstance(spin, NumberSpin):
                table[name] = spin.value()
        return table

    def _duplicates(self) -> list[str]:
        seen: set[str] = set()
        twice: list[str] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.text().strip() if item is not None else ""
            if name and name in seen and name not in twice:
                twice.append(name)
            seen.add(name)
        return twice

    def accept(self) -> None:  # Qt override
        twice = self._duplicates()
        if twice:
            self.problem.setText(self.tr("Listed more than once: %1").replace(
                "%1", ", ".join(twice)))
            self.problem.show()
            return
        super().accept()
