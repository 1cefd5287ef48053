"""Evidence: which sentences made the classifier flag a concern (occlusion).

Input: an analysed draft, what its feature row was built from, and the compiled linear
model. Output: up to three sentences whose removal lowers the concern's probability most.
The occluded drafts are scored once per draft and shared by all its flagged concerns.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.fastlinear import FastLinear
from model.features import RULE_CONCERNS, SentenceValues
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
    values: SentenceValues | None = field(default=None, repr=False)  # kept by the scorer: rows cost only sums
    _occluded: tuple[list[int], np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    def occluded(self, draft: Draft, linear: FastLinear,
                 signal_names: list[str]) -> tuple[list[int], np.ndarray, np.ndarray]:
        """(candidate sentence indexes, full probabilities, probabilities without each one)."""
        if self._occluded is None:
            candidates = [n for n, s in enumerate(draft.sentences) if s.n_words >= 3]
            if candidates:  # row 0 is the whole draft (``self.row``), then one row without each candidate
                values = self.values or SentenceValues.of(draft, signal_names, self.role_proba, self.role_classes,
                                                          self.feature_set)
                rows = values.rows(hit_counts(self.hits), candidates, _rules_by_sentence(draft, self.hits))
            else:
                rows = self.row[None, :]
            proba = linear.predict_proba(rows, [self.doc_type] * len(rows))
            self._occluded = (candidates, proba[0], proba[1:])
        return self._occluded


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
