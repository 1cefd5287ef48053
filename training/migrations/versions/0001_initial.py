"""Label store: documents, labels with history, import batches.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
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
        "import_batches",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("format", sa.String(10), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("documents_added", sa.Integer(), nullable=False),
        sa.Column("labels_added", sa.Integer(), nullable=False),
        sa.Column("labels_skipped", sa.Integer(), nullable=False),
        sa.Column("imported_by", sa.String(200), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("sha256"),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("doc_type", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("split", sa.String(10), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("import_batches.id"), nullable=True),
        sa.CheckConstraint("split IN ('train', 'holdout')", name="ck_documents_split"),
    )
    op.create_index("ix_documents_text_sha256", "documents", ["text_sha256"])
    op.create_table(
        "labels",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.String(200), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("concern", sa.String(60), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("rating", sa.String(20), nullable=True),
        sa.Column("assessor", sa.String(200), nullable=False),
        sa.Column("assessed_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("note", sa.String(200), nullable=True),
        sa.Column("model_version", sa.String(60), nullable=True),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("import_batches.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("document_id", "concern", "assessor", "assessed_at", name="uq_labels_assessment"),
        sa.CheckConstraint("value IN (0, 1)", name="ck_labels_value"),
    )
    op.create_index("ix_labels_document_concern", "labels", ["document_id", "concern"])


def downgrade() -> None:
    op.drop_index("ix_labels_document_concern", table_name="labels")
    op.drop_table("labels")
    op.drop_index("ix_documents_text_sha256", table_name="documents")
    op.drop_table("documents")
    op.drop_table("import_batches")
