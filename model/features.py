"""Features: a ``Draft`` (signalled sentences) to a numeric vector for the classifiers.

Input: analysed drafts and the rule hits found in them. Output: dense feature rows that
describe what the draft does (decides, reasons, offers review, plans, discloses), in
terms that do not depend on one writer's wording.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from model.roles import aggregate_roles, role_feature_names
from model.signals import Draft, Sentence

DECISIONS = (
    "decision_nfa",
    "decision_discontinue",
    "decision_offer_no_evidence",
    "decision_leave_on_file",
    "decision_reduce",
    "decision_plea",
    "decision_charge",
    "decision_continue",
)
VRR_DECISIONS = DECISIONS[:4]
ALTER_DECISIONS = ("decision_reduce", "decision_plea")
MEETING_CASES = ("case_death", "case_sexual", "case_child_abuse", "case_hate")
RULE_CONCERNS = ("unexplained_jargon", "template_residue", "lacks_empathy")


def _log(n: float) -> float:
    return math.log1p(n)


def _near(sentences: Sequence[Sentence], i: int, names: Sequence[str], window: int) -> bool:
    lo, hi = max(0, i - window), min(len(sentences), i + window + 1)
    return any(n in s.signals for s in sentences[lo:hi] for n in names)


def vrr_complete(draft: Draft) -> bool:
    """A review-right passage that also says how (contact) and when (a date or time limit)."""
    s = draft.sentences
    return any(
        "vrr" in x.signals and _near(s, i, ["vrr_how"], 3) and _near(s, i, ["vrr_when"], 3)
        for i, x in enumerate(s)
    )


def specific_reasons(draft: Draft) -> list[Sentence]:
    """Sentences that explain with facts of the case rather than a bare formula."""
    return [
        s
        for s in draft.sentences
        if "case_fact" in s.signals
        and ({"causal", "analysis"} & s.signals)
        and "reason_generic" not in s.signals
        and s.n_words >= 8
    ]


def reasoned(draft: Draft, stage: str) -> list[Sentence]:
    """Sentences of a Code stage that carry reasons, not a bare assertion."""
    return [
        s
        for s in draft.sentences
        if stage in s.signals
        and "code_bare" not in s.signals
        and s.n_words >= 10
        and ({"case_fact", "analysis", "causal"} & s.signals)
    ]


def feature_names(signal_names: Sequence[str], role_classes: Sequence[str] = ()) -> list[str]:
    names = []
    for n in signal_names:
        names += [f"any:{n}", f"count:{n}", f"words:{n}"]
    names += [
        "len:words", "len:sentences",
        "vrr:eligible", "vrr:alter_only", "vrr:complete", "vrr:eligible_missing",
        "meeting:required", "meeting:required_missing",
        "reason:specific", "reason:generic_only",
        "code:evidential_reasoned", "code:pi_reasoned", "code:bare_only",
        "disclosure:substantive_words", "disclosure:bare_only",
        "victim:substantive_words", "victim:bare_only",
        "analysis:density", "strategy:density",
    ]
    names += [f"rule:{c}" for c in RULE_CONCERNS]
    return names + role_feature_names(role_classes)


def draft_features(draft: Draft, signal_names: Sequence[str], rule_counts: dict[str, int],
                   role_proba: np.ndarray | None = None) -> np.ndarray:
    """One feature row for ``draft`` (see ``feature_names`` for the columns)."""
    counts: dict[str, int] = {}
    words: dict[str, int] = {}
    for s in draft.sentences:
        for n in s.signals:
            counts[n] = counts.get(n, 0) + 1
            words[n] = words.get(n, 0) + s.n_words
    row: list[float] = []
    for n in signal_names:
        c = counts.get(n, 0)
        row += [float(c > 0), _log(c), _log(words.get(n, 0))]
    n_words = sum(s.n_words for s in draft.sentences) or 1
    n_sents = len(draft.sentences) or 1
    eligible = any(d in counts for d in VRR_DECISIONS)
    alter_only = not eligible and any(d in counts for d in ALTER_DECISIONS)
    complete = vrr_complete(draft)
    required = any(c in counts for c in MEETING_CASES)
    offer = "meeting_offer" in counts
    specific = specific_reasons(draft)
    evid = reasoned(draft, "code_evidential")
    pi = reasoned(draft, "code_public_interest")
    disc = [s for s in draft.with_signal("disclosure") if "disclosure_bare" not in s.signals]
    vict = [s for s in draft.with_signal("victim_needs") if "victim_needs_bare" not in s.signals]
    row += [
        _log(n_words), _log(n_sents),
        float(eligible), float(alter_only), float(complete), float(eligible and not complete),
        float(required), float(required and not offer),
        _log(len(specific)), float("reason_generic" in counts and not specific),
        _log(len(evid)), _log(len(pi)), float("code_bare" in counts and not (evid and pi)),
        _log(sum(s.n_words for s in disc)), float("disclosure_bare" in counts and not disc),
        _log(sum(s.n_words for s in vict)), float("victim_needs_bare" in counts and not vict),
        counts.get("analysis", 0) / n_sents, counts.get("strategy", 0) / n_sents,
    ]
    row += [_log(rule_counts.get(c, 0)) for c in RULE_CONCERNS]
    if role_proba is not None:
        row += list(aggregate_roles(role_proba, role_proba.shape[1]))
    return np.asarray(row, dtype=np.float64)
