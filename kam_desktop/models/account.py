"""Accounts: the business customers of a portfolio."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.models.base import Base, Entity, SoftDeleteMixin
from kam_desktop.models.enums import AccountStatus, sql_in

if TYPE_CHECKING:
    from kam_desktop.models.contact import Contact

RATING_COLUMNS = ("value_fit", "procurement_fit", "growth_potential", "influence")


def rating_check(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} BETWEEN 1 AND 5", name=f"{column}_1_to_5")


class Account(Entity, SoftDeleteMixin, Base):
    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint("length(trim(code)) > 0", name="code_not_blank"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(sql_in("status", AccountStatus), name="status_valid"),
        CheckConstraint("company_size >= 0", name="company_size_not_negative"),
        CheckConstraint("annual_revenue >= 0", name="annual_revenue_not_negative"),
        *(rating_check(c) for c in RATING_COLUMNS),
    )

    # Business key from the ERP: text, leading zeros kept ("007850" is not "7850").
    code: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    industry: Mapped[str | None] = mapped_column(String(100))
    segment: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    city: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(300))
    website: Mapped[str | None] = mapped_column(String(300))
    owner: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=AccountStatus.ACTIVE.value,
        server_default=AccountStatus.ACTIVE.value,
    )
    company_size: Mapped[int | None] = mapped_column(Integer)
    company_profit: Mapped[float | None] = mapped_column(Float)
    annual_revenue: Mapped[float | None] = mapped_column(Float)
    value_fit: Mapped[int | None] = mapped_column(Integer)
    procurement_fit: Mapped[int | None] = mapped_column(Integer)
    growth_potential: Mapped[int | None] = mapped_column(Integer)
    influence: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    # Set when an import created the account (import undo removes such accounts again).
    created_by_batch_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="account", passive_deletes=True, order_by="Contact.name"
    )
