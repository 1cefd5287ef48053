"""Retraining that adapts: stored labels weigh against the seed corpus, and the promotion gate still
refuses a bad batch (its holdout is assessors' imports only; it counts the seed decisions a
challenger changes). Real small models, a real SQLite store, the real import path."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.registry import Registry
from model.rules import RuleSet
from model.scoring import Scorer
from tests.conftest import TINY_CONFIG
from tests.labelkit import write_wide_csv
from training.analysis_cache import AnalysisCache
from training.config import STORE_WEIGHT, load_config
from training.dataset import STORE_SOURCE, Record
from training.evaluate import score_records
from training.label_import import import_file
from training.retrain import decide, gather, retrain
from training.store import LabelStore, split_of
from training.train import train

CONCERN = "missing_vrr"


def _confident_letters(scorer: Scorer, records: list[Record], n: int) -> list[Record]:
    """``n`` letters whose ``CONCERN`` the small model gets right with the most confidence."""
    letters = [r for r in records if r.doc_type == "vcl_letter"]
    results = score_records(scorer, letters)
    sure = [(abs(res.scores[CONCERN] - 0.5), r.id, r) for r, res in zip(letters, results, strict=True)
            if (CONCERN in res.flags) == bool(r.labels[CONCERN])]
    return [r for _, _, r in sorted(sure, key=lambda x: (-x[0], x[1]))[:n]]


def test_with_the_default_settings_stored_labels_flip_the_decisions_they_contradict(
        retrain_home, seed_records, unseen_records, scorer):
    """Eight stored letters whose assessors contradict the model on one concern: with the default weight
    the challenger agrees with the assessors on every one, near certain (mean probability of the stored
    label 0.99 on the test model). Counted one for one (weight 1, the old behaviour) the same letters
    move much less (0.75): the weight, not the letters alone, makes the model learn them. (Whether one
    for one also crosses the threshold depends on which letters are picked: 3 of 8 flipped before the
    letters' features of 7 December, 8 of 8 after; the margin is what the weight controls.)"""
    picked = _confident_letters(scorer, unseen_records, 8)
    stored = [Record(f"store:{r.id}", r.doc_type, r.text, {**r.labels, CONCERN: 1 - r.labels[CONCERN]},
                     source=STORE_SOURCE) for r in picked]
    records = seed_records + stored
    analysed = AnalysisCache(retrain_home / "cache", RuleSet.load()).analyse(records)
    agree, toward = {}, {}
    for name, update in {"one for one": {"store_weight": 1.0}, "default": {}}.items():
        config = load_config(TINY_CONFIG).model_copy(update=update)
        objects, manifest = train(records, config, analysed=analysed)
        manifest["version"] = name
        results = score_records(Scorer(objects, manifest, rules=RuleSet.load()), stored)
        agree[name] = sum((CONCERN in res.flags) == bool(r.labels[CONCERN]) for r, res in zip(stored, results,
                                                                                                strict=True))
        toward[name] = sum(res.scores[CONCERN] if r.labels[CONCERN] else 1 - res.scores[CONCERN]
                           for r, res in zip(stored, results, strict=True)) / len(stored)
    assert load_config(TINY_CONFIG).store_weight == STORE_WEIGHT > 1
    assert agree["default"] == len(stored), agree
    assert toward["default"] >= 0.9 and toward["default"] - toward["one for one"] >= 0.1, (toward, agree)


# -- the gate's holdout: assessors' imports only -------------------------------------------------
def _in(split: str, records: list[Record]) -> list[Record]:
    return [r for r in records if split_of(r.id) == split]


def test_the_holdout_holds_only_assessor_imported_labels(tmp_path, seed_records, unseen_records, scorer):
    store = LabelStore(f"sqlite:///{tmp_path / 'labels.db'}")
    imported, fed_back = _in("holdout", unseen_records)[:2]
    import_file(store, write_wide_csv(tmp_path / "iqa.csv", [imported]))
    concern = next(iter(imported.labels))
    # A reviewer later contradicts the assessor on the imported document, and marks another draft.
    # Both are approved in the review queue: even approved web feedback never judges a challenger.
    store.add_feedback(imported.text, imported.doc_type, concern, 1 - imported.labels[concern], consent=True,
                       document_id=imported.id, status="approved")
    store.add_feedback(fed_back.text, fed_back.doc_type, concern, 1, consent=True, document_id=fed_back.id,
                       status="approved")
    data = gather(store, seed_records, scorer)
    assert [(r.id, r.labels) for r in data.holdout] == [(imported.id, imported.labels)]
    assert data.info["holdout_without_assessor_labels"] == 1
    assert data.info["holdout_labels_not_from_assessors"] == 1
    assert not any(r.id.endswith(fed_back.id) for r in data.records)  # still never trained on


# -- the gate's seed check -----------------------------------------------------------------------
def _metrics(macro: float) -> dict:
    return {"macro_f1": macro, "concerns": {"a": {"f1": macro}}}


def test_the_gate_refuses_a_challenger_that_moves_too_many_seed_decisions_and_says_why():
    moved = {"documents": 100, "decisions": 800, "moved": 80, "share": 0.1, "by_concern": {"missing_vrr": 70}}
    ok, reasons = decide(_metrics(0.8), _metrics(0.9), n_holdout=40, seed_moved=moved, max_seed_moved=0.05)
    assert not ok and "80 of 800" in reasons[0] and "missing_vrr 70" in reasons[0] and "5.0%" in reasons[0]
    ok, reasons = decide(_metrics(0.8), _metrics(0.9), n_holdout=40, seed_moved=moved, max_seed_moved=0.2)
    assert ok and "80 of 800" in reasons[0]


@pytest.fixture
def imported_retrain(retrain_home: Path, seed_records: list[Record], unseen_records: list[Record],
                     corpus_records: list[Record]):
    """Import ``unseen_records`` (labels flipped where asked) and retrain with the tiny config.

    The small seed is 270 drafts, not the corpus's 4,700: the default weight is scaled alike, so the 84
    stored drafts weigh against this seed as a batch of 84 weighs against the whole corpus at the default.
    """
    weight = STORE_WEIGHT * len(seed_records) / len(corpus_records)

    def run(flip: set[tuple[str, str]]):
        store = LabelStore.open(retrain_home)
        import_file(store, write_wide_csv(retrain_home / "iqa.csv", unseen_records, flip=flip))
        return retrain(store, Registry(retrain_home / "models"), seed_records, config=load_config(TINY_CONFIG),
                       cache_dir=retrain_home / "cache", store_weight=weight)
    return run


def test_a_batch_of_genuine_labels_is_promoted(imported_retrain):
    # At the default weight the seed check lets a genuine batch through. On its holdout (33 documents, 10 of
    # them reviews) the challenger makes fewer wrong decisions in all (25 -> 21) but two more on
    # code_test_unreasoned (F1 0.67 -> 0.55, 10 documents) and one more on three other concerns: two of
    # two changed decisions going wrong happens by chance one time in four, so the drops are noise and
    # the batch is promoted
    # (docs/retraining.md, "The gate at the new weight"; it was refused before this rule).
    result = imported_retrain(set())
    check, comparison = result.comparison["seed_check"], result.comparison
    assert check["documents"] > 30 and check["share"] <= comparison["rule"]["max_seed_moved"]
    assert comparison["rule"]["small_holdout"] == 30 and comparison["holdout_changes"]
    assert result.promoted and comparison["passed"], comparison["reasons"]


def test_a_batch_of_flipped_labels_is_not_promoted(imported_retrain, unseen_records):
    absence = ("missing_reasons", "missing_vrr", "no_case_strategy", "code_test_unreasoned", "lacks_empathy",
               "weak_case_analysis", "disclosure_not_addressed", "missing_meeting_offer")
    result = imported_retrain({(r.id, c) for r in unseen_records for c in absence if c in r.labels})
    assert not result.promoted and not result.comparison["passed"]
    assert any("seed validation" in reason for reason in result.comparison["reasons"]), result.comparison["reasons"]
