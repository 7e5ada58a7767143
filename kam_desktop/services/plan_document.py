"""Everything an account-plan PDF shows, read in one go as plain frozen data.

`load_plan_document(uow, account_id, period=…)` gathers the account, its tier and why, the key
figures, three years of quarterly sales and profit, the satisfaction trend, the buying center
(org chart and contacts), recent visits and open follow-ups, and the plan for the period with its
objectives, SWOT, white space, actions and risks — in about fifteen indexed queries, so that a
batch of hundreds of PDFs spends its time typesetting, not reading.

The figures follow the account's Overview tab (`services.account_overview`): the 12 months end on
the newest sales line in the database but not after today. The quarterly chart covers the twelve
quarters up to that day's quarter.

When the account has no plan for the period, `plan` is None and the PDF prints every plan section
with a line saying so. The period defaults to the account's newest plan, else the current year.

For batches, `PlanDocumentLoader` keeps what is the same for every account (the end of the sales
window, the tier in force) across calls.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from kam_desktop.errors import NotFoundError
from kam_desktop.models.enums import BuyingRole
from kam_desktop.services.accounts import TIER_SQL
from kam_desktop.services.attention import sales_end_date
from kam_desktop.services.classification import INDICATORS, Explanation, Window, explain
from kam_desktop.services.classification.overrides import get_override
from kam_desktop.services.contacts import STRONG, relationship_map
from kam_desktop.services.edits import parse_id
from kam_desktop.storage.unit_of_work import UnitOfWork

QUARTERS = 12  # three years of quarters in the sales chart
RECENT_VISIT_DAYS = 365
RECENT_VISIT_LIMIT = 10
FOLLOW_UP_OVERDUE_DAYS = 90  # like the agenda: older loose ends are left out

Answer = tuple[date, int | None, int | None]  # a survey response: day, NPS, CSAT


# --- the data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountFacts:
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
    company_size: int | None
    annual_revenue: float | None
    value_fit: int | None
    procurement_fit: int | None
    growth_potential: int | None
    influence: int | None
    deleted: bool = False


@dataclass(frozen=True)
class IndicatorPart:
    """One indicator's part in the tier (see classification.reports.BreakdownRow)."""

    key: str
    label: str
    label_zh: str
    raw: float | str | None
    norm: float | None
    weight: float | None
    contribution: float | None
    excluded: bool
    cum_share: float | None
    better: str  # "higher" | "lower"


@dataclass(frozen=True)
class TierFacts:
    """The tier in force and why. `policy_name` is None when the account was never classified
    (the tier then comes from an override alone, or there is none)."""

    tier: str | None
    computed_tier: str | None
    policy_name: str | None
    policy_version: int | None
    method: str | None
    indicator: str | None  # ABC and thresholds: the one indicator
    ran_at: datetime | None
    window_start: date | None
    window_end: date | None
    score: float | None
    rank: int | None
    parts: tuple[IndicatorPart, ...]
    override_reason: str | None
    override_by: str | None
    override_at: datetime | None
    since: datetime | None
    previous_tier: str | None

    @property
    def overridden(self) -> bool:
        return self.override_reason is not None


@dataclass(frozen=True)
class KeyFigures:
    window_start: date | None  # the 12 months; None when the database has no sales
    window_end: date | None
    sales: float
    profit: float | None
    prior_sales: float
    outstanding: float
    overdue: float
    latest_nps: int | None
    latest_nps_date: date | None
    latest_csat: int | None
    latest_csat_date: date | None
    last_visit: datetime | None  # last done touch point of any kind
    next_visit: datetime | None  # next planned visit from today

    @property
    def margin(self) -> float | None:
        return self.profit / self.sales if self.profit is not None and self.sales > 0 else None

    @property
    def growth(self) -> float | None:
        return (self.sales - self.prior_sales) / self.prior_sales if self.prior_sales > 0 else None


@dataclass(frozen=True)
class QuarterFigures:
    year: int
    quarter: int  # 1..4
    sales: float
    profit: float | None  # None when no line carries a profit or a cost


@dataclass(frozen=True)
class SatisfactionPoint:
    year: int
    quarter: int
    responses: int
    nps: float | None  # Net Promoter Score −100…100 of the quarter's answers
    csat: float | None  # mean 1…5


@dataclass(frozen=True)
class ContactNode:
    """A contact in the buying center with its place on the org chart (see
    contacts.OrgNode: `x` in leaf widths, `level` 0 for the top)."""

    id: str
    name: str
    title: str | None
    department: str | None
    role: str | None
    attitude: str
    influence: int | None
    relationship_strength: int | None
    reports_to: str | None  # the manager's name as shown on the chart
    parent_id: str | None
    level: int
    x: float

    @property
    def strong(self) -> bool:
        return (self.relationship_strength or 0) >= STRONG


@dataclass(frozen=True)
class BuyingCenter:
    nodes: tuple[ContactNode, ...]  # active contacts, depth first
    width: float  # leaves across
    depth: int  # levels down
    roles_covered: tuple[str, ...]  # BuyingRole values held by a strong relationship
    strong_contacts: int

    @property
    def total_roles(self) -> int:
        return len(BuyingRole)

    @property
    def single_threaded(self) -> bool:
        return self.strong_contacts == 1


@dataclass(frozen=True)
class VisitLine:
    visit_at: datetime
    kind: str
    purpose: str | None
    summary: str | None
    outcome: str | None
    next_steps: str | None
    owner: str | None
    participants: str | None  # names joined by ", "


@dataclass(frozen=True)
class FollowUp:
    """Something due with the account: a planned visit, or the follow-up a done visit asked
    for (open until a later visit is done)."""

    due: date
    item: str  # "visit" | "follow_up"
    kind: str  # the visit kind
    what: str | None  # purpose, or the next steps for a follow-up
    owner: str | None
    overdue: bool


@dataclass(frozen=True)
class Objective:
    metric: str
    description: str
    unit: str | None
    current: float | None
    target: float | None

    @property
    def progress(self) -> float | None:
        """Current as a share of target (0 and up; None when it cannot be said)."""
        if self.current is None or self.target is None or self.target == 0:
            return None
        return max(0.0, self.current / self.target)


@dataclass(frozen=True)
class Swot:
    strengths: tuple[str, ...] = ()
    weaknesses: tuple[str, ...] = ()
    opportunities: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.strengths or self.weaknesses or self.opportunities or self.threats)


@dataclass(frozen=True)
class WhiteSpaceItem:
    category: str
    note: str | None


@dataclass(frozen=True)
class Action:
    what: str
    owner: str | None
    due_date: date | None
    status: str


@dataclass(frozen=True)
class Risk:
    risk: str
    mitigation: str | None


@dataclass(frozen=True)
class PlanContent:
    id: str
    period: str
    owner: str | None
    status: str
    needs: str | None
    strategy: str | None
    value_proposition: str | None
    review_cadence: str | None
    updated_at: datetime | None
    objectives: tuple[Objective, ...] = ()
    swot: Swot = field(default_factory=Swot)
    white_space: tuple[WhiteSpaceItem, ...] = ()
    actions: tuple[Action, ...] = ()
    risks: tuple[Risk, ...] = ()


@dataclass(frozen=True)
class PlanDocument:
    account: AccountFacts
    period: str
    plan: PlanContent | None  # None: no plan for the period
    tier: TierFacts
    figures: KeyFigures
    quarters: tuple[QuarterFigures, ...]  # the chart's twelve quarters, oldest first
    satisfaction: tuple[SatisfactionPoint, ...]  # the same quarters, up to today
    buying_center: BuyingCenter
    visits: tuple[VisitLine, ...]  # recent done visits, newest first
    follow_ups: tuple[FollowUp, ...]  # by due date
    today: date

    @property
    def owner(self) -> str | None:
        """Who the plan belongs to: the plan's owner, else the account's."""
        if self.plan is not None and self.plan.owner:
            return self.plan.owner
        return self.account.owner


# --- loading -----------------------------------------------------------------------------------


def load_plan_document(uow: UnitOfWork, account_id: str, *, period: str | None = None,
                       today: date | None = None) -> PlanDocument:
    """The account's plan document for `period` (default: its newest plan, else this year).
    Raises NotFoundError for an unknown account."""
    return PlanDocumentLoader(uow, today=today).load(account_id, period=period)


class PlanDocumentLoader:
    """Loads plan documents from one unit of work, sharing what every account has in common."""

    def __init__(self, uow: UnitOfWork, *, today: date | None = None) -> None:
        self.uow = uow
        self.today = today or date.today()
        self.conn: sqlite3.Connection = uow.session.connection().connection.driver_connection
        self._sales_end: date | None = None
        self._sales_end_known = False

    @property
    def sales_end(self) -> date | None:
        if not self._sales_end_known:
            self._sales_end = sales_end_date(self.conn, self.today)
            self._sales_end_known = True
        return self._sales_end

    def load(self, account_id: str, *, period: str | None = None) -> PlanDocument:
        key = parse_id(account_id, "account").hex
        account, tier_in_force = self._account(key)
        plan = self._plan(key, period)
        if period is None:
            period = plan.period if plan is not None else str(self.today.year)
        end = self.sales_end
        window = Window.trailing_year(end) if end is not None else None
        chart_end = end or self.today
        surveys = self._surveys(key)
        return PlanDocument(
            account=account, period=period, plan=plan,
            tier=self._tier(account, tier_in_force),
            figures=self._figures(key, window, surveys),
            quarters=self._quarters(key, chart_end),
            satisfaction=self._satisfaction(surveys),
            buying_center=self._buying_center(key),
            visits=self._visits(key), follow_ups=self._follow_ups(key), today=self.today,
        )

    # --- the account and its tier --------------------------------------------------------------

    def _account(self, key: str) -> tuple[AccountFacts, str | None]:
        row = self.conn.execute(
            f"""SELECT a.id, a.code, a.name, a.industry, a.segment, a.region, a.city, a.address,
                       a.website, a.owner, a.status, a.company_size, a.annual_revenue,
                       a.value_fit, a.procurement_fit, a.growth_potential, a.influence,
                       a.deleted_at IS NOT NULL, {TIER_SQL}
                  FROM accounts a WHERE a.id = ?""", (key,)).fetchone()
        if row is None:
            raise NotFoundError(f"No account with id {key!r}.")
        return AccountFacts(*row[:17], deleted=bool(row[17])), row[18]

    def _tier(self, account: AccountFacts, tier_in_force: str | None) -> TierFacts:
        try:
            explanation: Explanation | None = explain(self.uow, account.code)
        except NotFoundError:
            explanation = None
        if explanation is None:
            override = get_override(self.uow, account.code)
            return TierFacts(
                tier=override.tier if override else tier_in_force, computed_tier=None,
                policy_name=None, policy_version=None, method=None, indicator=None,
                ran_at=None, window_start=None, window_end=None, score=None, rank=None,
                parts=(), override_reason=override.reason if override else None,
                override_by=override.set_by if override else None,
                override_at=override.set_at if override else None, since=None,
                previous_tier=None)
        override = explanation.override
        parts = tuple(
            IndicatorPart(
                key=row.key, label=row.label,
                label_zh=INDICATORS[row.key].label_zh if row.key in INDICATORS else row.label,
                raw=row.raw, norm=row.norm, weight=row.weight, contribution=row.contribution,
                excluded=row.excluded, cum_share=row.cum_share,
                better=INDICATORS[row.key].better if row.key in INDICATORS else "higher")
            for row in explanation.rows)
        change = explanation.change
        return TierFacts(
            tier=tier_in_force or explanation.tier, computed_tier=explanation.computed_tier,
            policy_name=explanation.policy_name, policy_version=explanation.policy_version,
            method=explanation.policy.method, indicator=explanation.policy.indicator,
            ran_at=explanation.ran_at, window_start=explanation.run.window_start,
            window_end=explanation.run.window_end, score=explanation.score,
            rank=explanation.rank, parts=parts,
            override_reason=override.reason if override else None,
            override_by=override.set_by if override else None,
            override_at=override.set_at if override else None,
            since=change.since if change else None,
            previous_tier=change.previous if change else None)

    # --- figures ---------------------------------------------------------------------------------

    def _figures(self, key: str, window: Window | None, surveys: list[Answer]) -> KeyFigures:
        conn, today = self.conn, self.today
        sales = prior = 0.0
        profit: float | None = None
        if window is not None:
            start = window.start.isoformat()
            row = conn.execute(
                """SELECT total(CASE WHEN order_date >= ? THEN amount END),
                          sum(CASE WHEN order_date >= ? THEN coalesce(profit, amount - cost) END),
                          total(CASE WHEN order_date < ? THEN amount END)
                     FROM sales_lines WHERE account_id = ? AND order_date BETWEEN ? AND ?""",
                (start, start, start, key, window.prior_start.isoformat(),
                 window.end.isoformat())).fetchone()
            sales, profit, prior = round(row[0], 2), row[1], round(row[2], 2)
            profit = round(profit, 2) if profit is not None else None
        outstanding, overdue = conn.execute(
            """SELECT total(outstanding),
                      total(CASE WHEN due_date < ? AND outstanding > 0 THEN outstanding END)
                 FROM receivables WHERE account_id = ? AND invoice_date <= ?
                  AND outstanding <> 0""",
            (today.isoformat(), key, today.isoformat())).fetchone()
        last, upcoming = conn.execute(
            """SELECT max(CASE WHEN status = 'done' AND visit_at < ? THEN visit_at END),
                      min(CASE WHEN status = 'planned' AND visit_at >= ? THEN visit_at END)
                 FROM visits WHERE account_id = ? AND deleted_at IS NULL""",
            ((today + timedelta(days=1)).isoformat(), today.isoformat(), key)).fetchone()
        nps = csat = nps_day = csat_day = None
        for day, n, c in reversed(surveys):
            if nps is None and n is not None:
                nps, nps_day = n, day
            if csat is None and c is not None:
                csat, csat_day = c, day
            if nps is not None and csat is not None:
                break
        return KeyFigures(
            window_start=window.start if window else None,
            window_end=window.end if window else None, sales=sales, profit=profit,
            prior_sales=prior, outstanding=round(outstanding, 2), overdue=round(overdue, 2),
            latest_nps=nps, latest_nps_date=nps_day, latest_csat=csat,
            latest_csat_date=csat_day,
            last_visit=datetime.fromisoformat(last) if last else None,
            next_visit=datetime.fromisoformat(upcoming) if upcoming else None)

    def _quarters(self, key: str, end: date) -> tuple[QuarterFigures, ...]:
        quarters = quarters_up_to(end, QUARTERS)
        first_year, first_quarter = quarters[0]
        start = date(first_year, 3 * first_quarter - 2, 1)
        rows = self.conn.execute(
            """SELECT CAST(substr(order_date, 1, 4) AS INTEGER),
                      (CAST(substr(order_date, 6, 2) AS INTEGER) + 2) / 3,
                      total(amount), sum(coalesce(profit, amount - cost))
                 FROM sales_lines WHERE account_id = ? AND order_date BETWEEN ? AND ?
                GROUP BY 1, 2""", (key, start.isoformat(), end.isoformat())).fetchall()
        found = {(y, q): (s, p) for y, q, s, p in rows}
        out = []
        for y, q in quarters:
            sales, profit = found.get((y, q), (0.0, None))
            out.append(QuarterFigures(y, q, round(sales, 2),
                                      round(profit, 2) if profit is not None else None))
        return tuple(out)

    def _surveys(self, key: str) -> list[Answer]:
        """The account's answers up to today, oldest first."""
        return [(date.fromisoformat(d), n, c) for d, n, c in self.conn.execute(
            """SELECT response_date, nps, csat FROM survey_responses
                WHERE account_id = ? AND deleted_at IS NULL AND response_date <= ?
                ORDER BY response_date, created_at""", (key, self.today.isoformat()))]

    def _satisfaction(self, surveys: list[Answer]) -> tuple[SatisfactionPoint, ...]:
        """NPS and CSAT per quarter over the chart's three years up to today, the way
        surveys.satisfaction_trend computes them (quarters without answers left out)."""
        quarters = quarters_up_to(self.today, QUARTERS)
        wanted = set(quarters)
        groups: dict[tuple[int, int], list[tuple[int | None, int | None]]] = {}
        for day, nps, csat in surveys:
            quarter = (day.year, (day.month + 2) // 3)
            if quarter in wanted:
                groups.setdefault(quarter, []).append((nps, csat))
        out = []
        for quarter in quarters:
            answers = groups.get(quarter)
            if not answers:
                continue
            nps_values = [n for n, _ in answers if n is not None]
            csat_values = [c for _, c in answers if c is not None]
            score = (100.0 * (sum(n >= 9 for n in nps_values) - sum(n <= 6 for n in nps_values))
                     / len(nps_values)) if nps_values else None
            out.append(SatisfactionPoint(
                quarter[0], quarter[1], len(answers), score,
                sum(csat_values) / len(csat_values) if csat_values else None))
        return tuple(out)

    # --- people and visits -----------------------------------------------------------------------

    def _buying_center(self, key: str) -> BuyingCenter:
        chart = relationship_map(self.uow, key, include_inactive=False)
        names = {n.id: n.name for n in chart.nodes}
        nodes = tuple(
            ContactNode(
                id=n.id, name=n.name, title=n.title, department=n.department, role=n.role,
                attitude=n.attitude, influence=n.influence,
                relationship_strength=n.relationship_strength,
                reports_to=names.get(n.parent_id) if n.parent_id else None,
                parent_id=n.parent_id, level=n.level, x=n.x)
            for n in chart.nodes)
        covered = {n.role for n in nodes if n.role and n.strong}
        return BuyingCenter(
            nodes=nodes, width=chart.width, depth=len(chart.levels),
            roles_covered=tuple(r.value for r in BuyingRole if r.value in covered),
            strong_contacts=sum(n.strong for n in nodes))

    def _visits(self, key: str) -> tuple[VisitLine, ...]:
        since = self.today - timedelta(days=RECENT_VISIT_DAYS)
        rows = self.conn.execute(
            """SELECT v.visit_at, v.kind, v.purpose, v.summary, v.outcome, v.next_steps,
                      v.owner, (SELECT group_concat(name, ', ') FROM (
                          SELECT c.name FROM visit_participants p
                            JOIN contacts c ON c.id = p.contact_id
                           WHERE p.visit_id = v.id ORDER BY c.name))
                 FROM visits v
                WHERE v.account_id = ? AND v.deleted_at IS NULL AND v.status = 'done'
                  AND v.visit_at >= ? AND v.visit_at < ?
                ORDER BY v.visit_at DESC LIMIT ?""",
            (key, since.isoformat(), (self.today + timedelta(days=1)).isoformat(),
             RECENT_VISIT_LIMIT)).fetchall()
        return tuple(VisitLine(datetime.fromisoformat(r[0]), *r[1:]) for r in rows)

    def _follow_ups(self, key: str) -> tuple[FollowUp, ...]:
        today = self.today
        oldest = (today - timedelta(days=FOLLOW_UP_OVERDUE_DAYS)).isoformat()
        rows = self.conn.execute(
            """SELECT 'visit', date(visit_at), kind, purpose, owner FROM visits
                WHERE account_id = ? AND deleted_at IS NULL AND status = 'planned'
                  AND visit_at >= ?
               UNION ALL
               SELECT 'follow_up', follow_up_date, kind, coalesce(next_steps, purpose), owner
                 FROM (SELECT * FROM visits WHERE account_id = ? AND deleted_at IS NULL
                          AND status = 'done' ORDER BY visit_at DESC LIMIT 1)
                WHERE follow_up_date >= ?""", (key, oldest, key, oldest)).fetchall()
        items = [FollowUp(due=date.fromisoformat(d), item=item, kind=kind, what=what,
                          owner=owner, overdue=date.fromisoformat(d) < today)
                 for item, d, kind, what, owner in rows]
        return tuple(sorted(items, key=lambda f: (f.due, f.item)))

    # --- the plan --------------------------------------------------------------------------------

    def _plan(self, key: str, period: str | None) -> PlanContent | None:
        sql = ("SELECT id, period, owner, status, needs, strategy, value_proposition, "
               "review_cadence, updated_at FROM account_plans "
               "WHERE account_id = ? AND deleted_at IS NULL")
        if period is None:
            row = self.conn.execute(sql + " ORDER BY period DESC LIMIT 1", (key,)).fetchone()
        else:
            row = self.conn.execute(sql + " AND period = ?", (key, period.strip())).fetchone()
        if row is None:
            return None
        plan_id = row[0]
        conn = self.conn
        objectives = tuple(Objective(*r) for r in conn.execute(
            "SELECT metric, description, unit, current_value, target_value FROM plan_objectives "
            "WHERE plan_id = ? ORDER BY position, created_at", (plan_id,)))
        swot: dict[str, list[str]] = {}
        for quadrant, text in conn.execute(
                "SELECT quadrant, text FROM plan_swot_items WHERE plan_id = ? "
                "ORDER BY position, created_at", (plan_id,)):
            swot.setdefault(quadrant, []).append(text)
        white_space = tuple(WhiteSpaceItem(*r) for r in conn.execute(
            "SELECT product_category, note FROM plan_white_space WHERE plan_id = ? "
            "ORDER BY position, created_at", (plan_id,)))
        actions = tuple(
            Action(what, owner, date.fromisoformat(due) if due else None, status)
            for what, owner, due, status in conn.execute(
                "SELECT what, owner, due_date, status FROM plan_actions WHERE plan_id = ? "
                "ORDER BY position, created_at", (plan_id,)))
        risks = tuple(Risk(*r) for r in conn.execute(
            "SELECT risk, mitigation FROM plan_risks WHERE plan_id = ? "
            "ORDER BY position, created_at", (plan_id,)))
        return PlanContent(
            id=plan_id, period=row[1], owner=row[2], status=row[3], needs=row[4],
            strategy=row[5], value_proposition=row[6], review_cadence=row[7],
            updated_at=(datetime.fromisoformat(row[8]).replace(tzinfo=UTC) if row[8]
                        else None),
            objectives=objectives,
            swot=Swot(strengths=tuple(swot.get("strength", ())),
                      weaknesses=tuple(swot.get("weakness", ())),
                      opportunities=tuple(swot.get("opportunity", ())),
                      threats=tuple(swot.get("threat", ()))),
            white_space=white_space, actions=actions, risks=risks)


def quarters_up_to(day: date, count: int) -> list[tuple[int, int]]:
    """The `count` calendar quarters ending with `day`'s, oldest first."""
    index = day.year * 4 + (day.month - 1) // 3
    return [((i // 4), i % 4 + 1) for i in range(index - count + 1, index + 1)]


__all__ = [
    "AccountFacts", "Action", "BuyingCenter", "ContactNode", "FollowUp", "IndicatorPart",
    "KeyFigures", "Objective", "PlanContent", "PlanDocument", "PlanDocumentLoader",
    "QuarterFigures", "Risk", "SatisfactionPoint", "Swot", "TierFacts", "VisitLine",
    "WhiteSpaceItem", "load_plan_document", "quarters_up_to",
]
