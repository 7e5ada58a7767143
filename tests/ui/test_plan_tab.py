"""The Plan tab: create a plan, fill it through the widgets, save and read it back; unsaved
changes when switching; validation at the cell; copy, delete/restore, white space, export
requests; a long action plan."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QWidget

from kam_desktop.services.demo import generate_demo
from kam_desktop.services.plan_editing import (
    ActionItem,
    Objective,
    PlanData,
    RiskItem,
    create_plan,
    get_plan,
    list_plans,
    save_plan,
)
from kam_desktop.storage.database import Database
from kam_desktop.ui import plan_editor_dialogs
from kam_desktop.ui.plan_editor_models import ERROR_ROLE, VALUE_ROLE
from kam_desktop.ui.plan_editor_widgets import SectionTable
from kam_desktop.ui.plan_tab import PlanTab

AS_OF = date(2026, 1, 15)
PLANS = frozenset({"plans"})


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, accounts=30, seed=4, as_of=AS_OF)
    return db


def account_ids(db: Database) -> list[str]:
    with sqlite3.connect(db.path) as conn:
        return [r[0] for r in conn.execute(
            "SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY code")]


@pytest.fixture
def tab(qtbot: Any, demo_db: Database) -> PlanTab:
    widget = PlanTab()
    qtbot.addWidget(widget)
    widget.resize(880, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


class Answers(list[str]):
    """What `ask_save_changes` answers, in order; `asked` records the periods it was asked
    about."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def __call__(self, _parent: Any, period: str) -> str:
        self.asked.append(period)
        assert self, f"unexpected unsaved-changes question for {period}"
        return self.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    queue = Answers()
    monkeypatch.setattr(plan_editor_dialogs, "ask_save_changes", queue)
    return queue


@pytest.fixture
def new_plan_answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str | None], None]:
    def set_answer(period: str, owner: str | None = None) -> None:
        monkeypatch.setattr(plan_editor_dialogs, "ask_new_plan",
                            lambda _parent, _period, _owner: (period, owner))

    return set_answer


def show_account(qtbot: Any, tab: PlanTab, db: Database, account: str) -> None:
    with qtbot.waitSignal(tab.white_space.suggestions_loaded, timeout=10_000):
        tab.set_account(db, account)


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type as a user does: key presses for ASCII, an input method's commit for Chinese."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_into_editor(qtbot: Any, text: str) -> None:
    """Type into the cell editor that has the focus and press Enter."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on Enter through a queued call


def edit_text(qtbot: Any, table: SectionTable, row: int, key: str, text: str) -> None:
    index = table.view.model().index(row, table.model.column_of(key))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    type_into_editor(qtbot, text)


def pick(table: SectionTable, row: int, key: str, value: str) -> None:
    """Choose a value in a combo-box cell the way a user does (open, pick)."""
    index = table.view.model().index(row, table.model.column_of(key))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    combo = table.view.findChild(QComboBox)
    assert combo is not None
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def pick_date(qtbot: Any, table: SectionTable, row: int, key: str, day: date) -> None:
    index = table.view.model().index(row, table.model.column_of(key))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = table.view.findChild(QDateEdit)
    assert editor is not None
    editor.setDate(QDate(day))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def cell(table: SectionTable, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole
         ) -> Any:
    return table.model.data(table.model.index(row, table.model.column_of(key)), role)


def test_create_fill_save_and_reload(qtbot: Any, tab: PlanTab, demo_db: Database,
                                     answers: Answers, new_plan_answer: Any) -> None:
    account = account_ids(demo_db)[0]
    show_account(qtbot, tab, demo_db, account)
    assert tab.pages.currentIndex() == 0 and tab.create_button.isVisible()
    assert not tab.save_bar.isVisible()

    new_plan_answer("2026", "王芳")
    with qtbot.waitSignal(tab.data_changed) as emitted:
        qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [PLANS]
    assert tab.pages.currentIndex() == 1 and tab.plan_combo.currentText() == "2026 · Draft"
    assert tab.header.owner.text() == "王芳" and not tab.is_dirty

    # Header and free text.
    qtbot.keyClicks(tab.header.owner, " / Li Lei")
    tab.header.cadence.setEditText("每季度 Quarterly")
    type_text(qtbot, tab.needs.needs, "产线停机损失大")
    assert tab.is_dirty and tab.state_label.text() == "● Unsaved changes"
    assert tab.save_button.isEnabled()

    # Objectives: one added with the button, typed into, metric picked.
    objectives = tab.objectives.table
    qtbot.mouseClick(objectives.add_button, Qt.MouseButton.LeftButton)
    type_into_editor(qtbot, "年销售额 Revenue")  # the new row opens on its description
    pick(objectives, 0, "metric", "revenue")
    edit_text(qtbot, objectives, 0, "unit", "万元")
    edit_text(qtbot, objectives, 0, "current_value", "820")
    edit_text(qtbot, objectives, 0, "target_value", "1,000")
    assert cell(objectives, 0, "progress") == "82 %"
    assert cell(objectives, 0, "target_value") == "1,000"

    # SWOT: two strengths and a threat.
    strengths = tab.swot.tables["strength"]
    qtbot.mouseClick(strengths.add_button, Qt.MouseButton.LeftButton)
    type_into_editor(qtbot, "十年合作，交付稳定")
    qtbot.mouseClick(strengths.add_button, Qt.MouseButton.LeftButton)
    type_into_editor(qtbot, "Trusted application engineers")
    threats = tab.swot.tables["threat"]
    qtbot.mouseClick(threats.add_button, Qt.MouseButton.LeftButton)
    type_into_editor(qtbot, "竞争对手低价进入")

    # Actions: two, the second moved up with Alt+Up.
    actions = tab.actions.table
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    type_into_editor(qtbot, "季度业务回顾")
    pick_date(qtbot, actions, 0, "due_date", date(2026, 3, 31))
    pick(actions, 0, "status", "in_progress")
    edit_text(qtbot, actions, 0, "owner", "王芳")
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    type_into_editor(qtbot, "Demo the MES pilot")
    actions.view.setCurrentIndex(actions.view.model().index(1, 0))
    qtbot.keyClick(actions.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert cell(actions, 0, "what") == "Demo the MES pilot"

    # Ctrl+S while still typing in a cell: what is typed is saved too.
    risks = tab.risks.table
    qtbot.mouseClick(risks.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Price pressure")
    with qtbot.waitSignal(tab.data_changed) as emitted:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    assert emitted.args == [PLANS]
    assert not tab.is_dirty and tab.state_label.text().startswith("Saved at ")

    # A fresh tab reads it all back.
    other = PlanTab()
    qtbot.addWidget(other)
    other.set_account(demo_db, account)  # hidden: the plan is read, the white space waits
    assert other.white_space.status.text() == ""
    with qtbot.waitSignal(other.white_space.suggestions_loaded, timeout=10_000):
        other.show()
    assert other.header.owner.text() == "王芳 / Li Lei"
    assert other.header.cadence.currentText() == "每季度 Quarterly"
    assert other.needs.needs.toPlainText() == "产线停机损失大"
    table = other.objectives.table
    assert [cell(table, 0, k) for k in ("metric", "description", "unit", "current_value",
                                        "target_value", "progress")] == [
        "Revenue", "年销售额 Revenue", "万元", "820", "1,000", "82 %"]
    assert [cell(other.swot.tables["strength"], r, "text") for r in range(2)] == [
        "十年合作，交付稳定", "Trusted application engineers"]
    assert cell(other.swot.tables["threat"], 0, "text") == "竞争对手低价进入"
    table = other.actions.table
    assert [[cell(table, r, k) for k in ("what", "owner", "due_date", "status")]
            for r in range(2)] == [["Demo the MES pilot", "", "", "Open"],
                                   ["季度业务回顾", "王芳", "2026-03-31", "In progress"]]
    with demo_db.unit_of_work() as uow:
        [summary] = list_plans(uow, account)
        plan = get_plan(uow, summary.id)
    assert plan.actions[1] == ActionItem("季度业务回顾", "王芳", date(2026, 3, 31), "in_progress")
    assert plan.objectives == (Objective("年销售额 Revenue", "revenue", "万元", 820.0, 1000.0),)
    assert plan.risks == (RiskItem("Price pressure"),)
    assert answers.asked == []


def make_plan(db: Database, account: str, period: str = "2026", **values: Any) -> str:
    data = PlanData(period=period, **values)
    return create_plan(db, account, period, data=data)


def test_unsaved_changes_prompt_on_account_switch(qtbot: Any, tab: PlanTab, demo_db: Database,
                                                  answers: Answers) -> None:
    first, second = account_ids(demo_db)[:2]
    plan_id = make_plan(demo_db, first, owner="Zhang")
    show_account(qtbot, tab, demo_db, first)
    qtbot.keyClicks(tab.header.owner, " Wei")
    assert tab.is_dirty

    answers.append(plan_editor_dialogs.CANCEL)
    with qtbot.waitSignal(tab.leave_cancelled) as cancelled:
        tab.set_account(demo_db, second)
    assert cancelled.args == [first]
    assert tab.account_id == first and tab.is_dirty and tab.header.owner.text() == "Zhang Wei"

    answers.append(plan_editor_dialogs.DISCARD)
    show_account(qtbot, tab, demo_db, second)
    assert tab.account_id == second and not tab.is_dirty and tab.pages.currentIndex() == 0
    with demo_db.unit_of_work() as uow:
        assert get_plan(uow, plan_id).owner == "Zhang"  # discarded

    show_account(qtbot, tab, demo_db, first)
    qtbot.keyClicks(tab.header.owner, " Wei")
    answers.append(plan_editor_dialogs.SAVE)
    with qtbot.waitSignal(tab.data_changed):
        tab.set_account(demo_db, second)
    assert tab.account_id == second
    with demo_db.unit_of_work() as uow:
        assert get_plan(uow, plan_id).owner == "Zhang Wei"  # saved on the way out
    assert answers.asked == ["2026", "2026", "2026"]


def test_switching_plans_and_revert(qtbot: Any, tab: PlanTab, demo_db: Database,
                                    answers: Answers) -> None:
    account = account_ids(demo_db)[0]
    p2025 = make_plan(demo_db, account, "2025", strategy="Old strategy")
    p2026 = make_plan(demo_db, account, "2026", strategy="New strategy")
    show_account(qtbot, tab, demo_db, account)
    assert [tab.plan_combo.itemText(i) for i in range(tab.plan_combo.count())] == [
        "2026 · Draft", "2025 · Draft"]
    assert tab.plan_id == p2026
    tab.strategy.strategy.setPlainText("Changed")
    answers.append(plan_editor_dialogs.CANCEL)
    tab.plan_combo.setCurrentIndex(1)
    assert tab.plan_id == p2026 and tab.plan_combo.currentIndex() == 0  # stayed
    qtbot.mouseClick(tab.revert_button, Qt.MouseButton.LeftButton)
    assert not tab.is_dirty and tab.strategy.strategy.toPlainText() == "New strategy"
    tab.plan_combo.setCurrentIndex(1)  # clean: no question
    assert tab.plan_id == p2025 and tab.strategy.strategy.toPlainText() == "Old strategy"
    # Typing and deleting again is not a change.
    qtbot.keyClicks(tab.header.owner, "x")
    assert tab.is_dirty
    qtbot.keyClick(tab.header.owner, Qt.Key.Key_Backspace)
    assert not tab.is_dirty


def test_validation_errors_at_the_cell(qtbot: Any, tab: PlanTab, demo_db: Database,
                                       shown_errors: list[BaseException]) -> None:
    account = account_ids(demo_db)[0]
    plan_id = make_plan(demo_db, account, objectives=(Objective("Revenue", "revenue"),))
    show_account(qtbot, tab, demo_db, account)
    objectives = tab.objectives.table
    edit_text(qtbot, objectives, 0, "target_value", "lots")
    assert cell(objectives, 0, "target_value", ERROR_ROLE) == "Not a number: lots"  # at once
    actions = tab.actions.table
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # an empty row: ignored
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    edit_text(qtbot, actions, 1, "owner", "Li")  # an owner without a "what"
    tab.header.period.setText("2026-H3")
    tab.header.period.textEdited.emit("2026-H3")

    assert tab.save() is False
    assert cell(objectives, 0, "target_value", ERROR_ROLE) == \
        "Objectives, row 1: Target must be a number (not 'lots')."
    assert cell(actions, 1, "what", ERROR_ROLE) == "Action plan, row 2: What is required."
    assert cell(actions, 0, "what", ERROR_ROLE) is None
    assert tab.header.period.property("invalid") is True
    assert "2026-H3" in tab.header.period.toolTip()
    assert tab.objectives.errors_label.isVisibleTo(tab)
    assert tab.problems_label.text().startswith("3 problems; the first: Period '2026-H3'")
    assert QApplication.focusWidget() is tab.header.period  # "Show" went to the first
    assert tab.is_dirty and shown_errors == []
    with demo_db.unit_of_work() as uow:
        assert get_plan(uow, plan_id).period == "2026"  # nothing written

    # Fixing the cell clears its mark; fixing all saves.
    edit_text(qtbot, objectives, 0, "target_value", "1200")
    assert cell(objectives, 0, "target_value", ERROR_ROLE) is None
    tab.header.period.setText("2026-H2")
    edit_text(qtbot, actions, 1, "what", "Call the buyer")
    with qtbot.waitSignal(tab.data_changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not tab.problems_label.isVisibleTo(tab)
    assert tab.header.period.property("invalid") is False
    assert tab.plan_combo.currentText() == "2026-H2 · Draft"
    assert actions.model.rowCount() == 1  # the empty row was not saved
    with demo_db.unit_of_work() as uow:
        assert get_plan(uow, plan_id).actions == (ActionItem("Call the buyer", "Li"),)


def test_copy_to_next_period_refreshes_current_values(qtbot: Any, tab: PlanTab,
                                                      demo_db: Database) -> None:
    account = account_ids(demo_db)[0]
    make_plan(demo_db, account, "2025", objectives=(
        Objective("Revenue", "revenue", "CNY", 1.0, 2_000_000),), strategy="Grow")
    show_account(qtbot, tab, demo_db, account)
    with qtbot.waitSignal(tab.data_changed, timeout=10_000) as emitted:
        qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [PLANS]
    assert tab.plan_combo.currentText() == "2026 · Draft"
    assert tab.header.period.text() == "2026" and tab.strategy.strategy.toPlainText() == "Grow"
    current = cell(tab.objectives.table, 0, "current_value", VALUE_ROLE)
    assert current is not None and current != 1.0 and current > 0  # the last 12 months
    assert tab.banner_holder.isVisibleTo(tab)
    assert "copied to 2026" in tab.banner_text.text()
    with demo_db.unit_of_work() as uow:
        assert [p.period for p in list_plans(uow, account)] == ["2026", "2025"]


def test_white_space_suggestions_and_current_values(qtbot: Any, tab: PlanTab,
                                                    demo_db: Database) -> None:
    account = account_ids(demo_db)[0]
    make_plan(demo_db, account, objectives=(Objective("年销售额", "revenue", "万元", None, 500),))
    show_account(qtbot, tab, demo_db, account)
    section = tab.white_space
    suggestions = section.suggestions
    assert suggestions.rowCount() > 0
    first = suggestions.item(0).product_category
    section.suggestions_view.selectRow(0)
    assert section.add_button.isEnabled()
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert cell(section.table, 0, "product_category") == first
    assert suggestions.in_plan(0) and not section.add_button.isEnabled()
    assert suggestions.data(suggestions.index(0, 0)) == f"{first} (in the plan)"
    edit_text(qtbot, section.table, 0, "note", "MES 试点")
    assert tab.is_dirty

    with qtbot.waitSignal(tab.objectives.filled, timeout=10_000) as filled:
        qtbot.mouseClick(tab.objectives.fill_button, Qt.MouseButton.LeftButton)
    assert filled.args == [1]
    value = cell(tab.objectives.table, 0, "current_value", VALUE_ROLE)
    with sqlite3.connect(demo_db.path) as conn:
        end = conn.execute("SELECT max(order_date) FROM sales_lines WHERE order_date <= ?",
                           (date.today().isoformat(),)).fetchone()[0]
        start = date.fromisoformat(end).replace(year=date.fromisoformat(end).year - 1)
        revenue = conn.execute(
            "SELECT total(amount) FROM sales_lines WHERE account_id = ? AND order_date > ? "
            "AND order_date <= ?", (account, start.isoformat(), end)).fetchone()[0]
    assert value == pytest.approx(round(revenue / 10_000, 2))
    assert "Filled 1 objectives" in tab.objectives.info.text()


def test_export_and_print_requests(qtbot: Any, tab: PlanTab, demo_db: Database,
                                   answers: Answers) -> None:
    account = account_ids(demo_db)[0]
    plan_id = make_plan(demo_db, account)
    show_account(qtbot, tab, demo_db, account)
    with qtbot.waitSignal(tab.pdf_requested) as pdf:
        qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    assert pdf.args == [account, plan_id]
    tab.header.period.setFocus()
    with qtbot.waitSignal(tab.pdf_requested) as pdf:
        qtbot.keyClick(tab.header.period, Qt.Key.Key_E,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert pdf.args == [account, plan_id]
    # With unsaved edits the saved plan is printed: save first (or cancel: nothing).
    qtbot.keyClicks(tab.header.owner, "Wang")
    answers.append(plan_editor_dialogs.CANCEL)
    with qtbot.assertNotEmitted(tab.print_requested):
        qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    answers.append(plan_editor_dialogs.SAVE)
    with qtbot.waitSignal(tab.print_requested) as printed:
        qtbot.keyClick(tab.header.owner, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args == [account, plan_id]
    with demo_db.unit_of_work() as uow:
        assert get_plan(uow, plan_id).owner == "Wang"


def test_delete_and_restore(qtbot: Any, tab: PlanTab, demo_db: Database) -> None:
    account = account_ids(demo_db)[0]
    plan_id = make_plan(demo_db, account, strategy="Keep me")
    show_account(qtbot, tab, demo_db, account)
    with qtbot.waitSignal(tab.data_changed):
        qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentIndex() == 0 and tab.plan_combo.count() == 0
    assert tab.banner_text.text() == "The plan for 2026 was deleted."
    assert tab.deleted_button.isVisibleTo(tab)
    with qtbot.waitSignal(tab.data_changed):
        qtbot.mouseClick(tab.banner_action, Qt.MouseButton.LeftButton)
    assert tab.plan_id == plan_id and tab.strategy.strategy.toPlainText() == "Keep me"
    assert not tab.banner_holder.isVisibleTo(tab) and not tab.deleted_button.isVisibleTo(tab)


def test_saved_elsewhere_reloads_when_clean(qtbot: Any, tab: PlanTab, demo_db: Database,
                                            shown_errors: list[BaseException]) -> None:
    account = account_ids(demo_db)[0]
    plan_id = make_plan(demo_db, account, strategy="One")
    show_account(qtbot, tab, demo_db, account)
    save_plan(demo_db, plan_id, PlanData(period="2026", strategy="Two"))
    tab.on_data_changed(PLANS)
    assert tab.strategy.strategy.toPlainText() == "Two"
    # With edits here, a save elsewhere is not overwritten: saving says so.
    tab.strategy.strategy.setPlainText("Mine")
    save_plan(demo_db, plan_id, PlanData(period="2026", strategy="Three"))
    tab.on_data_changed(PLANS)
    assert tab.strategy.strategy.toPlainText() == "Mine"
    assert tab.save() is False
    assert "changed elsewhere" in str(shown_errors[-1])


def test_two_hundred_actions_stay_usable(qtbot: Any, tab: PlanTab, demo_db: Database) -> None:
    account = account_ids(demo_db)[0]
    statuses = ("open", "in_progress", "done", "cancelled")
    actions = tuple(ActionItem(f"Action {i:03d}", f"Owner {i % 7}",
                               date(2026, 1 + i % 12, 1 + i % 28), statuses[i % 4])
                    for i in range(200))
    make_plan(demo_db, account, actions=actions)
    started = time.perf_counter()
    show_account(qtbot, tab, demo_db, account)
    assert time.perf_counter() - started < 2.0
    section = tab.actions
    view = section.table.view
    assert section.model.rowCount() == 200
    assert view.height() < 16 * view.verticalHeader().defaultSectionSize()  # scrolls inside
    assert section.count.text() == "200 actions, 100 open"
    section.show_combo.setCurrentIndex(section.show_combo.findData("done"))
    assert section.filter.rowCount() == 50
    assert section.count.text() == "50 shown of 200 actions, 100 open"
    assert not section.table.up_button.isEnabled()  # no moving while filtered
    qtbot.keyClicks(section.search, "Action 19")
    assert section.filter.rowCount() == 3  # 190, 194, 198 are done... of 190-199
    section.search.clear()
    section.show_combo.setCurrentIndex(0)
    started = time.perf_counter()
    qtbot.mouseClick(section.sort_button, Qt.MouseButton.LeftButton)
    edit_text(qtbot, section.table, 199, "owner", "Last")
    assert time.perf_counter() - started < 1.0
    dates = [cell(section.table, r, "due_date") for r in range(200)]
    assert dates == sorted(dates) and tab.is_dirty
    with qtbot.waitSignal(tab.data_changed):
        tab.save()
    assert section.model.rowCount() == 200


def test_language_change_keeps_the_plan(qtbot: Any, tab: PlanTab, demo_db: Database) -> None:
    account = account_ids(demo_db)[0]
    make_plan(demo_db, account, status="final", actions=(ActionItem("X", status="done"),))
    show_account(qtbot, tab, demo_db, account)
    tab.header.owner.setText("Li")
    tab.header.owner.textEdited.emit("Li")
    tab.retranslate_ui()
    for section in tab.sections:
        section.retranslate_ui()
    assert tab.header.status.currentData() == "final" and tab.is_dirty
    assert cell(tab.actions.table, 0, "status") == "Done"
    assert tab.plan_combo.currentText() == "2026 · Final"


def test_no_account(qtbot: Any, tab: PlanTab, demo_db: Database) -> None:
    tab.set_account(demo_db, None)
    assert tab.pages.currentIndex() == 0 and not tab.create_button.isVisibleTo(tab)
    assert tab.empty_title.text() == "No account selected"
    assert not tab.new_button.isEnabled() and not tab.pdf_button.isEnabled()


def test_same_account_again_reloads_and_keeps_edits(qtbot: Any, tab: PlanTab,
                                                    demo_db: Database) -> None:
    """The account detail gives a tab its account again after a write: it reloads."""
    account = account_ids(demo_db)[0]
    show_account(qtbot, tab, demo_db, account)
    assert tab.pages.currentIndex() == 0
    plan_id = make_plan(demo_db, account, strategy="Written elsewhere")
    with qtbot.waitSignal(tab.white_space.suggestions_loaded, timeout=10_000):
        tab.set_account(demo_db, account)
    assert tab.plan_id == plan_id and tab.strategy.strategy.toPlainText() == "Written elsewhere"
    tab.strategy.strategy.setPlainText("Mine")
    with qtbot.waitSignal(tab.white_space.suggestions_loaded, timeout=10_000):
        tab.set_account(demo_db, account)
    assert tab.is_dirty and tab.strategy.strategy.toPlainText() == "Mine"


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    from kam_desktop.services.plan_white_space import WhiteSpaceSuggestion
    from kam_desktop.ui.plan_editor_actions import ActionRowsModel
    from kam_desktop.ui.plan_editor_models import SuggestionsModel
    from kam_desktop.ui.plan_editor_sections import OBJECTIVE_COLUMNS, PlanRowsModel

    objectives = PlanRowsModel(OBJECTIVE_COLUMNS)
    objectives.set_rows([{"metric": "revenue", "description": "Revenue", "unit": "万元",
                          "current_value": 80.0, "target_value": 100.0},
                         {"metric": "other", "description": "Visits", "unit": None,
                          "current_value": "two", "target_value": 3.0}])
    qtmodeltester.check(objectives)
    assert objectives.data(objectives.index(0, 5)) == "80 %"
    assert objectives.data(objectives.index(1, 3), ERROR_ROLE) == "Not a number: two"
    assert objectives.move_row(0, 1) and objectives.rows()[1]["description"] == "Revenue"
    actions = ActionRowsModel(today=date(2026, 3, 1))
    actions.set_rows([{"what": "Call", "owner": None, "due_date": date(2026, 2, 1),
                       "status": "open"},
                      {"what": "Visit", "owner": "Li", "due_date": date(2026, 2, 1),
                       "status": "done"}])
    qtmodeltester.check(actions)
    assert actions.data(actions.index(0, 2), Qt.ItemDataRole.ToolTipRole) == "Overdue"
    assert actions.data(actions.index(1, 2), Qt.ItemDataRole.ToolTipRole) is None
    suggestions = SuggestionsModel()
    suggestions.set_items([WhiteSpaceSuggestion("传感器", 1234.5, 3, None),
                           WhiteSpaceSuggestion("Software", 99.0, 1, date(2024, 5, 1))])
    suggestions.set_in_plan(["software"])
    qtmodeltester.check(suggestions)
    assert suggestions.data(suggestions.index(1, 0)) == "Software (in the plan)"
    assert suggestions.data(suggestions.index(0, 3)) == "never"
