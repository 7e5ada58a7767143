"""Account plans: objectives, SWOT, white space, actions and risks, per account per period."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.models.base import Base, Entity, SoftDeleteMixin
from kam_desktop.models.enums import (
    ActionStatus,
    ObjectiveMetric,
    PlanStatus,
    SwotQuadrant,
    sql_in,
)


def _plan_fk() -> Mapped[uuid.UUID]:
    return mapped_column(
        Uuid, ForeignKey("account_plans.id", ondelete="CASCADE"), nullable=False, index=True
    )


class AccountPlan(Entity, SoftDeleteMixin, Base):
    __tablename__ = "account_plans"
    __table_args__ = (
        CheckConstraint("length(trim(period)) > 0", name="period_not_blank"),
        CheckConstraint(sql_in("status", PlanStatus), name="status_valid"),
        # One live plan per account and period; deleted plans do not block a new one.
        Index(
            "uq_account_plans_account_period",
            "account_id",
            "period",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False, index=True
    )
    period: Mapped[str] = mapped_column(String(32), nullable=False)  # usually a year, "2026"
    owner: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=PlanStatus.DRAFT.value,
        server_default=PlanStatus.DRAFT.value,
    )
    needs: Mapped[str | None] = mapped_column(Text)  # needs and pain points
    strategy: Mapped[str | None] = mapped_column(Text)
    value_proposition: Mapped[str | None] = mapped_column(Text)
    review_cadence: Mapped[str | None] = mapped_column(String(100))

    objectives: Mapped[list[PlanObjective]] = relationship(
        order_by="PlanObjective.position", cascade="all, delete-orphan", passive_deletes=True
    )
    swot_items: Mapped[list[PlanSwotItem]] = relationship(
        order_by="PlanSwotItem.position", cascade="all, delete-orphan", passive_deletes=True
    )
    white_space: Mapped[list[PlanWhiteSpace]] = relationship(
        order_by="PlanWhiteSpace.position", cascade="all, delete-orphan", passive_deletes=True
    )
    actions: Mapped[list[PlanAction]] = relationship(
        order_by="PlanAction.position", cascade="all, delete-orphan", passive_deletes=True
    )
    risks: Mapped[list[PlanRisk]] = relationship(
        order_by="PlanRisk.position", cascade="all, delete-orphan", passive_deletes=True
    )


class PlanObjective(Entity, Base):
    __tablename__ = "plan_objectives"
    __table_args__ = (
        CheckConstraint("length(trim(description)) > 0", name="description_not_blank"),
        CheckConstraint(sql_in("metric", ObjectiveMetric), name="metric_valid"),
    )

    plan_id: Mapped[uuid.UUID] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    metric: Mapped[str] = mapped_column(String(32), nullable=False, default="other")
    description: Mapped[str] = mapped_column(Text, nullable=False)
    unit: Mapped[str | None] = mapped_column(String(32))
    current_value: Mapped[float | None] = mapped_column(Float)
    target_value: Mapped[float | None] = mapped_column(Float)


class PlanSwotItem(Entity, Base):
    __tablename__ = "plan_swot_items"
    __table_args__ = (
        CheckConstraint(sql_in("quadrant", SwotQuadrant), name="quadrant_valid"),
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
    )

    plan_id: Mapped[uuid.UUID] = _plan_fk()
    quadrant: Mapped[str] = mapped_column(String(16), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class PlanWhiteSpace(Entity, Base):
    """A product category the account has not bought yet, with the user's note."""

    __tablename__ = "plan_white_space"
    __table_args__ = (
        CheckConstraint("length(trim(product_category)) > 0", name="category_not_blank"),
    )

    plan_id: Mapped[uuid.UUID] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    product_category: Mapped[str] = mapped_column(String(100), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class PlanAction(Entity, Base):
    __tablename__ = "plan_actions"
    __table_args__ = (
        CheckConstraint("length(trim(what)) > 0", name="what_not_blank"),
        CheckConstraint(sql_in("status", ActionStatus), name="status_valid"),
    )

    plan_id: Mapped[uuid.UUID] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    what: Mapped[str] = mapped_column(Text, nullable=False)
    owner: Mapped[str | None] = mapped_column(String(100))
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=ActionStatus.OPEN.value,
        server_default=ActionStatus.OPEN.value,
    )


class PlanRisk(Entity, Base):
    __tablename__ = "plan_risks"
    __table_args__ = (CheckConstraint("length(trim(risk)) > 0", name="risk_not_blank"),)

    plan_id: Mapped[uuid.UUID] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    risk: Mapped[str] = mapped_column(Text, nullable=False)
    mitigation: Mapped[str | None] = mapped_column(Text)
