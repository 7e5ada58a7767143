"""The tier rules of CLASSIFICATION.md on small frames, with hand-computed expectations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kam_desktop.services.classification.policy import IndicatorRule, Policy, TierLevel
from kam_desktop.services.classification.tiering import (
    abc_tiers,
    apply_policy,
    average_ranks,
    categorical_norm,
    cutoff_tiers,
    normalize,
    quota_bounds,
    quota_tiers,
    rank_by,
    threshold_tiers,
    weighted_scores,
)

ABC = (TierLevel("A", cum_share=0.8), TierLevel("B", cum_share=0.95), TierLevel("C"))
CUTOFFS = (TierLevel("S", min=80), TierLevel("A", min=60), TierLevel("B", min=40),
           TierLevel("C", min=0))
QUOTAS = (TierLevel("S", share=0.05), TierLevel("A", share=0.15), TierLevel("B", share=0.30),
          TierLevel("C"))


def frame(**columns: list[object]) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    codes = columns.pop("code", [f"C{i:02d}" for i in range(n)])
    return pd.DataFrame({"code": codes, **columns}, index=[f"id{i}" for i in range(n)])


def tiers_by_code(tier: pd.Series, f: pd.DataFrame) -> dict[str, str]:
    return dict(zip(f["code"], tier.reindex(f.index), strict=True))


# --- ABC -----------------------------------------------------------------------------------------


def test_abc_default_cutoffs_the_account_crossing_80_percent_is_still_a() -> None:
    f = frame(code=["a", "b", "c", "d", "e"], x=[50.0, 30.0, 10.0, 5.0, 5.0])
    tier, rank, share = abc_tiers(f["x"], f["code"], ABC)
    # P_k: 0, .5, .8, .9, .95 → A, A (crosses 80 %), B (P = .8 is not below .8), B, C.
    assert share.tolist() == pytest.approx([0, 0.5, 0.8, 0.9, 0.95])
    assert tier.tolist() == ["A", "A", "B", "B", "C"]
    assert rank.tolist() == [1, 2, 3, 4, 5]


def test_abc_tie_at_a_cutoff_is_broken_by_code() -> None:
    # Equal values straddle 80 %: sorted by code, "m" comes first and takes P = .4 → A,
    # "z" gets P = .8 exactly → B. Swapping the codes swaps the tiers.
    f = frame(code=["z", "m", "a"], x=[40.0, 40.0, 20.0])
    tier, rank, share = abc_tiers(f["x"], f["code"], ABC)
    assert tiers_by_code(tier, f) == {"m": "A", "z": "A", "a": "B"}
    assert share.tolist() == pytest.approx([0.4, 0.0, 0.8])
    assert rank.tolist() == [2, 1, 3]
    f2 = frame(code=["a", "b", "c", "d"], x=[45.0, 35.0, 10.0, 10.0])
    # P: 0, .45, .8, .9 → A, A, B, B; the two tens tie: c first (.8 → B), d (.9 → B).
    tier2, _, share2 = abc_tiers(f2["x"], f2["code"], ABC)
    assert tier2.tolist() == ["A", "A", "B", "B"]
    assert share2.tolist() == pytest.approx([0, 0.45, 0.8, 0.9])


def test_abc_returns_zero_and_missing_go_to_the_last_tier() -> None:
    f = frame(code=["a", "b", "c", "d", "e"], x=[100.0, -20.0, 0.0, np.nan, 300.0])
    tier, rank, share = abc_tiers(f["x"], f["code"], ABC)
    assert tiers_by_code(tier, f) == {"a": "A", "b": "C", "c": "C", "d": "C", "e": "A"}
    # e (300) then a (100, P = .75); the rest after them: 0 before -20, the null last.
    assert dict(zip(f["code"], rank, strict=True)) == {"e": 1, "a": 2, "c": 3, "b": 4, "d": 5}
    assert np.isnan(share.iloc[1]) and np.isnan(share.iloc[3])


def test_abc_one_account_and_all_equal_and_nothing_positive() -> None:
    one = frame(x=[5.0])
    assert abc_tiers(one["x"], one["code"], ABC)[0].tolist() == ["A"]
    # Ten equal accounts: P = 0, .1, …, .9 → 8 A (P < .8), then .8 → B, .9 → B.
    equal = frame(x=[7.0] * 10)
    tier, rank, _ = abc_tiers(equal["x"], equal["code"], ABC)
    assert tier.tolist() == ["A"] * 8 + ["B"] * 2
    assert rank.tolist() == list(range(1, 11))  # ties by code
    nothing = frame(x=[0.0, np.nan, -1.0])
    assert abc_tiers(nothing["x"], nothing["code"], ABC)[0].tolist() == ["C", "C", "C"]


# --- thresholds ----------------------------------------------------------------------------------


def test_thresholds_first_match_from_the_top() -> None:
    levels = (TierLevel("A", min=1000), TierLevel("B", min=100), TierLevel("C"))
    f = frame(x=[1000.0, 999.99, 100.0, 5.0, -3.0, np.nan])
    tier, rank = threshold_tiers(f["x"], f["code"], levels)
    assert tier.tolist() == ["A", "B", "B", "C", "C", "C"]
    assert rank.tolist() == [1, 2, 3, 4, 5, 6]


# --- normalisation -------------------------------------------------------------------------------


def test_percentile_average_ranks_and_lower() -> None:
    x = pd.Series([10.0, 20.0, 20.0, 40.0, np.nan])
    # Ranks among the 4 values: 1, 2.5, 2.5, 4 → 100 × (r − 1) / 3.
    assert normalize(x).tolist()[:4] == pytest.approx([0, 50, 50, 100])
    assert np.isnan(normalize(x).iloc[4])
    # lower: rank the negated values: 40 → 1, 20 → 2.5, 10 → 4.
    assert normalize(x, "lower").tolist()[:4] == pytest.approx([100, 50, 50, 0])


def test_average_ranks_are_pandas_average_ranks_exactly() -> None:
    """CLASSIFICATION.md defines percentile ranks as pandas.Series.rank(method="average")."""
    rng = np.random.default_rng(7)
    for values in (rng.random(5000) * 1e6, rng.integers(1, 6, 5000).astype(float),
                   np.round(rng.normal(size=5000), 1), np.full(300, 2.5), np.array([3.0]),
                   np.array([-0.0, 0.0, 1e-300, -1e300, 1e300])):
        expected = pd.Series(values).rank(method="average").to_numpy()
        assert np.array_equal(average_ranks(values), expected)
    assert average_ranks(np.empty(0)).size == 0


def test_percentile_one_value_is_100_and_all_equal_is_50() -> None:
    assert normalize(pd.Series([np.nan, 3.0, np.nan])).tolist()[1] == 100.0
    assert normalize(pd.Series([3.0, 3.0, 3.0])).tolist() == [50.0, 50.0, 50.0]


def test_minmax_higher_lower_and_equal() -> None:
    x = pd.Series([10.0, 20.0, 50.0, np.nan])
    assert normalize(x, "higher", "minmax").tolist()[:3] == pytest.approx([0, 25, 100])
    assert normalize(x, "lower", "minmax").tolist()[:3] == pytest.approx([100, 75, 0])
    assert normalize(pd.Series([4.0, 4.0]), "lower", "minmax").tolist() == [50.0, 50.0]


def test_null_for_everyone_stays_null() -> None:
    x = pd.Series([np.nan, np.nan])
    assert normalize(x).isna().all()
    assert normalize(x, "lower", "minmax").isna().all()


def test_categorical_table_scores_and_unlisted() -> None:
    values = pd.Series(["制造业", "零售", "农业", None])
    assert categorical_norm(values, {"制造业": 80, "零售": 50}).tolist()[:2] == [80.0, 50.0]
    assert categorical_norm(values, {"制造业": 80}).iloc[2:].isna().all()


# --- weighted score ------------------------------------------------------------------------------


def test_weighted_score_with_each_missing_rule_by_hand() -> None:
    f = frame(
        sales=[100.0, 300.0, 200.0],  # percentile: 0, 100, 50
        days=[10.0, np.nan, 30.0],  # lower minmax over 10..30: 100, missing, 0
        growth=[np.nan, 0.5, np.nan],  # one value → 100
    )
    rules = [IndicatorRule("sales", 50), IndicatorRule("days", 30, "lower", "minmax", "neutral"),
             IndicatorRule("growth", 20, missing="exclude")]
    parts = weighted_scores(f, rules)
    # id0: growth excluded → (50×0 + 30×100) / 80 = 37.5
    # id1: days neutral 50 → (50×100 + 30×50 + 20×100) / 100 = 85
    # id2: growth excluded → (50×50 + 30×0) / 80 = 31.25
    assert parts.score.tolist() == pytest.approx([37.5, 85.0, 31.25])
    assert parts.contribution.loc["id0"].tolist()[:2] == pytest.approx([0.0, 37.5])
    assert np.isnan(parts.contribution.loc["id0", "growth"])
    assert parts.excluded["growth"].tolist() == [True, False, True]
    assert parts.norm.loc["id1", "days"] == 50.0
    # Contributions add up to the score.
    assert parts.contribution.sum(axis=1).tolist() == pytest.approx(parts.score.tolist())


def test_worst_gives_zero_and_an_indicator_null_for_everyone() -> None:
    f = frame(a=[1.0, 2.0], b=[np.nan, np.nan])
    worst = weighted_scores(f, [IndicatorRule("a", 1), IndicatorRule("b", 1)])
    assert worst.score.tolist() == pytest.approx([0.0, 50.0])  # b counts as 0 for both
    neutral = weighted_scores(f, [IndicatorRule("a", 1), IndicatorRule("b", 1,
                                                                      missing="neutral")])
    assert neutral.score.tolist() == pytest.approx([25.0, 75.0])
    excluded = weighted_scores(f, [IndicatorRule("a", 1), IndicatorRule("b", 1,
                                                                       missing="exclude")])
    assert excluded.score.tolist() == pytest.approx([0.0, 100.0])


def test_everything_excluded_means_no_score_and_the_last_tier() -> None:
    f = frame(a=[np.nan, 5.0])
    policy = Policy("p", "weighted", CUTOFFS, indicators=(IndicatorRule("a", 1,
                                                                        missing="exclude"),),
                    mode="cutoffs")
    result = apply_policy(policy, f)
    assert np.isnan(result.score.iloc[0]) and result.score.iloc[1] == 100.0
    assert result.tier.tolist() == ["C", "S"]
    assert result.rank.tolist() == [2, 1]


def test_one_account_and_all_values_equal() -> None:
    rules = (IndicatorRule("a", 1), IndicatorRule("b", 1, normalize="minmax"))
    policy = Policy("p", "weighted", CUTOFFS, indicators=rules, mode="cutoffs")
    one = apply_policy(policy, frame(a=[3.0], b=[9.0]))
    assert one.score.tolist() == [75.0]  # percentile 100, minmax 50
    equal = apply_policy(policy, frame(a=[3.0] * 4, b=[9.0] * 4))
    assert equal.score.tolist() == [50.0] * 4 and equal.tier.tolist() == ["B"] * 4
    assert equal.rank.tolist() == [1, 2, 3, 4]


def test_zero_weight_counts_in_nothing() -> None:
    f = frame(a=[1.0, 2.0], b=[2.0, 1.0])
    parts = weighted_scores(f, [IndicatorRule("a", 1), IndicatorRule("b", 0)])
    assert parts.score.tolist() == [0.0, 100.0]


# --- tiers by score ------------------------------------------------------------------------------


def test_cutoffs_on_the_unrounded_score() -> None:
    score = pd.Series([80.0, 79.999, 60.0, 59.996, 40.0, 0.0, np.nan])
    assert cutoff_tiers(score, CUTOFFS).tolist() == ["S", "A", "A", "B", "B", "C", "C"]


def test_quota_boundaries_are_exact_decimals() -> None:
    # 0.1 + 0.2 is 0.30000000000000004 in floats: ceil(× 10) would give 4, not 3.
    levels = (TierLevel("A", share=0.1), TierLevel("B", share=0.2), TierLevel("C"))
    assert quota_bounds(levels, 10) == [1, 3]
    assert quota_bounds(QUOTAS, 20) == [1, 4, 10]
    assert quota_bounds(QUOTAS, 89) == [5, 18, 45]  # ceil 4.45, 17.8, 44.5
    assert quota_bounds(QUOTAS, 1) == [1, 1, 1]


def test_quotas_with_a_tie_at_the_boundary_broken_by_code() -> None:
    # 20 accounts: S = 1, A up to 4, B up to 10, C the rest.
    scores = [90.0, 80.0, 70.0, 60.0, 60.0] + [50.0] * 5 + [10.0] * 10
    codes = ["k00", "k01", "k02", "z03", "a04"] + [f"k{i:02d}" for i in range(5, 20)]
    f = frame(code=codes, s=scores)
    rank = rank_by(f["s"], f["code"])
    tier = quota_tiers(rank, QUOTAS)
    got = tiers_by_code(tier, f)
    # The two 60s tie on the 4th place: "a04" sorts first and takes A, "z03" falls to B.
    assert got["a04"] == "A" and got["z03"] == "B"
    assert [got[c] for c in ("k00", "k01", "k02")] == ["S", "A", "A"]
    assert sorted(tier.value_counts().items()) == [("A", 3), ("B", 6), ("C", 10), ("S", 1)]


def test_quotas_one_account_is_in_the_first_tier() -> None:
    rank = pd.Series([1], index=["x"])
    assert quota_tiers(rank, QUOTAS).tolist() == ["S"]


def test_apply_policy_for_each_method() -> None:
    f = frame(code=["a", "b", "c"], sales=[100.0, 10.0, 0.0], orders=[3.0, 1.0, 0.0])
    abc = apply_policy(Policy("abc", "abc", ABC, indicator="sales"), f)
    assert abc.tier.tolist() == ["A", "B", "C"] and abc.score.isna().all()
    assert abc.cum_share is not None
    thresholds = apply_policy(
        Policy("t", "thresholds", (TierLevel("Big", min=60), TierLevel("Small")),
               indicator="sales"), f)
    assert thresholds.tier.tolist() == ["Big", "Small", "Small"]
    assert thresholds.rank.tolist() == [1, 2, 3]
    weighted = apply_policy(
        Policy("w", "weighted", QUOTAS, indicators=(IndicatorRule("sales", 1),
                                                    IndicatorRule("orders", 1, normalize="minmax")),
               mode="quotas"), f)
    assert weighted.score.tolist() == pytest.approx([100.0, 41.66666667, 0.0])
    # N = 3: S the first ceil(0.15) = 1, A up to ceil(0.6) = 1 (none), B up to ceil(1.5) = 2.
    assert weighted.tier.tolist() == ["S", "B", "C"]
