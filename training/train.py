"""Train: labelled records in, a registered model bundle out.

Stages: analyse every draft once (sentences, signals, rule hits); split deterministically;
fit one multi-label pipeline per document kind and a doc type classifier; choose each
concern's threshold on the validation split; refit on all records; register the bundle.
"""

from __future__ import annotations

import platform
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
import sklearn
import spacy
from sklearn.metrics import f1_score

from model.pipeline import feature_frame, make_pipeline, positive_proba
from model.registry import Registry, now_iso
from model.rules import RuleSet
from model.schema import Schema, default_schema
from model.scoring import _hit_counts
from model.signals import Draft, analyse, load_signals
from training.config import TrainingConfig, load_config
from training.dataset import Record, fingerprint, is_validation
from training.model_card import model_card

THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.025), 3)


@dataclass
class Analysed:
    record: Record
    draft: Draft
    rule_counts: dict[str, int]


def analyse_records(records: Sequence[Record], rules: RuleSet) -> list[Analysed]:
    patterns = load_signals()
    out = []
    for r in records:
        draft = analyse(r.text, patterns)
        out.append(Analysed(r, draft, _hit_counts(rules.find(draft.doc))))
    return out


def groups(schema: Schema) -> dict[str, dict[str, Any]]:
    """Document kinds that share a concern list ("letter", "review")."""
    out: dict[str, dict[str, Any]] = {}
    for doc_type, info in schema.doc_types.items():
        g = out.setdefault(info["kind"], {"doc_types": [], "concerns": schema.concerns_for(doc_type)})
        g["doc_types"].append(doc_type)
    return out


def best_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """The threshold with the best F1 on (y, p); ties go to the one nearest 0.5."""
    if y.sum() == 0 or y.sum() == len(y):
        return 0.5, float("nan")
    scored = [(f1_score(y, p >= t, zero_division=0), -abs(t - 0.5), t) for t in THRESHOLD_GRID]
    f1, _, t = max(scored)
    return float(t), float(f1)


def fit_group(items: list[Analysed], concerns: list[str], cfg: TrainingConfig, signal_names: list[str]):
    frame = feature_frame([a.draft for a in items], [a.record.doc_type for a in items],
                          [a.rule_counts for a in items], signal_names)
    y = np.array([[a.record.labels[c] for c in concerns] for a in items])
    numeric = list(frame.columns[2:])
    pipeline = make_pipeline(cfg.concerns.pipeline, numeric, seed=cfg.seed, **cfg.concerns.params())
    return pipeline.fit(frame, y), frame, y


def train(records: Sequence[Record], config: TrainingConfig | None = None, schema: Schema | None = None,
          rules: RuleSet | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fit everything; return (objects to pickle, manifest without file hashes)."""
    cfg = config or load_config()
    schema = schema or default_schema()
    rules = rules or RuleSet.load()
    started = time.perf_counter()
    patterns = load_signals()
    analysed = analyse_records(records, rules)
    objects: dict[str, Any] = {"format": 1, "signals": patterns.patterns, "signal_names": patterns.names, "groups": {}}
    metrics: dict[str, Any] = {}
    for name, g in groups(schema).items():
        items = [a for a in analysed if a.record.doc_type in g["doc_types"]]
        train_items = [a for a in items if not is_validation(a.record.id, cfg.validation_share)]
        val_items = [a for a in items if is_validation(a.record.id, cfg.validation_share)]
        pipeline, _, _ = fit_group(train_items, g["concerns"], cfg, patterns.names)
        val_frame = feature_frame([a.draft for a in val_items], [a.record.doc_type for a in val_items],
                                  [a.rule_counts for a in val_items], patterns.names)
        val_p = positive_proba(pipeline, val_frame)
        thresholds, confident = {}, {}
        for j, concern in enumerate(g["concerns"]):
            y = np.array([a.record.labels[concern] for a in val_items])
            t, f1 = best_threshold(y, val_p[:, j])
            thresholds[concern] = t
            confident[concern] = round(t + cfg.confident_margin * (1 - t), 3)
            metrics[concern] = {"validation_f1": round(f1, 4), "threshold": t, "validation_support": int(y.sum())}
        final, _, _ = fit_group(items, g["concerns"], cfg, patterns.names)
        objects["groups"][name] = {**g, "pipeline": final, "thresholds": thresholds, "confident": confident}
    doctype = make_pipeline(cfg.doctype.pipeline, (), seed=cfg.seed, **cfg.doctype.params())
    objects["doctype"] = doctype.fit([r.text for r in records], [r.doc_type for r in records])
    manifest = {
        "format": 1,
        "created_at": now_iso(),
        "training": {
            "records": len(records),
            "fingerprint": fingerprint(records),
            "by_doc_type": {t: sum(r.doc_type == t for r in records) for t in schema.doc_types},
            "seconds": round(time.perf_counter() - started, 1),
            "config": cfg.model_dump(),
        },
        "concerns": metrics,
        "libraries": {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
                      "spacy": spacy.__version__, "numpy": np.__version__},
    }
    return objects, manifest


def new_version() -> str:
    return datetime.now(UTC).strftime("v%Y%m%d-%H%M%S-%f")[:-3]


def train_and_register(records: Sequence[Record], registry: Registry, config: TrainingConfig | None = None,
                       promote_if_first: bool = True, rules: RuleSet | None = None) -> str:
    """Train, register a new version, and make it champion if none exists."""
    objects, manifest = train(records, config, rules=rules)
    version = new_version()
    manifest["version"] = version
    registry.register(version, objects, manifest, model_card(manifest))
    if promote_if_first and registry.champion() is None:
        registry.promote(version, reason="first model")
    return version
