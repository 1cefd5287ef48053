"""Evidence: which sentences made the classifier flag a concern (occlusion).

Input: an analysed draft, what its feature row was built from, and the compiled linear
model. Output: up to three sentences whose removal lowers the concern's probability most.
The occluded drafts are scored once per draft and shared by all its flagged concerns.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.fastlinear import FastLinear
from model.features import RULE_CONCERNS, feature_rows
from model.rules import hit_counts
from model.signals import Draft

MAX_EVIDENCE = 3
MIN_DROP = 0.01


@dataclass
class Evidence:
    """What a draft's feature row was computed from, and its occlusion scores once computed."""

    row: np.ndarray
    doc_type: str
    role_proba: np.ndarray | None
    hits: list[Any]
    role_classes: list[str] = field(default_factory=list)
    feature_set: int = 1
    rows: tuple[list[int], np.ndarray] | None = field(default=None, repr=False)  # ``occlusion_rows``, if computed
    _occluded: tuple[list[int], np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    def occluded(self, draft: Draft, linear: FastLinear,
                 signal_names: list[str]) -> tuple[list[int], np.ndarray, np.ndarray]:
        """(candidate sentence indexes, full probabilities, probabilities without each one)."""
        if self._occluded is None:
            if self.rows is None:
                self.rows = occlusion_rows(draft, signal_names, self.hits, self.role_proba, self.role_classes,
                                           self.feature_set)
            candidates, rows = self.rows
            if not candidates:
                rows = self.row[None, :]
            proba = linear.predict_proba(rows, [self.doc_type] * len(rows))
            self._occluded = (candidates, proba[0], proba[1:])
        return self._occluded


def occlusion_rows(draft: Draft, signal_names: Sequence[str], hits: list[Any], role_proba: np.ndarray | None,
                   role_classes: Sequence[str] = (), feature_set: int = 1) -> tuple[list[int], np.ndarray]:
    """(candidate sentences, feature rows): row 0 is the whole draft, then one row without each candidate.

    Row 0 equals ``draft_features`` of the draft (the same arithmetic), so a scorer that will explain
    its flags computes the rows once and scores row 0. Without candidates: the whole draft's row only.
    """
    candidates = [n for n, s in enumerate(draft.sentences) if s.n_words >= 3]
    rows = feature_rows(draft, signal_names, hit_counts(hits), role_proba, candidates,
                        _rules_by_sentence(draft, hits) if candidates else None, role_classes, feature_set)
    return candidates, rows


def _rules_by_sentence(draft: Draft, hits: list[Any]) -> np.ndarray:
    """Rule hits (by ``RULE_CONCERNS``) that start inside each sentence."""
    out = np.zeros((len(draft.sentences), len(RULE_CONCERNS)))
    starts = [s.start for s in draft.sentences]
    for h in hits:
        if h.concern in RULE_CONCERNS:
            i = bisect_right(starts, h.start) - 1
            if i >= 0 and h.start < draft.sentences[i].end:
                out[i, RULE_CONCERNS.index(h.concern)] += getattr(h, "uses", 1)  # as hit_counts counts
    return out


def occlusion_evidence(draft: Draft, ev: Evidence, linear: FastLinear, column: int, signal_names: list[str],
                       limit: int = MAX_EVIDENCE) -> list[dict[str, Any]]:
    """Sentences ranked by how much the concern's probability drops when each is left out."""
    candidates, full, without = ev.occluded(draft, linear, signal_names)
    if len(candidates) < 2:
        return []
    drops = full[column] - without[:, column]
    order = np.argsort(-drops)[:limit]
    return [
        {"start": draft.sentences[candidates[i]].start, "end": draft.sentences[candidates[i]].end,
         "weight": round(float(drops[i]), 4)}
        for i in order
        if drops[i] > MIN_DROP
    ]
