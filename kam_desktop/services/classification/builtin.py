"""The policies that ship with the app: ABC by sales, ABC by profit, and a balanced scorecard.

They are stored like any other policy (`builtin = 1`), so users can edit them (a new version)
and every run records the version it used. `ensure_builtin_policies` installs the ones whose
name is not in the database yet; a builtin the user deleted stays deleted.

The scorecard weighs the four indicator families of DOMAIN.md plus relationship, 100 points in
all: transaction 35, financial 15, customer characteristics 15, demand fit 20, relationship 15.
Missing-value rules follow what a missing value means:
- never ordered (no recency), no relationship data → `worst`: nothing known is nothing earned;
- no prior-period sales (new customer), ratings not yet given, unlisted industry → `neutral`;
- nothing paid in the window (no collection days), size/profit/NPS unknown → `exclude`: the
  account is judged on what is known.
"""

from __future__ import annotations

from kam_desktop.services.classification.library import store_policy
from kam_desktop.services.classification.policy import (
    DEFAULT_ABC_LEVELS,
    DEFAULT_CUTOFF_LEVELS,
    IndicatorRule,
    Policy,
)
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

ABC_BY_SALES = "ABC by sales"
ABC_BY_PROFIT = "ABC by profit"
BALANCED_SCORECARD = "Balanced scorecard"

INDUSTRY_SCORES: dict[str, float] = {
    "金融": 90, "制造业": 80, "汽车零部件": 80, "电子": 75, "医药": 75, "信息技术": 70,
    "能源": 65, "化工": 60, "食品饮料": 55, "物流": 50, "零售": 50, "建筑": 45,
    "Finance": 90, "Manufacturing": 80, "Automotive": 80, "Electronics": 75,
    "Pharmaceuticals": 75, "Information technology": 70, "Energy": 65, "Chemicals": 60,
    "Food and beverage": 55, "Logistics": 50, "Retail": 50, "Construction": 45,
}


def _rule(key: str, weight: float, direction: str = "higher", normalize: str = "percentile",
          missing: str = "worst", scores: dict[str, float] | None = None) -> IndicatorRule:
    return IndicatorRule(key=key, weight=float(weight), direction=direction,
                         normalize=normalize, missing=missing, scores=scores)


def builtin_policies() -> tuple[Policy, ...]:
    abc_sales = Policy(
        name=ABC_BY_SALES, method="abc", indicator="sales", levels=DEFAULT_ABC_LEVELS,
        description="Pareto on sales in the window: A up to 80 % of sales, B to 95 %, C the "
                    "rest.",
    )
    abc_profit = Policy(
        name=ABC_BY_PROFIT, method="abc", indicator="profit", levels=DEFAULT_ABC_LEVELS,
        description="Pareto on gross profit in the window: A up to 80 %, B to 95 %, C the rest.",
    )
    scorecard = Policy(
        name=BALANCED_SCORECARD, method="weighted", mode="cutoffs",
        levels=DEFAULT_CUTOFF_LEVELS,
        description="Transaction 35, financial 15, customer characteristics 15, demand fit 20, "
                    "relationship 15.",
        indicators=(
            # Transaction (交易类) — 35
            _rule("sales", 12),
            _rule("profit", 8, missing="exclude"),
            _rule("orders", 5),
            _rule("growth", 5, missing="neutral"),
            _rule("recency_days", 5, direction="lower"),
            # Financial (财务类) — 15, lower is better
            _rule("collection_days", 8, direction="lower", missing="exclude"),
            _rule("overdue", 7, direction="lower"),
            # Customer characteristics (客户特征类) — 15
            _rule("industry", 5, missing="neutral", scores=INDUSTRY_SCORES),
            _rule("company_size", 5, missing="exclude"),
            _rule("company_profit", 5, missing="exclude"),
            # Demand fit (需求匹配类) — 20, 1–5 ratings
            _rule("value_fit", 5, normalize="minmax", missing="neutral"),
            _rule("procurement_fit", 5, normalize="minmax", missing="neutral"),
            _rule("growth_potential", 5, normalize="minmax", missing="neutral"),
            _rule("influence", 5, normalize="minmax", missing="neutral"),
            # Relationship (关系) — 15
            _rule("nps", 5, normalize="minmax", missing="exclude"),
            _rule("relationship", 5, normalize="minmax"),
            _rule("coverage", 5, normalize="minmax"),
        ),
    )
    return abc_sales, abc_profit, scorecard


def ensure_builtin_policies(target: Database | UnitOfWork) -> list[str]:
    """Install the builtin policies not yet in the database; returns the names installed.
    Given a unit of work, writes inside it (the caller commits)."""
    if isinstance(target, Database):
        with target.unit_of_work() as uow:
            installed = ensure_builtin_policies(uow)
            if installed:
                uow.commit()
        return installed
    conn = target.session.connection().connection.driver_connection
    present = {r[0] for r in conn.execute("SELECT DISTINCT name FROM tier_policies")}
    installed = []
    for policy in builtin_policies():
        if policy.name not in present:
            store_policy(target, policy, builtin=True)
            installed.append(policy.name)
    return installed


__all__ = [
    "ABC_BY_PROFIT", "ABC_BY_SALES", "BALANCED_SCORECARD", "INDUSTRY_SCORES",
    "builtin_policies", "ensure_builtin_policies",
]
