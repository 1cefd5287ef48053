"""DocBuilder: assemble a draft from parts, tracking each part's role and character span.

Generators append text pieces with an optional role ("decision", "reason", "vrr", ...)
and optional presence spans (jargon, template residue). ``record()`` returns the JSONL
record with offsets that always satisfy ``text[start:end] == span_text``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any


@dataclass
class DocBuilder:
    """Accumulates text and the spans of its parts."""

    parts: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    spans: list[dict[str, Any]] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, role: str | None = None) -> DocBuilder:
        """Append ``text``; when ``role`` is given, record the piece as playing that role."""
        if role and text.strip():
            lead = len(text) - len(text.lstrip())
            trail = len(text.rstrip())
            self.roles.append({"role": role, "start": self.length + lead, "end": self.length + trail})
        self.parts.append(text)
        self.length += len(text)
        return self

    def add_span(self, text: str, concern: str, role: str | None = None) -> DocBuilder:
        """Append ``text`` and mark it as a presence span of ``concern`` (jargon, residue)."""
        self.spans.append({"concern": concern, "text": text, "start": self.length, "end": self.length + len(text)})
        return self.add(text, role)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def record(self, doc_id: str, doc_type: str, labels: dict[str, int], **meta: Any) -> dict[str, Any]:
        """The corpus record: ``id, doc_type, text, labels, spans, parts, meta``."""
        text = self.text
        for span in self.spans:
            assert text[span["start"] : span["end"]] == span["text"], span
        return {
            "id": doc_id,
            "doc_type": doc_type,
            "text": text,
            "labels": labels,
            "spans": self.spans,
            "parts": self.roles,
            "meta": meta,
        }


def pick(rng: random.Random, options: list[str] | tuple[str, ...]) -> str:
    """One option, chosen by ``rng``."""
    return options[rng.randrange(len(options))]


_TYPO_SWAPS = {"the": "teh", "and": "adn", "receive": "recieve", "which": "whcih", "their": "thier",
               "evidence": "evidnece", "decision": "decison", "because": "becuase", "would": "woudl"}


def add_typos(rng: random.Random, text: str, rate: float = 0.01) -> str:
    """Light, realistic typos (swapped letters in common words, doubled spaces).

    Safe to apply to sentences that carry no tracked span: it changes lengths.
    """
    words = text.split(" ")
    for i, word in enumerate(words):
        if rng.random() < rate:
            bare = word.strip(".,;:")
            if bare.lower() in _TYPO_SWAPS:
                words[i] = word.replace(bare, _TYPO_SWAPS[bare.lower()])
            elif rng.random() < 0.5:
                words[i] = word + " "
    return " ".join(words)
