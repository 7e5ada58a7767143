"""Account classification: indicators, tier policies, runs, what-if, overrides (CLASSIFICATION.md).

The public API for the GUI and the command line; see each module for the why:
- indicators.py — every indicator per account over a window, as SQL aggregates;
- policy.py — Policy dataclasses, TOML in and out, validation;
- tiering.py — the tier rules in pandas (no database);
- library.py — policies in the database with versions; builtin.py — the shipped ones;
- runs.py — classify (apply or dry run), what-if, history and comparisons;
- overrides.py — manual tiers with a reason; reports.py — explain, distribution, Pareto.
"""

from kam_desktop.services.classification.builtin import (
    ABC_BY_PROFIT,
    ABC_BY_SALES,
    BALANCED_SCORECARD,
    builtin_policies,
    ensure_builtin_policies,
)
from kam_desktop.services.classification.indicators import (
    FAMILIES,
    INDICATORS,
    IndicatorDef,
    Window,
    compute_indicators,
    latest_sales_date,
    resolve_window,
)
from kam_desktop.services.classification.library import (
    PolicyInfo,
    PolicyVersion,
    delete_policy,
    export_policy,
    get_policy,
    get_policy_version,
    import_policy,
    list_policies,
    policy_versions,
    save_policy,
)
from kam_desktop.services.classification.overrides import (
    OverrideInfo,
    clear_override,
    get_override,
    list_overrides,
    set_override,
)
from kam_desktop.services.classification.policy import (
    IndicatorRule,
    Policy,
    TierLevel,
    load_policy_file,
    parse_policy,
    policy_to_toml,
    validate_policy,
)
from kam_desktop.services.classification.reports import (
    BreakdownRow,
    Explanation,
    Pareto,
    TierChange,
    explain,
    pareto_curve,
    tier_distribution,
)
from kam_desktop.services.classification.runs import (
    NOT_CLASSIFIED,
    Migration,
    RunComparison,
    RunInfo,
    RunResult,
    WhatIf,
    classify,
    compare_runs,
    get_run,
    list_runs,
    run_results,
    what_if,
)
from kam_desktop.services.classification.tiering import Tiering, apply_policy

__all__ = [
    "ABC_BY_PROFIT", "ABC_BY_SALES", "BALANCED_SCORECARD", "FAMILIES", "INDICATORS",
    "NOT_CLASSIFIED", "BreakdownRow", "Explanation", "IndicatorDef", "IndicatorRule",
    "Migration", "OverrideInfo", "Pareto", "Policy", "PolicyInfo", "PolicyVersion",
    "RunComparison", "RunInfo", "RunResult", "TierChange", "TierLevel", "Tiering", "WhatIf",
    "Window", "apply_policy", "builtin_policies", "classify", "clear_override", "compare_runs",
    "compute_indicators", "delete_policy", "ensure_builtin_policies", "explain",
    "export_policy", "get_override", "get_policy", "get_policy_version", "get_run",
    "import_policy", "latest_sales_date", "list_overrides", "list_policies", "list_runs",
    "load_policy_file", "pareto_curve", "parse_policy", "policy_to_toml", "policy_versions",
    "resolve_window", "run_results", "save_policy", "set_override", "tier_distribution",
    "validate_policy", "what_if",
]
