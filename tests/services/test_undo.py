"""Undo and redo of every kind of edit through `undo_edit`."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kam_desktop.errors import RefusedError
from kam_desktop.services.account_editing import (
    create_account,
    delete_account,
    get_account_record,
    update_account,
)
from kam_desktop.services.contacts import get_contact, update_contact
from kam_desktop.services.edits import Action
from kam_desktop.services.surveys import get_survey, record_survey
from kam_desktop.services.undo import undo_edit
from kam_desktop.services.visits import get_visit, log_visit, update_visit
from kam_desktop.storage.database import Database
from tests.services.conftest import NewAccount, NewContact


def test_update_undo_redo(db: Database, new_account: NewAccount) -> None:
    account = new_account("A1", name="Alpha", value_fit=2)
    edit = update_account(db, account, {"name": "Alpha Ltd", "value_fit": 4})
    inverse = undo_edit(db, edit)
    assert inverse.before == edit.after and inverse.after == edit.before
    with db.unit_of_work() as uow:
        assert get_account_record(uow, account).name == "Alpha"
    redo = undo_edit(db, inverse)
    with db.unit_of_work() as uow:
        record = get_account_record(uow, account)
    assert (record.name, record.value_fit) == ("Alpha Ltd", 4)
    assert redo.after == edit.after
    assert undo_edit(db, update_account(db, account, {"name": "Alpha Ltd"})).is_noop


def test_undo_refuses_to_overwrite_a_later_change(db: Database,
                                                  new_account: NewAccount) -> None:
    account = new_account("A1", name="Alpha")
    edit = update_account(db, account, {"name": "Beta"})
    update_account(db, account, {"name": "Gamma"})  # e.g. another window, an import
    with pytest.raises(RefusedError, match=r"changed since \(name\)"):
        undo_edit(db, edit)
    with db.unit_of_work() as uow:
        assert get_account_record(uow, account).name == "Gamma"


def test_create_and_delete_undo(db: Database) -> None:
    created = create_account(db, {"code": "A1", "name": "Alpha"})
    undone = undo_edit(db, created)
    assert undone.action is Action.DELETE
    redone = undo_edit(db, undone)
    assert redone.action is Action.RESTORE
    deleted = delete_account(db, created.id)
    undo_edit(db, deleted)
    with db.unit_of_work() as uow:
        assert get_account_record(uow, created.id).deleted_at is None


def test_children_undo(db: Database, new_account: NewAccount, new_contact: NewContact) -> None:
    account = new_account()
    boss, li = new_contact(account, "Boss"), new_contact(account, "Li")
    moved = update_contact(db, li, {"reports_to_id": boss, "relationship_strength": 4})
    undo_edit(db, moved)
    with db.unit_of_work() as uow:
        contact = get_contact(uow, li)
    assert (contact.reports_to_id, contact.relationship_strength) == (None, None)

    visit = log_visit(db, account, {"kind": "on_site", "visit_at": datetime(2026, 3, 2, 10),
                                    "participant_ids": [boss]}, today=date(2026, 3, 16))
    changed = update_visit(db, visit.id, {"participant_ids": [li], "summary": "Notes"},
                           today=date(2026, 3, 16))
    undo_edit(db, changed)
    with db.unit_of_work() as uow:
        again = get_visit(uow, visit.id)
    assert (again.participant_ids, again.summary) == ((boss,), None)
    undo_edit(db, visit)
    with db.unit_of_work() as uow:
        assert get_visit(uow, visit.id).deleted_at is not None

    survey = record_survey(db, account, {"contact_id": boss, "response_date": date(2026, 3, 1),
                                         "nps": 9}, today=date(2026, 3, 16))
    undo_edit(db, undo_edit(db, survey))
    with db.unit_of_work() as uow:
        assert get_survey(uow, survey.id).deleted_at is None
