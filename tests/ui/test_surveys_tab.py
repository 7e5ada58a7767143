"""The account's Surveys tab: responses through the form, the alerts (detractor decision maker,
falling NPS) shown first, the trend charts, delete with undo and restore."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from kam_desktop.services.attention import Rule
from kam_desktop.services.surveys import get_survey, record_survey, survey_alerts
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, undo_commands, visit_dialog
from kam_desktop.ui.survey_dialog import SurveyDialog, to_qdate
from kam_desktop.ui.surveys_tab import SurveysTab, alert_text
from tests.ui.test_visits_helpers import (
    Answers,
    Driver,
    follow_undo,
    leave_undo,
    make_account,
    make_contact,
)

TODAY = date.today()  # an undo checks dates against the real today


@pytest.fixture(autouse=True)
def empty_stack() -> Iterator[None]:
    undo_commands.stack().clear()
    yield
    leave_undo()


@pytest.fixture
def account(db: Database) -> str:
    return make_account(db, "N1", tier="A", name="Nova Chemicals")


@pytest.fixture
def tab(qtbot, db: Database, account: str) -> SurveysTab:
    widget = SurveysTab()
    qtbot.addWidget(widget)
    widget.today = TODAY
    widget.resize(1000, 700)
    widget.set_account(db, account)
    widget.show()
    follow_undo(widget.on_data_changed)
    return widget


def test_a_detractor_decision_maker_raises_the_alert(qtbot, db: Database, account: str,
                                                     tab: SurveysTab, monkeypatch) -> None:
    make_contact(db, account, "Zhou Ming", role="decision_maker")
    tab.reload()
    assert tab.alert_texts() == [] and tab.banner.property("tone") == "good"
    assert tab.alert_title.text() == "No satisfaction alerts."

    def fill(dialog: SurveyDialog) -> None:
        assert dialog.windowTitle() == "Add survey response"
        dialog.contact.setCurrentIndex(dialog.contact.findText("Zhou Ming — Decision maker"))
        dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
        dialog.nps.setValue(3)
        assert dialog.category.text() == "Detractor"
        dialog.csat.setValue(2)
        dialog.dimensions["score_delivery"].setValue(1)
        dialog.comment.setPlainText("Late deliveries twice this quarter.")
        qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(fill))
    with qtbot.waitSignal(tab.data_changed) as blocker:
        tab.add_action.trigger()
    assert blocker.args == [frozenset({changes.SURVEYS})]
    expected = f"Decision maker Zhou Ming is a detractor (NPS 3 on {TODAY})."
    assert tab.alert_texts() == [expected]
    assert tab.banner.property("tone") == "bad"
    assert tab.alert_title.text() == "⚠ Satisfaction alert"
    assert expected in tab.alert_label.text() and tab.alert_label.isVisible()
    with db.unit_of_work() as uow:  # the same alert as the attention rules give
        [item] = survey_alerts(uow, account, today=TODAY)
    assert item.rule is Rule.DETRACTOR_DECISION_MAKER
    model = tab.model
    assert model.rowCount() == 1
    assert [model.data(model.index(0, c)) for c in range(7)] == [
        TODAY.isoformat(), "Zhou Ming", "Decision maker", "Phone", "3", "2", ""]
    assert model.data(model.index(0, 7)) == "1"  # delivery
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ForegroundRole) is not None
    assert undo_commands.stack().text(0) == "Add survey response for N1"


def test_a_falling_nps_raises_the_alert(qtbot, db: Database, account: str, tab: SurveysTab,
                                        monkeypatch) -> None:
    li = make_contact(db, account, "Li Hua", role="user")
    record_survey(db, account, {"contact_id": li, "response_date": TODAY - timedelta(days=120),
                                "nps": 9, "csat": 5}, today=TODAY)
    tab.reload()
    assert tab.alert_texts() == []
    tab.set_respondent(li)  # the new answer is proposed for the respondent shown

    def fill(dialog: SurveyDialog) -> None:
        assert dialog.contact.currentData() == li
        dialog.nps.setValue(6)
        dialog.csat.setValue(4)
        dialog.accept()

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(fill))
    assert tab.add_response() is not None
    assert tab.alert_texts() == [
        f"NPS fell from 9 to 6 (Li Hua, {TODAY}).",
        f"CSAT fell from 5 to 4 (Li Hua, {TODAY}).",
    ]
    # The trend: one point per quarter with answers, NPS −100…100.
    points = tab.nps_chart.points("nps")
    assert [value for _label, value in points] == [100.0, -100.0]
    assert tab.csat_chart.points("csat")[-1][1] == 4.0


def test_a_score_is_required_and_the_date_cannot_be_in_the_future(
        qtbot, db: Database, account: str) -> None:
    dialog = SurveyDialog(db, account, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors() == {"nps": "Give at least one score: NPS, CSAT or a dimension."}
    assert not dialog.error_labels["nps"].isHidden()
    dialog.dimensions["score_price"].setValue(4)  # a dimension alone is enough
    dialog.day.setDate(to_qdate(TODAY + timedelta(days=1)))  # held at today by the widget
    dialog.accept()
    assert dialog.errors() == {} and dialog.edit is not None
    with db.unit_of_work() as uow:
        survey = get_survey(uow, dialog.edit.id)
    assert (survey.response_date, survey.nps, survey.score_price) == (TODAY, None, 4)


def test_edit_delete_undo_and_restore(qtbot, db: Database, account: str, tab: SurveysTab,
                                      monkeypatch, shown_errors) -> None:
    edit = record_survey(db, account, {"response_date": TODAY, "nps": 8}, today=TODAY)
    tab.reload()
    assert tab.select_survey(edit.id)
    assert tab.model.data(tab.model.index(0, 1)) == "Anonymous"

    def change(dialog: SurveyDialog) -> None:
        assert dialog.windowTitle() == "Edit survey response"
        assert dialog.nps.score() == 8
        dialog.nps.setValue(10)
        dialog.accept()

    monkeypatch.setattr(visit_dialog, "exec_dialog", Driver(change))
    assert tab.edit_response() is not None
    assert tab.model.record(0)["nps"] == 10.0

    answers = Answers(answer=True)
    monkeypatch.setattr(visit_dialog, "ask_yes_no", answers)
    assert tab.select_survey(edit.id)
    assert tab.delete_response() is not None
    assert answers.asked[0].startswith("Delete survey response: Delete the response of "
                                       "Anonymous from")
    assert tab.model.rowCount() == 0 and not tab.empty.isHidden()
    stack = undo_commands.stack()
    with qtbot.waitSignal(undo_commands.hub().data_changed):
        stack.undo()
    assert tab.model.rowCount() == 1
    stack.undo()  # the edit, too
    assert shown_errors == []
    assert tab.model.record(0)["nps"] == 8.0

    assert tab.select_survey(edit.id)
    tab.delete_response()
    tab.show_deleted.trigger()
    assert tab.model.rowCount() == 1 and tab.select_survey(edit.id)
    assert tab.restore_action.isEnabled() and not tab.edit_action.isEnabled()
    tab.restore_response()
    assert tab.model.rowCount() == 1 and tab.model.record(0)["deleted_at"] is None
    stack.clear()


def test_respondent_filter_and_periods(qtbot, db: Database, account: str,
                                       tab: SurveysTab) -> None:
    wu = make_contact(db, account, "Wu Gang")
    for days, nps in ((400, 10), (200, 4), (10, 7)):
        record_survey(db, account, {"contact_id": wu, "nps": nps,
                                    "response_date": TODAY - timedelta(days=days)},
                      today=TODAY)
    record_survey(db, account, {"response_date": TODAY, "csat": 3}, today=TODAY)
    tab.reload()
    assert [tab.respondent.itemText(i) for i in range(tab.respondent.count())] == [
        "All", "Wu Gang", "Anonymous"]
    assert tab.model.rowCount() == 4
    tab.set_respondent(wu)
    assert tab.model.rowCount() == 3
    tab.respondent.setCurrentIndex(tab.respondent.findData("__anonymous__"))
    assert tab.model.rowCount() == 1
    assert tab.nps_chart.points("nps") == []  # the anonymous answer gave no NPS
    tab.set_respondent(None)
    tab.period.setCurrentIndex(tab.period.findData("year"))
    labels = [label for label, _ in tab.nps_chart.points("nps")]
    assert labels == sorted(set(labels)) and all(len(label) == 4 for label in labels)


def test_alert_words() -> None:
    assert alert_text("falling_satisfaction", {"measure": "csat", "before": 5.0, "after": 3.0,
                                               "contact": None, "date": TODAY}) == \
        f"CSAT fell from 5 to 3 (an anonymous respondent, {TODAY})."
    assert alert_text("detractor_decision_maker", {"contact": "Ma Li", "after": 2.0,
                                                   "date": "2026-01-02"}) == \
        "Decision maker Ma Li is a detractor (NPS 2 on 2026-01-02)."
