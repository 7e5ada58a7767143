"""Contacts and their place in the account's buying center."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Uuid,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.models.account import rating_check
from kam_desktop.models.base import Base, Entity, SoftDeleteMixin
from kam_desktop.models.enums import Attitude, BuyingRole, sql_in

if TYPE_CHECKING:
    from kam_desktop.models.account import Account


class Contact(Entity, SoftDeleteMixin, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(sql_in("role", BuyingRole), name="role_valid"),
        CheckConstraint(sql_in("attitude", Attitude), name="attitude_valid"),
        CheckConstraint("reports_to_id IS NULL OR reports_to_id <> id", name="not_own_manager"),
        rating_check("influence"),
        rating_check("relationship_strength"),
        # Covers classification's relationship and coverage (migration 0005); its first
        # column serves every lookup of an account's contacts.
        Index("ix_contacts_account_coverage", "account_id", "relationship_strength", "role",
              "active", "deleted_at"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    title: Mapped[str | None] = mapped_column(String(100))
    department: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    mobile: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    wechat: Mapped[str | None] = mapped_column(String(100))
    role: Mapped[str | None] = mapped_column(String(32))
    attitude: Mapped[str] = mapped_column(
        String(16), nullable=False, default=Attitude.NEUTRAL.value,
        server_default=Attitude.NEUTRAL.value,
    )
    influence: Mapped[int | None] = mapped_column(Integer)
    relationship_strength: Mapped[int | None] = mapped_column(Integer)
    reports_to_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    active: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=true()
    )
    notes: Mapped[str | None] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="contacts")
    reports_to: Mapped[Contact | None] = relationship(remote_side="Contact.id")
