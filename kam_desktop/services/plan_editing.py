"""Account plans: one per account and period, written and read as plain dataclasses.

A plan is edited as a whole, like a document: the Plan tab loads it with `get_plan`, the user
changes anything in any section, and `save_plan` replaces the header and every section in one
transaction (all checks first, every problem reported at once). Rows keep the order they are
given in (`position`).

Periods (`parse_period`): a year `2026`, a half year `2026-H1` / `2026-H2`, or a quarter
`2026-Q1` … `2026-Q4` (years 2000–2100; lower-case and `2026H1` are accepted and normalised).
`next_period` steps to the following one: `2026` → `2027`, `2026-H1` → `2026-H2`,
`2026-H2` → `2027-H1`, `2026-Q4` → `2027-Q1`. One live plan per account and period; a deleted
plan does not block a new one with its period (the schema's partial unique index).

Field errors (`FieldErrors.errors`) are keyed by where the problem is, so a form can show each
message at its row and field: `period` for a header field, `objectives.2.target_value` for a
section row (the row index counts from 0; the message says "row 3", as the user counts).

Values may come straight from widgets: text is stripped and blank text is "no value", numbers may
be text (`1,200`), dates `date` or ISO text; `get_plan` returns cleaned values.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from kam_desktop.errors import NotFoundError, RefusedError
from kam_desktop.models import (
    AccountPlan,
    PlanAction,
    PlanObjective,
    PlanRisk,
    PlanSwotItem,
    PlanWhiteSpace,
    utcnow,
)
from kam_desktop.models.enums import ActionStatus, ObjectiveMetric, PlanStatus, SwotQuadrant
from kam_desktop.services.edits import live_account, parse_id
from kam_desktop.services.plan_white_space import suggest_objective_values
from kam_desktop.services.validation import FieldErrors, Form
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

# --- periods -----------------------------------------------------------------------------------

_PERIOD = re.compile(r"^(\d{4})(?:\s*[-/ ]?\s*([HQ])\s*([1-4]))?$", re.IGNORECASE)
MIN_YEAR, MAX_YEAR = 2000, 2100
PERIOD_FORMATS = "a year like 2026, a half year like 2026-H1, or a quarter like 2026-Q3"


def parse_period(text: str) -> str | None:
    """The period in its normal spelling (`2026`, `2026-H1`, `2026-Q3`), or None if `text` is
    not one of the accepted forms."""
    found = _PERIOD.match(text.strip()) if isinstance(text, str) else None
    if found is None:
        return None
    year, kind, number = int(found[1]), (found[2] or "").upper(), found[3]
    if not MIN_YEAR <= year <= MAX_YEAR or (kind == "H" and number not in ("1", "2")):
        return None
    return f"{year}-{kind}{number}" if kind else str(year)


def next_period(period: str) -> str:
    """The period after `period` (see the module docstring); `InvalidInputError` (a
    `FieldErrors` on `period`) if `period` is not an accepted form."""
    normal = parse_period(period)
    if normal is None:
        raise FieldErrors({"period": _period_message(period)}, what="plan")
    year, _, part = normal.partition("-")
    if not part:
        return str(int(year) + 1)
    kind, number = part[0], int(part[1])
    last = 2 if kind == "H" else 4
    if number < last:
        return f"{year}-{kind}{number + 1}"
    return f"{int(year) + 1}-{kind}1"


def _period_message(period: object) -> str:
    return f"Period {str(period).strip()!r} is not a period: use {PERIOD_FORMATS}."


# --- data --------------------------------------------------------------------------------------

Number = float | str | None  # text as typed in a table cell is accepted (and checked) on save
Day = date | str | None


@dataclass(frozen=True)
class Objective:
    """A measurable goal: `metric` is one of `ObjectiveMetric` (revenue, profit,
    share_of_wallet, other); share of wallet is in percent (0–100)."""

    description: str
    metric: str = ObjectiveMetric.OTHER.value
    unit: str | None = None
    current_value: Number = None
    target_value: Number = None

    @property
    def progress(self) -> float | None:
        """current / target (1.0 = reached), when both are numbers and the target is not 0."""
        current, target = _as_float(self.current_value), _as_float(self.target_value)
        if current is None or target is None or target == 0:
            return None
        return current / target


@dataclass(frozen=True)
class SwotItem:
    quadrant: str  # one of SwotQuadrant
    text: str


@dataclass(frozen=True)
class WhiteSpaceNote:
    """A product category the account does not buy yet, with the user's note on it."""

    product_category: str
    note: str | None = None


@dataclass(frozen=True)
class ActionItem:
    what: str
    owner: str | None = None
    due_date: Day = None
    status: str = ActionStatus.OPEN.value


@dataclass(frozen=True)
class RiskItem:
    risk: str
    mitigation: str | None = None


SECTIONS = ("objectives", "swot", "white_space", "actions", "risks")
HEADER_FIELDS = ("period", "owner", "status", "review_cadence", "needs", "strategy",
                 "value_proposition")


@dataclass(frozen=True)
class PlanData:
    """Everything a plan holds, sections in order.

    `id`, `account_id`, `updated_at` and `deleted_at` are filled by `get_plan` and ignored by
    `save_plan`.
    """

    period: str
    owner: str | None = None
    status: str = PlanStatus.DRAFT.value
    review_cadence: str | None = None
    needs: str | None = None  # needs and pain points
    strategy: str | None = None
    value_proposition: str | None = None
    objectives: tuple[Objective, ...] = ()
    swot: tuple[SwotItem, ...] = ()
    white_space: tuple[WhiteSpaceNote, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    risks: tuple[RiskItem, ...] = ()
    id: str | None = field(default=None, compare=False)
    account_id: str | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)
    deleted_at: datetime | None = field(default=None, compare=False)

    def swot_in(self, quadrant: str) -> tuple[str, ...]:
        """The texts of one SWOT quadrant, in order."""
        return tuple(item.text for item in self.swot if item.quadrant == quadrant)


@dataclass(frozen=True)
class PlanSummary:
    """One plan in the account's list of plans."""

    id: str
    account_id: str
    period: str
    owner: str | None
    status: str
    objectives: int
    open_actions: int  # actions open or in progress
    updated_at: datetime
    deleted_at: datetime | None


# --- reading -----------------------------------------------------------------------------------


def list_plans(uow: UnitOfWork, account_id: str, *, deleted: bool = False
               ) -> list[PlanSummary]:
    """The account's live plans (`deleted=True`: its deleted ones), newest period first."""
    key = parse_id(account_id, "account")
    session = uow.session
    condition = AccountPlan.deleted_at.is_not(None) if deleted else AccountPlan.deleted_at.is_(None)
    plans = session.scalars(select(AccountPlan).where(AccountPlan.account_id == key, condition)
                            ).all()
    ids = [p.id for p in plans]
    objectives = _count(session, PlanObjective, ids)
    open_actions = _count(session, PlanAction, ids, PlanAction.status.in_(
        (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)))
    out = [PlanSummary(id=p.id.hex, account_id=p.account_id.hex, period=p.period, owner=p.owner,
                       status=p.status, objectives=objectives.get(p.id, 0),
                       open_actions=open_actions.get(p.id, 0), updated_at=p.updated_at,
                       deleted_at=p.deleted_at) for p in plans]
    return sorted(out, key=lambda s: _period_sort_key(s.period), reverse=True)


def _count(session: Session, model: Any, plan_ids: list[uuid.UUID], *where: Any
           ) -> dict[uuid.UUID, int]:
    if not plan_ids:
        return {}
    rows = session.execute(select(model.plan_id, func.count()).where(
        model.plan_id.in_(plan_ids), *where).group_by(model.plan_id)).all()
    return {plan_id: n for plan_id, n in rows}


def _period_sort_key(period: str) -> tuple[int, int, str]:
    """By year; within a year (newest first after reversing) quarters, halves, then the year;
    periods in no accepted form sort as the oldest."""
    normal = parse_period(period)
    if normal is None:
        return (0, 0, period)
    year, _, part = normal.partition("-")
    return (int(year), {"": 3, "H": 2, "Q": 1}[part[:1]] if part else 3, part)


def get_plan(uow: UnitOfWork, plan_id: str) -> PlanData:
    """A plan with every section in position order (deleted plans are found too)."""
    session = uow.session
    plan = _load(session, plan_id)
    key = plan.id

    def rows(model: Any) -> list[Any]:
        return list(session.scalars(select(model).where(model.plan_id == key)
                                    .order_by(model.position, model.created_at)).all())

    return PlanData(
        period=plan.period, owner=plan.owner, status=plan.status,
        review_cadence=plan.review_cadence, needs=plan.needs, strategy=plan.strategy,
        value_proposition=plan.value_proposition,
        objectives=tuple(Objective(description=o.description, metric=o.metric, unit=o.unit,
                                   current_value=o.current_value, target_value=o.target_value)
                         for o in rows(PlanObjective)),
        swot=tuple(SwotItem(quadrant=s.quadrant, text=s.text) for s in rows(PlanSwotItem)),
        white_space=tuple(WhiteSpaceNote(product_category=w.product_category, note=w.note)
                          for w in rows(PlanWhiteSpace)),
        actions=tuple(ActionItem(what=a.what, owner=a.owner, due_date=a.due_date,
                                 status=a.status) for a in rows(PlanAction)),
        risks=tuple(RiskItem(risk=r.risk, mitigation=r.mitigation) for r in rows(PlanRisk)),
        id=key.hex, account_id=plan.account_id.hex, updated_at=plan.updated_at,
        deleted_at=plan.deleted_at,
    )


def _load(session: Session, plan_id: str) -> AccountPlan:
    plan = session.get(AccountPlan, parse_id(plan_id, "plan"))
    if plan is None:
        raise NotFoundError(f"No account plan with id {plan_id!s}.")
    return plan


def suggest_period(uow: UnitOfWork, account_id: str, *, today: date | None = None) -> str:
    """A period for a new plan: this year, or the first later year without a live plan."""
    taken = {p.period for p in list_plans(uow, account_id)}
    year = (today or date.today()).year
    while str(year) in taken:
        year += 1
    return str(year)


# --- validation --------------------------------------------------------------------------------


class _Checks:
    """Collects the problems of a whole plan: header fields and every row of every section."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def header(self, data: PlanData) -> dict[str, Any]:
        values = {name: getattr(data, name) for name in HEADER_FIELDS}
        form = Form(values, what="plan")
        period = form.text("period", "Period", required=True, max_length=32)
        if period is not None and "period" not in form.errors:
            normal = parse_period(period)
            if normal is None:
                form.fail("period", _period_message(period))
            form.clean["period"] = normal
        form.text("owner", "Owner", max_length=100)
        if _blank(values["status"]):
            form.clean["status"] = PlanStatus.DRAFT.value
        else:
            form.choice("status", "Status", PlanStatus, required=True)
        form.text("review_cadence", "Review cadence", max_length=100)
        form.text("needs", "Needs and pain points", multiline=True)
        form.text("strategy", "Strategy", multiline=True)
        form.text("value_proposition", "Value proposition", multiline=True)
        self.errors.update(form.errors)
        return form.clean

    def rows(self, section: str, title: str, items: Sequence[Any],
             check: Any) -> list[dict[str, Any]]:
        """Each item as a dict checked by `check(form, values)`; errors keyed
        `section.row.field`, messages prefixed with the section and the row as people count."""
        clean_rows = []
        for row, item in enumerate(items):
            values = {f: getattr(item, f) for f in item.__dataclass_fields__}
            form = Form(values, what="plan")
            check(form, values)
            for name, message in form.errors.items():
                self.errors.setdefault(f"{section}.{row}.{name}",
                                       f"{title}, row {row + 1}: {message}")
            clean_rows.append({**form.clean, "position": row})
        return clean_rows


def _check_objective(form: Form, values: dict[str, Any]) -> None:
    form.text("description", "Description", required=True, multiline=True, max_length=1000)
    if _blank(values.get("metric")):
        form.clean["metric"] = ObjectiveMetric.OTHER.value
    else:
        form.choice("metric", "Metric", ObjectiveMetric, required=True)
    form.text("unit", "Unit", max_length=32)
    metric = form.clean.get("metric")
    percent = metric == ObjectiveMetric.SHARE_OF_WALLET.value
    minimum = 0 if metric in (ObjectiveMetric.REVENUE.value,
                              ObjectiveMetric.SHARE_OF_WALLET.value) else None
    maximum = 100 if percent else None
    form.number("current_value", "Current value", minimum=minimum, maximum=maximum)
    form.number("target_value", "Target", minimum=minimum, maximum=maximum)
    if percent:
        for name in ("current_value", "target_value"):
            if name in form.errors and "from 0 to 100" in form.errors[name]:
                form.errors[name] += " Share of wallet is a percentage."


def _check_swot(form: Form, values: dict[str, Any]) -> None:
    form.choice("quadrant", "Quadrant", SwotQuadrant, required=True)
    form.text("text", "Text", required=True, multiline=True, max_length=1000)


def _check_white_space(form: Form, values: dict[str, Any]) -> None:
    form.text("product_category", "Product category", required=True, max_length=100)
    form.text("note", "Note", multiline=True)


EARLIEST_DUE, LATEST_DUE = date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31)


def _check_action(form: Form, values: dict[str, Any]) -> None:
    form.text("what", "What", required=True, multiline=True, max_length=1000)
    form.text("owner", "Owner", max_length=100)
    due = form.day("due_date", "Due date")
    if due is not None and not EARLIEST_DUE <= due <= LATEST_DUE:
        form.fail("due_date", f"Due date {due.isoformat()} is not between {EARLIEST_DUE} and "
                              f"{LATEST_DUE}; is the year mistyped?")
    if _blank(values.get("status")):
        form.clean["status"] = ActionStatus.OPEN.value
    else:
        form.choice("status", "Status", ActionStatus, required=True)


def _check_risk(form: Form, values: dict[str, Any]) -> None:
    form.text("risk", "Risk", required=True, multiline=True, max_length=1000)
    form.text("mitigation", "Mitigation", multiline=True)


SECTION_TITLES = {
    "objectives": "Objectives", "swot": "SWOT", "white_space": "White space",
    "actions": "Action plan", "risks": "Risks",
}


@dataclass(frozen=True)
class _Clean:
    header: dict[str, Any]
    sections: dict[str, list[dict[str, Any]]]


def validate_plan(data: PlanData) -> _Clean:
    """The plan cleaned, or `FieldErrors` with every problem (keys as in the module docstring).
    Does not look at the database (`save_plan` also checks the period is free)."""
    checks = _Checks()
    header = checks.header(data)
    sections = {
        "objectives": checks.rows("objectives", SECTION_TITLES["objectives"], data.objectives,
                                  _check_objective),
        "swot": checks.rows("swot", SECTION_TITLES["swot"], data.swot, _check_swot),
        "white_space": checks.rows("white_space", SECTION_TITLES["white_space"],
                                   data.white_space, _check_white_space),
        "actions": checks.rows("actions", SECTION_TITLES["actions"], data.actions,
                               _check_action),
        "risks": checks.rows("risks", SECTION_TITLES["risks"], data.risks, _check_risk),
    }
    seen: dict[str, int] = {}
    for row, values in enumerate(sections["white_space"]):
        category = values.get("product_category")
        if category is None:
            continue
        folded = category.casefold()
        if folded in seen:
            checks.errors.setdefault(
                f"white_space.{row}.product_category",
                f"White space, row {row + 1}: {category!r} is already in row "
                f"{seen[folded] + 1}.")
        else:
            seen[folded] = row
    if checks.errors:
        raise FieldErrors(checks.errors, what="plan")
    return _Clean(header, sections)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_float(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip().replace(",", ""))
    except ValueError:
        return None


# --- writing -----------------------------------------------------------------------------------

_MODELS: dict[str, Any] = {
    "objectives": PlanObjective, "swot": PlanSwotItem, "white_space": PlanWhiteSpace,
    "actions": PlanAction, "risks": PlanRisk,
}
def _check_period_free(session: Session, account_id: uuid.UUID, period: str,
                       plan_id: uuid.UUID | None) -> None:
    other = session.scalar(select(AccountPlan.id).where(
        AccountPlan.account_id == account_id, AccountPlan.period == period,
        AccountPlan.deleted_at.is_(None)))
    if other is not None and other != plan_id:
        raise FieldErrors({"period": f"This account already has a plan for {period}; open "
                                     "that one, or choose another period."}, what="plan")


def _write_sections(session: Session, plan_id: uuid.UUID,
                    sections: dict[str, list[dict[str, Any]]]) -> None:
    now = utcnow()
    for name, model in _MODELS.items():
        session.execute(delete(model).where(model.plan_id == plan_id))
        rows = [{**values, "id": uuid.uuid4(), "plan_id": plan_id, "created_at": now,
                 "updated_at": now} for values in sections.get(name, ())]
        if rows:
            session.execute(insert(model), rows)


def create_plan(db: Database, account_id: str, period: str, *, owner: str | None = None,
                data: PlanData | None = None) -> str:
    """A new, empty draft plan (or one holding `data`, whose period is replaced by `period`)
    for a live account; returns its id. `FieldErrors` on `period` if it is not an accepted
    form or the account already has a live plan for it."""
    data = replace(data or PlanData(period=period), period=period,
                   owner=owner if owner is not None else (data.owner if data else None))
    clean = validate_plan(data)
    with db.unit_of_work() as uow:
        session = uow.session
        account = live_account(session, account_id)
        _check_period_free(session, account.id, clean.header["period"], None)
        plan = AccountPlan(id=uuid.uuid4(), account_id=account.id, **clean.header)
        session.add(plan)
        session.flush()
        _write_sections(session, plan.id, clean.sections)
        uow.commit()
    return plan.id.hex


def save_plan(db: Database, plan_id: str, data: PlanData, *,
              expect_updated_at: datetime | None = None) -> None:
    """Replace the plan's header and every section with `data`, in one transaction.

    Raises `FieldErrors` (every problem at once, nothing written), `NotFoundError` for a
    deleted plan or account, and with `expect_updated_at` (the `updated_at` the editor loaded)
    `RefusedError` when the plan was saved elsewhere since, rather than overwrite that.
    """
    clean = validate_plan(data)
    with db.unit_of_work() as uow:
        session = uow.session
        plan = _load(session, plan_id)
        if plan.deleted_at is not None:
            raise NotFoundError(f"The plan for {plan.period} is deleted; restore it first.")
        live_account(session, plan.account_id)
        if expect_updated_at is not None and plan.updated_at != expect_updated_at:
            raise RefusedError(f"The plan for {plan.period} was changed elsewhere since it was "
                               "opened; reload it (your changes would overwrite that).")
        _check_period_free(session, plan.account_id, clean.header["period"], plan.id)
        for name, value in clean.header.items():
            setattr(plan, name, value)
        plan.updated_at = utcnow()  # sections changed count as a change of the plan
        _write_sections(session, plan.id, clean.sections)
        uow.commit()


def copy_plan_to_next_period(db: Database, plan_id: str, *, refresh_current: bool = True,
                             today: date | None = None) -> str:
    """A copy of the plan, every section included, for the period after its own (see
    `next_period`), as a draft; returns the new plan's id.

    Refused (`RefusedError`) when the account already has a live plan for that period. With
    `refresh_current`, revenue and profit objectives (and margin objectives, see
    `ObjectiveValues.value_for`) get the current values of the last 12 months of sales; the
    others, and every other section, are copied as they are (actions keep their status).
    """
    with db.unit_of_work() as uow:
        source = get_plan(uow, plan_id)
        if source.deleted_at is not None:
            raise NotFoundError(f"The plan for {source.period} is deleted; restore it first.")
        target = next_period(source.period)
        account = parse_id(source.account_id or "", "account")
        taken = uow.session.scalar(select(AccountPlan.id).where(
            AccountPlan.account_id == account, AccountPlan.period == target,
            AccountPlan.deleted_at.is_(None)))
        if taken is not None:
            raise RefusedError(f"This account already has a plan for {target}; the plan for "
                               f"{source.period} was not copied.")
        objectives = source.objectives
        if refresh_current:
            values = suggest_objective_values(uow, account.hex, today=today)
            objectives = values.apply(objectives)
    data = replace(source, period=target, status=PlanStatus.DRAFT.value, objectives=objectives)
    return create_plan(db, account.hex, target, data=data)


def delete_plan(db: Database, plan_id: str) -> None:
    """Soft delete: the plan leaves the list; `restore_plan` brings it back as it was."""
    with db.unit_of_work() as uow:
        plan = _load(uow.session, plan_id)
        if plan.deleted_at is not None:
            raise RefusedError(f"The plan for {plan.period} is already deleted.")
        plan.deleted_at = utcnow()
        uow.commit()


def restore_plan(db: Database, plan_id: str) -> None:
    """Undo a delete; refused while another live plan of the account has the same period."""
    with db.unit_of_work() as uow:
        session = uow.session
        plan = _load(session, plan_id)
        if plan.deleted_at is None:
            raise RefusedError(f"The plan for {plan.period} is not deleted.")
        live_account(session, plan.account_id)
        other = session.scalar(select(AccountPlan.id).where(
            AccountPlan.account_id == plan.account_id, AccountPlan.period == plan.period,
            AccountPlan.deleted_at.is_(None)))
        if other is not None:
            raise RefusedError(f"The account has another plan for {plan.period}; delete or "
                               "rename that one before restoring this one.")
        plan.deleted_at = None
        uow.commit()


__all__ = [
    "HEADER_FIELDS", "PERIOD_FORMATS", "SECTIONS", "SECTION_TITLES", "ActionItem",
    "Objective", "PlanData", "PlanSummary", "RiskItem", "SwotItem", "WhiteSpaceNote",
    "copy_plan_to_next_period", "create_plan", "delete_plan", "get_plan", "list_plans",
    "next_period", "parse_period", "restore_plan", "save_plan", "suggest_period",
    "validate_plan",
]
