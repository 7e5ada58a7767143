"""Visits and other touch points (phone, video, e-mail, WeChat, events)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.models.base import Base, Entity, SoftDeleteMixin
from kam_desktop.models.contact import Contact
from kam_desktop.models.enums import VisitKind, VisitStatus, sql_in


class VisitParticipant(Entity, Base):
    """Which contacts took part in a visit (many-to-many, with its own key for merging)."""

    __tablename__ = "visit_participants"
    __table_args__ = (UniqueConstraint("visit_id", "contact_id"),)

    visit_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("visits.id", ondelete="CASCADE"), nullable=False
    )
    contact_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True
    )


class Visit(Entity, SoftDeleteMixin, Base):
    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint(sql_in("kind", VisitKind), name="kind_valid"),
        CheckConstraint(sql_in("status", VisitStatus), name="status_valid"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False, index=True
    )
    # Wall-clock time where the visit happens (local, naive): a 09:00 meeting stays 09:00.
    visit_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=VisitStatus.PLANNED.value,
        server_default=VisitStatus.PLANNED.value,
    )
    purpose: Mapped[str | None] = mapped_column(String(300))
    summary: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    follow_up_date: Mapped[date | None] = mapped_column(Date, index=True)
    location: Mapped[str | None] = mapped_column(String(200))
    owner: Mapped[str | None] = mapped_column(String(100))

    participants: Mapped[list[Contact]] = relationship(
        secondary="visit_participants", passive_deletes=True
    )
