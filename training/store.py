"""Label store: assessors' labels (IQA imports, web feedback) in SQL, with their history.

Input: documents and labels from ``training.label_import`` and the web feedback route.
Output: each document's current label per concern (the latest by assessed time), the
stored holdout split, statistics and exports. SQLite (WAL, busy timeout) in
``<CASECHECK_HOME>/labels.db`` by default; PostgreSQL when ``CASECHECK_DATABASE_URL`` is set.
The schema is migrated with Alembic (``training/migrations``) every time a store is opened.

Tables:
    documents       id, doc_type, text (NULL when only a hash may be kept), text_sha256,
                    source, split (train | holdout, fixed when the document is first stored)
    labels          document, concern, value 0/1, rating, assessor, assessed_at, source, status;
                    never updated but for the review: a newer label supersedes an older one
                    status: "pending" (web feedback, until an assessor reviews it), "approved"
                    (imports, reviewed feedback) or "rejected". Retraining reads approved labels only.
    import_batches  file name, sha256, rows, who, when
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from model import Schema, default_schema
from training.dataset import is_validation
from training.store_tables import Base, Document, ImportBatch, Label

__all__ = ["Base", "Document", "ImportBatch", "Label", "LabelStore", "LabelStoreError", "StoredDocument",
           "split_of", "text_sha256"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HOLDOUT_SHARE = 0.3
SOURCES = ("import", "web_feedback", "seed")
STATUSES = ("pending", "approved", "rejected")
DECISIONS = {"approve": "approved", "reject": "rejected"}
RATINGS = ("fully_meeting", "partially_meeting", "not_meeting")
BUSY_TIMEOUT_MS = 30_000
_PG_LOCK_KEY = 0x6361_7365  # "case": one advisory lock serialises writers, as BEGIN IMMEDIATE does in SQLite


class LabelStoreError(Exception):
    """The label store cannot do what was asked; the message says why and what to do."""


@dataclass
class StoredDocument:
    """A document with its current label per concern (the latest assessment wins)."""

    id: str
    doc_type: str
    text: str | None
    text_sha256: str
    split: str
    source: str
    labels: dict[str, int] = field(default_factory=dict)
    assessed_at: dict[str, datetime] = field(default_factory=dict)
    assessor: dict[str, str] = field(default_factory=dict)


def utcnow() -> datetime:
    """Naive UTC, to the second: how every time is stored."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def text_sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def split_of(document_id: str) -> str:
    """The holdout split: a hash of the id, fixed when a document is first stored."""
    return "holdout" if is_validation(f"holdout:{document_id}", HOLDOUT_SHARE) else "train"


def default_url(home: Path) -> str:
    return f"sqlite:///{Path(home).resolve() / 'labels.db'}"


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` use psycopg 3 (the driver casecheck installs)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, poolclass=NullPool,
                           hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling is switched off so that "begin" below decides.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock at BEGIN: two imports queue instead of failing half-way.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writer") else "BEGIN")

    return engine


def make_engine(url: str) -> Engine:
    """An engine without a pool: every transaction connects and closes (nothing left open).

    Statement parameters (drafts among them) are kept out of SQLAlchemy's logs and error messages.
    """
    url = normalise_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        return _sqlite_engine(url)
    return create_engine(url, poolclass=NullPool, hide_parameters=True)


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


class LabelStore:
    """The label store at ``url`` (SQLAlchemy URL). Opening it migrates the schema to head."""

    def __init__(self, url: str, schema: Schema | None = None) -> None:
        self.url = normalise_url(url)
        self.schema = schema or default_schema()
        self.engine = make_engine(self.url)
        self._writer = self.engine.execution_options(writer=True)
        self._lock = threading.Lock()
        self.migrate()

    @classmethod
    def open(cls, home: Path, database_url: str | None = None) -> LabelStore:
        """The store of a casecheck home (``CASECHECK_DATABASE_URL`` wins when set)."""
        return cls(database_url or default_url(home))

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    # -- schema -------------------------------------------------------------------------------
    def migrate(self) -> None:
        """Upgrade to the newest migration, under the writers' lock (safe from two processes)."""
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        with self.engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
        with self._writer.begin() as conn:
            self._lock_writers(conn)
            command.upgrade(alembic_config(conn), "head")

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    # -- sessions -----------------------------------------------------------------------------
    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction; writers are serialised (SQLite BEGIN IMMEDIATE, PostgreSQL lock)."""
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            self._lock_writers(session.connection())
            yield session

    def _lock_writers(self, conn: Connection) -> None:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})

    # -- reads --------------------------------------------------------------------------------
    def batch_by_sha(self, sha256: str) -> ImportBatch | None:
        with self.reading() as s:
            return s.scalars(select(ImportBatch).where(ImportBatch.sha256 == sha256)).first()

    def batches(self) -> list[ImportBatch]:
        with self.reading() as s:
            return list(s.scalars(select(ImportBatch).order_by(ImportBatch.id)))

    def documents(self, split: str | None = None, with_text: bool = False,
                  status: str = "approved") -> list[StoredDocument]:
        """Stored documents with their current labels of ``status`` (approved: what retraining may use)."""
        with self.reading() as s:
            query = select(Document)
            if split:
                query = query.where(Document.split == split)
            if with_text:
                query = query.where(Document.text.is_not(None))
            docs = {d.id: StoredDocument(d.id, d.doc_type, d.text, d.text_sha256, d.split, d.source)
                    for d in s.scalars(query)}
            rows = s.execute(select(Label.document_id, Label.concern, Label.value, Label.assessed_at, Label.assessor)
                             .where(Label.status == status).order_by(Label.assessed_at, Label.id))
            for doc_id, concern, value, at, who in rows:
                if doc_id in docs:
                    docs[doc_id].labels[concern] = value
                    docs[doc_id].assessed_at[concern] = at
                    docs[doc_id].assessor[concern] = who
        return [docs[k] for k in sorted(docs)]

    def history(self, document_id: str | None = None) -> list[dict[str, Any]]:
        """Every label ever stored (oldest first), optionally of one document."""
        with self.reading() as s:
            query = select(Label, Document.doc_type).join(Document, Label.document_id == Document.id)
            if document_id is not None:
                query = query.where(Label.document_id == document_id)
            rows = s.execute(query.order_by(Label.assessed_at, Label.id))
            return [_label_dict(label, doc_type) for label, doc_type in rows]

    def review_queue(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Pending labels (web feedback not yet reviewed), oldest first, with their document's text if kept."""
        with self.reading() as s:
            query = (select(Label, Document).join(Document, Label.document_id == Document.id)
                     .where(Label.status == "pending").order_by(Label.created_at, Label.id).limit(limit))
            return [{**_label_dict(label, doc.doc_type), "label_id": label.id, "text": doc.text,
                     "text_sha256": doc.text_sha256} for label, doc in s.execute(query).all()]

    def review(self, decisions: Mapping[int, str], who: str) -> dict[str, int]:
        """Approve or reject pending labels (label id -> "approve" | "reject") in one transaction, all or none.

        Unknown or already reviewed ids change nothing and raise ``LabelStoreError`` naming them.
        """
        if any(d not in DECISIONS for d in decisions.values()):
            raise LabelStoreError(f"a decision must be one of {', '.join(DECISIONS)}")
        if not who.strip():
            raise LabelStoreError("say who reviews the labels (the assessor of record)")
        with self.writing() as s:
            found = {label.id: label for label in s.scalars(select(Label).where(Label.id.in_(list(decisions))))}
            missing = [str(i) for i in sorted(decisions) if i not in found]
            done = [str(i) for i in sorted(found) if found[i].status != "pending"]
            if missing or done:
                why = [f"no label {', '.join(missing[:10])}"] if missing else []
                why += [f"already reviewed: {', '.join(done[:10])}"] if done else []
                raise LabelStoreError("nothing changed: " + "; ".join(why))
            now = utcnow()
            for label_id, decision in decisions.items():
                label = found[label_id]
                label.status, label.reviewed_by, label.reviewed_at = DECISIONS[decision], who[:200], now
        counts = Counter(DECISIONS[d] for d in decisions.values())
        return {"approved": counts["approved"], "rejected": counts["rejected"]}

    def known_hashes(self) -> set[str]:
        with self.reading() as s:
            return set(s.scalars(select(Document.text_sha256)))

    def known_ids(self) -> set[str]:
        with self.reading() as s:
            return set(s.scalars(select(Document.id)))

    # -- writes -------------------------------------------------------------------------------
    def add_feedback(self, text_value: str, doc_type: str, concern: str, value: int, *, consent: bool,
                     assessor: str = "", note: str | None = None, model_version: str | None = None,
                     document_id: str | None = None, status: str = "pending") -> dict[str, Any]:
        """Store one web-feedback label; the text only with the reviewer's consent, else its hash."""
        return self.add_feedback_marks(text_value, doc_type, [(concern, value, note)], consent=consent,
                                       assessor=assessor, model_version=model_version, document_id=document_id,
                                       status=status)[0]

    def add_feedback_marks(self, text_value: str, doc_type: str, marks: Sequence[tuple[str, int, str | None]], *,
                           consent: bool, assessor: str = "", model_version: str | None = None,
                           document_id: str | None = None, status: str = "pending") -> list[dict[str, Any]]:
        """Store a reviewer's marks on one draft in one transaction: (concern, 0/1, note) each.

        They wait in the review queue (``pending``) until an assessor approves them.
        """
        if status not in STATUSES:
            raise LabelStoreError(f"status must be one of {', '.join(STATUSES)}")
        valid = self.schema.concerns_for(doc_type) if doc_type in self.schema.doc_types else []
        for concern, value, _ in marks:
            if concern not in valid or value not in (0, 1):
                shown = repr(concern if len(concern) <= 40 else concern[:37] + "...")  # never echo a long value
                raise LabelStoreError(f"concern {shown} does not apply to {doc_type}; valid: {', '.join(valid)}")
        digest = text_sha256(text_value)
        doc_id = document_id or f"web-{text_sha256(doc_type + chr(0) + text_value)[:24]}"
        now = utcnow()
        out = []
        with self.writing() as s:
            doc = s.get(Document, doc_id)
            if doc is None:
                doc = Document(id=doc_id, doc_type=doc_type, text=text_value if consent else None, text_sha256=digest,
                               source="web_feedback", split=split_of(doc_id), imported_at=now)
                s.add(doc)
            elif doc.text_sha256 != digest or doc.doc_type != doc_type:
                raise LabelStoreError(f"document {doc_id!r} is stored with another text or doc type")
            elif consent and doc.text is None:
                doc.text = text_value
            s.flush()
            for concern, value, note in marks:
                at = _unique_time(s, doc_id, concern, assessor, now)
                label = Label(document_id=doc_id, concern=concern, value=int(value), rating=None, assessor=assessor,
                              assessed_at=at, source="web_feedback", note=note, model_version=model_version,
                              created_at=now, status=status)
                s.add(label)
                s.flush()
                out.append({"label_id": label.id, "document_id": doc_id, "concern": concern, "value": int(value),
                            "text_stored": doc.text is not None, "split": doc.split, "status": status})
        return out

    # -- summaries ----------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Counts per concern (current labels), per source and per month (all labels), per assessor."""
        history = self.history()
        docs = self.documents()
        per_concern: dict[str, dict[str, int]] = {}
        for d in docs:
            for concern, value in d.labels.items():
                entry = per_concern.setdefault(concern, {"labels": 0, "flagged": 0})
                entry["labels"] += 1
                entry["flagged"] += value
        return {
            "documents": len(docs),
            "documents_with_text": sum(d.text is not None for d in docs),
            "holdout_documents": sum(d.split == "holdout" for d in docs),
            "labels": len(history),
            "current_labels": sum(len(d.labels) for d in docs),
            "by_concern": dict(sorted(per_concern.items())),
            "by_source": dict(sorted(Counter(h["source"] for h in history).items())),
            "by_status": dict(sorted(Counter(h["status"] for h in history).items())),
            "by_month": dict(sorted(Counter(h["assessed_at"][:7] for h in history).items())),
            "by_doc_type": dict(sorted(Counter(d.doc_type for d in docs).items())),
            "assessors": assessor_stats(history),
            "batches": len(self.batches()),
        }


def assessor_stats(history: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per assessor: labels, share flagged, the three-point ratings used, and agreement with others.

    Agreement is on document+concern pairs that another assessor also labelled (each assessor's
    latest label counts), so a lenient assessor shows up as a low flag rate and low agreement.
    """
    latest: dict[tuple[str, str, str], int] = {}
    ratings: dict[str, Counter[str]] = defaultdict(Counter)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for h in history:
        who = h["assessor"] or "(none)"
        latest[(who, h["document_id"], h["concern"])] = h["value"]
        counts[who]["labels"] += 1
        counts[who]["flagged"] += h["value"]
        counts[who][h["source"]] += 0  # keep sources visible even when zero
        if h["rating"]:
            ratings[who][h["rating"]] += 1
    by_item: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for (who, doc, concern), value in latest.items():
        by_item[(doc, concern)][who] = value
    agree: Counter[str] = Counter()
    compared: Counter[str] = Counter()
    for votes in by_item.values():
        if len(votes) < 2:
            continue
        for who, value in votes.items():
            others = [v for w, v in votes.items() if w != who]
            compared[who] += len(others)
            agree[who] += sum(v == value for v in others)
    out: dict[str, dict[str, Any]] = {}
    for who in sorted(counts):
        n = counts[who]["labels"]
        rated = sum(ratings[who].values())
        out[who] = {
            "labels": n,
            "flag_rate": round(counts[who]["flagged"] / n, 3) if n else None,
            "ratings": dict(ratings[who]),
            "partial_share": round(ratings[who]["partially_meeting"] / rated, 3) if rated else None,
            "overlaps": compared[who],
            "agreement": round(agree[who] / compared[who], 3) if compared[who] else None,
        }
    return out


def _unique_time(session: Session, doc_id: str, concern: str, assessor: str, at: datetime) -> datetime:
    """Feedback from one reviewer twice in a second gets the next free second (the key is unique)."""
    taken = set(session.scalars(select(Label.assessed_at).where(
        Label.document_id == doc_id, Label.concern == concern, Label.assessor == assessor,
        Label.assessed_at >= at)))
    while at in taken:
        at += timedelta(seconds=1)
    return at


def _label_dict(label: Label, doc_type: str) -> dict[str, Any]:
    return {
        "document_id": label.document_id,
        "doc_type": doc_type,
        "concern": label.concern,
        "value": label.value,
        "rating": label.rating,
        "assessor": label.assessor,
        "assessed_at": label.assessed_at.isoformat(),
        "source": label.source,
        "note": label.note,
        "model_version": label.model_version,
        "batch_id": label.batch_id,
        "status": label.status,
        "reviewed_by": label.reviewed_by,
    }
