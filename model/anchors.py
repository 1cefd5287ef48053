"""Anchors: where in a draft an *absence* concern belongs.

Input: an analysed ``Draft`` and a concern id. Output: the sentence to highlight: the
decision sentence for missing reasons, an unreasoned Code test or a missing review right;
the sentence showing the case type for a missing meeting offer; the heading or boilerplate
standing in for analysis, strategy, disclosure or victim care in a review.
"""

from __future__ import annotations

import re

from model.features import DECISIONS, MEETING_CASES
from model.signals import Draft, Sentence

_SECTION_HEADINGS = {
    "weak_case_analysis": re.compile(r"analysis|issues|assessment|evidential|evidence", re.I),
    "no_case_strategy": re.compile(r"action|strategy|plan|next steps|further|progression|trial", re.I),
    "disclosure_not_addressed": re.compile(r"disclos|unused|CPIA", re.I),
    "victim_witness_needs_not_addressed": re.compile(r"victim|witness|special measures", re.I),
    "code_test_unreasoned": re.compile(r"code|public interest|evidential|decision", re.I),
}
_BARE_SIGNALS = {
    "weak_case_analysis": ("analysis_bare",),
    "no_case_strategy": ("strategy_bare",),
    "disclosure_not_addressed": ("disclosure_bare",),
    "victim_witness_needs_not_addressed": ("victim_needs_bare",),
    "code_test_unreasoned": ("code_bare",),
}
_DECISION_ANCHORED = {"missing_reasons", "code_test_unreasoned", "missing_vrr", "lacks_empathy"}


def _first(sentences: list[Sentence]) -> Sentence | None:
    return sentences[0] if sentences else None


def decision_sentence(draft: Draft) -> Sentence | None:
    """The sentence that states the decision (its type, or a 'we have decided' statement)."""
    body = [s for s in draft.sentences if "heading" not in s.signals]
    typed = [s for s in body if any(d in s.signals for d in DECISIONS)]
    stated = [s for s in typed if "decision_statement" in s.signals]
    return _first(stated) or _first(typed) or _first([s for s in body if "decision_statement" in s.signals])


def _heading_for(draft: Draft, concern: str) -> Sentence | None:
    pattern = _SECTION_HEADINGS.get(concern)
    if pattern is None:
        return None
    for s in draft.sentences:
        head = s.text.split(":", 1)[0] if ":" in s.text[:40] else s.text
        if len(head.split()) <= 6 and pattern.search(head) and ("heading" in s.signals or ":" in s.text[:40]):
            return s
    return None


def anchor(draft: Draft, concern: str) -> Sentence | None:
    """The sentence an absence concern points at (None for an empty draft)."""
    if concern == "missing_meeting_offer":
        case = _first([s for s in draft.sentences if any(c in s.signals for c in MEETING_CASES)])
        if case:
            return case
    bare = _first([s for s in draft.sentences if any(b in s.signals for b in _BARE_SIGNALS.get(concern, ()))])
    if bare:
        return bare
    heading = _heading_for(draft, concern)
    if heading:
        return heading
    if concern == "weak_case_analysis":
        listed = _first([s for s in draft.sentences if "case_fact" in s.signals and "heading" not in s.signals])
        if listed:
            return listed
    decision = decision_sentence(draft)
    if decision:
        return decision
    body = [s for s in draft.sentences if "heading" not in s.signals]
    if concern in _DECISION_ANCHORED:
        return _first(body) or _first(list(draft.sentences))
    return _first(body[-1:]) or _first(list(draft.sentences))
