"""Signals: what each sentence of a draft does (decides, reasons, offers a review, ...).

Input: draft text. Output: a ``Draft`` whose sentences carry the names of the domain
signals they match (patterns in ``data/signals.yaml``). Classifiers use the signals as
features; highlights use them to find the sentence a concern belongs to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc

from model.schema import DATA_DIR
from model.text import parse


@dataclass(frozen=True)
class Sentence:
    """A non-blank sentence with its code-point span and the signals it matches."""

    start: int
    end: int
    text: str
    signals: frozenset[str]
    n_words: int


@dataclass(frozen=True)
class Draft:
    """A parsed draft: its text, spaCy doc and signalled sentences."""

    text: str
    doc: Doc | None  # None once the draft has left the process that parsed it
    sentences: tuple[Sentence, ...]

    def with_signal(self, name: str) -> list[Sentence]:
        return [s for s in self.sentences if name in s.signals]

    def has(self, name: str) -> bool:
        return any(name in s.signals for s in self.sentences)


class SignalPatterns:
    """Compiled signal patterns, matched sentence by sentence."""

    def __init__(self, patterns: dict[str, str]) -> None:
        self.patterns = dict(patterns)
        # Matching runs on lower-cased text with lower-cased patterns: several times faster
        # than re.IGNORECASE. "heading" is about case, so it runs on the original text.
        self._compiled = {
            name: re.compile(" ".join(p.split()).replace("| ", "|").lower(), re.MULTILINE)
            for name, p in self.patterns.items()
            if name != "heading"
        }
        if "heading" in self.patterns:
            self._heading = re.compile(" ".join(self.patterns["heading"].split()), re.MULTILINE)

    def match(self, sentence: str) -> frozenset[str]:
        """The signals one piece of text matches."""
        return self.match_sentences(sentence, [(0, len(sentence))])[0]

    def match_sentences(self, text: str, spans: list[tuple[int, int]]) -> list[frozenset[str]]:
        """The signals of each sentence span: one pass of each pattern over the whole text.

        A match belongs to the sentence its first character is in; "heading" is judged per
        sentence because it describes the whole line.
        """
        squeezed, positions = squeeze_spaces(text)
        starts = [s for s, _ in spans]
        found: list[set[str]] = [set() for _ in spans]
        for name, rx in self._compiled.items():
            for m in rx.finditer(squeezed):
                at = positions[m.start()]
                i = bisect_right(starts, at) - 1
                if i >= 0 and at < spans[i][1]:
                    found[i].add(name)
        if hasattr(self, "_heading"):
            for i, (s, e) in enumerate(spans):
                if self._heading.search(text, s, e) and "\n" not in text[s:e]:
                    found[i].add("heading")
        return [frozenset(f) for f in found]

    @property
    def names(self) -> list[str]:
        return list(self.patterns)


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_UNUSUAL_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]")


def squeeze_spaces(text: str) -> tuple[str, Sequence[int]]:
    """Lower-case ``text`` and fold runs of horizontal white space to one space.

    Returns the folded text and, for each of its characters, the offset in ``text``, so a
    pattern written with single spaces matches "no  further\u00a0action" too.
    """
    positions_: Sequence[int]
    if _UNUSUAL_SPACE.search(text):
        folded, positions_ = _fold(text)
    else:
        folded, positions_ = text, range(len(text))
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a few characters change length when lower-cased
        lowered = "".join(ch.lower()[:1] or ch for ch in folded)
    return lowered, positions_


def _fold(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    positions: list[int] = []
    last = 0
    for m in _SPACES.finditer(text):
        chunk = text[last : m.start()]
        out.append(chunk)
        positions.extend(range(last, m.start()))
        out.append(" ")
        positions.append(m.start())
        last = m.end()
    out.append(text[last:])
    positions.extend(range(last, len(text)))
    return "".join(out), positions


@lru_cache(maxsize=4)
def load_signals(path: Path | None = None) -> SignalPatterns:
    """Read ``data/signals.yaml`` (or another file) into compiled patterns."""
    raw = yaml.safe_load((path or DATA_DIR / "signals.yaml").read_text(encoding="utf-8"))
    return SignalPatterns({k: str(v) for k, v in raw.items()})


def sentence_spans(doc: Doc) -> Iterable[tuple[int, int]]:
    """Code-point spans of the non-blank sentences, trimmed of surrounding white space."""
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def analyse(text: str, patterns: SignalPatterns | None = None) -> Draft:
    """Parse ``text`` and label each sentence with the signals it matches."""
    patterns = patterns or load_signals()
    doc = parse(text)
    spans = list(sentence_spans(doc))
    signals = patterns.match_sentences(text, spans)
    sentences = tuple(
        Sentence(s, e, text[s:e], sig, len(text[s:e].split())) for (s, e), sig in zip(spans, signals, strict=True)
    )
    return Draft(text=text, doc=doc, sentences=sentences)
