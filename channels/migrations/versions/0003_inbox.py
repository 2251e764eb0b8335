"""The update inbox (at-least-once intake) and the effects log (each reply sent once).

Revision ID: 0003_inbox
Revises: 0002_handoff
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_inbox"
down_revision: str | None = "0002_handoff"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Replace processed_updates (claimed before handling) with the inbox and its effects."""
    op.create_table(
        "inbox",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_key", sa.BigInteger(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("done_at", TS, nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("update_id", name="pk_inbox"),
    )
    op.create_index("ix_inbox_state_chat", "inbox", ["state", "chat_key", "update_id"])
    op.create_table(
        "effects",
        sa.Column("key", sa.String(120), nullable=False),
        sa.Column("update_id", sa.BigInteger(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_effects"),
    )
    op.create_index("ix_effects_update_id", "effects", ["update_id"])
    op.drop_table("processed_updates")


def downgrade() -> None:
    """Back to processed_updates (pending inbox rows are lost)."""
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("processed_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("update_id", name="pk_processed_updates"),
    )
    op.drop_index("ix_effects_update_id", table_name="effects")
    op.drop_table("effects")
    op.drop_index("ix_inbox_state_chat", table_name="inbox")
    op.drop_table("inbox")
