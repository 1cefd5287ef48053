"""Evidence: which sentences made the classifier flag a concern (occlusion).

Input: an analysed draft, its feature row and the fitted pipeline. Output: up to three
sentences whose removal lowers the concern's probability the most.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from model.features import draft_features
from model.signals import Draft

MAX_EVIDENCE = 3


def occlusion_evidence(draft: Draft, frame_row: pd.DataFrame, pipeline: Any, column: int,
                       signal_names: list[str], hits: list[Any], limit: int = MAX_EVIDENCE) -> list[dict[str, Any]]:
    """Sentences ranked by how much the probability drops when each is left out."""
    from model.pipeline import positive_proba

    sentences = [s for s in draft.sentences if s.n_words >= 3]
    if len(sentences) < 2:
        return []
    rows = []
    for s in sentences:
        kept = tuple(x for x in draft.sentences if x is not s)
        rest = Draft(text=draft.text[: s.start] + draft.text[s.end :], doc=draft.doc, sentences=kept)
        counts: dict[str, int] = {}
        for h in hits:
            if not (s.start <= h.start < s.end):
                counts[h.concern] = counts.get(h.concern, 0) + 1
        rows.append(draft_features(rest, signal_names, counts))
    frame = pd.DataFrame(np.vstack(rows), columns=frame_row.columns[2:])
    frame.insert(0, "doc_type", frame_row["doc_type"].iloc[0])
    frame.insert(0, "text", [draft.text[: s.start] + draft.text[s.end :] for s in sentences])
    full = positive_proba(pipeline, frame_row)[0, column]
    drops = full - positive_proba(pipeline, frame)[:, column]
    order = np.argsort(-drops)[:limit]
    return [
        {"start": sentences[i].start, "end": sentences[i].end, "weight": round(float(drops[i]), 4)}
        for i in order
        if drops[i] > 0.01
    ]
