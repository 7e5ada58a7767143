"""The Accounts page's filter bar: tier, industry, region, account manager, status, attention,
and whether deleted accounts are shown.

Each filter is a combo box whose first entry means "any" (and names the filter, so the bar
needs no labels); a combo with a filter set is shown in bold. The filters wrap onto a second
line in a narrow window. The attention filter waits for the attention table, which is computed
in the background after the page loads: until then it says so and cannot be chosen. The bar
only emits `changed`; `spec(search)` builds the `AccountFilter` the model applies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kam_desktop.services.account_list import AccountFilter
from kam_desktop.services.attention import RULES, Rule
from kam_desktop.ui import labels
from kam_desktop.ui.accounts_model import NOT_CLASSIFIED, rule_label

ANY = None
FLAGGED = "flagged"
UNFLAGGED = "unflagged"
STATUSES = ("active", "prospect", "inactive")
CHOICE_KEYS = ("tiers", "industries", "regions", "owners")


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto the next line when the width runs out (Qt's
    flow layout example): the filters never make the window wider than it is."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # Qt override
        self._items.append(item)

    def count(self) -> int:  # Qt override
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # Qt override: everything on one line
        width = sum(i.sizeHint().width() for i in self._items if not i.isEmpty())
        width += self._spacing * max(len(self._items) - 1, 0)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # Qt override: the widest single widget
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class AccountFilterBar(QWidget):
    """The filter combos and the "Show deleted" switch; see the module docstring."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountFilters")
        self._choices: dict[str, list[str]] = {k: [] for k in CHOICE_KEYS}
        self._attention_ready = False
        self._rule_counts: dict[Rule, int] = {}
        self._flagged = 0
        self._total = 0

        self.combos: dict[str, QComboBox] = {}
        for key in ("tier", "industry", "region", "owner", "status", "attention"):
            combo = QComboBox()
            combo.setObjectName(f"{key}Filter")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaxVisibleItems(20)
            combo.currentIndexChanged.connect(self._on_combo_changed)
            self.combos[key] = combo
        self.show_deleted = QCheckBox()
        self.show_deleted.setObjectName("showDeleted")
        self.show_deleted.toggled.connect(lambda _on: self.changed.emit())
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)

        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = FlowLayout(self)
        for combo in self.combos.values():
            layout.addWidget(combo)
        layout.addWidget(self.show_deleted)
        layout.addWidget(self.clear_button)
        self._fill_all()
        self.retranslate_ui()

    # --- choices -------------------------------------------------------------------------------

    def set_choices(self, choices: Mapping[str, Sequence[str]]) -> None:
        """The values each filter offers (`account_list.filter_choices`); a chosen value that
        is gone falls back to "any"."""
        self._choices = {k: [str(v) for v in choices.get(k, ())] for k in CHOICE_KEYS}
        self._fill_all()

    def set_attention(self, ready: bool, counts: Mapping[Rule, int] | None = None,
                      flagged: int = 0, total: int = 0) -> None:
        """The attention table arrived (`ready`) with how many accounts each rule flags, or
        is being computed (again)."""
        self._attention_ready = ready
        self._rule_counts = dict(counts or {})
        self._flagged, self._total = flagged, total
        self._fill("attention")

    @property
    def attention_ready(self) -> bool:
        return self._attention_ready

    def _fill_all(self) -> None:
        for key in self.combos:
            self._fill(key)

    def _items(self, key: str) -> list[tuple[str, object]]:
        loc = QLocale()
        if key == "tier":
            return [(self.tr("All tiers"), ANY),
                    *((self.tr("Tier %1").replace("%1", t), t) for t in self._choices["tiers"]),
                    (labels.not_classified(), NOT_CLASSIFIED)]
        if key == "industry":
            return [(self.tr("All industries"), ANY),
                    *((v, v) for v in self._choices["industries"])]
        if key == "region":
            return [(self.tr("All regions"), ANY), *((v, v) for v in self._choices["regions"])]
        if key == "owner":
            return [(self.tr("All account managers"), ANY),
                    *((v, v) for v in self._choices["owners"])]
        if key == "status":
            return [(self.tr("All statuses"), ANY),
                    *((labels.status_label(s), s) for s in STATUSES)]
        if not self._attention_ready:
            return [(self.tr("Attention: computing…"), ANY)]
        items: list[tuple[str, object]] = [
            (self.tr("Attention: any"), ANY),
            (self.tr("Needs attention (%1)").replace("%1", loc.toString(self._flagged)), FLAGGED),
            (self.tr("Needs none (%1)").replace(
                "%1", loc.toString(max(self._total - self._flagged, 0))), UNFLAGGED),
        ]
        for rule in RULES:
            count = loc.toString(self._rule_counts.get(rule, 0))
            items.append((f"{rule_label(rule)} ({count})", rule.value))
        return items

    def _fill(self, key: str) -> None:
        combo = self.combos[key]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in self._items(key):
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if key == "attention":
            combo.setEnabled(self._attention_ready)
            combo.setToolTip("" if self._attention_ready else self.tr(
                "The attention rules are being checked for every account; the filter is "
                "ready in a moment."))
        self._mark(combo)
        if combo.currentData() != current:  # the chosen value is gone
            self.changed.emit()

    # --- the filter ----------------------------------------------------------------------------

    def value(self, key: str) -> object:
        return self.combos[key].currentData()

    def set_value(self, key: str, value: object) -> bool:
        """Choose a value of a filter (False when the filter does not offer it)."""
        index = self.combos[key].findData(value) if value is not None else 0
        if index < 0:
            return False
        self.combos[key].setCurrentIndex(index)
        return True

    def spec(self, search: str = "") -> AccountFilter:
        def one(key: str) -> frozenset[str]:
            value = self.value(key)
            return frozenset({str(value)}) if value is not None else frozenset()

        attention = self.value("attention")
        return AccountFilter(
            search=search,
            tiers=one("tier"), industries=one("industry"), regions=one("region"),
            owners=one("owner"), statuses=one("status"),
            attention=True if attention == FLAGGED else (False if attention == UNFLAGGED
                                                         else None),
            rules=frozenset({Rule(str(attention))}) if attention in {r.value for r in RULES}
            else frozenset(),
        )

    def active_count(self) -> int:
        return sum(1 for c in self.combos.values() if c.currentData() is not None)

    def clear(self) -> None:
        """Every filter back to "any" (deleted accounts stay as they are)."""
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
            self._mark(combo)
        self.clear_button.setEnabled(False)
        self.changed.emit()

    def _on_combo_changed(self, _index: int) -> None:
        combo = self.sender()
        if isinstance(combo, QComboBox):
            self._mark(combo)
        self.changed.emit()

    def _mark(self, combo: QComboBox) -> None:
        font = combo.font()
        font.setBold(combo.currentData() is not None)
        combo.setFont(font)
        self.clear_button.setEnabled(self.active_count() > 0)

    # --- language ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.show_deleted.setText(self.tr("Sho&w deleted"))
        self.show_deleted.setToolTip(self.tr("Also list deleted accounts, to restore them"))
        self.clear_button.setText(self.tr("Clear filters"))
        names = {
            "tier": self.tr("Filter by tier"),
            "industry": self.tr("Filter by industry"),
            "region": self.tr("Filter by region"),
            "owner": self.tr("Filter by account manager"),
            "status": self.tr("Filter by status"),
            "attention": self.tr("Filter by attention rule"),
        }
        for key, combo in self.combos.items():
            combo.setAccessibleName(names[key])
            if key != "attention":
                combo.setToolTip(names[key])
        self._fill_all()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
