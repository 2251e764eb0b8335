"""Crisis mode: crises, pinned notices, announcements and their deliveries; users.subscribed_at.

Revision ID: 0005_crisis
Revises: 0004_audience
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_crisis"
down_revision: str | None = "0004_audience"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create the crisis tables and the person's subscription to announcements."""
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("subscribed_at", TS, nullable=True))
    op.create_table(
        "crises",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("active", sa.Integer(), nullable=True),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("notice", sa.JSON(), nullable=False),
        sa.Column("started_by", sa.BigInteger(), nullable=True),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("ended_at", TS, nullable=True),
        sa.Column("ended_by", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crises")),
        sa.UniqueConstraint("active", name=op.f("uq_crises_active")),
    )
    op.create_table(
        "crisis_pins",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("crisis_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("pinned_at", TS, nullable=False),
        sa.Column("unpinned_at", TS, nullable=True),
        sa.ForeignKeyConstraint(["crisis_id"], ["crises.id"], ondelete="CASCADE",
                                name=op.f("fk_crisis_pins_crisis_id_crises")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_pins")),
        sa.UniqueConstraint("crisis_id", "chat_id", name=op.f("uq_crisis_pins_crisis_id")),
    )
    op.create_index("ix_crisis_pins_unpin", "crisis_pins", ["crisis_id", "unpinned_at"])
    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("crisis_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("lease_owner", sa.String(64), nullable=True),
        sa.Column("lease_until", TS, nullable=True),
        sa.Column("finished_at", TS, nullable=True),
        sa.ForeignKeyConstraint(["crisis_id"], ["crises.id"], ondelete="SET NULL",
                                name=op.f("fk_announcements_crisis_id_crises")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_announcements")),
        sa.UniqueConstraint("source", name=op.f("uq_announcements_source")),
    )
    op.create_table(
        "announcement_deliveries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("announcement_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("claimed_at", TS, nullable=True),
        sa.Column("done_at", TS, nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("error", sa.String(200), nullable=True),
        sa.ForeignKeyConstraint(["announcement_id"], ["announcements.id"], ondelete="CASCADE",
                                name=op.f("fk_announcement_deliveries_announcement_id_announcements")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_announcement_deliveries")),
        sa.UniqueConstraint("announcement_id", "chat_id",
                            name=op.f("uq_announcement_deliveries_announcement_id")),
    )
    op.create_index("ix_announcement_deliveries_state", "announcement_deliveries",
                    ["announcement_id", "state", "id"])


def downgrade() -> None:
    """Drop the crisis tables and the subscription."""
    op.drop_index("ix_announcement_deliveries_state", table_name="announcement_deliveries")
    op.drop_table("announcement_deliveries")
    op.drop_table("announcements")
    op.drop_index("ix_crisis_pins_unpin", table_name="crisis_pins")
    op.drop_table("crisis_pins")
    op.drop_table("crises")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("subscribed_at")
