"""Where to label next, and which stored labels to check again.

``suggest``: drafts (scored by ``casecheck score``, or plain ``id``/``text`` rows scored here
with the champion) in, a ranked list out. A draft is worth labelling when a concern's score sits
near that concern's threshold (the model is unsure). The ranking takes the most uncertain draft
of each (doc type, concern) in turn, so a batch covers the concerns and doc types instead of
piling onto one. Drafts already in the store (same id or same text) are left out.

``audit``: stored labels in, the ones that out-of-fold predictions strongly disagree with out
(likely label errors, for an assessor to re-check). Each stored document is predicted by a model
that never saw it: per concern, a logistic regression on the champion's features (signals, rule
counts, sentence roles) fitted on the seed corpus plus the other folds of the store. cleanlab's
``find_label_issues`` picks the suspect labels; without cleanlab, the same confident-learning
rule is applied here (a label is suspect when the other class's out-of-fold probability is at
least that class's average self-confidence and higher than the given label's). Per-assessor
counts of suspect labels show who to calibrate with.
"""

from __future__ import annotations

import csv
import hashlib
import io
import warnings
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from model import Schema, Scorer, default_schema
from model.files import JsonlError, jsonl_objects, write_table
from model.pipeline import feature_matrix
from model.roles import role_probas
from training.analysis_cache import AnalysisCache
from training.dataset import Record
from training.store import LabelStore, StoredDocument

SCORE_BATCH = 64


class SuggestInputError(ValueError):
    """The drafts file cannot be read; the message names the file and line."""


@dataclass
class Suggestion:
    rank: int
    id: str
    doc_type: str
    concern: str
    score: float
    threshold: float
    uncertainty: float
    line: int
    text: str | None = None


# -- suggest --------------------------------------------------------------------------------------
def uncertainty(p: float, threshold: float) -> float:
    """1 at the threshold, 0 at a certain 0 or 1: one minus the distance scaled to that side."""
    if p >= threshold:
        return round(1 - (p - threshold) / max(1 - threshold, 1e-9), 4)
    return round(1 - (threshold - p) / max(threshold, 1e-9), 4)


def read_drafts(path: Path) -> list[dict[str, Any]]:
    """Rows of a JSONL or CSV file of drafts (``casecheck score`` output or ``id``, ``text``, ``doc_type``)."""
    try:
        # newline="": a CSV field keeps its own line ends (a CRLF draft comes back as written)
        with Path(path).open(encoding="utf-8-sig", newline="") as fh:
            content = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise SuggestInputError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or 'not UTF-8'})") from None
    rows: list[dict[str, Any]] = []
    if Path(path).suffix.lower() == ".csv":
        for number, row in enumerate(csv.DictReader(io.StringIO(content, newline="")), start=2):
            rows.append({**_scored_columns(row), "_line": number})
    else:
        try:
            rows += [{**obj, "_line": number} for number, obj in jsonl_objects(content.splitlines())]
        except JsonlError as exc:
            raise SuggestInputError(f"{path}:{exc.line}: {exc.reason}") from None
    for row in rows:
        if row.get("error") in (None, ""):
            row.pop("error", None)
        if row.get("id") in (None, ""):
            raise SuggestInputError(f"{path}:{row['_line']}: row has no id")
        if not isinstance(row.get("scores"), dict) and not str(row.get("text") or "").strip():
            raise SuggestInputError(f"{path}:{row['_line']}: row has neither scores nor text")
    return rows


def _scored_columns(row: dict[str, Any]) -> dict[str, Any]:
    """A row of ``casecheck score`` tabular output: its ``p_<concern>`` columns become ``scores``."""
    scores = {k[2:]: float(v) for k, v in row.items() if k.startswith("p_") and v not in (None, "")}
    if scores:
        row = {**row, "scores": scores}
    return row


def thresholds_of(scorer: Scorer) -> dict[str, float]:
    return scorer.bundle.thresholds()


def score_rows(scorer: Scorer, rows: Sequence[dict[str, Any]]) -> None:
    """Add ``doc_type`` and ``scores`` (in place) to rows that have only text, or text and another
    model's scores (thresholds are the champion's, so its scores are the ones to compare)."""
    todo = [r for r in rows if not isinstance(r.get("scores"), dict)
            or (r.get("text") and r.get("model_version") not in (None, "", scorer.version))]
    for i in range(0, len(todo), SCORE_BATCH):
        chunk = todo[i : i + SCORE_BATCH]
        results = scorer.score_many([r["text"] for r in chunk], [r.get("doc_type") or None for r in chunk],
                                    explain=False)
        for row, result in zip(chunk, results, strict=True):
            row["doc_type"], row["scores"] = result.doc_type, result.scores


def suggest(rows: Sequence[dict[str, Any]], scorer: Scorer, n: int = 50, store: LabelStore | None = None,
            schema: Schema | None = None) -> list[Suggestion]:
    """The ``n`` drafts a label would help most, spread over (doc type, concern)."""
    schema = schema or default_schema()
    known_ids = store.known_ids() if store else set()
    known_hashes = store.known_hashes() if store else set()
    fresh = [r for r in rows if str(r["id"]) not in known_ids and "error" not in r
             and not (r.get("text") and hashlib.sha256(str(r["text"]).encode()).hexdigest() in known_hashes)]
    score_rows(scorer, fresh)
    thresholds = thresholds_of(scorer)
    buckets: dict[tuple[str, str], list[Suggestion]] = defaultdict(list)
    for row in fresh:
        doc_type = row.get("doc_type")
        if doc_type not in schema.doc_types:
            continue
        best = max(((uncertainty(float(row["scores"][c]), thresholds[c]), c) for c in schema.concerns_for(doc_type)
                    if c in row["scores"] and c in thresholds), default=None)
        if best is None:
            continue
        u, concern = best
        buckets[(doc_type, concern)].append(Suggestion(0, str(row["id"]), doc_type, concern,
                                                       round(float(row["scores"][concern]), 4),
                                                       thresholds[concern], u, int(row.get("_line", 0)),
                                                       row.get("text")))
    for items in buckets.values():
        items.sort(key=lambda s: (-s.uncertainty, s.id))
    picked: list[Suggestion] = []
    while len(picked) < n and any(buckets.values()):
        heads = sorted((items[0] for items in buckets.values() if items), key=lambda s: (-s.uncertainty, s.id))
        for head in heads[: n - len(picked)]:
            buckets[(head.doc_type, head.concern)].pop(0)
            picked.append(head)
    for rank, s in enumerate(picked, start=1):
        s.rank = rank
    return picked


def write_suggestions(path: Path, suggestions: Sequence[Suggestion], schema: Schema | None = None) -> None:
    """A CSV in the import's wide layout, concern columns empty: assessors fill it in and import it."""
    schema = schema or default_schema()
    columns = ["id", "doc_type", "text", "assessor", "assessed_at", *schema.concerns, "rank", "why"]
    write_table(Path(path), columns, ({"id": s.id, "doc_type": s.doc_type, "text": s.text or "", "rank": s.rank,
                                       "why": f"{s.concern} score {s.score} near threshold {s.threshold}"}
                                      for s in suggestions))


# -- audit ----------------------------------------------------------------------------------------
@dataclass
class Suspect:
    document_id: str
    doc_type: str
    concern: str
    label: int
    flag_probability: float
    label_quality: float
    assessor: str
    assessed_at: str


def fold(document_id: str, folds: int) -> int:
    """A document's audit fold: a hash of its id (stable across runs)."""
    return int(hashlib.sha256(f"audit:{document_id}".encode()).hexdigest()[:8], 16) % folds


def _features(champion: Scorer, group: str, records: Sequence[Record], cache: AnalysisCache) -> np.ndarray:
    spec = champion.bundle.groups[group]
    analysed = cache.analyse(records)
    drafts = [a.draft for a in analysed]
    classes = list(spec.roles.classes_) if spec.roles is not None else []
    matrix = feature_matrix(drafts, [a.rule_counts for a in analysed], champion.bundle.signal_names,
                            role_probas(spec.roles, drafts), classes, spec.feature_set)
    doc_types = sorted(spec.doc_types)
    one_hot = np.array([[r.doc_type == t for t in doc_types] for r in records], dtype=float)
    return np.hstack([matrix, one_hot])


def _fit_predict(x: np.ndarray, y: np.ndarray, x_new: np.ndarray, c: float, seed: int) -> np.ndarray:
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=500, random_state=seed)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=ConvergenceWarning)  # a rough fit still ranks labels
        clf.fit(x, y)
    return clf.predict_proba(x_new)[:, list(clf.classes_).index(1)]


def out_of_fold(store_docs: Sequence[StoredDocument], seed: Sequence[Record], champion: Scorer,
                cache: AnalysisCache, folds: int = 5, schema: Schema | None = None) -> dict[tuple[str, str], float]:
    """Out-of-fold probability of a flag for every stored (document, concern) label."""
    schema = schema or default_schema()
    params = champion.manifest["training"]["config"]
    c, seed_value = float(params["concerns"].get("C", 1.0)), int(params.get("seed", 0))
    out: dict[tuple[str, str], float] = {}
    fold_of = {d.id: fold(d.id, folds) for d in store_docs}
    for group, spec in champion.bundle.groups.items():
        docs = [d for d in store_docs if d.doc_type in spec.doc_types and d.text]
        if not docs:
            continue
        seed_rows = [r for r in seed if r.doc_type in spec.doc_types]
        store_rows = [Record(d.id, d.doc_type, d.text or "", dict(d.labels)) for d in docs]
        x_all = _features(champion, group, seed_rows + store_rows, cache)
        x_all = StandardScaler().fit_transform(x_all)
        x_seed, x_store = x_all[: len(seed_rows)], x_all[len(seed_rows):]
        for concern in spec.concerns:
            has = np.array([concern in d.labels for d in docs])
            y_store = np.array([d.labels.get(concern, 0) for d in docs])
            y_seed = np.array([r.labels[concern] for r in seed_rows])
            for k in range(folds):
                test = has & np.array([fold_of[d.id] == k for d in docs])
                if not test.any():
                    continue
                train_mask = has & ~test
                x = np.vstack([x_seed, x_store[train_mask]])
                y = np.concatenate([y_seed, y_store[train_mask]])
                if len(set(y.tolist())) < 2:
                    continue
                for i, p in zip(np.flatnonzero(test), _fit_predict(x, y, x_store[test], c, seed_value), strict=True):
                    out[(docs[i].id, concern)] = float(p)
    return out


def find_issues(labels: np.ndarray, flag_p: np.ndarray) -> tuple[np.ndarray, str]:
    """Boolean mask of suspect labels, and the method used (cleanlab, or the same rule here)."""
    pred_probs = np.column_stack([1 - flag_p, flag_p])
    if len(labels) >= 10 and len(set(labels.tolist())) == 2:
        try:
            from cleanlab.filter import find_label_issues
        except ImportError:  # pragma: no cover - cleanlab is a dependency; the rule below is its equivalent
            pass
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # cleanlab warns about small classes; the mask is still right
                mask = find_label_issues(labels, pred_probs, filter_by="confident_learning")
            return np.asarray(mask, dtype=bool), "cleanlab"
    return confident_learning_issues(labels, pred_probs), "confident-learning"


def confident_learning_issues(labels: np.ndarray, pred_probs: np.ndarray) -> np.ndarray:
    """Confident learning's off-diagonal rule (Northcutt et al.), as cleanlab applies it."""
    thresholds = np.array([pred_probs[labels == k, k].mean() if (labels == k).any() else 1.0 for k in (0, 1)])
    mask = np.zeros(len(labels), dtype=bool)
    for i, (given, probs) in enumerate(zip(labels, pred_probs, strict=True)):
        confident = [k for k in (0, 1) if probs[k] >= thresholds[k]]
        if confident:
            best = max(confident, key=lambda k: probs[k])
            mask[i] = best != given and probs[best] > probs[given]
    return mask


def audit(store: LabelStore, champion: Scorer, seed: Sequence[Record], cache: AnalysisCache, folds: int = 5,
          n: int | None = None) -> dict[str, Any]:
    """Stored labels that out-of-fold predictions strongly disagree with, and per-assessor counts."""
    docs = [d for d in store.documents(with_text=True) if d.labels]
    oof = out_of_fold(docs, seed, champion, cache, folds)
    by_id = {d.id: d for d in docs}
    suspects: list[Suspect] = []
    methods: Counter[str] = Counter()
    audited: Counter[str] = Counter()
    for concern in store.schema.concerns:
        keys = [(doc_id, c) for doc_id, c in oof if c == concern]
        if not keys:
            continue
        labels = np.array([by_id[d].labels[concern] for d, _ in keys])
        flag_p = np.array([oof[k] for k in keys])
        mask, method = find_issues(labels, flag_p)
        methods[method] += 1
        for (doc_id, _), y, p, bad in zip(keys, labels, flag_p, mask, strict=True):
            doc = by_id[doc_id]
            audited[doc.assessor[concern] or "(none)"] += 1
            if bad:
                suspects.append(Suspect(doc_id, doc.doc_type, concern, int(y), round(float(p), 4),
                                        round(float(p if y else 1 - p), 4), doc.assessor[concern],
                                        doc.assessed_at[concern].isoformat()))
    suspects.sort(key=lambda s: (s.label_quality, s.document_id, s.concern))
    flagged = Counter(s.assessor or "(none)" for s in suspects)
    assessors = {who: {"audited": audited[who], "suspect": flagged[who],
                       "suspect_rate": round(flagged[who] / audited[who], 3) if audited[who] else None}
                 for who in sorted(audited)}
    return {"documents": len(docs), "labels_audited": sum(audited.values()), "suspects": len(suspects),
            "method": "+".join(sorted(methods)) or "none", "folds": folds,
            "items": [asdict(s) for s in (suspects[:n] if n else suspects)], "assessors": assessors}
