"""Visit cadence from accounts and visits only (attention_subset), against the full attention
table; one account's status; the portfolio's overdue list; account lookup for pickers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd

from kam_desktop.services.account_editing import delete_account
from kam_desktop.services.account_lookup import account_choice, account_choices, find_account
from kam_desktop.services.attention import RULES, AttentionRules, Rule, attention_table
from kam_desktop.services.attention_subset import RULE_TABLES, attention_subset
from kam_desktop.services.classification import classify, ensure_builtin_policies
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.visit_cadence import OVERDUE_COLUMNS, overdue_accounts, visit_cadence
from kam_desktop.services.visits import log_visit, plan_visit
from kam_desktop.storage.database import Database
from tests.services.conftest import NewAccount

TODAY = date.today()


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def test_subsets_equal_the_full_table_for_their_rules(db: Database) -> None:
    generate_demo(db, accounts=150, seed=3, as_of=TODAY)
    ensure_builtin_policies(db)
    classify(db, "ABC by sales")  # tiers: cadences and single-threaded S/A accounts
    rules = AttentionRules(unclassified_cadence_days=45)
    full = attention_table(db, today=TODAY, rules=rules)
    for wanted in ([Rule.VISIT_OVERDUE, Rule.NO_CONTACT],
                   [Rule.FALLING_SATISFACTION, Rule.DETRACTOR_DECISION_MAKER],
                   [Rule.SINGLE_THREADED], [Rule.OVERDUE_RECEIVABLES], [Rule.SALES_DOWN]):
        part = attention_subset(db, wanted, today=TODAY, rules=rules)
        assert list(part.index) == list(full.index)
        for rule in RULES:
            expected = full[rule.value] if rule in wanted else np.zeros(len(full), bool)
            assert (part[rule.value].to_numpy() == np.asarray(expected)).all(), rule
        assert full[[r.value for r in wanted]].to_numpy().any(), wanted  # a real check
    figures = {"visits": ["last_visit", "days_since_visit", "next_visit", "last_contact"],
               "surveys": ["nps_latest", "csat_latest", "detractor_name", "nps_to"]}
    for table, columns in figures.items():
        rule = next(r for r, t in RULE_TABLES.items() if table in t)
        part = attention_subset(db, [rule], today=TODAY, rules=rules)
        pd.testing.assert_frame_equal(part[columns], full[columns])


def test_one_accounts_cadence(db: Database, new_account: NewAccount) -> None:
    account = new_account("S1", tier="S")
    with db.unit_of_work() as uow:
        fresh = visit_cadence(uow, account, today=TODAY)
    assert (fresh.tier, fresh.cadence_days, fresh.last_visit, fresh.overdue) == (
        "S", 30, None, False)
    assert fresh.days_since_visit == 0 and fresh.due == TODAY + timedelta(days=30)
    log_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY - timedelta(days=40))},
              today=TODAY)
    log_visit(db, account, {"kind": "phone", "visit_at": at(TODAY - timedelta(days=1))},
              today=TODAY)  # a call is not a visit
    plan_visit(db, account, {"kind": "on_site", "visit_at": at(TODAY + timedelta(days=3))},
               today=TODAY)
    status = visit_cadence(db, account, today=TODAY)  # a Database works as well
    assert status.overdue and status.days_overdue == 10 and status.days_since_visit == 40
    assert status.last_visit == at(TODAY - timedelta(days=40))
    assert status.next_visit == at(TODAY + timedelta(days=3))
    assert status.due == TODAY - timedelta(days=10)
    longer = AttentionRules(cadence_days={"S": 60})
    assert not visit_cadence(db, account, today=TODAY, rules=longer).overdue
    delete_account(db, account)
    gone = visit_cadence(db, account, today=TODAY)
    assert not gone.in_scope and gone.cadence_days is None


def test_overdue_accounts_most_urgent_first(db: Database, new_account: NewAccount) -> None:
    accounts = {code: new_account(code, tier=tier, owner=owner)
                for code, tier, owner in (("B1", "B", "Li"), ("S1", "S", "Wang"),
                                          ("S2", "S", "Li"), ("C1", "C", "Li"))}
    for code, days in (("B1", 100), ("S1", 40), ("S2", 70), ("C1", 100)):
        log_visit(db, accounts[code], {"kind": "video",
                                       "visit_at": at(TODAY - timedelta(days=days))},
                  today=TODAY)
    frame = overdue_accounts(db, today=TODAY)
    assert list(frame.columns) == list(OVERDUE_COLUMNS)
    assert frame["code"].tolist() == ["S2", "S1", "B1"]  # C1: 100 < 180
    assert frame["days_overdue"].tolist() == [40, 10, 10]
    assert frame["account_id"].tolist() == [accounts["S2"], accounts["S1"], accounts["B1"]]
    assert overdue_accounts(db, today=TODAY, owner="Li")["code"].tolist() == ["S2", "B1"]
    with db.unit_of_work() as uow:
        full = attention_table(uow, today=TODAY)
    assert set(frame["account_id"]) == set(full.index[full[Rule.VISIT_OVERDUE.value]])


def test_account_lookup(db: Database, new_account: NewAccount) -> None:
    alpha = new_account("A01", name="Alpha Works")
    new_account("B01", name="Beta")
    twin = new_account("T01", name="Twin")
    new_account("T02", name="Twin")
    with db.unit_of_work() as uow:
        frame = account_choices(uow)
        assert frame["label"].tolist() == ["A01 — Alpha Works", "B01 — Beta", "T01 — Twin",
                                           "T02 — Twin"]
        assert find_account(uow, "a01").id == alpha  # a code, any case
        assert find_account(uow, "A01 — Alpha Works").id == alpha  # a picker label
        assert find_account(uow, "Alpha Works").id == alpha  # a unique name
        assert find_account(uow, "Twin") is None  # two accounts have it
        assert find_account(uow, "T01 — Twin").id == twin
        assert find_account(uow, "  ") is None and find_account(uow, "nobody") is None
        assert account_choice(uow, alpha).label == "A01 — Alpha Works"
    delete_account(db, alpha)
    with db.unit_of_work() as uow:
        assert find_account(uow, "A01") is None
        assert account_choice(uow, alpha).deleted
        assert "A01 — Alpha Works" not in account_choices(uow)["label"].tolist()
