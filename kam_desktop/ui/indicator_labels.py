"""Translated names of the classification indicators and their families, and their values.

The classification service names indicators by stable keys (`sales`, `recency_days`); the
editor, the charts and the account detail show them in the user's language. Each name is a
literal `translate` call so that `lupdate` finds it; an unknown key is shown as it is.

Values are formatted by what they measure: money with two decimals, ratios as percentages,
counts as integers, the 1–5 ratings as `4 / 5`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale

from kam_desktop.ui import formatting

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

MONEY_KEYS = frozenset({"sales", "profit", "avg_order_value", "outstanding", "overdue",
                        "company_profit"})
PERCENT_KEYS = frozenset({"margin", "growth"})
INTEGER_KEYS = frozenset({"orders", "recency_days", "company_size", "coverage"})
RATING_KEYS = frozenset({"value_fit", "procurement_fit", "growth_potential", "influence"})
ONE_DECIMAL_KEYS = frozenset({"collection_days", "nps"})


def indicator_label(key: str) -> str:
    names = {
        "sales": translate("IndicatorLabels", "Sales"),
        "profit": translate("IndicatorLabels", "Gross profit"),
        "margin": translate("IndicatorLabels", "Gross margin"),
        "orders": translate("IndicatorLabels", "Orders"),
        "avg_order_value": translate("IndicatorLabels", "Average order value"),
        "growth": translate("IndicatorLabels", "Growth"),
        "recency_days": translate("IndicatorLabels", "Days since last order"),
        "outstanding": translate("IndicatorLabels", "Outstanding receivables"),
        "overdue": translate("IndicatorLabels", "Overdue amount"),
        "collection_days": translate("IndicatorLabels", "Collection days"),
        "company_size": translate("IndicatorLabels", "Company size"),
        "company_profit": translate("IndicatorLabels", "Company profit"),
        "industry": translate("IndicatorLabels", "Industry"),
        "value_fit": translate("IndicatorLabels", "Value positioning fit"),
        "procurement_fit": translate("IndicatorLabels", "Procurement standards fit"),
        "growth_potential": translate("IndicatorLabels", "Growth potential"),
        "influence": translate("IndicatorLabels", "Industry influence"),
        "csat": translate("IndicatorLabels", "Satisfaction (CSAT)"),
        "nps": translate("IndicatorLabels", "Net Promoter Score"),
        "relationship": translate("IndicatorLabels", "Relationship strength"),
        "coverage": translate("IndicatorLabels", "Buying-center coverage"),
    }
    return names.get(key, key)


def indicator_hint(key: str) -> str:
    """What the indicator measures, for tooltips."""
    hints = {
        "sales": translate("IndicatorLabels", "Sum of sales line amounts in the window "
                                              "(returns count as negative)."),
        "profit": translate("IndicatorLabels", "Sum of line profits in the window."),
        "margin": translate("IndicatorLabels", "Gross profit ÷ sales."),
        "orders": translate("IndicatorLabels", "Number of distinct orders in the window."),
        "avg_order_value": translate("IndicatorLabels", "Sales ÷ orders."),
        "growth": translate("IndicatorLabels", "Sales against the same number of days before "
                                               "the window."),
        "recency_days": translate("IndicatorLabels", "Days from the last order to the end of "
                                                     "the window."),
        "outstanding": translate("IndicatorLabels", "Open invoice amounts at the end of the "
                                                    "window."),
        "overdue": translate("IndicatorLabels", "The part of the outstanding amount past its "
                                                "due date."),
        "collection_days": translate("IndicatorLabels", "Amount-weighted days from invoice to "
                                                        "payment, for invoices paid in the "
                                                        "window."),
        "company_size": translate("IndicatorLabels", "Employees, from the account record."),
        "company_profit": translate("IndicatorLabels", "The customer's own profit, from the "
                                                       "account record."),
        "industry": translate("IndicatorLabels", "Scored through the policy's industry table "
                                                 "(0–100)."),
        "value_fit": translate("IndicatorLabels", "Rating 1–5 by the account manager."),
        "procurement_fit": translate("IndicatorLabels", "Rating 1–5 by the account manager."),
        "growth_potential": translate("IndicatorLabels", "Rating 1–5 by the account manager."),
        "influence": translate("IndicatorLabels", "Rating 1–5 by the account manager."),
        "csat": translate("IndicatorLabels", "Mean overall satisfaction (1–5) of surveys in "
                                             "the window."),
        "nps": translate("IndicatorLabels", "Promoters minus detractors, in % of survey "
                                            "responses in the window."),
        "relationship": translate("IndicatorLabels", "Mean relationship strength (1–5) of "
                                                     "active contacts."),
        "coverage": translate("IndicatorLabels", "Buying-center roles held by active contacts "
                                                 "with strength 3 or more."),
    }
    return hints.get(key, "")


def family_label(family: str) -> str:
    names = {
        "transaction": translate("IndicatorLabels", "Transaction"),
        "financial": translate("IndicatorLabels", "Financial"),
        "characteristics": translate("IndicatorLabels", "Customer characteristics"),
        "demand_fit": translate("IndicatorLabels", "Demand fit"),
        "relationship": translate("IndicatorLabels", "Relationship"),
    }
    return names.get(family, family)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_value(key: str, value: object) -> str:
    """An indicator's raw value as shown to the user ("—" when it is missing)."""
    if _missing(value):
        return formatting.EMPTY
    if isinstance(value, str):
        return value
    number = float(value)  # type: ignore[arg-type]
    locale = QLocale()
    if key in MONEY_KEYS:
        return formatting.money(number)
    if key in PERCENT_KEYS:
        return locale.toString(number * 100, "f", 1) + "%"
    if key in INTEGER_KEYS:
        return locale.toString(round(number))
    if key in RATING_KEYS:
        text = locale.toString(number, "f", 0 if number.is_integer() else 1)
        return f"{text} / 5"
    if key in ONE_DECIMAL_KEYS:
        return locale.toString(number, "f", 1)
    return locale.toString(number, "f", 2)


def format_number(value: float | None, decimals: int = 2) -> str:
    """A plain number with the locale's separators ("—" when missing)."""
    if _missing(value):
        return formatting.EMPTY
    return QLocale().toString(float(value), "f", decimals)  # type: ignore[arg-type]


def format_share(value: float | None, decimals: int = 1) -> str:
    """A share 0..1 as a percentage: 0.725 → "72.5%"."""
    if _missing(value):
        return formatting.EMPTY
    return QLocale().toString(float(value) * 100, "f", decimals) + "%"  # type: ignore[arg-type]


def format_compact(value: float | None, decimals: int = 2) -> str:
    """A number without needless zeros: 40, 12.5 ("—" when missing)."""
    if _missing(value):
        return formatting.EMPTY
    locale = QLocale()
    text = locale.toString(float(value), "f", decimals)  # type: ignore[arg-type]
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text
