"""Helpers for the editing, attention and dashboard tests: accounts and contacts made through
the services, and tiers given by a manual override (no classification run needed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kam_desktop.services.account_editing import create_account
from kam_desktop.services.classification import set_override
from kam_desktop.services.contacts import create_contact
from kam_desktop.storage.database import Database

NewAccount = Callable[..., str]
NewContact = Callable[..., str]


@pytest.fixture
def new_account(db: Database) -> NewAccount:
    """`new_account("A1", tier="S", name=…)` → the account id."""
    def make(code: str = "A1", *, tier: str | None = None, **values: Any) -> str:
        values.setdefault("name", f"Account {code}")
        edit = create_account(db, {"code": code, **values})
        if tier is not None:
            set_override(db, code, tier, "test", user="test")
        return edit.id

    return make


@pytest.fixture
def new_contact(db: Database) -> NewContact:
    """`new_contact(account_id, "Zhang", role=…, relationship_strength=…)` → the contact id."""
    def make(account_id: str, name: str = "Zhang Wei", **values: Any) -> str:
        return create_contact(db, account_id, {"name": name, **values}).id

    return make
