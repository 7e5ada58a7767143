"""A migration between two classifications: the from → to matrix and the accounts that move.

Used for a preview (the tiers in force → the policy as edited), after a run (the previous run →
this one) and in the run history (a run against the one before it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.classification import Migration
from kam_desktop.ui import formatting
from kam_desktop.ui.classification_models import MOVER_COLUMNS, MatrixModel, MoversModel
from kam_desktop.ui.import_widgets import make_table_view


class MigrationView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.migration: Migration | None = None
        self.matrix_model = MatrixModel(self)
        self.movers_model = MoversModel(self)

        bold = QFont(self.font())
        bold.setBold(True)
        self.matrix_heading = QLabel()
        self.matrix_heading.setFont(bold)
        self.matrix_hint = QLabel()
        self.matrix_hint.setObjectName("hint")
        self.matrix_hint.setWordWrap(True)
        self.matrix = QTableView()
        self.matrix.setObjectName("migrationMatrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setCornerButtonEnabled(False)
        self.matrix.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.matrix.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.horizontalHeader().setHighlightSections(False)
        self.matrix.verticalHeader().setHighlightSections(False)
        self.matrix.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matrix.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matrix.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.movers_heading = QLabel()
        self.movers_heading.setFont(bold)
        self.movers = make_table_view(self.movers_model, sortable=True)
        self.movers.setObjectName("moversTable")
        self.movers.verticalHeader().setVisible(False)
        self.movers_proxy: QSortFilterProxyModel = self.movers.model()  # type: ignore[assignment]
        header = self.movers.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MOVER_COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)

        matrix_row = QHBoxLayout()
        matrix_row.addWidget(self.matrix, 0, Qt.AlignmentFlag.AlignTop)
        matrix_row.addSpacing(12)
        matrix_row.addWidget(self.matrix_hint, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.matrix_heading)
        layout.addLayout(matrix_row)
        layout.addSpacing(6)
        layout.addWidget(self.movers_heading)
        layout.addWidget(self.movers, 1)
        layout.addWidget(self.empty)
        self.retranslate_ui()
        self.set_migration(None)

    def set_migration(self, migration: Migration | None) -> None:
        self.migration = migration
        self.matrix_model.set_matrix(None if migration is None else migration.matrix)
        self.movers_model.set_movers(None if migration is None else migration.movers)
        shown = migration is not None
        self.matrix.setVisible(shown)
        self.matrix_heading.setVisible(shown)
        self.matrix_hint.setVisible(shown)
        self.movers_heading.setVisible(shown)
        self.movers.setVisible(shown)
        self.empty.setVisible(not shown)
        # ABC and thresholds have no score: no empty column for it
        scores = migration.movers["score"] if migration is not None else None
        self.movers.setColumnHidden(MOVER_COLUMNS.index("score"),
                                    scores is not None and bool(scores.isna().all()))
        self._fit_matrix()
        self._update_movers_heading()

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def _fit_matrix(self) -> None:
        table = self.matrix
        width = table.fontMetrics().horizontalAdvance("→ Not classified") + 16
        for col in range(self.matrix_model.columnCount()):
            table.setColumnWidth(col, max(56, min(width, table.horizontalHeader()
                                                  .sectionSizeHint(col) + 12)))
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.verticalHeader().setMinimumWidth(table.verticalHeader().sizeHint().width() + 8)
        w = table.verticalHeader().sizeHint().width() + 8 + 2 * table.frameWidth()
        w += sum(table.columnWidth(c) for c in range(self.matrix_model.columnCount()))
        h = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        h += sum(table.rowHeight(r) for r in range(self.matrix_model.rowCount()))
        table.setFixedSize(w + 2, h + 2)

    def _update_movers_heading(self) -> None:
        count = self.movers_model.rowCount()
        if count == 1:
            text = self.tr("1 account changes tier")
        else:
            text = self.tr("%1 accounts change tier").replace("%1", formatting.integer(count))
        self.movers_heading.setText(text)

    def retranslate_ui(self) -> None:
        self.matrix_heading.setText(self.tr("Migration matrix"))
        self.matrix_hint.setText(self.tr(
            "Rows: the tier before. Columns: the tier after. The shaded diagonal stayed in "
            "their tier; green moved up, red moved down."
        ))
        self.matrix_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                 max(self.matrix_model.columnCount() - 1, 0))
        self.movers_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                 len(MOVER_COLUMNS) - 1)
        self._fit_matrix()
        self._update_movers_heading()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
