"""Small widgets the import wizard and the Import page share: counts, messages, tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.ui import formatting
from kam_desktop.ui.import_models import SORT_ROLE

MUTED = "#5f6b7a"

# The import's own looks (the app style sheet only knows the shared widgets): set on the wizard
# and on the Import page, it cascades to their children.
IMPORT_STYLE = f"""
QFrame#countCard {{
    background: white;
    border: 1px solid #dde3ea;
    border-radius: 6px;
}}
QLabel#countValue {{
    font-size: 15pt;
    font-weight: 600;
    color: #1b2733;
}}
QLabel#countValue[tone="bad"] {{ color: #b3261e; }}
QLabel#countValue[tone="good"] {{ color: #1e7b34; }}
QLabel#countLabel, QLabel#hint, QLabel#sampleValues, QLabel#stepsLabel {{
    color: {MUTED};
}}
QFrame#messagePanel {{
    border-radius: 6px;
    border: 1px solid #f0b4ae;
    background: #fdeceb;
}}
QFrame#messagePanel[tone="warning"] {{
    border-color: #f0d58c;
    background: #fff8e1;
}}
QFrame#messagePanel[tone="info"] {{
    border-color: #b9d3ee;
    background: #eef5fc;
}}
QFrame#messagePanel[tone="success"] {{
    border-color: #a9d8b4;
    background: #edf8f0;
}}
QLabel#messageHeading {{
    font-weight: 600;
}}
QLabel#missingMapping {{
    color: #b3261e;
}}
QLabel#wizardTitle {{
    font-size: 14pt;
    font-weight: 600;
    color: #1b2733;
}}
QFrame#wizardHeader {{
    background: white;
    border-bottom: 1px solid #dde3ea;
}}
"""


class CountsView(QWidget):
    """A row of small cards, each a number over its label ("12 / New")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(8)
        self._cards: list[QFrame] = []
        self._numbers: dict[str, QLabel] = {}

    def set_counts(self, counts: Sequence[tuple[str, str, int, str]]) -> None:
        """`(key, label, value, tone)` per card; tone is "", "good" or "bad" (colours a number
        that needs attention)."""
        for card in self._cards:
            card.deleteLater()
        self._cards = []
        self._numbers = {}
        for column, (key, label, value, tone) in enumerate(counts):
            card = QFrame()
            card.setObjectName("countCard")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(12, 8, 12, 8)
            inner.setSpacing(0)
            number = QLabel(formatting.integer(value))
            number.setObjectName("countValue")
            number.setProperty("tone", tone)
            self._numbers[key] = number
            text = QLabel(label)
            text.setObjectName("countLabel")
            inner.addWidget(number)
            inner.addWidget(text)
            self._layout.addWidget(card, 0, column)
            self._cards.append(card)
        self._layout.setColumnStretch(len(counts), 1)

    def value(self, key: str) -> str:
        """The number shown on the card `key` (for tests)."""
        return self._numbers[key].text()


class MessagePanel(QFrame):
    """A framed message: a bold heading and a detail (error, warning or information)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messagePanel")
        self.heading = QLabel()
        self.heading.setObjectName("messageHeading")
        self.heading.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("messageDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        self.hide()

    def show_message(self, heading: str, detail: str = "", tone: str = "error") -> None:
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
        self.heading.setText(heading)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.show()

    def clear(self) -> None:
        self.heading.clear()
        self.detail.clear()
        self.hide()

    def text(self) -> str:
        return "\n".join(t for t in (self.heading.text(), self.detail.text()) if t)


def make_table_view(model: QAbstractItemModel, *, sortable: bool = False,
                    stretch_last: bool = True) -> QTableView:
    """A read-only, row-selecting table; sortable through a proxy on `SORT_ROLE`."""
    view = QTableView()
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    vertical = view.verticalHeader()
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch_last)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view
