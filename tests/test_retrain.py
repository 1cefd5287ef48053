"""Retraining: training data from the store, the fixed holdout, the promotion rule, and crash safety."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from model.registry import Registry
from model.rules import RuleSet
from model.scoring import Scorer
from service.cli import main
from service.settings import get_settings
from tests.conftest import ROOT, TINY_CONFIG
from tests.labelkit import write_wide_csv
from training.active import audit, confident_learning_issues, read_drafts, suggest, uncertainty
from training.analysis_cache import AnalysisCache
from training.config import load_config
from training.dataset import Record
from training.label_import import ImportOptions, import_file
from training.retrain import RetrainError, calibration_error, decide, gather, retrain, retrain_lock, worse_by_chance
from training.store import LabelStore, split_of, text_sha256
from training.train import analyse_records, group_frame


def store_at(home: Path) -> LabelStore:
    return LabelStore.open(home)


def write_seed(path: Path, records: list[Record]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"id": r.id, "doc_type": r.doc_type, "text": r.text, "labels": r.labels,
                                 "spans": list(r.spans), "parts": list(r.parts), "meta": {"source": r.source}}) + "\n")
    return path


def id_in(split: str, prefix: str) -> str:
    return next(f"{prefix}-{i}" for i in range(1000) if split_of(f"{prefix}-{i}") == split)


# -- gathering the training data -----------------------------------------------------------------
def test_store_labels_outweigh_seed_labels_and_the_holdout_is_never_trained_on(tmp_path, seed_records, scorer):
    store = LabelStore(f"sqlite:///{tmp_path / 'labels.db'}")
    relabelled, held = seed_records[0], seed_records[1]
    concern = next(iter(relabelled.labels))
    copy_id, held_id = id_in("train", "iqa"), id_in("holdout", "iqa")
    twin = Record(copy_id, relabelled.doc_type, relabelled.text, relabelled.labels)
    held_twin = Record(held_id, held.doc_type, held.text, held.labels)
    import_file(store, write_wide_csv(tmp_path / "a.csv", [twin, held_twin], flip={(copy_id, concern)}))
    data = gather(store, seed_records, scorer)
    by_text = {text_sha256(r.text): r for r in data.records}
    trained = by_text[text_sha256(relabelled.text)]
    assert trained.id == f"store:{copy_id}" and trained.labels[concern] == 1 - relabelled.labels[concern]
    assert text_sha256(held.text) not in by_text  # neither the stored copy nor the seed draft
    assert [r.id for r in data.holdout] == [held_id]
    assert data.info["seed_replaced_by_store"] == 1 and data.info["seed_dropped_for_holdout"] == 1
    assert len(data.records) == len(seed_records) - 1


def test_partial_labels_are_completed_from_the_champion(tmp_path, seed_records, unseen_records, scorer):
    store = LabelStore(f"sqlite:///{tmp_path / 'labels.db'}")
    letter = next(r for r in unseen_records if r.doc_type == "vcl_letter")
    doc_id = id_in("train", "web")
    store.add_feedback(letter.text, "vcl_letter", "missing_vrr", 1, consent=True, document_id=doc_id, status="approved")
    store.add_feedback(letter.text + " x", "vcl_letter", "missing_vrr", 1, consent=False,  # no text: unusable
                       status="approved")
    data = gather(store, seed_records, scorer)
    record = next(r for r in data.records if r.id == f"store:{doc_id}")
    assert record.labels["missing_vrr"] == 1 and len(record.labels) == 6
    assert data.info["filled_from_champion"] == 5
    assert gather(store, seed_records, None).info["dropped_incomplete"] == 1


# -- the comparison and the promotion rule -------------------------------------------------------
def metrics(macro: float, **f1: float) -> dict:
    return {"macro_f1": macro, "concerns": {c: {"f1": v} for c, v in f1.items()}}


@pytest.mark.parametrize(("old", "new", "passed"), [
    (metrics(0.80, a=0.8, b=0.8), metrics(0.80, a=0.8, b=0.8), True),
    (metrics(0.80, a=0.8, b=0.8), metrics(0.81, a=0.84, b=0.785), True),    # b drops 0.015: allowed
    (metrics(0.80, a=0.8, b=0.8), metrics(0.81, a=0.87, b=0.75), False),    # b drops 0.05
    (metrics(0.80, a=0.8, b=0.8), metrics(0.79, a=0.79, b=0.79), False),    # macro-F1 drops
])
def test_promotion_needs_macro_f1_not_to_drop_and_no_concern_to_drop_more_than_002(old, new, passed):
    ok, reasons = decide(old, new, n_holdout=50)
    assert ok is passed and reasons


def small(macro: float, n: int = 6, **f1: float) -> dict:
    """Holdout metrics with each concern labelled on ``n`` documents (as ``holdout_metrics`` gives them)."""
    return {"macro_f1": macro, "concerns": {c: {"f1": v, "n": n} for c, v in f1.items()}}


def test_a_sign_test_says_how_likely_a_no_better_challenger_breaks_that_many_decisions():
    assert worse_by_chance(1, 0) == 0.5 and worse_by_chance(2, 0) == 0.25 and worse_by_chance(0, 0) == 1.0
    assert worse_by_chance(4, 0) == 0.0625 and worse_by_chance(3, 1) == 0.3125


def test_on_a_small_holdout_a_one_document_swing_is_tolerated_as_noise_and_said():
    # 6 holdout documents: one more wrong decision drops concern b's F1 by 0.33 and macro-F1 with it.
    ok, reasons = decide(small(0.9, a=0.8, b=1.0), small(0.73, a=0.8, b=0.67), n_holdout=6,
                         changes={"b": {"worse": 1, "better": 0}})
    assert ok and "tolerated as noise" in reasons[0] and "b F1 drops by 0.33" in reasons[0]
    assert "macro-F1 drops" in reasons[0] and "fewer than 30 holdout documents" in reasons[0]


def test_on_a_small_holdout_a_concern_that_breaks_four_decisions_and_fixes_none_is_refused():
    ok, reasons = decide(small(0.9, 12, a=0.8, b=1.0), small(0.65, 12, a=0.8, b=0.5), n_holdout=12,
                         changes={"b": {"worse": 4, "better": 0}})
    assert not ok and any("b F1 drops" in r for r in reasons) and any("macro-F1 drops" in r for r in reasons)


def test_on_a_concern_labelled_on_30_holdout_documents_or_more_no_drop_is_tolerated():
    ok, reasons = decide(small(0.9, 30, a=0.8, b=1.0), small(0.9, 30, a=0.85, b=0.95), n_holdout=30,
                         changes={"b": {"worse": 1, "better": 0}})
    assert not ok and any("b F1 drops" in r for r in reasons)


def test_the_noise_rule_never_excuses_the_seed_check():
    moved = {"documents": 100, "decisions": 800, "moved": 80, "share": 0.1, "by_concern": {"missing_vrr": 70}}
    ok, reasons = decide(small(0.9, a=0.8, b=1.0), small(0.73, a=0.8, b=0.67), n_holdout=6, seed_moved=moved,
                         changes={"b": {"worse": 1, "better": 0}})
    assert not ok and reasons == [r for r in reasons if "seed validation" in r]


def test_no_holdout_means_no_promotion_without_force():
    ok, reasons = decide(metrics(0.8, a=0.8), metrics(0.9, a=0.9), n_holdout=0)
    assert not ok and "--force" in reasons[0]


def test_calibration_error():
    assert calibration_error([0.0, 1.0, 0.0, 1.0], [0, 1, 0, 1]) == 0.0
    assert calibration_error([0.8] * 4, [1, 0, 1, 0]) == pytest.approx(0.3)
    assert calibration_error([], []) is None


# -- the analysis cache --------------------------------------------------------------------------
def test_cached_analysis_gives_the_same_features(tmp_path, seed_records):
    rules = RuleSet.load()
    records = seed_records[:12] + seed_records[-12:]
    fresh = analyse_records(records, rules, n_jobs=1)
    cache = AnalysisCache(tmp_path, rules)
    cache.analyse(records)
    cached = AnalysisCache(tmp_path, rules).analyse(records)
    names = sorted({s for a in fresh for sent in a.draft.sentences for s in sent.signals})
    left = group_frame(fresh, [None] * len(fresh), None, names)
    right = group_frame(cached, [None] * len(cached), None, names)
    assert left.equals(right) and [a.rule_counts for a in fresh] == [a.rule_counts for a in cached]
    assert cache.misses == len(records)


# -- retraining end to end -----------------------------------------------------------------------
def test_retrain_registers_a_compared_challenger_and_promotes_only_if_no_worse(retrain_home, seed_records,
                                                                               unseen_records):
    store = store_at(retrain_home)
    import_file(store, write_wide_csv(retrain_home / "iqa.csv", unseen_records, assessor="Area IQA"))
    registry = Registry(retrain_home / "models")
    before = registry.champion()
    result = retrain(store, registry, seed_records, config=load_config(TINY_CONFIG), cache_dir=retrain_home / "cache")
    comparison = result.comparison
    assert result.version in registry.versions() and comparison["champion"] == before
    holdout = [r for r in unseen_records if split_of(r.id) == "holdout"]
    assert comparison["holdout"]["documents"] == len(holdout) > 10
    for side in ("champion", "challenger"):
        block = comparison["metrics"][side]
        assert 0 <= block["macro_f1"] <= 1 and block["ece"] is not None
        assert {"f1", "precision", "recall", "ece", "n"} <= set(block["concerns"]["missing_vrr"])
    assert comparison["training"]["store_train_documents"] == len(unseen_records) - len(holdout)
    assert comparison["analysis_cache"]["misses"] == 0
    assert result.promoted == comparison["passed"]
    assert registry.champion() == (result.version if result.promoted else before)
    assert json.loads(result.comparison_path.read_text())["challenger"] == result.version
    assert registry.manifest(result.version)["comparison"]["passed"] == comparison["passed"]
    card = (registry.root / result.version / "model_card.md").read_text()
    assert "## Retraining" in card and "Decision:" in card
    Scorer.from_registry(registry)  # whatever was decided, the champion loads


@pytest.fixture
def run(retrain_home: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CASECHECK_HOME", str(retrain_home))
    monkeypatch.delenv("CASECHECK_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    runner = CliRunner()
    yield lambda *args: runner.invoke(main, [str(a) for a in args])
    get_settings.cache_clear()


def test_cli_retrain_force_promotes_and_records_the_reason(run, retrain_home, seed_records, unseen_records):
    seed = write_seed(retrain_home / "seed.jsonl", seed_records)
    assert run("labels", "import", write_wide_csv(retrain_home / "iqa.csv", unseen_records[:60])).exit_code == 0
    refused = run("retrain", "--seed", seed, "--config", TINY_CONFIG, "--force")
    assert refused.exit_code == 2 and "--reason" in refused.output
    result = run("retrain", "--seed", seed, "--config", TINY_CONFIG, "--force", "--reason", "re-marked holdout")
    assert result.exit_code == 0, result.output
    assert "promoted" in result.output and "comparison:" in result.output
    registry = Registry(retrain_home / "models")
    last = registry.promotions()[-1]
    assert last["version"] == registry.champion() and "re-marked holdout" in last["reason"]
    shown = run("models", "show")
    assert shown.exit_code == 0 and "## Retraining" in shown.output and "re-marked holdout" in shown.output
    assert run("retrain", "--seed", retrain_home / "missing.jsonl").exit_code == 2


def test_only_one_retrain_runs_at_a_time(retrain_home, seed_records):
    registry = Registry(retrain_home / "models")
    with retrain_lock(registry), pytest.raises(RetrainError, match="another retrain is running"):
        retrain(store_at(retrain_home), registry, seed_records)


# -- crash safety ---------------------------------------------------------------------------------
def _start_retrain(home: Path, seed: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """``casecheck retrain`` in its own process group (its joblib workers die with it); stderr to a file."""
    env = {**os.environ, "CASECHECK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("CASECHECK_DATABASE_URL", None)
    log = home / "retrain.log"
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "service.cli", "retrain", "--seed", str(seed), "--config",
                                 str(TINY_CONFIG), "--force", "--reason", "crash test"], cwd=ROOT, env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                start_new_session=True)
    return proc, log


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """kill -9 the retrain (and its worker processes, which would otherwise outlive it)."""
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _assert_registry_intact(registry: Registry, champion: str, versions: list[str]) -> None:
    new = set(registry.versions()) - set(versions)
    assert registry.champion() in ({champion} | new)
    for version in registry.versions():
        registry.verify(version)  # every registered version is complete
    assert Scorer.from_registry(registry).version == registry.champion()
    with retrain_lock(registry):  # the dead process's lock is gone
        pass


def test_a_retrain_killed_mid_training_leaves_the_champion_active(retrain_home, seed_records, unseen_records):
    import_file(store_at(retrain_home), write_wide_csv(retrain_home / "iqa.csv", unseen_records))
    registry = Registry(retrain_home / "models")
    champion, versions = registry.champion(), registry.versions()
    proc, log = _start_retrain(retrain_home, write_seed(retrain_home / "seed.jsonl", seed_records))
    deadline = time.monotonic() + 120
    while "training challenger" not in log.read_text() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.5)
    assert proc.poll() is None, f"the retrain ended before it could be killed: {log.read_text()[-2000:]}"
    _kill(proc)
    assert proc.returncode == -signal.SIGKILL
    assert registry.champion() == champion and registry.versions() == versions
    assert not (registry.root / "comparisons").exists()
    _assert_registry_intact(registry, champion, versions)


def test_a_retrain_killed_while_writing_its_version_registers_nothing_half_written(retrain_home, seed_records,
                                                                                 unseen_records):
    import_file(store_at(retrain_home), write_wide_csv(retrain_home / "iqa.csv", unseen_records))
    registry = Registry(retrain_home / "models")
    champion, versions = registry.champion(), registry.versions()
    proc, _ = _start_retrain(retrain_home, write_seed(retrain_home / "seed.jsonl", seed_records))
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if any(registry.root.glob(".staging-*")):
            break  # the version is being written into its staging folder
        time.sleep(0.001)
    if proc.poll() is None:
        _kill(proc)
    else:
        proc.wait()
    if proc.returncode == -signal.SIGKILL:
        assert registry.versions() == versions and registry.champion() == champion
    _assert_registry_intact(registry, champion, versions)


# -- where to label next, and label audit --------------------------------------------------------
def test_uncertainty_is_highest_at_the_threshold():
    assert uncertainty(0.3, 0.3) == 1.0
    assert uncertainty(0.0, 0.3) == 0.0 and uncertainty(1.0, 0.3) == 0.0
    assert uncertainty(0.4, 0.3) > uncertainty(0.6, 0.3)


def test_suggest_ranks_unlabelled_drafts_near_thresholds_across_doc_types(tmp_path, scorer, unseen_records):
    store = LabelStore(f"sqlite:///{tmp_path / 'labels.db'}")
    import_file(store, write_wide_csv(tmp_path / "done.csv", unseen_records[:10]))
    rows = [{"id": r.id, "text": r.text, "_line": i} for i, r in enumerate(unseen_records[:80])]
    picked = suggest(rows, scorer, n=12, store=store)
    assert len(picked) == 12 and [s.rank for s in picked] == list(range(1, 13))
    assert not {s.id for s in picked} & {r.id for r in unseen_records[:10]}
    assert len({s.doc_type for s in picked}) == 3 and len({s.concern for s in picked}) >= 5
    assert all(0 <= s.uncertainty <= 1 for s in picked)


def test_cli_suggest_writes_a_sheet_that_imports_back(run, retrain_home, unseen_records):
    drafts = retrain_home / "drafts.jsonl"
    drafts.write_text("".join(json.dumps({"id": r.id, "text": r.text}) + "\n" for r in unseen_records[:30]))
    result = run("labels", "suggest", drafts, "--n", "5", "-o", retrain_home / "to-label.csv")
    assert result.exit_code == 0, result.output
    rows = read_drafts(retrain_home / "to-label.csv")
    gold = {r.id: r for r in unseen_records}
    assert len(rows) == 5 and all(r["text"] == gold[r["id"]].text for r in rows)
    filled = retrain_home / "labelled.csv"  # an assessor fills the concern columns in
    with (retrain_home / "to-label.csv").open(encoding="utf-8", newline="") as src, \
            filled.open("w", encoding="utf-8", newline="") as out:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(out, fieldnames=reader.fieldnames or [])
        writer.writeheader()
        for row in reader:
            labels = gold[row["id"]].labels
            writer.writerow({**row, "assessor": "Jo", **{c: "not meeting" if v else "fully meeting"
                                                        for c, v in labels.items()}})
    imported = run("labels", "import", filled)
    assert imported.exit_code == 0 and "5 new documents" in imported.output, imported.output
    bad = retrain_home / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    assert run("labels", "suggest", bad).exit_code == 2


def test_a_suggestion_sheet_keeps_a_drafts_own_line_ends(tmp_path):
    sheet = tmp_path / "to-label.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "text"])
        writer.writerow(["crlf", "Dear Ms Oyelaran,\r\n\r\nI have decided to stop the case."])
        writer.writerow(["lf", "Dear Mr Brack,\n\nThe trial is on 3 May."])
    rows = {r["id"]: r["text"] for r in read_drafts(sheet)}
    assert rows == {"crlf": "Dear Ms Oyelaran,\r\n\r\nI have decided to stop the case.",
                    "lf": "Dear Mr Brack,\n\nThe trial is on 3 May."}


def test_confident_learning_rule_flags_labels_the_predictions_contradict():
    labels = np.array([1, 1, 1, 0, 0, 0, 1])
    pred = np.array([[0.1, 0.9], [0.2, 0.8], [0.3, 0.7], [0.9, 0.1], [0.8, 0.2], [0.7, 0.3], [0.95, 0.05]])
    assert confident_learning_issues(labels, pred).tolist() == [False] * 6 + [True]


def test_audit_finds_flipped_labels_and_the_assessor_who_made_them(tmp_path, scorer, seed_records, unseen_records):
    store = LabelStore(f"sqlite:///{tmp_path / 'labels.db'}")
    careful, sloppy = unseen_records[:60], unseen_records[60:120]
    flips = {(r.id, c) for r in sloppy[::2] for c in list(r.labels)[:2]}
    import_file(store, write_wide_csv(tmp_path / "a.csv", careful, assessor="careful"))
    import_file(store, write_wide_csv(tmp_path / "b.csv", sloppy, assessor="sloppy", flip=flips))
    report = audit(store, scorer, seed_records, AnalysisCache(tmp_path / "cache", RuleSet.load()), folds=3)
    found = {(s["document_id"], s["concern"]) for s in report["items"]}
    assert report["method"] == "cleanlab" and report["labels_audited"] == store.stats()["labels"]
    assert len(found & flips) >= len(flips) // 2  # most flipped labels are found (55 of 60 when written)
    assert len(found & flips) / max(len(found), 1) > 0.4  # and most of what is listed was flipped (0.62)
    assessors = report["assessors"]
    # 0.22 vs 0.056 when written; 0.19 vs 0.10 since the terse-note seed (generated_notes.jsonl) joined the
    # corpus these fixtures draw from: the small test model, trained on 28 notes, doubts more of the careful
    # assessor's labels on the 19 notes among the unseen drafts. The sloppy assessor still stands out.
    assert assessors["sloppy"]["suspect_rate"] > 1.5 * assessors["careful"]["suspect_rate"]


def test_cli_audit_lists_suspect_labels(run, retrain_home, seed_records, unseen_records):
    options = ImportOptions(assessor="x")
    import_file(store_at(retrain_home), write_wide_csv(retrain_home / "a.csv", unseen_records[:40]), options)
    seed = write_seed(retrain_home / "seed.jsonl", seed_records)
    result = run("labels", "audit", "--seed", seed, "--n", "3", "--folds", "3", "--json")
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["labels_audited"] > 0 and len(body["items"]) <= 3 and "Area IQA" in body["assessors"]
