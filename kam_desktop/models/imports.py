"""What an import needs besides the figures: its change log (for undo) and saved mappings."""

from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.models.base import Base, Entity

CHANGE_TABLES = ("accounts", "contacts", "sales_lines", "receivables")


class ImportChange(Entity, Base):
    """One row an import inserted or changed, with the values before the change.

    Sales lines and receivables an import *inserts* are found by their `batch_id` instead (one
    log row per inserted line would double the cost of a large import); everything an import
    *updates*, and the accounts and contacts it inserts, is logged here.
    """

    __tablename__ = "import_changes"
    __table_args__ = (
        CheckConstraint("action IN ('insert', 'update')", name="action_valid"),
        CheckConstraint(
            "table_name IN ('accounts', 'contacts', 'sales_lines', 'receivables')",
            name="table_valid",
        ),
        Index("ix_import_changes_row", "table_name", "row_id"),
    )

    batch_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("import_batches.id", ondelete="CASCADE"), nullable=False, index=True
    )
    table_name: Mapped[str] = mapped_column(String(32), nullable=False)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    action: Mapped[str] = mapped_column(String(8), nullable=False)
    before_json: Mapped[str | None] = mapped_column(Text)  # the row's columns before an update


class ImportProfile(Entity, Base):
    """A named column mapping, offered again when a file with the same headers comes in."""

    __tablename__ = "import_profiles"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(
            "kind IN ('sales', 'receivables', 'accounts', 'contacts')", name="kind_valid"
        ),
    )

    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    header_signature: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    mapping_json: Mapped[str] = mapped_column(Text, nullable=False)  # {field: header text}
