"""Contacts of an account: editing, the relationship map (who reports to whom) and coverage of
the buying center.

A relationship is "strong" when its strength is `STRONG` (3) or more. Coverage counts the
buying-center roles held by an active contact with a strong relationship; an account where
exactly one person has a strong relationship with us is single-threaded (one resignation away
from losing the account), and one with nobody is flagged too (`no_strong`).

Reports-to links form a forest inside one account. The check on saving walks the chain through
every contact of the account, deleted ones included, so restoring a deleted contact can never
close a cycle either.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.errors import NotFoundError
from kam_desktop.models import Contact
from kam_desktop.models.enums import Attitude, BuyingRole
from kam_desktop.services.edits import (
    Edit,
    EntityKind,
    RecordSpec,
    create_record,
    load_record,
    parse_id,
    read_fields,
    set_deleted,
    update_record,
    write_fields,
)
from kam_desktop.services.validation import Form
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

STRONG = 3  # relationship strength from which a relationship counts as strong
CONTACT_FIELDS = (
    "name", "title", "department", "phone", "mobile", "email", "wechat", "role", "attitude",
    "influence", "relationship_strength", "reports_to_id", "active", "notes",
)


@dataclass(frozen=True)
class ContactRecord:
    id: str
    account_id: str
    name: str
    title: str | None
    department: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    wechat: str | None
    role: str | None
    attitude: str
    influence: int | None
    relationship_strength: int | None
    reports_to_id: str | None
    reports_to_name: str | None
    active: bool
    notes: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    @property
    def strong(self) -> bool:
        return (self.relationship_strength or 0) >= STRONG

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in CONTACT_FIELDS}


# --- editing -----------------------------------------------------------------------------------


def _read(session: Session, contact: Contact) -> dict[str, Any]:
    return read_fields(contact, CONTACT_FIELDS, refs=("reports_to_id",))


def _write(session: Session, contact: Contact, values: dict[str, Any]) -> None:
    write_fields(contact, values, refs=("reports_to_id",))


def _validate(session: Session, values: dict[str, Any], record: Contact | None
              ) -> dict[str, Any]:
    form = Form(values, what="contact")
    form.text("name", "Name", required=True, max_length=100)
    form.text("title", "Title", max_length=100)
    form.text("department", "Department", max_length=100)
    form.phone("phone", "Phone")
    form.phone("mobile", "Mobile")
    form.email("email", "E-mail")
    form.text("wechat", "WeChat", max_length=100)
    form.choice("role", "Role", BuyingRole)
    if values.get("attitude") is None:
        form.clean["attitude"] = Attitude.NEUTRAL.value
    else:
        form.choice("attitude", "Attitude", Attitude, required=True)
    form.rating("influence", "Influence")
    form.rating("relationship_strength", "Relationship strength")
    form.flag("active", "Active", default=True)
    form.text("notes", "Notes", multiline=True)
    form.clean["reports_to_id"] = None
    if values.get("reports_to_id"):
        _check_manager(session, form, values, record)
    return form.check()


def _check_manager(session: Session, form: Form, values: dict[str, Any],
                   record: Contact | None) -> None:
    """Reports-to must be a live contact of the same account and must not close a cycle."""
    try:
        manager_id = parse_id(values["reports_to_id"], "contact")
    except NotFoundError:
        form.fail("reports_to_id", "Reports to: choose a contact of this account.")
        return
    account_id = record.account_id if record is not None else values["_account_id"]
    manager = session.get(Contact, manager_id)
    unchanged = record is not None and record.reports_to_id == manager_id
    if manager is None or manager.account_id != account_id:
        form.fail("reports_to_id", "Reports to: choose a contact of this account.")
        return
    if manager.deleted_at is not None and not unchanged:
        form.fail("reports_to_id", f"Reports to: {manager.name} is deleted.")
        return
    if record is not None:
        if manager_id == record.id:
            form.fail("reports_to_id", "A contact cannot report to themselves.")
            return
        links = dict(session.execute(
            select(Contact.id, Contact.reports_to_id).where(Contact.account_id == account_id)
        ).all())
        seen: set[uuid.UUID] = set()
        step: uuid.UUID | None = manager_id
        while step is not None and step not in seen:
            if step == record.id:
                form.fail("reports_to_id", f"Reports to: {manager.name} already reports (directly "
                                           f"or indirectly) to {record.name}; that would make a "
                                           "circle.")
                return
            seen.add(step)
            step = links.get(step)
    form.clean["reports_to_id"] = manager_id.hex


CONTACT_SPEC = RecordSpec(
    kind=EntityKind.CONTACT,
    model=Contact,
    fields=CONTACT_FIELDS,
    validate=_validate,
    describe=lambda c: f"Contact {c.name}",
    account_of=lambda c: c.account_id,
    read=_read,
    write=_write,
)


def _spec_for_new(account_id: uuid.UUID) -> RecordSpec:
    """A new contact has no record yet: the validator learns its account this way."""
    def validate(session: Session, values: dict[str, Any], record: Contact | None
                 ) -> dict[str, Any]:
        return _validate(session, {**values, "_account_id": account_id}, record)

    return RecordSpec(kind=EntityKind.CONTACT, model=Contact, fields=CONTACT_FIELDS,
                      validate=validate, describe=CONTACT_SPEC.describe,
                      account_of=CONTACT_SPEC.account_of, read=_read, write=_write)


def create_contact(db: Database, account_id: str, values: Mapping[str, Any]) -> Edit:
    """A new contact of the account (`values`: fields of `CONTACT_FIELDS`; `reports_to_id`
    the id of another contact of the same account). Raises `FieldErrors`."""
    account = parse_id(account_id, "account")
    return create_record(db, _spec_for_new(account), values, {"account_id": account})


def update_contact(db: Database, contact_id: str, changes: Mapping[str, Any], *,
                   expect: Mapping[str, Any] | None = None) -> Edit:
    return update_record(db, CONTACT_SPEC, contact_id, changes, expect=expect)


def delete_contact(db: Database, contact_id: str) -> Edit:
    """Soft delete. Contacts reporting to this one keep the link (it comes back on restore);
    meanwhile the relationship map shows them under the nearest live manager."""
    return set_deleted(db, CONTACT_SPEC, contact_id, True)


def restore_contact(db: Database, contact_id: str) -> Edit:
    return set_deleted(db, CONTACT_SPEC, contact_id, False)


# --- reading -----------------------------------------------------------------------------------


def _record(contact: Contact, names: Mapping[uuid.UUID, str]) -> ContactRecord:
    values: dict[str, Any] = {}
    for f in fields(ContactRecord):
        if f.name == "reports_to_name":
            values[f.name] = names.get(contact.reports_to_id) if contact.reports_to_id else None
        else:
            value = getattr(contact, f.name)
            values[f.name] = value.hex if isinstance(value, uuid.UUID) else value
    return ContactRecord(**values)


def list_contacts(uow: UnitOfWork, account_id: str, *, include_deleted: bool = False,
                  include_inactive: bool = True) -> list[ContactRecord]:
    """The account's contacts: active first, then by influence (highest first) and name."""
    query = select(Contact).where(Contact.account_id == parse_id(account_id, "account"))
    if not include_deleted:
        query = query.where(Contact.deleted_at.is_(None))
    if not include_inactive:
        query = query.where(Contact.active)
    contacts = uow.session.scalars(query.order_by(
        Contact.active.desc(), Contact.influence.desc().nulls_last(), Contact.name)).all()
    names = _names(uow.session, parse_id(account_id, "account"))
    return [_record(c, names) for c in contacts]


def _names(session: Session, account_id: uuid.UUID) -> dict[uuid.UUID, str]:
    return dict(session.execute(select(Contact.id, Contact.name)
                                .where(Contact.account_id == account_id)).all())


def get_contact(uow: UnitOfWork, contact_id: str) -> ContactRecord:
    contact = load_record(uow.session, CONTACT_SPEC, contact_id)
    return _record(contact, _names(uow.session, contact.account_id))


# --- the relationship map ----------------------------------------------------------------------


@dataclass(frozen=True)
class OrgNode:
    """One contact on the map. `parent_id` is the nearest manager shown on the map (None: a
    root); `level` is 0 for roots; `x` is a tidy-tree position in leaf widths (a parent is
    centred over its children, leaves are 1 apart), so a view can place boxes at
    (x * box_width, level * box_height) without a layout algorithm of its own."""

    id: str
    name: str
    title: str | None
    department: str | None
    role: str | None
    attitude: str
    influence: int | None
    relationship_strength: int | None
    active: bool
    parent_id: str | None
    level: int
    x: float
    children: tuple[str, ...]

    @property
    def strong(self) -> bool:
        return (self.relationship_strength or 0) >= STRONG


@dataclass(frozen=True)
class RelationshipMap:
    account_id: str
    nodes: list[OrgNode]  # depth first, roots in order of influence
    roots: tuple[str, ...]
    levels: list[list[str]]  # node ids per level, left to right
    width: float  # in leaf widths: x runs from 0 to width - 1

    def node(self, node_id: str) -> OrgNode:
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)


def relationship_map(uow: UnitOfWork, account_id: str, *,
                     include_inactive: bool = True) -> RelationshipMap:
    """The account's org chart by reports-to, with attitude, influence and strength per node.

    Deleted contacts (and, without `include_inactive`, inactive ones) are left out; whoever
    reported to them hangs under the nearest manager above who is shown.
    """
    account = parse_id(account_id, "account")
    rows = uow.session.execute(
        select(Contact).where(Contact.account_id == account)
    ).scalars().all()
    links = {c.id: c.reports_to_id for c in rows}
    shown = {c.id: c for c in rows
             if c.deleted_at is None and (include_inactive or c.active)}

    def shown_parent(contact_id: uuid.UUID) -> uuid.UUID | None:
        seen = {contact_id}
        step = links.get(contact_id)
        while step is not None and step not in seen:
            if step in shown:
                return step
            seen.add(step)
            step = links.get(step)
        return None

    def order(c: Contact) -> tuple[int, str]:
        return (-(c.influence or 0), c.name)

    parent = {cid: shown_parent(cid) for cid in shown}
    children: dict[uuid.UUID | None, list[Contact]] = {}
    for cid, c in shown.items():
        children.setdefault(parent[cid], []).append(c)
    for group in children.values():
        group.sort(key=order)

    nodes: list[OrgNode] = []
    placed: dict[uuid.UUID, tuple[int, float]] = {}
    next_leaf = 0.0

    def place(c: Contact, level: int) -> float:
        nonlocal next_leaf
        kids = children.get(c.id, [])
        if kids:
            xs = [place(k, level + 1) for k in kids]
            x = (xs[0] + xs[-1]) / 2
        else:
            x = next_leaf
            next_leaf += 1
        placed[c.id] = (level, x)
        return x

    roots = children.get(None, [])
    for root in roots:
        place(root, 0)

    def emit(c: Contact) -> None:
        level, x = placed[c.id]
        kids = children.get(c.id, [])
        p = parent[c.id]
        nodes.append(OrgNode(
            id=c.id.hex, name=c.name, title=c.title, department=c.department, role=c.role,
            attitude=c.attitude, influence=c.influence,
            relationship_strength=c.relationship_strength, active=c.active,
            parent_id=p.hex if p else None, level=level, x=x,
            children=tuple(k.id.hex for k in kids),
        ))
        for k in kids:
            emit(k)

    for root in roots:
        emit(root)
    depth = max((n.level for n in nodes), default=-1) + 1
    levels = [[n.id for n in sorted((n for n in nodes if n.level == lv), key=lambda n: n.x)]
              for lv in range(depth)]
    return RelationshipMap(account_id=account.hex, nodes=nodes,
                           roots=tuple(r.id.hex for r in roots), levels=levels,
                           width=next_leaf)


# --- coverage ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleCoverage:
    role: str
    covered: bool  # held by at least one active contact with a strong relationship
    contacts: tuple[str, ...]  # names of the active contacts in the role, strongest first
    strong_contacts: tuple[str, ...]


@dataclass(frozen=True)
class Coverage:
    account_id: str
    roles: list[RoleCoverage]  # every buying-center role, in BuyingRole order
    strong_names: tuple[str, ...]  # active contacts with a strong relationship, any role

    @property
    def covered_roles(self) -> int:
        return sum(r.covered for r in self.roles)

    @property
    def total_roles(self) -> int:
        return len(self.roles)

    @property
    def strong_contacts(self) -> int:
        return len(self.strong_names)

    @property
    def single_threaded(self) -> bool:
        """Exactly one person with a strong relationship."""
        return self.strong_contacts == 1

    @property
    def no_strong(self) -> bool:
        return self.strong_contacts == 0

    @property
    def missing_roles(self) -> tuple[str, ...]:
        return tuple(r.role for r in self.roles if not r.covered)


def buying_center_coverage(uow: UnitOfWork, account_id: str) -> Coverage:
    """Which buying-center roles are held by an active contact with strength ≥ 3."""
    account = parse_id(account_id, "account")
    contacts = uow.session.scalars(
        select(Contact).where(Contact.account_id == account, Contact.deleted_at.is_(None),
                              Contact.active)
        .order_by(Contact.relationship_strength.desc().nulls_last(), Contact.name)
    ).all()
    roles = []
    for role in BuyingRole:
        holders = [c for c in contacts if c.role == role.value]
        strong = tuple(c.name for c in holders if (c.relationship_strength or 0) >= STRONG)
        roles.append(RoleCoverage(role=role.value, covered=bool(strong),
                                  contacts=tuple(c.name for c in holders),
                                  strong_contacts=strong))
    strong_names = tuple(c.name for c in contacts if (c.relationship_strength or 0) >= STRONG)
    return Coverage(account_id=account.hex, roles=roles, strong_names=strong_names)


def coverage_table(uow: UnitOfWork) -> pd.DataFrame:
    """Coverage for every live account at once (one aggregate): indexed by account id, with
    `strong_contacts`, `covered_roles`, `strong_name` (one of the strong contacts, for
    messages) and `single_threaded`. Accounts without active contacts have zeros."""
    conn = uow.session.connection().connection.driver_connection
    return coverage_frame(conn)


def coverage_frame(conn: Any) -> pd.DataFrame:
    rows = conn.execute(
        f"""SELECT a.id,
                   coalesce(g.strong, 0), coalesce(g.roles, 0), g.strong_name
              FROM accounts a LEFT JOIN (
                   SELECT account_id,
                          sum(relationship_strength >= {STRONG}) AS strong,
                          count(DISTINCT CASE WHEN relationship_strength >= {STRONG}
                                THEN role END) AS roles,
                          max(CASE WHEN relationship_strength >= {STRONG} THEN name END)
                              AS strong_name
                     FROM contacts NOT INDEXED
                    WHERE active AND deleted_at IS NULL
                    GROUP BY account_id) g ON g.account_id = a.id
             WHERE a.deleted_at IS NULL"""
    ).fetchall()
    frame = pd.DataFrame(rows, columns=["id", "strong_contacts", "covered_roles", "strong_name"])
    frame = frame.set_index("id")
    frame["strong_contacts"] = frame["strong_contacts"].astype("int64")
    frame["covered_roles"] = frame["covered_roles"].astype("int64")
    frame["strong_name"] = frame["strong_name"].astype(object)
    frame["single_threaded"] = frame["strong_contacts"] == 1
    return frame


__all__ = [
    "CONTACT_FIELDS", "STRONG", "ContactRecord", "Coverage", "OrgNode", "RelationshipMap",
    "RoleCoverage", "buying_center_coverage", "coverage_table", "create_contact",
    "delete_contact", "get_contact", "list_contacts", "relationship_map", "restore_contact",
    "update_contact",
]
