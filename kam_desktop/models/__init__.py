"""SQLAlchemy models. Importing this package registers every table on `Base.metadata`."""

from kam_desktop.models.account import Account
from kam_desktop.models.base import Base, utcnow
from kam_desktop.models.contact import Contact
from kam_desktop.models.erp import ImportBatch, Receivable, SalesLine
from kam_desktop.models.imports import ImportChange, ImportProfile
from kam_desktop.models.meta import AppMeta
from kam_desktop.models.plan import (
    AccountPlan,
    PlanAction,
    PlanObjective,
    PlanRisk,
    PlanSwotItem,
    PlanWhiteSpace,
)
from kam_desktop.models.survey import SurveyResponse
from kam_desktop.models.tiers import TierOverride, TierPolicy, TierResult, TierRun
from kam_desktop.models.visit import Visit, VisitParticipant

__all__ = [
    "Account",
    "AccountPlan",
    "AppMeta",
    "Base",
    "Contact",
    "ImportBatch",
    "ImportChange",
    "ImportProfile",
    "PlanAction",
    "PlanObjective",
    "PlanRisk",
    "PlanSwotItem",
    "PlanWhiteSpace",
    "Receivable",
    "SalesLine",
    "SurveyResponse",
    "TierOverride",
    "TierPolicy",
    "TierResult",
    "TierRun",
    "Visit",
    "VisitParticipant",
    "utcnow",
]
