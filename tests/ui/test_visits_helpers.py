"""Helpers for the visit and survey UI tests (no tests here): accounts, contacts and tiers made
through the services, today fixed to a Wednesday, and the modal functions driven."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog

from kam_desktop.services.account_editing import create_account
from kam_desktop.services.attention import Rule, attention_table
from kam_desktop.services.classification import set_override
from kam_desktop.services.contacts import create_contact
from kam_desktop.storage.database import Database
from kam_desktop.ui import undo_commands

_real = date.today()
# The next Wednesday (or today, on a Wednesday): "this week" then holds Thursday to Sunday.
WEDNESDAY = _real + timedelta(days=(2 - _real.weekday()) % 7)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def make_account(db: Database, code: str, *, tier: str | None = None, **values: Any) -> str:
    """A live account (its id), in `tier` by a manual override."""
    values.setdefault("name", f"Account {code}")
    edit = create_account(db, {"code": code, **values})
    if tier is not None:
        set_override(db, code, tier, "test", user="test")
    return edit.id


def make_contact(db: Database, account_id: str, name: str, **values: Any) -> str:
    return create_contact(db, account_id, {"name": name, **values}).id


def visit_overdue(db: Database, account_id: str, today: date) -> bool:
    """The attention list's own answer (the whole table, not the Visits page's subset)."""
    with db.unit_of_work() as uow:
        table = attention_table(uow, today=today)
    return bool(table.loc[account_id, Rule.VISIT_OVERDUE.value])


class Driver:
    """Stands in for `visit_dialog.exec_dialog`: shows the dialog, lets `fill` act on it like
    a user, and returns the dialog's result. Keeps every dialog it ran."""

    def __init__(self, fill: Callable[[Any], None]) -> None:
        self.fill = fill
        self.dialogs: list[Any] = []

    def __call__(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        dialog.show()
        dialog.activateWindow()  # shortcuts (Ctrl+Enter) need the active window
        QApplication.processEvents()
        self.fill(dialog)
        if dialog.isVisible():  # the fill did not close it: the user gives up
            dialog.done(QDialog.DialogCode.Rejected)
        return dialog.result()


class Answers:
    """Stands in for `visit_dialog.ask_yes_no`: records the questions, gives `answer`."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: object, title: str, text: str, _yes: str) -> bool:
        self.asked.append(f"{title}: {text}")
        return self.answer


_following: list[Callable[[object], None]] = []


def follow_undo(slot: Callable[[object], None]) -> None:
    """Connect the app-wide undo hub to `slot`, as the main window forwards it; `leave_undo`
    disconnects it again (the hub outlives every test)."""
    undo_commands.hub().data_changed.connect(slot)
    _following.append(slot)


def leave_undo() -> None:
    """After a test: nothing of it stays on the undo stack or listens to the hub."""
    undo_commands.stack().clear()
    while _following:
        undo_commands.hub().data_changed.disconnect(_following.pop())
