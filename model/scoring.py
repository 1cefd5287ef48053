"""Scoring: text in, scored and highlighted concerns out.

Input: drafts (text, optional doc type). Output: ``Result`` objects: doc type (given or
detected), a probability for every concern of that type, the flagged ids and the concern
items to highlight. No I/O beyond reading a verified bundle from the registry.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from model.advice import default_limits, find_advice, reading_ease
from model.anchors import anchor
from model.bundle import Bundle, ConcernGroup
from model.casedata import CaseData
from model.errors import InvalidTextError, UnknownDocTypeError
from model.evidence import Evidence, occlusion_evidence
from model.fastlinear import compile_linear
from model.fasttfidf import compile_tfidf_linear
from model.features import SentenceValues
from model.items import Item, span_dict, without_overlaps
from model.pipeline import feature_matrix
from model.registry import Registry
from model.roles import role_probas
from model.rules import RuleHit, RuleSet, hit_counts
from model.schema import Schema, default_schema
from model.signals import Draft, SignalPatterns, analyse

PRESENCE_RULES = ("unexplained_jargon", "template_residue")
ADVICE_WITHOUT_EASE = replace(default_limits(), reading_ease_min_words=sys.maxsize)  # scoring adds the figure
DEFAULT_MAX_CHARS = 100_000
LOOK_SHARE = 0.5  # "worth a look" from this share of a concern's flag threshold up to the threshold


@dataclass
class Result:
    """The scoring of one draft."""

    text: str
    doc_type: str
    doc_type_detected: bool
    model_version: str
    scores: dict[str, float]
    flags: list[str]
    items: list[Item]
    advice: list[dict[str, Any]] = field(default_factory=list)
    doc_type_scores: dict[str, float] = field(default_factory=dict)
    case_checks: list[dict[str, Any]] = field(default_factory=list)
    not_applicable: dict[str, str] = field(default_factory=dict)
    look: list[str] = field(default_factory=list)  # "worth a look": doubtful, below the flag threshold

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_type": self.doc_type,
            "doc_type_detected": self.doc_type_detected,
            "doc_type_scores": self.doc_type_scores,
            "model_version": self.model_version,
            "scores": self.scores,
            "flags": self.flags,
            "look": self.look,
            "concerns": [i.to_dict(self.text) for i in self.items],
            "advice": self.advice,
            "case_checks": self.case_checks,
            "not_applicable": self.not_applicable,
        }


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: object, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Refuse what cannot be scored, with a message that names the problem (never the text)."""
    if not isinstance(text, str):
        raise InvalidTextError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise InvalidTextError("text is empty or only white space")
    if len(text) > max_chars:
        raise InvalidTextError(f"text has {len(text)} characters; the limit is {max_chars}")
    if not text.isascii() and _SURROGATE.search(text):  # e.g. JSON "\ud800": not text, cannot be UTF-8 encoded
        raise InvalidTextError("text contains an unpaired surrogate (U+D800 to U+DFFF); it is not valid Unicode")
    return text


class Scorer:
    """Scores drafts with one verified model bundle and the deployment's rules."""

    def __init__(self, bundle: Bundle, manifest: dict[str, Any], rules: RuleSet | None = None,
                 schema: Schema | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.bundle = bundle
        self.manifest = manifest
        self.version: str = manifest["version"]
        self.schema = schema or default_schema()
        self.rules = rules or RuleSet.load()
        self.patterns = SignalPatterns(bundle.signals)
        self.max_chars = max_chars
        self.linear = {name: compile_linear(spec.pipeline) for name, spec in bundle.groups.items()}
        self.doctype = compile_tfidf_linear(bundle.doctype)
        for spec in bundle.groups.values():
            if spec.roles is not None:
                spec.roles.compiled()  # compiled at load, not on the first request

    @classmethod
    def from_registry(cls, registry: Registry, version: str | None = None, **kwargs: Any) -> Scorer:
        """Load ``version`` (default: the champion) after verifying its sha256."""
        from model.errors import BundleNotFoundError

        version = version or registry.champion()
        if version is None:
            raise BundleNotFoundError(f"no model is registered in {registry.root}; run `casecheck train`")
        bundle, manifest = registry.load_bundle(version)
        return cls(bundle, manifest, **kwargs)

    # -- public -----------------------------------------------------------------------------
    def score(self, text: str, doc_type: str | None = None, explain: bool = True,
              case: CaseData | None = None) -> Result:
        return self.score_many([text], [doc_type], explain=explain, cases=[case])[0]

    def score_many(self, texts: Sequence[str], doc_types: Sequence[str | None] | None = None,
                   explain: bool = True, cases: Sequence[CaseData | None] | None = None,
                   advice: bool = True) -> list[Result]:
        """Score a batch; raises ``InvalidTextError``/``UnknownDocTypeError`` for bad input.

        ``advice=False`` skips the writing advice (batch files have no place for it).
        """
        doc_types = list(doc_types) if doc_types is not None else [None] * len(texts)
        cases = list(cases) if cases is not None else [None] * len(texts)
        for text, doc_type in zip(texts, doc_types, strict=True):
            check_text(text, self.max_chars)
            self.check_doc_type(doc_type)
        drafts = [analyse(t, self.patterns) for t in texts]
        hits = [self.rules.find(d.text, d.spans, case) for d, case in zip(drafts, cases, strict=True)]
        types, detected, type_scores = self._doc_types(texts, doc_types)
        results: list[Result | None] = [None] * len(texts)
        for group, spec in self.bundle.groups.items():
            idx = [i for i, t in enumerate(types) if t in spec.doc_types]
            if not idx:
                continue
            group_drafts = [drafts[i] for i in idx]
            group_types = [types[i] for i in idx]
            probas = role_probas(spec.roles, group_drafts)
            counts = [hit_counts(hits[i]) for i in idx]
            classes = list(spec.roles.classes_) if spec.roles is not None else []
            values: list[SentenceValues | None] = [None] * len(idx)
            if explain:  # what the rows are computed from, kept for the rows without each sentence (evidence)
                kept = [SentenceValues.of(drafts[i], self.bundle.signal_names, probas[row] if probas else None,
                                          classes, spec.feature_set) for row, i in enumerate(idx)]
                matrix = np.vstack([v.rows(c)[0] for v, c in zip(kept, counts, strict=True)])
                values = [*kept]
            else:
                matrix = feature_matrix(group_drafts, counts, self.bundle.signal_names, probas, classes,
                                        spec.feature_set)
            proba = self.linear[group].predict_proba(matrix, group_types)
            for row, i in enumerate(idx):
                context = Evidence(matrix[row], types[i], probas[row] if probas else None, hits[i], classes,
                                   spec.feature_set, values[row])
                results[i] = self._result(group, drafts[i], hits[i], types[i], detected[i], type_scores[i],
                                          proba[row], context if explain else None, cases[i], advice)
        return [r for r in results if r is not None]

    def check_text_value(self, text: object) -> str:
        return check_text(text, self.max_chars)

    def check_doc_type(self, doc_type: str | None) -> None:
        if doc_type is not None and doc_type not in self.schema.doc_types:
            valid = ", ".join(self.schema.doc_types)
            raise UnknownDocTypeError(f"unknown doc_type {doc_type!r}; valid: {valid}")

    # -- steps ------------------------------------------------------------------------------
    def _doc_types(self, texts: Sequence[str],
                   given: Sequence[str | None]) -> tuple[list[str], list[bool], list[dict[str, float]]]:
        missing = [i for i, t in enumerate(given) if t is None]
        types = [t or "" for t in given]  # each missing one is detected below
        scores: list[dict[str, float]] = [{} for _ in texts]
        if missing:
            clf = self.doctype
            proba = clf.predict_proba([texts[i] for i in missing])
            for row, i in enumerate(missing):
                scores[i] = {str(c): round(float(p), 4) for c, p in zip(clf.classes_, proba[row], strict=True)}
                types[i] = str(clf.classes_[int(np.argmax(proba[row]))])
        return types, [t is None for t in given], scores

    def _result(self, group: str, draft: Draft, hits: list[RuleHit], doc_type: str, detected: bool,
                type_scores: dict[str, float], proba: np.ndarray, evidence: Evidence | None,
                case: CaseData | None = None, advice: bool = True) -> Result:
        spec = self.bundle.groups[group]
        concerns = self.schema.concerns_for(doc_type)
        scores = {c: float(proba[spec.concerns.index(c)]) for c in concerns}
        ruled_out = case.not_applicable() if case and group == "letter" else {}
        for concern in ruled_out:
            scores[concern] = 0.0
        items: list[Item] = []
        flags, look = [], []
        for concern in concerns:
            p, threshold = scores[concern], spec.thresholds[concern]
            if concern not in PRESENCE_RULES and look_threshold(spec, concern) <= p < threshold:
                look.append(concern)
            severity = "high" if p >= spec.confident[concern] else "medium"
            concern_hits = [h for h in hits if h.concern == concern]
            if concern in PRESENCE_RULES:
                new = [_hit_item(h, "rule" if p < threshold else "model+rule", severity) for h in concern_hits]
            elif p >= threshold:
                new = self._absence_items(draft, concern, concern_hits, severity)
                if evidence is not None and new:
                    col = spec.concerns.index(concern)
                    new[0].evidence = occlusion_evidence(draft, evidence, self.linear[group], col,
                                                         self.bundle.signal_names)
            else:
                new = []
            if new:
                flags.append(concern)
                items.extend(new)
        return Result(
            text=draft.text, doc_type=doc_type, doc_type_detected=detected, model_version=self.version,
            scores={c: round(v, 4) for c, v in scores.items()}, flags=flags, items=without_overlaps(items),
            advice=self._advice(draft, doc_type) if advice else [], doc_type_scores=type_scores,
            case_checks=self._case_checks(draft.text, case) if case and group == "letter" else [],
            not_applicable=ruled_out, look=look,
        )

    def _case_checks(self, text: str, case: CaseData) -> list[dict[str, Any]]:
        return [{**c, **self.schema.case_checks[c["check"]]} for c in case.checks(text)]

    def _advice(self, draft: Draft, doc_type: str) -> list[dict[str, Any]]:
        """Quieter writing advice: long sentences everywhere; passives and reading ease in letters."""
        letter = not self.schema.is_review(doc_type)
        out = []
        found = find_advice(draft.text, ADVICE_WITHOUT_EASE, passives=letter, spans=draft.spans)
        for a in found:
            item = a.to_dict()
            if a.start is not None and a.end is not None:
                item |= span_dict(draft.text, a.start, a.end)
            out.append(item)
        if letter:  # the reading-ease figure, computed once, whatever its value
            score = round(reading_ease(draft.text), 1)
            target = ADVICE_WITHOUT_EASE.reading_ease_target
            hint = f"aim for {target:.0f} or more" if score < target else f"{target:.0f} or more reads easily"
            out.append({"kind": "reading_ease", "start": None, "end": None, "text": "", "value": score,
                        "message": f"Reading ease is {score:.0f}; {hint}."})
        return out

    def _absence_items(self, draft: Draft, concern: str, hits: list[RuleHit], severity: str) -> list[Item]:
        info = self.schema.concerns[concern]
        if hits:  # cold or blaming wording found by a rule
            return [_hit_item(h, "model+rule", severity) for h in hits]
        where = anchor(draft, concern)
        if where is None:
            return []
        return [Item(concern=concern, source="model", severity=severity, message=info.message,
                     suggestion=info.suggestion, start=where.start, end=where.end)]


def look_threshold(spec: ConcernGroup, concern: str) -> float:
    """Where "worth a look" starts: the bundle's own (``look``), else half the flag threshold (older bundles)."""
    if concern in spec.look:
        return float(spec.look[concern])
    return round(LOOK_SHARE * float(spec.thresholds[concern]), 3)


def _hit_item(hit: RuleHit, source: str, severity: str) -> Item:
    return Item(concern=hit.concern, source=source, severity=max(severity, hit.severity, key=_rank),
                message=hit.message, suggestion=hit.suggestion, start=hit.start, end=hit.end,
                rule=hit.rule, replacements=list(hit.replacements))


def _rank(severity: str) -> int:
    return {"low": 0, "medium": 1, "high": 2}.get(severity, 1)
