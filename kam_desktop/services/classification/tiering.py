"""The tier rules of CLASSIFICATION.md on a frame of indicators: pure pandas/numpy, no database.

Everything is column-wise over all accounts at once. Orders that decide tiers are explicit and
total (value or score descending, then account code ascending), so the same data always gives the
same tiers, and a user sorting the same way in a spreadsheet gets the same list.

Exact-arithmetic points, so hand checks agree: the quota boundaries ceil(share × N) are computed
on the decimal shares as written (0.05 + 0.15 is exactly 0.20 here, not 0.20000000000000004), and
scores are compared with cut-offs unrounded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
import pandas as pd

from kam_desktop.models.enums import PolicyMethod
from kam_desktop.services.classification.policy import IndicatorRule, Policy, TierLevel

NEUTRAL_NORM = 50.0
WORST_NORM = 0.0


@dataclass
class Tiering:
    """A policy applied to the accounts of an indicator frame (all indexed by account id)."""

    policy: Policy
    tier: pd.Series  # computed tier label
    score: pd.Series  # 0..100, NaN for ABC and thresholds
    rank: pd.Series  # 1..N, the order that decided the tiers
    raw: pd.DataFrame  # the indicator values used, one column per policy key
    norm: pd.DataFrame | None = None  # weighted: the norm used (after the missing rule)
    weight: pd.DataFrame | None = None  # weighted: the weight counted (0 where excluded)
    contribution: pd.DataFrame | None = None  # weighted: weight × norm / Σ weights counted
    excluded: pd.DataFrame | None = None  # weighted: True where `exclude` dropped the indicator
    cum_share: pd.Series | None = None  # ABC: P_k, the share of the accounts before it

    def __len__(self) -> int:
        return len(self.tier)


def apply_policy(policy: Policy, frame: pd.DataFrame) -> Tiering:
    """Tiers for every row of `frame` (which needs `code` and the policy's indicators)."""
    missing = [k for k in policy.keys if k not in frame.columns]
    if missing or "code" not in frame.columns:
        raise KeyError(f"the indicator frame lacks {missing or ['code']}")
    codes = frame["code"]
    raw = frame[list(policy.keys)]
    if policy.method == PolicyMethod.ABC:
        tier, rank, share = abc_tiers(frame[policy.indicator], codes, policy.levels)
        return Tiering(policy, tier, _nan_series(frame.index), rank, raw, cum_share=share)
    if policy.method == PolicyMethod.THRESHOLDS:
        tier, rank = threshold_tiers(frame[policy.indicator], codes, policy.levels)
        return Tiering(policy, tier, _nan_series(frame.index), rank, raw)
    parts = weighted_scores(frame, policy.indicators)
    rank = rank_by(parts.score, codes)
    if policy.mode == "quotas":
        tier = quota_tiers(rank, policy.levels)
    else:
        tier = cutoff_tiers(parts.score, policy.levels)
    return Tiering(policy, tier, parts.score, rank, raw, norm=parts.norm, weight=parts.weight,
                   contribution=parts.contribution, excluded=parts.excluded)


def _nan_series(index: pd.Index) -> pd.Series:
    return pd.Series(np.nan, index=index, dtype=float)


def _labels(levels: Sequence[TierLevel], positions: np.ndarray, index: pd.Index) -> pd.Series:
    names = np.array([lv.label for lv in levels], dtype=object)
    return pd.Series(names[positions], index=index, dtype=object)


def _order(primary_desc: np.ndarray, codes: pd.Series, last: np.ndarray | None = None
           ) -> np.ndarray:
    """Row positions sorted by `primary_desc` descending (NaN at the end), ties by code
    ascending; rows flagged in `last` after all others (in the same order among themselves)."""
    values = np.asarray(primary_desc, dtype=float)
    nan = np.isnan(values)
    key = np.where(nan, 0.0, -values)
    code_rank = _code_positions(codes)
    groups = nan.astype(np.int8)
    if last is not None:
        groups = groups + 2 * np.asarray(last, dtype=np.int8)
    return np.lexsort((code_rank, key, groups))


def _code_positions(codes: pd.Series) -> np.ndarray:
    """Each code's position in code order (string order by code point, like SQLite's BINARY)."""
    if codes.is_unique and codes.is_monotonic_increasing:  # as compute_indicators orders them
        return np.arange(len(codes), dtype=np.int64)
    arr = np.asarray(codes.astype(str).to_numpy(dtype=object), dtype=str)
    order = np.argsort(arr, kind="stable")
    pos = np.empty(len(arr), dtype=np.int64)
    pos[order] = np.arange(len(arr))
    return pos


def _ranks_from_order(order: np.ndarray, index: pd.Index) -> pd.Series:
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(1, len(order) + 1)
    return pd.Series(rank, index=index)


def rank_by(values: pd.Series, codes: pd.Series) -> pd.Series:
    """1..N by `values` descending (NaN last), ties by code ascending."""
    return _ranks_from_order(_order(values.to_numpy(dtype=float), codes), values.index)


# --- single indicator --------------------------------------------------------------------------


def abc_tiers(values: pd.Series, codes: pd.Series, levels: Sequence[TierLevel]
              ) -> tuple[pd.Series, pd.Series, pd.Series]:
    """ABC (Pareto): returns (tier, rank, P_k).

    Accounts with the value null or ≤ 0 go to the last tier (P_k NaN). The rest, sorted by value
    descending and code ascending, get P_k = (sum of the values before it) / T and the first
    tier whose cut-off is greater than P_k — so the account that crosses 80 % is still A.
    """
    x = values.to_numpy(dtype=float)
    eligible = ~np.isnan(x) & (x > 0)
    order = _order(x, codes, last=~eligible)
    n_eligible = int(eligible.sum())
    top = order[:n_eligible]
    share = np.full(len(x), np.nan)
    position = np.full(len(x), len(levels) - 1, dtype=np.int64)
    if n_eligible:
        sorted_x = x[top]
        running = np.cumsum(sorted_x)
        total = running[-1]
        before = np.concatenate(([0.0], running[:-1]))
        p = before / total
        cuts = np.array([lv.cum_share for lv in levels[:-1]], dtype=float)
        share[top] = p
        position[top] = np.searchsorted(cuts, p, side="right")
    index = values.index
    return (_labels(levels, position, index), _ranks_from_order(order, index),
            pd.Series(share, index=index))


def threshold_tiers(values: pd.Series, codes: pd.Series, levels: Sequence[TierLevel]
                    ) -> tuple[pd.Series, pd.Series]:
    """Fixed thresholds: the first tier from the top whose minimum the value reaches; the last
    tier for values below every minimum and for null values. Returns (tier, rank)."""
    x = values.to_numpy(dtype=float)
    mins = np.array([lv.min for lv in levels[:-1]], dtype=float)
    position = (mins[None, :] > x[:, None]).sum(axis=1) if len(mins) else np.zeros(len(x), int)
    position = np.where(np.isnan(x), len(levels) - 1, position)
    index = values.index
    order = _order(x, codes)
    return _labels(levels, position, index), _ranks_from_order(order, index)


# --- weighted score ----------------------------------------------------------------------------


def normalize(values: pd.Series, direction: str = "higher", method: str = "percentile"
              ) -> pd.Series:
    """0..100 over the non-null values; NaN stays NaN (the missing rule decides).

    percentile: 100 × (r − 1) / (n − 1) with r the average rank (of the negated values for
    `lower`), 100 when n = 1. minmax: 100 × (x − min) / (max − min), mirrored for `lower`, 50
    when max = min.
    """
    return pd.Series(_normalized(values.to_numpy(dtype=float, na_value=np.nan), direction,
                                 method), index=values.index, dtype=float)


def _normalized(x: np.ndarray, direction: str, method: str) -> np.ndarray:
    out = np.full(len(x), np.nan)
    valid = ~np.isnan(x)
    v = x[valid]
    n = len(v)
    if n == 0:
        return out
    if method == "percentile":
        ranked = average_ranks(-v if direction == "lower" else v)
        out[valid] = 100.0 * (ranked - 1.0) / (n - 1) if n > 1 else 100.0
    elif method == "minmax":
        lo, hi = v.min(), v.max()
        if hi == lo:
            out[valid] = 50.0
        elif direction == "lower":
            out[valid] = 100.0 * (hi - v) / (hi - lo)
        else:
            out[valid] = 100.0 * (v - lo) / (hi - lo)
    else:
        raise ValueError(f"unknown normalisation {method!r}")
    return out


def average_ranks(values: np.ndarray) -> np.ndarray:
    """1-based ranks of `values` (no NaN), ties sharing the mean of their ranks: the same
    numbers as `pandas.Series.rank(method="average")`, two to three times faster (one sort,
    then each run of equal values gets first + (count + 1) / 2)."""
    n = len(values)
    if n == 0:
        return np.empty(0)
    order = np.argsort(values)
    ordered = values[order]
    starts_run = np.empty(n, dtype=bool)
    starts_run[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts_run[1:])
    first = np.flatnonzero(starts_run)
    count = np.diff(np.append(first, n))
    ranks = np.empty(n)
    ranks[order] = np.repeat(first + (count + 1) / 2.0, count)
    return ranks


def categorical_norm(values: pd.Series, scores: dict[str, float] | None) -> pd.Series:
    """The table score of each value as its norm; unlisted or empty values are NaN."""
    table = {str(k): float(v) for k, v in (scores or {}).items()}
    codes, uniques = pd.factorize(values, use_na_sentinel=True)  # few distinct values
    scored = np.array([table.get(v, np.nan) if isinstance(v, str) else np.nan for v in uniques]
                      + [np.nan])
    return pd.Series(scored[codes], index=values.index, dtype=float)


@dataclass
class WeightedParts:
    score: pd.Series
    norm: pd.DataFrame
    weight: pd.DataFrame
    contribution: pd.DataFrame
    excluded: pd.DataFrame


def weighted_scores(frame: pd.DataFrame, rules: Sequence[IndicatorRule]) -> WeightedParts:
    """score = Σ wᵢ × normᵢ / Σ wᵢ, with the missing rules: worst → norm 0, neutral → 50,
    exclude → the indicator is left out of both sums for that account. An account whose counted
    weights sum to 0 (everything excluded) has no score (NaN) and goes to the last tier."""
    index = frame.index
    norms, weights, excluded = {}, {}, {}
    for rule in rules:
        if rule.scores is not None:
            norm = categorical_norm(frame[rule.key], dict(rule.scores))
        else:
            norm = normalize(frame[rule.key], rule.direction, rule.normalize)
        missing = norm.isna().to_numpy()
        w = np.full(len(index), float(rule.weight))
        if rule.missing == "exclude":
            w[missing] = 0.0
        else:
            fill = NEUTRAL_NORM if rule.missing == "neutral" else WORST_NORM
            norm = norm.fillna(fill)
        norms[rule.key] = norm.to_numpy(dtype=float)
        weights[rule.key] = w
        excluded[rule.key] = missing & (rule.missing == "exclude")
    numerator = np.zeros(len(index))
    denominator = np.zeros(len(index))
    for rule in rules:  # in policy order, as a hand calculation adds them up
        w, norm = weights[rule.key], norms[rule.key]
        numerator = numerator + np.where(w > 0, w * np.nan_to_num(norm), 0.0)
        denominator = denominator + w
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where(denominator > 0, numerator / denominator, np.nan)
        contribution = {
            key: np.where((denominator > 0) & (weights[key] > 0),
                          weights[key] * np.nan_to_num(norms[key]) / denominator,
                          np.where(excluded[key], np.nan, 0.0))
            for key in norms
        }
    score = np.clip(score, 0.0, 100.0)  # float noise only: every norm is within 0..100
    return WeightedParts(
        score=pd.Series(score, index=index, dtype=float),
        norm=pd.DataFrame(norms, index=index),
        weight=pd.DataFrame(weights, index=index),
        contribution=pd.DataFrame(contribution, index=index),
        excluded=pd.DataFrame(excluded, index=index),
    )


def cutoff_tiers(score: pd.Series, levels: Sequence[TierLevel]) -> pd.Series:
    """The first tier from the top whose minimum the (unrounded) score reaches; the last tier
    otherwise and when there is no score."""
    s = score.to_numpy(dtype=float)
    mins = np.array([lv.min if lv.min is not None else -np.inf for lv in levels[:-1]])
    position = (mins[None, :] > s[:, None]).sum(axis=1) if len(mins) else np.zeros(len(s), int)
    position = np.where(np.isnan(s), len(levels) - 1, position)
    return _labels(levels, position, score.index)


def quota_bounds(levels: Sequence[TierLevel], n: int) -> list[int]:
    """The last position (1-based) of each tier but the last: ceil(cumulative share × N),
    on the shares as decimals (exact)."""
    bounds, total = [], Fraction(0)
    for level in levels[:-1]:
        total += Fraction(repr(float(level.share or 0.0)))
        bounds.append(min(n, math.ceil(total * n)))
    return bounds


def quota_tiers(rank: pd.Series, levels: Sequence[TierLevel]) -> pd.Series:
    """Quotas on the score order (`rank`, 1 = best): the first ceil(s₁ × N) accounts get the
    first tier, the accounts up to ceil((s₁ + s₂) × N) the second, …, the rest the last."""
    bounds = np.array(quota_bounds(levels, len(rank)), dtype=np.int64)
    position = np.searchsorted(bounds, rank.to_numpy(), side="left")
    return _labels(levels, position, rank.index)


__all__ = [
    "Tiering", "WeightedParts", "abc_tiers", "apply_policy", "average_ranks", "categorical_norm",
    "cutoff_tiers", "normalize", "quota_bounds", "quota_tiers", "rank_by", "threshold_tiers",
    "weighted_scores",
]
