"""What an account-plan PDF shows, read by `load_plan_document`: account, tier and why, figures,
quarters, satisfaction, buying center, visits, follow-ups and the plan of the period.

`make_account` and `make_plan` build data through the services (and the plan through the ORM,
since the plan editor is another module); the PDF and CLI tests use them too.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pytest

from kam_desktop.errors import NotFoundError
from kam_desktop.models import AccountPlan
from kam_desktop.models.erp import SalesLine
from kam_desktop.models.plan import (
    PlanAction,
    PlanObjective,
    PlanRisk,
    PlanSwotItem,
    PlanWhiteSpace,
)
from kam_desktop.services.account_editing import create_account
from kam_desktop.services.classification import set_override
from kam_desktop.services.contacts import create_contact, update_contact
from kam_desktop.services.plan_document import load_plan_document, quarters_up_to
from kam_desktop.services.surveys import record_survey, satisfaction_trend
from kam_desktop.services.visits import log_visit, plan_visit
from kam_desktop.storage.database import Database

TODAY = date(2026, 3, 15)
NAME = "上海精密仪器制造有限公司"
CONTACTS = ("王建国", "李晓燕", "Anna Schmidt", "陈志强")


def make_account(db: Database, code: str = "C900001", *, name: str = NAME,
                 today: date = TODAY, tier: str | None = "A") -> str:
    """An account with four contacts (a reporting line, one inactive-free buying center),
    sales over three years, two visits, one planned visit and three survey answers."""
    account_id = create_account(db, {"code": code, "name": name, "industry": "制造业",
                                     "region": "华东", "city": "上海", "owner": "张伟",
                                     "company_size": 850, "value_fit": 4}).id
    boss = create_contact(db, account_id, {"name": CONTACTS[0], "title": "总经理",
                                           "role": "decision_maker", "attitude": "supporter",
                                           "influence": 5, "relationship_strength": 4}).id
    buyer = create_contact(db, account_id, {"name": CONTACTS[1], "title": "采购总监",
                                            "role": "economic_buyer", "attitude": "neutral",
                                            "influence": 4, "relationship_strength": 2,
                                            "reports_to_id": boss}).id
    create_contact(db, account_id, {"name": CONTACTS[2], "title": "CTO",
                                    "role": "technical_evaluator", "attitude": "opponent",
                                    "influence": 3, "relationship_strength": 3,
                                    "reports_to_id": boss})
    left = create_contact(db, account_id, {"name": CONTACTS[3], "role": "user",
                                           "influence": 2, "reports_to_id": buyer}).id
    update_contact(db, left, {"active": False})
    with db.unit_of_work() as uow:
        key = uuid.UUID(account_id)
        for i, (day, amount, profit) in enumerate((
                (date(2023, 5, 10), 1000.0, 200.0), (date(2024, 11, 2), 2500.0, None),
                (date(2025, 8, 20), 4000.0, 900.0), (date(2025, 9, 1), 1000.0, 100.0),
                (date(2026, 2, 27), 3000.0, 600.0))):
            uow.session.add(SalesLine(account_id=key, order_no=f"{code}-{i}", line_key="1",
                                      order_date=day, amount=amount, profit=profit))
        uow.commit()
    log_visit(db, account_id, {"kind": "on_site", "visit_at": datetime(2025, 6, 3, 10, 0),
                               "purpose": "年度业务回顾", "outcome": "客户同意扩大试点",
                               "participant_ids": [boss, buyer]}, today=today)
    log_visit(db, account_id, {"kind": "phone", "visit_at": datetime(2026, 2, 20, 15, 0),
                               "purpose": "报价跟进", "next_steps": "发送修订报价",
                               "follow_up_date": date(2026, 3, 20),
                               "participant_ids": [buyer]}, today=today)
    log_visit(db, account_id, {"kind": "email", "visit_at": datetime(2024, 1, 5, 9, 0),
                               "purpose": "Too old to show"}, today=today)
    plan_visit(db, account_id, {"kind": "video", "visit_at": datetime(2026, 4, 2, 10, 0),
                                "purpose": "技术方案评审"}, today=today)
    for day, nps, csat in ((date(2025, 4, 10), 9, 5), (date(2025, 5, 2), 5, 3),
                           (date(2025, 11, 3), 10, 4)):
        record_survey(db, account_id, {"response_date": day, "nps": nps, "csat": csat,
                                       "contact_id": boss}, today=today)
    if tier is not None:
        set_override(db, code, tier, "战略合作协议已签署", user="李经理")
    return account_id


def make_plan(db: Database, account_id: str, period: str = "2026", *, actions: int = 10,
              objectives: Sequence[tuple[str, str, float | None, float | None]] | None = None,
              what: str = "行动", owner: str = "张伟") -> str:
    """A plan with needs, strategy, objectives, SWOT, white space, `actions` actions and two
    risks; returns its id."""
    objectives = objectives if objectives is not None else (
        ("revenue", "年度销售额目标", 11500.0, 15000.0),
        ("share_of_wallet", "钱包份额", 20.0, 35.0),
    )
    now = datetime.now(UTC)
    with db.unit_of_work() as uow:
        plan = AccountPlan(account_id=uuid.UUID(account_id), period=period, owner=owner,
                           status="final",
                           needs="客户需要缩短交付周期。\n\n- 降低停机时间\n- 本地备件",
                           strategy="成为客户现代化改造的首选合作伙伴。",
                           value_proposition="更少停机，更低总成本。",
                           review_cadence="每季度", created_at=now, updated_at=now)
        plan.objectives = [PlanObjective(position=i, metric=m, description=d, current_value=c,
                                         target_value=t, unit="%" if m == "share_of_wallet"
                                         else None)
                           for i, (m, d, c, t) in enumerate(objectives)]
        plan.swot_items = [PlanSwotItem(position=i, quadrant=q, text=text) for i, (q, text) in
                           enumerate((("strength", "本地服务团队"), ("weakness", "价格偏高"),
                                      ("opportunity", "新生产线"), ("threat", "竞争对手降价"),
                                      ("strength", "产品线齐全")))]
        plan.white_space = [PlanWhiteSpace(position=0, product_category="工业软件",
                                           note="MES 对接")]
        plan.actions = [PlanAction(position=i, what=f"{what} {i + 1:03d}", owner=owner,
                                   due_date=TODAY + timedelta(days=7 * i),
                                   status=("open", "done", "in_progress")[i % 3])
                        for i in range(actions)]
        plan.risks = [PlanRisk(position=0, risk="支持者离职", mitigation="建立多线关系"),
                      PlanRisk(position=1, risk="预算冻结", mitigation=None)]
        uow.session.add(plan)
        uow.commit()
        return plan.id.hex


@pytest.fixture
def account(db: Database) -> str:
    return make_account(db)


def load(db: Database, account_id: str, period: str | None = None):
    with db.unit_of_work() as uow:
        return load_plan_document(uow, account_id, period=period, today=TODAY)


def test_account_tier_and_plan(db: Database, account: str) -> None:
    make_plan(db, account, "2025", actions=2)
    make_plan(db, account, "2026", actions=12)
    doc = load(db, account)
    assert doc.account.name == NAME and doc.account.code == "C900001"
    assert doc.period == "2026"  # the newest plan
    assert doc.plan is not None
    assert [a.what for a in doc.plan.actions] == [f"行动 {i:03d}" for i in range(1, 13)]
    assert doc.plan.actions[0].due_date == TODAY
    assert doc.plan.swot.strengths == ("本地服务团队", "产品线齐全")
    assert doc.plan.swot.threats == ("竞争对手降价",)
    assert [o.description for o in doc.plan.objectives] == ["年度销售额目标", "钱包份额"]
    assert doc.plan.objectives[1].progress == pytest.approx(20 / 35)
    assert doc.plan.risks[1].mitigation is None
    assert doc.plan.white_space[0].category == "工业软件"
    assert doc.owner == "张伟"
    assert doc.tier.tier == "A" and doc.tier.override_reason == "战略合作协议已签署"
    assert doc.tier.policy_name is None  # never classified: the override alone
    assert load(db, account, "2025").plan.actions[1].what == "行动 002"  # type: ignore[union-attr]


def test_no_plan_for_the_period(db: Database, account: str) -> None:
    doc = load(db, account)
    assert doc.plan is None and doc.period == "2026"  # this year (today's)
    make_plan(db, account, "2026")
    doc = load(db, account, "2027")
    assert doc.plan is None and doc.period == "2027"


def test_deleted_plan_is_not_shown(db: Database, account: str) -> None:
    plan_id = make_plan(db, account, "2026")
    with db.unit_of_work() as uow:
        uow.session.get(AccountPlan, uuid.UUID(plan_id)).soft_delete()
        uow.commit()
    assert load(db, account, "2026").plan is None


def test_quarters_and_key_figures(db: Database, account: str) -> None:
    doc = load(db, account)
    assert len(doc.quarters) == 12
    assert (doc.quarters[0].year, doc.quarters[0].quarter) == (2023, 2)
    assert (doc.quarters[-1].year, doc.quarters[-1].quarter) == (2026, 1)
    by_quarter = {(q.year, q.quarter): q for q in doc.quarters}
    assert by_quarter[2025, 3].sales == 5000.0 and by_quarter[2025, 3].profit == 1000.0
    assert by_quarter[2024, 4].sales == 2500.0 and by_quarter[2024, 4].profit is None
    assert by_quarter[2024, 1].sales == 0.0
    figures = doc.figures
    assert figures.window_end == date(2026, 2, 27)  # the newest sales line
    assert figures.sales == 8000.0  # 2025-02-28 … 2026-02-27
    assert figures.prior_sales == 2500.0
    assert figures.profit == 1600.0
    assert figures.growth == pytest.approx(2.2)
    assert figures.last_visit == datetime(2026, 2, 20, 15, 0)
    assert figures.next_visit == datetime(2026, 4, 2, 10, 0)
    assert (figures.latest_nps, figures.latest_csat) == (10, 4)


def test_satisfaction_matches_the_survey_trend(db: Database, account: str) -> None:
    doc = load(db, account)
    with db.unit_of_work() as uow:
        trend = satisfaction_trend(uow, account, period="quarter")
    expected = [(p.year, (p.month + 2) // 3, int(r), round(n, 6), round(c, 6)) for p, r, n, c
                in zip(trend["period"], trend["responses"], trend["nps"], trend["csat"],
                       strict=True)]
    got = [(p.year, p.quarter, p.responses, round(p.nps or 0, 6), round(p.csat or 0, 6))
           for p in doc.satisfaction]
    assert got == expected
    assert got[0][3] == 0.0  # one promoter, one detractor


def test_buying_center(db: Database, account: str) -> None:
    center = load(db, account).buying_center
    names = [n.name for n in center.nodes]
    assert names == ["王建国", "李晓燕", "Anna Schmidt"]  # the inactive contact is left out
    boss = center.nodes[0]
    assert boss.level == 0 and boss.reports_to is None
    assert {n.reports_to for n in center.nodes[1:]} == {"王建国"}
    assert center.roles_covered == ("decision_maker", "technical_evaluator")
    assert center.strong_contacts == 2 and not center.single_threaded
    assert center.depth == 2 and center.width == 2


def test_visits_and_follow_ups(db: Database, account: str) -> None:
    doc = load(db, account)
    assert [v.purpose for v in doc.visits] == ["报价跟进", "年度业务回顾"]
    assert doc.visits[1].participants == "李晓燕, 王建国"
    assert [(f.item, f.due, f.overdue) for f in doc.follow_ups] == [
        ("follow_up", date(2026, 3, 20), False), ("visit", date(2026, 4, 2), False)]
    assert doc.follow_ups[0].what == "发送修订报价"
    with db.unit_of_work() as uow:
        later = load_plan_document(uow, account, today=date(2026, 3, 25))
    assert later.follow_ups[0].overdue


def test_tier_explanation_from_a_run(db: Database, account: str) -> None:
    from kam_desktop.services.classification import ensure_builtin_policies
    from kam_desktop.services.classification.runs import classify

    make_account(db, "C900002", name="Second Account Ltd", tier=None)
    ensure_builtin_policies(db)
    classify(db, "Balanced scorecard", end=date(2026, 2, 27))
    tier = load(db, account).tier
    assert tier.policy_name == "Balanced scorecard" and tier.method == "weighted"
    assert tier.tier == "A" and tier.overridden  # the override still wins
    assert tier.computed_tier is not None and tier.score is not None
    keys = [p.key for p in tier.parts]
    assert "sales" in keys
    sales = next(p for p in tier.parts if p.key == "sales")
    assert sales.label_zh == "销售额" and sales.raw == 8000.0


def test_unknown_account(db: Database) -> None:
    with pytest.raises(NotFoundError):
        load(db, uuid.uuid4().hex)
    with pytest.raises(NotFoundError):
        load(db, "not an id")


def test_quarters_up_to() -> None:
    assert quarters_up_to(date(2026, 1, 1), 3) == [(2025, 3), (2025, 4), (2026, 1)]
    assert quarters_up_to(date(2026, 12, 31), 1) == [(2026, 4)]
