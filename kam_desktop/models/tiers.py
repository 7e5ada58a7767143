"""Tier policies, classification runs and their per-account results, manual overrides."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.models.base import Base, Entity, SoftDeleteMixin, UTCDateTime
from kam_desktop.models.enums import PolicyMethod, sql_in


class TierPolicy(Entity, SoftDeleteMixin, Base):
    """One version of a named policy. Editing a policy adds a new version; results keep theirs."""

    __tablename__ = "tier_policies"
    __table_args__ = (
        UniqueConstraint("name", "version"),
        CheckConstraint(sql_in("method", PolicyMethod), name="method_valid"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    method: Mapped[str] = mapped_column(String(16), nullable=False)
    # The policy as TOML text in the format of CLASSIFICATION.md.
    definition: Mapped[str] = mapped_column(Text, nullable=False)
    builtin: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )


class TierRun(Entity, Base):
    """One applied classification: which policy version, which window, when."""

    __tablename__ = "tier_runs"
    __table_args__ = (CheckConstraint("window_start <= window_end", name="window_ordered"),)

    policy_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("tier_policies.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    window_start: Mapped[date] = mapped_column(Date, nullable=False)
    window_end: Mapped[date] = mapped_column(Date, nullable=False)
    ran_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    account_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    user: Mapped[str | None] = mapped_column(String(100))


class TierResult(Entity, Base):
    """An account's tier in one run, with the breakdown that explains it."""

    __tablename__ = "tier_results"
    __table_args__ = (
        UniqueConstraint("run_id", "account_id"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 100)", name="score_0_to_100"),
        CheckConstraint("rank IS NULL OR rank >= 1", name="rank_positive"),
    )

    run_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("tier_runs.id", ondelete="CASCADE"), nullable=False
    )
    account_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False, index=True
    )
    computed_tier: Mapped[str] = mapped_column(String(32), nullable=False)
    tier: Mapped[str] = mapped_column(String(32), nullable=False)  # in force (override wins)
    score: Mapped[float | None] = mapped_column(Float)
    rank: Mapped[int | None] = mapped_column(Integer)
    # Each indicator's raw value, norm and contribution, packed as a BLOB since schema 0004
    # (format: classification/results.py; the keys and weights come from the run's policy
    # version); earlier rows hold JSON. classification.results.parse_breakdown reads both.
    breakdown_json: Mapped[bytes | str | None] = mapped_column(Text)


class TierOverride(Entity, Base):
    """A manager's manual tier with the reason. Cleared overrides are kept as history."""

    __tablename__ = "tier_overrides"
    __table_args__ = (
        CheckConstraint("length(trim(reason)) > 0", name="reason_required"),
        CheckConstraint("length(trim(tier)) > 0", name="tier_not_blank"),
        # At most one override in force per account.
        Index(
            "uq_tier_overrides_active_account",
            "account_id",
            unique=True,
            sqlite_where=text("cleared_at IS NULL"),
        ),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False, index=True
    )
    tier: Mapped[str] = mapped_column(String(32), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    set_by: Mapped[str] = mapped_column(String(100), nullable=False)
    set_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cleared_by: Mapped[str | None] = mapped_column(String(100))
