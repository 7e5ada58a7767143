"""Contacts: validation, reports-to cycles, the relationship map, coverage, single-threaded."""

from __future__ import annotations

from datetime import date

import pytest

from kam_desktop.services.attention import Rule, attention_table
from kam_desktop.services.contacts import (
    buying_center_coverage,
    coverage_table,
    create_contact,
    delete_contact,
    get_contact,
    list_contacts,
    relationship_map,
    restore_contact,
    update_contact,
)
from kam_desktop.services.validation import FieldErrors
from kam_desktop.storage.database import Database
from tests.services.conftest import NewAccount, NewContact


@pytest.mark.parametrize(("field", "value", "message"), [
    ("name", "", "Name is required."),
    ("email", "zhang.example.com", "E-mail 'zhang.example.com' is not an e-mail address"),
    ("email", "a b@example.com", "E-mail 'a b@example.com' is not an e-mail address"),
    ("phone", "call me", "Phone 'call me' is not a phone number"),
    ("mobile", "123", "Mobile '123' is not a phone number"),
    ("role", "boss", "Role must be one of decision_maker"),
    ("attitude", "hostile", "Attitude must be one of supporter, neutral, opponent"),
    ("influence", 0, "Influence must be from 1 to 5."),
    ("relationship_strength", 6, "Relationship strength must be from 1 to 5."),
    ("active", "yes", "Active must be yes or no."),
])
def test_contact_validation(db: Database, new_account: NewAccount, field: str, value: object,
                            message: str) -> None:
    account = new_account()
    with pytest.raises(FieldErrors) as caught:
        create_contact(db, account, {"name": "Zhang", field: value})
    assert caught.value.errors[field].startswith(message)
    with db.unit_of_work() as uow:
        assert list_contacts(uow, account) == []


def test_good_formats(db: Database, new_account: NewAccount) -> None:
    account = new_account()
    edit = create_contact(db, account, {
        "name": "Zhang Wei 张伟", "email": "zhang.wei@zhongda.com.cn",
        "phone": "+86 21 6123-4567 ext. 12", "mobile": "13812345678", "role": "decision_maker",
        "attitude": "supporter", "influence": 5, "relationship_strength": "4",
    })
    with db.unit_of_work() as uow:
        contact = get_contact(uow, edit.id)
    assert contact.relationship_strength == 4 and contact.strong
    assert contact.active is True
    assert contact.account_id == account


def test_reports_to_must_be_of_the_same_account(db: Database, new_account: NewAccount,
                                                new_contact: NewContact) -> None:
    a, b = new_account("A1"), new_account("A2")
    other = new_contact(b, "Other")
    with pytest.raises(FieldErrors) as caught:
        create_contact(db, a, {"name": "Zhang", "reports_to_id": other})
    assert caught.value.errors == {"reports_to_id": "Reports to: choose a contact of this "
                                                    "account."}


def test_reports_to_cycles_are_refused(db: Database, new_account: NewAccount,
                                       new_contact: NewContact) -> None:
    account = new_account()
    boss = new_contact(account, "Boss")
    manager = new_contact(account, "Manager", reports_to_id=boss)
    worker = new_contact(account, "Worker", reports_to_id=manager)
    with pytest.raises(FieldErrors) as caught:
        update_contact(db, boss, {"reports_to_id": worker})
    assert caught.value.errors["reports_to_id"] == (
        "Reports to: Worker already reports (directly or indirectly) to Boss; that would make a "
        "circle.")
    with pytest.raises(FieldErrors, match="cannot report to themselves"):
        update_contact(db, boss, {"reports_to_id": boss})
    # Through a deleted contact too: restoring it must not close a circle later.
    delete_contact(db, manager)
    with pytest.raises(FieldErrors, match="circle"):
        update_contact(db, boss, {"reports_to_id": worker})
    with pytest.raises(FieldErrors, match="Manager is deleted"):
        update_contact(db, boss, {"reports_to_id": manager})
    # A legal move: the worker now reports to the boss directly.
    edit = update_contact(db, worker, {"reports_to_id": boss})
    assert edit.before == {"reports_to_id": manager} and edit.after == {"reports_to_id": boss}


def test_relationship_map(db: Database, new_account: NewAccount,
                          new_contact: NewContact) -> None:
    account = new_account()
    ceo = new_contact(account, "CEO", role="decision_maker", influence=5,
                      relationship_strength=4, attitude="supporter")
    cfo = new_contact(account, "CFO", role="economic_buyer", influence=4, reports_to_id=ceo)
    cto = new_contact(account, "CTO", role="technical_evaluator", influence=3,
                      reports_to_id=ceo)
    eng = new_contact(account, "Engineer", role="user", influence=2, reports_to_id=cto)
    loner = new_contact(account, "Consultant", influence=1)
    with db.unit_of_work() as uow:
        chart = relationship_map(uow, account)
    assert chart.roots == (ceo, loner)
    assert [n.name for n in chart.nodes] == ["CEO", "CFO", "CTO", "Engineer", "Consultant"]
    assert chart.levels == [[ceo, loner], [cfo, cto], [eng]]
    node = chart.node(ceo)
    assert node.children == (cfo, cto) and node.level == 0 and node.strong
    assert node.attitude == "supporter" and node.influence == 5
    # Tidy layout: leaves 1 apart, parents centred over their children.
    assert [chart.node(i).x for i in (cfo, eng, cto, ceo, loner)] == [0, 1, 1, 0.5, 2]
    assert chart.width == 3

    delete_contact(db, cto)  # the engineer now hangs under the CEO
    with db.unit_of_work() as uow:
        chart = relationship_map(uow, account)
    assert chart.node(eng).parent_id == ceo
    assert chart.node(eng).level == 1
    restore_contact(db, cto)
    with db.unit_of_work() as uow:
        assert relationship_map(uow, account).node(eng).parent_id == cto


def test_coverage_and_single_threaded_as_contacts_are_added(
        db: Database, new_account: NewAccount, new_contact: NewContact) -> None:
    account = new_account("S1", tier="S")
    today = date.today()

    def state() -> tuple[int, bool, bool, tuple[str, ...]]:
        with db.unit_of_work() as uow:
            cov = buying_center_coverage(uow, account)
            flag = bool(attention_table(uow, today=today)
                        .loc[account, Rule.SINGLE_THREADED.value])
            table = coverage_table(uow)
        assert table.loc[account, "strong_contacts"] == cov.strong_contacts
        assert table.loc[account, "covered_roles"] == cov.covered_roles
        return cov.strong_contacts, cov.single_threaded, flag, cov.missing_roles

    assert state()[:3] == (0, False, True)  # nobody: flagged too
    new_contact(account, "Weak", role="user", relationship_strength=2)
    assert state()[:3] == (0, False, True)
    dm = new_contact(account, "DM", role="decision_maker", relationship_strength=4)
    strong, single, flag, missing = state()
    assert (strong, single, flag) == (1, True, True)
    assert "decision_maker" not in missing and "user" in missing
    second = new_contact(account, "Buyer", role="economic_buyer", relationship_strength=3)
    assert state()[:3] == (2, False, False)
    update_contact(db, second, {"active": False})  # inactive contacts do not count
    assert state()[:3] == (1, True, True)
    update_contact(db, second, {"active": True})
    delete_contact(db, dm)
    assert state()[:3] == (1, True, True)
    with db.unit_of_work() as uow:
        cov = buying_center_coverage(uow, account)
    assert cov.strong_names == ("Buyer",)
    assert [r.role for r in cov.roles if r.covered] == ["economic_buyer"]
    assert cov.total_roles == 7


def test_single_threaded_is_only_flagged_for_s_and_a(db: Database, new_account: NewAccount,
                                                     new_contact: NewContact) -> None:
    b = new_account("B1", tier="B")
    new_contact(b, "Only", relationship_strength=5)
    with db.unit_of_work() as uow:
        assert not attention_table(uow).loc[b, Rule.SINGLE_THREADED.value]
