"""The account's Visits tab: the visits model, log / plan / edit / mark done / cancel / delete /
restore through the forms, undo, and the cadence banner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from kam_desktop.services.visits import get_visit, log_visit, plan_visit
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, i18n, undo_commands, visit_dialog
from kam_desktop.ui.visit_dialog import CompleteVisitDialog, VisitDialog, to_qdate, to_qdatetime
from kam_desktop.ui.visits_tab import VisitsTab
from tests.ui.test_visits_helpers import (
    WEDNESDAY,
    Answers,
    Driver,
    at,
    follow_undo,
    leave_undo,
    make_account,
    make_contact,
)

TODAY = WEDNESDAY


@pytest.fixture(autouse=True)
def fresh_session() -> Iterator[None]:
    """An empty undo stack; the quick form proposes an on-site visit (as at start-up)."""
    undo_commands.stack().clear()
    visit_dialog.remember_kind("on_site")
    yield
    leave_undo()


@pytest.fixture
def account(db: Database) -> str:
    return make_account(db, "V1", tier="A", name="Vega Instruments")


@pytest.fixture
def tab(qtbot, db: Database, account: str) -> VisitsTab:
    widget = VisitsTab()
    qtbot.addWidget(widget)
    widget.today = TODAY
    widget.resize(900, 560)
    widget.set_account(db, account)
    widget.show()
    # As the main window does: the tab's writes and the undo stack's come back to it.
    widget.data_changed.connect(widget.on_data_changed)
    follow_undo(widget.on_data_changed)
    return widget


def test_the_visits_model(qtbot, qtmodeltester, db: Database, account: str,
                          tab: VisitsTab) -> None:
    zhang = make_contact(db, account, "Zhang Min", role="decision_maker")
    log_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY - timedelta(days=3)),
                            "purpose": "Review", "summary": "Line one\nline two",
                            "participant_ids": [zhang]}, today=TODAY)
    plan_visit(db, account, {"kind": "video", "visit_at": at(TODAY + timedelta(days=5)),
                             "purpose": "Demo"}, today=TODAY)
    tab.reload()
    model = tab.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    texts = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert texts[0][:4] == [f"{at(TODAY + timedelta(days=5)):%Y-%m-%d %H:%M}", "Video call",
                            "Planned", "Demo"]
    assert texts[1][1:5] == ["On-site visit", "Done", "Review", "Line one …"]
    assert texts[1][7] == "Zhang Min"
    assert model.data(model.index(1, 4), Qt.ItemDataRole.ToolTipRole) == "Line one\nline two"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None  # planned
    # Sorting by kind puts "On-site visit" before "Video call".
    tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 1)) == "On-site visit"
    tab.select_visit(str(model.value(0, "id")))
    assert "line two" in tab.detail.toPlainText()


def test_log_a_visit_with_participants(qtbot, db: Database, account: str, tab: VisitsTab,
                                       monkeypatch) -> None:
    make_contact(db, account, "Li Na", role="economic_buyer")
    tab.reload()

    def fill(dialog: VisitDialog) -> None:
        assert dialog.windowTitle() == "Log a visit"
        dialog.kind.setCurrentIndex(dialog.kind.findData("video"))
        dialog.when.setDateTime(to_qdatetime(at(TODAY, 9, 30)))
        qtbot.keyClicks(dialog.purpose, "Price review")
        qtbot.keyClicks(dialog.summary, "Agreed on 3 % for next year")
        dialog.participants.item(0).setCheckState(Qt.CheckState.Checked)
        qtbot.keyClick(dialog.purpose, Qt.Key.Key_Return)

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(fill))
    with qtbot.waitSignal(tab.data_changed) as blocker:
        assert tab.log_action.isEnabled()
        tab.log_action.trigger()
    assert blocker.args == [frozenset({changes.VISITS})]
    assert tab.model.rowCount() == 1
    row = tab.model.record(0)
    assert (row["kind"], row["status"], row["purpose"], row["participants"]) == (
        "video", "done", "Price review", "Li Na")
    assert tab.selected_visit_id() == row["id"]  # the new visit is selected
    assert undo_commands.stack().text(0) == "Log visit to V1"
    assert tab.banner.property("tone") == "good"  # a video call counts for the cadence


def test_plan_then_mark_done_with_a_follow_up(qtbot, db: Database, account: str,
                                              tab: VisitsTab, monkeypatch) -> None:
    def plan(dialog: VisitDialog) -> None:
        assert dialog.windowTitle() == "Plan a visit"
        dialog.when.setDateTime(to_qdatetime(at(TODAY, 14)))
        qtbot.keyClicks(dialog.purpose, "Quarterly review")
        dialog.accept()

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(plan))
    planned = tab.plan_visit()
    assert planned is not None
    assert tab.model.record(0)["status"] == "planned"
    assert "Next visit planned for" in tab.cadence_label.text()
    assert tab.done_action.isEnabled() and tab.cancel_action.isEnabled()

    def complete(dialog: CompleteVisitDialog) -> None:
        assert dialog.planned.text().startswith("Planned for")
        qtbot.keyClicks(dialog.summary, "Volumes up next quarter")
        qtbot.keyClicks(dialog.next_steps, "Send the forecast")
        dialog.follow_up.edit.setDate(to_qdate(TODAY + timedelta(days=2)))
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(complete))
    edit = tab.complete_visit()
    assert edit is not None
    with db.unit_of_work() as uow:
        visit = get_visit(uow, planned.id)
    assert (visit.status, visit.summary, visit.next_steps, visit.follow_up_date) == (
        "done", "Volumes up next quarter", "Send the forecast", TODAY + timedelta(days=2))
    assert not tab.done_action.isEnabled()  # done now
    assert undo_commands.stack().text(1) == "Mark visit to V1 done"


def test_a_done_visit_cannot_be_in_the_future(qtbot, db: Database, account: str,
                                              tab: VisitsTab, monkeypatch) -> None:
    log_visit(db, account, {"kind": "phone", "visit_at": at(TODAY, 8)}, today=TODAY)
    tab.reload()
    tab.select_visit(str(tab.model.value(0, "id")))
    seen: dict[str, str] = {}

    def fill(dialog: VisitDialog) -> None:
        assert dialog.windowTitle() == "Edit visit"
        dialog.when.setDateTime(to_qdatetime(at(TODAY + timedelta(days=1), 8)))
        dialog.accept()
        seen.update(dialog.errors())

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(fill))
    assert tab.edit_visit() is None  # refused: the form stayed open until given up
    assert list(seen) == ["visit_at"] and "has not taken place yet" in seen["visit_at"]


def test_delete_asks_and_undo_brings_it_back(qtbot, db: Database, account: str,
                                             tab: VisitsTab, monkeypatch) -> None:
    log_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY, 8)}, today=TODAY)
    tab.reload()
    visit_id = str(tab.model.value(0, "id"))
    tab.select_visit(visit_id)
    answers = Answers(answer=False)
    monkeypatch.setattr(visit_dialog, "ask_yes_no", answers)
    assert tab.delete_visit() is None  # the user said no
    assert tab.model.rowCount() == 1 and len(answers.asked) == 1
    assert answers.asked[0].startswith("Delete visit: Delete the visit of")
    answers.answer = True
    tab.table.setFocus()
    with qtbot.waitSignal(tab.data_changed):
        qtbot.keyClick(tab.table, Qt.Key.Key_Delete)  # the shortcut
    assert tab.model.rowCount() == 0 and not tab.empty.isHidden()
    assert "No visit that counts" in tab.cadence_label.text()

    stack = undo_commands.stack()
    assert stack.text(0).startswith("Delete visit of")
    with qtbot.waitSignal(undo_commands.hub().data_changed):
        stack.undo()
    assert tab.model.rowCount() == 1 and tab.model.value(0, "id") == visit_id

    # Delete again, then restore from "Show deleted".
    tab.select_visit(visit_id)
    tab.delete_visit()
    tab.show_deleted.trigger()
    assert tab.model.rowCount() == 1 and tab.model.record(0)["state"] == "deleted:done"
    assert tab.model.data(tab.model.index(0, 2)) == "Deleted"
    tab.select_visit(visit_id)
    assert tab.restore_action.isEnabled() and not tab.edit_action.isEnabled()
    tab.restore_visit()
    assert tab.model.record(0)["state"] == "done"
    stack.clear()


def test_cancel_a_planned_visit(qtbot, db: Database, account: str, tab: VisitsTab) -> None:
    plan_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY + timedelta(days=3))},
               today=TODAY)
    tab.reload()
    tab.select_visit(str(tab.model.value(0, "id")))
    edit = tab.cancel_visit()
    assert edit is not None
    assert tab.model.record(0)["status"] == "cancelled"
    font = tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.FontRole)
    assert font is not None and font.strikeOut()
    undo_commands.stack().undo()
    assert tab.model.record(0)["status"] == "planned"
    undo_commands.stack().clear()


def test_no_account_and_other_tiers(qtbot, db: Database) -> None:
    tab = VisitsTab()
    qtbot.addWidget(tab)
    tab.set_account(db, None)
    assert not tab.log_action.isEnabled() and tab.cadence_label.text() == "No account selected."
    plain = make_account(db, "U1")
    tab.set_account(db, plain)
    assert tab.cadence_label.text().startswith("Not classified: no visit cadence applies.")
    assert tab.banner.property("tone") == "neutral"
    assert tab.log_action.isEnabled()


def test_a_language_change_rereads_the_texts(qtbot, qapp, tab: VisitsTab) -> None:
    i18n.install_translator(qapp, "zh_CN")  # Chinese for these strings comes with the catalogue
    assert tab.log_action.text() and tab.model.headerData(0, Qt.Orientation.Horizontal)
    i18n.install_translator(qapp, "en")
    assert tab.log_action.text() == "&Log visit…"
    assert tab.log_action.toolTip() == "Log visit (Ins)"
