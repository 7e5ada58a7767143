"""The sections of the plan editor, each a group box that loads its part of a `PlanData`,
gives it back (`collect`) and shows the validation errors that concern it.

Error keys are those of `services.plan_editing` (`period`, `objectives.2.target_value`): a
header field gets a red frame and the message as its tooltip, a table cell a red tint and the
message as its tooltip, and every section lists its messages under its title.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.plan_editing import (
    Objective,
    PlanData,
    RiskItem,
    SwotItem,
)
from kam_desktop.services.plan_white_space import ObjectiveValues
from kam_desktop.ui import formatting
from kam_desktop.ui.plan_editor_labels import (
    cadence_suggestions,
    metric_names,
    plan_status_names,
    quadrant_names,
    section_names,
)
from kam_desktop.ui.plan_editor_models import Column, PlanRowsModel
from kam_desktop.ui.plan_editor_widgets import (
    ChoiceDelegate,
    ProgressDelegate,
    SectionTable,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") by name
QUADRANTS = ("strength", "weakness", "opportunity", "threat")
QUADRANT_COLORS = {"strength": "#2e7d32", "weakness": "#c77700", "opportunity": "#1f5fa8",
                   "threat": "#c62828"}
MAX_LISTED_ERRORS = 4
_Index = QModelIndex | QPersistentModelIndex


def text_or_none(text: str) -> str | None:
    return text if text.strip() else None


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """A red frame and the message as tooltip (the tab's style sheet draws `invalid`)."""
    widget.setProperty("invalid", bool(message))
    widget.setToolTip(message or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def section_errors(errors: dict[str, str], section: str) -> dict[tuple[int, str], str]:
    """The errors of one table section as (row, field) → message."""
    out = {}
    for key, message in errors.items():
        parts = key.split(".")
        if len(parts) == 3 and parts[0] == section and parts[1].isdigit():
            out[(int(parts[1]), parts[2])] = message
    return out


def renumber(message: str, row: int) -> str:
    """The service's "Objectives, row 2: …" with the row as the table shows it (empty rows
    are not sent, so the numbers can differ)."""
    prefix, sep, rest = message.partition(": ")
    title, found, _ = prefix.rpartition(", row ")
    if not sep or not found:
        return message
    return f"{title}, row {row + 1}: {rest}"


class PlanSection(QFrame):
    """One section, a card with a heading: `edited` on every change by the user.
    Subclasses lay out their fields in `self.content`."""

    edited = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"planSection_{key}")
        self.setProperty("planSection", True)
        self.title = QLabel()
        self.title.setObjectName("planSectionTitle")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 12)
        outer.setSpacing(8)
        outer.addWidget(self.title)
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(6)
        outer.addLayout(self.content)
        self.errors_label = QLabel()
        self.errors_label.setObjectName("planErrors")
        self.errors_label.setWordWrap(True)
        self.errors_label.hide()

    def load(self, plan: PlanData) -> None:
        raise NotImplementedError

    def collect(self) -> dict[str, Any]:
        raise NotImplementedError

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Mark the fields and rows with problems; returns this section's messages."""
        raise NotImplementedError

    def focus_error(self, key: str) -> bool:
        """Put the cursor on the field or cell of an error key; False if not this section's."""
        return False

    def _list_errors(self, messages: list[str]) -> None:
        shown = messages[:MAX_LISTED_ERRORS]
        text = "\n".join(shown)
        if len(messages) > len(shown):
            # Explicit context: `self.tr` would look under the subclass's name.
            more = translate("PlanSection", "… and %1 more (hover over the red cells)")
            text += "\n" + more.replace("%1", str(len(messages) - len(shown)))
        self.errors_label.setText(text)
        self.errors_label.setVisible(bool(messages))

    def retranslate_ui(self) -> None:
        self.title.setText(section_names()[self.key])

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class TableSection(PlanSection):
    """A section that is one editable table (objectives, white space notes, actions, risks)
    of `item_type` dataclasses. Empty rows are left out of the plan, so the service's row
    numbers are mapped back to the table's rows."""

    def __init__(self, key: str, table: SectionTable, item_type: type,
                 parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.table = table
        self.model = table.model
        self.item_type = item_type
        self._index: list[int] = []  # row in the saved section → row in the table
        self.model.edited.connect(self.edited)

    def collect(self) -> dict[str, Any]:
        pairs = self.model.filled_rows()
        self._index = [row for row, _ in pairs]
        return {self.key: tuple(self.item_type(**values) for _, values in pairs)}

    def _table_row(self, saved_row: int) -> int:
        return self._index[saved_row] if saved_row < len(self._index) else saved_row

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        mine = {(self._table_row(row), name): renumber(message, self._table_row(row))
                for (row, name), message in section_errors(errors, self.key).items()}
        self.model.set_errors(mine)
        messages = [mine[k] for k in sorted(mine)]
        self._list_errors(messages)
        return messages

    def focus_error(self, key: str) -> bool:
        parts = key.split(".")
        if len(parts) != 3 or parts[0] != self.key or not parts[1].isdigit():
            return False
        self.table.select_cell(self._table_row(int(parts[1])), parts[2])
        return True


def stretch_columns(view: QTableView, model: PlanRowsModel, widths: dict[str, int]) -> None:
    """Text columns without a width share the room; the others get `widths`."""
    header = view.horizontalHeader()
    for col, column in enumerate(model.columns):
        if column.key in widths:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, widths[column.key])
        else:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)


# --- header ------------------------------------------------------------------------------------


class HeaderSection(PlanSection):
    """Period, status, owner and review cadence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("header", parent)
        self.period = QLineEdit()
        self.period.setObjectName("planPeriod")
        self.period.setMaxLength(32)
        self.status = QComboBox()
        self.status.setObjectName("planStatus")
        self.owner = QLineEdit()
        self.owner.setObjectName("planOwner")
        self.owner.setMaxLength(100)
        self.cadence = QComboBox()
        self.cadence.setObjectName("planCadence")
        self.cadence.setEditable(True)
        self.cadence.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cadence.lineEdit().setMaxLength(100)
        self.labels = [QLabel() for _ in range(4)]
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for i, (label, field) in enumerate(zip(
                self.labels, (self.period, self.status, self.owner, self.cadence), strict=True)):
            label.setBuddy(field)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(field, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 20)
        layout = self.content
        layout.addLayout(grid)
        layout.addWidget(self.errors_label)
        self.period.textEdited.connect(self.edited)
        self.owner.textEdited.connect(self.edited)
        self.status.currentIndexChanged.connect(self._user_changed)
        self.cadence.currentTextChanged.connect(self._user_changed)
        self._loading = False
        self.retranslate_ui()

    def _user_changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        for label, text in zip(self.labels, (self.tr("&Period"), self.tr("S&tatus"),
                                             self.tr("&Owner"), self.tr("Re&view cadence")),
                               strict=True):
            label.setText(text)
        self.period.setPlaceholderText(self.tr("2026, 2026-H1 or 2026-Q3"))
        self.owner.setPlaceholderText(self.tr("Account manager responsible"))
        self.cadence.lineEdit().setPlaceholderText(self.tr("e.g. Quarterly"))
        self._loading = True
        try:
            value = self.status.currentData()
            self.status.clear()
            for code, name in plan_status_names().items():
                self.status.addItem(name, code)
            self.status.setCurrentIndex(max(0, self.status.findData(value)))
            text = self.cadence.currentText()
            self.cadence.clear()
            self.cadence.addItems(cadence_suggestions())
            self.cadence.setEditText(text)
        finally:
            self._loading = False

    def load(self, plan: PlanData) -> None:
        self._loading = True
        try:
            self.period.setText(plan.period)
            self.owner.setText(plan.owner or "")
            found = self.status.findData(plan.status)
            if found < 0:
                self.status.addItem(plan.status, plan.status)
                found = self.status.count() - 1
            self.status.setCurrentIndex(found)
            self.cadence.setEditText(plan.review_cadence or "")
        finally:
            self._loading = False

    def collect(self) -> dict[str, Any]:
        return {
            "period": self.period.text().strip(),
            "owner": text_or_none(self.owner.text()),
            "status": self.status.currentData(),
            "review_cadence": text_or_none(self.cadence.currentText()),
        }

    FIELDS = ("period", "status", "owner", "review_cadence")

    def _widget(self, key: str) -> QWidget:
        return {"period": self.period, "status": self.status, "owner": self.owner,
                "review_cadence": self.cadence}[key]

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        messages = []
        for key in self.FIELDS:
            mark_invalid(self._widget(key), errors.get(key))
            if key in errors:
                messages.append(errors[key])
        self._list_errors(messages)
        return messages

    def focus_error(self, key: str) -> bool:
        if key not in self.FIELDS:
            return False
        self._widget(key).setFocus(Qt.FocusReason.OtherFocusReason)
        return True


# --- free text ---------------------------------------------------------------------------------


class TextBox(QPlainTextEdit):
    """A multi-line field of a few lines' height that scrolls for more."""

    def __init__(self, name: str, lines: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")

    def value(self) -> str | None:
        return text_or_none(self.toPlainText())


class NeedsSection(PlanSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("needs", parent)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.needs = TextBox("planNeeds", 5)
        layout = self.content
        layout.addWidget(self.hint)
        layout.addWidget(self.needs)
        layout.addWidget(self.errors_label)
        self.needs.textChanged.connect(self.edited)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.hint.setText(self.tr("What the customer needs, what hurts today, and what "
                                  "decides their purchases."))
        self.needs.setPlaceholderText(self.tr("One need or pain point per line"))

    def load(self, plan: PlanData) -> None:
        self.needs.blockSignals(True)
        self.needs.set_value(plan.needs)
        self.needs.blockSignals(False)

    def collect(self) -> dict[str, Any]:
        return {"needs": self.needs.value()}

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        mark_invalid(self.needs, errors.get("needs"))
        messages = [errors["needs"]] if "needs" in errors else []
        self._list_errors(messages)
        return messages

    def focus_error(self, key: str) -> bool:
        if key != "needs":
            return False
        self.needs.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


class StrategySection(PlanSection):
    """Strategy and value proposition, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("strategy", parent)
        self.strategy = TextBox("planStrategy", 6)
        self.value_proposition = TextBox("planValueProposition", 6)
        self.strategy_label = QLabel()
        self.value_label = QLabel()
        self.strategy_label.setBuddy(self.strategy)
        self.value_label.setBuddy(self.value_proposition)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.strategy_label, 0, 0)
        grid.addWidget(self.value_label, 0, 1)
        grid.addWidget(self.strategy, 1, 0)
        grid.addWidget(self.value_proposition, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = self.content
        layout.addLayout(grid)
        layout.addWidget(self.errors_label)
        self.strategy.textChanged.connect(self.edited)
        self.value_proposition.textChanged.connect(self.edited)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.strategy_label.setText(self.tr("&Strategy"))
        self.value_label.setText(self.tr("&Value proposition"))
        self.strategy.setPlaceholderText(self.tr("How we will grow this account this period"))
        self.value_proposition.setPlaceholderText(
            self.tr("Why this customer should choose us, in their terms"))

    def load(self, plan: PlanData) -> None:
        for box, value in ((self.strategy, plan.strategy),
                           (self.value_proposition, plan.value_proposition)):
            box.blockSignals(True)
            box.set_value(value)
            box.blockSignals(False)

    def collect(self) -> dict[str, Any]:
        return {"strategy": self.strategy.value(),
                "value_proposition": self.value_proposition.value()}

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        messages = []
        for key, box in (("strategy", self.strategy),
                         ("value_proposition", self.value_proposition)):
            mark_invalid(box, errors.get(key))
            if key in errors:
                messages.append(errors[key])
        self._list_errors(messages)
        return messages

    def focus_error(self, key: str) -> bool:
        box = {"strategy": self.strategy, "value_proposition": self.value_proposition}.get(key)
        if box is None:
            return False
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


# --- objectives --------------------------------------------------------------------------------


OBJECTIVE_COLUMNS = (
    Column("metric", "choice", metric_names, default="other"),
    Column("description"),
    Column("unit"),
    Column("current_value", "number"),
    Column("target_value", "number"),
    Column("progress", "progress"),
)


class ObjectivesSection(TableSection):
    """Objectives with current value, target and progress; "Fill current values" asks the tab
    for the last 12 months' figures (`fill_requested`)."""

    fill_requested = Signal()
    filled = Signal(int)  # how many objectives the last "Fill current values" filled

    def __init__(self, parent: QWidget | None = None) -> None:
        table = SectionTable(PlanRowsModel(OBJECTIVE_COLUMNS), min_rows=3, max_rows=10)
        super().__init__("objectives", table, Objective, parent)
        view = table.view
        view.setItemDelegateForColumn(0, ChoiceDelegate(metric_names, view))
        view.setItemDelegateForColumn(5, ProgressDelegate(view))
        stretch_columns(view, self.model, {"metric": 100, "unit": 58, "current_value": 88,
                                    "target_value": 88, "progress": 68})
        self.fill_button = QPushButton()
        self.fill_button.setObjectName("fillCurrentValues")
        self.fill_button.clicked.connect(self.fill_requested)
        table.add_button_widget(self.fill_button)
        self.info = QLabel()
        self.info.setObjectName("hint")
        self.info.setWordWrap(True)
        self.info.hide()
        layout = self.content
        layout.addWidget(table)
        layout.addWidget(self.info)
        layout.addWidget(self.errors_label)
        self._values: ObjectiveValues | None = None
        self._filled = 0
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.fill_button.setText(self.tr("Fill current values"))
        self.fill_button.setToolTip(self.tr(
            "Current revenue, profit and margin from the last 12 months of sales, for the "
            "objectives measured in them"))
        self.table.view.placeholder = self.tr(
            "No objectives yet. Add revenue, profit or share-of-wallet targets with + Add, or "
            "Fill current values to start from the last 12 months.")
        self.table.retranslate_ui()
        self._show_info()

    def load(self, plan: PlanData) -> None:
        self.model.set_rows(asdict(o) for o in plan.objectives)
        self.info.hide()
        self._values = None

    def apply_values(self, values: ObjectiveValues) -> int:
        """Set the current values the sales give; adds a revenue and a profit objective when
        the plan has none that the sales can fill. Returns how many rows were filled."""
        self._values = values
        filled = 0
        rows = self.model.rows()
        for row, objective in enumerate(rows):
            value = values.value_for(objective.get("metric") or "other", objective.get("unit"),
                                     objective.get("description") or "")
            if value is not None:
                self.model.setData(self.model.index(row, 3), value)
                filled += 1
        if not filled and values.revenue is not None:
            self.model.insert_row(None, {"metric": "revenue", "description": self.tr("Revenue"),
                                         "current_value": values.revenue})
            filled += 1
            if values.profit is not None:
                self.model.insert_row(None, {"metric": "profit",
                                             "description": self.tr("Gross profit"),
                                             "current_value": values.profit})
                filled += 1
        self._filled = filled
        self._show_info()
        self.filled.emit(filled)
        return filled

    def _show_info(self) -> None:
        values = self._values
        if values is None:
            return
        if values.window is None:
            self.info.setText(self.tr("There are no sales lines yet, so there are no current "
                                      "values to fill."))
        else:
            margin = formatting.EMPTY if values.margin is None else \
                f"{values.margin * 100:.1f} %"
            self.info.setText(
                self.tr("Last 12 months (%1 – %2): revenue %3, profit %4, margin %5. "
                        "Filled %6 objectives (revenue and profit in their unit, e.g. 万元; "
                        "margin for % objectives named margin).")
                .replace("%1", formatting.day(values.window.start))
                .replace("%2", formatting.day(values.window.end))
                .replace("%3", formatting.money(values.revenue))
                .replace("%4", formatting.money(values.profit))
                .replace("%5", margin).replace("%6", str(self._filled)))
        self.info.show()


# --- SWOT --------------------------------------------------------------------------------------


class SwotSection(PlanSection):
    """Four lists in a 2×2 grid: strengths, weaknesses / opportunities, threats."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("swot", parent)
        self.tables: dict[str, SectionTable] = {}
        self.titles: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        for i, quadrant in enumerate(QUADRANTS):
            frame = QFrame()
            frame.setObjectName(f"swot_{quadrant}")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            color = QUADRANT_COLORS[quadrant]
            frame.setStyleSheet(f"QFrame#swot_{quadrant} {{ border: 1px solid #d5dce6; "
                                f"border-top: 3px solid {color}; border-radius: 4px; }}")
            title = QLabel()
            title.setStyleSheet(f"color: {color}; font-weight: 600;")
            table = SectionTable(PlanRowsModel((Column("text"),)), min_rows=4, max_rows=8,
                                 show_header=False)
            table.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.view.verticalHeader().hide()  # a bullet list: the order is enough
            table.model.edited.connect(self.edited)
            box = QVBoxLayout(frame)
            box.setContentsMargins(8, 6, 8, 8)
            box.setSpacing(4)
            box.addWidget(title)
            box.addWidget(table)
            grid.addWidget(frame, i // 2, i % 2)
            self.tables[quadrant] = table
            self.titles[quadrant] = title
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = self.content
        layout.addLayout(grid)
        layout.addWidget(self.errors_label)
        self._index: list[tuple[str, int]] = []  # flattened swot row → (quadrant, row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        names = quadrant_names()
        hints = {
            "strength": self.tr("What we do better for this customer"),
            "weakness": self.tr("Where we fall short"),
            "opportunity": self.tr("Openings at the customer or in their market"),
            "threat": self.tr("What could cost us business"),
        }
        for quadrant in QUADRANTS:
            self.titles[quadrant].setText(names[quadrant])
            self.titles[quadrant].setToolTip(hints[quadrant])
            self.tables[quadrant].view.placeholder = hints[quadrant]
            self.tables[quadrant].retranslate_ui()

    def load(self, plan: PlanData) -> None:
        for quadrant in QUADRANTS:
            self.tables[quadrant].model.set_rows(
                {"text": text} for text in plan.swot_in(quadrant))

    def collect(self) -> dict[str, Any]:
        items, self._index = [], []
        for quadrant in QUADRANTS:
            for row, values in self.tables[quadrant].model.filled_rows():
                items.append(SwotItem(quadrant=quadrant, text=values.get("text")))
                self._index.append((quadrant, row))
        return {"swot": tuple(items)}

    def _locate(self, key: str) -> tuple[str, int, str] | None:
        parts = key.split(".")
        if len(parts) != 3 or parts[0] != "swot" or not parts[1].isdigit():
            return None
        flat = int(parts[1])
        if flat >= len(self._index):
            return None
        quadrant, row = self._index[flat]
        return quadrant, row, parts[2]

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        per: dict[str, dict[tuple[int, str], str]] = {q: {} for q in QUADRANTS}
        messages = []
        for key in sorted(errors, key=lambda k: [int(p) if p.isdigit() else p
                                                 for p in k.split(".")]):
            found = self._locate(key)
            if found is None:
                continue
            quadrant, row, _field = found
            # The service counts rows across the quadrants; say which list and row.
            message = self.tr("%1, item %2: %3").replace("%1", quadrant_names()[quadrant]) \
                .replace("%2", str(row + 1)).replace("%3", errors[key].split(": ", 1)[-1])
            per[quadrant][(row, "text")] = message
            messages.append(message)
        for quadrant in QUADRANTS:
            self.tables[quadrant].model.set_errors(per[quadrant])
        self._list_errors(messages)
        return messages

    def focus_error(self, key: str) -> bool:
        found = self._locate(key)
        if found is None:
            return False
        quadrant, row, _field = found
        self.tables[quadrant].select_cell(row, "text")
        return True


# --- risks -------------------------------------------------------------------------------------


class RisksSection(TableSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        table = SectionTable(PlanRowsModel((Column("risk"), Column("mitigation"))),
                             min_rows=2, max_rows=8)
        super().__init__("risks", table, RiskItem, parent)
        stretch_columns(table.view, self.model, {})
        layout = self.content
        layout.addWidget(table)
        layout.addWidget(self.errors_label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.table.view.placeholder = self.tr("No risks noted: + Add a risk and how we "
                                              "reduce it.")
        self.table.retranslate_ui()

    def load(self, plan: PlanData) -> None:
        self.model.set_rows(asdict(r) for r in plan.risks)
