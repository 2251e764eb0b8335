"""Who is asking: the person's audience (one of the policy's target groups).

Revision ID: 0004_audience
Revises: 0003_inbox
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_audience"
down_revision: str | None = "0003_inbox"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A nullable audience on users: NULL until asked, answered, skipped or inferred."""
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("audience", sa.String(32), nullable=True))


def downgrade() -> None:
    """Drop the audience."""
    with op.batch_alter_table("users") as batch:
        batch.drop_column("audience")
