"""Satisfaction survey responses (NPS and CSAT, per contact)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.models.account import rating_check
from kam_desktop.models.base import Base, Entity, SoftDeleteMixin
from kam_desktop.models.enums import SurveyChannel, sql_in

SURVEY_DIMENSIONS = (
    "score_quality",
    "score_delivery",
    "score_service",
    "score_price",
    "score_communication",
)


class SurveyResponse(Entity, SoftDeleteMixin, Base):
    __tablename__ = "survey_responses"
    __table_args__ = (
        CheckConstraint("nps BETWEEN 0 AND 10", name="nps_0_to_10"),
        CheckConstraint(sql_in("channel", SurveyChannel), name="channel_valid"),
        rating_check("csat"),
        *(rating_check(c) for c in SURVEY_DIMENSIONS),
        # Covers classification's survey indicators (migration 0005); its first column serves
        # every lookup of an account's responses.
        Index("ix_survey_responses_account_date", "account_id", "response_date", "deleted_at",
              "csat", "nps"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    response_date: Mapped[date] = mapped_column(Date, nullable=False)
    channel: Mapped[str | None] = mapped_column(String(16))
    nps: Mapped[int | None] = mapped_column(Integer)
    csat: Mapped[int | None] = mapped_column(Integer)
    score_quality: Mapped[int | None] = mapped_column(Integer)
    score_delivery: Mapped[int | None] = mapped_column(Integer)
    score_service: Mapped[int | None] = mapped_column(Integer)
    score_price: Mapped[int | None] = mapped_column(Integer)
    score_communication: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
