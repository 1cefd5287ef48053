"""Batch: score a file of drafts in chunks, one output row per input row.

Input: rows with an id, text and optional doc type. Output: result dicts in input order,
with an ``error`` for a row that cannot be scored instead of failing the batch.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from model.errors import ModelError
from model.scoring import Scorer

CHUNK = 256


class InputFileError(ValueError):
    """The input file cannot be read; the message names the file and line."""


def read_jsonl_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of a JSONL file with their 1-based line number in ``_line``."""
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputFileError(f"{path}: cannot read ({exc.strerror})") from None
    with fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputFileError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise InputFileError(f"{path}:{number}: expected a JSON object")
            obj["_line"] = number
            yield obj


def score_rows(scorer: Scorer, rows: Iterable[dict[str, Any]], where: str = "input") -> Iterator[dict[str, Any]]:
    """Score rows chunk by chunk; a row that cannot be scored gets an ``error``."""
    chunk: list[dict[str, Any]] = []
    for row in rows:
        doc_type = row.get("doc_type") or None
        try:
            scorer.check_doc_type(doc_type)
        except ModelError as exc:
            raise InputFileError(f"{where}:{row.get('_line', '?')}: {exc}") from None
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield from score_chunk(scorer, chunk)
            chunk = []
    if chunk:
        yield from score_chunk(scorer, chunk)


def score_chunk(scorer: Scorer, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Score rows together; rows with bad text get an error, the others are scored."""
    out: list[dict[str, Any] | None] = [None] * len(rows)
    good = []
    for i, row in enumerate(rows):
        try:
            scorer.check_text_value(row.get("text"))
            good.append(i)
        except ModelError as exc:
            out[i] = {"id": row.get("id"), "error": str(exc)}
    results = scorer.score_many([rows[i]["text"] for i in good], [rows[i].get("doc_type") or None for i in good])
    for i, result in zip(good, results, strict=True):
        d = result.to_dict()
        out[i] = {"id": rows[i].get("id"), "doc_type": d["doc_type"], "model_version": d["model_version"],
                  "scores": d["scores"], "flags": d["flags"], "concerns": d["concerns"],
                  "advice": d["advice"], "doc_type_detected": d["doc_type_detected"]}
    return [o for o in out if o is not None]


@contextmanager
def atomic_output(path: Path) -> Iterator[TextIO]:
    """Write to a temporary file beside ``path``; rename only when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
