"""Satisfaction across the portfolio: recent responses (one query) and one row per alert,
equal to the attention rules' and to `survey_alerts` per account."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from kam_desktop.services.attention import AttentionRules, Rule
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.survey_overview import (
    ALERT_COLUMNS,
    RESPONSE_COLUMNS,
    nps_category,
    recent_responses,
    satisfaction_alerts,
    survey_overview,
)
from kam_desktop.services.surveys import delete_survey, record_survey, satisfaction_trend
from kam_desktop.services.surveys import survey_alerts as account_alerts
from kam_desktop.storage.database import Database
from tests.services.conftest import NewAccount, NewContact

TODAY = date.today()


def test_nps_categories() -> None:
    assert [nps_category(n) for n in (0, 6, 7, 8, 9, 10)] == [
        "detractor", "detractor", "passive", "passive", "promoter", "promoter"]
    assert nps_category(None) is None and nps_category(float("nan")) is None


def test_recent_responses(db: Database, new_account: NewAccount,
                          new_contact: NewContact) -> None:
    account = new_account("R1", tier="A", owner="Li Wei")
    boss = new_contact(account, "Boss", role="decision_maker")
    old = record_survey(db, account, {"contact_id": boss, "nps": 9,
                                      "response_date": TODAY - timedelta(days=200)}, today=TODAY)
    new = record_survey(db, account, {"nps": 5, "csat": 3, "comment": "Slow",
                                      "response_date": TODAY - timedelta(days=2)}, today=TODAY)
    gone = record_survey(db, account, {"nps": 1, "response_date": TODAY}, today=TODAY)
    delete_survey(db, gone.id)
    with db.unit_of_work() as uow:
        recent = recent_responses(uow, today=TODAY, days=90)
        everything = recent_responses(uow, today=TODAY, days=None)
    assert list(recent.columns) == list(RESPONSE_COLUMNS)
    assert recent["id"].tolist() == [new.id]
    row = recent.iloc[0]
    assert (row["code"], row["tier"], row["owner"], row["contact"], row["category"],
            row["comment"]) == ("R1", "A", "Li Wei", None, "detractor", "Slow")
    assert np.isnan(row["score_quality"])
    assert everything["id"].tolist() == [new.id, old.id]
    assert everything.iloc[1]["role"] == "decision_maker"
    assert everything.iloc[1]["category"] == "promoter"


def test_one_row_per_alert(db: Database, new_account: NewAccount,
                           new_contact: NewContact) -> None:
    account = new_account("A1", tier="S")
    boss = new_contact(account, "Boss", role="decision_maker")
    user = new_contact(account, "User", role="user")
    for contact, answers in ((boss, ((9, 5), (4, 3))), (user, ((8, 4), (8, 4)))):
        for days, (nps, csat) in zip((100, 5), answers, strict=True):
            record_survey(db, account, {"contact_id": contact, "nps": nps, "csat": csat,
                                        "response_date": TODAY - timedelta(days=days)},
                          today=TODAY)
    calm = new_account("B1", tier="B")
    record_survey(db, calm, {"nps": 10, "response_date": TODAY}, today=TODAY)
    alerts = satisfaction_alerts(db, today=TODAY)
    assert list(alerts.columns) == list(ALERT_COLUMNS)
    rows = alerts[["code", "rule", "measure", "before", "after", "contact"]].fillna(-1)
    assert rows.to_dict("records") == [  # by tier, code, rule, measure; -1: no "before"
        {"code": "A1", "rule": "detractor_decision_maker", "measure": "nps", "before": -1.0,
         "after": 4.0, "contact": "Boss"},
        {"code": "A1", "rule": "falling_satisfaction", "measure": "csat", "before": 5.0,
         "after": 3.0, "contact": "Boss"},
        {"code": "A1", "rule": "falling_satisfaction", "measure": "nps", "before": 9.0,
         "after": 4.0, "contact": "Boss"},
    ]
    assert set(alerts["date"]) == {TODAY - timedelta(days=5)}
    # The same alerts as the account's own list.
    with db.unit_of_work() as uow:
        items = account_alerts(uow, account, today=TODAY)
    assert sorted((i.rule.value, i.params.get("measure", "nps")) for i in items) == sorted(
        zip(rows["rule"], rows["measure"], strict=True))
    # A bigger threshold silences the CSAT fall (5 → 3 is 2 points).
    strict = satisfaction_alerts(db, today=TODAY, rules=AttentionRules(csat_drop=3))
    assert "csat" not in set(strict.loc[strict["rule"] == Rule.FALLING_SATISFACTION.value,
                                        "measure"])


def test_the_demo_overview(db: Database) -> None:
    generate_demo(db, accounts=100, seed=5, as_of=TODAY)
    overview = survey_overview(db, today=TODAY, days=365)
    assert len(overview.responses) > 0 and len(overview.alerts) > 0
    assert overview.alert_accounts == overview.alerts["account_id"].nunique()
    assert (overview.responses["response_date"] >= TODAY - timedelta(days=365)).all()
    some = overview.alerts["account_id"].iloc[0]
    with db.unit_of_work() as uow:
        items = account_alerts(uow, some, today=TODAY)
    mine = overview.alerts[overview.alerts["account_id"] == some]
    assert len(items) == len(mine)


def test_trend_of_one_respondent(db: Database, new_account: NewAccount,
                                 new_contact: NewContact) -> None:
    account = new_account("T1")
    wu = new_contact(account, "Wu")
    record_survey(db, account, {"contact_id": wu, "nps": 10,
                                "response_date": TODAY - timedelta(days=1)}, today=TODAY)
    record_survey(db, account, {"nps": 0, "response_date": TODAY - timedelta(days=1)},
                  today=TODAY)
    with db.unit_of_work() as uow:
        everyone = satisfaction_trend(uow, account, period="year")
        only_wu = satisfaction_trend(uow, account, period="year", contact_id=wu)
        anonymous = satisfaction_trend(uow, account, period="year", contact_id="")
    assert everyone["nps"].tolist() == [0.0]  # one promoter, one detractor
    assert only_wu["nps"].tolist() == [100.0]
    assert anonymous["nps"].tolist() == [-100.0]
