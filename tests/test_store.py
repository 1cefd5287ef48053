"""The label store: migrations, current labels and history, consent, the fixed holdout, concurrent writers.

Each store test runs on SQLite and, where CASECHECK_TEST_DATABASE_URL names one, on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from tests.conftest import ROOT
from tests.labelkit import write_wide_csv
from training.label_import import import_file
from training.store import LabelStore, split_of
from training.store_tables import Base

LETTER = "Dear Ms Smith, I have decided to stop the case against Mr Jones. There is insufficient evidence."


def test_opening_a_store_migrates_it_and_the_tables_match_the_models(store_url):
    store = LabelStore(store_url)
    assert store.revision() == "0002"
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    LabelStore(store_url)  # opening again is a no-op
    assert store.revision() == "0002"


def test_sqlite_store_uses_wal_and_a_busy_timeout(tmp_path):
    store = LabelStore.open(tmp_path / "home")
    assert store.url.endswith("home/labels.db")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_the_current_label_is_the_latest_assessment_and_history_is_kept(store_url, tmp_path, unseen_records):
    letter = next(r for r in unseen_records if r.doc_type == "vcl_letter")
    store = LabelStore(store_url)
    import_file(store, write_wide_csv(tmp_path / "march.csv", [letter], assessor="Jo", assessed_at="2025-03-01"))
    flipped = {(letter.id, "missing_vrr")}
    import_file(store, write_wide_csv(tmp_path / "may.csv", [letter], assessor="Sam", assessed_at="2025-05-01",
                                      flip=flipped))
    import_file(store, write_wide_csv(tmp_path / "april.csv", [letter], assessor="Al", assessed_at="2025-04-01"))
    doc = store.documents()[0]
    assert doc.labels["missing_vrr"] == 1 - letter.labels["missing_vrr"]
    assert doc.assessor["missing_vrr"] == "Sam"
    vrr = [h for h in store.history(letter.id) if h["concern"] == "missing_vrr"]
    assert [h["assessor"] for h in vrr] == ["Jo", "Al", "Sam"]
    stats = store.stats()
    assert stats["labels"] == 3 * len(letter.labels) and stats["current_labels"] == len(letter.labels)
    assert stats["by_month"] == {"2025-03": 6, "2025-04": 6, "2025-05": 6}
    jo, sam = stats["assessors"]["Jo"], stats["assessors"]["Sam"]
    assert jo["overlaps"] == 12 and jo["agreement"] == pytest.approx(11 / 12, abs=1e-3)
    assert sam["agreement"] == pytest.approx(10 / 12, abs=1e-3)


def test_feedback_keeps_the_text_only_with_consent(store_url):
    store = LabelStore(store_url)
    first = store.add_feedback(LETTER, "vcl_letter", "missing_vrr", 1, consent=False, note="missed")
    assert first["text_stored"] is False
    doc = store.documents()[0]
    assert doc.text is None and doc.text_sha256 == hashlib.sha256(LETTER.encode()).hexdigest()
    assert store.history()[0]["source"] == "web_feedback"
    again = store.add_feedback(LETTER, "vcl_letter", "lacks_empathy", 0, consent=True, note="wrong")
    assert again["text_stored"] is True and again["document_id"] == first["document_id"]
    assert store.documents()[0].text == LETTER
    assert store.documents(status="pending")[0].labels == {"missing_vrr": 1, "lacks_empathy": 0}
    assert store.documents()[0].labels == {}  # web feedback waits for review: retraining sees none of it


def test_the_holdout_split_is_fixed_by_id_and_stored(store_url):
    assert split_of("abc") == split_of("abc")
    share = sum(split_of(f"doc-{i}") == "holdout" for i in range(2000)) / 2000
    assert 0.25 < share < 0.35
    store = LabelStore(store_url)
    store.add_feedback(LETTER, "vcl_letter", "missing_vrr", 1, consent=True, document_id="doc-7")
    assert store.documents()[0].split == split_of("doc-7")


IMPORTER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from training.label_import import import_file
    from training.store import LabelStore
    url, path, go = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    while not go.exists():
        time.sleep(0.005)
    store = LabelStore(url)  # the first opening of a new store races too: migrations are serialised
    print(import_file(store, path).summary())
""")


def _run_importers(url: str, files: list[Path], tmp_path: Path) -> list[subprocess.CompletedProcess[str]]:
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", IMPORTER, url, str(f), str(go)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    time.sleep(1.5)  # both processes are up and waiting
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return results


def test_two_imports_at_once_do_not_corrupt_the_store(store_url, tmp_path, corpus_records):
    a = write_wide_csv(tmp_path / "a.csv", corpus_records[:300], assessor="A")
    b = write_wide_csv(tmp_path / "b.csv", corpus_records[200:500], assessor="B")
    results = _run_importers(store_url, [a, b, a], tmp_path)
    assert [r.returncode for r in results] == [0, 0, 0], [r.stderr[-2000:] for r in results]
    assert sum("already imported" in r.stdout for r in results) == 1
    store = LabelStore(store_url)
    expected = sum(len(r.labels) for r in corpus_records[:300]) + sum(len(r.labels) for r in corpus_records[200:500])
    assert store.stats()["labels"] == expected
    assert len(store.documents()) == 500 and len(store.batches()) == 2
    if store.backend == "sqlite":
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
