"""ERP figures, import batches, tiers, account plans; accounts remember their import.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("sheet", sa.String(length=200), nullable=True),
        sa.Column("mapping_json", sa.Text(), nullable=True),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("inserted", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("invalid", sa.Integer(), nullable=False),
        sa.Column("accounts_created", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("user", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('sales', 'receivables', 'accounts', 'contacts', 'demo')",
            name=op.f("ck_import_batches_kind_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('committed', 'undone')", name=op.f("ck_import_batches_status_valid")
        ),
        sa.CheckConstraint(
            "rows_read >= 0 AND inserted >= 0 AND updated >= 0 AND unchanged >= 0 AND invalid >= 0 AND accounts_created >= 0",
            name=op.f("ck_import_batches_counts_not_negative"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batches_file_sha256"), ["file_sha256"], unique=False
        )

    op.create_table(
        "tier_policies",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("builtin", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "method IN ('abc', 'thresholds', 'weighted')",
            name=op.f("ck_tier_policies_method_valid"),
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_tier_policies_version_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_policies")),
        sa.UniqueConstraint("name", "version", name=op.f("uq_tier_policies_name_version")),
    )

    op.create_table(
        "tier_runs",
        sa.Column("policy_id", sa.Uuid(), nullable=False),
        sa.Column("window_start", sa.Date(), nullable=False),
        sa.Column("window_end", sa.Date(), nullable=False),
        sa.Column("ran_at", sa.DateTime(), nullable=False),
        sa.Column("account_count", sa.Integer(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("window_start <= window_end", name=op.f("ck_tier_runs_window_ordered")),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["tier_policies.id"],
            name=op.f("fk_tier_runs_policy_id_tier_policies"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_runs")),
    )
    with op.batch_alter_table("tier_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tier_runs_policy_id"), ["policy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tier_runs_ran_at"), ["ran_at"], unique=False)

    op.create_table(
        "account_plans",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("period", sa.String(length=32), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="draft", nullable=False),
        sa.Column("needs", sa.Text(), nullable=True),
        sa.Column("strategy", sa.Text(), nullable=True),
        sa.Column("value_proposition", sa.Text(), nullable=True),
        sa.Column("review_cadence", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'final')", name=op.f("ck_account_plans_status_valid")
        ),
        sa.CheckConstraint(
            "length(trim(period)) > 0", name=op.f("ck_account_plans_period_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_account_plans_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_plans")),
    )
    with op.batch_alter_table("account_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_plans_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            "uq_account_plans_account_period",
            ["account_id", "period"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "receivables",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=True),
        sa.Column("invoice_no", sa.String(length=64), nullable=False),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("paid_amount", sa.Float(), nullable=False),
        sa.Column("paid_date", sa.Date(), nullable=True),
        sa.Column("outstanding", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(length=8), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "length(trim(invoice_no)) > 0", name=op.f("ck_receivables_invoice_no_not_blank")
        ),
        sa.CheckConstraint("paid_amount >= 0", name=op.f("ck_receivables_paid_not_negative")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_receivables_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_receivables_batch_id_import_batches"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receivables")),
        sa.UniqueConstraint("invoice_no", name=op.f("uq_receivables_invoice_no")),
    )
    with op.batch_alter_table("receivables", schema=None) as batch_op:
        batch_op.create_index(
            "ix_receivables_account_invoice_date", ["account_id", "invoice_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_receivables_batch_id"), ["batch_id"], unique=False)

    op.create_table(
        "sales_lines",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=True),
        sa.Column("order_no", sa.String(length=64), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=True),
        sa.Column("line_key", sa.String(length=200), nullable=False),
        sa.Column("order_date", sa.Date(), nullable=False),
        sa.Column("product_code", sa.String(length=64), nullable=True),
        sa.Column("product_name", sa.String(length=200), nullable=True),
        sa.Column("product_category", sa.String(length=100), nullable=True),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit_price", sa.Float(), nullable=True),
        sa.Column("discount", sa.Float(), nullable=True),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("cost", sa.Float(), nullable=True),
        sa.Column("profit", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(length=8), nullable=True),
        sa.Column("salesperson", sa.String(length=100), nullable=True),
        sa.Column("region", sa.String(length=100), nullable=True),
        sa.Column("industry", sa.String(length=100), nullable=True),
        sa.Column("segment", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "discount IS NULL OR (discount >= 0 AND discount <= 1)",
            name=op.f("ck_sales_lines_discount_0_to_1"),
        ),
        sa.CheckConstraint(
            "length(trim(order_no)) > 0", name=op.f("ck_sales_lines_order_no_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_sales_lines_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_sales_lines_batch_id_import_batches"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_lines")),
        sa.UniqueConstraint("order_no", "line_key", name=op.f("uq_sales_lines_order_no_line_key")),
    )
    with op.batch_alter_table("sales_lines", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sales_lines_account_date", ["account_id", "order_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sales_lines_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_lines_order_date"), ["order_date"], unique=False)

    op.create_table(
        "tier_overrides",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("tier", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("set_by", sa.String(length=100), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.Column("cleared_at", sa.DateTime(), nullable=True),
        sa.Column("cleared_by", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "length(trim(reason)) > 0", name=op.f("ck_tier_overrides_reason_required")
        ),
        sa.CheckConstraint("length(trim(tier)) > 0", name=op.f("ck_tier_overrides_tier_not_blank")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_tier_overrides_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_overrides")),
    )
    with op.batch_alter_table("tier_overrides", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tier_overrides_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            "uq_tier_overrides_active_account",
            ["account_id"],
            unique=True,
            sqlite_where=sa.text("cleared_at IS NULL"),
        )

    op.create_table(
        "tier_results",
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("computed_tier", sa.String(length=32), nullable=False),
        sa.Column("tier", sa.String(length=32), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("breakdown_json", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("rank IS NULL OR rank >= 1", name=op.f("ck_tier_results_rank_positive")),
        sa.CheckConstraint(
            "score IS NULL OR (score >= 0 AND score <= 100)",
            name=op.f("ck_tier_results_score_0_to_100"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_tier_results_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["tier_runs.id"],
            name=op.f("fk_tier_results_run_id_tier_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_results")),
        sa.UniqueConstraint("run_id", "account_id", name=op.f("uq_tier_results_run_id_account_id")),
    )
    with op.batch_alter_table("tier_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tier_results_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "plan_actions",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="open", nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'done', 'cancelled')",
            name=op.f("ck_plan_actions_status_valid"),
        ),
        sa.CheckConstraint("length(trim(what)) > 0", name=op.f("ck_plan_actions_what_not_blank")),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["account_plans.id"],
            name=op.f("fk_plan_actions_plan_id_account_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_actions")),
    )
    with op.batch_alter_table("plan_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_actions_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_objectives",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=True),
        sa.Column("current_value", sa.Float(), nullable=True),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "metric IN ('revenue', 'profit', 'share_of_wallet', 'other')",
            name=op.f("ck_plan_objectives_metric_valid"),
        ),
        sa.CheckConstraint(
            "length(trim(description)) > 0", name=op.f("ck_plan_objectives_description_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["account_plans.id"],
            name=op.f("fk_plan_objectives_plan_id_account_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_objectives")),
    )
    with op.batch_alter_table("plan_objectives", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_objectives_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_risks",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("risk", sa.Text(), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(trim(risk)) > 0", name=op.f("ck_plan_risks_risk_not_blank")),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["account_plans.id"],
            name=op.f("fk_plan_risks_plan_id_account_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_risks")),
    )
    with op.batch_alter_table("plan_risks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_risks_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_swot_items",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("quadrant", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "quadrant IN ('strength', 'weakness', 'opportunity', 'threat')",
            name=op.f("ck_plan_swot_items_quadrant_valid"),
        ),
        sa.CheckConstraint(
            "length(trim(text)) > 0", name=op.f("ck_plan_swot_items_text_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["account_plans.id"],
            name=op.f("fk_plan_swot_items_plan_id_account_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_swot_items")),
    )
    with op.batch_alter_table("plan_swot_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_swot_items_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_white_space",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_category", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "length(trim(product_category)) > 0",
            name=op.f("ck_plan_white_space_category_not_blank"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["account_plans.id"],
            name=op.f("fk_plan_white_space_plan_id_account_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_white_space")),
    )
    with op.batch_alter_table("plan_white_space", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_white_space_plan_id"), ["plan_id"], unique=False)

    # Rebuilds `accounts` (SQLite cannot add a foreign key in place). This is the step that
    # would cascade-delete every contact if foreign keys were on during the migration.
    with op.batch_alter_table("accounts", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("created_by_batch_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_accounts_created_by_batch_id_import_batches"),
            "import_batches",
            ["created_by_batch_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(
            batch_op.f("ix_accounts_created_by_batch_id"), ["created_by_batch_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("accounts", recreate="always") as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_created_by_batch_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_accounts_created_by_batch_id_import_batches"), type_="foreignkey"
        )
        batch_op.drop_column("created_by_batch_id")
    op.drop_table("plan_white_space")
    op.drop_table("plan_swot_items")
    op.drop_table("plan_risks")
    op.drop_table("plan_objectives")
    op.drop_table("plan_actions")
    op.drop_table("tier_results")
    op.drop_table("tier_overrides")
    op.drop_table("sales_lines")
    op.drop_table("receivables")
    op.drop_table("account_plans")
    op.drop_table("tier_runs")
    op.drop_table("tier_policies")
    op.drop_table("import_batches")
