"""Evidence: which sentences made the classifier flag a concern (occlusion).

Input: an analysed draft, what its feature row was built from, and the fitted pipeline.
Output: up to three sentences whose removal lowers the concern's probability the most.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from model.features import draft_features
from model.signals import Draft

MAX_EVIDENCE = 3


@dataclass(frozen=True)
class Evidence:
    """What a draft's feature row was computed from."""

    frame_row: pd.DataFrame
    role_proba: np.ndarray | None
    hits: list[Any]


def occlusion_evidence(draft: Draft, ev: Evidence, pipeline: Any, column: int, signal_names: list[str],
                       limit: int = MAX_EVIDENCE) -> list[dict[str, Any]]:
    """Sentences ranked by how much the probability drops when each is left out."""
    from model.pipeline import positive_proba

    candidates = [n for n, s in enumerate(draft.sentences) if s.n_words >= 3]
    if len(candidates) < 2:
        return []
    rows, texts = [], []
    for n in candidates:
        s = draft.sentences[n]
        kept = draft.sentences[:n] + draft.sentences[n + 1 :]
        rest = Draft(text=draft.text, doc=None, sentences=kept)
        counts: dict[str, int] = {}
        for h in ev.hits:
            if not (s.start <= h.start < s.end):
                counts[h.concern] = counts.get(h.concern, 0) + 1
        roles = None if ev.role_proba is None else np.delete(ev.role_proba, n, axis=0)
        rows.append(draft_features(rest, signal_names, counts, roles))
        texts.append(draft.text[: s.start] + draft.text[s.end :])
    frame = pd.DataFrame(np.vstack(rows), columns=ev.frame_row.columns[2:])
    frame.insert(0, "doc_type", ev.frame_row["doc_type"].iloc[0])
    frame.insert(0, "text", texts)
    full = positive_proba(pipeline, ev.frame_row)[0, column]
    drops = full - positive_proba(pipeline, frame)[:, column]
    order = np.argsort(-drops)[:limit]
    return [
        {"start": draft.sentences[candidates[i]].start, "end": draft.sentences[candidates[i]].end,
         "weight": round(float(drops[i]), 4)}
        for i in order
        if drops[i] > 0.01
    ]
