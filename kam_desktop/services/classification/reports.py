"""What the classification screens show besides the result table: one account's explanation,
the tier distribution of a run, and the Pareto curve behind ABC."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd

from kam_desktop.errors import NotFoundError
from kam_desktop.services.classification.indicators import (
    INDICATORS,
    Source,
    Window,
    compute_indicators,
    resolve_window,
)
from kam_desktop.services.classification.library import policy_version_by_id
from kam_desktop.services.classification.overrides import OverrideInfo, get_override
from kam_desktop.services.classification.policy import DEFAULT_ABC_LEVELS, Policy, TierLevel
from kam_desktop.services.classification.results import parse_breakdown, parse_utc
from kam_desktop.services.classification.runs import RunInfo, get_run, label_order
from kam_desktop.services.classification.tiering import abc_tiers
from kam_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class BreakdownRow:
    """One indicator's part in a score: contribution = weight × norm / Σ weights counted."""

    key: str
    label: str
    raw: float | str | None
    norm: float | None  # 0..100 as used (after the missing rule); None when excluded / ABC
    weight: float | None
    contribution: float | None
    excluded: bool = False
    cum_share: float | None = None  # ABC: share of the accounts ranked before this one


@dataclass(frozen=True)
class TierChange:
    """Since `since` (that run's time) the tier has been `tier`; before it was `previous`
    (None: that run classified the account for the first time)."""

    since: datetime
    run_id: str
    tier: str
    previous: str | None


@dataclass(frozen=True)
class Explanation:
    code: str
    name: str
    run: RunInfo
    policy: Policy
    computed_tier: str
    tier: str  # in force
    score: float | None
    rank: int | None
    rows: list[BreakdownRow]
    weights_counted: float | None  # Σ weights the score divides by (exclusions taken out)
    override: OverrideInfo | None
    change: TierChange | None

    @property
    def policy_name(self) -> str:
        return self.run.policy_name

    @property
    def policy_version(self) -> int:
        return self.run.policy_version

    @property
    def ran_at(self) -> datetime:
        return self.run.ran_at


def explain(uow: UnitOfWork, code: str, run_id: str | None = None) -> Explanation:
    """Why `code` is where it is in a run (default: the newest run that classified it)."""
    conn = uow.session.connection().connection.driver_connection
    account = conn.execute("SELECT id, name FROM accounts WHERE code = ?", (code,)).fetchone()
    if account is None:
        raise NotFoundError(f"No account with code {code!r}.")
    account_id, name = account
    if run_id is None:
        row = conn.execute(
            "SELECT r.run_id FROM tier_results r JOIN tier_runs t ON t.id = r.run_id "
            "WHERE r.account_id = ? ORDER BY t.ran_at DESC LIMIT 1", (account_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"Account {code} has not been classified yet.")
        run_id = row[0]
    run = get_run(uow, run_id)
    result = conn.execute(
        "SELECT computed_tier, tier, score, rank, breakdown_json FROM tier_results "
        "WHERE run_id = ? AND account_id = ?", (run.run_id, account_id)).fetchone()
    if result is None:
        raise NotFoundError(f"Account {code} is not in the run of {run.ran_at:%Y-%m-%d %H:%M}.")
    computed, tier, score, rank, text = result
    policy = policy_version_by_id(uow, run.policy_id).policy
    rows = [
        BreakdownRow(
            key=str(item["key"]),
            label=INDICATORS[str(item["key"])].label if item["key"] in INDICATORS
            else str(item["key"]),
            raw=item.get("raw"),  # type: ignore[arg-type]
            norm=item.get("norm"),  # type: ignore[arg-type]
            weight=item.get("weight"),  # type: ignore[arg-type]
            contribution=item.get("contribution"),  # type: ignore[arg-type]
            excluded=bool(item.get("excluded", False)),
            cum_share=item.get("cum_share"),  # type: ignore[arg-type]
        )
        for item in parse_breakdown(text, policy)
    ]
    counted = (sum(r.weight or 0.0 for r in rows if not r.excluded)
               if policy.scored else None)
    return Explanation(
        code=code, name=name, run=run, policy=policy, computed_tier=computed, tier=tier,
        score=score, rank=rank, rows=rows, weights_counted=counted,
        override=get_override(uow, code), change=_last_change(conn, account_id, run),
    )


def _last_change(conn: sqlite3.Connection, account_id: str, run: RunInfo) -> TierChange | None:
    """Walk the account's results back from `run` to the run where its tier became what it
    is (the tier in force as stored by each run)."""
    history = conn.execute(
        "SELECT t.id, t.ran_at, r.tier FROM tier_results r JOIN tier_runs t ON t.id = r.run_id "
        "WHERE r.account_id = ? AND t.ran_at <= (SELECT ran_at FROM tier_runs WHERE id = ?) "
        "ORDER BY t.ran_at DESC", (account_id, run.run_id)).fetchall()
    if not history:
        return None
    current = history[0][2]
    since = history[0]
    previous = None
    for row in history[1:]:
        if row[2] != current:
            previous = row[2]
            break
        since = row
    return TierChange(since=parse_utc(since[1]), run_id=since[0], tier=current,  # type: ignore[arg-type]
                      previous=previous)


def tier_distribution(uow: UnitOfWork, run_id: str | None = None) -> pd.DataFrame:
    """Accounts per tier in a run (default the newest), in tier order: `computed`, `in_force`
    (overrides applied) and `share` of the accounts in force."""
    run = get_run(uow, run_id)
    conn = uow.session.connection().connection.driver_connection
    computed = dict(conn.execute("SELECT computed_tier, count(*) FROM tier_results "
                                 "WHERE run_id = ? GROUP BY 1", (run.run_id,)).fetchall())
    in_force = dict(conn.execute("SELECT tier, count(*) FROM tier_results "
                                 "WHERE run_id = ? GROUP BY 1", (run.run_id,)).fetchall())
    labels = label_order(policy_version_by_id(uow, run.policy_id).policy.labels,
                          [*computed, *in_force])
    frame = pd.DataFrame({"computed": [computed.get(t, 0) for t in labels],
                          "in_force": [in_force.get(t, 0) for t in labels]},
                         index=pd.Index(labels, name="tier"))
    total = frame["in_force"].sum()
    frame["share"] = frame["in_force"] / total if total else 0.0
    return frame


@dataclass(frozen=True)
class Pareto:
    """The Pareto curve: accounts with a positive value, largest first (ties by code), with
    `share` (of the total), `cum_share` (up to and including the account), `before` (P_k, the
    share before it, which decides the tier) and `tier`."""

    frame: pd.DataFrame
    total: float
    cutoffs: tuple[float, ...]
    labels: tuple[str, ...]
    indicator: str
    window: Window
    not_positive: int  # accounts in scope with no or a non-positive value (last tier)


def pareto_curve(source: Source, window: Window | None = None, *, indicator: str = "sales",
                 levels: tuple[TierLevel, ...] = DEFAULT_ABC_LEVELS) -> Pareto:
    """Data for the Pareto chart of `indicator` with the ABC cut-offs of `levels`."""
    if window is None:
        window = resolve_window(source)
    frame = compute_indicators(source, window, [indicator])
    tier, rank, before = abc_tiers(frame[indicator], frame["code"], levels)
    x = frame[indicator].to_numpy(dtype=float)
    positive = ~np.isnan(x) & (x > 0)
    out = pd.DataFrame({"code": frame["code"], "name": frame["name"], "value": x,
                        "before": before, "tier": tier, "rank": rank})[positive]
    out = out.sort_values("rank")
    total = float(out["value"].sum()) if len(out) else 0.0
    if total:
        running = out["value"].cumsum()
        out["share"] = out["value"] / total
        out["cum_share"] = running / running.iloc[-1]
    else:
        out["share"] = out["cum_share"] = np.nan
    return Pareto(frame=out.drop(columns="rank").reset_index(drop=True), total=total,
                  cutoffs=tuple(float(lv.cum_share) for lv in levels[:-1]
                                if lv.cum_share is not None),
                  labels=tuple(lv.label for lv in levels), indicator=indicator, window=window,
                  not_positive=int((~positive).sum()))


__all__ = [
    "BreakdownRow", "Explanation", "Pareto", "TierChange", "explain", "pareto_curve",
    "tier_distribution",
]
