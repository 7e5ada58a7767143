"""The Accounts page's fast row loading equals `account_table` (the reference query)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kam_desktop.services.account_editing import delete_account
from kam_desktop.services.account_list import search_haystack
from kam_desktop.services.account_rows import (
    ROW_COLUMNS,
    contact_columns,
    first_account_rows,
    load_account_rows,
    row_haystack,
)
from kam_desktop.services.accounts import account_table
from kam_desktop.services.classification import BALANCED_SCORECARD, classify, set_override
from kam_desktop.services.contacts import delete_contact, list_contacts
from kam_desktop.services.demo import generate_demo
from kam_desktop.storage.database import Database
from tests.services.conftest import NewAccount, NewContact


def plain(frame: pd.DataFrame) -> list[list[object]]:
    """Rows as plain values (NaN → None); contact names as sorted lists (their order within
    an account is not defined)."""
    out = frame.astype(object).where(frame.notna(), None)
    rows = out.to_numpy().tolist()
    if "contact_names" in out:
        names = list(out.columns).index("contact_names")
        for row in rows:
            if row[names] is not None:
                row[names] = sorted(row[names].split(", "))
    return rows


def reference(db: Database, include_deleted: bool = True) -> pd.DataFrame:
    with db.unit_of_work() as uow:
        frame = account_table(uow, include_deleted=include_deleted, contact_names=True)
    return frame[list(ROW_COLUMNS)]


def test_equals_account_table_on_a_classified_demo(db: Database) -> None:
    generate_demo(db, accounts=60, seed=3)
    classify(db, BALANCED_SCORECARD)
    frame = load_account_rows(db)
    code = frame["code"].iloc[5]
    set_override(db, code, "S", "reference customer", user="test")
    with db.unit_of_work() as uow:
        first_id = frame["id"].iloc[0]
        contact = list_contacts(uow, first_id)[0]
    delete_contact(db, contact.id)
    delete_account(db, frame["id"].iloc[1])

    frame = load_account_rows(db)
    assert list(frame.columns) == list(ROW_COLUMNS)
    assert plain(frame) == plain(reference(db))
    assert frame.loc[frame["code"] == code, "tier"].item() == "S"  # the override wins
    assert frame["deleted"].tolist().count(True) == 1
    live = load_account_rows(db, include_deleted=False)
    assert plain(live) == plain(reference(db, include_deleted=False))
    assert frame["tier"].notna().sum() > 40  # classified (inactive accounts are not)


def test_first_rows(db: Database, new_account: NewAccount, new_contact: NewContact) -> None:
    ids = [new_account(f"K{i:02d}", tier="A" if i % 2 else None) for i in range(12)]
    new_contact(ids[0], "Zhang Wei")
    new_contact(ids[0], "Li Na", active=False)
    delete_account(db, ids[1])
    first = first_account_rows(db, 5)
    assert plain(first) == plain(reference(db, include_deleted=False).head(5))
    assert first["contacts"].iloc[0] == 1  # active contacts counted, every name searchable
    assert sorted(first["contact_names"].iloc[0].split(", ")) == ["Li Na", "Zhang Wei"]
    with_deleted = first_account_rows(db, 5, include_deleted=True)
    assert plain(with_deleted) == plain(reference(db).head(5))


def test_empty_database(db: Database) -> None:
    frame = load_account_rows(db)
    assert list(frame.columns) == list(ROW_COLUMNS) and frame.empty
    assert first_account_rows(db, 10).empty
    assert row_haystack(frame).empty


def test_haystack_equals_the_services(db: Database) -> None:
    generate_demo(db, accounts=30, seed=5)
    frame = load_account_rows(db)
    frame.loc[3, "name"] = "ÉCOLE Ünited"  # lower-casing beyond ASCII
    frame.loc[4, "contact_names"] = float("nan")  # missing, however spelled
    frame.loc[5, "contact_names"] = None
    assert row_haystack(frame).tolist() == search_haystack(frame).tolist()


def test_contacts_can_come_later(db: Database, new_account: NewAccount,
                                 new_contact: NewContact) -> None:
    first = new_account("K1")
    new_account("K2")
    new_contact(first, "Zhang Wei")
    new_contact(first, "Li Na", active=False)
    full = load_account_rows(db)
    bare = load_account_rows(db, contacts=False)
    assert bare["contacts"].isna().all() and bare["contact_names"].isna().all()
    assert plain(bare.drop(columns=["contacts", "contact_names"])) == \
        plain(full.drop(columns=["contacts", "contact_names"]))
    counts, names = contact_columns(db, bare["id"].to_numpy(dtype=object))
    assert counts.tolist() == full["contacts"].tolist() == [1, 0]
    assert sorted(names[0].split(", ")) == ["Li Na", "Zhang Wei"] and names[1] is None
    assert contact_columns(db, np.array([], dtype=object))[0].tolist() == []
