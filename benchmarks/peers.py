"""Peers: casecheck against two plain text classifiers on independent drafts, in one run.

Both peers are trained on the seed corpus (``data/corpus``) alone, one multi-label model per kind of
document (letters; reviews), as casecheck is; each concern's threshold is the best F1 on the seed's
validation split (``training.dataset.is_validation``, 20 %), then the peer is refitted on the whole seed:
- ``tfidf_logreg``: word 1-2 gram + character 2-5 gram tf-idf, one balanced logistic regression per concern;
- ``spacy_textcat``: spaCy ``textcat_multilabel`` on a blank English pipeline (bag-of-words n-gram
  architecture ``spacy.TextCatBOW.v3``, CPU, ``--epochs`` passes).
casecheck is the champion of ``--home`` (default ``var``: the default model). All three score the given
files with the given doc types; per-concern precision, recall and F1, and macro-F1 over the concerns.

    python -m benchmarks.peers ../shared/data/d*.jsonl
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from model import default_schema
from training.dataset import Record, default_corpus, is_validation, load_records
from training.evaluate import concern_metrics, score_records
from training.train import best_threshold, groups

Predict = Callable[[list[str]], np.ndarray]  # texts -> probabilities (n_texts, n_concerns)
Fit = Callable[[list[str], np.ndarray], Predict]


def fit_tfidf_logreg(texts: list[str], y: np.ndarray, seed: int = 13) -> Predict:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multioutput import MultiOutputClassifier
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=100_000),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True, max_features=200_000),
    )
    classify = MultiOutputClassifier(LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000,
                                                        random_state=seed))
    model = make_pipeline(features, classify).fit(texts, y)
    return lambda new: np.column_stack([p[:, 1] for p in model.predict_proba(new)])


def fit_spacy_textcat(texts: list[str], y: np.ndarray, concerns: Sequence[str], epochs: int,
                      seed: int = 13) -> Predict:
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
        "no_output_layer": False, "length": 262144}})
    for concern in concerns:
        textcat.add_label(concern)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": {c: float(v) for c, v in zip(concerns, row,
                                                                                           strict=True)}})
                for t, row in zip(texts, y, strict=True)]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.1)
    return lambda new: np.array([[doc.cats[c] for c in concerns] for doc in nlp.pipe(new, batch_size=64)])


def fit_peer(fit: Fit, seed: list[Record], concerns: list[str]) -> tuple[Predict, dict[str, float]]:
    """Thresholds from the validation split, then the model refitted on all of ``seed``."""
    y = np.array([[r.labels[c] for c in concerns] for r in seed])
    val = np.array([is_validation(r.id) for r in seed])
    texts = np.array([r.text for r in seed], dtype=object)
    p = fit(list(texts[~val]), y[~val])(list(texts[val]))
    thresholds = {c: best_threshold(y[val, j], p[:, j])[0] for j, c in enumerate(concerns)}
    return fit(list(texts), y), thresholds


def peer_flags(fit: Callable[..., Predict], seed: list[Record], test: list[Record]) -> tuple[list[set[str]], float]:
    """Each test draft's flagged concerns from one peer per document kind; seconds to train."""
    started = time.perf_counter()
    flags: list[set[str]] = [set() for _ in test]
    for g in groups(default_schema()).values():
        concerns = g["concerns"]
        predict, thresholds = fit_peer(lambda t, y, c=concerns: fit(t, y, c),
                                       [r for r in seed if r.doc_type in g["doc_types"]], concerns)
        idx = [i for i, r in enumerate(test) if r.doc_type in g["doc_types"]]
        p = predict([test[i].text for i in idx])
        for row, i in enumerate(idx):
            flags[i] = {c for j, c in enumerate(concerns) if p[row, j] >= thresholds[c]}
    return flags, time.perf_counter() - started


class Flags:
    """What ``training.evaluate.concern_metrics`` reads of a result."""

    def __init__(self, flags: set[str]) -> None:
        self.flags = flags


def table(test: list[Record], flags: Sequence[Any]) -> dict[str, Any]:
    concerns = concern_metrics(test, flags, list(default_schema().concerns))
    scored = [m["f1"] for m in concerns.values() if m["n"]]
    return {"macro_f1": round(sum(scored) / len(scored), 4), "concerns": concerns}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="Labelled JSONL drafts to score.")
    parser.add_argument("--home", type=Path, default=Path("var"), help="casecheck home whose champion is scored.")
    parser.add_argument("--epochs", type=int, default=10, help="spaCy training passes.")
    parser.add_argument("--json", type=Path, help="Also write the full results here.")
    args = parser.parse_args(argv)
    from model import Registry, RuleSet, Scorer

    seed, test = load_records(default_corpus()), load_records(args.files)
    scorer = Scorer.from_registry(Registry(args.home / "models"), rules=RuleSet.load())
    results = {"casecheck": table(test, score_records(scorer, test))}
    results["casecheck"]["model"] = scorer.version
    peers: dict[str, Callable[..., Predict]] = {
        "tfidf_logreg": lambda t, y, c: fit_tfidf_logreg(t, y),
        "spacy_textcat": lambda t, y, c: fit_spacy_textcat(t, y, c, args.epochs),
    }
    for name, fit in peers.items():
        flags, seconds = peer_flags(fit, seed, test)
        results[name] = {**table(test, [Flags(f) for f in flags]), "train_seconds": round(seconds, 1)}
    concerns = [c for c, m in results["casecheck"]["concerns"].items() if m["n"]]
    print(f"{len(test)} drafts from {', '.join(p.name for p in args.files)}; seed {len(seed)} drafts; "
          f"python {platform.python_version()}")
    print("| concern | " + " | ".join(results) + " |")
    print("| --- |" + " ---: |" * len(results))
    for c in concerns:
        print(f"| {c} | " + " | ".join(f"{r['concerns'][c]['f1']:.3f}" for r in results.values()) + " |")
    print("| **macro-F1** | " + " | ".join(f"**{r['macro_f1']:.3f}**" for r in results.values()) + " |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
