"""Translated names for the stored values of account plans (status, metric, quadrant, action
status) and the plan tab's column headers.

Spelled out as literal `translate` calls so that `lupdate` finds them; an unknown value (from a
newer version) is shown as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def plan_status_names() -> dict[str, str]:
    return {
        "draft": translate("PlanLabels", "Draft"),
        "final": translate("PlanLabels", "Final"),
    }


def metric_names() -> dict[str, str]:
    return {
        "revenue": translate("PlanLabels", "Revenue"),
        "profit": translate("PlanLabels", "Profit"),
        "share_of_wallet": translate("PlanLabels", "Share of wallet"),
        "other": translate("PlanLabels", "Other"),
    }


def quadrant_names() -> dict[str, str]:
    return {
        "strength": translate("PlanLabels", "Strengths"),
        "weakness": translate("PlanLabels", "Weaknesses"),
        "opportunity": translate("PlanLabels", "Opportunities"),
        "threat": translate("PlanLabels", "Threats"),
    }


def action_status_names() -> dict[str, str]:
    return {
        "open": translate("PlanLabels", "Open"),
        "in_progress": translate("PlanLabels", "In progress"),
        "done": translate("PlanLabels", "Done"),
        "cancelled": translate("PlanLabels", "Cancelled"),
    }


def cadence_suggestions() -> list[str]:
    """Common review cadences offered in the editable combo box (free text is allowed)."""
    return [
        translate("PlanLabels", "Monthly"),
        translate("PlanLabels", "Quarterly"),
        translate("PlanLabels", "Half-yearly"),
        translate("PlanLabels", "Yearly"),
    ]


def column_names() -> dict[str, str]:
    return {
        "metric": translate("PlanLabels", "Metric"),
        "description": translate("PlanLabels", "Objective"),
        "unit": translate("PlanLabels", "Unit"),
        "current_value": translate("PlanLabels", "Current"),
        "target_value": translate("PlanLabels", "Target"),
        "progress": translate("PlanLabels", "Progress"),
        "text": translate("PlanLabels", "Item"),
        "product_category": translate("PlanLabels", "Product category"),
        "note": translate("PlanLabels", "Note"),
        "what": translate("PlanLabels", "What"),
        "owner": translate("PlanLabels", "Owner"),
        "due_date": translate("PlanLabels", "Due date"),
        "status": translate("PlanLabels", "Status"),
        "risk": translate("PlanLabels", "Risk"),
        "mitigation": translate("PlanLabels", "Mitigation"),
        "portfolio_revenue": translate("PlanLabels", "Portfolio sales"),
        "buyers": translate("PlanLabels", "Buyers"),
        "last_bought": translate("PlanLabels", "Last bought here"),
    }


def section_names() -> dict[str, str]:
    return {
        "header": translate("PlanLabels", "Period and owner"),
        "objectives": translate("PlanLabels", "Objectives"),
        "needs": translate("PlanLabels", "Needs and pain points"),
        "swot": translate("PlanLabels", "SWOT"),
        "strategy": translate("PlanLabels", "Strategy and value proposition"),
        "white_space": translate("PlanLabels", "White space"),
        "actions": translate("PlanLabels", "Action plan"),
        "risks": translate("PlanLabels", "Risks and mitigations"),
    }


def name_of(names: dict[str, str], value: str | None) -> str:
    return names.get(value or "", value or "")
