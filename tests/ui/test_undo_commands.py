"""The app-wide undo stack over real edits in a real database."""

from __future__ import annotations

from kam_desktop.services.account_editing import create_account, get_account_record, update_account
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, undo_commands


def _name(db: Database, account_id: str) -> str:
    with db.unit_of_work() as uow:
        return get_account_record(uow, account_id).name


def test_undo_and_redo_an_update_emit_changes(qtbot, db: Database) -> None:
    created = create_account(db, {"code": "U1", "name": "Before"})
    edit = update_account(db, created.id, {"name": "After"})
    stack = undo_commands.stack()
    stack.clear()
    undo_commands.push(db, edit, "Edit U1")
    assert stack.count() == 1 and _name(db, created.id) == "After"  # push does not write again

    with qtbot.waitSignal(undo_commands.hub().data_changed) as blocker:
        stack.undo()
    assert blocker.args == [changes.of_entity("account")]
    assert _name(db, created.id) == "Before"
    stack.redo()
    assert _name(db, created.id) == "After"
    stack.undo()
    assert _name(db, created.id) == "Before"
    stack.clear()


def test_a_noop_edit_is_not_recorded(qtbot, db: Database) -> None:
    created = create_account(db, {"code": "U2", "name": "Same"})
    edit = update_account(db, created.id, {"name": "Same"})
    stack = undo_commands.stack()
    stack.clear()
    undo_commands.push(db, edit, "Edit U2")
    assert stack.count() == 0


def test_main_window_edit_menu_undoes_and_reloads(qtbot, db: Database) -> None:
    from kam_desktop.ui.main_window import MainWindow

    created = create_account(db, {"code": "U3", "name": "Old"})
    window = MainWindow()
    qtbot.addWidget(window)
    undo_commands.stack().clear()
    assert not window.undo_action.isEnabled()
    edit = update_account(db, created.id, {"name": "New"})
    undo_commands.push(db, edit, "Edit U3")
    assert window.undo_action.isEnabled() and "Edit U3" in window.undo_action.text()
    with qtbot.waitSignal(window.data_changed) as blocker:
        window.undo_action.trigger()
    assert changes.ACCOUNTS in blocker.args[0]
    assert _name(db, created.id) == "Old"
    assert window.redo_action.isEnabled()
    undo_commands.stack().clear()
