"""Survey responses: validation, trends, and the alerts they raise."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kam_desktop.services.attention import AttentionRules, Rule, attention_table
from kam_desktop.services.surveys import (
    delete_survey,
    list_surveys,
    record_survey,
    satisfaction_trend,
    survey_alerts,
    update_survey,
)
from kam_desktop.services.validation import FieldErrors
from kam_desktop.storage.database import Database
from tests.services.conftest import NewAccount, NewContact

TODAY = date(2026, 3, 16)


def day(n: int) -> date:
    return TODAY - timedelta(days=n)


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"nps": 11}, "nps", "NPS must be from 0 to 10."),
    ({"nps": -1}, "nps", "NPS must be from 0 to 10."),
    ({"csat": 0}, "csat", "CSAT must be from 1 to 5."),
    ({"score_price": 6}, "score_price", "Price must be from 1 to 5."),
    ({"nps": None}, "nps", "Give at least one score"),
    ({"response_date": TODAY + timedelta(days=1)}, "response_date", "The response date"),
    ({"channel": "fax"}, "channel", "Channel must be one of"),
])
def test_survey_validation(db: Database, new_account: NewAccount, values: dict[str, object],
                           field: str, message: str) -> None:
    account = new_account()
    with pytest.raises(FieldErrors) as caught:
        record_survey(db, account, {"response_date": TODAY, "nps": 8, **values}, today=TODAY)
    assert caught.value.errors[field].startswith(message)


def test_contact_must_be_of_the_account(db: Database, new_account: NewAccount,
                                        new_contact: NewContact) -> None:
    a, b = new_account("A1"), new_account("B1")
    other = new_contact(b)
    with pytest.raises(FieldErrors, match="choose a contact of this account"):
        record_survey(db, a, {"contact_id": other, "response_date": TODAY, "nps": 9},
                      today=TODAY)


def alerts(db: Database, account: str) -> list[Rule]:
    with db.unit_of_work() as uow:
        return [i.rule for i in survey_alerts(uow, account, today=TODAY)]


def test_detractor_decision_maker_raises_the_alert(db: Database, new_account: NewAccount,
                                                   new_contact: NewContact) -> None:
    account = new_account()
    dm = new_contact(account, "Boss", role="decision_maker")
    user = new_contact(account, "User", role="user")
    record_survey(db, account, {"contact_id": user, "response_date": day(3), "nps": 2},
                  today=TODAY)
    assert alerts(db, account) == []  # a detractor, but not a decision maker
    edit = record_survey(db, account, {"contact_id": dm, "response_date": day(2), "nps": 6,
                                       "csat": 3, "comment": "Slow delivery"}, today=TODAY)
    assert alerts(db, account) == [Rule.DETRACTOR_DECISION_MAKER]
    with db.unit_of_work() as uow:
        [item] = survey_alerts(uow, account, today=TODAY)
        assert attention_table(uow, today=TODAY).loc[account, "detractor_name"] == "Boss"
    assert item.message == f"Decision maker Boss is a detractor (NPS 6 on {day(2)})."
    # The decision maker answers again, as a passive: no more alert.
    record_survey(db, account, {"contact_id": dm, "response_date": day(1), "nps": 7},
                  today=TODAY)
    assert alerts(db, account) == []
    delete_survey(db, edit.id)
    assert alerts(db, account) == []
    # Answers older than survey_max_age_days raise nothing.
    old = new_account("OLD")
    old_dm = new_contact(old, "Old boss", role="decision_maker")
    record_survey(db, old, {"contact_id": old_dm, "response_date": day(400), "nps": 1},
                  today=TODAY)
    assert alerts(db, old) == []


def test_falling_nps_against_the_same_respondent(db: Database, new_account: NewAccount,
                                                 new_contact: NewContact) -> None:
    account = new_account()
    li, wang = new_contact(account, "Li"), new_contact(account, "Wang")
    record_survey(db, account, {"contact_id": li, "response_date": day(200), "nps": 9,
                                "csat": 5}, today=TODAY)
    record_survey(db, account, {"contact_id": wang, "response_date": day(10), "nps": 5},
                  today=TODAY)
    assert alerts(db, account) == []  # Wang's 5 is not a fall from Li's 9
    second = record_survey(db, account, {"contact_id": li, "response_date": day(5), "nps": 8,
                                         "csat": 5}, today=TODAY)
    assert alerts(db, account) == []  # one point: below the default drop of 2
    update_survey(db, second.id, {"nps": 6, "csat": 4}, today=TODAY)
    with db.unit_of_work() as uow:
        items = survey_alerts(uow, account, today=TODAY)
        strict = survey_alerts(uow, account, today=TODAY,
                               rules=AttentionRules(nps_drop=4, csat_drop=2))
    assert [i.message for i in items] == [
        f"NPS fell from 9 to 6 (Li, {day(5)}).", f"CSAT fell from 5 to 4 (Li, {day(5)})."]
    assert items[0].params["before"] == 9 and items[0].params["after"] == 6
    assert strict == []
    # A response without a score for NPS keeps the comparison with the last NPS given.
    record_survey(db, account, {"contact_id": li, "response_date": day(1), "csat": 4},
                  today=TODAY)
    assert alerts(db, account) == [Rule.FALLING_SATISFACTION]


def test_trend_by_quarter(db: Database, new_account: NewAccount,
                          new_contact: NewContact) -> None:
    account = new_account()
    people = [new_contact(account, f"P{i}") for i in range(3)]
    answers = [  # (date, nps, csat, quality)
        (date(2025, 1, 10), 10, 5, 5), (date(2025, 2, 10), 9, 4, None),
        (date(2025, 3, 30), 3, 2, 2), (date(2025, 7, 1), 8, None, 4),
    ]
    for (when, nps, csat, quality), person in zip(answers, people * 2, strict=False):
        record_survey(db, account, {"contact_id": person, "response_date": when, "nps": nps,
                                    "csat": csat, "score_quality": quality}, today=TODAY)
    with db.unit_of_work() as uow:
        trend = satisfaction_trend(uow, account)
        yearly = satisfaction_trend(uow, account, period="year")
        listed = list_surveys(uow, account)
    assert trend["period"].tolist() == [date(2025, 1, 1), date(2025, 7, 1)]
    assert trend["responses"].tolist() == [3, 1]
    first = trend.iloc[0]
    assert first["nps"] == pytest.approx(100 * (2 / 3 - 1 / 3))
    assert first["nps_avg"] == pytest.approx(22 / 3)
    assert first["csat"] == pytest.approx(11 / 3)
    assert first["score_quality"] == pytest.approx(3.5)
    assert (first["promoters"], first["passives"], first["detractors"]) == (2, 0, 1)
    assert trend.iloc[1]["nps"] == 0.0
    assert yearly["responses"].tolist() == [4]
    assert listed["response_date"].tolist() == [a[0] for a in reversed(answers)]
    with db.unit_of_work() as uow:
        assert satisfaction_trend(uow, new_account("EMPTY")).empty
