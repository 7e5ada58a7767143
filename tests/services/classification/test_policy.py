"""Policy files: the documented examples, the TOML round trip, and every validation message."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from kam_desktop.errors import InvalidInputError
from kam_desktop.services.classification.builtin import builtin_policies
from kam_desktop.services.classification.policy import (
    IndicatorRule,
    Policy,
    TierLevel,
    load_policy_file,
    parse_policy,
    policy_to_toml,
    validate_policy,
)

# Verbatim from CLASSIFICATION.md.
DOC_WEIGHTED = """
name = "Balanced scorecard"
method = "weighted"              # "weighted" | "abc" | "thresholds"

[window]                         # optional; default trailing 12 months
start = 2024-01-01
end = 2024-12-31

[[indicators]]
key = "sales"
weight = 40
direction = "higher"             # default "higher"
normalize = "percentile"         # default "percentile"
missing = "worst"                # default "worst"

[[indicators]]
key = "industry"
weight = 10
scores = { "制造业" = 80, "金融" = 90, "零售" = 50 }   # categorical: value → 0..100

[tiers]
mode = "cutoffs"                 # "cutoffs" | "quotas"
levels = [ { label = "S", min = 80 }, { label = "A", min = 60 },
           { label = "B", min = 40 }, { label = "C", min = 0 } ]
"""

DOC_ABC = """
name = "ABC by sales"
method = "abc"
indicator = "sales"
[tiers]
levels = [ { label = "A", cum_share = 0.80 }, { label = "B", cum_share = 0.95 }, { label = "C" } ]
"""

QUOTAS = """
name = "Quota scorecard"
method = "weighted"
[[indicators]]
key = "sales"
weight = 1
[tiers]
mode = "quotas"
levels = [ { label = "S", share = 0.05 }, { label = "A", share = 0.15 },
           { label = "B", share = 0.30 }, { label = "C" } ]
"""


def test_documented_weighted_example() -> None:
    policy = parse_policy(DOC_WEIGHTED)
    assert policy.name == "Balanced scorecard" and policy.method == "weighted"
    assert (policy.window_start, policy.window_end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert policy.indicators[0] == IndicatorRule("sales", 40.0)
    assert policy.indicators[1].scores == {"制造业": 80, "金融": 90, "零售": 50}
    assert policy.mode == "cutoffs"
    assert [(lv.label, lv.min) for lv in policy.levels] == [("S", 80), ("A", 60), ("B", 40),
                                                            ("C", 0)]


def test_documented_abc_example_and_defaults() -> None:
    policy = parse_policy(DOC_ABC)
    assert policy.indicator == "sales" and policy.labels == ("A", "B", "C")
    assert [lv.cum_share for lv in policy.levels] == [0.8, 0.95, None]
    bare = parse_policy('name = "x"\nmethod = "abc"\n')
    assert bare.indicator == "sales" and bare.levels == policy.levels
    weighted = parse_policy('name = "w"\nmethod = "weighted"\n'
                            '[[indicators]]\nkey = "orders"\nweight = 2\n')
    assert weighted.mode == "cutoffs" and weighted.labels == ("S", "A", "B", "C")
    rule = weighted.indicators[0]
    assert (rule.direction, rule.normalize, rule.missing) == ("higher", "percentile", "worst")


@pytest.mark.parametrize("text", [DOC_WEIGHTED, DOC_ABC, QUOTAS])
def test_round_trip_through_toml(text: str) -> None:
    policy = parse_policy(text)
    written = policy_to_toml(policy)
    tomllib.loads(written)  # valid TOML
    assert parse_policy(written) == policy
    assert policy_to_toml(parse_policy(written)) == written  # stable


def test_round_trip_builtins_thresholds_and_awkward_text() -> None:
    for policy in builtin_policies():
        assert parse_policy(policy_to_toml(policy)) == policy
    odd = Policy(
        name='Key "accounts" \\ 大客户\ttab', method="thresholds", indicator="sales",
        levels=(TierLevel("顶级", min=1_000_000.5), TierLevel("B", min=-10), TierLevel("其他")),
        description="line one\nline two",
    )
    assert parse_policy(policy_to_toml(odd)) == odd
    rule = IndicatorRule("industry", 2.5, missing="neutral",
                         scores={'Food "&" drink': 55.5, "": 0})
    weighted = Policy("w", "weighted", (TierLevel("A", share=0.5), TierLevel("B")),
                      indicators=(rule, IndicatorRule("recency_days", 0.1, "lower", "minmax",
                                                      "exclude")),
                      mode="quotas", window_end=date(2025, 2, 28))
    assert parse_policy(policy_to_toml(weighted)) == weighted


def test_export_layout_matches_the_documentation() -> None:
    text = policy_to_toml(parse_policy(DOC_WEIGHTED))
    assert text.startswith('name = "Balanced scorecard"\nmethod = "weighted"\n')
    assert "[window]\nstart = 2024-01-01\nend = 2024-12-31\n" in text
    assert '[[indicators]]\nkey = "sales"\nweight = 40\ndirection = "higher"\n' in text
    assert 'scores = { "制造业" = 80, "金融" = 90, "零售" = 50 }' in text
    assert '{ label = "S", min = 80 },' in text


def problems(text: str) -> str:
    with pytest.raises(InvalidInputError) as info:
        parse_policy(text, "my.toml")
    return str(info.value)


WEIGHTED_HEAD = 'name = "w"\nmethod = "weighted"\n'


@pytest.mark.parametrize(("text", "expected"), [
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "salse"\nweight = 1\n',
     "indicator 1 ('salse'): unknown indicator 'salse'; known: sales, profit"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = -5\n',
     "indicator 1 ('sales'): negative weight -5"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 0\n'
                     '[[indicators]]\nkey = "orders"\nweight = 0\n',
     "all weights are 0"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\n',
     "indicator 1 ('sales'): `weight` is missing"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = "heavy"\n',
     "`weight` must be a number"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\ndirection = "up"\n',
     '`direction` must be "higher" or "lower"'),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\nnormalize = "zscore"\n',
     '`normalize` must be "percentile" or "minmax"'),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\nmissing = "zero"\n',
     '`missing` must be "worst", "neutral" or "exclude"'),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\n'
                     '[[indicators]]\nkey = "sales"\nweight = 2\n',
     "'sales' is listed twice"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "industry"\nweight = 1\n',
     "'industry' is categorical and needs a `scores` table"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\nscores = { "a" = 1 }\n',
     "`scores` is only for categorical indicators"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "industry"\nweight = 1\nscores = { "a" = 120 }\n',
     "score for 'a' must be a number from 0 to 100"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "industry"\nweight = 1\ndirection = "lower"\n'
                     'scores = { "a" = 1 }\n',
     "`direction` and `normalize` do not apply"),
    (WEIGHTED_HEAD, "needs at least one [[indicators]]"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\nwieght = 2\n',
     "indicator 1 ('sales'): unknown setting `wieght`"),
    # cut-offs out of order
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\n[tiers]\n'
                     'levels = [ { label = "S", min = 60 }, { label = "A", min = 80 }, '
                     '{ label = "C" } ]\n',
     "cut-offs out of order: tier 'A' (min 80) must be below tier 'S' (min 60)"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\n[tiers]\n'
                     'levels = [ { label = "S", min = 120 }, { label = "C" } ]\n',
     "min 120.0 is outside the score range 0 to 100"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\n[tiers]\n'
                     'levels = [ { label = "S", min = 80 }, { label = "C", min = 20 } ]\n',
     "tier 2 ('C'): the last tier takes the rest; remove its `min` (or set min = 0)"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\n[tiers]\n'
                     'levels = [ { label = "S" }, { label = "C" } ]\n',
     "tier 1 ('S'): `min` is missing"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\n[tiers]\nmode = "rank"\n',
     '[tiers] `mode` must be "cutoffs" or "quotas"'),
    # quotas over 100 %
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\n[tiers]\nmode = "quotas"\n'
                     'levels = [ { label = "S", share = 0.6 }, { label = "A", share = 0.5 }, '
                     '{ label = "C" } ]\n',
     "the shares add up to 110%, over 100 %"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\n[tiers]\nmode = "quotas"\n'
                     'levels = [ { label = "S", min = 80 }, { label = "C" } ]\n',
     "tier 1 ('S'): `min` does not apply here; quota tiers take a `share`"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\n[tiers]\nmode = "quotas"\n',
     "[tiers] `levels` is missing"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\n[tiers]\n'
                     'levels = [ { label = "S", min = 80 }, { label = "S", min = 0 } ]\n',
     "label 'S' is used twice"),
    (WEIGHTED_HEAD + '[[indicators]]\nkey = "sales"\nweight = 1\n[tiers]\n'
                     'levels = [ { label = "S", min = 0 } ]\n',
     "give at least two tiers"),
    # ABC
    ('name = "a"\nmethod = "abc"\n[tiers]\nlevels = [ { label = "A", cum_share = 0.95 }, '
     '{ label = "B", cum_share = 0.8 }, { label = "C" } ]\n',
     "cut-offs out of order: tier 'B' (cum_share 0.8) must be above tier 'A' (0.95)"),
    ('name = "a"\nmethod = "abc"\n[tiers]\nlevels = [ { label = "A", cum_share = 1.2 }, '
     '{ label = "C" } ]\n',
     "cum_share 1.2 is outside 0 to 1 (0.80 = 80 %); shares over 100 % cannot be reached"),
    ('name = "a"\nmethod = "abc"\nindicator = "industry"\n',
     "'industry' is categorical; abc needs a number"),
    ('name = "a"\nmethod = "abc"\nindicator = "revenue"\n', "unknown indicator 'revenue'"),
    ('name = "a"\nmethod = "abc"\n[[indicators]]\nkey = "sales"\nweight = 1\n',
     "[[indicators]] is for weighted policies"),
    ('name = "a"\nmethod = "abc"\n[tiers]\nmode = "quotas"\n',
     "[tiers] `mode` is for weighted policies"),
    # thresholds
    ('name = "t"\nmethod = "thresholds"\n[tiers]\nlevels = [ { label = "A", min = 10 }, '
     '{ label = "B" } ]\n', "`indicator` is missing"),
    ('name = "t"\nmethod = "thresholds"\nindicator = "sales"\n[tiers]\nlevels = [ '
     '{ label = "A", min = 10 }, { label = "B", min = 100 }, { label = "C" } ]\n',
     "cut-offs out of order: tier 'B' (min 100) must be below tier 'A' (min 10)"),
    # the whole file
    ('method = "abc"\n', "`name` is missing"),
    ('name = "x"\nmethod = "fancy"\n', '`method` must be one of "abc", "thresholds" or '
                                       '"weighted"'),
    ('name = "x"\nmethod = "abc"\ncolour = "red"\n', "unknown setting `colour`"),
    ('name = "x"\nmethod = "abc"\n[window]\nstart = 2024-06-01\nend = 2024-01-01\n',
     "[window] `start` 2024-06-01 is after `end` 2024-01-01"),
    ('name = "x"\nmethod = "abc"\n[window]\nstart = 2024-06-01T10:00:00\n',
     "give a date without a time"),
    ('name = "x"\nmethod = "abc"\n[window]\nend = "June"\n', "not a date (YYYY-MM-DD)"),
    ('name = "x"\nmethod = "abc\n', "my.toml: not valid TOML"),
])
def test_validation_messages(text: str, expected: str) -> None:
    message = problems(text)
    assert expected in message
    assert message.startswith("my.toml")


def test_every_problem_is_reported_at_once() -> None:
    message = problems(WEIGHTED_HEAD + '[[indicators]]\nkey = "salse"\nweight = 1\n'
                                       '[[indicators]]\nkey = "orders"\nweight = -1\n[tiers]\n'
                                       'levels = [ { label = "S", min = 50 }, '
                                       '{ label = "A", min = 70 }, { label = "C" } ]\n')
    assert "3 problems" in message
    assert "unknown indicator 'salse'" in message and "negative weight -1" in message
    assert "cut-offs out of order" in message


def test_window_as_text_is_accepted() -> None:
    policy = parse_policy('name = "x"\nmethod = "abc"\n[window]\nend = "2024-12-31"\n')
    assert policy.window_end == date(2024, 12, 31) and policy.window_start is None


def test_validate_policy_built_in_code() -> None:
    bad = Policy("x", "weighted", (TierLevel("A", min=50), TierLevel("B")),
                 indicators=(IndicatorRule("sales", -1),), mode="cutoffs")
    with pytest.raises(InvalidInputError, match="negative weight"):
        validate_policy(bad)
    good = Policy("x", "weighted", (TierLevel("A", min=50), TierLevel("B")),
                  indicators=(IndicatorRule("sales", 1),), mode="cutoffs")
    assert validate_policy(good) == good
    renamed = good.relabelled({"A": "Key", "B": "Other"})
    assert renamed.labels == ("Key", "Other")
    with pytest.raises(InvalidInputError, match="used twice"):
        good.relabelled({"A": "B"})


def test_policy_files(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(DOC_ABC, encoding="utf-8-sig")  # a BOM from Notepad is fine
    assert load_policy_file(path).name == "ABC by sales"
    with pytest.raises(InvalidInputError, match="No such policy file"):
        load_policy_file(tmp_path / "missing.toml")
    latin = tmp_path / "latin.toml"
    latin.write_bytes('name = "Caf\xe9"\nmethod = "abc"\n'.encode("latin-1"))
    with pytest.raises(InvalidInputError, match="must be UTF-8"):
        load_policy_file(latin)
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "x"\nmethod = "weighted"\n', encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"^broken\.toml \(policy 'x'\): a weighted"):
        load_policy_file(broken)
