"""Translated names of the tier policy options: methods, tier modes, directions,
normalisations and missing-value rules, as the policy editor and the page show them.

The policy stores stable English keys (`weighted`, `percentile`, `worst`); each name here is a
literal `translate` call so that `lupdate` finds it. Unknown keys are shown as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kam_desktop.services.classification import (
    ABC_BY_PROFIT,
    ABC_BY_SALES,
    BALANCED_SCORECARD,
    NOT_CLASSIFIED,
    Policy,
    builtin_policies,
)
from kam_desktop.ui import labels

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

METHODS = ("weighted", "abc", "thresholds")
MODES = ("cutoffs", "quotas")
DIRECTIONS = ("higher", "lower")
NORMALIZATIONS = ("percentile", "minmax")
MISSING_RULES = ("worst", "neutral", "exclude")


def method_label(method: str) -> str:
    names = {
        "weighted": translate("ClassificationLabels", "Weighted score (multi-indicator)"),
        "abc": translate("ClassificationLabels", "ABC / Pareto (single indicator)"),
        "thresholds": translate("ClassificationLabels", "Fixed thresholds (single indicator)"),
    }
    return names.get(method, method)


def method_short(method: str) -> str:
    names = {
        "weighted": translate("ClassificationLabels", "Weighted"),
        "abc": translate("ClassificationLabels", "ABC"),
        "thresholds": translate("ClassificationLabels", "Thresholds"),
    }
    return names.get(method, method)


def mode_label(mode: str) -> str:
    names = {
        "cutoffs": translate("ClassificationLabels", "Score cut-offs"),
        "quotas": translate("ClassificationLabels", "Quotas (share of accounts)"),
    }
    return names.get(mode, mode)


def direction_label(direction: str) -> str:
    names = {
        "higher": translate("ClassificationLabels", "Higher is better"),
        "lower": translate("ClassificationLabels", "Lower is better"),
    }
    return names.get(direction, direction)


def normalize_label(method: str) -> str:
    names = {
        "percentile": translate("ClassificationLabels", "Percentile"),
        "minmax": translate("ClassificationLabels", "Min–max"),
    }
    return names.get(method, method)


def missing_label(rule: str) -> str:
    names = {
        "worst": translate("ClassificationLabels", "Worst (0)"),
        "neutral": translate("ClassificationLabels", "Neutral (50)"),
        "exclude": translate("ClassificationLabels", "Leave out"),
    }
    return names.get(rule, rule)


def missing_hint(rule: str) -> str:
    names = {
        "worst": translate("ClassificationLabels", "An account without a value scores 0 on "
                                                   "this indicator."),
        "neutral": translate("ClassificationLabels", "An account without a value scores 50 on "
                                                     "this indicator."),
        "exclude": translate("ClassificationLabels", "An account without a value is scored on "
                                                     "the other indicators only."),
    }
    return names.get(rule, "")


def bound_header(method: str, mode: str | None) -> str:
    """The heading of the tier table's bound column."""
    if method == "abc":
        return translate("ClassificationLabels", "Cumulative share up to")
    if method == "thresholds":
        return translate("ClassificationLabels", "Minimum value")
    if mode == "quotas":
        return translate("ClassificationLabels", "Share of accounts")
    return translate("ClassificationLabels", "Minimum score")


def tier_name(label: object) -> str:
    """A tier label as shown in tables: "—" (no tier) becomes "Not classified"."""
    if label is None or label == NOT_CLASSIFIED or label != label:  # None, "—", NaN
        return labels.not_classified()
    return str(label)


def tier_counts(counts: dict[str, int]) -> str:
    """"S 3 · A 12 · B 20 · C 5"."""
    return "  ·  ".join(f"{tier_name(tier)} {count}" for tier, count in counts.items())


def policy_name(name: str) -> str:
    """A policy's name as shown: the built-in policies' names in the user's language (the
    stored name, which the command line takes, stays English); any other name as written."""
    shown = {
        ABC_BY_SALES: translate("ClassificationLabels", "ABC by sales"),
        ABC_BY_PROFIT: translate("ClassificationLabels", "ABC by profit"),
        BALANCED_SCORECARD: translate("ClassificationLabels", "Balanced scorecard"),
    }
    return shown.get(name, name)


def policy_description(policy: Policy) -> str:
    """The policy's description; a built-in policy's shipped description in the user's
    language (the stored text is English)."""
    shipped = {p.name: p.description for p in builtin_policies()}
    if not policy.description or shipped.get(policy.name) != policy.description:
        return policy.description or ""
    names = {
        ABC_BY_SALES: translate("ClassificationLabels",
                                "Pareto on sales in the window: A up to 80 % of sales, B to "
                                "95 %, C the rest."),
        ABC_BY_PROFIT: translate("ClassificationLabels",
                                 "Pareto on gross profit in the window: A up to 80 %, B to "
                                 "95 %, C the rest."),
        BALANCED_SCORECARD: translate("ClassificationLabels",
                                      "Transaction 35, financial 15, customer characteristics "
                                      "15, demand fit 20, relationship 15."),
    }
    return names.get(policy.name, policy.description)
