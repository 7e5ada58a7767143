"""Visit cadence: is an account due for a visit by its tier, and which accounts are overdue.

The rule is the attention list's `visit_overdue` (settings: S every 30 days, A 60, B 90, C 180;
only the visit kinds in `AttentionRules.visit_kinds` count; an account never visited counts
from its creation), computed by `attention_subset` from accounts and visits only, so the Visits
page and the attention list always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd

from kam_desktop.services.attention import AttentionRules, Rule, Source, tier_rank
from kam_desktop.services.attention_subset import attention_subset

OVERDUE_COLUMNS = (
    "account_id", "code", "name", "tier", "owner", "cadence_days", "last_visit",
    "days_since_visit", "due", "days_overdue", "next_visit",
)


@dataclass(frozen=True)
class CadenceStatus:
    """One account's cadence. `cadence_days` None: its tier has no cadence (or it has no tier,
    or it is inactive). `days_since_visit` counts from the creation when `last_visit` is None.
    `due` is the day the next visit is due; `days_overdue` how far past it (0 when not)."""

    account_id: str
    tier: str | None
    cadence_days: int | None
    last_visit: datetime | None
    days_since_visit: int | None
    next_visit: datetime | None
    due: date | None
    overdue: bool
    days_overdue: int
    in_scope: bool  # False: inactive or deleted accounts have no cadence rule


def _stamp(value: object) -> datetime | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).to_pydatetime()


def visit_cadence(source: Source, account_id: str, *, today: date | None = None,
                  rules: AttentionRules | None = None) -> CadenceStatus:
    """The cadence of one account (a few indexed lookups)."""
    today = today or date.today()
    table = attention_subset(source, [Rule.VISIT_OVERDUE], today=today, rules=rules,
                             account_id=account_id)
    if table.empty:
        return CadenceStatus(account_id=account_id, tier=None, cadence_days=None,
                             last_visit=None, days_since_visit=None, next_visit=None, due=None,
                             overdue=False, days_overdue=0, in_scope=False)
    frame = _with_due(table, today)
    row = frame.iloc[0]
    cadence = None if pd.isna(row["cadence_days"]) else int(row["cadence_days"])
    return CadenceStatus(
        account_id=str(table.index[0]), tier=row["tier"] if isinstance(row["tier"], str) else None,
        cadence_days=cadence, last_visit=_stamp(row["last_visit"]),
        days_since_visit=int(row["since_visit"]), next_visit=_stamp(row["next_visit"]),
        due=row["due"], overdue=bool(row[Rule.VISIT_OVERDUE.value]),
        days_overdue=int(row["days_overdue"]), in_scope=True)


def _with_due(table: pd.DataFrame, today: date) -> pd.DataFrame:
    """The attention rows with `since_visit` (days since the last visit, or since creation),
    `due` (date or None) and `days_overdue` (0 when not overdue)."""
    since = np.where(table["days_since_visit"].isna(), table["days_since_created"],
                     table["days_since_visit"]).astype(float)
    cadence = table["cadence_days"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        late = np.where(np.isnan(cadence), 0.0, np.maximum(since - cadence, 0.0))
    due_in = cadence - since  # days from today
    due = [today + timedelta(days=int(d)) if not np.isnan(d) else None for d in due_in]
    out = table.assign(since_visit=np.nan_to_num(since).astype(np.int64),
                       days_overdue=late.astype(np.int64))
    out["due"] = pd.Series(due, index=table.index, dtype=object)
    return out


def overdue_accounts(source: Source, *, today: date | None = None,
                     rules: AttentionRules | None = None,
                     owner: str | None = None) -> pd.DataFrame:
    """Accounts past their tier's visit cadence (columns `OVERDUE_COLUMNS`), highest tier
    first, then the longest overdue. One pass over the portfolio: two SQL aggregates."""
    today = today or date.today()
    table = attention_subset(source, [Rule.VISIT_OVERDUE], today=today, rules=rules)
    table = table[table[Rule.VISIT_OVERDUE.value].to_numpy(dtype=bool)]
    if owner is not None:
        table = table[table["owner"] == owner]
    frame = _with_due(table, today)
    out = pd.DataFrame({
        "account_id": frame.index.to_numpy(dtype=object),
        "code": frame["code"].to_numpy(dtype=object),
        "name": frame["name"].to_numpy(dtype=object),
        "tier": frame["tier"].to_numpy(dtype=object),
        "owner": frame["owner"].to_numpy(dtype=object),
        "cadence_days": frame["cadence_days"].to_numpy(dtype=float).astype(np.int64),
        "last_visit": frame["last_visit"].to_numpy(),
        "days_since_visit": frame["since_visit"].to_numpy(dtype=np.int64),
        "due": frame["due"].to_numpy(dtype=object),
        "days_overdue": frame["days_overdue"].to_numpy(dtype=np.int64),
        "next_visit": frame["next_visit"].to_numpy(),
    }, columns=list(OVERDUE_COLUMNS))
    out = out.assign(_tier=tier_rank(out["tier"]).to_numpy())
    out = out.sort_values(["_tier", "days_overdue", "code"], ascending=[True, False, True],
                          kind="stable").drop(columns="_tier").reset_index(drop=True)
    return out


__all__ = ["OVERDUE_COLUMNS", "CadenceStatus", "overdue_accounts", "visit_cadence"]
