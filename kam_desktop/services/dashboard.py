"""The Dashboard: accounts, sales and profit by tier; revenue concentration (top-N share,
Herfindahl index, Pareto data); the attention list; the coming agenda.

Everything comes from one attention table (`attention.attention_table`), computed once and
handed back for the Accounts page: its `sales` and `profit` are the trailing 12 months of
classification (`Window.trailing_year`, with the default `sales_window_months`) ending on the
newest sales line (not after today), over the accounts classification covers: live and not
inactive. Concentration counts accounts with positive sales only; an account whose returns
exceed its purchases has no share to speak of.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from kam_desktop.services.attention import (
    AttentionRules,
    Rule,
    attention_list,
    attention_table,
    rule_counts,
    tier_rank,
)
from kam_desktop.services.classification import Window
from kam_desktop.services.visits import Agenda, agenda
from kam_desktop.storage.database import Database

UNCLASSIFIED = "—"  # the tier row of accounts without a tier in force
TIER_COLUMNS = ("accounts", "sales", "profit", "sales_share", "profit_share")


def tier_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """Accounts, 12-month sales and profit per tier in force (from an attention table), in
    tier order S, A, B, C, others, then `UNCLASSIFIED`; shares of the portfolio's totals."""
    tiers = frame["tier"].where(frame["tier"].notna(), UNCLASSIFIED).astype(object)
    grouped = frame.assign(tier=tiers).groupby("tier", sort=False)
    out = pd.DataFrame({
        "accounts": grouped.size(),
        "sales": grouped["sales"].sum(),
        "profit": grouped["profit"].sum(min_count=1),
    })
    order = tier_rank(pd.Series(out.index.where(out.index != UNCLASSIFIED, None),
                                index=out.index, dtype=object))
    out = out.assign(_rank=order).sort_values(["_rank"], kind="stable").drop(columns="_rank")
    total_sales = float(frame["sales"].sum())
    total_profit = float(frame["profit"].sum())
    out["sales_share"] = out["sales"] / total_sales if total_sales else np.nan
    out["profit_share"] = out["profit"] / total_profit if total_profit else np.nan
    out.index.name = "tier"
    return out


@dataclass(frozen=True)
class Concentration:
    """How much of the revenue a few accounts bring.

    `top_share`: share of the `top_n` largest accounts. `hhi`: the Herfindahl–Hirschman index,
    Σ share² over the accounts (0–1; ×10,000 in `hhi_points`, the antitrust scale: above 2,500
    is highly concentrated). `equivalent_accounts` = 1 / hhi, the number of equal-sized
    accounts with the same concentration. `pareto`: accounts largest first with `rank`,
    `code`, `name`, `tier`, `sales`, `share`, `cum_share` and `cum_accounts` (the share of
    accounts up to this one), the data of a Pareto chart.
    """

    window: Window | None
    total: float
    accounts: int
    top_n: int
    top_share: float
    hhi: float
    pareto: pd.DataFrame

    @property
    def hhi_points(self) -> float:
        return self.hhi * 10_000

    @property
    def equivalent_accounts(self) -> float:
        return 1.0 / self.hhi if self.hhi else 0.0


def revenue_concentration(frame: pd.DataFrame, *, top_n: int = 10) -> Concentration:
    """Concentration of the 12-month sales in `frame` (an attention table)."""
    positive = frame[frame["sales"] > 0]
    order = np.lexsort((positive["code"].to_numpy(dtype=object),
                        -positive["sales"].to_numpy(dtype=float)))
    ranked = positive.iloc[order]
    sales = ranked["sales"].to_numpy(dtype=float)
    total = float(sales.sum())
    share = sales / total if total else np.zeros(len(sales))
    pareto = pd.DataFrame({
        "rank": np.arange(1, len(sales) + 1),
        "code": ranked["code"].to_numpy(dtype=object),
        "name": ranked["name"].to_numpy(dtype=object),
        "tier": ranked["tier"].to_numpy(dtype=object),
        "sales": sales,
        "share": share,
        "cum_share": np.cumsum(share),
        "cum_accounts": np.arange(1, len(sales) + 1) / max(len(sales), 1),
    }, index=ranked.index)
    window = None
    if "sales_start" in frame and len(frame) and frame["sales_start"].iloc[0] is not None:
        window = Window(frame["sales_start"].iloc[0], frame["sales_end"].iloc[0])
    return Concentration(window=window, total=total, accounts=len(sales),
                         top_n=top_n, top_share=float(share[:top_n].sum()),
                         hhi=float(np.square(share).sum()), pareto=pareto)


@dataclass(frozen=True)
class Dashboard:
    today: date
    tiers: pd.DataFrame  # tier_summary
    concentration: Concentration
    attention: pd.DataFrame  # the most urgent accounts (attention_list, with reasons)
    attention_total: int  # accounts where any rule fires
    rule_counts: dict[Rule, int]
    agenda: Agenda
    attention_table: pd.DataFrame  # every account's flags: reuse it for the Accounts page


def build_dashboard(db: Database, *, today: date | None = None,
                    rules: AttentionRules | None = None, owner: str | None = None,
                    attention_limit: int | None = 50, attention_reasons: bool = True,
                    top_n: int = 10, horizon: int = 14) -> Dashboard:
    """Everything the Dashboard page shows (run it on a worker thread: seconds at 100,000
    accounts, most of it the attention table, which is handed back for reuse).

    `attention_limit=None` lists every flagged account; with `attention_reasons=False` the
    list has no `reasons` column (a view words the rows it shows with `attention_items`:
    wording tens of thousands of rows would take longer than the rest together)."""
    today = today or date.today()
    table = attention_table(db, today=today, rules=rules)
    with db.unit_of_work() as uow:
        coming = agenda(uow, today=today, owner=owner, horizon=horizon)
    flagged = table[table["attention"] > 0]
    if owner is not None:
        flagged = flagged[flagged["owner"] == owner]
    return Dashboard(
        today=today, tiers=tier_summary(table),
        concentration=revenue_concentration(table, top_n=top_n),
        attention=attention_list(table=table, owner=owner, limit=attention_limit,
                                 reasons=attention_reasons),
        attention_total=len(flagged), rule_counts=rule_counts(flagged), agenda=coming,
        attention_table=table,
    )


__all__ = [
    "TIER_COLUMNS", "UNCLASSIFIED", "Concentration", "Dashboard", "build_dashboard",
    "revenue_concentration", "tier_summary",
]
