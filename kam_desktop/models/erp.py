"""Figures imported from the ERP: import batches, sales lines and receivables."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
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
)
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.models.base import Base, Entity, UTCDateTime
from kam_desktop.models.enums import ImportKind, ImportStatus, sql_in


class ImportBatch(Entity, Base):
    """One import of one file: what was read, how it was mapped and what it changed."""

    __tablename__ = "import_batches"
    __table_args__ = (
        CheckConstraint(sql_in("kind", ImportKind), name="kind_valid"),
        CheckConstraint(sql_in("status", ImportStatus), name="status_valid"),
        CheckConstraint(
            "rows_read >= 0 AND inserted >= 0 AND updated >= 0 AND unchanged >= 0 "
            "AND invalid >= 0 AND accounts_created >= 0",
            name="counts_not_negative",
        ),
    )

    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    file_name: Mapped[str] = mapped_column(String(500), nullable=False)
    file_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    sheet: Mapped[str | None] = mapped_column(String(200))
    mapping_json: Mapped[str | None] = mapped_column(Text)
    rows_read: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    inserted: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    invalid: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    accounts_created: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=ImportStatus.COMMITTED.value
    )
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    user: Mapped[str | None] = mapped_column(String(100))


class SalesLine(Entity, Base):
    """One line of an order, invoice or delivery note. Returns are negative lines.

    A line is identified by (`order_no`, `line_key`): `line_key` is the ERP line number when the
    export has one, otherwise the line's position among the lines of the same order and product.
    Re-importing the same export therefore updates instead of duplicating.
    """

    __tablename__ = "sales_lines"
    __table_args__ = (
        UniqueConstraint("order_no", "line_key"),
        CheckConstraint("length(trim(order_no)) > 0", name="order_no_not_blank"),
        CheckConstraint("discount IS NULL OR (discount >= 0 AND discount <= 1)",
                        name="discount_0_to_1"),
        # Covering: classification reads every line of a window through it without touching
        # the table (migration 0004 says what that saves).
        Index("ix_sales_lines_account_date", "account_id", "order_date", "amount", "profit",
              "cost", "order_no"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accounts.id", ondelete="RESTRICT"), nullable=False
    )
    # The batch that inserted the line (undo deletes by it). Deliberately not indexed: each index
    # costs ~0.25 s per 200,000 imported lines, and undo can afford one scan.
    batch_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batches.id", ondelete="RESTRICT")
    )
    order_no: Mapped[str] = mapped_column(String(64), nullable=False)
    line_no: Mapped[int | None] = mapped_column(Integer)
    line_key: Mapped[str] = mapped_column(String(200), nullable=False)
    order_date: Mapped[date] = mapped_column(Date, nullable=False)  # see the account-date index
    product_code: Mapped[str | None] = mapped_column(String(64))
    product_name: Mapped[str | None] = mapped_column(String(200))
    product_category: Mapped[str | None] = mapped_column(String(100))
    quantity: Mapped[float | None] = mapped_column(Float)
    unit_price: Mapped[float | None] = mapped_column(Float)
    discount: Mapped[float | None] = mapped_column(Float)
    amount: Mapped[float] = mapped_column(Float, nullable=False)
    cost: Mapped[float | None] = mapped_column(Float)
    profit: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(8))
    salesperson: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    industry: Mapped[str | None] = mapped_column(String(100))
    segment: Mapped[str | None] = mapped_column(String(100))


class Receivable(Entity, Base):
    """An invoice with what has been paid on it; `outstanding` is what is still open."""

    __tablename__ = "receivables"
    __table_args__ = (
        CheckConstraint("length(trim(invoice_no)) > 0", name="invoice_no_not_blank"),
        CheckConstraint("paid_amount >= 0", name="paid_not_negative"),
        # Covering: classification sums each account's open and paid invoices from it alone
        # (migration 0004). Queries for one account's invoices use its first column.
        Index("ix_receivables_account_paid", "account_id", "paid_date", "invoice_date", "amount",
              "outstanding", "due_date"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accounts.id", ondelete="RESTRICT"), nullable=False
    )
    batch_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batches.id", ondelete="RESTRICT"), index=True
    )
    invoice_no: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    invoice_date: Mapped[date] = mapped_column(Date, nullable=False)
    due_date: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[float] = mapped_column(Float, nullable=False)
    paid_amount: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    paid_date: Mapped[date | None] = mapped_column(Date)
    outstanding: Mapped[float] = mapped_column(Float, nullable=False)
    currency: Mapped[str | None] = mapped_column(String(8))
