"""Label import: an IQA or dip-sampling export (CSV, XLSX or JSONL) in, stored labels out.

Two layouts, told apart by their columns (or ``layout=``):

* **wide**: one row per document: ``id``, ``doc_type``, ``text``, optional ``assessor`` and
  ``assessed_at``, and one column per concern id;
* **long**: one row per label: ``id``, ``concern``, ``rating``, optional ``doc_type``, ``text``,
  ``assessor``, ``assessed_at`` (``doc_type`` and ``text`` may be left out for stored documents).

A value is 0/1, yes/no, true/false, or an IQA three-point rating ("fully meeting", "partially
meeting", "not meeting", with common spellings and any case). *Not meeting* and *partially
meeting* flag the concern (1), *fully meeting* clears it (0); ``partial_as=0`` changes the
middle one. A blank or "n/a" cell is no label. Headers are matched without regard to case,
spaces or hyphens; ``columns`` maps other names (``{"id": "Case URN"}``).

The whole file is validated before anything is written: unknown concern, a concern that does not
apply to the doc type, empty text, unknown doc type or rating, duplicate rows, a document whose
text differs from the stored one. Any error raises ``LabelImportError`` with every bad row (row
number, column, reason) and nothing is imported: the import is one transaction. Importing the
same file again changes nothing (its sha256 is recorded), and a label with the same document,
concern, assessor and assessed time is never stored twice.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from model import Schema
from training.label_files import (
    LabelImportError,
    RowError,
    Rows,
    detect_format,
    header_errors,
    is_blank,
    key,
    map_header,
    parse_rating,
    parse_time,
    read_table,
    shown,
)
from training.store import LabelStore, split_of, text_sha256, utcnow
from training.store_tables import Document, ImportBatch, Label

__all__ = ["ImportOptions", "ImportResult", "LabelImportError", "RowError", "import_bytes", "import_file",
           "parse_rating", "parse_time"]

LAYOUTS = ("auto", "wide", "long")
DOC_TYPE_ALIASES = {"mg3": "pre_charge_review", "pre_charge": "pre_charge_review",
                    "post_charge": "post_charge_review", "vcl": "vcl_letter", "letter": "vcl_letter"}
MAX_TEXT_CHARS = 200_000
MAX_FILE_BYTES = 100 << 20  # about 20 times a 5,000-draft IQA export with texts
RATING_HINT = " (use 0/1, yes/no, fully / partially / not meeting)"


@dataclass
class ImportOptions:
    """How to read a file. ``columns`` maps a field or concern id to the file's header."""

    format: str | None = None
    layout: str = "auto"
    columns: dict[str, str] = field(default_factory=dict)
    partial_as: int = 1
    assessor: str = ""
    assessed_at: datetime | None = None
    source: str = "import"
    sheet: str | None = None
    who: str | None = None


@dataclass
class ImportResult:
    file: str
    sha256: str
    format: str
    layout: str
    rows: int = 0
    documents_added: int = 0
    documents_updated: int = 0
    labels_added: int = 0
    labels_skipped: int = 0
    already_imported: bool = False
    batch_id: int | None = None
    ignored_columns: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.already_imported:
            return f"{self.file}: already imported (batch {self.batch_id}, same sha256); nothing changed"
        ignored = f"; ignored columns: {', '.join(self.ignored_columns)}" if self.ignored_columns else ""
        return (f"{self.file}: imported {self.labels_added} labels on {self.rows} rows "
                f"({self.documents_added} new documents, {self.labels_skipped} labels already stored) "
                f"as batch {self.batch_id}{ignored}")


@dataclass
class _Doc:
    id: str
    row: int
    doc_type: str | None
    text: str | None
    doc_type_row: int
    text_row: int
    bad_type: bool = False


@dataclass
class _Label:
    row: int
    column: str
    document_id: str
    concern: str
    value: int
    rating: str | None
    assessor: str
    assessed_at: datetime


# -- parsing --------------------------------------------------------------------------------------
@dataclass
class RowParser:
    """Documents and labels of a file, and every problem found without looking at the store."""

    mapping: dict[str, str]
    layout: str
    options: ImportOptions
    schema: Schema
    default_time: datetime
    docs: dict[str, _Doc] = field(default_factory=dict)
    labels: list[_Label] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    first_seen: dict[tuple[str, str, str, datetime], int] = field(default_factory=dict)

    def cell(self, row: dict[str, Any], name: str) -> Any:
        return row.get(self.mapping[name]) if name in self.mapping else None

    def parse(self, rows: Rows) -> RowParser:
        for number, row in rows:
            self.row(number, row)
        return self

    def row(self, number: int, row: dict[str, Any]) -> None:
        errors: list[RowError] = []
        doc_id = self._id(row)
        if not doc_id:
            self.errors.append(RowError(number, self.mapping.get("id", "id"), "empty id"))
            return
        doc_type = self._doc_type(number, row, errors)
        text = self._text(number, row, errors)
        assessor = self.options.assessor if is_blank(self.cell(row, "assessor")) else str(self.cell(row, "assessor"))
        at = self._time(number, row, errors)
        read = self._wide if self.layout == "wide" else self._long
        found = read(number, row, doc_id, assessor.strip(), at, errors)
        if doc_type is not None:
            errors += [RowError(number, lb.column, f"concern {lb.concern} does not apply to {doc_type} "
                                                   "(leave it blank)")
                       for lb in found if lb.concern not in self.schema.concerns_for(doc_type)]
        self._track(number, doc_id, doc_type, text, not is_blank(self.cell(row, "doc_type")), errors)
        self._duplicates(number, doc_id, found, errors)
        self.errors += errors
        if not errors:
            self.labels += found

    def _id(self, row: dict[str, Any]) -> str:
        raw = self.cell(row, "id")
        if isinstance(raw, float) and raw.is_integer():
            return str(int(raw))  # a spreadsheet number
        return "" if is_blank(raw) else str(raw).strip()

    def _doc_type(self, number: int, row: dict[str, Any], errors: list[RowError]) -> str | None:
        raw = self.cell(row, "doc_type")
        if is_blank(raw):
            return None
        doc_type = DOC_TYPE_ALIASES.get(key(raw), key(raw))
        if doc_type in self.schema.doc_types:
            return doc_type
        errors.append(RowError(number, self.mapping["doc_type"], f"unknown doc type {shown(raw)}; "
                                                                 f"valid: {', '.join(self.schema.doc_types)}"))
        return None

    def _text(self, number: int, row: dict[str, Any], errors: list[RowError]) -> str | None:
        raw = self.cell(row, "text")
        text = None if raw is None or not str(raw).strip() else str(raw)
        if text is not None and len(text) > MAX_TEXT_CHARS:
            errors.append(RowError(number, self.mapping["text"], f"text has {len(text)} characters; "
                                                                 f"the limit is {MAX_TEXT_CHARS}"))
        return text

    def _time(self, number: int, row: dict[str, Any], errors: list[RowError]) -> datetime:
        raw = self.cell(row, "assessed_at")
        if is_blank(raw):
            return self.options.assessed_at or self.default_time
        parsed = parse_time(raw)
        if parsed is None:
            errors.append(RowError(number, self.mapping["assessed_at"],
                                   f"cannot read the date {shown(raw)} (use 2025-03-31 or 31/03/2025)"))
        return parsed or self.default_time

    def _wide(self, number: int, row: dict[str, Any], doc_id: str, assessor: str, at: datetime,
              errors: list[RowError]) -> list[_Label]:
        columns = {c: self.mapping[c] for c in self.schema.concerns if c in self.mapping}
        found, bad = [], False
        for concern, column in columns.items():
            value = row.get(column)
            if is_blank(value):
                continue
            rating = parse_rating(value, self.options.partial_as)
            if rating is None:
                errors.append(RowError(number, column, f"unknown rating {shown(value)}{RATING_HINT}"))
                bad = True
            else:
                found.append(_Label(number, column, doc_id, concern, *rating, assessor, at))
        if not found and not bad:
            errors.append(RowError(number, ", ".join(columns.values()) or "-", "no rating on this row"))
        return found

    def _long(self, number: int, row: dict[str, Any], doc_id: str, assessor: str, at: datetime,
              errors: list[RowError]) -> list[_Label]:
        raw_concern, value = self.cell(row, "concern"), self.cell(row, "rating")
        concern = "" if is_blank(raw_concern) else key(raw_concern)
        if concern not in self.schema.concerns:
            errors.append(RowError(number, self.mapping["concern"], f"unknown concern {shown(raw_concern or '')}"))
        rating = None if is_blank(value) else parse_rating(value, self.options.partial_as)
        if rating is None:
            reason = "empty rating" if is_blank(value) else f"unknown rating {shown(value)}"
            errors.append(RowError(number, self.mapping["rating"], reason + RATING_HINT))
        if rating is None or concern not in self.schema.concerns:
            return []
        return [_Label(number, self.mapping["concern"], doc_id, concern, *rating, assessor, at)]

    def _track(self, number: int, doc_id: str, doc_type: str | None, text: str | None, typed: bool,
               errors: list[RowError]) -> None:
        """Remember the document; the same id must keep one doc type and one text in the file."""
        seen = self.docs.get(doc_id)
        if seen is None:
            self.docs[doc_id] = _Doc(doc_id, number, doc_type, text, number, number, bad_type=typed and not doc_type)
            return
        if doc_type and seen.doc_type and doc_type != seen.doc_type:
            errors.append(RowError(number, self.mapping["doc_type"], f"doc type differs from row {seen.doc_type_row} "
                                                                     f"for id {doc_id}"))
        if text and seen.text and text != seen.text:
            errors.append(RowError(number, self.mapping["text"], f"text differs from row {seen.text_row} "
                                                                 f"for id {doc_id}"))
        if doc_type and not seen.doc_type:
            seen.doc_type, seen.doc_type_row = doc_type, number
        if text and not seen.text:
            seen.text, seen.text_row = text, number

    def _duplicates(self, number: int, doc_id: str, found: list[_Label], errors: list[RowError]) -> None:
        earlier: dict[int, str] = {}
        for lb in found:
            k = (doc_id, lb.concern, lb.assessor, lb.assessed_at)
            if k in self.first_seen:
                earlier.setdefault(self.first_seen[k], lb.column)
            else:
                self.first_seen[k] = number
        wide = self.layout == "wide"
        what = "id, assessor and assessed_at" if wide else "id, concern, assessor and assessed_at"
        errors += [RowError(number, self.mapping["id"] if wide else column, f"duplicate of row {row} (same {what})")
                   for row, column in earlier.items()]


# -- import ---------------------------------------------------------------------------------------
def import_file(store: LabelStore, path: Path, options: ImportOptions | None = None) -> ImportResult:
    """Validate ``path`` completely, then store its labels in one transaction (or raise)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:  # a file is validated whole, in memory: refuse one that cannot fit
            raise _too_big(path, size)
        data = path.read_bytes()
    except OSError as exc:
        raise LabelImportError(str(path), [RowError(0, "-", f"cannot read the file ({exc.strerror})")]) from None
    return import_bytes(store, data, path, options)


def _too_big(path: Path, size: int) -> LabelImportError:
    reason = f"the file has {size:,} bytes; label files over {MAX_FILE_BYTES:,} are refused: split it"
    return LabelImportError(str(path), [RowError(0, "-", reason)])


def import_bytes(store: LabelStore, data: bytes, path: Path, options: ImportOptions | None = None,
                 dry_run: bool = False) -> ImportResult:
    """Import a file's contents (``path`` names it and gives its format); ``dry_run``: check only, store nothing.

    A dry run makes every check the import makes, against the store as it is, and raises the same
    ``LabelImportError``; a clean file returns the counts it would import.
    """
    options = options or ImportOptions()
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(path, len(data))
    result = ImportResult(file=str(path), sha256=hashlib.sha256(data).hexdigest(),
                          format=detect_format(path, options.format), layout=options.layout)
    done = store.batch_by_sha(result.sha256)
    if done is not None:
        result.already_imported, result.batch_id, result.rows = True, done.id, done.rows
        return result
    parsed = parse_file(data, path, options, store.schema, result)
    with (store.reading() if dry_run else store.writing()) as session:
        if session.scalars(select(ImportBatch).where(ImportBatch.sha256 == result.sha256)).first() is not None:
            result.already_imported = True  # the same file, imported meanwhile by another process
            return result
        stored = _stored_documents(session, list(parsed.docs))
        existing = _existing_keys(session, list(parsed.docs))
        errors = parsed.errors + _check_against_store(parsed, stored) + _changed_ratings(parsed.labels, existing)
        if errors:
            raise LabelImportError(str(path), sorted(errors, key=lambda e: (e.row, e.column)))
        if dry_run:
            result.documents_added = sum(1 for d in parsed.docs if d not in stored)
            keys = [(lb.document_id, lb.concern, lb.assessor, lb.assessed_at) for lb in parsed.labels]
            result.labels_added = sum(1 for k in keys if k not in existing)
            result.labels_skipped = len(keys) - result.labels_added
            return result
        _write(session, parsed, stored, existing, path, options, result)
    return result


def parse_file(data: bytes, path: Path, options: ImportOptions, schema: Schema, result: ImportResult) -> RowParser:
    """Read and check the whole file; header problems raise at once (the rows cannot be read)."""
    if options.layout not in LAYOUTS or options.partial_as not in (0, 1) or options.source not in ("import", "seed"):
        raise LabelImportError(str(path), [RowError(0, "-", "layout must be auto/wide/long, partial_as 0 or 1, "
                                                            "source import or seed")])
    header, rows, errors = read_table(data, result.format, path, options.sheet)
    mapping, ignored, header_problems = map_header(header, options.columns, schema)
    layout = options.layout
    if layout == "auto":
        layout = "long" if "concern" in mapping and "rating" in mapping else "wide"
    if layout == "wide":
        ignored = [c for c in ignored if c not in (mapping.get("concern"), mapping.get("rating"))]
    result.layout, result.rows, result.ignored_columns = layout, len(rows), ignored
    errors = header_problems + header_errors(mapping, layout, schema) + errors
    if not rows and not errors:
        errors.append(RowError(2, "-", "no data rows"))
    if any(e.row <= 1 for e in errors):
        raise LabelImportError(str(path), sorted(errors, key=lambda e: e.row))
    parsed = RowParser(mapping, layout, options, schema, utcnow()).parse(rows)
    parsed.errors[:0] = errors
    return parsed


def _changed_ratings(labels: Sequence[_Label], existing: dict[tuple[str, str, str, datetime], int]) -> list[RowError]:
    errors = []
    for lb in labels:
        stored_value = existing.get((lb.document_id, lb.concern, lb.assessor, lb.assessed_at))
        if stored_value is not None and stored_value != lb.value:
            errors.append(RowError(lb.row, lb.column, f"{lb.document_id}/{lb.concern} by {lb.assessor or '(none)'} "
                                                      f"at {lb.assessed_at.isoformat()} is stored as {stored_value}; "
                                                      "a re-assessment needs its own assessed_at"))
    return errors


def _write(session: Any, parsed: RowParser, stored: dict[str, Document],
           existing: dict[tuple[str, str, str, datetime], int], path: Path, options: ImportOptions,
           result: ImportResult) -> None:
    now = parsed.default_time
    batch = ImportBatch(file_name=path.name, sha256=result.sha256, format=result.format, rows=result.rows,
                        documents_added=0, labels_added=0, labels_skipped=0, imported_by=options.who or _whoami(),
                        imported_at=now)
    session.add(batch)
    session.flush()
    new_docs = [d for d in parsed.docs.values() if d.id not in stored]
    for d in parsed.docs.values():
        if d.id in stored and stored[d.id].text is None and d.text is not None:
            stored[d.id].text = d.text  # a hash-only document (web feedback) gets its text
            result.documents_updated += 1
    if new_docs:
        session.execute(insert(Document), [
            {"id": d.id, "doc_type": d.doc_type, "text": d.text, "text_sha256": text_sha256(d.text or ""),
             "source": options.source, "split": split_of(d.id), "imported_at": now, "batch_id": batch.id}
            for d in new_docs])
    fresh = [lb for lb in parsed.labels if (lb.document_id, lb.concern, lb.assessor, lb.assessed_at) not in existing]
    if fresh:
        session.execute(insert(Label), [
            {"document_id": lb.document_id, "concern": lb.concern, "value": lb.value, "rating": lb.rating,
             "assessor": lb.assessor, "assessed_at": lb.assessed_at, "source": options.source,
             "batch_id": batch.id, "created_at": now} for lb in fresh])
    skipped = len(parsed.labels) - len(fresh)
    batch.documents_added, batch.labels_added, batch.labels_skipped = len(new_docs), len(fresh), skipped
    result.batch_id, result.documents_added = batch.id, len(new_docs)
    result.labels_added, result.labels_skipped = len(fresh), skipped


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _stored_documents(session: Any, ids: Sequence[str]) -> dict[str, Document]:
    out: dict[str, Document] = {}
    for chunk in _chunks(ids):
        out.update({d.id: d for d in session.scalars(select(Document).where(Document.id.in_(chunk)))})
    return out


def _existing_keys(session: Any, ids: Sequence[str]) -> dict[tuple[str, str, str, datetime], int]:
    keys: dict[tuple[str, str, str, datetime], int] = {}
    for chunk in _chunks(ids):
        rows = session.execute(select(Label.document_id, Label.concern, Label.assessor, Label.assessed_at,
                                      Label.value).where(Label.document_id.in_(chunk)))
        keys.update({(a, b, c, d): v for a, b, c, d, v in rows})
    return keys


def _check_against_store(parsed: RowParser, stored: dict[str, Document]) -> list[RowError]:
    """New documents need a doc type and text; known ones must keep theirs."""
    errors: list[RowError] = []
    type_col, text_col = parsed.mapping.get("doc_type", "doc_type"), parsed.mapping.get("text", "text")
    by_doc: dict[str, list[_Label]] = {}
    for label in parsed.labels:
        by_doc.setdefault(label.document_id, []).append(label)
    for d in parsed.docs.values():
        old = stored.get(d.id)
        if old is None:
            if d.doc_type is None and not d.bad_type:
                errors.append(RowError(d.row, type_col, f"doc type is empty and {d.id} is not in the store"))
            if d.text is None:
                errors.append(RowError(d.row, text_col, f"text is empty and {d.id} is not in the store"))
            continue
        if d.doc_type is not None and d.doc_type != old.doc_type:
            errors.append(RowError(d.doc_type_row, type_col, f"{d.id} is stored as {old.doc_type}, not {d.doc_type}"))
        if d.text is not None and text_sha256(d.text) != old.text_sha256:
            errors.append(RowError(d.text_row, text_col, f"text differs from the stored document {d.id}"))
        if d.doc_type is None:
            d.doc_type = old.doc_type
            errors += [RowError(lb.row, lb.column, f"concern {lb.concern} does not apply to {old.doc_type} "
                                                   "(the stored doc type)")
                       for lb in by_doc.get(d.id, []) if lb.concern not in parsed.schema.concerns_for(old.doc_type)]
    return errors


def _whoami() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
