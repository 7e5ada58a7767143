"""Building blocks of the plan editor: an editable section table with its row buttons, and the
delegates for choice, date and progress cells.

Keyboard: Insert adds a row below the current one, Ctrl+Delete removes the selected rows,
Alt+Up / Alt+Down move the current row, Delete clears the selected cells, F2 or typing edits.
The buttons' tooltips say so.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.ui.plan_editor_models import VALUE_ROLE, PlanRowsModel

_Index = QModelIndex | QPersistentModelIndex
MUTED = QColor("#5f6b7a")


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of translated labels; the model stores the value's code."""

    def __init__(self, choices: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices  # () -> dict value → label

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self._choices().items():
            combo.addItem(label, value)
        # Commit as soon as a value is picked, not only when focus leaves.
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(VALUE_ROLE))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date editor with a calendar; Delete on the cell clears the date."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(VALUE_ROLE)
        editor.setDate(QDate(value) if isinstance(value, date) else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


class ProgressDelegate(QStyledItemDelegate):
    """current / target as a thin bar under the percentage (green once reached)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        super().paint(painter, option, index)
        value = index.data(VALUE_ROLE)
        if not isinstance(value, float):
            return
        rect: QRect = option.rect.adjusted(6, option.rect.height() - 7, -6, -3)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e3e8ef"))
        painter.drawRoundedRect(rect, 2, 2)
        filled = QRect(rect)
        filled.setWidth(round(rect.width() * max(0.0, min(value, 1.0))))
        painter.setBrush(QColor("#2e8b57") if value >= 1 else QColor("#1f5fa8"))
        painter.drawRoundedRect(filled, 2, 2)
        painter.restore()


class RowsView(QTableView):
    """A table of one section: a hint when empty, row keys (see the module docstring)."""

    add_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)  # −1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Columns fit the width (text columns stretch), so the height computed from the rows
        # never loses a row under a horizontal scroll bar.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        rows.setMinimumWidth(28)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def commit_editing(self) -> None:
        """Write back a cell being edited (Ctrl+S or a prompt while typing in a cell)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        while editor is not None and editor.parentWidget() is not self.viewport():
            editor = editor.parentWidget()
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key, mods = event.key(), event.modifiers()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing:
            if key == Qt.Key.Key_Insert:
                self.add_requested.emit()
                return
            if key == Qt.Key.Key_Delete and mods & Qt.KeyboardModifier.ControlModifier:
                self.remove_requested.emit()
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods & Qt.KeyboardModifier.AltModifier:
                self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
                model = self.model()
                for index in self.selectionModel().selectedIndexes():
                    if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                        model.setData(index, None, Qt.ItemDataRole.EditRole)
                return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(MUTED)
        painter.drawText(self.viewport().rect().adjusted(12, 0, -12, 0),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         self.placeholder)
        painter.end()


class SectionTable(QWidget):
    """A section's rows with Add / Remove / Move up / Move down.

    The table is as tall as its rows (between `min_rows` and `max_rows`), so a short list
    takes little room and a long one scrolls inside its own frame while the page stays usable.
    With a `proxy` (filtering), rows can still be added and removed but not moved while a
    filter hides some of them.
    """

    def __init__(self, model: PlanRowsModel, *, min_rows: int = 2, max_rows: int = 8,
                 proxy: QSortFilterProxyModel | None = None, show_header: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = proxy
        self.min_rows, self.max_rows = min_rows, max_rows
        self.view = RowsView()
        if proxy is not None:
            proxy.setSourceModel(model)
            self.view.setModel(proxy)
        else:
            self.view.setModel(model)
        self.view.horizontalHeader().setVisible(show_header)
        self.view.horizontalHeader().setStretchLastSection(False)

        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.setSpacing(4)
        self.add_button = self._button("add", self.add_row)
        self.remove_button = self._button("remove", self.remove_selected)
        self.up_button = self._button("up", lambda: self.move_current(-1))
        self.down_button = self._button("down", lambda: self.move_current(1))
        self.buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view)

        self.view.add_requested.connect(self.add_row)
        self.view.remove_requested.connect(self.remove_selected)
        self.view.move_requested.connect(self.move_current)
        view_model = self.view.model()
        for signal in (view_model.rowsInserted, view_model.rowsRemoved, view_model.modelReset,
                       view_model.layoutChanged):
            signal.connect(self._rows_changed)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate_ui()
        self._rows_changed()

    def _button(self, name: str, slot: Any) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"{name}Row")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(False)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def add_button_widget(self, widget: QWidget) -> None:
        """An extra control on the button row (before the stretch)."""
        self.buttons.insertWidget(self.buttons.count() - 1, widget)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("+ Add"))
        self.add_button.setToolTip(self.tr("Add a row below the current one (Insert)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected rows (Ctrl+Delete)"))
        self.up_button.setText("↑")
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setText("↓")
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAccessibleName(button.toolTip())
        self.model.retranslate()

    # --- rows ----------------------------------------------------------------------------

    def _source_row(self, view_row: int) -> int:
        if self.proxy is None:
            return view_row
        return self.proxy.mapToSource(self.proxy.index(view_row, 0)).row()

    def _view_index(self, source_row: int, column: int) -> QModelIndex:
        index = self.model.index(source_row, column)
        return self.proxy.mapFromSource(index) if self.proxy is not None else index

    def current_source_row(self) -> int | None:
        current = self.view.currentIndex()
        return self._source_row(current.row()) if current.isValid() else None

    def selected_source_rows(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(self._source_row(r) for r in rows)

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        """Insert a row after the current one (or at the end) and start editing it."""
        current = self.current_source_row()
        at = self.model.insert_row(None if current is None else current + 1,
                                   values if isinstance(values, dict) else None)
        column = next((c for c, col in enumerate(self.model.columns)
                       if col.kind == "text"), 0)
        index = self._view_index(at, column)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.edit(index)
        return at

    def remove_selected(self) -> None:
        rows = self.selected_source_rows()
        if not rows:
            return
        first = rows[0]
        self.model.remove_rows(rows)
        remaining = self.model.rowCount()
        if remaining:
            index = self._view_index(min(first, remaining - 1), self.view.currentIndex().column()
                                     if self.view.currentIndex().isValid() else 0)
            if index.isValid():
                self.view.setCurrentIndex(index)

    def move_current(self, delta: int) -> None:
        if self._filtered():
            return
        row = self.current_source_row()
        if row is None:
            return
        column = self.view.currentIndex().column()
        if self.model.move_row(row, row + delta):
            index = self._view_index(row + delta, column)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)

    def _filtered(self) -> bool:
        return self.proxy is not None and self.proxy.rowCount() != self.model.rowCount()

    def select_cell(self, source_row: int, key: str) -> None:
        """Make a cell current and visible (to show a validation error)."""
        index = self._view_index(source_row, self.model.column_of(key))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self, *_args: object) -> None:
        has_current = self.view.currentIndex().isValid()
        row = self.current_source_row()
        movable = has_current and not self._filtered()
        self.remove_button.setEnabled(has_current)
        self.up_button.setEnabled(movable and row is not None and row > 0)
        self.down_button.setEnabled(movable and row is not None
                                    and row < self.model.rowCount() - 1)

    def _rows_changed(self, *_args: object) -> None:
        rows = max(self.min_rows, min(self.view.model().rowCount(), self.max_rows))
        header = self.view.horizontalHeader()
        height = rows * self.view.verticalHeader().defaultSectionSize() \
            + (0 if header.isHidden() else header.sizeHint().height()) \
            + 2 * self.view.frameWidth()
        self.view.setFixedHeight(height)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        # Style sheets and fonts are applied when the widget is first polished, which can
        # change the header and row heights computed before.
        super().showEvent(event)
        self._rows_changed()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._rows_changed()
        super().changeEvent(event)


def muted_palette(widget: QWidget) -> None:
    """Grey text for hint labels that are not named for the app's style sheet."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, MUTED)
    widget.setPalette(palette)


__all__ = [
    "ChoiceDelegate", "DateDelegate", "ProgressDelegate", "RowsView", "SectionTable",
    "muted_palette",
]
