"""Satisfaction across the portfolio: recent survey responses and the alerts in force.

For the Surveys page: every response of the last `days` days with its account and respondent
(one SQL statement), and the satisfaction alerts of every account (falling NPS or CSAT against
the respondent's previous answer, decision makers who are detractors), computed by the attention
rules over the whole portfolio at once (`attention_subset`: accounts and surveys only), one row
per alert, so a page can filter and sort them without a loop over accounts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from kam_desktop.models.enums import BuyingRole
from kam_desktop.models.survey import SURVEY_DIMENSIONS
from kam_desktop.services.attention import (
    DETRACTOR_MAX_NPS,
    AttentionRules,
    Rule,
    Source,
    tier_rank,
)
from kam_desktop.services.attention_subset import attention_subset
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

RESPONSE_COLUMNS = (
    "id", "account_id", "code", "name", "tier", "owner", "response_date", "contact_id",
    "contact", "role", "channel", "nps", "csat", *SURVEY_DIMENSIONS, "comment", "category",
)
ALERT_COLUMNS = (
    "account_id", "code", "name", "tier", "owner", "rule", "measure", "before", "after",
    "contact", "date",
)
PROMOTER_MIN_NPS = 9


def nps_category(nps: float | None) -> str | None:
    """"promoter" (9–10), "passive" (7–8), "detractor" (0–6), or None without an answer."""
    if nps is None or (isinstance(nps, float) and np.isnan(nps)):
        return None
    if nps >= PROMOTER_MIN_NPS:
        return "promoter"
    return "passive" if nps > DETRACTOR_MAX_NPS else "detractor"


def recent_responses(uow: UnitOfWork, *, today: date | None = None,
                     days: int | None = 365) -> pd.DataFrame:
    """Live responses of live accounts from the last `days` days (None: all), newest first.

    Columns `RESPONSE_COLUMNS`: scores float (NaN where not given), `response_date` a date,
    `category` the NPS category (`nps_category`), `tier` the tier in force.
    """
    today = today or date.today()
    start = (today - timedelta(days=days)).isoformat() if days is not None else "0000-01-01"
    dims = ", ".join(f"s.{d}" for d in SURVEY_DIMENSIONS)
    conn = uow.session.connection().connection.driver_connection
    rows = conn.execute(
        f"""SELECT s.id, a.id, a.code, a.name, coalesce(o.tier, r.tier), a.owner,
                   s.response_date, s.contact_id, c.name, c.role, s.channel, s.nps, s.csat,
                   {dims}, s.comment
              FROM survey_responses s
              JOIN accounts a ON a.id = s.account_id
              LEFT JOIN contacts c ON c.id = s.contact_id
              LEFT JOIN tier_overrides o ON o.account_id = a.id AND o.cleared_at IS NULL
              LEFT JOIN tier_results r ON r.account_id = a.id
                   AND r.run_id = (SELECT id FROM tier_runs ORDER BY ran_at DESC LIMIT 1)
             WHERE s.deleted_at IS NULL AND a.deleted_at IS NULL
               AND s.response_date >= ? AND s.response_date <= ?
             ORDER BY s.response_date DESC, s.created_at DESC""",
        (start, today.isoformat())).fetchall()
    frame = pd.DataFrame(rows, columns=list(RESPONSE_COLUMNS[:-1]), dtype=object)
    frame["response_date"] = [date.fromisoformat(d) for d in frame["response_date"]]
    for column in ("nps", "csat", *SURVEY_DIMENSIONS):
        frame[column] = pd.to_numeric(frame[column]).astype(float)
    nps = frame["nps"].to_numpy(dtype=float)
    category = np.full(len(frame), None, dtype=object)
    with np.errstate(invalid="ignore"):
        category[nps >= PROMOTER_MIN_NPS] = "promoter"
        category[(nps > DETRACTOR_MAX_NPS) & (nps < PROMOTER_MIN_NPS)] = "passive"
        category[nps <= DETRACTOR_MAX_NPS] = "detractor"
    frame["category"] = category
    return frame


def satisfaction_alerts(source: Source, *, today: date | None = None,
                        rules: AttentionRules | None = None) -> pd.DataFrame:
    """The satisfaction alerts of every account in scope, one row per alert (columns
    `ALERT_COLUMNS`), highest tier first.

    `rule` is a `Rule` value; a falling score has `measure` "nps" or "csat", `before` and
    `after` the respondent's previous and latest answer; a detractor decision maker has
    `measure` "nps" and `after` the answer (`before` NaN). Same rules and thresholds as
    the attention list (`survey_alerts` for one account).
    """
    today = today or date.today()
    table = attention_subset(
        source, [Rule.FALLING_SATISFACTION, Rule.DETRACTOR_DECISION_MAKER],
        today=today, rules=rules)
    parts: list[pd.DataFrame] = []

    def part(mask: np.ndarray, rule: Rule, measure: str, before: str | None, after: str,
             contact: str, day: str) -> None:
        rows = table[mask]
        parts.append(pd.DataFrame({
            "account_id": rows.index.to_numpy(dtype=object),
            "code": rows["code"].to_numpy(dtype=object),
            "name": rows["name"].to_numpy(dtype=object),
            "tier": rows["tier"].to_numpy(dtype=object),
            "owner": rows["owner"].to_numpy(dtype=object),
            "rule": np.full(len(rows), rule.value, dtype=object),
            "measure": np.full(len(rows), measure, dtype=object),
            "before": (rows[before].to_numpy(dtype=float) if before
                       else np.full(len(rows), np.nan)),
            "after": rows[after].to_numpy(dtype=float),
            "contact": rows[contact].to_numpy(dtype=object),
            "date": [date.fromisoformat(d) if isinstance(d, str) else None
                     for d in rows[day].tolist()],
        }, columns=list(ALERT_COLUMNS)))

    falling = table[Rule.FALLING_SATISFACTION.value].to_numpy(dtype=bool)
    for measure in ("nps", "csat"):
        present = table[f"{measure}_to"].notna().to_numpy(dtype=bool)
        part(falling & present, Rule.FALLING_SATISFACTION, measure, f"{measure}_from",
             f"{measure}_to", f"{measure}_contact", f"{measure}_date")
    part(table[Rule.DETRACTOR_DECISION_MAKER.value].to_numpy(dtype=bool),
         Rule.DETRACTOR_DECISION_MAKER, "nps", None, "detractor_nps", "detractor_name",
         "detractor_date")
    alerts = pd.concat(parts, ignore_index=True)
    alerts = alerts.assign(_tier=tier_rank(alerts["tier"]).to_numpy())
    alerts = alerts.sort_values(["_tier", "code", "rule", "measure"], kind="stable")
    return alerts.drop(columns="_tier").reset_index(drop=True)


@dataclass(frozen=True)
class SurveyOverview:
    """What the Surveys page shows, as of `today`."""

    today: date
    days: int | None
    responses: pd.DataFrame  # recent_responses
    alerts: pd.DataFrame  # satisfaction_alerts

    @property
    def alert_accounts(self) -> int:
        return int(self.alerts["account_id"].nunique())


def survey_overview(db: Database, *, today: date | None = None,
                    rules: AttentionRules | None = None, days: int | None = 365
                    ) -> SurveyOverview:
    """Recent responses and the alerts in force, for the Surveys page (runs off the UI
    thread: about a second at 100,000 accounts)."""
    today = today or date.today()
    with db.unit_of_work() as uow:
        responses = recent_responses(uow, today=today, days=days)
    alerts = satisfaction_alerts(db, today=today, rules=rules)
    return SurveyOverview(today=today, days=days, responses=responses, alerts=alerts)


DECISION_MAKER = BuyingRole.DECISION_MAKER.value

__all__ = [
    "ALERT_COLUMNS", "DECISION_MAKER", "RESPONSE_COLUMNS", "SurveyOverview", "nps_category",
    "recent_responses", "satisfaction_alerts", "survey_overview",
]
