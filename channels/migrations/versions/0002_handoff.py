"""Handoff tables: cases, case messages, outbox of pending sends.

Revision ID: 0002_handoff
Revises: 0001_gateway
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_handoff"
down_revision: str | None = "0001_gateway"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
OPEN_WHERE = sa.text("state = 'open'")


def upgrade() -> None:
    """Create the handoff tables; one open case per person is a partial unique index."""
    op.create_table(
        "handoff_cases",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("entry_id", sa.String(128), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("topic_id", sa.BigInteger(), nullable=True),
        sa.Column("topic_name", sa.String(128), nullable=True),
        sa.Column("opened_at", TS, nullable=False),
        sa.Column("first_staff_reply_at", TS, nullable=True),
        sa.Column("reminder_sent_at", TS, nullable=True),
        sa.Column("person_blocked_at", TS, nullable=True),
        sa.Column("closed_at", TS, nullable=True),
        sa.Column("closed_by", sa.BigInteger(), nullable=True),
        sa.Column("close_reason", sa.String(16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoff_cases")),
    )
    op.create_index(
        "uq_handoff_cases_open_chat",
        "handoff_cases",
        ["chat_id"],
        unique=True,
        sqlite_where=OPEN_WHERE,
        postgresql_where=OPEN_WHERE,
    )
    op.create_index("ix_handoff_cases_topic", "handoff_cases", ["topic_id"])
    op.create_index("ix_handoff_cases_state", "handoff_cases", ["state", "urgent", "opened_at"])

    op.create_table(
        "handoff_case_messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("source_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("source_message_id", sa.BigInteger(), nullable=True),
        sa.Column("copied_message_id", sa.BigInteger(), nullable=True),
        sa.Column("staff_user_id", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["handoff_cases.id"],
            name=op.f("fk_handoff_case_messages_case_id_handoff_cases"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoff_case_messages")),
    )
    op.create_index(
        "ix_handoff_case_messages_case", "handoff_case_messages", ["case_id", "id"]
    )

    op.create_table(
        "handoff_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("idempotency_key", sa.String(160), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("lane", sa.String(48), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("not_before", TS, nullable=True),
        sa.Column("lease_until", TS, nullable=True),
        sa.Column("last_error", sa.String(300), nullable=True),
        sa.Column("result_message_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("done_at", TS, nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["handoff_cases.id"],
            name=op.f("fk_handoff_outbox_case_id_handoff_cases"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoff_outbox")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_handoff_outbox_idempotency_key")),
    )
    op.create_index("ix_handoff_outbox_pending", "handoff_outbox", ["state", "id"])


def downgrade() -> None:
    """Drop the handoff tables."""
    op.drop_index("ix_handoff_outbox_pending", table_name="handoff_outbox")
    op.drop_table("handoff_outbox")
    op.drop_index("ix_handoff_case_messages_case", table_name="handoff_case_messages")
    op.drop_table("handoff_case_messages")
    op.drop_index("ix_handoff_cases_state", table_name="handoff_cases")
    op.drop_index("ix_handoff_cases_topic", table_name="handoff_cases")
    op.drop_index("uq_handoff_cases_open_chat", table_name="handoff_cases")
    op.drop_table("handoff_cases")
