"""Import change log (undo) and saved column mappings; two unused sales-line indexes dropped.

The indexes on sales_lines.batch_id and sales_lines.order_date served no query that the
(account_id, order_date) index and one scan for undo do not, and cost ~0.5 s per 200,000
imported lines.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_profiles",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("header_signature", sa.String(length=64), nullable=False),
        sa.Column("mapping_json", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('sales', 'receivables', 'accounts', 'contacts')",
            name=op.f("ck_import_profiles_kind_valid"),
        ),
        sa.CheckConstraint(
            "length(trim(name)) > 0", name=op.f("ck_import_profiles_name_not_blank")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_profiles")),
        sa.UniqueConstraint("name", name=op.f("uq_import_profiles_name")),
    )
    with op.batch_alter_table("import_profiles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_profiles_header_signature"), ["header_signature"], unique=False
        )

    op.create_table(
        "import_changes",
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "action IN ('insert', 'update')", name=op.f("ck_import_changes_action_valid")
        ),
        sa.CheckConstraint(
            "table_name IN ('accounts', 'contacts', 'sales_lines', 'receivables')",
            name=op.f("ck_import_changes_table_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_changes_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_changes")),
    )
    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_changes_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index("ix_import_changes_row", ["table_name", "row_id"], unique=False)

    with op.batch_alter_table("sales_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_lines_batch_id"))
        batch_op.drop_index(batch_op.f("ix_sales_lines_order_date"))


def downgrade() -> None:
    with op.batch_alter_table("sales_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sales_lines_order_date"), ["order_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_lines_batch_id"), ["batch_id"], unique=False)

    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_import_changes_row")
        batch_op.drop_index(batch_op.f("ix_import_changes_batch_id"))

    op.drop_table("import_changes")
    with op.batch_alter_table("import_profiles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_profiles_header_signature"))

    op.drop_table("import_profiles")
