"""Visits: logging, planning, completing, validation, cadence overdue and the agenda."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kam_desktop.services.attention import Rule, account_attention, attention_table
from kam_desktop.services.validation import FieldErrors
from kam_desktop.services.visits import (
    agenda,
    cancel_visit,
    complete_visit,
    delete_visit,
    get_visit,
    list_visits,
    log_visit,
    plan_visit,
    update_visit,
)
from kam_desktop.storage.database import Database
from tests.services.conftest import NewAccount, NewContact

TODAY = date.today()  # accounts are created now: "never visited" counts from today
WEDNESDAY = date(2026, 3, 18)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def overdue(db: Database, account: str, today: date = TODAY) -> bool:
    with db.unit_of_work() as uow:
        return bool(attention_table(uow, today=today).loc[account, Rule.VISIT_OVERDUE.value])


def test_logging_a_visit_clears_the_overdue_flag(db: Database, new_account: NewAccount,
                                                 new_contact: NewContact) -> None:
    account = new_account("S1", tier="S")  # cadence 30 days
    zhang = new_contact(account, "Zhang")
    assert not overdue(db, account)  # created today: not due yet
    log_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY - timedelta(days=45)),
                            "purpose": "Quarterly review"}, today=TODAY)
    assert overdue(db, account)
    with db.unit_of_work() as uow:
        [item] = [i for i in account_attention(uow, account, today=TODAY)
                  if i.rule is Rule.VISIT_OVERDUE]
    assert item.message.startswith("Last visit 45 days ago")
    assert "tier S calls for one every 30 days. No visit is planned." in item.message
    assert item.params["cadence"] == 30
    # A phone call is contact, not a visit: still overdue.
    log_visit(db, account, {"kind": "phone", "visit_at": at(TODAY - timedelta(days=1))},
              today=TODAY)
    assert overdue(db, account)
    edit = log_visit(db, account, {
        "kind": "on_site", "visit_at": at(TODAY, 9), "purpose": "Review", "summary": "Went well",
        "outcome": "Order expected", "next_steps": "Send offer",
        "follow_up_date": TODAY + timedelta(days=7), "participant_ids": [zhang],
    }, today=TODAY)
    assert not overdue(db, account)
    with db.unit_of_work() as uow:
        visit = get_visit(uow, edit.id)
    assert visit.status == "done" and visit.participant_names == ("Zhang",)
    # Unclassified accounts have no cadence rule.
    plain = new_account("U1")
    log_visit(db, plain, {"kind": "on_site", "visit_at": at(TODAY - timedelta(days=400))},
              today=TODAY)
    assert not overdue(db, plain)


def test_cadence_per_tier(db: Database, new_account: NewAccount) -> None:
    days_ago = 70
    accounts = {tier: new_account(f"T{tier}", tier=tier) for tier in "SABC"}
    for account in accounts.values():
        log_visit(db, account, {"kind": "video", "visit_at": at(TODAY - timedelta(days_ago))},
                  today=TODAY)
    assert {t: overdue(db, a) for t, a in accounts.items()} == {
        "S": True, "A": True, "B": False, "C": False}


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"kind": "lunch"}, "kind", "Kind must be one of on_site"),
    ({"visit_at": None}, "visit_at", "Date and time is required."),
    ({"visit_at": "tomorrow"}, "visit_at", "Date and time must be a date and time"),
    ({"visit_at": at(TODAY + timedelta(days=1))}, "visit_at", "A visit on"),
    ({"follow_up_date": TODAY - timedelta(days=30)}, "follow_up_date",
     "The follow-up"),
    ({"purpose": "p" * 301}, "purpose", "Purpose has 301 characters"),
    ({"participant_ids": ["0" * 32]}, "participant_ids", "Participants: choose contacts"),
])
def test_visit_validation(db: Database, new_account: NewAccount, values: dict[str, object],
                          field: str, message: str) -> None:
    account = new_account()
    visit = {"kind": "on_site", "visit_at": at(TODAY - timedelta(days=1)), **values}
    with pytest.raises(FieldErrors) as caught:
        log_visit(db, account, visit, today=TODAY)
    assert caught.value.errors[field].startswith(message)


def test_participants_must_belong_to_the_account(db: Database, new_account: NewAccount,
                                                 new_contact: NewContact) -> None:
    a, b = new_account("A1"), new_account("B1")
    stranger = new_contact(b, "Stranger")
    with pytest.raises(FieldErrors, match="choose contacts of this account"):
        log_visit(db, a, {"kind": "phone", "visit_at": at(TODAY), "participant_ids": [stranger]},
                  today=TODAY)


def test_plan_complete_cancel(db: Database, new_account: NewAccount,
                              new_contact: NewContact) -> None:
    account = new_account()
    li, wang = new_contact(account, "Li"), new_contact(account, "Wang")
    planned = plan_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY + timedelta(3)),
                                       "purpose": "Demo", "participant_ids": [li]}, today=TODAY)
    assert planned.after["status"] == "planned"
    edit = update_visit(db, planned.id, {"participant_ids": [li, wang]}, today=TODAY)
    assert edit.before == {"participant_ids": (li,)}
    assert edit.after == {"participant_ids": tuple(sorted((li, wang)))}
    done = complete_visit(db, planned.id, outcome="Agreed", next_steps="Quote",
                          follow_up_date=TODAY + timedelta(days=10), today=TODAY,
                          now=datetime(2000, 1, 1, 15, 30))
    assert done.after["status"] == "done"
    assert done.after["visit_at"] == datetime.combine(TODAY, datetime(2000, 1, 1, 15, 30).time())
    with db.unit_of_work() as uow:
        frame = list_visits(uow, account)
    assert frame.loc[0, "status"] == "done"
    assert frame.loc[0, "participants"] in ("Li, Wang", "Wang, Li")
    assert frame.loc[0, "participant_ids"] == tuple(sorted((li, wang)))
    other = plan_visit(db, account, {"kind": "phone", "visit_at": at(TODAY + timedelta(5))},
                       today=TODAY)
    assert cancel_visit(db, other.id, today=TODAY).after == {"status": "cancelled"}
    delete_visit(db, other.id)
    with db.unit_of_work() as uow:
        assert len(list_visits(uow, account)) == 1
        assert len(list_visits(uow, account, include_deleted=True)) == 2


def test_agenda_buckets(db: Database, new_account: NewAccount) -> None:
    today = WEDNESDAY
    a = new_account("A1", tier="A", owner="Li")
    b = new_account("B1", owner="Wang")
    earlier = today - timedelta(days=20)

    def plan(account: str, day: date, purpose: str) -> str:
        return plan_visit(db, account, {"kind": "on_site", "visit_at": at(day),
                                        "purpose": purpose}, today=earlier).id

    plan(a, today - timedelta(days=2), "late, never done")
    plan(a, today, "today")
    plan(b, today + timedelta(days=2), "friday")  # this week
    plan(a, today + timedelta(days=6), "next tuesday")  # later
    plan(b, today + timedelta(days=40), "beyond the horizon")
    done_late = plan(b, today - timedelta(days=1), "done after all")
    complete_visit(db, done_late, summary="ok", today=today)
    # Follow-ups: one due today; one overdue but already followed by a later visit.
    log_visit(db, a, {"kind": "phone", "visit_at": at(today - timedelta(days=3)),
                      "purpose": "call", "follow_up_date": today}, today=today)
    log_visit(db, b, {"kind": "phone", "visit_at": at(today - timedelta(days=10)),
                      "purpose": "old call", "follow_up_date": today - timedelta(days=5)},
              today=today)
    with db.unit_of_work() as uow:
        result = agenda(uow, today=today)
        mine = agenda(uow, today=today, owner="Li")
    assert result.counts == {"overdue": 1, "today": 2, "this_week": 1, "later": 1}
    assert result.overdue["purpose"].tolist() == ["late, never done"]
    assert result.overdue["days_late"].tolist() == [2]
    assert sorted(zip(result.due_today["item"], result.due_today["purpose"], strict=True)) == [
        ("follow_up", "call"), ("visit", "today")]
    assert result.this_week["purpose"].tolist() == ["friday"]
    assert result.later["purpose"].tolist() == ["next tuesday"]
    assert result.due_today["tier"].tolist() == ["A", "A"]
    assert mine.counts == {"overdue": 1, "today": 2, "this_week": 0, "later": 1}
    # The old follow-up shows as overdue once the later visit is deleted.
    with db.unit_of_work() as uow:
        later_visit = list_visits(uow, b, status="done").loc[0, "id"]
    delete_visit(db, later_visit)
    with db.unit_of_work() as uow:
        assert agenda(uow, today=today).overdue["purpose"].tolist() == [
            "late, never done", "old call"]
