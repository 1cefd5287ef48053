"""Review queue: each label's status (pending, approved, rejected), who reviewed it and when.

Labels stored before this migration are approved, except web feedback, which goes to the review
queue (pending): it was never checked by an assessor, and retraining reads approved labels only.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("labels") as batch:
        batch.add_column(sa.Column("status", sa.String(10), nullable=False, server_default="approved"))
        batch.add_column(sa.Column("reviewed_by", sa.String(200), nullable=True))
        batch.add_column(sa.Column("reviewed_at", sa.DateTime(), nullable=True))
        batch.create_check_constraint("ck_labels_status", "status IN ('pending', 'approved', 'rejected')")
        batch.create_index("ix_labels_status", ["status"])
    op.execute("UPDATE labels SET status = 'pending' WHERE source = 'web_feedback'")


def downgrade() -> None:
    with op.batch_alter_table("labels") as batch:
        batch.drop_index("ix_labels_status")
        batch.drop_constraint("ck_labels_status", type_="check")
        batch.drop_column("reviewed_at")
        batch.drop_column("reviewed_by")
        batch.drop_column("status")
