"""Visits and other touch points: logging, planning, completing, and the agenda.

`visit_at` is the local wall-clock time of the meeting (naive). "Today" is injectable everywhere
(`today=None` means `date.today()`), so tests and screenshots are reproducible.

Follow-ups: a done visit with a `follow_up_date` asks for a next contact by that day. It counts
as handled as soon as a later visit of the same account is done (whatever its kind); until then
it shows in the agenda on its day, and as overdue after it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kam_desktop.errors import NotFoundError
from kam_desktop.models import Contact, Visit, VisitParticipant
from kam_desktop.models.enums import VisitKind, VisitStatus
from kam_desktop.services.accounts import TIER_SQL
from kam_desktop.services.edits import (
    Edit,
    EntityKind,
    RecordSpec,
    create_record,
    load_record,
    parse_id,
    set_deleted,
    update_record,
)
from kam_desktop.services.validation import Form
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

VISIT_FIELDS = (
    "kind", "visit_at", "status", "purpose", "summary", "outcome", "next_steps",
    "follow_up_date", "location", "owner", "participant_ids",
)
LIST_COLUMNS = (
    "id", "visit_at", "kind", "status", "purpose", "summary", "outcome", "next_steps",
    "follow_up_date", "location", "owner", "participants", "participant_ids", "deleted_at",
)


@dataclass(frozen=True)
class VisitRecord:
    id: str
    account_id: str
    kind: str
    visit_at: datetime
    status: str
    purpose: str | None
    summary: str | None
    outcome: str | None
    next_steps: str | None
    follow_up_date: date | None
    location: str | None
    owner: str | None
    participant_ids: tuple[str, ...]
    participant_names: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in VISIT_FIELDS}


# --- editing -----------------------------------------------------------------------------------


def _participants(session: Session, visit_id: uuid.UUID) -> tuple[str, ...]:
    ids = session.scalars(select(VisitParticipant.contact_id)
                          .where(VisitParticipant.visit_id == visit_id)).all()
    return tuple(sorted(i.hex for i in ids))


def _read(session: Session, visit: Visit) -> dict[str, Any]:
    values = {name: getattr(visit, name) for name in VISIT_FIELDS if name != "participant_ids"}
    values["participant_ids"] = _participants(session, visit.id) if visit.id else ()
    return values


def _write(session: Session, visit: Visit, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name != "participant_ids":
            setattr(visit, name, value)
    if "participant_ids" not in values:
        return
    session.flush()  # the visit row exists before its participants
    wanted = {uuid.UUID(i) for i in values["participant_ids"] or ()}
    present = set(session.scalars(select(VisitParticipant.contact_id)
                                  .where(VisitParticipant.visit_id == visit.id)).all())
    gone = present - wanted
    if gone:
        session.execute(delete(VisitParticipant).where(
            VisitParticipant.visit_id == visit.id, VisitParticipant.contact_id.in_(gone)))
    for contact_id in sorted(wanted - present):
        session.add(VisitParticipant(visit_id=visit.id, contact_id=contact_id))


def _spec(today: date | None, account_id: uuid.UUID | None = None,
          status: str | None = None) -> RecordSpec:
    """The visit spec for one call: it needs today (a done visit cannot be in the future), the
    account of a new visit (participants must belong to it), and a forced status."""
    def validate(session: Session, values: dict[str, Any], record: Visit | None
                 ) -> dict[str, Any]:
        if status is not None:
            values = {**values, "status": status}
        account = record.account_id if record is not None else account_id
        return _validate(session, values, record, account, today or date.today())

    return RecordSpec(kind=EntityKind.VISIT, model=Visit, fields=VISIT_FIELDS,
                      validate=validate, describe=_describe, account_of=lambda v: v.account_id,
                      read=_read, write=_write)


def _describe(visit: Visit) -> str:
    when = f"{visit.visit_at:%Y-%m-%d %H:%M}" if visit.visit_at else "?"
    return f"Visit {when} ({visit.kind})"


def _validate(session: Session, values: dict[str, Any], record: Visit | None,
              account_id: uuid.UUID | None, today: date) -> dict[str, Any]:
    form = Form(values, what="visit")
    form.choice("kind", "Kind", VisitKind, required=True)
    visit_at = form.moment("visit_at", "Date and time", required=True)
    status = form.choice("status", "Status", VisitStatus, required=True)
    form.text("purpose", "Purpose", max_length=300)
    for name, label in (("summary", "Summary"), ("outcome", "Outcome"),
                        ("next_steps", "Next steps")):
        form.text(name, label, multiline=True)
    follow_up = form.day("follow_up_date", "Follow-up date")
    form.text("location", "Location", max_length=200)
    form.text("owner", "Owner", max_length=100)
    if visit_at is not None and status == VisitStatus.DONE and visit_at.date() > today:
        form.fail("visit_at", f"A visit on {visit_at:%Y-%m-%d} has not taken place yet: plan "
                              "it, or correct the date.")
    if visit_at is not None and follow_up is not None and follow_up < visit_at.date():
        form.fail("follow_up_date", f"The follow-up ({follow_up}) cannot be before the visit "
                                    f"({visit_at:%Y-%m-%d}).")
    form.clean["participant_ids"] = _check_participants(
        session, form, values.get("participant_ids"), record, account_id)
    return form.check()


def _check_participants(session: Session, form: Form, given: Any, record: Visit | None,
                        account_id: uuid.UUID | None) -> tuple[str, ...]:
    if not given:
        return ()
    if isinstance(given, str):
        given = [given]
    try:
        ids = {parse_id(i, "contact") for i in given}
    except NotFoundError:
        form.fail("participant_ids", "Participants: choose contacts of this account.")
        return ()
    before = set(uuid.UUID(i) for i in _participants(session, record.id)) if record else set()
    contacts = session.scalars(select(Contact).where(Contact.id.in_(ids))).all()
    if len(contacts) != len(ids) or any(c.account_id != account_id for c in contacts):
        form.fail("participant_ids", "Participants: choose contacts of this account.")
        return ()
    deleted = [c.name for c in contacts if c.deleted_at is not None and c.id not in before]
    if deleted:
        form.fail("participant_ids", f"Participants: {', '.join(sorted(deleted))} "
                                     f"{'is' if len(deleted) == 1 else 'are'} deleted.")
    return tuple(sorted(i.hex for i in ids))


def log_visit(db: Database, account_id: str, values: Mapping[str, Any], *,
              today: date | None = None) -> Edit:
    """Record a visit that took place (status defaults to done; `values` are fields of
    `VISIT_FIELDS`, `participant_ids` a list of contact ids of the account)."""
    account = parse_id(account_id, "account")
    values = {"status": VisitStatus.DONE.value, **values}
    return create_record(db, _spec(today, account), values, {"account_id": account})


def plan_visit(db: Database, account_id: str, values: Mapping[str, Any], *,
               today: date | None = None) -> Edit:
    """Put a future visit in the agenda (status planned)."""
    account = parse_id(account_id, "account")
    return create_record(db, _spec(today, account, VisitStatus.PLANNED.value), values,
                         {"account_id": account})


def update_visit(db: Database, visit_id: str, changes: Mapping[str, Any], *,
                 expect: Mapping[str, Any] | None = None, today: date | None = None) -> Edit:
    return update_record(db, _spec(today), visit_id, changes, expect=expect)


def complete_visit(db: Database, visit_id: str, *, summary: str | None = None,
                   outcome: str | None = None, next_steps: str | None = None,
                   follow_up_date: date | None = None, visit_at: datetime | None = None,
                   today: date | None = None, now: datetime | None = None) -> Edit:
    """Mark a planned visit done, with what came of it. Only the given texts change. A visit
    planned for a later day that is completed early moves to `now` unless `visit_at` is given.
    """
    today = today or date.today()
    changes: dict[str, Any] = {"status": VisitStatus.DONE.value}
    for name, value in (("summary", summary), ("outcome", outcome),
                        ("next_steps", next_steps), ("follow_up_date", follow_up_date),
                        ("visit_at", visit_at)):
        if value is not None:
            changes[name] = value
    if visit_at is None:
        with db.unit_of_work() as uow:
            planned = load_record(uow.session, _spec(today), visit_id).visit_at
        if planned.date() > today:
            moment = now or datetime.now()
            changes["visit_at"] = datetime.combine(today, moment.time()).replace(microsecond=0)
    return update_record(db, _spec(today), visit_id, changes)


def cancel_visit(db: Database, visit_id: str, *, today: date | None = None) -> Edit:
    return update_record(db, _spec(today), visit_id, {"status": VisitStatus.CANCELLED.value})


def delete_visit(db: Database, visit_id: str) -> Edit:
    return set_deleted(db, _spec(None), visit_id, True)


def restore_visit(db: Database, visit_id: str) -> Edit:
    return set_deleted(db, _spec(None), visit_id, False)


VISIT_SPEC = _spec(None)  # for reading and for undo (dates are not re-checked against today)


# --- reading -----------------------------------------------------------------------------------


def get_visit(uow: UnitOfWork, visit_id: str) -> VisitRecord:
    session = uow.session
    visit = load_record(session, VISIT_SPEC, visit_id)
    ids = _participants(session, visit.id)
    names = dict(session.execute(select(Contact.id, Contact.name).where(
        Contact.id.in_([uuid.UUID(i) for i in ids]))).all()) if ids else {}
    values: dict[str, Any] = {}
    for f in fields(VisitRecord):
        if f.name == "participant_ids":
            values[f.name] = ids
        elif f.name == "participant_names":
            values[f.name] = tuple(names[uuid.UUID(i)] for i in ids)
        else:
            value = getattr(visit, f.name)
            values[f.name] = value.hex if isinstance(value, uuid.UUID) else value
    return VisitRecord(**values)


def list_visits(uow: UnitOfWork, account_id: str, *, include_deleted: bool = False,
                status: str | None = None) -> pd.DataFrame:
    """The account's visits, newest first (columns `LIST_COLUMNS`; `participants` the names
    joined by ", ", `participant_ids` a tuple)."""
    account = parse_id(account_id, "account").hex
    where = ["v.account_id = ?"]
    params: list[Any] = [account]
    if not include_deleted:
        where.append("v.deleted_at IS NULL")
    if status is not None:
        where.append("v.status = ?")
        params.append(status)
    conn = uow.session.connection().connection.driver_connection
    rows = conn.execute(
        f"""SELECT v.id, v.visit_at, v.kind, v.status, v.purpose, v.summary, v.outcome,
                   v.next_steps, v.follow_up_date, v.location, v.owner,
                   group_concat(c.name, ', '), group_concat(c.id, ','), v.deleted_at
              FROM visits v
              LEFT JOIN visit_participants p ON p.visit_id = v.id
              LEFT JOIN contacts c ON c.id = p.contact_id
             WHERE {' AND '.join(where)}
             GROUP BY v.id
             ORDER BY v.visit_at DESC""", params).fetchall()
    frame = pd.DataFrame(rows, columns=list(LIST_COLUMNS), dtype=object)
    frame["visit_at"] = pd.to_datetime(frame["visit_at"], format="ISO8601")
    frame["follow_up_date"] = [date.fromisoformat(d) if d else None
                               for d in frame["follow_up_date"]]
    frame["participant_ids"] = [tuple(sorted(s.split(","))) if s else ()
                                for s in frame["participant_ids"]]
    return frame


# --- the agenda --------------------------------------------------------------------------------

AGENDA_COLUMNS = (
    "item", "date", "visit_at", "visit_id", "account_id", "code", "name", "tier", "kind",
    "purpose", "next_steps", "owner", "days_late",
)


@dataclass(frozen=True)
class Agenda:
    """What is due, as of `today`: each bucket a DataFrame with `AGENDA_COLUMNS`, by date.

    `item` is "visit" (a planned visit; `visit_at` its time) or "follow_up" (a done visit's
    follow-up date; `visit_at` the visit it follows). Buckets: `overdue` (before today; at most
    `overdue_days` late), `today`, `this_week` (tomorrow to Sunday of this ISO week) and
    `later` (after this week, up to `horizon` days from today).
    """

    today: date
    overdue: pd.DataFrame
    due_today: pd.DataFrame
    this_week: pd.DataFrame
    later: pd.DataFrame

    @property
    def counts(self) -> dict[str, int]:
        return {"overdue": len(self.overdue), "today": len(self.due_today),
                "this_week": len(self.this_week), "later": len(self.later)}


def agenda(uow: UnitOfWork, *, today: date | None = None, owner: str | None = None,
           account_id: str | None = None, horizon: int = 14,
           overdue_days: int | None = 90) -> Agenda:
    """Planned visits and open follow-ups for the portfolio (or one `owner`, or one account).

    Live records of live accounts only. `overdue_days` (None: no limit) keeps years-old
    loose ends out of the overdue list.
    """
    today = today or date.today()
    week_end = today + timedelta(days=6 - today.weekday())
    end = max(week_end, today + timedelta(days=horizon))
    start = today - timedelta(days=overdue_days) if overdue_days is not None else date.min
    where, params = ["a.deleted_at IS NULL", "v.deleted_at IS NULL"], []
    if owner is not None:
        where.append("coalesce(v.owner, a.owner) = ?")
        params.append(owner)
    if account_id is not None:
        where.append("v.account_id = ?")
        params.append(parse_id(account_id, "account").hex)
    condition = " AND ".join(where)
    after_end = (end + timedelta(days=1)).isoformat()
    sql = f"""
        SELECT 'visit', date(v.visit_at), v.visit_at, v.id, a.id, a.code, a.name,
               {TIER_SQL}, v.kind, v.purpose, v.next_steps, coalesce(v.owner, a.owner)
          FROM visits v JOIN accounts a ON a.id = v.account_id
         WHERE v.status = 'planned' AND v.visit_at >= ? AND v.visit_at < ? AND {condition}
        UNION ALL
        SELECT 'follow_up', v.follow_up_date, v.visit_at, v.id, a.id, a.code, a.name,
               {TIER_SQL}, v.kind, v.purpose, v.next_steps, coalesce(v.owner, a.owner)
          FROM visits v JOIN accounts a ON a.id = v.account_id
         WHERE v.status = 'done' AND v.follow_up_date BETWEEN ? AND ? AND {condition}
           AND NOT EXISTS (SELECT 1 FROM visits w
                            WHERE w.account_id = v.account_id AND w.status = 'done'
                              AND w.deleted_at IS NULL AND w.visit_at > v.visit_at)
    """
    conn = uow.session.connection().connection.driver_connection
    rows = conn.execute(sql, [start.isoformat(), after_end, *params,
                              start.isoformat(), end.isoformat(), *params]).fetchall()
    frame = pd.DataFrame(rows, columns=list(AGENDA_COLUMNS[:-1]), dtype=object)
    frame["date"] = [date.fromisoformat(d) for d in frame["date"]]
    frame["visit_at"] = pd.to_datetime(frame["visit_at"], format="ISO8601")
    frame["days_late"] = [(today - d).days if d < today else 0 for d in frame["date"]]
    frame = frame.sort_values(["date", "visit_at", "code"], kind="stable").reset_index(drop=True)
    day = frame["date"]

    def bucket(mask: Any) -> pd.DataFrame:
        return frame[mask].reset_index(drop=True)

    overdue = bucket(day < today).sort_values(["date", "code"], ascending=[False, True],
                                              kind="stable").reset_index(drop=True)
    return Agenda(today=today, overdue=overdue, due_today=bucket(day == today),
                  this_week=bucket((day > today) & (day <= week_end)),
                  later=bucket(day > week_end))


__all__ = [
    "AGENDA_COLUMNS", "LIST_COLUMNS", "VISIT_FIELDS", "Agenda", "VisitRecord", "agenda",
    "cancel_visit", "complete_visit", "delete_visit", "get_visit", "list_visits", "log_visit",
    "plan_visit", "restore_visit", "update_visit",
]
