"""Retrain: seed corpus + stored labels in, a registered challenger and a comparison out.

1. Gather: store documents with text, merged by text (the latest label per concern wins).
   Documents in the stored holdout split are never trained on; a seed draft with the same text
   as a holdout document is dropped too. A stored label replaces the seed label of the same text
   (store labels outweigh seed labels). Concerns a stored document has no label for are filled
   from the seed draft of the same text, else from the champion's prediction.
2. Train the challenger (the champion's training config unless one is given), reusing cached
   analysis of texts seen before.
   Stored drafts weigh ``store_weight`` seed drafts each (training config, or ``CASECHECK_STORE_WEIGHT``),
   so an organisation's labels move the model rather than drown in the seed corpus.
3. Score champion and challenger on the holdout: per-concern F1, macro-F1, calibration error. The
   holdout holds assessors' imported labels only: web feedback never judges a challenger. Score both
   on the seed validation split too, and count the decisions the challenger changes there.
4. Register the challenger (always: versions are immutable and can be promoted later), with the
   comparison in its manifest and model card and in ``<registry>/comparisons/<version>.json``.
5. Promote only if macro-F1 does not drop, no concern's F1 drops by more than 0.02 and the challenger
   changes at most ``max_seed_moved`` of the seed validation decisions (a batch of wrong labels moves
   many; genuine ones few), or when forced with a reason (recorded in the promotion log). On a concern
   labelled on fewer than ``SMALL_HOLDOUT`` holdout documents, an F1 drop is noise, not a refusal, unless
   the decisions the challenger changed there went wrong more often than chance (a one-sided sign test
   below ``SMALL_HOLDOUT_ALPHA``: ``decide``).

A retrain killed at any point leaves the registry as it was: the registry writes a version in a
staging folder and renames it into place, and the champion pointer moves only after that.
"""

from __future__ import annotations

import fcntl
import math
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from model import Result, RuleSet, Schema, Scorer, default_schema
from model.registry import Registry, now_iso, write_json_atomic
from training.analysis_cache import AnalysisCache
from training.config import MAX_SEED_MOVED, SMALL_HOLDOUT_ALPHA, TrainingConfig, load_config
from training.dataset import STORE_SOURCE, Record, fingerprint, is_validation
from training.evaluate import concern_metrics, score_records
from training.model_card import model_card
from training.store import LabelStore, LabelStoreError, StoredDocument, text_sha256
from training.train import new_version, train

MAX_CONCERN_DROP = 0.02
ASSESSOR_SOURCE = "import"  # the label source of an IQA import: the only labels the holdout holds
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
    held = {d.text_sha256 for d in docs if d.split == "holdout"}
    assessed = {d.text_sha256: d for d in _merge_by_text(_assessor_labels_only(
        [d for d in stored if d.text_sha256 in held], store)) if d.labels}
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
    holdout = [Record(d.id, d.doc_type, d.text or "", dict(assessed[d.text_sha256].labels), source=STORE_SOURCE)
               for d in holdout_docs if d.text_sha256 in assessed]
    info["holdout_documents"] = len(holdout)
    info["holdout_without_assessor_labels"] = len(holdout_docs) - len(holdout)
    info["holdout_labels_not_from_assessors"] = (sum(len(d.labels) for d in holdout_docs)
                                                 - sum(len(r.labels) for r in holdout))
    return TrainingSet(kept_seed + store_records, holdout, info)


def _assessor_labels_only(docs: Sequence[StoredDocument], store: LabelStore) -> list[StoredDocument]:
    """``docs`` with only their latest imported (assessor) label per concern; web feedback is dropped."""
    latest: dict[str, dict[str, tuple[int, datetime]]] = {}
    for h in store.history():  # oldest first: a later label replaces an earlier one
        if h["source"] == ASSESSOR_SOURCE:
            at = datetime.fromisoformat(h["assessed_at"])
            latest.setdefault(h["document_id"], {})[h["concern"]] = (h["value"], at)
    out = []
    for d in docs:
        mine = latest.get(d.id, {})
        out.append(replace(d, labels={c: v for c, (v, _) in mine.items()},
                           assessed_at={c: at for c, (_, at) in mine.items()}))
    return out


def _record(d: StoredDocument, labels: dict[str, int]) -> Record:
    return Record(f"store:{d.id}", d.doc_type, d.text or "", labels, source=STORE_SOURCE)


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


def seed_decisions_moved(champion: Scorer, challenger: Scorer, records: Sequence[Record],
                         schema: Schema | None = None) -> dict[str, Any]:
    """How many of the (draft, concern) flag decisions on ``records`` the challenger changes."""
    schema = schema or default_schema()
    old, new = score_records(champion, records), score_records(challenger, records)
    moved: Counter[str] = Counter()
    decisions = 0
    for r, a, b in zip(records, old, new, strict=True):
        for concern in schema.concerns_for(r.doc_type):
            decisions += 1
            moved[concern] += (concern in a.flags) != (concern in b.flags)
    total = sum(moved.values())
    return {"documents": len(records), "decisions": decisions, "moved": total,
            "share": round(total / decisions, 4) if decisions else 0.0,
            "by_concern": {c: n for c, n in moved.most_common() if n}}


def decision_changes(holdout: Sequence[Record], old: Sequence[Result],
                     new: Sequence[Result]) -> dict[str, dict[str, int]]:
    """Per concern, the holdout decisions the challenger gets wrong where the champion was right
    (``worse``) and right where the champion was wrong (``better``)."""
    out: dict[str, dict[str, int]] = {}
    for r, a, b in zip(holdout, old, new, strict=True):
        for concern, y in r.labels.items():
            was, now = (concern in a.flags) == bool(y), (concern in b.flags) == bool(y)
            if was != now:
                row = out.setdefault(concern, {"worse": 0, "better": 0})
                row["worse" if was else "better"] += 1
    return out


def worse_by_chance(worse: int, better: int) -> float:
    """One-sided exact sign test: the chance that at least ``worse`` of the ``worse + better`` changed
    decisions go wrong if a change were as likely to fix a decision as to break it."""
    n = worse + better
    return sum(math.comb(n, k) for k in range(worse, n + 1)) / 2**n if n else 1.0


def decide(champion: dict[str, Any] | None, challenger: dict[str, Any], n_holdout: int,
           max_drop: float = MAX_CONCERN_DROP, seed_moved: dict[str, Any] | None = None,
           max_seed_moved: float = MAX_SEED_MOVED, changes: dict[str, dict[str, int]] | None = None,
           alpha: float = SMALL_HOLDOUT_ALPHA) -> tuple[bool, list[str]]:
    """Promote when macro-F1 does not drop, no concern's F1 drops by more than ``max_drop`` and the
    challenger changes at most ``max_seed_moved`` of the seed validation decisions.

    On a concern labelled on fewer than ``SMALL_HOLDOUT`` holdout documents one decision moves its F1 by
    0.03 to 0.33. There (given the paired ``changes``) a drop is tolerated, and said in the reasons,
    unless the decisions the challenger changed went wrong more often than chance allows
    (``worse_by_chance`` below ``alpha``); a macro-F1 drop is tolerated when every concern is that small
    and the changes pooled over the concerns pass the same test. The seed check applies in full.
    """
    if champion is None:
        return True, ["no champion yet"]
    reasons: list[str] = []
    tolerated: list[str] = []

    def noise(concerns: list[str]) -> bool:
        if changes is None or not all(0 < champion["concerns"][c].get("n", 0) < SMALL_HOLDOUT for c in concerns):
            return False
        rows = [changes.get(c, {"worse": 0, "better": 0}) for c in concerns]
        return worse_by_chance(sum(r["worse"] for r in rows), sum(r["better"] for r in rows)) >= alpha

    if n_holdout == 0:
        reasons.append("the store has no holdout labels from assessors' imports, so nothing to compare on "
                       "(promote with --force)")
    elif challenger["macro_f1"] < champion["macro_f1"] - 1e-9:
        drop = f"macro-F1 drops from {champion['macro_f1']:.4f} to {challenger['macro_f1']:.4f}"
        (tolerated if noise(list(champion["concerns"])) else reasons).append(drop)
    for concern, old in champion["concerns"].items() if n_holdout else ():
        new = challenger["concerns"].get(concern, {"f1": 0.0})
        if old["f1"] - new["f1"] > max_drop + 1e-9:
            drop = f"{concern} F1 drops by {old['f1'] - new['f1']:.4f} ({old['f1']:.4f} -> {new['f1']:.4f})"
            (tolerated if noise([concern]) else reasons).append(drop)
    moved = ""
    if seed_moved is not None:
        moved = (f"it changes {seed_moved['moved']} of {seed_moved['decisions']} decisions "
                 f"({seed_moved['share']:.1%}) on the seed validation set")
        if seed_moved["share"] > max_seed_moved + 1e-9:
            most = ", ".join(f"{c} {n}" for c, n in list(seed_moved["by_concern"].items())[:3])
            reasons.append(f"{moved}, more than the {max_seed_moved:.1%} allowed ({most}): the new labels "
                           "contradict the seed corpus; check them (casecheck labels audit) before forcing")
            moved = ""
    if reasons:
        return False, reasons
    noted = (f"; tolerated as noise (on concerns labelled on fewer than {SMALL_HOLDOUT} holdout documents, the "
             f"changed decisions went wrong no more often than chance, p >= {alpha}): " + ", ".join(tolerated)
             ) if tolerated else ""
    return True, [f"macro-F1 does not drop and no concern drops by more than {max_drop}{noted}"
                  + (f"; {moved} (at most {max_seed_moved:.1%} allowed)" if moved else "")]


def compare(champion: Scorer | None, challenger: Scorer, holdout: Sequence[Record],
            schema: Schema | None = None, max_drop: float = MAX_CONCERN_DROP,
            seed_validation: Sequence[Record] = (), max_seed_moved: float = MAX_SEED_MOVED) -> dict[str, Any]:
    """Both models on the same holdout and seed validation drafts; the deltas; whether to promote."""
    new_results = score_records(challenger, holdout)
    new = holdout_metrics(challenger, holdout, schema, new_results)
    old_results = score_records(champion, holdout) if champion is not None else []
    old = holdout_metrics(champion, holdout, schema, old_results) if champion is not None else None
    moved = (seed_decisions_moved(champion, challenger, seed_validation, schema)
             if champion is not None and seed_validation else None)
    changes = decision_changes(holdout, old_results, new_results) if champion is not None else {}
    passed, reasons = decide(old, new, len(holdout), max_drop, moved, max_seed_moved, changes)
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
                    "small": len(holdout) < SMALL_HOLDOUT, "label_sources": [ASSESSOR_SOURCE]},
        "metrics": {"champion": old, "challenger": new},
        "deltas": deltas,
        "seed_check": moved,
        "rule": {"macro_f1_may_not_drop": True, "max_concern_drop": max_drop, "max_seed_moved": max_seed_moved,
                 "small_holdout": SMALL_HOLDOUT, "small_holdout_alpha": SMALL_HOLDOUT_ALPHA},
        "holdout_changes": changes,
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
            max_seed_moved: float = MAX_SEED_MOVED, store_weight: float | None = None,
            progress: Callable[[str], None] | None = None) -> RetrainResult:
    """Train a challenger, compare it with the champion on the holdout, register, maybe promote.

    ``store_weight``: what one stored draft weighs against a seed draft (default: the config's).
    """
    say = progress or (lambda _message: None)
    rules = rules or RuleSet.load()
    with retrain_lock(registry):
        started = time.perf_counter()
        previous = registry.champion()
        champion = Scorer.from_registry(registry, previous, rules=rules) if previous else None
        if config is None:
            config = (TrainingConfig.model_validate(champion.manifest["training"]["config"])
                      if champion is not None else load_config())
        if store_weight is not None:
            config = config.model_copy(update={"store_weight": store_weight})
        data = gather(store, seed, champion)
        data.info["store_weight"] = config.store_weight
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
        seed_validation = [r for r in data.records
                           if r.source != STORE_SOURCE and is_validation(r.id, config.validation_share)]
        comparison = compare(champion, Scorer(bundle, manifest, rules=rules), data.holdout, max_drop=max_drop,
                             seed_validation=seed_validation, max_seed_moved=max_seed_moved)
        timing["compare"] = round(time.perf_counter() - t, 1)
        promote = comparison["passed"] or bool(force_reason)
        comparison.update(forced=bool(force_reason), force_reason=force_reason,
                          promoted=promote, training=data.info, who=who, created_at=now_iso(),
                          analysis_cache={"hits": cache.hits, "misses": cache.misses})
        timing["total"] = round(time.perf_counter() - started, 1)
        comparison["timing"] = timing
        # Facts at registration only: whether it was promoted lives in the registry and the promotion log.
        manifest["comparison"] = {k: v for k, v in comparison.items() if k != "promoted"}
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
