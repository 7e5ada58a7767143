"""First schema: accounts, contacts, visits, survey responses.

Revision ID: 0001
Revises: None
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_meta")),
        sa.UniqueConstraint("key", name=op.f("uq_app_meta_key")),
    )

    op.create_table(
        "accounts",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=100), nullable=True),
        sa.Column("segment", sa.String(length=100), nullable=True),
        sa.Column("region", sa.String(length=100), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="active", nullable=False),
        sa.Column("company_size", sa.Integer(), nullable=True),
        sa.Column("company_profit", sa.Float(), nullable=True),
        sa.Column("annual_revenue", sa.Float(), nullable=True),
        sa.Column("value_fit", sa.Integer(), nullable=True),
        sa.Column("procurement_fit", sa.Integer(), nullable=True),
        sa.Column("growth_potential", sa.Integer(), nullable=True),
        sa.Column("influence", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "status IN ('active', 'inactive', 'prospect')", name=op.f("ck_accounts_status_valid")
        ),
        sa.CheckConstraint(
            "annual_revenue >= 0", name=op.f("ck_accounts_annual_revenue_not_negative")
        ),
        sa.CheckConstraint("company_size >= 0", name=op.f("ck_accounts_company_size_not_negative")),
        sa.CheckConstraint(
            "growth_potential BETWEEN 1 AND 5", name=op.f("ck_accounts_growth_potential_1_to_5")
        ),
        sa.CheckConstraint("influence BETWEEN 1 AND 5", name=op.f("ck_accounts_influence_1_to_5")),
        sa.CheckConstraint("length(trim(code)) > 0", name=op.f("ck_accounts_code_not_blank")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_accounts_name_not_blank")),
        sa.CheckConstraint(
            "procurement_fit BETWEEN 1 AND 5", name=op.f("ck_accounts_procurement_fit_1_to_5")
        ),
        sa.CheckConstraint("value_fit BETWEEN 1 AND 5", name=op.f("ck_accounts_value_fit_1_to_5")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("code", name=op.f("uq_accounts_code")),
    )

    op.create_table(
        "contacts",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=True),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("mobile", sa.String(length=50), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("wechat", sa.String(length=100), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=True),
        sa.Column("attitude", sa.String(length=16), server_default="neutral", nullable=False),
        sa.Column("influence", sa.Integer(), nullable=True),
        sa.Column("relationship_strength", sa.Integer(), nullable=True),
        sa.Column("reports_to_id", sa.Uuid(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "attitude IN ('supporter', 'neutral', 'opponent')",
            name=op.f("ck_contacts_attitude_valid"),
        ),
        sa.CheckConstraint(
            "role IN ('decision_maker', 'economic_buyer', 'technical_evaluator', 'user', 'influencer', 'gatekeeper', 'champion')",
            name=op.f("ck_contacts_role_valid"),
        ),
        sa.CheckConstraint("influence BETWEEN 1 AND 5", name=op.f("ck_contacts_influence_1_to_5")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_contacts_name_not_blank")),
        sa.CheckConstraint(
            "relationship_strength BETWEEN 1 AND 5",
            name=op.f("ck_contacts_relationship_strength_1_to_5"),
        ),
        sa.CheckConstraint(
            "reports_to_id IS NULL OR reports_to_id <> id", name=op.f("ck_contacts_not_own_manager")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_contacts_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reports_to_id"],
            ["contacts.id"],
            name=op.f("fk_contacts_reports_to_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contacts_reports_to_id"), ["reports_to_id"], unique=False
        )

    op.create_table(
        "visits",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("visit_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), server_default="planned", nullable=False),
        sa.Column("purpose", sa.String(length=300), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('on_site', 'phone', 'video', 'email', 'wechat', 'event')",
            name=op.f("ck_visits_kind_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'done', 'cancelled')", name=op.f("ck_visits_status_valid")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_visits_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visits_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_visits_follow_up_date"), ["follow_up_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visits_visit_at"), ["visit_at"], unique=False)

    op.create_table(
        "visit_participants",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_visit_participants_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
            name=op.f("fk_visit_participants_visit_id_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_participants")),
        sa.UniqueConstraint(
            "visit_id", "contact_id", name=op.f("uq_visit_participants_visit_id_contact_id")
        ),
    )
    with op.batch_alter_table("visit_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_participants_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "survey_responses",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("response_date", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("nps", sa.Integer(), nullable=True),
        sa.Column("csat", sa.Integer(), nullable=True),
        sa.Column("score_quality", sa.Integer(), nullable=True),
        sa.Column("score_delivery", sa.Integer(), nullable=True),
        sa.Column("score_service", sa.Integer(), nullable=True),
        sa.Column("score_price", sa.Integer(), nullable=True),
        sa.Column("score_communication", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "channel IN ('online', 'phone', 'in_person', 'email', 'wechat')",
            name=op.f("ck_survey_responses_channel_valid"),
        ),
        sa.CheckConstraint("csat BETWEEN 1 AND 5", name=op.f("ck_survey_responses_csat_1_to_5")),
        sa.CheckConstraint("nps BETWEEN 0 AND 10", name=op.f("ck_survey_responses_nps_0_to_10")),
        sa.CheckConstraint(
            "score_communication BETWEEN 1 AND 5",
            name=op.f("ck_survey_responses_score_communication_1_to_5"),
        ),
        sa.CheckConstraint(
            "score_delivery BETWEEN 1 AND 5", name=op.f("ck_survey_responses_score_delivery_1_to_5")
        ),
        sa.CheckConstraint(
            "score_price BETWEEN 1 AND 5", name=op.f("ck_survey_responses_score_price_1_to_5")
        ),
        sa.CheckConstraint(
            "score_quality BETWEEN 1 AND 5", name=op.f("ck_survey_responses_score_quality_1_to_5")
        ),
        sa.CheckConstraint(
            "score_service BETWEEN 1 AND 5", name=op.f("ck_survey_responses_score_service_1_to_5")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_survey_responses_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_survey_responses_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_responses")),
    )
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_responses_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_survey_responses_contact_id"), ["contact_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("visit_participants")
    op.drop_table("survey_responses")
    op.drop_table("visits")
    op.drop_table("contacts")
    op.drop_table("accounts")
    op.drop_table("app_meta")
