"""Dataset: labelled JSONL drafts in, validated records and a deterministic split out."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model import Schema, default_schema
from model.files import JsonlError, jsonl_objects

CORPUS_DIR = Path(__file__).resolve().parents[1] / "data" / "corpus"
STORE_SOURCE = "store"  # ``Record.source`` of a label-store document in a retrain's training data
"""The seed corpus of a source checkout; an installed wheel does not ship it (see ``default_corpus``)."""
NO_CORPUS = (
    "no seed corpus: {folder} does not exist (casecheck is installed without its source checkout). "
    "Give the seed corpus with --seed FILE (repeatable) or CASECHECK_SEED_FILES (a JSON list of paths): "
    "it is data/corpus/*.jsonl in the casecheck source repository (see data/README.md there)."
)


class DatasetError(ValueError):
    """A labelled file is unreadable or a record is invalid; the message names file and line."""


@dataclass(frozen=True)
class Record:
    id: str
    doc_type: str
    text: str
    labels: dict[str, int]
    spans: tuple[dict[str, Any], ...] = ()
    source: str = ""
    parts: tuple[dict[str, Any], ...] = ()  # generator roles of character ranges, when known


def read_jsonl(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line; bad JSON raises ``DatasetError``."""
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read ({exc.strerror})") from exc
    with fh:
        try:
            yield from jsonl_objects(fh)
        except JsonlError as exc:
            raise DatasetError(f"{path}:{exc.line}: {exc.reason}") from None
        except UnicodeDecodeError:
            raise DatasetError(f"{path}: not UTF-8 text") from None


def parse_record(obj: dict[str, Any], where: str, schema: Schema) -> Record:
    """Validate one labelled object (schema ids, complete labels, spans inside the text)."""
    for key in ("id", "doc_type", "text", "labels"):
        if key not in obj:
            raise DatasetError(f"{where}: missing field {key!r}")
    doc_type, text, labels = obj["doc_type"], obj["text"], obj["labels"]
    if doc_type not in schema.doc_types:
        raise DatasetError(f"{where}: unknown doc_type {doc_type!r}; valid: {', '.join(schema.doc_types)}")
    if not isinstance(text, str) or not text.strip():
        raise DatasetError(f"{where}: field 'text' is empty")
    expected = set(schema.concerns_for(doc_type))
    if not isinstance(labels, dict) or set(labels) != expected:
        raise DatasetError(f"{where}: labels must give exactly {sorted(expected)} for {doc_type}")
    if any(v not in (0, 1) for v in labels.values()):
        raise DatasetError(f"{where}: label values must be 0 or 1")
    for span in obj.get("spans") or []:
        if span.get("concern") not in expected or span.get("text", "") not in text:
            raise DatasetError(f"{where}: span {span.get('concern')!r} is not a substring of the text")
    meta = obj.get("meta") or {}
    return Record(str(obj["id"]), doc_type, text, {k: int(v) for k, v in labels.items()},
                  tuple(obj.get("spans") or ()), str(meta.get("source", "")), tuple(obj.get("parts") or ()))


def load_records(paths: Sequence[Path], schema: Schema | None = None) -> list[Record]:
    """Read and validate labelled JSONL files; ids must be unique across them."""
    schema = schema or default_schema()
    records: list[Record] = []
    seen: dict[str, str] = {}
    for path in paths:
        for number, obj in read_jsonl(Path(path)):
            where = f"{path}:{number}"
            record = parse_record(obj, where, schema)
            if record.id in seen:
                raise DatasetError(f"{where}: duplicate id {record.id!r} (first at {seen[record.id]})")
            seen[record.id] = where
            records.append(record)
    if not records:
        raise DatasetError(f"no labelled records in {', '.join(map(str, paths))}")
    return records


def default_corpus() -> list[Path]:
    """The seed corpus of the source checkout, ``data/corpus/*.jsonl``; ``DatasetError`` saying where to
    get it when there is none (an installed wheel)."""
    paths = sorted(CORPUS_DIR.glob("*.jsonl"))
    if not paths:
        raise DatasetError(NO_CORPUS.format(folder=CORPUS_DIR))
    return paths


def is_validation(record_id: str, share: float = 0.2) -> bool:
    """Deterministic split by a hash of the id (stable across runs and machines)."""
    bucket = int(hashlib.sha256(record_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return bucket < share


def fingerprint(records: Sequence[Record]) -> str:
    """sha256 over ids, doc types, texts and labels: which data a model saw."""
    digest = hashlib.sha256()
    for r in sorted(records, key=lambda r: r.id):
        digest.update(json.dumps([r.id, r.doc_type, r.text, r.labels], sort_keys=True).encode())
    return digest.hexdigest()
