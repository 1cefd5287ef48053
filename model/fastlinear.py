"""Fast linear scoring: a fitted signals pipeline reduced to numpy arrays.

Input: the fitted scikit-learn pipeline (StandardScaler + one-hot doc type, then per-concern
logistic regressions, optionally sigmoid-calibrated over folds). Output: the same
probabilities from a few matrix products, without scikit-learn's per-call validation,
which dominates the cost of scoring one draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.special import expit
from sklearn.calibration import CalibratedClassifierCV
from sklearn.pipeline import Pipeline


@dataclass(frozen=True)
class FastLinear:
    """Probabilities = mean over folds of sigmoid(a * (w.x + b) + c), per concern."""

    mean: np.ndarray
    scale: np.ndarray
    categories: tuple[str, ...]
    weights: tuple[np.ndarray, ...]  # per concern: (folds, features)
    intercepts: tuple[np.ndarray, ...]  # per concern: (folds,)
    cal_a: tuple[np.ndarray, ...]  # per concern: (folds,); sigmoid slope (identity: -1)
    cal_b: tuple[np.ndarray, ...]  # per concern: (folds,)
    _stacked: tuple[np.ndarray, ...] = field(init=False, repr=False, compare=False)
    _fold_starts: np.ndarray = field(init=False, repr=False, compare=False)
    _folds: np.ndarray = field(init=False, repr=False, compare=False)

    def design(self, numeric: np.ndarray, doc_types: list[str]) -> np.ndarray:
        scaled = (numeric - self.mean) / self.scale
        onehot = np.array([[t == c for c in self.categories] for t in doc_types], dtype=np.float64)
        return np.hstack([scaled, onehot.reshape(len(doc_types), len(self.categories))])

    def __post_init__(self) -> None:
        # Every concern's folds side by side, so one product and one sigmoid score them all.
        stacked = (np.hstack([w.T for w in self.weights]), *map(np.concatenate, (self.intercepts, self.cal_a,
                                                                                   self.cal_b)))
        object.__setattr__(self, "_stacked", stacked)
        object.__setattr__(self, "_fold_starts", np.cumsum([0] + [len(b) for b in self.intercepts[:-1]]))
        object.__setattr__(self, "_folds", np.array([len(b) for b in self.intercepts], dtype=np.float64))

    def predict_proba(self, numeric: np.ndarray, doc_types: list[str]) -> np.ndarray:
        x = self.design(numeric, doc_types)
        w, b, a, c = self._stacked
        p = expit(-(a * (x @ w + b) + c))  # (n, all folds)
        means: np.ndarray = np.add.reduceat(p, self._fold_starts, axis=1) / self._folds
        return means


def compile_linear(pipeline: Pipeline) -> FastLinear:
    """Reduce a fitted ``signals_logreg`` pipeline to arrays (raises for other shapes)."""
    features = pipeline.named_steps["features"]
    named = {name: (est, cols) for name, est, cols in features.transformers_}
    if set(named) - {"signals", "doc_type", "remainder"}:
        raise ValueError("only the signals_logreg pipelines can be compiled")
    scaler, onehot = named["signals"][0], named["doc_type"][0]
    weights, intercepts, cal_a, cal_b = [], [], [], []
    for est in pipeline.named_steps["classify"].estimators_:
        if isinstance(est, CalibratedClassifierCV):
            folds = est.calibrated_classifiers_
            weights.append(np.vstack([f.estimator.coef_[0] for f in folds]))
            intercepts.append(np.array([f.estimator.intercept_[0] for f in folds]))
            cal_a.append(np.array([f.calibrators[0].a_ for f in folds]))
            cal_b.append(np.array([f.calibrators[0].b_ for f in folds]))
        else:
            weights.append(est.coef_[:1].copy())
            intercepts.append(est.intercept_[:1].copy())
            cal_a.append(np.array([-1.0]))
            cal_b.append(np.array([0.0]))
    return FastLinear(
        mean=scaler.mean_.copy(), scale=scaler.scale_.copy(), categories=tuple(onehot.categories_[0]),
        weights=tuple(weights), intercepts=tuple(intercepts), cal_a=tuple(cal_a), cal_b=tuple(cal_b),
    )
