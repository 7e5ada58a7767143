"""Creating, editing, deleting and restoring accounts, with every validation error."""

from __future__ import annotations

from typing import Any

import pytest

from kam_desktop.errors import InvalidInputError, NotFoundError, RefusedError
from kam_desktop.services.account_editing import (
    ACCOUNT_FIELDS,
    create_account,
    delete_account,
    find_account_id,
    get_account_record,
    restore_account,
    update_account,
)
from kam_desktop.services.accounts import account_table
from kam_desktop.services.edits import Action, EntityKind
from kam_desktop.services.validation import FieldErrors
from kam_desktop.storage.database import Database
from tests.services.conftest import NewAccount

FULL = {
    "code": " 007850 ", "name": "Zhongda Machinery 中大机械", "industry": "制造业",
    "segment": "Large", "region": "华东", "city": "上海", "address": "1 Road", "website":
    "https://zhongda.example.cn", "owner": "李明", "status": "active", "company_size": "1,200",
    "company_profit": -5000, "annual_revenue": 2.5e9, "value_fit": 5, "procurement_fit": "4",
    "growth_potential": 3, "influence": 1, "notes": "Line one\nline two",
}


def count(db: Database) -> int:
    with db.unit_of_work() as uow:
        return len(account_table(uow, include_deleted=True))


def test_create_with_every_field(db: Database) -> None:
    edit = create_account(db, FULL)
    assert edit.entity is EntityKind.ACCOUNT and edit.action is Action.CREATE
    assert edit.before == {}
    assert edit.label == "Account 007850 Zhongda Machinery 中大机械"
    with db.unit_of_work() as uow:
        record = get_account_record(uow, edit.id)
        assert find_account_id(uow, "007850") == edit.id
    assert record.code == "007850"  # stripped, leading zeros kept
    assert record.company_size == 1200
    assert record.procurement_fit == 4
    assert record.notes == "Line one\nline two"
    assert record.values() == edit.after
    assert set(edit.after) == set(ACCOUNT_FIELDS)


def test_blank_optional_fields_are_none_and_status_defaults(db: Database) -> None:
    edit = create_account(db, {"code": "A1", "name": "Alpha", "industry": "  ", "value_fit": ""})
    assert edit.after["industry"] is None
    assert edit.after["value_fit"] is None
    assert edit.after["status"] == "active"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("code", "", "Code is required."),
    ("code", "x" * 65, "Code has 65 characters; at most 64 fit."),
    ("name", "   ", "Name is required."),
    ("name", "Two\nlines", "Name must be on one line."),
    ("industry", "i" * 101, "Industry has 101 characters; at most 100 fit."),
    ("status", "closed", "Status must be one of active, inactive, prospect (not 'closed')."),
    ("company_size", -1, "Company size (employees) must be 0 or more."),
    ("company_size", 1.5, "Company size (employees) must be a whole number (not 1.5)."),
    ("company_size", True, "Company size (employees) must be a whole number (not True)."),
    ("annual_revenue", -0.01, "Annual revenue must be 0 or more."),
    ("company_profit", "lots", "Company profit must be a number (not 'lots')."),
    ("value_fit", 0, "Value positioning fit must be from 1 to 5."),
    ("procurement_fit", 6, "Procurement standards fit must be from 1 to 5."),
    ("growth_potential", "high", "Growth potential must be a whole number (not 'high')."),
    ("influence", 4.5, "Industry influence must be a whole number (not 4.5)."),
    ("website", "not a site", "Website 'not a site' is not a web address"),
    ("notes", "bell\x07", "Notes contains a control character."),
])
def test_each_validation_error(db: Database, field: str, value: Any, message: str) -> None:
    values = {"code": "A1", "name": "Alpha", field: value}
    with pytest.raises(FieldErrors) as caught:
        create_account(db, values)
    assert list(caught.value.errors) == [field]
    assert caught.value.errors[field].startswith(message)
    assert isinstance(caught.value, InvalidInputError)
    assert count(db) == 0


def test_all_errors_at_once(db: Database) -> None:
    with pytest.raises(FieldErrors) as caught:
        create_account(db, {"code": "", "name": "", "value_fit": 9, "status": "x"})
    assert set(caught.value.errors) == {"code", "name", "value_fit", "status"}
    assert "code: Code is required." in str(caught.value)


def test_unknown_field_is_a_bug_not_a_user_error(db: Database) -> None:
    with pytest.raises(ValueError, match="no field colour"):
        create_account(db, {"code": "A1", "name": "A", "colour": "red"})


def test_duplicate_code(db: Database, new_account: NewAccount) -> None:
    new_account("A1", name="Alpha")
    with pytest.raises(FieldErrors) as caught:
        create_account(db, {"code": "A1", "name": "Other"})
    assert caught.value.errors == {"code": "Code A1 is already used by 'Alpha'."}
    second = new_account("A2")
    with pytest.raises(FieldErrors, match="already used"):
        update_account(db, second, {"code": "A1"})
    assert count(db) == 2


def test_code_of_a_deleted_account_says_restore(db: Database, new_account: NewAccount) -> None:
    delete_account(db, new_account("A1", name="Alpha"))
    with pytest.raises(FieldErrors) as caught:
        create_account(db, {"code": "A1", "name": "Other"})
    assert "deleted account 'Alpha'" in caught.value.errors["code"]


def test_update_returns_previous_values(db: Database, new_account: NewAccount) -> None:
    account = new_account("A1", name="Alpha", value_fit=2)
    edit = update_account(db, account, {"name": "Alpha Ltd", "value_fit": "3", "region": ""})
    assert edit.action is Action.UPDATE
    assert edit.before == {"name": "Alpha", "value_fit": 2}
    assert edit.after == {"name": "Alpha Ltd", "value_fit": 3}
    # Keeping its own code is not a duplicate; an unchanged save is a no-op.
    same = update_account(db, account, {"code": "A1", "name": "Alpha Ltd"})
    assert same.is_noop
    with pytest.raises(FieldErrors):
        update_account(db, account, {"value_fit": 7})
    with db.unit_of_work() as uow:
        assert get_account_record(uow, account).value_fit == 3


def test_delete_and_restore(db: Database, new_account: NewAccount) -> None:
    account = new_account("A1")
    deleted = delete_account(db, account)
    assert deleted.action is Action.DELETE
    assert deleted.before == {"deleted_at": None}
    assert deleted.after["deleted_at"] is not None
    with db.unit_of_work() as uow:
        assert account_table(uow).empty
        table = account_table(uow, include_deleted=True)
        assert table["deleted"].tolist() == [True]
        assert get_account_record(uow, account).deleted_at is not None
    with pytest.raises(RefusedError, match="already deleted"):
        delete_account(db, account)
    with pytest.raises(NotFoundError, match="restore it first"):
        update_account(db, account, {"name": "X"})
    restored = restore_account(db, account)
    assert restored.action is Action.RESTORE
    assert restored.after == {"deleted_at": None}
    with db.unit_of_work() as uow:
        assert account_table(uow)["code"].tolist() == ["A1"]
    with pytest.raises(RefusedError, match="not deleted"):
        restore_account(db, account)


def test_unknown_ids(db: Database) -> None:
    with pytest.raises(NotFoundError):
        update_account(db, "not-an-id", {"name": "X"})
    with pytest.raises(NotFoundError):
        delete_account(db, "0" * 32)
    with db.unit_of_work() as uow, pytest.raises(NotFoundError):
        find_account_id(uow, "NOPE")
