"""The Visits page: the agenda (today, this week, overdue, next two weeks) and the accounts
overdue for their cadence, with mark done, follow-ups, rescheduling and opening the account."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from kam_desktop.services.attention import Rule, attention_table
from kam_desktop.services.classification import classify, ensure_builtin_policies
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.visits import get_visit, log_visit, plan_visit
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, undo_commands, visit_dialog
from kam_desktop.ui.visit_dialog import (
    CompleteVisitDialog,
    QuickVisitDialog,
    RescheduleDialog,
    VisitDialog,
    to_qdate,
    to_qdatetime,
)
from kam_desktop.ui.visits_page import VisitsPage
from kam_desktop.ui.visits_tab import VisitsTab
from tests.ui.test_visits_helpers import (
    WEDNESDAY,
    Answers,
    Driver,
    at,
    follow_undo,
    leave_undo,
    make_account,
)

TODAY = WEDNESDAY
FRIDAY = TODAY + timedelta(days=2)
NEXT_TUESDAY = TODAY + timedelta(days=6)


@pytest.fixture(autouse=True)
def fresh_session() -> Iterator[None]:
    undo_commands.stack().clear()
    visit_dialog.remember_kind("on_site")
    yield
    leave_undo()


def make_page(qtbot, db: Database, today: date = TODAY) -> VisitsPage:  # type: ignore[no-untyped-def]
    page = VisitsPage()
    qtbot.addWidget(page)
    page.today = today
    page.resize(1200, 700)
    page.show()
    # As the main window does: what the page writes (and undo) comes back to it.
    page.data_changed.connect(page.on_data_changed)
    follow_undo(page.on_data_changed)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.set_database(db)
    return page


def rows(page: VisitsPage, key: str) -> list[tuple[str, str, str]]:
    """(date, what, code) of each row shown in a tab, as displayed."""
    model = page.models[key]
    return [(model.data(model.index(r, 0)), model.data(model.index(r, 2)),
             model.data(model.index(r, 3))) for r in range(model.rowCount())]


def test_planned_visits_show_today_and_this_week(qtbot, db: Database, monkeypatch) -> None:
    account = make_account(db, "P1", tier="B", name="Polar Foods", owner="Li Wei")
    page = make_page(qtbot, db)
    assert rows(page, "today") == [] and page.tabs.tabText(0) == "Today (0)"
    tab = VisitsTab()  # plan through the account's tab, as a user would
    qtbot.addWidget(tab)
    tab.today = TODAY
    tab.set_account(db, account)
    tab.data_changed.connect(page.on_data_changed)

    def plan_for(moment):  # type: ignore[no-untyped-def]
        def fill(dialog: VisitDialog) -> None:
            dialog.when.setDateTime(to_qdatetime(moment))
            qtbot.keyClicks(dialog.purpose, "Review")
            dialog.accept()
        return Driver(fill)

    for moment in (at(TODAY, 15), at(FRIDAY, 10)):
        monkeypatch.setattr(visit_dialog, "exec_dialog", plan_for(moment))
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            assert tab.plan_visit() is not None
    assert rows(page, "today") == [(TODAY.isoformat(), "Planned visit", "P1")]
    assert rows(page, "this_week") == [(FRIDAY.isoformat(), "Planned visit", "P1")]
    model = page.models["today"]
    record = model.record(0)
    assert (record["time"], record["about"], record["owner"]) == ("15:00", "Review", "Li Wei")
    assert page.tabs.tabText(0) == "Today (1)" and page.tabs.tabText(1) == "This week (1)"
    assert page.tables["today"].isColumnHidden(9)  # "days late" only on the overdue tab
    assert page.status.text() == f"As of {TODAY.isoformat()}"


def test_mark_done_with_a_follow_up_then_log_it(qtbot, db: Database, monkeypatch) -> None:
    account = make_account(db, "F1", tier="A", name="Falcon Tools")
    planned = plan_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY, 9),
                                       "purpose": "Kick-off"}, today=TODAY)
    page = make_page(qtbot, db)
    page.select("today", 0)
    assert page.done_action.isEnabled() and page.done_action.text() == "Mark &done…"

    def complete(dialog: CompleteVisitDialog) -> None:
        qtbot.keyClicks(dialog.summary, "Good start")
        qtbot.keyClicks(dialog.next_steps, "Send minutes")
        dialog.follow_up.edit.setDate(to_qdate(FRIDAY))
        dialog.accept()

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(complete))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        edit = page.mark_done()
        assert edit is not None
        assert rows(page, "today") == []  # gone at once, before the reload confirms it
    with db.unit_of_work() as uow:
        assert get_visit(uow, planned.id).status == "done"
    assert rows(page, "this_week") == [(FRIDAY.isoformat(), "Follow-up", "F1")]
    assert page.models["this_week"].record(0)["about"] == "Send minutes"

    # On Friday the follow-up is due today; logging the contact settles it.
    page.today = FRIDAY
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert rows(page, "today") == [(FRIDAY.isoformat(), "Follow-up", "F1")]
    page.select("today", 0)
    assert page.done_action.text() == "&Log follow-up…"

    def log(dialog: QuickVisitDialog) -> None:
        assert dialog.account is not None and dialog.account.code == "F1"
        assert dialog.context.text().startswith(f"Following up on the visit of {TODAY}")
        assert "Send minutes" in dialog.context.text()
        qtbot.keyClicks(dialog.summary, "Minutes sent and discussed")
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(log))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert page.mark_done() is not None
    assert rows(page, "today") == [] and rows(page, "overdue") == []
    assert undo_commands.stack().count() == 2


def test_reschedule_and_cancel(qtbot, db: Database, monkeypatch) -> None:
    account = make_account(db, "R1", name="Rapid Rail")
    plan_visit(db, account, {"kind": "video", "visit_at": at(FRIDAY, 10)}, today=TODAY)
    late = plan_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY - timedelta(3))},
                      today=TODAY)
    page = make_page(qtbot, db)
    assert rows(page, "overdue") == [((TODAY - timedelta(3)).isoformat(), "Planned visit",
                                      "R1")]
    assert page.models["overdue"].record(0)["days_late"] == 3
    page.select("this_week", 0)

    def move(dialog: RescheduleDialog) -> None:
        assert dialog.current.text() == f"Now planned for {FRIDAY} 10:00."
        dialog.when.setDateTime(to_qdatetime(at(NEXT_TUESDAY, 11)))
        dialog.accept()

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(move))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert page.reschedule() is not None
    assert rows(page, "this_week") == []
    assert rows(page, "later") == [(NEXT_TUESDAY.isoformat(), "Planned visit", "R1")]

    page.select("overdue", 0)
    answers = Answers(answer=True)
    monkeypatch.setattr(visit_dialog, "ask_yes_no", answers)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert page.cancel_visit() is not None
    assert rows(page, "overdue") == [] and len(answers.asked) == 1
    with db.unit_of_work() as uow:
        assert get_visit(uow, late.id).status == "cancelled"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        undo_commands.stack().undo()  # the hub's data_changed reloads the page
    assert len(rows(page, "overdue")) == 1
    undo_commands.stack().clear()


def test_accounts_overdue_for_their_cadence(qtbot, db: Database, monkeypatch) -> None:
    steel = make_account(db, "S1", tier="S", name="Steel Works")  # every 30 days
    make_account(db, "C1", tier="C", name="Calm Co")  # every 180 days
    for account in (steel,):
        log_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY - timedelta(45))},
                  today=TODAY)
    page = make_page(qtbot, db)
    model = page.models["cadence"]
    assert model.rowCount() == 1
    record = model.record(0)
    assert (record["code"], record["cadence_days"], record["days_since_visit"],
            record["days_overdue"]) == ("S1", 30, 45, 15)
    assert record["due"] == TODAY - timedelta(15)
    assert page.tabs.tabText(4) == "Overdue for cadence (1)"
    page.select("cadence", 0)
    assert not page.done_action.isEnabled() and page.log_action.isEnabled()

    def log(dialog: QuickVisitDialog) -> None:
        assert dialog.account is not None and dialog.account.code == "S1"
        qtbot.keyClicks(dialog.summary, "Back on track")
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(log))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert page.log_visit() is not None
    assert model.rowCount() == 0


def test_double_click_opens_the_account_and_filters(qtbot, db: Database) -> None:
    first = make_account(db, "D1", name="Delta Dairy", owner="Wang Fang")
    second = make_account(db, "D2", name="Echo Energy", owner="Li Wei")
    for account in (first, second):
        plan_visit(db, account, {"kind": "phone", "visit_at": at(TODAY, 16)}, today=TODAY)
    page = make_page(qtbot, db)
    table = page.tables["today"]
    assert page.models["today"].rowCount() == 2
    rect = table.visualRect(page.models["today"].index(1, 1))
    with qtbot.waitSignal(page.open_account) as blocker:
        # A double click is a press, a release and a double-click event, as Qt sees it.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [second]

    qtbot.keyClicks(page.search, "delta")
    assert rows(page, "today") == [(TODAY.isoformat(), "Planned visit", "D1")]
    page.search.clear()
    page.owner_combo.setCurrentIndex(page.owner_combo.findData("Li Wei"))
    assert rows(page, "today") == [(TODAY.isoformat(), "Planned visit", "D2")]
    table.setFocus()
    page.select("today", 0)
    with qtbot.waitSignal(page.open_account) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [second]


def test_the_demo_portfolio_matches_independent_queries(qtbot, db: Database) -> None:
    today = date.today()
    generate_demo(db, accounts=80, seed=7, as_of=today)
    ensure_builtin_policies(db)
    classify(db, "ABC by sales")
    page = make_page(qtbot, db, today)
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        planned_today = conn.execute(
            """SELECT count(*) FROM visits v JOIN accounts a ON a.id = v.account_id
                WHERE v.status = 'planned' AND v.deleted_at IS NULL AND a.deleted_at IS NULL
                  AND date(v.visit_at) = ?""", (today.isoformat(),)).fetchone()[0]
        overdue = attention_table(uow, today=today)
    shown = page.models["today"].frame
    assert int((shown["item"] == "visit").sum()) == planned_today
    flagged = set(overdue.index[overdue[Rule.VISIT_OVERDUE.value]])
    assert set(page.models["cadence"].frame["account_id"]) == flagged
    assert flagged  # the demo has some


def test_a_settings_change_reloads_when_shown(qtbot, db: Database) -> None:
    from kam_desktop import settings

    account = make_account(db, "B1", tier="B", name="Bravo")  # every 90 days
    log_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY - timedelta(60))},
              today=TODAY)
    page = make_page(qtbot, db)
    assert page.models["cadence"].rowCount() == 0
    page.hide()
    settings.store().update(visit_cadence_days={"S": 30, "A": 60, "B": 45, "C": 180})
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert page.models["cadence"].rowCount() == 1
    assert changes.VISITS in changes.of_entity("visit")
