"""The quick visit form (Ctrl+L in the main window): log a visit in seconds, Enter saves, Esc
asks only when something was typed, and the account's overdue flag clears."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kam_desktop.services.visits import get_visit, list_visits, log_visit
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, undo_commands, visit_dialog
from kam_desktop.ui.visit_dialog import QuickVisitDialog, open_quick_visit, to_qdate
from kam_desktop.ui.visits_tab import VisitsTab
from tests.ui.test_visits_helpers import (
    WEDNESDAY,
    Answers,
    Driver,
    at,
    leave_undo,
    make_account,
    visit_overdue,
)

TODAY = date.today()  # the cadence counts from the account's creation, which is now
NOW = datetime.combine(TODAY, datetime.min.time()).replace(hour=15, minute=20)


@pytest.fixture(autouse=True)
def fresh_session() -> Iterator[None]:
    """An empty undo stack; the quick form proposes an on-site visit (as at start-up)."""
    undo_commands.stack().clear()
    visit_dialog.remember_kind("on_site")
    yield
    leave_undo()


def test_a_quick_visit_clears_the_overdue_flag(qtbot, db: Database, monkeypatch) -> None:
    account = make_account(db, "S1", tier="S", name="Strategic Steel")  # cadence 30 days
    log_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY - timedelta(days=45))},
              today=TODAY)
    assert visit_overdue(db, account, TODAY)
    tab = VisitsTab()
    qtbot.addWidget(tab)
    tab.today = TODAY
    tab.set_account(db, account)
    assert tab.cadence is not None and tab.cadence.overdue
    assert tab.banner.property("tone") == "bad"
    assert "overdue by 15 days" in tab.cadence_label.text()

    def fill(dialog: QuickVisitDialog) -> None:
        assert dialog.account_edit.text() == "S1 — Strategic Steel"  # filled in
        assert dialog.summary.hasFocus() or not dialog.isActiveWindow()
        qtbot.keyClicks(dialog.summary, "Renewal discussed with the CEO")
        qtbot.keyClicks(dialog.next_steps, "Send the offer")
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)  # Enter saves

    driver = Driver(fill)
    monkeypatch.setattr(visit_dialog, "exec_dialog", driver)
    edit = open_quick_visit(None, db, account, today=TODAY)
    assert edit is not None
    assert driver.dialogs[0].result() == QDialog.DialogCode.Accepted
    with db.unit_of_work() as uow:
        visit = get_visit(uow, edit.id)
    assert (visit.status, visit.kind, visit.summary, visit.next_steps) == (
        "done", "on_site", "Renewal discussed with the CEO", "Send the offer")
    assert visit.visit_at.date() == TODAY
    assert not visit_overdue(db, account, TODAY)  # the attention rules agree
    stack = undo_commands.stack()
    assert stack.count() == 1 and stack.text(0) == "Log visit to S1"

    # The caller emits data_changed; the tab reloads and its banner turns green.
    tab.on_data_changed(changes.of_entity(edit.entity))
    assert tab.cadence is not None and not tab.cadence.overdue
    assert tab.banner.property("tone") == "good"
    assert "Last visit 0 days ago" in tab.cadence_label.text()

    with qtbot.waitSignal(undo_commands.hub().data_changed) as blocker:
        stack.undo()
    assert blocker.args == [frozenset({changes.VISITS})]
    assert visit_overdue(db, account, TODAY)
    stack.clear()


# Typing shows the completer's popup, which the offscreen platform cannot raise or give the
# keyboard to; that says nothing about our code.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard",
                           "does not support propagateSizeHints")
def test_the_account_is_found_by_code_or_name(qtbot, db: Database) -> None:
    make_account(db, "A1", name="Alpha Works")
    beta = make_account(db, "B7", name="Beta Zhongda Machinery")
    dialog = QuickVisitDialog(db, None, today=TODAY, now=NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.choices_ready, timeout=5000):
        pass
    dialog.show()
    assert dialog.account_edit.hasFocus() or not dialog.isActiveWindow()
    qtbot.keyClicks(dialog.account_edit, "zhongda")
    completer = dialog.completer
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "B7 — Beta Zhongda Machinery"
    completer.activated.emit(completer.currentCompletion())  # the user picks it
    assert dialog.account is not None and dialog.account.id == beta
    dialog.account_edit.setText("")
    qtbot.keyClicks(dialog.account_edit, "b7")  # a code, typed without picking
    qtbot.keyClicks(dialog.summary, "Call")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.edit is not None and dialog.edit.account_id == beta
    assert dialog.undo_text() == "Log visit to B7"


def test_problems_show_beside_their_fields(qtbot, db: Database) -> None:
    make_account(db, "A1")
    dialog = QuickVisitDialog(db, None, today=TODAY, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.edit is None
    assert set(dialog.errors()) == {"account"}
    assert dialog.error_labels["account"].text().startswith("Choose the account")
    qtbot.keyClicks(dialog.account_edit, "nobody")
    dialog.follow_up.edit.setDate(to_qdate(TODAY - timedelta(days=1)))
    assert dialog.follow_up.check.isChecked()  # picking a day ticks the box
    dialog.accept()
    assert dialog.isVisible()
    assert set(dialog.errors()) == {"account", "follow_up_date"}
    assert "No account matches “nobody”" in dialog.errors()["account"]
    assert "cannot be before the visit" in dialog.errors()["follow_up_date"]
    dialog.account_edit.setText("A1")
    dialog.follow_up.check.setChecked(False)
    dialog.accept()
    assert dialog.errors() == {} and dialog.result() == QDialog.DialogCode.Accepted


def test_a_day_after_today_plans_the_visit(qtbot, db: Database) -> None:
    account = make_account(db, "P1")
    dialog = QuickVisitDialog(db, account, today=WEDNESDAY, now=at(WEDNESDAY, 11))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plan_hint.isHidden() and dialog.save_button.text() == "Log"
    dialog.day.setDate(to_qdate(WEDNESDAY + timedelta(days=2)))
    assert not dialog.plan_hint.isHidden() and dialog.save_button.text() == "Plan"
    qtbot.keyClicks(dialog.summary, "Plant tour")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Enter)
    assert dialog.edit is not None
    with db.unit_of_work() as uow:
        visit = get_visit(uow, dialog.edit.id)
    assert visit.status == "planned" and visit.purpose == "Plant tour"
    assert visit.visit_at == at(WEDNESDAY + timedelta(days=2), 9)


def test_escape_asks_only_when_something_was_typed(qtbot, db: Database, monkeypatch) -> None:
    account = make_account(db, "E1")
    answers = Answers(answer=False)
    monkeypatch.setattr(visit_dialog, "ask_yes_no", answers)
    dialog = QuickVisitDialog(db, account, today=TODAY, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible() and answers.asked == []

    dialog = QuickVisitDialog(db, account, today=TODAY, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.summary, "Half a sentence")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    assert answers.asked == ["Unsaved changes: Discard what you entered in this form?"]
    assert dialog.isVisible()  # "keep editing"
    answers.answer = True
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    with db.unit_of_work() as uow:
        assert list_visits(uow, account).empty


def test_the_account_may_be_given_by_code(qtbot, db: Database) -> None:
    make_account(db, "Q9", name="Quartz")
    dialog = QuickVisitDialog(db, "Q9", today=TODAY, now=NOW)
    qtbot.addWidget(dialog)
    assert dialog.account_edit.text() == "Q9 — Quartz"
    unknown = QuickVisitDialog(db, "nope", today=TODAY, now=NOW)
    qtbot.addWidget(unknown)
    assert unknown.account_edit.text() == "" and unknown.account is None


def test_a_cancelled_quick_visit_returns_nothing(qtbot, db: Database, monkeypatch) -> None:
    account = make_account(db, "N1")
    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(lambda _d: None))
    assert open_quick_visit(None, db, account, today=TODAY) is None
    assert undo_commands.stack().count() == 0


def test_the_kind_chosen_last_is_proposed_next(qtbot, db: Database) -> None:
    account = make_account(db, "K1")
    dialog = QuickVisitDialog(db, account, today=TODAY, now=NOW)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("phone"))
    dialog.accept()
    assert dialog.edit is not None
    again = QuickVisitDialog(db, account, today=TODAY, now=NOW)
    qtbot.addWidget(again)
    assert again.kind.currentData() == "phone"
