"""Plan status per account, plan periods, and which plan a print request means."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pandas as pd
import pytest
from sqlalchemy import select

from kam_desktop.errors import NotFoundError
from kam_desktop.models import Account, AccountPlan
from kam_desktop.services.plan_lookup import (
    STATUS_COLUMNS,
    default_period,
    plan_periods,
    plan_status_table,
    plan_target,
)
from kam_desktop.storage.database import Database

TODAY = date(2026, 3, 1)


@pytest.fixture
def accounts(db: Database) -> dict[str, str]:
    """Three accounts (one deleted) with plans: C1 for 2025 and 2026 (and a deleted 2024),
    C2 none, C3 deleted with a 2026 plan. Returns code -> id (hex)."""
    with db.unit_of_work() as uow:
        session = uow.session
        made = {code: Account(code=code, name=f"Account {code}") for code in ("C1", "C2", "C3")}
        session.add_all(made.values())
        session.flush()
        session.add_all([
            AccountPlan(account_id=made["C1"].id, period="2025", status="final", owner="Li"),
            AccountPlan(account_id=made["C1"].id, period="2026", owner="Wang"),
            AccountPlan(account_id=made["C1"].id, period="2024",
                        deleted_at=datetime(2025, 1, 1, tzinfo=UTC)),
            AccountPlan(account_id=made["C3"].id, period="2023"),
        ])
        made["C3"].deleted_at = datetime(2025, 1, 1, tzinfo=UTC)
        uow.commit()
        return {code: account.id.hex for code, account in made.items()}


def test_status_table_has_every_live_account_with_its_plan_for_the_period(
        db: Database, accounts: dict[str, str]) -> None:
    with db.unit_of_work() as uow:
        frame = plan_status_table(uow, "2026")
    assert list(frame.columns) == list(STATUS_COLUMNS)
    assert frame["code"].tolist() == ["C1", "C2"]
    first, second = frame.iloc[0], frame.iloc[1]
    assert first["id"] == accounts["C1"]
    assert first["plan_status"] == "draft" and first["plan_owner"] == "Wang"
    assert isinstance(first["plan_updated"], pd.Timestamp) and first["plan_updated"].tzinfo
    assert pd.isna(second["plan_id"]) and pd.isna(second["plan_updated"])
    with db.unit_of_work() as uow:
        older = plan_status_table(uow, "2025")
        deleted = plan_status_table(uow, "2024")
    assert older.iloc[0]["plan_status"] == "final"
    assert deleted["plan_id"].isna().all()  # a deleted plan is no plan


def test_periods_newest_first_and_the_default(db: Database, accounts: dict[str, str]) -> None:
    with db.unit_of_work() as uow:
        # 2024's plan is deleted, 2023's account is: neither is offered.
        assert plan_periods(uow) == ["2026", "2025"]
        assert default_period(uow, today=TODAY) == "2026"
        assert default_period(uow, today=date(2030, 1, 1)) == "2026"


def test_default_period_without_plans_is_this_year(db: Database) -> None:
    with db.unit_of_work() as uow:
        assert plan_periods(uow) == []
        assert default_period(uow, today=TODAY) == "2026"


def test_target_follows_the_plan_then_the_period_then_the_newest(
        db: Database, accounts: dict[str, str]) -> None:
    with db.unit_of_work() as uow:
        plan_2025 = uow.session.scalars(select(AccountPlan).where(
            AccountPlan.period == "2025")).one().id
        by_plan = plan_target(uow, accounts["C1"], str(plan_2025))
        assert (by_plan.code, by_plan.period, by_plan.plan_id) == ("C1", "2025", plan_2025.hex)
        newest = plan_target(uow, str(uuid.UUID(accounts["C1"])))
        assert newest.period == "2026" and newest.name == "Account C1"
        chosen = plan_target(uow, accounts["C1"], period="2027")
        assert (chosen.period, chosen.plan_id) == ("2027", None)
        none = plan_target(uow, accounts["C2"], today=TODAY)
        assert (none.period, none.plan_id) == ("2026", None)


def test_target_refuses_a_foreign_plan_and_a_deleted_account(
        db: Database, accounts: dict[str, str]) -> None:
    with db.unit_of_work() as uow:
        plan = uow.session.scalars(select(AccountPlan).where(
            AccountPlan.period == "2026")).one().id
        with pytest.raises(NotFoundError):
            plan_target(uow, accounts["C2"], plan.hex)
        with pytest.raises(NotFoundError):
            plan_target(uow, accounts["C3"])
        with pytest.raises(NotFoundError):
            plan_target(uow, "not-an-id")
