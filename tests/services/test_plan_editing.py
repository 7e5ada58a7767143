"""Account plans: create, save and read back, validation, copy to the next period, soft delete,
and the figures from sales (white space, current values) against an independent computation."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date

import pandas as pd
import pytest
from sqlalchemy import insert

from kam_desktop.errors import NotFoundError, RefusedError
from kam_desktop.models import SalesLine, utcnow
from kam_desktop.services.account_editing import delete_account
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.plan_editing import (
    ActionItem,
    Objective,
    PlanData,
    RiskItem,
    SwotItem,
    WhiteSpaceNote,
    copy_plan_to_next_period,
    create_plan,
    delete_plan,
    get_plan,
    list_plans,
    next_period,
    parse_period,
    restore_plan,
    save_plan,
    suggest_period,
)
from kam_desktop.services.plan_white_space import (
    ObjectiveValues,
    WhiteSpaceSuggestion,
    derive_white_space,
    money_scale,
    suggest_objective_values,
)
from kam_desktop.services.validation import FieldErrors
from kam_desktop.storage.database import Database
from tests.services.conftest import NewAccount

AS_OF = date(2025, 6, 30)


def full_plan(period: str = "2026") -> PlanData:
    return PlanData(
        period=period, owner="王芳", status="final", review_cadence="每季度 / quarterly",
        needs="产线停机损失大；希望缩短备件交期。\nUnplanned downtime on line 3.",
        strategy="以技术服务带动自动化升级。", value_proposition="Uptime above 98 % with spares "
        "on consignment.",
        objectives=(
            Objective("年销售额 Revenue", metric="revenue", unit="万元", current_value=820,
                      target_value="1,000"),
            Objective("Gross profit", metric="profit", unit="CNY", target_value=2_500_000.5),
            Objective("钱包份额 Share of wallet", metric="share_of_wallet", unit="%",
                      current_value="35", target_value=50),
        ),
        swot=(
            SwotItem("strength", "十年合作，交付稳定"),
            SwotItem("weakness", "No local service engineer"),
            SwotItem("opportunity", "新工厂 2026 投产"),
            SwotItem("strength", "Technical team trusted by the plant manager"),
            SwotItem("threat", "竞争对手低价进入"),
        ),
        white_space=(WhiteSpaceNote("工业软件", "MES 试点"), WhiteSpaceNote("Sensors")),
        actions=(
            ActionItem("季度业务回顾", owner="王芳", due_date=date(2026, 3, 31),
                       status="in_progress"),
            ActionItem("Demo the MES pilot", due_date="2026-05-15"),
            ActionItem("Sign the service contract", owner="Li Lei", status="done"),
        ),
        risks=(RiskItem("决策人变动", "发展第二位支持者"), RiskItem("Price pressure")),
    )


def test_create_list_and_round_trip(db: Database, new_account: NewAccount) -> None:
    account = new_account("A1")
    plan_id = create_plan(db, account, " 2026 ", owner="王芳")
    with db.unit_of_work() as uow:
        [summary] = list_plans(uow, account)
        empty = get_plan(uow, plan_id)
    assert (summary.id, summary.period, summary.owner, summary.status) == (
        plan_id, "2026", "王芳", "draft")
    assert empty == PlanData(period="2026", owner="王芳")

    save_plan(db, plan_id, full_plan())
    with db.unit_of_work() as uow:
        plan = get_plan(uow, plan_id)
        [summary] = list_plans(uow, account)
    expected = full_plan()
    assert plan.period == "2026" and plan.status == "final" and plan.owner == "王芳"
    assert plan.needs == expected.needs and plan.value_proposition == expected.value_proposition
    assert [(o.description, o.metric, o.unit, o.current_value, o.target_value)
            for o in plan.objectives] == [
        ("年销售额 Revenue", "revenue", "万元", 820.0, 1000.0),
        ("Gross profit", "profit", "CNY", None, 2_500_000.5),
        ("钱包份额 Share of wallet", "share_of_wallet", "%", 35.0, 50.0),
    ]
    assert plan.objectives[0].progress == pytest.approx(0.82)
    assert plan.swot == expected.swot  # order kept, quadrants mixed
    assert plan.swot_in("strength") == ("十年合作，交付稳定",
                                        "Technical team trusted by the plant manager")
    assert plan.white_space == expected.white_space
    assert plan.actions == (
        ActionItem("季度业务回顾", "王芳", date(2026, 3, 31), "in_progress"),
        ActionItem("Demo the MES pilot", None, date(2026, 5, 15), "open"),
        ActionItem("Sign the service contract", "Li Lei", None, "done"),
    )
    assert plan.risks == (RiskItem("决策人变动", "发展第二位支持者"), RiskItem("Price pressure"))
    assert (summary.objectives, summary.open_actions) == (3, 2)

    # Saving again replaces every section: rows removed, reordered, changed.
    save_plan(db, plan_id, PlanData(period="2026", actions=(plan.actions[1], plan.actions[0])))
    with db.unit_of_work() as uow:
        again = get_plan(uow, plan_id)
    assert again.actions == (plan.actions[1], plan.actions[0])
    assert again.objectives == again.swot == again.white_space == again.risks == ()
    assert again.owner is None and again.status == "draft"


def test_one_plan_per_account_and_period(db: Database, new_account: NewAccount) -> None:
    account, other = new_account("A1"), new_account("A2")
    first = create_plan(db, account, "2026")
    with pytest.raises(FieldErrors) as caught:
        create_plan(db, account, "2026")
    assert caught.value.errors == {"period": "This account already has a plan for 2026; open "
                                             "that one, or choose another period."}
    create_plan(db, other, "2026")  # another account may
    h1 = create_plan(db, account, "2026h1")  # normalised to 2026-H1, a different period
    with pytest.raises(FieldErrors) as caught:
        save_plan(db, h1, PlanData(period="2026"))  # renaming onto a taken period
    assert "already has a plan for 2026" in caught.value.errors["period"]
    delete_plan(db, first)
    second = create_plan(db, account, "2026")  # a deleted plan does not block its period
    with db.unit_of_work() as uow:
        assert [p.period for p in list_plans(uow, account)] == ["2026", "2026-H1"]
        assert suggest_period(uow, account, today=date(2026, 2, 1)) == "2027"
    with pytest.raises(RefusedError, match="another plan for 2026"):
        restore_plan(db, first)
    delete_plan(db, second)
    restore_plan(db, first)


def test_invalid_periods_and_accounts(db: Database, new_account: NewAccount) -> None:
    account = new_account("A1")
    for bad in ("", "26", "2026-H3", "1999", "next year", "2026-Q5"):
        with pytest.raises(FieldErrors) as caught:
            create_plan(db, account, bad)
        assert set(caught.value.errors) == {"period"}, bad
    with pytest.raises(FieldErrors) as caught:
        create_plan(db, account, "2026-H3")
    assert caught.value.errors["period"] == (
        "Period '2026-H3' is not a period: use a year like 2026, a half year like 2026-H1, "
        "or a quarter like 2026-Q3.")
    delete_account(db, account)
    with pytest.raises(NotFoundError, match="is deleted"):
        create_plan(db, account, "2026")


@pytest.mark.parametrize(("text", "normal", "after"), [
    ("2026", "2026", "2027"),
    ("2026-H1", "2026-H1", "2026-H2"),
    ("2026 h2", "2026-H2", "2027-H1"),
    ("2026Q3", "2026-Q3", "2026-Q4"),
    ("2026-q4", "2026-Q4", "2027-Q1"),
    ("2026/Q1", "2026-Q1", "2026-Q2"),
])
def test_periods(text: str, normal: str, after: str) -> None:
    assert parse_period(text) == normal
    assert next_period(text) == after


def test_validation_names_section_row_and_field(db: Database, new_account: NewAccount) -> None:
    account = new_account("A1")
    plan_id = create_plan(db, account, "2026")
    save_plan(db, plan_id, full_plan())
    with db.unit_of_work() as uow:
        before = get_plan(uow, plan_id)
    bad = PlanData(
        period="2026", status="approved", owner="x" * 101,
        objectives=(Objective("Revenue", metric="revenue", target_value="lots"),
                    Objective(" ", metric="share_of_wallet", current_value=120),
                    Objective("Revenue", metric="revenue", current_value=-5)),
        swot=(SwotItem("strength", "ok"), SwotItem("threatt", "typo"), SwotItem("threat", "")),
        white_space=(WhiteSpaceNote("Sensors"), WhiteSpaceNote("sensors ")),
        actions=(ActionItem("ok"), ActionItem("Call", due_date="2026-02-30"),
                 ActionItem("Call", due_date=date(2206, 1, 1), status="finished")),
        risks=(RiskItem("", "mitigation without a risk"),),
    )
    with pytest.raises(FieldErrors) as caught:
        save_plan(db, plan_id, bad)
    assert caught.value.errors == {
        "owner": "Owner has 101 characters; at most 100 fit.",
        "status": "Status must be one of draft, final (not 'approved').",
        "objectives.0.target_value": "Objectives, row 1: Target must be a number (not 'lots').",
        "objectives.1.description": "Objectives, row 2: Description is required.",
        "objectives.1.current_value": "Objectives, row 2: Current value must be from 0 to 100. "
                                      "Share of wallet is a percentage.",
        "objectives.2.current_value": "Objectives, row 3: Current value must be 0 or more.",
        "swot.1.quadrant": "SWOT, row 2: Quadrant must be one of strength, weakness, "
                           "opportunity, threat (not 'threatt').",
        "swot.2.text": "SWOT, row 3: Text is required.",
        "white_space.1.product_category": "White space, row 2: 'sensors' is already in row 1.",
        "actions.1.due_date": "Action plan, row 2: Due date must be a date like 2025-03-31 "
                              "(not '2026-02-30').",
        "actions.2.due_date": "Action plan, row 3: Due date 2206-01-01 is not between "
                              "2000-01-01 and 2100-12-31; is the year mistyped?",
        "actions.2.status": "Action plan, row 3: Status must be one of open, in_progress, done, "
                            "cancelled (not 'finished').",
        "risks.0.risk": "Risks, row 1: Risk is required.",
    }
    with db.unit_of_work() as uow:
        assert get_plan(uow, plan_id) == before  # nothing written


def test_save_refuses_stale_and_deleted_plans(db: Database, new_account: NewAccount) -> None:
    account = new_account("A1")
    plan_id = create_plan(db, account, "2026")
    with db.unit_of_work() as uow:
        loaded = get_plan(uow, plan_id).updated_at
    save_plan(db, plan_id, full_plan(), expect_updated_at=loaded)
    with db.unit_of_work() as uow:
        saved = get_plan(uow, plan_id)
    with pytest.raises(RefusedError, match="changed elsewhere"):
        save_plan(db, plan_id, PlanData(period="2026"), expect_updated_at=loaded)
    delete_plan(db, plan_id)
    with pytest.raises(RefusedError, match="already deleted"):
        delete_plan(db, plan_id)
    with pytest.raises(NotFoundError, match="is deleted; restore it first"):
        save_plan(db, plan_id, full_plan())
    with db.unit_of_work() as uow:
        assert list_plans(uow, account) == []
        [deleted] = list_plans(uow, account, deleted=True)
        assert deleted.id == plan_id and deleted.deleted_at is not None
    restore_plan(db, plan_id)
    with pytest.raises(RefusedError, match="not deleted"):
        restore_plan(db, plan_id)
    with db.unit_of_work() as uow:
        assert get_plan(uow, plan_id) == saved  # restored as it was
        assert [p.id for p in list_plans(uow, account)] == [plan_id]
    with pytest.raises(NotFoundError):
        save_plan(db, "0" * 32, full_plan())


# --- with sales ----------------------------------------------------------------------------------


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, accounts=60, seed=5, as_of=AS_OF)
    return db


def frames(db: Database) -> tuple[pd.DataFrame, pd.DataFrame]:
    with sqlite3.connect(db.path) as conn:
        sales = pd.read_sql_query("SELECT * FROM sales_lines", conn, parse_dates=["order_date"])
        accounts = pd.read_sql_query("SELECT id, code, deleted_at FROM accounts", conn)
    return sales, accounts


def expected_white_space(db: Database, account_key: str, start: str, end: str
                         ) -> list[tuple[str, float, int, object]]:
    """The definition in plan_white_space's docstring, in pandas."""
    sales, accounts = frames(db)
    live = set(accounts.loc[accounts["deleted_at"].isna(), "id"])
    sales["category"] = sales["product_category"].str.strip()
    sales = sales[sales["category"].fillna("") != ""]
    window = sales[(sales["order_date"] >= start) & (sales["order_date"] <= end)
                   & sales["account_id"].isin(live)]
    mine = window[(window["account_id"] == account_key) & (window["amount"] > 0)]
    revenue = window.groupby("category")["amount"].sum()
    buyers = window[window["amount"] > 0].groupby("category")["account_id"].nunique()
    ever = sales[(sales["account_id"] == account_key) & (sales["amount"] > 0)]
    last = ever.groupby("category")["order_date"].max()
    rows = [(c, round(r), int(buyers.get(c, 0)),
             last[c].date() if c in last.index else None)
            for c, r in revenue.items() if r > 0 and c not in set(mine["category"])]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def rows_of(found: list[WhiteSpaceSuggestion]) -> list[tuple[str, float, int, object]]:
    """Revenue to the unit (SQLite and pandas add floats in different orders)."""
    return [(w.product_category, round(w.portfolio_revenue), w.buyers, w.last_bought)
            for w in found]


def test_white_space_equals_an_independent_computation(demo: Database) -> None:
    sales, accounts = frames(demo)
    end = sales.loc[sales["order_date"] <= pd.Timestamp(AS_OF), "order_date"].max()
    checked = 0
    # Some accounts that buy few categories, and one lapsed buyer, across the portfolio.
    for key in accounts["id"].tolist()[:25]:
        for months, start in ((12, end - pd.DateOffset(months=12) + pd.Timedelta(days=1)),
                              (24, end - pd.DateOffset(months=24) + pd.Timedelta(days=1))):
            with demo.unit_of_work() as uow:
                got = derive_white_space(uow, key, months=months, today=AS_OF)
            expected = expected_white_space(demo, key, str(start.date()), str(end.date()))
            assert rows_of(got) == expected, (key, months)
            checked += bool(got)
    assert checked > 10  # the demo leaves most accounts some white space
    with demo.unit_of_work() as uow:
        lapsed = [w for key in accounts["id"].tolist()
                  for w in derive_white_space(uow, key, today=AS_OF) if w.last_bought]
    assert lapsed, "some account bought a category before the window and not in it"

    # A deleted account no longer counts in the portfolio.
    key = accounts["id"].iloc[0]
    victim = accounts["id"].iloc[1]
    delete_account(demo, victim)
    with demo.unit_of_work() as uow:
        got = derive_white_space(uow, key, today=AS_OF)
    start = end - pd.DateOffset(months=12) + pd.Timedelta(days=1)
    assert rows_of(got) == expected_white_space(demo, key, str(start.date()), str(end.date()))


def test_white_space_without_sales(db: Database, new_account: NewAccount) -> None:
    account = new_account("A1")
    with db.unit_of_work() as uow:
        assert derive_white_space(uow, account) == []
        values = suggest_objective_values(uow, account)
    assert values == ObjectiveValues(window=None, revenue=None, profit=None, margin=None)


def test_objective_values_and_copy_to_next_period(demo: Database) -> None:
    sales, _ = frames(demo)
    end = sales.loc[sales["order_date"] <= pd.Timestamp(AS_OF), "order_date"].max()
    start = end - pd.DateOffset(months=12) + pd.Timedelta(days=1)
    key = sales.groupby("account_id")["amount"].sum().idxmax()
    mine = sales[(sales["account_id"] == key) & (sales["order_date"] >= start)
                 & (sales["order_date"] <= end)]
    revenue = mine["amount"].sum()
    profit = mine["profit"].fillna(mine["amount"] - mine["cost"]).sum()
    with demo.unit_of_work() as uow:
        values = suggest_objective_values(uow, key, today=AS_OF)
    assert values.window is not None and values.window.end == end.date()
    assert values.revenue == pytest.approx(revenue, abs=0.01)
    assert values.profit == pytest.approx(profit, abs=0.01)
    assert values.margin == pytest.approx(profit / revenue)

    plan = full_plan("2025-H2")
    plan = PlanData(**{**plan.__dict__, "objectives": (
        *plan.objectives, Objective("毛利率 Gross margin", unit="%", target_value=30),
        Objective("Visits per quarter", unit="visits", current_value=2, target_value=3))})
    plan_id = create_plan(demo, key, "2025-H2", data=plan)
    new_id = copy_plan_to_next_period(demo, plan_id, today=AS_OF)
    with demo.unit_of_work() as uow:
        copy = get_plan(uow, new_id)
        source = get_plan(uow, plan_id)
    assert copy.period == "2026-H1" and copy.status == "draft" and source.status == "final"
    assert copy.account_id == key
    for name in ("owner", "review_cadence", "needs", "strategy", "value_proposition", "swot",
                 "white_space", "actions", "risks"):
        assert getattr(copy, name) == getattr(source, name), name
    currents = [o.current_value for o in copy.objectives]
    assert currents == [round(revenue / 10_000, 2), pytest.approx(round(profit, 2)), 35.0,
                        round(profit / revenue * 100, 1), 2.0]
    assert [o.target_value for o in copy.objectives] == [o.target_value
                                                        for o in source.objectives]
    with pytest.raises(RefusedError, match="already has a plan for 2026-H1"):
        copy_plan_to_next_period(demo, plan_id)
    kept = copy_plan_to_next_period(demo, new_id, refresh_current=False)
    with demo.unit_of_work() as uow:
        assert get_plan(uow, kept).period == "2026-H2"
        assert get_plan(uow, kept).objectives == copy.objectives


@pytest.mark.parametrize(("unit", "scale"), [
    (None, 1.0), ("", 1.0), ("CNY", 1.0), ("元", 1.0), ("万元", 1e4), ("万", 1e4),
    ("k USD", 1e3), ("CNY 10k", 1e4), ("百万元", 1e6), ("M", 1e6), ("亿元", 1e8), ("%", None),
    ("visits", None),
])
def test_money_units(unit: str | None, scale: float | None) -> None:
    assert money_scale(unit) == scale


def test_white_space_follows_new_sales(demo: Database) -> None:
    """The portfolio's figures are cached per data generation: a committed sale is seen."""
    sales, accounts = frames(demo)
    with demo.unit_of_work() as uow:
        before = {key: derive_white_space(uow, key, today=AS_OF) for key in accounts["id"]}
    key = next(k for k, found in before.items() if found)
    gap = before[key][0]
    other = next(k for k, found in before.items()
                 if k != key and gap.product_category in [w.product_category for w in found])
    end = sales.loc[sales["order_date"] <= pd.Timestamp(AS_OF), "order_date"].max().date()
    with demo.unit_of_work() as uow:
        uow.session.execute(insert(SalesLine), [{
            "id": uuid.uuid4(), "account_id": uuid.UUID(key), "order_no": "T-1",
            "line_key": "1", "order_date": end, "product_category": f" {gap.product_category} ",
            "amount": 1000.0, "created_at": utcnow(), "updated_at": utcnow()}])
        uow.commit()
    with demo.unit_of_work() as uow:
        after = derive_white_space(uow, key, today=AS_OF)
        [moved] = [w for w in derive_white_space(uow, other, today=AS_OF)
                   if w.product_category == gap.product_category]
    assert [w.product_category for w in after] == [w.product_category for w in before[key][1:]]
    assert moved.portfolio_revenue == pytest.approx(gap.portfolio_revenue + 1000)
    assert moved.buyers == gap.buyers + 1
