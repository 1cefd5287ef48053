"""Roles: what part each sentence plays in a draft (decision, reason, analysis, plan, ...).

Input: sentences. Output: a probability per role for each sentence, from a linear model
fitted on sentences whose role the generator knows. Document features aggregate these
(the strongest "analysis" sentence, how much "strategy" there is), which transfers to
unseen writing better than n-grams over whole templated documents. Prediction runs on the
pipeline compiled by ``model.fasttfidf`` (once per fitted model, never pickled).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.utils.validation import check_is_fitted

from model.fasttfidf import FastTfidfLinear, compile_tfidf_linear

_LEAD_WORD = re.compile(r"[a-z]+")


class SentenceRoleModel(ClassifierMixin, BaseEstimator):  # type: ignore[misc]  # scikit-learn has no types
    """Multi-class role of a sentence from word 1-2 grams.

    Parameters
    ----------
    alpha : float
        Regularisation of the SGD logistic model.
    min_df : int
        Minimum document frequency of an n-gram.
    seed : int
        Random seed.
    lead : int
        How many of a sentence's first words also count as ``lead_<word>`` tokens. A labelled line
        ("Evidential: met - ...", "PI - ...", "Witnesses: ...") says its role in its first words,
        which the bag of n-grams of a long sentence otherwise drowns (docs/model.md).
    """

    def __init__(self, alpha: float = 2e-5, min_df: int = 2, seed: int = 0, lead: int = 0) -> None:
        self.alpha = alpha
        self.min_df = min_df
        self.seed = seed
        self.lead = lead

    def _inputs(self, sentences: Sequence[str]) -> list[str]:
        """The texts the pipeline reads: each sentence after its lead tokens (if ``lead``)."""
        n = getattr(self, "lead", 0)  # bundles from before ``lead`` have none
        if not n:
            return list(sentences)
        return [" ".join(f"lead_{w}" for w in _LEAD_WORD.findall(s[:80].lower())[:n]) + " " + s for s in sentences]

    def fit(self, sentences: Sequence[str], roles: Sequence[str]) -> SentenceRoleModel:
        self.__dict__.pop("_fast", None)
        self.pipeline_: Pipeline = make_pipeline(
            TfidfVectorizer(ngram_range=(1, 2), min_df=self.min_df, sublinear_tf=True, max_features=60000,
                            token_pattern=r"(?u)\b\w[\w.']*\b"),
            SGDClassifier(loss="log_loss", alpha=self.alpha, max_iter=25, tol=1e-3, random_state=self.seed,
                          class_weight="balanced"),
        )
        with warnings.catch_warnings():
            # The iteration cap is deliberate (training time); more epochs do not change the roles.
            warnings.filterwarnings("ignore", category=ConvergenceWarning)
            self.pipeline_.fit(self._inputs(sentences), list(roles))
        self.classes_ = self.pipeline_.classes_
        return self

    def predict_proba(self, sentences: Sequence[str]) -> np.ndarray:
        check_is_fitted(self, "pipeline_")
        if not len(sentences):
            return np.zeros((0, len(self.classes_)))
        return self.compiled().predict_proba(self._inputs(sentences))

    def compiled(self) -> FastTfidfLinear:
        """The fitted pipeline compiled for prediction (built on first use; call it to warm up)."""
        fast: FastTfidfLinear | None = self.__dict__.get("_fast")
        if fast is None:
            check_is_fitted(self, "pipeline_")
            fast = self._fast = compile_tfidf_linear(self.pipeline_)
        return fast

    def __getstate__(self) -> dict[str, Any]:
        # The compiled form is a cache: pickles (registry bundles, verified by sha256) never hold it.
        state = dict(super().__getstate__())
        state.pop("_fast", None)
        return state

    def predict(self, sentences: Sequence[str]) -> np.ndarray:
        labels: np.ndarray = self.classes_[np.argmax(self.predict_proba(sentences), axis=1)]
        return labels


def role_probas(roles: SentenceRoleModel | None, drafts: Sequence[Any]) -> list[np.ndarray] | None:
    """Each draft's sentence role probabilities, from one ``predict_proba`` over all sentences."""
    if roles is None:
        return None
    sentences = [s.text for d in drafts for s in d.sentences]
    proba = roles.predict_proba(sentences)
    bounds = np.cumsum([0] + [len(d.sentences) for d in drafts])
    return [proba[a:b] for a, b in pairwise(bounds)]


def role_of_sentences(spans: Sequence[tuple[int, int]], parts: Sequence[dict[str, object]]) -> list[str | None]:
    """The generator role of each sentence span: the part that covers most of it (None if none)."""
    out: list[str | None] = []
    for s, e in spans:
        best, best_overlap = None, 0
        for p in parts:
            overlap = min(e, int(p["end"])) - max(s, int(p["start"]))  # type: ignore[call-overload]
            if overlap > best_overlap:
                best, best_overlap = str(p["role"]), overlap
        out.append(best if best_overlap >= 0.5 * (e - s) else None)
    return out


def aggregate_roles(proba: np.ndarray, without: Sequence[int] | np.ndarray = ()) -> np.ndarray:
    """Role features (max, top-3 mean, log total per role) of all sentences, then without each dropped one."""
    n, k = proba.shape
    if n == 0:
        return np.zeros((1 + len(without), 3 * k))
    order = np.argsort(-proba, axis=0, kind="stable")[:4]  # the 4 strongest sentences of each role
    top = np.take_along_axis(proba, order, axis=0)
    total = proba.sum(axis=0)
    full = np.concatenate([top[0], top[:3].mean(axis=0), np.log1p(total)])
    if not len(without):
        return full[None]
    if n == 1:
        return np.vstack([full, np.zeros((len(without), 3 * k))])
    dropped = order[None] == np.asarray(without)[:, None, None]  # (drops, <= 4, k)
    first = np.where(dropped[:, 0], top[1], top[0])
    kept = np.sort(-np.where(dropped, -np.inf, top[None]), axis=1)  # negated: strongest first, dropped last
    top_m = -kept[:, : min(3, n - 1)].mean(axis=1)
    rest = np.hstack([first, top_m, np.log1p(total - proba[without])])
    return np.vstack([full, rest])


def role_feature_names(classes: Sequence[str]) -> list[str]:
    return [f"{kind}:{c}" for kind in ("role_max", "role_top3", "role_sum") for c in classes]
