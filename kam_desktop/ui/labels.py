"""Translated display names for stored values (status, buying role, attitude, columns).

The database stores stable English keys (`decision_maker`, `supporter`, `active`); the UI shows
them in the user's language. Each name is spelled out as a literal `translate` call so that
`lupdate` finds it. Unknown values (from a newer version or an import) are shown as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate


def status_label(value: str | None) -> str:
    names = {
        "active": translate("Labels", "Active"),
        "inactive": translate("Labels", "Inactive"),
        "prospect": translate("Labels", "Prospect"),
    }
    return names.get(value or "", value or "")


def role_label(value: str | None) -> str:
    names = {
        "decision_maker": translate("Labels", "Decision maker"),
        "economic_buyer": translate("Labels", "Economic buyer"),
        "technical_evaluator": translate("Labels", "Technical evaluator"),
        "user": translate("Labels", "User"),
        "influencer": translate("Labels", "Influencer"),
        "gatekeeper": translate("Labels", "Gatekeeper"),
        "champion": translate("Labels", "Champion"),
    }
    return names.get(value or "", value or "")


def attitude_label(value: str | None) -> str:
    names = {
        "supporter": translate("Labels", "Supporter"),
        "neutral": translate("Labels", "Neutral"),
        "opponent": translate("Labels", "Opponent"),
    }
    return names.get(value or "", value or "")


def not_classified() -> str:
    return translate("Labels", "Not classified")


def tier_label(value: str | None) -> str:
    return value if value else not_classified()


def column_label(key: str) -> str:
    """The header of an accounts table column."""
    names = {
        "code": translate("Labels", "Code"),
        "name": translate("Labels", "Name"),
        "industry": translate("Labels", "Industry"),
        "segment": translate("Labels", "Segment"),
        "region": translate("Labels", "Region"),
        "city": translate("Labels", "City"),
        "owner": translate("Labels", "Owner"),
        "status": translate("Labels", "Status"),
        "tier": translate("Labels", "Tier"),
        "company_size": translate("Labels", "Employees"),
        "annual_revenue": translate("Labels", "Annual revenue"),
        "contacts": translate("Labels", "Contacts"),
    }
    return names.get(key, key)
