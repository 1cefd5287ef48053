"""Retrain: seed corpus + stored labels in, a registered challenger and a comparison out.

1. Gather: store documents with text, merged by text (the latest label per concern wins).
   Documents in the stored holdout split are never trained on; a seed draft with the same text
   as a holdout document is dropped too. A stored label replaces the seed label of the same text
   (store labels outweigh seed labels). Concerns a stored document has no label for are filled
   from the seed draft of the same text, else from the champion's prediction.
2. Train the challenger (the champion's training config unless one is given), reusing cached
   analysis of texts seen before.
3. Score champion and challenger on the holdout: per-concern F1, macro-F1, calibration error.
4. Register the challenger (always: versions are immutable and can be promoted later), with the
   comparison in its manifest and model card and in ``<registry>/comparisons/<version>.json``.
5. Promote only if macro-F1 does not drop and no concern's F1 drops by more than 0.02, or when
   forced with a reason (recorded in the promotion log).

A retrain killed at any point leaves the registry as it was: the registry writes a version in a
staging folder and renames it into place, and the champion pointer moves only after that.
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from model.registry import Registry, now_iso, write_json_atomic
from model.rules import RuleSet
from model.schema import Schema, default_schema
from model.scoring import Result, Scorer
from training.analysis_cache import AnalysisCache
from training.config import TrainingConfig, load_config
from training.dataset import Record, fingerprint
from training.evaluate import concern_metrics, score_records
from training.model_card import model_card
from training.store import LabelStore, LabelStoreError, StoredDocument, text_sha256
from training.train import new_version, train

MAX_CONCERN_DROP = 0.02
ECE_BINS = 10
SMALL_HOLDOUT = 30


class RetrainError(LabelStoreError):
    """A retrain could not run (another is running, no data); nothing was registered."""


@dataclass
class TrainingSet:
    records: list[Record]
    holdout: list[Record]
    info: dict[str, Any] = field(default_factory=dict)


@dataclass
class RetrainResult:
    version: str
    previous: str | None
    promoted: bool
    comparison: dict[str, Any]
    comparison_path: Path

    def summary(self) -> str:
        c = self.comparison
        m = c["metrics"]
        old = m["champion"]["macro_f1"] if m.get("champion") else None
        head = (f"challenger {self.version}: holdout macro-F1 {m['challenger']['macro_f1']:.3f}"
                + (f" (champion {self.previous}: {old:.3f})" if old is not None else "")
                + f" on {c['holdout']['documents']} documents")
        verdict = ("promoted" + (f" (forced: {c['force_reason']})" if c["forced"] else "")
                   if self.promoted else "not promoted: " + "; ".join(c["reasons"]))
        return f"{head}\n{verdict}"


# -- gather ---------------------------------------------------------------------------------------
def _merge_by_text(docs: Sequence[StoredDocument]) -> list[StoredDocument]:
    """One document per text: the latest label per concern over documents with that text."""
    groups: dict[str, list[StoredDocument]] = {}
    for d in docs:
        groups.setdefault(d.text_sha256, []).append(d)
    merged = []
    for members in groups.values():  # a text stored under two doc types is left out (see gather's info)
        first = min(members, key=lambda d: d.id)
        out = StoredDocument(first.id, first.doc_type, first.text, first.text_sha256,
                             "holdout" if any(d.split == "holdout" for d in members) else "train", first.source)
        latest: dict[str, Any] = {}
        for d in members:
            for concern, value in d.labels.items():
                at = d.assessed_at[concern]
                if concern not in latest or at >= latest[concern]:
                    latest[concern], out.labels[concern] = at, value
        if len({d.doc_type for d in members}) == 1:
            merged.append(out)
    return merged


def gather(store: LabelStore, seed: Sequence[Record], champion: Scorer | None = None,
           schema: Schema | None = None) -> TrainingSet:
    """Training records (seed + store train split) and holdout records (store holdout split)."""
    schema = schema or default_schema()
    stored = [d for d in store.documents(with_text=True) if d.labels]
    docs = _merge_by_text(stored)
    seed_by_sha = {text_sha256(r.text): r for r in seed}
    holdout_docs = [d for d in docs if d.split == "holdout"]
    train_docs = [d for d in docs if d.split == "train"]
    used = {d.text_sha256 for d in docs}
    kept_seed = [r for r in seed if text_sha256(r.text) not in used]
    info: dict[str, Any] = {
        "seed_records": len(seed), "seed_used": len(kept_seed),
        "seed_replaced_by_store": sum(d.text_sha256 in seed_by_sha for d in train_docs),
        "seed_dropped_for_holdout": sum(d.text_sha256 in seed_by_sha for d in holdout_docs),
        "store_documents": len(stored), "store_train_documents": len(train_docs),
        "left_out_conflicting_doc_types": len({d.text_sha256 for d in stored}) - len(docs),
        "store_labels_used": sum(len(d.labels) for d in train_docs),
        "filled_from_seed": 0, "filled_from_champion": 0, "dropped_incomplete": 0,
    }
    need_fill: list[tuple[StoredDocument, dict[str, int]]] = []
    store_records: list[Record] = []
    for d in train_docs:
        labels = dict(seed_by_sha[d.text_sha256].labels) if d.text_sha256 in seed_by_sha else {}
        info["filled_from_seed"] += len(set(labels) - set(d.labels))
        labels.update(d.labels)
        missing = set(schema.concerns_for(d.doc_type)) - set(labels)
        if missing:
            need_fill.append((d, labels))
        else:
            store_records.append(_record(d, labels))
    if need_fill and champion is not None:
        rows = [Record(d.id, d.doc_type, d.text or "", {}) for d, _ in need_fill]
        for (d, labels), result in zip(need_fill, score_records(champion, rows), strict=True):
            for concern in set(schema.concerns_for(d.doc_type)) - set(labels):
                labels[concern] = int(concern in result.flags)
                info["filled_from_champion"] += 1
            store_records.append(_record(d, labels))
    elif need_fill:
        info["dropped_incomplete"] = len(need_fill)
    holdout = [Record(d.id, d.doc_type, d.text or "", dict(d.labels), source="store") for d in holdout_docs]
    info["holdout_documents"] = len(holdout)
    return TrainingSet(kept_seed + store_records, holdout, info)


def _record(d: StoredDocument, labels: dict[str, int]) -> Record:
    return Record(f"store:{d.id}", d.doc_type, d.text or "", labels, source="store")


# -- compare --------------------------------------------------------------------------------------
def calibration_error(p: Sequence[float], y: Sequence[int], bins: int = ECE_BINS) -> float | None:
    """Expected calibration error: the gap between mean score and flag rate, over equal-width bins."""
    if not len(p):
        return None
    probs, labels = np.asarray(p, dtype=float), np.asarray(y, dtype=float)
    which = np.minimum((probs * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.sum() / len(probs) * abs(probs[mask].mean() - labels[mask].mean())
    return round(float(total), 4)


def holdout_metrics(scorer: Scorer, holdout: Sequence[Record], schema: Schema | None = None,
                    results: Sequence[Result] | None = None) -> dict[str, Any]:
    """Per-concern precision/recall/F1/ECE, macro-F1 and pooled ECE of ``scorer`` on ``holdout``."""
    schema = schema or default_schema()
    results = list(results) if results is not None else score_records(scorer, holdout)
    table = concern_metrics(holdout, results, list(schema.concerns))
    pooled_p: list[float] = []
    pooled_y: list[int] = []
    for concern, row in table.items():
        pairs = [(res.scores.get(concern, 0.0), r.labels[concern]) for r, res in zip(holdout, results, strict=True)
                 if concern in r.labels]
        row["ece"] = calibration_error([p for p, _ in pairs], [y for _, y in pairs])
        pooled_p += [p for p, _ in pairs]
        pooled_y += [y for _, y in pairs]
    scored = {c: m for c, m in table.items() if m["n"]}
    macro = round(sum(m["f1"] for m in scored.values()) / len(scored), 4) if scored else 0.0
    return {"version": scorer.version, "macro_f1": macro, "ece": calibration_error(pooled_p, pooled_y),
            "concerns": scored}


def decide(champion: dict[str, Any] | None, challenger: dict[str, Any], n_holdout: int,
           max_drop: float = MAX_CONCERN_DROP) -> tuple[bool, list[str]]:
    """Promote when macro-F1 does not drop and no concern's F1 drops by more than ``max_drop``."""
    if champion is None:
        return True, ["no champion yet"]
    if n_holdout == 0:
        return False, ["the store has no holdout labels, so nothing to compare on (promote with --force)"]
    reasons = []
    if challenger["macro_f1"] < champion["macro_f1"] - 1e-9:
        reasons.append(f"macro-F1 drops from {champion['macro_f1']:.4f} to {challenger['macro_f1']:.4f}")
    for concern, old in champion["concerns"].items():
        new = challenger["concerns"].get(concern, {"f1": 0.0})
        if old["f1"] - new["f1"] > max_drop + 1e-9:
            reasons.append(f"{concern} F1 drops by {old['f1'] - new['f1']:.4f} ({old['f1']:.4f} -> {new['f1']:.4f})")
    return not reasons, reasons or ["macro-F1 does not drop and no concern drops by more than "
                                    f"{max_drop}"]


def compare(champion: Scorer | None, challenger: Scorer, holdout: Sequence[Record],
            schema: Schema | None = None, max_drop: float = MAX_CONCERN_DROP) -> dict[str, Any]:
    """Both models on the same holdout; the deltas; whether the challenger may be promoted."""
    new = holdout_metrics(challenger, holdout, schema)
    old = holdout_metrics(champion, holdout, schema) if champion is not None else None
    passed, reasons = decide(old, new, len(holdout), max_drop)
    deltas = {}
    if old is not None:
        deltas = {"macro_f1": round(new["macro_f1"] - old["macro_f1"], 4),
                  "concerns": {c: round(new["concerns"].get(c, {"f1": 0.0})["f1"] - m["f1"], 4)
                               for c, m in old["concerns"].items()}}
    return {
        "challenger": challenger.version,
        "champion": champion.version if champion is not None else None,
        "holdout": {"documents": len(holdout), "labels": sum(len(r.labels) for r in holdout),
                    "fingerprint": fingerprint(holdout) if holdout else None,
                    "small": len(holdout) < SMALL_HOLDOUT},
        "metrics": {"champion": old, "challenger": new},
        "deltas": deltas,
        "rule": {"macro_f1_may_not_drop": True, "max_concern_drop": max_drop},
        "passed": passed,
        "reasons": reasons,
    }


# -- retrain --------------------------------------------------------------------------------------
@contextmanager
def retrain_lock(registry: Registry) -> Iterator[None]:
    """One retrain at a time per registry (an OS lock: released if the process dies)."""
    registry.root.mkdir(parents=True, exist_ok=True)
    with (registry.root / ".retrain.lock").open("a") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RetrainError(f"another retrain is running on {registry.root}; try again when it ends") from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def comparison_path(registry: Registry, version: str) -> Path:
    return registry.root / "comparisons" / f"{version}.json"


def retrain(store: LabelStore, registry: Registry, seed: Sequence[Record], *, config: TrainingConfig | None = None,
            rules: RuleSet | None = None, force_reason: str | None = None, who: str | None = None,
            cache_dir: Path | None = None, max_drop: float = MAX_CONCERN_DROP,
            progress: Callable[[str], None] | None = None) -> RetrainResult:
    """Train a challenger, compare it with the champion on the holdout, register, maybe promote."""
    say = progress or (lambda _message: None)
    rules = rules or RuleSet.load()
    with retrain_lock(registry):
        started = time.perf_counter()
        previous = registry.champion()
        champion = Scorer.from_registry(registry, previous, rules=rules) if previous else None
        if config is None:
            config = (TrainingConfig.model_validate(champion.manifest["training"]["config"])
                      if champion is not None else load_config())
        data = gather(store, seed, champion)
        if not data.records:
            raise RetrainError("nothing to train on: no seed corpus and no stored labels with text")
        timing: dict[str, float] = {"gather": round(time.perf_counter() - started, 1)}
        say(f"training challenger on {len(data.records)} drafts ({data.info['store_train_documents']} from the "
            f"store); holdout {len(data.holdout)} documents")
        t = time.perf_counter()
        cache = AnalysisCache(cache_dir, rules)
        analysed = cache.analyse(data.records)
        timing["analyse"] = round(time.perf_counter() - t, 1)
        t = time.perf_counter()
        bundle, manifest = train(data.records, config, rules=rules, analysed=analysed)
        timing["fit"] = round(time.perf_counter() - t, 1)
        version = new_version()
        manifest["version"] = version
        say(f"comparing {version} with {previous or 'no champion'} on the holdout")
        t = time.perf_counter()
        comparison = compare(champion, Scorer(bundle, manifest, rules=rules), data.holdout, max_drop=max_drop)
        timing["compare"] = round(time.perf_counter() - t, 1)
        promote = comparison["passed"] or bool(force_reason)
        comparison.update(forced=bool(force_reason), force_reason=force_reason,
                          promoted=promote, training=data.info, who=who, created_at=now_iso(),
                          analysis_cache={"hits": cache.hits, "misses": cache.misses})
        timing["total"] = round(time.perf_counter() - started, 1)
        comparison["timing"] = timing
        manifest["comparison"] = comparison
        registry.register(version, bundle, manifest, model_card(manifest))
        path = comparison_path(registry, version)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_json_atomic(path, comparison)
        if promote:
            registry.promote(version, reason=_promotion_reason(comparison), who=who)
        return RetrainResult(version, previous, promote, comparison, path)


def _promotion_reason(comparison: dict[str, Any]) -> str:
    new = comparison["metrics"]["challenger"]["macro_f1"]
    old = comparison["metrics"]["champion"]
    n = comparison["holdout"]["documents"]
    measured = (f"holdout macro-F1 {old['macro_f1']:.4f} -> {new:.4f} on {n} documents" if old
                else "first model")
    if comparison["forced"]:
        verdict = "the comparison passed anyway" if comparison["passed"] else "; ".join(comparison["reasons"])
        return f"retrain, forced: {comparison['force_reason']} ({measured}; {verdict})"
    return f"retrain: {measured}"


def read_comparison(registry: Registry, version: str) -> dict[str, Any] | None:
    """The comparison made when ``version`` was retrained (None for a plain ``train``).

    Read from the version's manifest, whose sha256 the registry checks; the copy in
    ``comparisons/`` is for people and tools.
    """
    return registry.manifest(version).get("comparison")


def default_cache_dir(home: Path) -> Path:
    return Path(home) / "cache"
