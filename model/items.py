"""Items: the highlighted concerns and advice a client shows, in LanguageTool's shape.

Input: concern ids, spans and words. Output: JSON-ready dicts with code-point and UTF-16
offsets, line/column and a short context, sorted by position.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from model.text import line_column, utf16_offset

CONTEXT_CHARS = 40


@dataclass
class Item:
    """One highlighted concern (or advice) at ``text[start:end]``."""

    concern: str
    source: str  # "model", "rule" or "model+rule"
    severity: str  # "high", "medium" (concerns) or "low" (advice)
    message: str
    suggestion: str
    start: int
    end: int
    rule: str | None = None
    replacements: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self, text: str) -> dict[str, Any]:
        line, column = line_column(text, self.start)
        lo, hi = max(0, self.start - CONTEXT_CHARS), min(len(text), self.end + CONTEXT_CHARS)
        return {
            "concern": self.concern,
            "rule": self.rule,
            "source": self.source,
            "severity": self.severity,
            "message": self.message,
            "suggestion": self.suggestion,
            "replacements": list(self.replacements),
            "start": self.start,
            "end": self.end,
            "start_utf16": utf16_offset(text, self.start),
            "end_utf16": utf16_offset(text, self.end),
            "line": line,
            "column": column,
            "text": text[self.start : self.end],
            "context": {"text": text[lo:hi], "offset": self.start - lo, "length": self.end - self.start},
            "evidence": [span_dict(text, e["start"], e["end"]) | {"weight": e.get("weight")} for e in self.evidence],
        }


def span_dict(text: str, start: int, end: int) -> dict[str, Any]:
    """A plain span with both offset systems."""
    return {
        "start": start,
        "end": end,
        "start_utf16": utf16_offset(text, start),
        "end_utf16": utf16_offset(text, end),
        "text": text[start:end],
    }


def without_overlaps(items: list[Item]) -> list[Item]:
    """Sort by position; for one concern keep the longer of two overlapping items."""
    kept: list[Item] = []
    for item in sorted(items, key=lambda i: (i.start, -(i.end - i.start), i.concern)):
        clash = next((k for k in kept if k.concern == item.concern and k.start < item.end and item.start < k.end), None)
        if clash is None:
            kept.append(item)
        elif item.end - item.start > clash.end - clash.start:
            kept[kept.index(clash)] = item
    return sorted(kept, key=lambda i: (i.start, i.end, i.concern))


def segments(text: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every item boundary: each piece lists the indexes of items covering it.

    A renderer wraps pieces with items in a highlight; overlapping items simply share pieces.
    """
    cuts = sorted({0, len(text), *(i["start"] for i in items), *(i["end"] for i in items)})
    pieces = []
    for lo, hi in pairwise(cuts):
        if hi <= lo:
            continue
        covering = [n for n, i in enumerate(items) if i["start"] <= lo and hi <= i["end"]]
        pieces.append({"text": text[lo:hi], "items": covering, "start": lo})
    return pieces
