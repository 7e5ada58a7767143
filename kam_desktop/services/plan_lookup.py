"""What the printing and batch-export screens need to know about plans, without loading one.

- `plan_status_table`: every live account with its plan for one period (or none), as one
  DataFrame from one SQL statement — the Plans page shows 100,000 accounts from it.
- `plan_periods`: the periods that have plans, newest first, for the period chooser.
- `plan_target`: which account, code, name and period a "print this plan" request means, so
  the file name and the PDF agree on the period.

Ids are returned as 32 hex digits, as stored (every service accepts that spelling).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

import pandas as pd
from sqlalchemy import select

from kam_desktop.errors import NotFoundError
from kam_desktop.models import Account, AccountPlan
from kam_desktop.services.accounts import TIER_SQL
from kam_desktop.services.edits import parse_id
from kam_desktop.storage.unit_of_work import UnitOfWork

STATUS_COLUMNS = (
    "id", "code", "name", "tier", "owner", "status", "plan_id", "plan_status", "plan_owner",
    "plan_updated",
)
_YEAR = re.compile(r"^(\d{4})")


@dataclass(frozen=True)
class PlanTarget:
    """The account a plan request is about, and the period to print."""

    account_id: str
    code: str
    name: str
    period: str
    plan_id: str | None  # None: the account has no live plan for `period`


def period_sort_key(period: str) -> tuple[int, str]:
    """A sort key: the leading year, then the text (periods without a year sort oldest)."""
    found = _YEAR.match(period)
    return (int(found.group(1)) if found else 0, period)


def plan_periods(uow: UnitOfWork) -> list[str]:
    """The distinct periods of live plans of live accounts, newest first."""
    rows = uow.session.scalars(
        select(AccountPlan.period).join(Account, Account.id == AccountPlan.account_id)
        .where(AccountPlan.deleted_at.is_(None), Account.deleted_at.is_(None)).distinct()
    ).all()
    return sorted(rows, key=period_sort_key, reverse=True)


def default_period(uow: UnitOfWork, *, today: date | None = None) -> str:
    """The period a batch export starts on: this year when plans exist for it (or none exist
    at all), else the newest period with plans."""
    this_year = str((today or date.today()).year)
    periods = plan_periods(uow)
    if not periods or this_year in periods:
        return this_year
    return periods[0]


def plan_status_table(uow: UnitOfWork, period: str) -> pd.DataFrame:
    """Every live account (columns `STATUS_COLUMNS`) with its live plan for `period`, by code.

    `tier` is the tier in force; `plan_id`, `plan_status` (draft/final), `plan_owner` and
    `plan_updated` (UTC timestamps) are missing where the account has no plan for `period`.
    """
    sql = f"""
        SELECT a.id, a.code, a.name, {TIER_SQL} AS tier, a.owner, a.status,
               p.id AS plan_id, p.status AS plan_status, p.owner AS plan_owner,
               p.updated_at AS plan_updated
          FROM accounts a
          LEFT JOIN account_plans p
                 ON p.account_id = a.id AND p.period = ? AND p.deleted_at IS NULL
         WHERE a.deleted_at IS NULL
         ORDER BY a.code
    """
    conn = uow.session.connection().connection.driver_connection
    frame = pd.read_sql_query(sql, conn, params=(period,))
    for column in STATUS_COLUMNS:
        if column != "plan_updated":
            frame[column] = frame[column].astype("object")
    frame["plan_updated"] = pd.to_datetime(frame["plan_updated"], utc=True, format="ISO8601")
    return frame[list(STATUS_COLUMNS)]


def plan_target(uow: UnitOfWork, account_id: str, plan_id: str | None = None, *,
                period: str | None = None, today: date | None = None) -> PlanTarget:
    """The account, and the period to print: `plan_id`'s period when given (it must belong to
    the account), else `period` (with the account's live plan for it, if any), else the
    account's newest live plan's, else this year."""
    session = uow.session
    account = session.get(Account, parse_id(account_id, "account"))
    if account is None or account.deleted_at is not None:
        raise NotFoundError(f"No account with id {account_id!s}.")
    plan: AccountPlan | None
    if plan_id is not None:
        plan = session.get(AccountPlan, parse_id(plan_id, "plan"))
        if plan is None or plan.account_id != account.id:
            raise NotFoundError(f"No account plan with id {plan_id!s} for account "
                                f"{account.code}.")
    else:
        plans = session.scalars(select(AccountPlan).where(
            AccountPlan.account_id == account.id, AccountPlan.deleted_at.is_(None))).all()
        if period is not None:
            plan = next((p for p in plans if p.period == period), None)
        else:
            plan = max(plans, key=lambda p: period_sort_key(p.period), default=None)
    if plan is not None:
        period = plan.period
    elif period is None:
        period = str((today or date.today()).year)
    return PlanTarget(account_id=account.id.hex, code=account.code, name=account.name,
                      period=period, plan_id=_hex(plan.id) if plan is not None else None)


def _hex(value: uuid.UUID) -> str:
    return value.hex


__all__ = [
    "STATUS_COLUMNS", "PlanTarget", "default_period", "period_sort_key", "plan_periods",
    "plan_status_table", "plan_target",
]
