"""Closed vocabularies stored as text. CHECK constraints in the schema use the same values."""

from __future__ import annotations

from enum import StrEnum


class AccountStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    PROSPECT = "prospect"


class BuyingRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    ECONOMIC_BUYER = "economic_buyer"
    TECHNICAL_EVALUATOR = "technical_evaluator"
    USER = "user"
    INFLUENCER = "influencer"
    GATEKEEPER = "gatekeeper"
    CHAMPION = "champion"


class Attitude(StrEnum):
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    OPPONENT = "opponent"


class VisitKind(StrEnum):
    ON_SITE = "on_site"
    PHONE = "phone"
    VIDEO = "video"
    EMAIL = "email"
    WECHAT = "wechat"
    EVENT = "event"


class VisitStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class SurveyChannel(StrEnum):
    ONLINE = "online"
    PHONE = "phone"
    IN_PERSON = "in_person"
    EMAIL = "email"
    WECHAT = "wechat"


class ImportKind(StrEnum):
    SALES = "sales"
    RECEIVABLES = "receivables"
    ACCOUNTS = "accounts"
    CONTACTS = "contacts"
    DEMO = "demo"


class ImportStatus(StrEnum):
    COMMITTED = "committed"
    UNDONE = "undone"


class PolicyMethod(StrEnum):
    ABC = "abc"
    THRESHOLDS = "thresholds"
    WEIGHTED = "weighted"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class ObjectiveMetric(StrEnum):
    REVENUE = "revenue"
    PROFIT = "profit"
    SHARE_OF_WALLET = "share_of_wallet"
    OTHER = "other"


class SwotQuadrant(StrEnum):
    STRENGTH = "strength"
    WEAKNESS = "weakness"
    OPPORTUNITY = "opportunity"
    THREAT = "threat"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


def sql_in(column: str, enum: type[StrEnum]) -> str:
    """A CHECK expression that restricts `column` to the enum's values (NULL passes)."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({values})"
