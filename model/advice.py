# ruff: noqa: RUF001
"""Advice: plain-English writing hints shown beside the concerns (not concerns themselves).

* long sentences (more words than ``long_sentence_words``, 35 by default);
* passive constructions ("it was decided", "the case has been discontinued");
* Flesch reading ease of the whole text, reported when below ``reading_ease_target``.

Limits and word lists live in ``data/rules/advice.yaml``. Offsets are code points into
``doc.text`` (``text[start:end] == item.text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc

from model.text import doc_text

ADVICE_FILE = Path(__file__).resolve().parents[1] / "data" / "rules" / "advice.yaml"


@dataclass(frozen=True)
class AdviceLimits:
    """Thresholds and word lists for advice (see data/rules/advice.yaml)."""

    long_sentence_words: int = 35
    reading_ease_target: float = 60.0
    reading_ease_min_words: int = 50
    passive_auxiliaries: frozenset[str] = frozenset()
    passive_irregular: frozenset[str] = frozenset()
    passive_not: frozenset[str] = frozenset()
    passive_between: frozenset[str] = frozenset()
    passive_report_all: bool = True

    @classmethod
    def load(cls, path: Path | None = None) -> AdviceLimits:
        data = yaml.safe_load(Path(path or ADVICE_FILE).read_text(encoding="utf-8")) or {}
        passive = data.get("passive") or {}

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in passive.get(key) or ())

        limits = cls(
            long_sentence_words=int(data.get("long_sentence_words", 35)),
            reading_ease_target=float(data.get("reading_ease_target", 60)),
            reading_ease_min_words=int(data.get("reading_ease_min_words", 50)),
            passive_auxiliaries=words("auxiliaries"),
            passive_irregular=words("irregular_participles"),
            passive_not=words("not_passive"),
            passive_between=words("between"),
            passive_report_all=bool(passive.get("report_all", True)),
        )
        if limits.long_sentence_words < 1:
            raise ValueError("long_sentence_words must be at least 1")
        return limits


@lru_cache(maxsize=1)
def default_limits() -> AdviceLimits:
    return AdviceLimits.load()


@dataclass(frozen=True)
class AdviceItem:
    """One piece of advice; ``start``/``end`` are None for advice on the whole text."""

    kind: str  # "long_sentence" | "passive" | "reading_ease"
    start: int | None
    end: int | None
    text: str
    message: str
    value: float | None = None  # words in the sentence, or the reading-ease score

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text,
                "message": self.message, "value": self.value}


# ----------------------------------------------------------------------------- reading ease

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+")


@lru_cache(maxsize=20000)
def count_syllables(word: str) -> int:
    """Approximate English syllables (vowel groups, less a silent final e); at least 1."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 1
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", lambda m: m.group(0)[0], w)
    w = re.sub(r"^y", "", w)
    return max(1, len(re.findall(r"[aeiouy]+", w)))


def _words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text) if not w[0].isdigit()]


def reading_ease(text: str) -> float:
    """Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word.

    Sentences end at . ! ? and at line breaks (as in the project's sentencizer). An empty
    text scores 100.
    """
    sentences = [s for s in _SENT_SPLIT.split(text) if _words(s)]
    words = _words(text)
    if not words or not sentences:
        return 100.0
    syllables = sum(count_syllables(w) for w in words)
    return 206.835 - 1.015 * (len(words) / len(sentences)) - 84.6 * (syllables / len(words))


# ----------------------------------------------------------------------------- advice

def _is_word_token(tok: Any) -> bool:
    t = tok.text
    if tok.is_space or tok.is_punct or t.startswith(("'", "’")):
        return False
    return any(c.isalnum() for c in t)


def _is_participle(tok: Any, limits: AdviceLimits) -> bool:
    w = tok.lower_
    if w in limits.passive_not:
        return False
    if w in limits.passive_irregular:
        return True
    return tok.text.islower() and len(w) >= 4 and w.endswith("ed") and not w.endswith("eed")


def _is_between(tok: Any, limits: AdviceLimits) -> bool:
    return tok.lower_ in limits.passive_between or (tok.is_alpha and tok.lower_.endswith("ly"))


def _passives(doc: Doc, limits: AdviceLimits) -> list[tuple[int, int, bool]]:
    """(start token, end token, has "by" agent) of each passive construction."""
    out = []
    toks = [t for t in doc if not t.is_space]
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.lower_ in limits.passive_auxiliaries:
            j = i + 1
            skipped = 0
            while j < len(toks) and skipped < 2 and _is_between(toks[j], limits):
                j += 1
                skipped += 1
            if j < len(toks) and toks[j].is_alpha and _is_participle(toks[j], limits):
                if toks[j].is_sent_start:  # a new sentence, not a participle of this one
                    i += 1
                    continue
                by = j + 1 < len(toks) and toks[j + 1].lower_ == "by"
                out.append((tok.i, toks[j].i + 1, by))
                i = j + 1
                continue
        i += 1
    return out


def find_advice(doc: Doc, limits: AdviceLimits | None = None, passives: bool = True) -> list[AdviceItem]:
    """Long sentences, passive constructions (unless ``passives=False``) and (if low) reading ease."""
    limits = limits or default_limits()
    text = doc_text(doc)
    items: list[AdviceItem] = []
    for sent in doc.sents:
        n = sum(1 for t in sent if _is_word_token(t))
        if n > limits.long_sentence_words:
            s, e = sent.start_char, sent.end_char
            while e > s and text[e - 1].isspace():
                e -= 1
            items.append(AdviceItem(
                "long_sentence", s, e, text[s:e],
                f"This sentence has {n} words; aim for no more than "
                f"{limits.long_sentence_words}. Split it.",
                float(n),
            ))
    for ts, te, by in _passives(doc, limits) if passives else ():
        if by and not limits.passive_report_all:
            continue
        span = doc[ts:te]
        s, e = span.start_char, span.end_char
        who = "You name who acted; consider putting them first." if by else "Say who did it."
        items.append(AdviceItem(
            "passive", s, e, text[s:e],
            f'"{text[s:e]}" is passive. {who} '
            'For example, "I decided" rather than "it was decided".',
        ))
    n_words = len(_words(text))
    if n_words >= limits.reading_ease_min_words:
        score = reading_ease(text)
        if score < limits.reading_ease_target:
            items.append(AdviceItem(
                "reading_ease", None, None, "",
                f"Reading ease is {score:.0f}; aim for {limits.reading_ease_target:.0f} or more. "
                "Use shorter sentences and everyday words.",
                round(score, 1),
            ))
    items.sort(key=lambda it: (it.start is None, it.start or 0, it.end or 0))
    return items
