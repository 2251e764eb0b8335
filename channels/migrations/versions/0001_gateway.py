"""Gateway tables: users, processed updates, feedback, unanswered, callback payloads, turns.

Revision ID: 0001_gateway
Revises:
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_gateway"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create the gateway tables."""
    op.create_table(
        "users",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("pseudonym", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("telegram_language_code", sa.String(16), nullable=True),
        sa.Column("consent_at", TS, nullable=True),
        sa.Column("blocked_at", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("chat_id", name="pk_users"),
        sa.UniqueConstraint("pseudonym", name="uq_users_pseudonym"),
    )
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("processed_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("update_id", name="pk_processed_updates"),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("entry_id", sa.String(128), nullable=True),
        sa.Column("value", sa.String(32), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_feedback"),
    )
    op.create_index("ix_feedback_chat_id", "feedback", ["chat_id"])
    op.create_table(
        "unanswered",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_unanswered"),
    )
    op.create_index("ix_unanswered_chat_id", "unanswered", ["chat_id"])
    op.create_table(
        "callback_payloads",
        sa.Column("short_id", sa.String(16), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("short_id", name="pk_callback_payloads"),
    )
    op.create_index("ix_callback_payloads_chat_id", "callback_payloads", ["chat_id"])
    op.create_table(
        "turns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_turns"),
    )
    op.create_index("ix_turns_chat_id_id", "turns", ["chat_id", "id"])


def downgrade() -> None:
    """Drop the gateway tables."""
    op.drop_index("ix_turns_chat_id_id", table_name="turns")
    op.drop_table("turns")
    op.drop_index("ix_callback_payloads_chat_id", table_name="callback_payloads")
    op.drop_table("callback_payloads")
    op.drop_index("ix_unanswered_chat_id", table_name="unanswered")
    op.drop_table("unanswered")
    op.drop_index("ix_feedback_chat_id", table_name="feedback")
    op.drop_table("feedback")
    op.drop_table("processed_updates")
    op.drop_table("users")
