"""Signals: what each sentence of a draft does (decides, reasons, offers a review, ...).

Input: draft text. Output: a ``Draft`` whose sentences carry the names of the domain
signals they match (patterns in ``data/signals.yaml``). Classifiers use the signals as
features; highlights use them to find the sentence a concern belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    doc: Doc
    sentences: tuple[Sentence, ...]

    def with_signal(self, name: str) -> list[Sentence]:
        return [s for s in self.sentences if name in s.signals]

    def has(self, name: str) -> bool:
        return any(name in s.signals for s in self.sentences)


class SignalPatterns:
    """Compiled signal patterns, matched sentence by sentence."""

    def __init__(self, patterns: dict[str, str]) -> None:
        self.patterns = dict(patterns)
        flags = re.IGNORECASE | re.MULTILINE
        self._compiled = {
            name: re.compile(" ".join(p.split()).replace("| ", "|"), flags)
            for name, p in self.patterns.items()
        }
        # "heading" is about case, so it is matched case-sensitively.
        if "heading" in self._compiled:
            self._compiled["heading"] = re.compile(self._compiled["heading"].pattern)

    @property
    def names(self) -> list[str]:
        return list(self._compiled)

    def match(self, sentence: str) -> frozenset[str]:
        return frozenset(n for n, rx in self._compiled.items() if rx.search(sentence))


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
    sentences = []
    for start, end in sentence_spans(doc):
        chunk = text[start:end]
        sentences.append(Sentence(start, end, chunk, patterns.match(chunk), len(chunk.split())))
    return Draft(text=text, doc=doc, sentences=tuple(sentences))
