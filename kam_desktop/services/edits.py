"""What an edit changed, and the shared way accounts, contacts, visits and surveys are written.

Every editing service returns an `Edit`: which record, what it did, and the values before and
after. That is all an undo stack needs: `undo.undo_edit(db, edit)` applies the inverse and
returns the inverse `Edit` (undoing that is the redo). Deletes are soft (`deleted_at`), so undoing
a create is a delete, and undoing a delete is a restore; nothing is ever lost.

The record machinery below is generic over a `RecordSpec`, so each entity module only says what
its fields are and how they are validated; the transaction, the diff, the "changed since" check
and the soft delete are written once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from kam_desktop.errors import NotFoundError, RefusedError
from kam_desktop.models import Account, utcnow
from kam_desktop.services.validation import reject_unknown
from kam_desktop.storage.database import Database


class EntityKind(StrEnum):
    ACCOUNT = "account"
    CONTACT = "contact"
    VISIT = "visit"
    SURVEY = "survey"


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"


@dataclass(frozen=True)
class Edit:
    """One committed change of one record.

    `before` / `after` hold the fields that changed (a create: every field in `after` and
    nothing in `before`; a delete or restore: `deleted_at`). Ids are 32 hex digits, as stored.
    `label` names the record for an undo menu ("Account C001 Alpha"); `account_id` says which
    account's views to refresh.
    """

    entity: EntityKind
    action: Action
    id: str
    account_id: str
    label: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)

    @property
    def changed(self) -> frozenset[str]:
        return frozenset(self.before) | frozenset(self.after)

    @property
    def is_noop(self) -> bool:
        """An update that changed nothing (the form was saved unchanged): nothing to undo."""
        return self.action is Action.UPDATE and not self.changed


Validator = Callable[[Session, dict[str, Any], Any], dict[str, Any]]


@dataclass(frozen=True)
class RecordSpec:
    """How one entity is edited.

    `validate(session, values, record)` gets the full proposed values (current values with the
    changes laid over them; `record` is None on create) and returns them cleaned, or raises
    `FieldErrors`. `read` / `write` move values between the ORM object and plain dicts; the
    defaults use attributes of the same names.
    """

    kind: EntityKind
    model: type
    fields: tuple[str, ...]
    validate: Validator
    describe: Callable[[Any], str]
    account_of: Callable[[Any], uuid.UUID]
    read: Callable[[Session, Any], dict[str, Any]] | None = None
    write: Callable[[Session, Any, dict[str, Any]], None] | None = None
    parent_check: bool = True  # the record's account must not be deleted

    def values_of(self, session: Session, record: Any) -> dict[str, Any]:
        if self.read is not None:
            return self.read(session, record)
        return {name: getattr(record, name) for name in self.fields}

    def apply(self, session: Session, record: Any, values: dict[str, Any]) -> None:
        if self.write is not None:
            self.write(session, record, values)
            return
        for name, value in values.items():
            setattr(record, name, value)


def parse_id(value: str | uuid.UUID, what: str) -> uuid.UUID:
    """An id in any UUID spelling (32 hex digits as stored, or with dashes)."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFoundError(f"No {what} with id {value!r}.") from None


def load_record(session: Session, spec: RecordSpec, record_id: str | uuid.UUID) -> Any:
    record = session.get(spec.model, parse_id(record_id, spec.kind.value))
    if record is None:
        raise NotFoundError(f"No {spec.kind.value} with id {record_id!s}; it may have been "
                            "removed by an import undo.")
    return record


def live_account(session: Session, account_id: str | uuid.UUID) -> Account:
    """The account, which must exist and not be deleted (children cannot be edited under a
    deleted account: restore it first)."""
    account = session.get(Account, parse_id(account_id, "account"))
    if account is None:
        raise NotFoundError(f"No account with id {account_id!s}.")
    if account.deleted_at is not None:
        raise NotFoundError(f"Account {account.code} ({account.name}) is deleted; restore it "
                            "first.")
    return account


def _hex(value: uuid.UUID) -> str:
    return value.hex


def create_record(db: Database, spec: RecordSpec, values: Mapping[str, Any],
                  fixed: Mapping[str, Any] | None = None) -> Edit:
    """Insert a record from `values` (validated) plus `fixed` (e.g. its account), in one
    transaction."""
    reject_unknown(values, spec.fields, spec.kind.value)
    with db.unit_of_work() as uow:
        session = uow.session
        proposed = {name: values.get(name) for name in spec.fields}
        clean = spec.validate(session, proposed, None)
        record = spec.model(id=uuid.uuid4(), **dict(fixed or {}))
        if spec.parent_check and spec.kind is not EntityKind.ACCOUNT:
            live_account(session, spec.account_of(record))
        session.add(record)
        spec.apply(session, record, clean)
        session.flush()
        edit = Edit(entity=spec.kind, action=Action.CREATE, id=_hex(record.id),
                    account_id=_hex(spec.account_of(record)), label=spec.describe(record),
                    after=spec.values_of(session, record))
        uow.commit()
    return edit


def update_record(db: Database, spec: RecordSpec, record_id: str | uuid.UUID,
                  changes: Mapping[str, Any], *,
                  expect: Mapping[str, Any] | None = None) -> Edit:
    """Change some fields of a live record, in one transaction.

    The whole record is validated with the changes applied (cross-field rules see the result).
    With `expect`, the current values of those fields must equal it, else `RefusedError`: an
    undo must not overwrite what someone changed in between (an import, another window).
    """
    reject_unknown(changes, spec.fields, spec.kind.value)
    with db.unit_of_work() as uow:
        session = uow.session
        record = load_record(session, spec, record_id)
        if record.deleted_at is not None:
            raise NotFoundError(f"{spec.describe(record)} is deleted; restore it first.")
        if spec.parent_check and spec.kind is not EntityKind.ACCOUNT:
            live_account(session, spec.account_of(record))
        current = spec.values_of(session, record)
        if expect is not None:
            _check_expected(spec, record, current, expect)
        proposed = {**current, **changes}
        clean = spec.validate(session, proposed, record)
        changed = {name for name in spec.fields if clean.get(name) != current.get(name)}
        before = {name: current.get(name) for name in changed}
        after = {name: clean.get(name) for name in changed}
        if changed:
            spec.apply(session, record, after)
            session.flush()
        edit = Edit(entity=spec.kind, action=Action.UPDATE, id=_hex(record.id),
                    account_id=_hex(spec.account_of(record)), label=spec.describe(record),
                    before=before, after=after)
        uow.commit()
    return edit


def _check_expected(spec: RecordSpec, record: Any, current: Mapping[str, Any],
                    expect: Mapping[str, Any]) -> None:
    moved = sorted(name for name, value in expect.items() if current.get(name) != value)
    if moved:
        raise RefusedError(
            f"{spec.describe(record)} was changed since ({', '.join(moved)}); the edit cannot "
            "be undone without overwriting that change."
        )


def set_deleted(db: Database, spec: RecordSpec, record_id: str | uuid.UUID,
                deleted: bool, *, extra_check: Callable[[Session, Any], None] | None = None
                ) -> Edit:
    """Soft-delete (`deleted=True`) or restore a record, in one transaction. Deleting a
    deleted record or restoring a live one is refused (a stale view or a double click)."""
    with db.unit_of_work() as uow:
        session = uow.session
        record = load_record(session, spec, record_id)
        was: datetime | None = record.deleted_at
        if deleted and was is not None:
            raise RefusedError(f"{spec.describe(record)} is already deleted.")
        if not deleted and was is None:
            raise RefusedError(f"{spec.describe(record)} is not deleted.")
        if not deleted and spec.parent_check and spec.kind is not EntityKind.ACCOUNT:
            live_account(session, spec.account_of(record))
        if extra_check is not None:
            extra_check(session, record)
        record.deleted_at = utcnow() if deleted else None
        session.flush()
        edit = Edit(entity=spec.kind, action=Action.DELETE if deleted else Action.RESTORE,
                    id=_hex(record.id), account_id=_hex(spec.account_of(record)),
                    label=spec.describe(record), before={"deleted_at": was},
                    after={"deleted_at": record.deleted_at})
        uow.commit()
    return edit


__all__ = [
    "Action", "Edit", "EntityKind", "RecordSpec", "create_record", "live_account",
    "load_record", "parse_id", "set_deleted", "update_record",
]


def read_fields(record: object, fields: tuple[str, ...] | list[str],
                refs: tuple[str, ...] = ()) -> dict[str, Any]:
    """A record's editable values, with the UUID references in `refs` as 32-hex text."""
    values = {name: getattr(record, name) for name in fields}
    for name in refs:
        values[name] = values[name].hex if values[name] else None
    return values


def write_fields(record: object, values: Mapping[str, Any], refs: tuple[str, ...] = ()) -> None:
    """Set values on a record; the references in `refs` arrive as text and become UUIDs."""
    for name, value in values.items():
        if name in refs:
            value = uuid.UUID(value) if value else None
        setattr(record, name, value)
