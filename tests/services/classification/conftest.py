"""A small portfolio whose every indicator can be worked out by hand (see `portfolio`), and the
Northwind sales export of the import tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from kam_desktop.models import Account, Contact, Receivable, SalesLine, SurveyResponse
from kam_desktop.storage.database import Database
from tests.services.importing.conftest import northwind_sales  # noqa: F401 (a fixture)

END = date(2024, 12, 31)  # the newest sales line: the default window is calendar 2024


@dataclass
class Portfolio:
    ids: dict[str, str]  # code → account id (32 hex digits)


def _line(account: Account, order: str, day: date, amount: float, *, key: str = "1",
          cost: float | None = None, profit: float | None = None) -> SalesLine:
    return SalesLine(account_id=account.id, order_no=order, line_key=key, order_date=day,
                     amount=amount, cost=cost, profit=profit)


def _invoice(account: Account, no: str, day: date, amount: float, *, due: date | None = None,
             paid: float = 0.0, paid_on: date | None = None) -> Receivable:
    return Receivable(account_id=account.id, invoice_no=no, invoice_date=day, due_date=due,
                      amount=amount, paid_amount=paid, paid_date=paid_on,
                      outstanding=amount - paid)


def build_portfolio(db: Database) -> Portfolio:
    """Accounts A001…A006 (A004 inactive, A005 deleted: out of scope).

    A001: sales 400 (lines 100 with cost 60, 50 with profit 20, 250 with neither) in 2 orders,
          prior-window sales 200, last order on END; receivables: 600 open and overdue, 500 open
          not due, one invoice after END; paid in 2024: 100 after 30 days, 300 after 60 days;
          active contacts with strengths 4 (decision maker), 2 (user), 3 (decision maker),
          5 (no role); surveys in 2024: NPS 10/6/8, CSAT 5/3/–.
    A002: one order of 300 on 2024-06-30, nothing before; one survey NPS 9.
    A003: a prospect with no data at all.
    A006: a return of −80 in 2024, 100 in the prior window.
    """
    with db.unit_of_work() as uow:
        s = uow.session
        a1 = Account(code="A001", name="Alpha 阿尔法", industry="制造业", company_size=500,
                     value_fit=5)
        a2 = Account(code="A002", name="Beta", industry="零售", company_size=50, value_fit=2)
        a3 = Account(code="A003", name="Gamma", status="prospect")
        a4 = Account(code="A004", name="Delta", status="inactive")
        a5 = Account(code="A005", name="Epsilon", deleted_at=datetime(2024, 1, 1, tzinfo=UTC))
        a6 = Account(code="A006", name="Zeta", industry="农业")
        s.add_all([a1, a2, a3, a4, a5, a6])
        s.flush()
        s.add_all([
            _line(a1, "O1", date(2024, 3, 1), 100, cost=60),
            _line(a1, "O1", date(2024, 3, 1), 50, key="2", profit=20),
            _line(a1, "O2", END, 250),
            _line(a1, "O0", date(2023, 6, 1), 200),
            _line(a1, "OLD", date(2022, 5, 1), 999),
            _line(a2, "O3", date(2024, 6, 30), 300),
            _line(a6, "R1", date(2024, 2, 1), -80),
            _line(a6, "O6", date(2023, 3, 1), 100),
            _line(a4, "O4", date(2024, 5, 5), 10_000),
            _line(a5, "O5", date(2024, 5, 5), 10_000),
        ])
        s.add_all([
            _invoice(a1, "INV1", date(2024, 11, 1), 1000, due=date(2024, 12, 1), paid=400),
            _invoice(a1, "INV2", date(2024, 12, 15), 500, due=date(2025, 1, 15)),
            _invoice(a1, "INV3", date(2025, 1, 10), 300, due=date(2025, 2, 10)),
            _invoice(a1, "INV4", date(2024, 1, 1), 100, paid=100, paid_on=date(2024, 1, 31)),
            _invoice(a1, "INV5", date(2024, 3, 1), 300, paid=300, paid_on=date(2024, 4, 30)),
            _invoice(a1, "INV6", date(2024, 12, 1), 700, paid=700, paid_on=date(2025, 1, 5)),
            _invoice(a1, "INV7", date(2023, 12, 1), 900, paid=900, paid_on=date(2023, 12, 20)),
        ])
        s.add_all([
            Contact(account_id=a1.id, name="c1", role="decision_maker", relationship_strength=4),
            Contact(account_id=a1.id, name="c2", role="user", relationship_strength=2),
            Contact(account_id=a1.id, name="c3", role="champion", relationship_strength=5,
                    active=False),
            Contact(account_id=a1.id, name="c4", role="economic_buyer", relationship_strength=3,
                    deleted_at=datetime(2024, 1, 1, tzinfo=UTC)),
            Contact(account_id=a1.id, name="c5", role="decision_maker", relationship_strength=3),
            Contact(account_id=a1.id, name="c6", relationship_strength=5),
        ])
        s.add_all([
            SurveyResponse(account_id=a1.id, response_date=date(2024, 5, 1), nps=10, csat=5),
            SurveyResponse(account_id=a1.id, response_date=date(2024, 6, 1), nps=6, csat=3),
            SurveyResponse(account_id=a1.id, response_date=date(2024, 7, 1), nps=8),
            SurveyResponse(account_id=a1.id, response_date=date(2023, 12, 31), nps=0, csat=1),
            SurveyResponse(account_id=a1.id, response_date=date(2024, 8, 1), nps=0, csat=1,
                           deleted_at=datetime(2024, 9, 1, tzinfo=UTC)),
            SurveyResponse(account_id=a2.id, response_date=date(2024, 3, 3), nps=9),
        ])
        s.flush()
        ids = {a.code: a.id.hex for a in (a1, a2, a3, a4, a5, a6)}
        uow.commit()
    return Portfolio(ids)


@pytest.fixture
def portfolio(db: Database) -> Portfolio:
    return build_portfolio(db)
