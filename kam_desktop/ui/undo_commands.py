"""The app-wide undo stack for record edits (accounts, contacts, visits, surveys).

A page that saved an edit through a service pushes it:

    edit = update_account(db, account_id, values)        # already committed
    undo_commands.push(db, edit, self.tr("Edit account %1").replace("%1", edit.label))

`push` records the edit without running it again (the write already happened). Undo applies the
inverse with `services.undo.undo_edit` in one transaction; redo undoes that inverse. Both are
single-row writes that take milliseconds, so they run on the UI thread. After each, the hub emits
`data_changed(changes)`, which the main window forwards as its app-wide signal.

An undo the service refuses (the record was changed in between) is shown to the user and the
command is made obsolete, so the stack never claims to hold a change it cannot reverse.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from kam_desktop.errors import KamError
from kam_desktop.services.edits import Edit
from kam_desktop.services.undo import undo_edit
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, messages


class UndoHub(QObject):
    """Holds the stack and tells the app what an undo or redo changed."""

    data_changed = Signal(object)  # changes.Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)


_hub: UndoHub | None = None


def hub() -> UndoHub:
    """The application's one hub (created on first use, owned by the QApplication)."""
    global _hub
    if _hub is None:
        _hub = UndoHub(QApplication.instance())
        _hub.destroyed.connect(_forget)
    return _hub


def _forget(*_args: object) -> None:
    global _hub
    _hub = None


def stack() -> QUndoStack:
    return hub().stack


class EditCommand(QUndoCommand):
    """One committed `Edit`, undoable and redoable."""

    def __init__(self, db: Database, edit: Edit, text: str) -> None:
        super().__init__(text)
        self.db = db
        self.edit = edit
        self.inverse: Edit | None = None
        self._first = True

    def _run(self, edit: Edit) -> Edit | None:
        try:
            result = undo_edit(self.db, edit)
        except KamError as exc:
            parent = QApplication.activeWindow()
            messages.show_error(parent if isinstance(parent, QWidget) else None, exc)
            self.setObsolete(True)
            return None
        hub().data_changed.emit(changes.of_entity(edit.entity))
        return result

    def undo(self) -> None:  # Qt override
        result = self._run(self.edit)
        if result is not None:
            self.inverse = result

    def redo(self) -> None:  # Qt override
        if self._first:  # pushed after the write: nothing to do the first time
            self._first = False
            return
        if self.inverse is None:
            return
        result = self._run(self.inverse)
        if result is not None:
            self.edit = result


def push(db: Database, edit: Edit, text: str) -> None:
    """Record a committed edit on the stack (a no-op edit is not recorded)."""
    if edit.is_noop:
        return
    stack().push(EditCommand(db, edit, text))
