"""Evidence: which sentences made the classifier flag a concern (occlusion).

Input: an analysed draft, what its feature row was built from, and the compiled linear
model. Output: up to three sentences whose removal lowers the concern's probability most.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.fastlinear import FastLinear
from model.features import draft_features
from model.signals import Draft

MAX_EVIDENCE = 3


@dataclass(frozen=True)
class Evidence:
    """What a draft's feature row was computed from."""

    row: np.ndarray
    doc_type: str
    role_proba: np.ndarray | None
    hits: list[Any]


def occlusion_evidence(draft: Draft, ev: Evidence, linear: FastLinear, column: int, signal_names: list[str],
                       limit: int = MAX_EVIDENCE) -> list[dict[str, Any]]:
    """Sentences ranked by how much the probability drops when each is left out."""
    candidates = [n for n, s in enumerate(draft.sentences) if s.n_words >= 3]
    if len(candidates) < 2:
        return []
    rows = []
    for n in candidates:
        s = draft.sentences[n]
        rest = Draft(text=draft.text, doc=None, sentences=draft.sentences[:n] + draft.sentences[n + 1 :])
        counts: dict[str, int] = {}
        for h in ev.hits:
            if not (s.start <= h.start < s.end):
                counts[h.concern] = counts.get(h.concern, 0) + 1
        roles = None if ev.role_proba is None else np.delete(ev.role_proba, n, axis=0)
        rows.append(draft_features(rest, signal_names, counts, roles))
    full = linear.predict_proba(ev.row[None, :], [ev.doc_type])[0, column]
    drops = full - linear.predict_proba(np.vstack(rows), [ev.doc_type] * len(rows))[:, column]
    order = np.argsort(-drops)[:limit]
    return [
        {"start": draft.sentences[candidates[i]].start, "end": draft.sentences[candidates[i]].end,
         "weight": round(float(drops[i]), 4)}
        for i in order
        if drops[i] > 0.01
    ]
