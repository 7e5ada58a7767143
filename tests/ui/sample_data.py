"""A small, known portfolio written through the ORM, for the UI tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kam_desktop.models import Account, Contact, SalesLine, TierOverride, Visit
from kam_desktop.storage.database import Database

# code, name, industry, region, city, owner, status, tier, company_size, annual_revenue
ACCOUNTS = [
    ("C001", "Zhongda Machinery 中大机械", "Manufacturing", "East", "Shanghai", "Li Wei",
     "active", "S", 1200, 2_500_000_000.0),
    ("C002", "Acme Trading", "Retail", "North", "Beijing", "Wang Fang", "active", "A", 80,
     15_000_000.5),
    ("C003", "Blue River Foods", "Food", "South", "Guangzhou", "Li Wei", "inactive", None,
     None, None),
    ("C004", "Crane Logistics", "Logistics", "East", "Hangzhou", "Zhao Min", "prospect", "B",
     450, 300_000_000.0),
    ("C005", "delta Pharma 德尔塔制药", "Pharma", "West", "Chengdu", "Wang Fang", "active", "A",
     3000, None),
]


def add_sample_accounts(db: Database) -> None:
    """Five accounts (two tier A, one S, one B, one unclassified); C001 has contacts and sales."""
    with db.unit_of_work() as uow:
        session = uow.session
        by_code: dict[str, Account] = {}
        for code, name, industry, region, city, owner, status, _tier, size, revenue in ACCOUNTS:
            account = Account(
                code=code, name=name, industry=industry, region=region, city=city, owner=owner,
                status=status, company_size=size, annual_revenue=revenue, segment="Enterprise",
            )
            session.add(account)
            by_code[code] = account
        first = by_code["C001"]
        first.address = "88 Century Avenue, Pudong"
        first.website = "https://zhongda.example.cn"
        first.value_fit, first.procurement_fit, first.growth_potential, first.influence = 5, 4, 3, 5
        first.notes = "Annual framework contract renewal in Q3."
        session.flush()
        session.add_all([
            Contact(account_id=first.id, name="Chen Jing", title="CEO", role="decision_maker",
                    attitude="supporter", influence=5, relationship_strength=4),
            Contact(account_id=first.id, name="Sun Lei", title="Head of Procurement",
                    role="economic_buyer", attitude="opponent", influence=4,
                    relationship_strength=2),
            Contact(account_id=first.id, name="Zhou Ning", title="Engineer",
                    role="technical_evaluator", attitude="neutral", influence=3),
        ])
        session.add_all([
            SalesLine(account_id=first.id, order_no="SO-1", line_key="1",
                      order_date=date(2024, 1, 15), amount=1_234_567.5),
            SalesLine(account_id=first.id, order_no="SO-2", line_key="1",
                      order_date=date(2024, 6, 30), amount=1000.25),
        ])
        session.add(Visit(account_id=first.id, visit_at=datetime(2024, 5, 6, 9, 0),
                          kind="on_site", status="done", purpose="Quarterly review"))
        for code, *_rest in ACCOUNTS:
            tier = _rest[6]
            if tier:
                session.add(TierOverride(
                    account_id=by_code[code].id, tier=tier, reason="test", set_by="tests",
                    set_at=datetime(2024, 1, 1, tzinfo=UTC),
                ))
        uow.commit()
