"""The Accounts page's list: the portfolio with activity and attention columns, its filters and
search, and the export of what is shown.

Filtering and search are vectorised over the frame (boolean masks), so a keystroke on 100,000
accounts costs milliseconds; the frame is built once on a worker thread (`portfolio_table`) and
refreshed per edited account with `attention.refresh_attention` for the attention columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from kam_desktop.services.accounts import account_table
from kam_desktop.services.attention import (
    RULES,
    AttentionRules,
    Rule,
    attention_table,
    tier_rank,
)
from kam_desktop.services.export import write_table
from kam_desktop.storage.database import Database

NOT_CLASSIFIED = "__none__"  # tier filter value for accounts without a tier
# Columns added to account_table's by portfolio_table.
ACTIVITY_COLUMNS = (
    "sales", "profit", "sales_change", "outstanding", "overdue", "last_visit", "next_visit",
    "last_contact", "attention", *(r.value for r in RULES),
)
SEARCH_COLUMNS = ("code", "name", "contact_names")
EXPORT_COLUMNS = (
    "code", "name", "tier", "status", "industry", "segment", "region", "city", "owner",
    "company_size", "annual_revenue", "contacts", "sales", "profit", "outstanding", "overdue",
    "last_visit", "next_visit", "attention",
)


def portfolio_table(db: Database, *, today: date | None = None,
                    rules: AttentionRules | None = None,
                    attention: pd.DataFrame | None = None) -> pd.DataFrame:
    """`account_table` (with `contact_names`) plus `ACTIVITY_COLUMNS` from the attention table
    (pass `attention` to reuse one, e.g. the dashboard's). Accounts outside the attention scope
    (inactive) have no flags and NaN figures. By code; a RangeIndex, `id` a column."""
    with db.unit_of_work() as uow:
        frame = account_table(uow, contact_names=True)
    if attention is None:
        attention = attention_table(db, today=today, rules=rules)
    extra = attention.reindex(frame["id"].to_numpy(dtype=object))
    for column in ACTIVITY_COLUMNS:
        values = extra[column].to_numpy()
        if column == "attention" or column in {r.value for r in RULES}:
            values = np.nan_to_num(values.astype(float)).astype(
                np.int64 if column == "attention" else bool)
        frame[column] = values
    frame.attrs = dict(attention.attrs)
    return frame


@dataclass(frozen=True)
class AccountFilter:
    """What the Accounts page filters by. Empty sets mean "any"; `tiers` may hold
    `NOT_CLASSIFIED`. `attention`: True only flagged accounts, False only unflagged, None
    either; `rules`: only accounts where one of these rules fires. `search`: every word must
    occur (case-insensitive) in the code, the name or a contact's name."""

    search: str = ""
    tiers: frozenset[str] = field(default_factory=frozenset)
    industries: frozenset[str] = field(default_factory=frozenset)
    regions: frozenset[str] = field(default_factory=frozenset)
    owners: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)
    attention: bool | None = None
    rules: frozenset[Rule] = field(default_factory=frozenset)


def filter_mask(frame: pd.DataFrame, spec: AccountFilter,
                haystack: pd.Series | None = None) -> np.ndarray:
    """Boolean mask of the rows of `frame` (from `portfolio_table` or `account_table`) that
    pass the filter. For search-as-you-type, build `search_haystack(frame)` once per loaded
    frame and pass it in (a 100,000-row search then takes ~20 ms per word)."""
    mask = np.ones(len(frame), dtype=bool)

    def among(column: str, wanted: Iterable[str]) -> np.ndarray:
        return frame[column].isin(list(wanted)).to_numpy(dtype=bool)

    if spec.tiers:
        hit = among("tier", spec.tiers - {NOT_CLASSIFIED})
        if NOT_CLASSIFIED in spec.tiers:
            hit = hit | frame["tier"].isna().to_numpy(dtype=bool)
        mask &= hit
    for column, wanted in (("industry", spec.industries), ("region", spec.regions),
                           ("owner", spec.owners), ("status", spec.statuses)):
        if wanted:
            mask = mask & among(column, wanted)
    if spec.attention is not None and "attention" in frame:
        flagged = frame["attention"].to_numpy() > 0
        mask = mask & (flagged if spec.attention else ~flagged)
    if spec.rules:
        mask = mask & frame[[Rule(r).value for r in spec.rules]].to_numpy(dtype=bool).any(axis=1)
    terms = spec.search.lower().split()
    if terms:
        if haystack is None:
            haystack = search_haystack(frame)
        for term in terms:
            mask = mask & haystack.str.contains(term, regex=False).to_numpy(dtype=bool)
    return mask


def search_haystack(frame: pd.DataFrame) -> pd.Series:
    """One lower-cased text per row of the searchable columns, in the frame's row order
    (a separator between fields, so a search never matches across two)."""
    parts = [frame[c].astype(object).where(frame[c].notna(), "").astype(str)
             for c in SEARCH_COLUMNS if c in frame]
    joined = parts[0].str.cat(parts[1:], sep="\x1f") if len(parts) > 1 else parts[0]
    return joined.str.lower().reset_index(drop=True)


def filter_accounts(frame: pd.DataFrame, spec: AccountFilter) -> pd.DataFrame:
    return frame[filter_mask(frame, spec)]


def filter_choices(frame: pd.DataFrame) -> dict[str, list[str]]:
    """The values each filter can take, for the filter combos: tiers in tier order, the
    rest sorted."""
    out: dict[str, list[str]] = {}
    tiers = pd.Series(frame["tier"].dropna().unique(), dtype=object)
    out["tiers"] = tiers.iloc[np.argsort(tier_rank(tiers).to_numpy(), kind="stable")].tolist()
    for key, column in (("industries", "industry"), ("regions", "region"), ("owners", "owner"),
                        ("statuses", "status")):
        out[key] = sorted(str(v) for v in frame[column].dropna().unique())
    return out


def export_accounts(frame: pd.DataFrame, path: Path,
                    columns: Sequence[str] = EXPORT_COLUMNS) -> Path:
    """Write the rows of `frame` (the list as filtered and sorted on screen) to .xlsx or .csv.
    In .xlsx text is stored as text, so a name starting with = + - @ is never run as a
    formula."""
    present = [c for c in columns if c in frame]
    out = frame[present].copy()
    for column in ("last_visit", "next_visit"):
        if column in out:
            out[column] = [v.to_pydatetime().replace(microsecond=0) if pd.notna(v) else None
                           for v in pd.to_datetime(out[column])]
    return write_table(out, Path(path), sheet="Accounts")


__all__ = [
    "ACTIVITY_COLUMNS", "EXPORT_COLUMNS", "NOT_CLASSIFIED", "SEARCH_COLUMNS", "AccountFilter",
    "export_accounts", "filter_accounts", "filter_choices", "filter_mask", "portfolio_table",
    "search_haystack",
]
