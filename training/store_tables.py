"""Label store tables (SQLAlchemy 2 declarative models); ``training/migrations`` creates them.

``documents`` (one row per draft), ``labels`` (never updated but for its review status: a newer label
supersedes an older one)
and ``import_batches`` (one row per imported file). ``tests/test_store.py`` checks that the
migrations and these models agree.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    format: Mapped[str] = mapped_column(String(10))
    rows: Mapped[int] = mapped_column(Integer)
    documents_added: Mapped[int] = mapped_column(Integer)
    labels_added: Mapped[int] = mapped_column(Integer)
    labels_skipped: Mapped[int] = mapped_column(Integer)
    imported_by: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(40))
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    text_sha256: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(String(20))
    split: Mapped[str] = mapped_column(String(10))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), nullable=True)

    __table_args__ = (CheckConstraint("split IN ('train', 'holdout')", name="ck_documents_split"),)


class Label(Base):
    __tablename__ = "labels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"))
    concern: Mapped[str] = mapped_column(String(60))
    value: Mapped[int] = mapped_column(Integer)
    rating: Mapped[str | None] = mapped_column(String(20), nullable=True)
    assessor: Mapped[str] = mapped_column(String(200))
    assessed_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(String(200), nullable=True)
    model_version: Mapped[str | None] = mapped_column(String(60), nullable=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # The review queue: web feedback starts "pending"; retraining reads "approved" labels only.
    status: Mapped[str] = mapped_column(String(10), server_default="approved")
    reviewed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (
        UniqueConstraint("document_id", "concern", "assessor", "assessed_at", name="uq_labels_assessment"),
        CheckConstraint("value IN (0, 1)", name="ck_labels_value"),
        CheckConstraint("status IN ('pending', 'approved', 'rejected')", name="ck_labels_status"),
        Index("ix_labels_document_concern", "document_id", "concern"),
        Index("ix_labels_status", "status"),
    )
