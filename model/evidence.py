"""Evidence: which sentences made the classifier flag a concern (occlusion).

Input: an analysed draft, what its feature row was built from, and the compiled linear
model. Output: up to three sentences whose removal lowers the concern's probability most.
The occluded drafts are scored once per draft and shared by all its flagged concerns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.fastlinear import FastLinear
from model.features import draft_features
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
    _occluded: tuple[list[int], np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    def occluded(self, draft: Draft, linear: FastLinear, signal_names: list[str]):
        """(candidate sentence indexes, full probabilities, probabilities without each one)."""
        if self._occluded is None:
            candidates = [n for n, s in enumerate(draft.sentences) if s.n_words >= 3]
            rows = [self._row_without(draft, n, signal_names) for n in candidates]
            full = linear.predict_proba(self.row[None, :], [self.doc_type])[0]
            without = (linear.predict_proba(np.vstack(rows), [self.doc_type] * len(rows)) if rows
                       else np.zeros((0, len(full))))
            self._occluded = (candidates, full, without)
        return self._occluded

    def _row_without(self, draft: Draft, n: int, signal_names: list[str]) -> np.ndarray:
        s = draft.sentences[n]
        rest = Draft(text=draft.text, doc=None, sentences=draft.sentences[:n] + draft.sentences[n + 1 :])
        counts: dict[str, int] = {}
        for h in self.hits:
            if not (s.start <= h.start < s.end):
                counts[h.concern] = counts.get(h.concern, 0) + 1
        roles = None if self.role_proba is None else np.delete(self.role_proba, n, axis=0)
        return draft_features(rest, signal_names, counts, roles)


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
