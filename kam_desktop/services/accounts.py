"""Reading accounts: the portfolio table, one account's detail, and the tier in force."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime

import pandas as pd
from sqlalchemy import func, select

from kam_desktop.errors import NotFoundError
from kam_desktop.models import Account, Contact, SalesLine, SurveyResponse
from kam_desktop.storage.unit_of_work import UnitOfWork

# The tier in force: the newest applied run's tier, unless an override is in force.
_TIER_SQL = """
    COALESCE(
        (SELECT o.tier FROM tier_overrides o
          WHERE o.account_id = a.id AND o.cleared_at IS NULL),
        (SELECT r.tier FROM tier_results r
          WHERE r.account_id = a.id
            AND r.run_id = (SELECT id FROM tier_runs ORDER BY ran_at DESC LIMIT 1))
    )
"""
# Public name for other services' SQL (the accounts table aliased `a`).
TIER_SQL = _TIER_SQL

TABLE_COLUMNS = (
    "code", "name", "industry", "segment", "region", "city", "owner", "status", "tier",
    "company_size", "annual_revenue", "contacts",
)


@dataclass(frozen=True)
class AccountSummary:
    code: str
    name: str
    industry: str | None
    segment: str | None
    region: str | None
    city: str | None
    owner: str | None
    status: str
    tier: str | None

    def to_dict(self) -> dict[str, object]:
        # Flat fields only: a shallow copy, not asdict()'s recursive deepcopy (4x slower).
        return {f: getattr(self, f) for f in _SUMMARY_FIELDS}


@dataclass(frozen=True)
class ContactLine:
    name: str
    title: str | None
    department: str | None
    role: str | None
    attitude: str
    influence: int | None
    relationship_strength: int | None
    email: str | None
    phone: str | None
    active: bool


_SUMMARY_FIELDS = tuple(f.name for f in fields(AccountSummary))


@dataclass(frozen=True)
class AccountDetail:
    id: str
    code: str
    name: str
    industry: str | None
    segment: str | None
    region: str | None
    city: str | None
    address: str | None
    website: str | None
    owner: str | None
    status: str
    tier: str | None
    company_size: int | None
    company_profit: float | None
    annual_revenue: float | None
    value_fit: int | None
    procurement_fit: int | None
    growth_potential: int | None
    influence: int | None
    notes: str | None
    created_at: datetime
    updated_at: datetime
    deleted: bool
    contacts: list[ContactLine] = field(default_factory=list)
    visit_count: int = 0
    last_visit: datetime | None = None
    survey_count: int = 0
    sales_lines: int = 0
    sales_total: float = 0.0
    first_order: date | None = None
    last_order: date | None = None

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, date | datetime):
                data[key] = value.isoformat()
        return data


def account_table(uow: UnitOfWork, *, include_deleted: bool = False,
                  contact_names: bool = False) -> pd.DataFrame:
    """Every account as one DataFrame row (columns `TABLE_COLUMNS` plus `id`), by code.

    One SQL statement for the whole portfolio: the Accounts page shows 100,000 accounts from it.
    Also `deleted` (bool: only ever true with `include_deleted`) and, with `contact_names`,
    `contact_names`: the names of the account's live contacts joined by ", " (for searching
    by contact; about 0.3 s more at 100,000 accounts).
    """
    where = "" if include_deleted else "WHERE a.deleted_at IS NULL"
    names = ""
    if contact_names:
        names = """, (SELECT group_concat(c.name, ', ') FROM contacts c
                       WHERE c.account_id = a.id AND c.deleted_at IS NULL) AS contact_names"""
    sql = f"""
        SELECT a.id, a.code, a.name, a.industry, a.segment, a.region, a.city, a.owner,
               a.status, {_TIER_SQL} AS tier, a.company_size, a.annual_revenue,
               (SELECT count(*) FROM contacts c
                 WHERE c.account_id = a.id AND c.deleted_at IS NULL AND c.active) AS contacts,
               a.deleted_at IS NOT NULL AS deleted{names}
          FROM accounts a
          {where}
         ORDER BY a.code
    """
    conn = uow.session.connection()
    frame = pd.read_sql_query(sql, conn.connection.driver_connection)
    text = ["code", "name", "industry", "segment", "region", "city", "owner", "status", "tier"]
    for col in text + (["contact_names"] if contact_names else []):
        frame[col] = frame[col].astype("object")
    frame["deleted"] = frame["deleted"].astype(bool)
    return frame


def list_accounts(uow: UnitOfWork, *, tier: str | None = None) -> list[AccountSummary]:
    """Live accounts, ordered by code, optionally only those whose tier in force is `tier`."""
    frame = account_table(uow)
    if tier is not None:
        frame = frame[frame["tier"] == tier]
    frame = frame.astype(object).where(frame.notna(), None)
    return [
        AccountSummary(
            code=row.code, name=row.name, industry=row.industry, segment=row.segment,
            region=row.region, city=row.city, owner=row.owner, status=row.status, tier=row.tier,
        )
        for row in frame.itertuples(index=False)
    ]


def get_account(uow: UnitOfWork, code: str) -> AccountDetail:
    """One account with its contacts and activity figures; deleted accounts are found too."""
    session = uow.session
    account = session.scalars(select(Account).where(Account.code == code)).one_or_none()
    if account is None:
        raise NotFoundError(f"No account with code {code!r}.")
    conn = session.connection().connection.driver_connection
    tier = conn.execute(
        f"SELECT {_TIER_SQL} FROM accounts a WHERE a.id = ?", (account.id.hex,)
    ).fetchone()[0]
    contacts = session.scalars(
        select(Contact)
        .where(Contact.account_id == account.id, Contact.deleted_at.is_(None))
        .order_by(Contact.active.desc(), Contact.influence.desc().nulls_last(), Contact.name)
    ).all()
    visits = conn.execute(
        "SELECT count(*), max(visit_at) FROM visits "
        "WHERE account_id = ? AND deleted_at IS NULL AND status = 'done'",
        (account.id.hex,),
    ).fetchone()
    surveys = session.scalar(
        select(func.count(SurveyResponse.id)).where(
            SurveyResponse.account_id == account.id, SurveyResponse.deleted_at.is_(None)
        )
    )
    sales = session.execute(
        select(
            func.count(SalesLine.id), func.sum(SalesLine.amount), func.min(SalesLine.order_date),
            func.max(SalesLine.order_date),
        ).where(SalesLine.account_id == account.id)
    ).one()
    return AccountDetail(
        id=str(account.id), code=account.code, name=account.name, industry=account.industry,
        segment=account.segment, region=account.region, city=account.city,
        address=account.address, website=account.website, owner=account.owner,
        status=account.status, tier=tier, company_size=account.company_size,
        company_profit=account.company_profit, annual_revenue=account.annual_revenue,
        value_fit=account.value_fit, procurement_fit=account.procurement_fit,
        growth_potential=account.growth_potential, influence=account.influence,
        notes=account.notes, created_at=account.created_at, updated_at=account.updated_at,
        deleted=account.deleted_at is not None,
        contacts=[
            ContactLine(
                name=c.name, title=c.title, department=c.department, role=c.role,
                attitude=c.attitude, influence=c.influence,
                relationship_strength=c.relationship_strength, email=c.email,
                phone=c.phone or c.mobile, active=c.active,
            )
            for c in contacts
        ],
        visit_count=visits[0],
        last_visit=datetime.fromisoformat(visits[1]) if visits[1] else None,
        survey_count=surveys or 0,
        sales_lines=sales[0],
        sales_total=float(sales[1] or 0.0),
        first_order=sales[2],
        last_order=sales[3],
    )


def count_accounts(uow: UnitOfWork) -> int:
    query = select(func.count(Account.id)).where(Account.deleted_at.is_(None))
    return uow.session.scalar(query) or 0

