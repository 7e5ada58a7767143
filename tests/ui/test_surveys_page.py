"""The Surveys page: the portfolio's satisfaction alerts and recent responses, filters, and
opening an account; alerts equal to the attention rules' on a demo portfolio."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from kam_desktop.services.attention import Rule, attention_table
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.surveys import record_survey
from kam_desktop.storage.database import Database
from kam_desktop.ui import undo_commands, visit_dialog
from kam_desktop.ui.survey_dialog import SurveyDialog
from kam_desktop.ui.surveys_page import SurveysPage
from kam_desktop.ui.surveys_tab import SurveysTab
from tests.ui.test_visits_helpers import Driver, leave_undo, make_account, make_contact

TODAY = date.today()


@pytest.fixture(autouse=True)
def empty_stack() -> Iterator[None]:
    undo_commands.stack().clear()
    yield
    leave_undo()


def make_page(qtbot, db: Database) -> SurveysPage:  # type: ignore[no-untyped-def]
    page = SurveysPage()
    qtbot.addWidget(page)
    page.today = TODAY
    page.resize(1300, 760)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.set_database(db)
    return page


def alert_rows(page: SurveysPage) -> list[tuple[str, str]]:
    model = page.alert_model
    return [(model.data(model.index(r, 1)), model.data(model.index(r, 3)))
            for r in range(model.rowCount())]


def test_a_detractor_recorded_on_the_tab_shows_on_the_page(qtbot, db: Database,
                                                           monkeypatch) -> None:
    account = make_account(db, "D1", tier="S", name="Dragon Steel", owner="Li Wei")
    make_contact(db, account, "Gao Yan", role="decision_maker")
    page = make_page(qtbot, db)
    assert alert_rows(page) == [] and page.alert_box.title() == "Alerts: none"
    tab = SurveysTab()
    qtbot.addWidget(tab)
    tab.today = TODAY
    tab.set_account(db, account)
    tab.data_changed.connect(page.on_data_changed)  # as the main window forwards it

    def fill(dialog: SurveyDialog) -> None:
        dialog.contact.setCurrentIndex(dialog.contact.findText("Gao Yan — Decision maker"))
        dialog.nps.setValue(2)
        dialog.accept()

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(fill))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert tab.add_response() is not None
    words = f"Decision maker Gao Yan is a detractor (NPS 2 on {TODAY})."
    assert tab.alert_texts() == [words]
    assert alert_rows(page) == [("D1", words)]
    assert page.alert_box.title() == "Alerts: 1 on 1 accounts"
    responses = page.response_model
    assert responses.rowCount() == 1
    assert [responses.data(responses.index(0, c)) for c in (0, 1, 4, 5, 6)] == [
        TODAY.isoformat(), "D1", "Gao Yan", "Decision maker", "2"]

    table = page.alert_table
    rect = table.visualRect(page.alert_model.index(0, 2))
    with qtbot.waitSignal(page.open_account) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [account]


def test_falling_nps_and_the_filters(qtbot, db: Database) -> None:
    first = make_account(db, "F1", tier="A", name="Fine Foods", owner="Wang Fang")
    second = make_account(db, "G1", tier="B", name="Green Grid", owner="Li Wei")
    ma = make_contact(db, first, "Ma Jun", role="user")
    he = make_contact(db, second, "He Ping", role="champion")
    for contact, account, scores in ((ma, first, (10, 7)), (he, second, (6, 9))):
        for days, nps in zip((200, 20), scores, strict=True):
            record_survey(db, account, {"contact_id": contact, "nps": nps, "csat": 4,
                                        "response_date": TODAY - timedelta(days=days)},
                          today=TODAY)
    page = make_page(qtbot, db)
    assert alert_rows(page) == [
        ("F1", f"NPS fell from 10 to 7 (Ma Jun, {TODAY - timedelta(days=20)}).")]
    assert page.response_model.rowCount() == 2  # the last 90 days
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.days_combo.setCurrentIndex(page.days_combo.findData(0))  # all time: reloads
    assert page.response_model.rowCount() == 4
    assert page.response_box.title() == "All responses: 4"

    page.score_combo.setCurrentIndex(page.score_combo.findData("detractor"))
    codes = [page.response_model.value(r, "code") for r in range(page.response_model.rowCount())]
    assert codes == ["G1"]  # He Ping's 6, two hundred days ago
    assert alert_rows(page) == []  # the falling NPS ended on a passive's 7
    page.score_combo.setCurrentIndex(page.score_combo.findData("passive"))
    assert [r[0] for r in alert_rows(page)] == ["F1"]
    page.score_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "he ping")
    assert page.response_model.rowCount() == 2 and alert_rows(page) == []
    page.search.clear()
    page.tier_combo.setCurrentIndex(page.tier_combo.findData("A"))
    assert page.response_model.rowCount() == 2 and len(alert_rows(page)) == 1
    page.tier_combo.setCurrentIndex(0)
    page.owner_combo.setCurrentIndex(page.owner_combo.findData("Li Wei"))
    assert alert_rows(page) == [] and page.response_model.rowCount() == 2


def test_demo_alerts_equal_the_attention_rules(qtbot, db: Database) -> None:
    generate_demo(db, accounts=120, seed=11, as_of=TODAY)
    page = make_page(qtbot, db)
    with db.unit_of_work() as uow:
        table = attention_table(uow, today=TODAY)
    falling = set(table.index[table[Rule.FALLING_SATISFACTION.value]])
    detractors = set(table.index[table[Rule.DETRACTOR_DECISION_MAKER.value]])
    frame = page.alert_model.frame
    assert set(frame.loc[frame["rule"] == "falling_satisfaction", "account_id"]) == falling
    assert set(frame.loc[frame["rule"] == "detractor_decision_maker", "account_id"]) == \
        detractors
    assert falling or detractors
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        recent = conn.execute(
            """SELECT count(*) FROM survey_responses s JOIN accounts a ON a.id = s.account_id
                WHERE s.deleted_at IS NULL AND a.deleted_at IS NULL
                  AND s.response_date BETWEEN ? AND ?""",
            ((TODAY - timedelta(days=90)).isoformat(), TODAY.isoformat())).fetchone()[0]
    assert page.response_model.total_count() == recent
