"""Helpers for the label-loop tests: label files written from corpus records, PostgreSQL schemas."""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from model.schema import default_schema
from training.dataset import Record

PG_ENV = "CASECHECK_TEST_DATABASE_URL"
PG_SKIP = (f"no PostgreSQL server: set {PG_ENV} (e.g. postgresql://user:pw@127.0.0.1:5432/db) to run the "
           "label-store tests against one; .ci/run starts one on loopback")
RATING = {1: "Not meeting", 0: "Fully meeting"}


def write_wide_csv(path: Path, records: Iterable[Record], assessor: str | Iterable[str] = "Area IQA",
                   flip: set[tuple[str, str]] = frozenset(), assessed_at: str = "2025-03-31",
                   ratings: dict[int, str] | None = None) -> Path:
    """A wide IQA export of ``records``: three-point ratings, ``flip`` (id, concern) pairs inverted."""
    concerns = list(default_schema().concerns)
    ratings = ratings or RATING
    records = list(records)
    who = [assessor] * len(records) if isinstance(assessor, str) else list(assessor)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "doc_type", "text", "assessor", "assessed_at", *concerns])
        for r, name in zip(records, who, strict=True):
            cells = []
            for c in concerns:
                if c not in r.labels:
                    cells.append("")
                else:
                    value = 1 - r.labels[c] if (r.id, c) in flip else r.labels[c]
                    cells.append(ratings[value])
            writer.writerow([r.id, r.doc_type, r.text, name, assessed_at, *cells])
    return path


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose connections use a fresh schema of the test server; dropped afterwards."""
    import pytest
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    from training.store import normalise_url

    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(PG_SKIP)
    base = normalise_url(base)
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {name}"))
    except SQLAlchemyError as exc:  # the server named by the variable is not usable: fail, do not pass quietly
        admin.dispose()
        pytest.fail(f"{PG_ENV} is set but the server is not usable: {exc}")
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{name}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
        admin.dispose()
