"""Pipelines: the unfitted scikit-learn estimators, by versioned name.

Input: a feature frame (``text``, ``doc_type`` and the signal columns of
``model.features``). Output: per-concern probabilities. Factories are registered under
versioned names (``"signals_ngrams_logreg.v1"``); a released name never changes behaviour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy.sparse import issparse
from sklearn.base import clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multioutput import MultiOutputClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from model.features import ONLY, draft_features, feature_names
from model.signals import Draft

PIPELINES: dict[str, Callable[..., Pipeline]] = {}


def register(name: str) -> Callable[[Callable[..., Pipeline]], Callable[..., Pipeline]]:
    def wrap(factory: Callable[..., Pipeline]) -> Callable[..., Pipeline]:
        PIPELINES[name] = factory
        return factory

    return wrap


def make_pipeline(name: str, numeric_columns: Sequence[str], **params: Any) -> Pipeline:
    """Build the registered pipeline ``name`` (unfitted)."""
    try:
        factory = PIPELINES[name]
    except KeyError:
        raise ValueError(f"unknown pipeline {name!r}; known: {sorted(PIPELINES)}") from None
    return factory(numeric_columns, **params)


def feature_frame(
    drafts: Sequence[Draft],
    doc_types: Sequence[str],
    rule_counts: Sequence[dict[str, int]],
    signal_names: Sequence[str],
    role_probas: Sequence[np.ndarray | None] | None = None,
    role_classes: Sequence[str] = (),
    feature_set: int = 1,
) -> pd.DataFrame:
    """The classifiers' input for training: one row per draft, with the text and doc type."""
    rows = feature_matrix(drafts, rule_counts, signal_names, role_probas, role_classes, feature_set)
    frame = pd.DataFrame(rows, columns=feature_names(signal_names, role_classes, feature_set))
    frame.insert(0, "doc_type", list(doc_types))
    frame.insert(0, "text", [d.text for d in drafts])
    return frame


def feature_matrix(
    drafts: Sequence[Draft],
    rule_counts: Sequence[dict[str, int]],
    signal_names: Sequence[str],
    role_probas: Sequence[np.ndarray | None] | None = None,
    role_classes: Sequence[str] = (),
    feature_set: int = 1,
) -> np.ndarray:
    """The numeric features of each draft (columns: ``model.features.feature_names``)."""
    probas = role_probas if role_probas is not None else [None] * len(drafts)
    rows = zip(drafts, rule_counts, probas, strict=True)
    return np.vstack([draft_features(d, signal_names, r, p, role_classes, feature_set) for d, r, p in rows])


def _classifier(C: float, calibrate: bool, seed: int) -> MultiOutputClassifier:
    base = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, random_state=seed)
    if calibrate:
        return MultiOutputClassifier(CalibratedClassifierCV(base, method="sigmoid", cv=3))
    return MultiOutputClassifier(base)


class ConcernColumns(MultiOutputClassifier):  # type: ignore[misc]  # scikit-learn ships no types
    """One classifier per concern, as ``MultiOutputClassifier``, except that a numeric column named
    ``only:<concern>:...`` is seen by that concern's classifier alone: the others fit with it set to 0,
    so its coefficient is exactly 0 and they fit as if it were not there.

    ``columns``: the names of the leading (numeric) columns of the design matrix. ``fit`` takes the
    concerns' names in the order of ``Y``'s columns as ``outputs``; without them every ``only:`` column
    is hidden from all.
    """

    def __init__(self, estimator: Any, *, columns: Sequence[str] = (), n_jobs: int | None = None) -> None:
        super().__init__(estimator, n_jobs=n_jobs)
        self.columns = columns

    def fit(self, X: Any, Y: Any, sample_weight: Any = None, outputs: Sequence[str] | None = None,
            **fit_params: Any) -> ConcernColumns:
        design = np.asarray(X.toarray() if issparse(X) else X, dtype=np.float64)
        targets = np.asarray(Y)
        names = list(outputs) if outputs is not None else [None] * targets.shape[1]
        if len(names) != targets.shape[1]:
            raise ValueError(f"{len(names)} outputs named for {targets.shape[1]} columns of Y")
        self.estimators_ = []
        for j, name in enumerate(names):
            hidden = [i for i, c in enumerate(self.columns) if c.startswith(ONLY) and c.split(":", 2)[1] != name]
            seen = design
            if hidden:
                seen = design.copy()
                seen[:, hidden] = 0.0
            estimator = clone(self.estimator)
            if sample_weight is not None:
                estimator.fit(seen, targets[:, j], sample_weight=sample_weight, **fit_params)
            else:
                estimator.fit(seen, targets[:, j], **fit_params)
            self.estimators_.append(estimator)
        self.classes_ = [e.classes_ for e in self.estimators_]
        self.n_features_in_ = design.shape[1]
        return self


@register("signals_logreg.v1")
def make_signals_logreg(numeric_columns: Sequence[str], C: float = 1.0, calibrate: bool = True,
                        seed: int = 0) -> Pipeline:
    """Logistic regression over the signal features and the doc type only."""
    features = ColumnTransformer(
        [
            ("signals", StandardScaler(), list(numeric_columns)),
            ("doc_type", OneHotEncoder(handle_unknown="ignore"), ["doc_type"]),
        ]
    )
    return Pipeline([("features", features), ("classify", _classifier(C, calibrate, seed))])


@register("signals_logreg.v2")
def make_signals_logreg_v2(numeric_columns: Sequence[str], C: float = 1.0, calibrate: bool = True,
                           seed: int = 0) -> Pipeline:
    """As v1, with a column named ``only:<concern>:...`` seen by that concern's classifier alone
    (``ConcernColumns``; fit it with ``classify__outputs``). Without such columns it fits as v1."""
    pipeline = make_signals_logreg(numeric_columns, C=C, calibrate=calibrate, seed=seed)
    per_concern = _classifier(C, calibrate, seed).estimator
    pipeline.steps[-1] = ("classify", ConcernColumns(per_concern, columns=list(numeric_columns)))
    return pipeline


# Pipelines whose classify step takes the concerns' names at fit (``classify__outputs``).
NAMED_OUTPUTS = frozenset({"signals_logreg.v2"})


@register("signals_ngrams_logreg.v1")
def make_signals_ngrams_logreg(numeric_columns: Sequence[str], C: float = 1.0, calibrate: bool = True,
                               seed: int = 0, ngram_weight: float = 0.5, min_df: int = 3) -> Pipeline:
    """Signal features plus word 1-2 gram TF-IDF of the whole draft."""
    features = ColumnTransformer(
        [
            ("signals", StandardScaler(), list(numeric_columns)),
            ("doc_type", OneHotEncoder(handle_unknown="ignore"), ["doc_type"]),
            ("ngrams", TfidfVectorizer(ngram_range=(1, 2), min_df=min_df, sublinear_tf=True,
                                       max_features=50000), "text"),
        ],
        transformer_weights={"signals": 1.0, "doc_type": 1.0, "ngrams": ngram_weight},
    )
    return Pipeline([("features", features), ("classify", _classifier(C, calibrate, seed))])


def positive_proba(pipeline: Pipeline, frame: pd.DataFrame) -> np.ndarray:
    """Probability of the positive class for every concern: shape (n_drafts, n_concerns)."""
    per_output = pipeline.predict_proba(frame)
    return np.column_stack([p[:, 1] if p.shape[1] == 2 else np.zeros(len(frame)) for p in per_output])


@register("sentence_roles.v1")
def make_sentence_roles(numeric_columns: Sequence[str] = (), **params: Any) -> Any:
    """The sentence role model (see ``model.roles``)."""
    from model.roles import SentenceRoleModel

    return SentenceRoleModel(**params)


@register("doctype_ngrams_logreg.v1")
def make_doctype_pipeline(numeric_columns: Sequence[str] = (), C: float = 4.0, seed: int = 0) -> Pipeline:
    """Doc type from word 1-2 grams (the input is the text column alone)."""
    return _doctype_pipeline(r"(?u)\b\w\w+\b", C, seed)


@register("doctype_ngrams_logreg.v2")
def make_doctype_pipeline_v2(numeric_columns: Sequence[str] = (), C: float = 4.0, seed: int = 0) -> Pipeline:
    """As v1, with one-letter tokens: "S:" (suspect, before charge) and "D:" (defendant, after) decide
    many terse notes, and v1's token pattern drops them (docs/model.md)."""
    return _doctype_pipeline(r"(?u)\b\w[\w.']*\b", C, seed)


def _doctype_pipeline(token_pattern: str, C: float, seed: int) -> Pipeline:
    return Pipeline(
        [
            ("ngrams", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=30000,
                                       token_pattern=token_pattern)),
            ("classify", LogisticRegression(C=C, max_iter=2000, random_state=seed)),
        ]
    )
