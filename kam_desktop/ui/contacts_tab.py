"""The Contacts tab of the account detail: contacts, the relationship map and coverage.

Top: the account's contacts in a table (`ContactsModel`), with Add / Edit / Delete / Restore and
"Show deleted". Below: the relationship map (org chart by reports-to) beside the buying-center
coverage, or under it when the tab is narrow. Every write reloads all three at once and emits
`data_changed`; deletes ask first and go on the undo stack with every other edit.

An account has a handful of contacts (the demo has at most 12), so the tab reads them on the UI
thread: three indexed queries on one account take a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.errors import KamError
from kam_desktop.services.account_editing import get_account_record
from kam_desktop.services.contacts import (
    ContactRecord,
    buying_center_coverage,
    delete_contact,
    list_contacts,
    relationship_map,
    restore_contact,
)
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, formatting, labels, messages, undo_commands
from kam_desktop.ui.contact_dialog import ContactDialog
from kam_desktop.ui.coverage_widget import CoverageWidget
from kam_desktop.ui.relationship_map import MapLegend, RelationshipMapView, ask_png_path

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

COLUMNS = ("name", "title", "role", "attitude", "influence", "relationship_strength",
           "reports_to", "email", "phone")
_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
WRITTEN: changes.Changes = frozenset({changes.CONTACTS, changes.ACCOUNTS})
SIDE_BY_SIDE_WIDTH = 760  # narrower than this, the coverage goes under the table
COVERAGE_WIDTH = 310
MAX_COLUMN_WIDTH = 220


def confirm_delete(parent: QWidget | None, name: str, reports: int) -> bool:
    """Ask before deleting a contact; True to delete. The one function a test patches."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ContactsTab", "Delete contact"))
    box.setText(translate("ContactsTab", "Delete %1?").replace("%1", name))
    info = translate("ContactsTab", "The contact leaves the table, the map and the coverage. "
                                    "Undo (Ctrl+Z) or “Show deleted” and Restore bring them back.")
    if reports:
        info += "\n\n" + translate(
            "ContactsTab", "People who report to them (%1) are shown under the next manager up "
            "meanwhile.").replace("%1", str(reports))
    box.setInformativeText(info)
    delete = box.addButton(translate("ContactsTab", "Delete"),
                           QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is delete


class ContactsModel(QAbstractTableModel):
    """An account's contacts, one row each (deleted ones struck through when shown)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.contacts: list[ContactRecord] = []

    def set_contacts(self, contacts: Sequence[ContactRecord]) -> None:
        self.beginResetModel()
        self.contacts = list(contacts)
        self.endResetModel()

    def refresh_texts(self) -> None:
        """After a language change: headers and translated values."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.contacts:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.contacts) - 1, len(COLUMNS) - 1))

    def contact(self, row: int) -> ContactRecord:
        return self.contacts[row]

    def row_of(self, contact_id: str) -> int:
        for row, contact in enumerate(self.contacts):
            if contact.id == contact_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.contacts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "relationship_strength":
            return translate("ContactsTab", "3 or more counts as a strong relationship")
        return None

    def data(self, index: _Index,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.contacts):
            return None
        contact = self.contacts[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(contact, key)
        if role == ID_ROLE:
            return contact.id
        if role == SORT_ROLE:
            return sort_key(contact, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(contact, key)
        if role == Qt.ItemDataRole.ForegroundRole and (
                contact.deleted_at is not None or not contact.active):
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.FontRole and contact.deleted_at is not None:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (
                "influence", "relationship_strength"):
            return Qt.AlignmentFlag.AlignCenter
        return None

    @staticmethod
    def _tooltip(contact: ContactRecord, key: str) -> str:
        if contact.deleted_at is not None:
            return translate("ContactsTab", "Deleted on %1").replace(
                "%1", formatting.day(contact.deleted_at))
        if not contact.active:
            return translate("ContactsTab", "No longer active")
        if key == "phone" and contact.phone and contact.mobile:
            return f"{contact.phone}\n{contact.mobile}"
        return display_text(contact, key)


def column_title(key: str) -> str:
    names = {
        "name": translate("ContactsTab", "Name"),
        "title": translate("ContactsTab", "Title"),
        "role": translate("ContactsTab", "Role"),
        "attitude": translate("ContactsTab", "Attitude"),
        "influence": translate("ContactsTab", "Influence"),
        "relationship_strength": translate("ContactsTab", "Strength"),
        "reports_to": translate("ContactsTab", "Reports to"),
        "email": translate("ContactsTab", "E-mail"),
        "phone": translate("ContactsTab", "Phone"),
    }
    return names.get(key, key)


def display_text(contact: ContactRecord, key: str) -> str:
    if key == "name":
        return contact.name
    if key == "role":
        return labels.role_label(contact.role) or formatting.EMPTY
    if key == "attitude":
        return labels.attitude_label(contact.attitude)
    if key == "influence":
        return formatting.rating(contact.influence)
    if key == "relationship_strength":
        return formatting.rating(contact.relationship_strength)
    if key == "reports_to":
        return formatting.text(contact.reports_to_name)
    if key == "phone":
        return formatting.text(contact.phone or contact.mobile)
    return formatting.text(getattr(contact, key))


def sort_key(contact: ContactRecord, key: str) -> Any:
    if key in ("influence", "relationship_strength"):
        return getattr(contact, key) or 0
    return display_text(contact, key).casefold()


class ContactsTab(QWidget):
    """One account's contacts, relationship map and buying-center coverage."""

    data_changed = Signal(object)  # changes.Changes, after every write

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsTab")
        self.db: Database | None = None
        self.account_id: str | None = None
        self.account_title = ""
        self.contacts: list[ContactRecord] = []
        self._stale = False

        self.add_action = self._action("addContact", self.add_contact,
                                       QKeySequence("Ctrl+Shift+C"), QKeySequence("Insert"))
        self.edit_action = self._action("editContact", lambda: self.edit_contact(),
                                        QKeySequence("F2"))
        self.delete_action = self._action("deleteContact", self.delete_selected,
                                          QKeySequence(QKeySequence.StandardKey.Delete))
        self.restore_action = self._action("restoreContact", self.restore_selected)
        self.export_action = self._action("exportMap", self.export_map)
        self.fit_action = self._action("fitMap", lambda: self.map_view.fit(whole=True))
        self.show_deleted = QCheckBox()
        self.show_deleted.setObjectName("showDeletedContacts")
        self.show_deleted.toggled.connect(lambda _on: self.reload())
        self.status = QLabel()
        self.status.setObjectName("hint")

        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        for action in (self.add_action, self.edit_action, self.delete_action,
                       self.restore_action):
            bar.addWidget(self._button(action))
        bar.addSpacing(8)
        bar.addWidget(self.show_deleted)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self._button(self.fit_action))
        bar.addWidget(self._button(self.export_action))

        self.model = ContactsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_contact())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.enter_action = QAction(self.table)
        self.enter_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                        QKeySequence(Qt.Key.Key_Enter)])
        self.enter_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.enter_action.triggered.connect(lambda: self.edit_contact())
        self.table.addAction(self.enter_action)

        self.map_view = RelationshipMapView()
        self.map_view.contact_clicked.connect(self._node_clicked)
        self.legend = MapLegend()
        self.map_hint = QLabel()
        self.map_hint.setObjectName("detailHint")
        self.map_hint.setWordWrap(True)
        self.map_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.map_stack = QStackedWidget()
        self.map_stack.addWidget(self.map_hint)
        self.map_stack.addWidget(self.map_view)
        self.map_heading = QLabel()
        self.map_heading.setObjectName("mapHeading")
        heading_font = QFont(self.map_heading.font())
        heading_font.setBold(True)
        self.map_heading.setFont(heading_font)
        map_box = QWidget()
        map_layout = QVBoxLayout(map_box)
        map_layout.setContentsMargins(0, 4, 0, 0)
        map_layout.setSpacing(4)
        map_layout.addWidget(self.map_heading)
        map_layout.addWidget(self.map_stack, 1)
        map_layout.addWidget(self.legend)

        self.coverage = CoverageWidget()
        # The map gets the full width (org charts are wide); the table shares the top with the
        # coverage, which moves under the table when the tab is narrow.
        self.upper = QSplitter(Qt.Orientation.Horizontal)
        self.upper.setObjectName("contactsUpperSplitter")
        self.upper.setChildrenCollapsible(False)
        self.coverage_scroll = QScrollArea()
        self.coverage_scroll.setObjectName("coverageScroll")
        self.coverage_scroll.setWidget(self.coverage)
        self.coverage_scroll.setWidgetResizable(True)
        self.coverage_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.coverage_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.upper.addWidget(self.table)
        self.upper.addWidget(self.coverage_scroll)
        self.upper.setStretchFactor(0, 1)
        self.upper.setStretchFactor(1, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.upper)
        self.splitter.addWidget(map_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self._sized = False

        self.no_account = QLabel()
        self.no_account.setObjectName("detailHint")
        self.no_account.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_account.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(bar)
        body_layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.no_account)
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)
        self.retranslate_ui()
        self._update_actions()

    def _action(self, name: str, slot: Any, *keys: QKeySequence) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if keys:
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(False)
        self.buttons[action.objectName()] = button
        return button

    # --- which account -------------------------------------------------------------------

    def set_account(self, db: Database, account_id: str | None) -> None:
        """Show the contacts of an account (None: no account selected)."""
        changed = account_id != self.account_id or db is not self.db
        self.db = db
        self.account_id = account_id
        if changed:
            self.status.clear()
            self.map_view.fit()
        self.reload()

    def on_data_changed(self, what: changes.Changes) -> None:
        """App-wide change signal: reload when contacts or accounts changed (at once when
        shown, else when next shown)."""
        if not (set(what) & WRITTEN) or self.account_id is None:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()
        if not self._sized:
            self._sized = True
            self._place_splitters()

    def _place_splitters(self) -> None:
        wide = self.upper.orientation() == Qt.Orientation.Horizontal
        height = max(self.splitter.height(), 400)
        upper = height * (40 if wide else 55) // 100
        self.splitter.setSizes([upper, height - upper])
        if wide:
            width = max(self.upper.width(), 500)
            side = max(COVERAGE_WIDTH, self.coverage.minimumSizeHint().width())
            self.upper.setSizes([width - side, side])
        else:
            self.upper.setSizes([upper // 2, upper - upper // 2])

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.upper.orientation() != orientation:
            self.upper.setOrientation(orientation)
            if self._sized:
                self._place_splitters()

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the account's contacts, map and coverage again; keeps the selection."""
        self._stale = False
        if self.db is None or self.account_id is None:
            self.contacts = []
            self.model.set_contacts([])
            self.map_view.set_map(None)
            self.coverage.set_coverage(None)
            self.stack.setCurrentIndex(0)
            self._update_actions()
            return
        selected = self.current_id()
        try:
            with self.db.unit_of_work() as uow:
                account = get_account_record(uow, self.account_id)
                contacts = list_contacts(uow, self.account_id,
                                         include_deleted=self.show_deleted.isChecked())
                rmap = relationship_map(uow, self.account_id)
                coverage = buying_center_coverage(uow, self.account_id)
        except KamError as exc:
            messages.show_error(self, exc)
            self.account_id = None
            self.reload()
            return
        self.account_title = f"{account.code} {account.name}"
        self.contacts = contacts
        self.model.set_contacts(contacts)
        self._fit_columns()
        self.map_view.set_map(rmap)
        self.map_stack.setCurrentIndex(1 if rmap.nodes else 0)
        self.coverage.set_coverage(coverage)
        self.stack.setCurrentIndex(1)
        if selected is not None:
            self.select(selected)
        self._update_actions()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            if header.sectionSize(col) > MAX_COLUMN_WIDTH:
                header.resizeSection(col, MAX_COLUMN_WIDTH)

    # --- selection -----------------------------------------------------------------------

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(ID_ROLE)

    def current_contact(self) -> ContactRecord | None:
        contact_id = self.current_id()
        row = self.model.row_of(contact_id) if contact_id else -1
        return self.model.contact(row) if row >= 0 else None

    def select(self, contact_id: str) -> bool:
        row = self.model.row_of(contact_id)
        if row < 0:
            self.table.clearSelection()
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        self.map_view.set_current(self.current_id())
        self._update_actions()

    def _update_actions(self) -> None:
        contact = self.current_contact()
        has_account = self.account_id is not None
        live = contact is not None and contact.deleted_at is None
        self.add_action.setEnabled(has_account)
        self.edit_action.setEnabled(live)
        self.enter_action.setEnabled(live)
        self.delete_action.setEnabled(live)
        self.restore_action.setEnabled(contact is not None and contact.deleted_at is not None)
        self.restore_action.setVisible(self.show_deleted.isChecked())
        has_map = bool(self.map_view.nodes)
        self.export_action.setEnabled(has_map)
        self.fit_action.setEnabled(has_map)

    # --- writing -------------------------------------------------------------------------

    def _after_write(self, select: str | None = None) -> None:
        self.reload()
        if select is not None:
            self.select(select)
        self.data_changed.emit(WRITTEN)

    def _run_dialog(self, contact_id: str | None) -> None:
        if self.db is None or self.account_id is None:
            return
        try:
            dialog = ContactDialog(self.db, self.account_id, contact_id, self)
        except KamError as exc:
            messages.show_error(self, exc)
            self.reload()
            return
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.edit is None:
                return
            edit = dialog.edit
            name = dialog.values()["name"] or ""
        finally:
            dialog.deleteLater()
        text = (self.tr("Add contact %1") if contact_id is None
                else self.tr("Edit contact %1")).replace("%1", name)
        undo_commands.push(self.db, edit, text)
        if not edit.is_noop:
            self._after_write(edit.id)

    def add_contact(self) -> None:
        """Ctrl+Shift+C / Insert: a new contact of this account."""
        self._run_dialog(None)

    def edit_contact(self, contact_id: str | None = None) -> None:
        """F2 / Enter / double-click / a click on the map: edit a contact (the selected one)."""
        contact_id = contact_id or self.current_id()
        if contact_id is None:
            return
        row = self.model.row_of(contact_id)
        if row >= 0 and self.model.contact(row).deleted_at is not None:
            return
        self._run_dialog(contact_id)

    def _node_clicked(self, contact_id: str) -> None:
        self.select(contact_id)
        self.edit_contact(contact_id)

    def delete_selected(self) -> None:
        """Delete: soft-delete the selected contact after asking; undoable."""
        contact = self.current_contact()
        if contact is None or contact.deleted_at is not None or self.db is None:
            return
        reports = sum(1 for c in self.contacts
                      if c.reports_to_id == contact.id and c.deleted_at is None)
        if not confirm_delete(self, contact.name, reports):
            return
        try:
            edit = delete_contact(self.db, contact.id)
        except KamError as exc:
            messages.show_error(self, exc)
            self.reload()
            return
        undo_commands.push(self.db, edit,
                           self.tr("Delete contact %1").replace("%1", contact.name))
        self._after_write(contact.id)

    def restore_selected(self) -> None:
        contact = self.current_contact()
        if contact is None or contact.deleted_at is None or self.db is None:
            return
        try:
            edit = restore_contact(self.db, contact.id)
        except KamError as exc:
            messages.show_error(self, exc)
            self.reload()
            return
        undo_commands.push(self.db, edit,
                           self.tr("Restore contact %1").replace("%1", contact.name))
        self._after_write(contact.id)

    def export_map(self) -> None:
        """Export PNG…: the whole map, with the account as title and the legend."""
        if not self.map_view.nodes:
            return
        name = self.tr("%1 relationship map").replace("%1", self.account_title)
        safe = "".join("_" if c in '<>:"/\\|?*' else c for c in name).strip()
        path = ask_png_path(self, Path.home() / f"{safe}.png")
        if path is None:
            return
        title = f"{self.account_title} — {self.tr('Relationship map')} — " \
                f"{formatting.day(date.today())}"
        try:
            self.map_view.export_png(path, title)
        except KamError as exc:
            messages.show_error(self, exc)
            return
        self.status.setText(self.tr("Saved %1").replace("%1", path.name))
        self.status.setToolTip(str(path))

    # --- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.add_action.setText(self.tr("&Add contact…"))
        self.add_action.setToolTip(self.tr("Add a contact (Ctrl+Shift+C or Insert)"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.edit_action.setToolTip(self.tr("Edit the selected contact (F2 or Enter)"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected contact (Delete); "
                                              "undo with Ctrl+Z"))
        self.restore_action.setText(self.tr("&Restore"))
        self.restore_action.setToolTip(self.tr("Bring the selected deleted contact back"))
        self.show_deleted.setText(self.tr("Show deleted"))
        self.export_action.setText(self.tr("Export PNG…"))
        self.export_action.setToolTip(self.tr("Save the whole relationship map as a picture"))
        self.fit_action.setText(self.tr("Fit"))
        self.fit_action.setToolTip(self.tr("Fit the map to the window (Ctrl+0); zoom with the "
                                           "mouse wheel, drag to move"))
        self.map_heading.setText(self.tr("Relationship map · click a contact to edit"))
        self.map_hint.setText(self.tr("No contacts yet. Add the people you deal with at this "
                                      "account (Ctrl+Shift+C) to see who reports to whom."))
        self.no_account.setText(self.tr("Select an account to see its contacts."))
        self.model.refresh_texts()
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["ContactsModel", "ContactsTab", "confirm_delete"]
