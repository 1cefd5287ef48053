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
from joblib import Parallel, delayed

from model import Bundle, ConcernGroup, Schema, default_schema
from model.pipeline import NAMED_OUTPUTS, feature_frame, make_pipeline, positive_proba
from model.registry import Registry, now_iso
from model.roles import SentenceRoleModel, role_of_sentences
from model.rules import RuleSet, hit_counts
from model.signals import Draft, analyse, load_signals
from training.config import TrainingConfig, load_config
from training.dataset import STORE_SOURCE, Record, fingerprint, is_validation
from training.model_card import model_card

ANALYSE_CHUNK = 200
THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.025), 3)


@dataclass
class Analysed:
    record: Record
    draft: Draft
    rule_counts: dict[str, int]


def _analyse_chunk(texts: list[str], rules: RuleSet) -> list[tuple[Draft, dict[str, int]]]:
    patterns = load_signals()
    out = []
    for text in texts:
        draft = analyse(text, patterns)
        out.append((draft, hit_counts(rules.find(draft.text, draft.spans))))
    return out


def analyse_records(records: Sequence[Record], rules: RuleSet, n_jobs: int = -1) -> list[Analysed]:
    """Sentences, signals and rule hits of every record, in parallel over the cores."""
    texts = [r.text for r in records]
    chunks = [texts[i : i + ANALYSE_CHUNK] for i in range(0, len(texts), ANALYSE_CHUNK)]
    if len(chunks) > 1 and n_jobs != 1:
        parts = Parallel(n_jobs=n_jobs)(delayed(_analyse_chunk)(c, rules) for c in chunks)
    else:
        parts = [_analyse_chunk(c, rules) for c in chunks]
    flat = [x for part in parts for x in part]
    return [Analysed(r, d, c) for r, (d, c) in zip(records, flat, strict=True)]


def groups(schema: Schema) -> dict[str, dict[str, Any]]:
    """Document kinds that share a concern list ("letter", "review")."""
    out: dict[str, dict[str, Any]] = {}
    for doc_type, info in schema.doc_types.items():
        g = out.setdefault(info["kind"], {"doc_types": [], "concerns": schema.concerns_for(doc_type)})
        g["doc_types"].append(doc_type)
    return out


def best_threshold(y: np.ndarray, p: np.ndarray, weight: np.ndarray | None = None,
                   tie_drafts: float = 0.0) -> tuple[float, float]:
    """The threshold with the best (weighted) F1 on (y, p); ties go to the one nearest 0.5.

    ``tie_drafts``: thresholds whose F1 is within ``tie_drafts / (2 * positives)`` of the best count
    as tied: about what that many validation drafts moving from right to wrong cost (one false alarm
    more at a perfect F1 costs ``1 / (2 * positives + 1)``).
    On a validation share the model nearly separates, the best F1 is often one draft ahead of a
    flat plateau, and the threshold then lands anywhere on it; the calibrated cut, 0.5, is the
    choice that does not depend on that one draft.
    """
    if y.sum() == 0 or y.sum() == len(y):
        return 0.5, float("nan")
    f1 = f1_by_threshold(y, p, weight)
    w = np.ones(len(y)) if weight is None else np.asarray(weight, dtype=float)
    tolerance = tie_drafts / (2 * float(w[np.asarray(y) == 1].sum()))
    tied = f1 >= f1.max() - tolerance - 1e-12
    scored = zip(tied.tolist(), (-abs(t - 0.5) for t in THRESHOLD_GRID), f1.tolist(), THRESHOLD_GRID, strict=True)
    _, _, best, t = max(scored)
    return float(t), float(best)


def f1_by_threshold(y: np.ndarray, p: np.ndarray, weight: np.ndarray | None = None) -> np.ndarray:
    """(Weighted) F1 of ``p >= t`` against ``y`` for every ``t`` of ``THRESHOLD_GRID`` at once (0 where undefined)."""
    w = np.ones(len(y)) if weight is None else np.asarray(weight, dtype=float)
    positive = np.asarray(y) == 1
    flagged = np.asarray(p)[None, :] >= THRESHOLD_GRID[:, None]
    tp = (flagged & positive) @ w
    wrong = (flagged & ~positive) @ w + (~flagged & positive) @ w  # false positives + false negatives
    return np.divide(2 * tp, 2 * tp + wrong, out=np.zeros(len(THRESHOLD_GRID)), where=(2 * tp + wrong) > 0)


def _fit_roles(texts: list[str], roles: list[str], seed: int, params: dict[str, Any]) -> SentenceRoleModel:
    return SentenceRoleModel(seed=seed, **params).fit(texts, roles)


def fit_roles(items: list[Analysed], cfg: TrainingConfig,
              kind: str | None = None) -> tuple[SentenceRoleModel | None, list[np.ndarray | None]]:
    """Fit the sentence role model on drafts whose parts are known.

    Lead tokens (``lead`` in the roles config) are for the kinds in ``cfg.specific_kinds``
    (reviews: labelled Code-stage and witness lines); other kinds fit without them.

    Drafts it was fitted on get out-of-fold role probabilities (two folds by id), so the
    document classifiers learn how far to trust roles on text the role model has not seen.
    """
    labelled = []
    for n, a in enumerate(items):
        if a.record.parts:
            spans = [(x.start, x.end) for x in a.draft.sentences]
            for sent, role in zip(a.draft.sentences, role_of_sentences(spans, a.record.parts), strict=True):
                if role:
                    labelled.append((n, sent.text, role))
    if len({role for _, _, role in labelled}) < 2:
        return None, [None] * len(items)
    params = cfg.roles.params() if cfg.roles else {}
    if kind is not None and kind not in cfg.specific_kinds:
        params.pop("lead", None)

    fold = [is_validation(a.record.id, 0.5) for a in items]
    subsets = [labelled] + [[x for x in labelled if fold[x[0]] != k] for k in (False, True)]
    final, *per_fold = Parallel(n_jobs=-1)(
        delayed(_fit_roles)([t for _, t, _ in rows], [r for _, _, r in rows], cfg.seed, params) for rows in subsets
    )
    fold_models = dict(zip((False, True), per_fold, strict=True))
    probas: list[np.ndarray | None] = []
    for n, a in enumerate(items):
        model = fold_models[fold[n]] if a.record.parts else final
        proba = model.predict_proba([x.text for x in a.draft.sentences])
        probas.append(_in_classes(proba, list(model.classes_), list(final.classes_)))
    return final, probas


def _in_classes(proba: np.ndarray, have: list[str], want: list[str]) -> np.ndarray:
    """Columns of ``proba`` (ordered as ``have``) rearranged to ``want``; a role a fold never saw is 0.

    On small data a fold can miss a rare role, so its columns differ from the final model's.
    """
    if have == want:
        return proba
    out = np.zeros((proba.shape[0], len(want)))
    for j, role in enumerate(have):
        if role in want:
            out[:, want.index(role)] = proba[:, j]
    return out


def group_frame(items: list[Analysed], probas: list[np.ndarray | None], roles: SentenceRoleModel | None,
                signal_names: list[str], feature_set: int = 1):
    return feature_frame([a.draft for a in items], [a.record.doc_type for a in items],
                         [a.rule_counts for a in items], signal_names,
                         probas if roles is not None else None, list(roles.classes_) if roles is not None else (),
                         feature_set)


def fit_pipeline(frame, y: np.ndarray, cfg: TrainingConfig, weight: np.ndarray | None = None,
                 concerns: Sequence[str] | None = None):
    """Fit the concerns' pipeline; ``concerns`` names ``y``'s columns (for pipelines in ``NAMED_OUTPUTS``)."""
    numeric = list(frame.columns[2:])
    pipeline = make_pipeline(cfg.concerns.pipeline, numeric, seed=cfg.seed, **cfg.concerns.params())
    if cfg.concerns.pipeline in NAMED_OUTPUTS:
        return pipeline.fit(frame, y, classify__sample_weight=weight, classify__outputs=concerns)
    return pipeline.fit(frame, y, classify__sample_weight=weight)


def sample_weights(records: Sequence[Record], cfg: TrainingConfig) -> np.ndarray:
    """``cfg.store_weight`` for stored (assessor-labelled) drafts, 1 for seed drafts."""
    return np.array([cfg.store_weight if r.source == STORE_SOURCE else 1.0 for r in records])


def train(records: Sequence[Record], config: TrainingConfig | None = None, schema: Schema | None = None,
          rules: RuleSet | None = None,
          analysed: Sequence[Analysed] | None = None) -> tuple[Bundle, dict[str, Any]]:
    """Fit everything; return (the bundle, its manifest without file hashes).

    ``analysed``: the records already analysed (``analyse_records``, or a cache of it), in order.
    """
    cfg = config or load_config()
    schema = schema or default_schema()
    rules = rules or RuleSet.load()
    started = time.perf_counter()
    patterns = load_signals()
    analysed = analyse_records(records, rules) if analysed is None else list(analysed)
    fitted: dict[str, ConcernGroup] = {}
    metrics: dict[str, Any] = {}
    for name, g in groups(schema).items():
        items = [a for a in analysed if a.record.doc_type in g["doc_types"]]
        if not items:
            continue
        roles, probas = fit_roles(items, cfg, name)
        feature_set = cfg.feature_set if name in cfg.specific_kinds else cfg.other_feature_set
        frame = group_frame(items, probas, roles, patterns.names, feature_set)
        y = np.array([[a.record.labels[c] for c in g["concerns"]] for a in items])
        val = np.array([is_validation(a.record.id, cfg.validation_share)
                        or (cfg.store_thresholds and a.record.source == STORE_SOURCE) for a in items])
        weight = sample_weights([a.record for a in items], cfg)
        # the validation model and the final model are independent fits: one per core
        pipeline, final = Parallel(n_jobs=-1)(
            delayed(fit_pipeline)(frame[rows], y[rows], cfg, weight[rows], g["concerns"])
            for rows in (~val, np.ones_like(val))
        )
        val_p = positive_proba(pipeline, frame[val])
        thresholds, confident, look = {}, {}, {}
        for j, concern in enumerate(g["concerns"]):
            t, f1 = best_threshold(y[val, j], val_p[:, j], weight[val], cfg.threshold_tie_drafts)
            thresholds[concern] = t
            confident[concern] = round(t + cfg.confident_margin * (1 - t), 3)
            look[concern] = round(cfg.look_share * t, 3)
            metrics[concern] = {"validation_f1": round(f1, 4), "threshold": t,
                                "validation_support": int(y[val, j].sum())}
        fitted[name] = ConcernGroup(g["doc_types"], g["concerns"], final, roles, thresholds, confident, look,
                                    feature_set)
    doctype = make_pipeline(cfg.doctype.pipeline, (), seed=cfg.seed, **cfg.doctype.params())
    bundle = Bundle(patterns.patterns, patterns.names, fitted,
                    doctype.fit([r.text for r in records], [r.doc_type for r in records],
                                classify__sample_weight=sample_weights(records, cfg)))
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
    return bundle, manifest


def new_version() -> str:
    return datetime.now(UTC).strftime("v%Y%m%d-%H%M%S-%f")[:-3]


def train_and_register(records: Sequence[Record], registry: Registry, config: TrainingConfig | None = None,
                       promote_if_first: bool = True, rules: RuleSet | None = None) -> str:
    """Train, register a new version, and make it champion if none exists."""
    bundle, manifest = train(records, config, rules=rules)
    version = new_version()
    manifest["version"] = version
    registry.register(version, bundle, manifest, model_card(manifest))
    if promote_if_first and registry.champion() is None:
        registry.promote(version, reason="first model")
    return version
