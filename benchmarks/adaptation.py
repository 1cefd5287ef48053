"""How far can an organisation's labels move decisions on its other drafts? A fast, in-process bound.

The learning curve (``benchmarks/learning_curve.py``) retrains through ``casecheck`` for each writer, which
takes minutes. This scores every draft of each writer set (and the seed validation split) once with a
champion, then fits light corrections on the stored half of each writer and scores the other half, as
the learning curve splits them (half A by id, the store's hash holdout left out; half B scored). The
corrections work on the champion's scores only, so each variant takes seconds:

* ``bias``: per concern, a shift of the champion's logit fitted on the stored drafts (L2-shrunk to 0);
* ``ngrams``: the shift plus word 1-2 gram TF-IDF weights of the stored drafts (a "house layer");
* ``knn``: the score blended with the label of the most similar stored draft (TF-IDF cosine);
* ``oracle``: the bias or house layer fitted on half B itself, an in-sample upper bound of what a
  correction of this kind could gain.

It trains on half of a writer and scores the other half of the same writer, by design (it measures
adaptation to one organisation's writing); the default model is never fitted on these sets.

    python -m benchmarks.adaptation ../shared/data/d*.jsonl --home var
    python -m benchmarks.adaptation ../shared/data/d*.jsonl --home var --challengers /tmp/curve

``--challengers`` reads the learning curve's work folder: per writer, of the decisions on the stored drafts
the champion got wrong, how many the retrained challenger gets right (on the drafts it trained on), and
how many half-B decisions it changes: where a stored label's influence goes.

Prints one JSON line per variant: the gain in macro-F1 on half B per writer, the mean, and the share of
seed validation decisions the correction would change (the promotion gate's seed check).
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit, logit
from sklearn.feature_extraction.text import TfidfVectorizer

from benchmarks.learning_curve import halves
from model import Scorer, default_schema
from model.registry import Registry
from model.scoring import PRESENCE_RULES
from training.dataset import Record, default_corpus, is_validation, load_records
from training.evaluate import concern_metrics, score_records
from training.store import split_of

EPS = 0.01
KIND = {doc_type: info["kind"] for doc_type, info in default_schema().doc_types.items()}
Scored = dict[str, Any]  # id, doc_type, text, labels, scores, flags, split


def score_all(scorer: Scorer, records: Sequence[Record]) -> list[Scored]:
    return [{"id": r.id, "doc_type": r.doc_type, "text": r.text, "labels": r.labels, "scores": x.scores,
             "flags": set(x.flags), "split": split_of(r.id)} for r, x in zip(records, score_records(scorer, records),
                                                                             strict=True)]


def macro_f1(docs: Sequence[Scored], flags: Sequence[set[str]]) -> float:
    """As ``casecheck evaluate``: mean F1 over the concerns labelled on ``docs``."""
    concerns = sorted({c for d in docs for c in d["labels"]})
    table = concern_metrics([_record(d) for d in docs], [SimpleNamespace(flags=f) for f in flags], concerns)
    return statistics.mean(m["f1"] for m in table.values())


def fit_shift(x: np.ndarray, offset: np.ndarray, y: np.ndarray, lam: float, lam_b: float) -> np.ndarray:
    """Logistic regression with ``offset`` (the champion's logit): [bias, weights], L2-shrunk to 0."""
    def loss(v: np.ndarray) -> tuple[float, np.ndarray]:
        z = offset + v[0] + x @ v[1:]
        g = expit(z) - y
        value = np.sum(np.logaddexp(0, z) - y * z) + lam / 2 * v[1:] @ v[1:] + lam_b / 2 * v[0] ** 2
        return float(value), np.concatenate([[g.sum() + lam_b * v[0]], x.T @ g + lam * v[1:]])
    return minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x


def _texts(stored: list[Scored], scored: list[Scored], ngrams: bool) -> tuple[np.ndarray, np.ndarray]:
    if not ngrams:
        return np.zeros((len(stored), 0)), np.zeros((len(scored), 0))
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2 if len(stored) > 6 else 1)
    return (vec.fit_transform([d["text"] for d in stored]).toarray(),
            vec.transform([d["text"] for d in scored]).toarray())


def adapt(stored: list[Scored], scored: list[Scored], thresholds: dict[str, float], lam: float = 1.0,
          lam_b: float = 1.0, ngrams: bool = False, knn: float = 0.0) -> list[set[str]]:
    """The flags on ``scored`` after a correction fitted on ``stored`` (per document kind and concern)."""
    flags = [set(d["flags"]) for d in scored]
    for kind in ("letter", "review"):
        mine = [d for d in stored if KIND[d["doc_type"]] == kind]
        where = [i for i, d in enumerate(scored) if KIND[d["doc_type"]] == kind]
        if not mine or not where:
            continue
        x_stored, x_scored = _texts(mine, [scored[i] for i in where], ngrams or knn > 0)
        for c in sorted({c for d in mine for c in d["labels"]} - set(PRESENCE_RULES)):
            rows = [j for j, d in enumerate(mine) if c in d["labels"]]
            cols = [k for k, i in enumerate(where) if c in scored[i]["scores"]]
            y = np.array([mine[j]["labels"][c] for j in rows], dtype=float)
            base = np.array([mine[j]["scores"][c] for j in rows])
            offset = logit(np.clip(base, EPS, 1 - EPS))
            v = np.zeros(1) if knn else fit_shift(x_stored[rows], offset, y, lam, lam_b)
            p = np.clip(np.array([scored[where[k]]["scores"][c] for k in cols]), EPS, 1 - EPS)
            z = logit(p) + v[0] + (x_scored[cols] @ v[1:] if len(v) > 1 else 0)
            if knn:
                sim = x_scored[cols] @ x_stored[rows].T
                share = knn * sim.max(axis=1)
                z = logit(np.clip((1 - share) * expit(z) + share * y[sim.argmax(axis=1)], 1e-6, 1 - 1e-6))
            t = logit(np.clip(thresholds[c], EPS, 1 - EPS))
            for k, value in zip(cols, z, strict=True):
                (flags[where[k]].add if value >= t else flags[where[k]].discard)(c)
    return flags


VARIANTS: dict[str, dict[str, Any]] = {
    "bias l=1": {"lam_b": 1.0}, "bias l=10": {"lam_b": 10.0},
    "ngrams l=0.3": {"lam": 0.3, "lam_b": 1.0, "ngrams": True},
    "ngrams l=1": {"lam": 1.0, "lam_b": 1.0, "ngrams": True},
    "knn 0.5": {"knn": 0.5},
}
ORACLES: dict[str, dict[str, Any]] = {"oracle bias l=0.1": {"lam_b": 0.1},
                                      "oracle ngrams l=0.3": {"lam": 0.3, "lam_b": 1.0, "ngrams": True}}


def run_variants(writers: dict[str, list[Scored]], seed_val: list[Scored], thresholds: dict[str, float]) -> None:
    for name, params in {**VARIANTS, **ORACLES}.items():
        gains, moved = {}, []
        for writer, docs in writers.items():
            part_a, part_b = halves(docs)
            stored = part_b if name.startswith("oracle") else [d for d in part_a if d["split"] == "train"]
            before = macro_f1(part_b, [d["flags"] for d in part_b])
            gains[writer] = round(macro_f1(part_b, adapt(stored, part_b, thresholds, **params)) - before, 4)
            if not name.startswith("oracle"):
                after = adapt(stored, seed_val, thresholds, **params)
                changed = sum(len(d["flags"] ^ f) for d, f in zip(seed_val, after, strict=True))
                moved.append(round(changed / sum(len(d["scores"]) for d in seed_val), 4))
        print(json.dumps({"variant": name, "gain": gains, "mean_gain": round(statistics.mean(gains.values()), 4),
                          "seed_moved_share": moved}), flush=True)


def influence(writers: dict[str, list[Scored]], work: Path) -> None:
    """Per writer: the learning curve's challenger (promoted there with --force) against the champion."""
    for writer, docs in writers.items():
        home = next(iter(sorted(work.glob(f"curve-{writer}-*"))), None)
        if home is None:
            continue
        challenger = Scorer.from_registry(Registry(home / "models"))
        part_a, part_b = halves(docs)
        trained = [d for d in part_a if d["split"] == "train"]
        after = {a["id"]: a["flags"] for a in score_all(challenger, [_record(d) for d in trained])}
        wrong = [(d, c) for d in trained for c, y in d["labels"].items() if (c in d["flags"]) != bool(y)]
        fixed = sum((c in after[d["id"]]) == bool(d["labels"][c]) for d, c in wrong)
        later = score_all(challenger, [_record(d) for d in part_b])
        changed = sum(len(d["flags"] ^ a["flags"]) for d, a in zip(part_b, later, strict=True))
        print(json.dumps({"writer": writer, "challenger": challenger.version, "stored_trained_on": len(trained),
                          "stored_decisions_wrong_before": len(wrong), "fixed_in_sample": fixed,
                          "half_b_decisions_changed": changed,
                          "half_b_decisions": sum(len(d["scores"]) for d in part_b)}), flush=True)


def _record(d: Scored) -> Record:
    return Record(d["id"], d["doc_type"], d["text"], d["labels"])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="One labelled JSONL file per writer set.")
    parser.add_argument("--home", type=Path, default=Path("var"), help="Home whose champion is the base.")
    parser.add_argument("--challengers", type=Path, help="The learning curve's --work folder.")
    args = parser.parse_args(argv)
    champion = Scorer.from_registry(Registry(args.home / "models"))
    thresholds = {c: t for g in champion.bundle.groups.values() for c, t in g.thresholds.items()}
    writers = {path.stem: score_all(champion, load_records([path])) for path in args.files}
    if args.challengers:
        influence(writers, args.challengers)
        return
    seed_val = score_all(champion, [r for r in load_records(default_corpus()) if is_validation(r.id, 0.2)])
    run_variants(writers, seed_val, thresholds)


if __name__ == "__main__":
    main()
