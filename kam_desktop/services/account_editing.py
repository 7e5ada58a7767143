"""Creating, editing, deleting and restoring accounts, with every field validated.

Accounts are addressed by id (32 hex digits, the `id` column of `account_table`): the code is
editable, the id is not. `find_account_id` turns a code into an id.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.errors import NotFoundError
from kam_desktop.models import Account
from kam_desktop.models.enums import AccountStatus
from kam_desktop.services.edits import (
    Edit,
    EntityKind,
    RecordSpec,
    create_record,
    load_record,
    set_deleted,
    update_record,
)
from kam_desktop.services.validation import Form
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

ACCOUNT_FIELDS = (
    "code", "name", "industry", "segment", "region", "city", "address", "website", "owner",
    "status", "company_size", "company_profit", "annual_revenue", "value_fit",
    "procurement_fit", "growth_potential", "influence", "notes",
)
RATING_LABELS = {
    "value_fit": "Value positioning fit",
    "procurement_fit": "Procurement standards fit",
    "growth_potential": "Growth potential",
    "influence": "Industry influence",
}
# A web address: optional scheme, a host with a dot, no spaces.
_WEBSITE = re.compile(r"^(https?://)?[^\s/@]+\.[^\s/@]{2,}(/\S*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class AccountRecord:
    """Every editable field of an account, for prefilling the account form."""

    id: str
    code: str
    name: str
    industry: str | None
    segment: str | None
    region: str | None
    city: str | None
    address: str | None
    website: str | None
    owner: str | None
    status: str
    company_size: int | None
    company_profit: float | None
    annual_revenue: float | None
    value_fit: int | None
    procurement_fit: int | None
    growth_potential: int | None
    influence: int | None
    notes: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    def values(self) -> dict[str, Any]:
        """The editable fields as a dict (what `update_account` takes)."""
        return {name: getattr(self, name) for name in ACCOUNT_FIELDS}


def _validate(session: Session, values: dict[str, Any], record: Account | None) -> dict[str, Any]:
    form = Form(values, what="account")
    code = form.text("code", "Code", required=True, max_length=64)
    form.text("name", "Name", required=True, max_length=200)
    for name, label in (("industry", "Industry"), ("segment", "Segment"), ("region", "Region"),
                        ("city", "City"), ("owner", "Owner")):
        form.text(name, label, max_length=100)
    form.text("address", "Address", max_length=300)
    website = form.text("website", "Website", max_length=300)
    if website is not None and "website" not in form.errors and not _WEBSITE.match(website):
        form.fail("website", f"Website {website!r} is not a web address (like www.example.com).")
    if values.get("status") is None:
        form.clean["status"] = AccountStatus.ACTIVE.value
    else:
        form.choice("status", "Status", AccountStatus, required=True)
    form.number("company_size", "Company size (employees)", minimum=0, integer=True)
    form.number("company_profit", "Company profit")
    form.number("annual_revenue", "Annual revenue", minimum=0)
    for name, label in RATING_LABELS.items():
        form.rating(name, label)
    form.text("notes", "Notes", multiline=True)
    if code is not None and "code" not in form.errors:
        _check_code_free(session, form, code, record)
    return form.check()


def _check_code_free(session: Session, form: Form, code: str, record: Account | None) -> None:
    """Codes are unique across all accounts, deleted ones included (the ERP reuses none)."""
    other = session.scalars(select(Account).where(Account.code == code)).first()
    if other is None or (record is not None and other.id == record.id):
        return
    if other.deleted_at is not None:
        form.fail("code", f"Code {code} belongs to the deleted account {other.name!r}; restore "
                          "that account or choose another code.")
    else:
        form.fail("code", f"Code {code} is already used by {other.name!r}.")


ACCOUNT_SPEC = RecordSpec(
    kind=EntityKind.ACCOUNT,
    model=Account,
    fields=ACCOUNT_FIELDS,
    validate=_validate,
    describe=lambda a: f"Account {a.code} {a.name}",
    account_of=lambda a: a.id,
)


def create_account(db: Database, values: Mapping[str, Any]) -> Edit:
    """A new account from a form: `values` maps field names of `ACCOUNT_FIELDS` to values
    (missing ones are empty; status defaults to active). Raises `FieldErrors`."""
    return create_record(db, ACCOUNT_SPEC, values)


def update_account(db: Database, account_id: str, changes: Mapping[str, Any], *,
                   expect: Mapping[str, Any] | None = None) -> Edit:
    """Change some fields; the returned Edit's `before` has the previous values (undo)."""
    return update_record(db, ACCOUNT_SPEC, account_id, changes, expect=expect)


def delete_account(db: Database, account_id: str) -> Edit:
    """Soft-delete: the account and everything under it disappear from every list and
    figure; `restore_account` brings it all back as it was."""
    return set_deleted(db, ACCOUNT_SPEC, account_id, True)


def restore_account(db: Database, account_id: str) -> Edit:
    return set_deleted(db, ACCOUNT_SPEC, account_id, False)


def get_account_record(uow: UnitOfWork, account_id: str) -> AccountRecord:
    """The account's editable fields (deleted accounts are found too)."""
    account = load_record(uow.session, ACCOUNT_SPEC, account_id)
    return AccountRecord(**{f.name: _out(getattr(account, f.name))
                            for f in fields(AccountRecord)})


def _out(value: Any) -> Any:
    return value.hex if isinstance(value, uuid.UUID) else value


def find_account_id(uow: UnitOfWork, code: str) -> str:
    """The id of the account with `code` (deleted accounts too)."""
    found = uow.session.scalar(select(Account.id).where(Account.code == code.strip()))
    if found is None:
        raise NotFoundError(f"No account with code {code!r}.")
    return found.hex


__all__ = [
    "ACCOUNT_FIELDS", "ACCOUNT_SPEC", "AccountRecord", "create_account", "delete_account",
    "find_account_id", "get_account_record", "restore_account", "update_account",
]
