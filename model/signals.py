"""Signals: what each sentence of a draft does (decides, reasons, offers a review, ...).

Input: draft text. Output: a ``Draft`` whose sentences carry the names of the domain
signals they match (patterns in the shipped ``signals.yaml``). Classifiers use the signals as
features; highlights use them to find the sentence a concern belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from model.datafiles import read_yaml, signals_file
from model.rules import long_repeats_unbounded
from model.text import sentence_spans


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
    """A parsed draft: its text and signalled sentences."""

    text: str
    sentences: tuple[Sentence, ...]

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.sentences]

    def with_signal(self, name: str) -> list[Sentence]:
        return [s for s in self.sentences if name in s.signals]

    def has(self, name: str) -> bool:
        return any(name in s.signals for s in self.sentences)


class SignalPatterns:
    """Compiled signal patterns, matched sentence by sentence.

    All patterns run at once through an RE2 set (one linear scan of each sentence) where the
    ``google-re2`` package is installed, else one Python ``re`` search per pattern. Matching
    is on lower-cased text with runs of white space folded to one space.
    """

    def __init__(self, patterns: dict[str, str]) -> None:
        self.patterns = dict(patterns)
        self._sources = {
            name: " ".join(p.split()).replace("| ", "|").lower()
            for name, p in self.patterns.items()
            if name != "heading"
        }
        self._build()

    def _build(self) -> None:
        self._names = list(self._sources)
        self._compiled = {name: re.compile(src, re.MULTILINE) for name, src in self._sources.items()}
        # RE2 scans a bounded repeat ("[^.;]{0,120}") as that many copies of its states, which made the
        # whole set several times slower; the set gets each long repeat unbounded (it then finds a superset),
        # and a sentence it names for such a pattern is confirmed with the pattern itself.
        loose = {name: long_repeats_unbounded(src) for name, src in self._sources.items()}
        self._confirm = frozenset(name for name, src in self._sources.items() if loose[name] != src)
        self._set = _re2_set(list(loose.values()))
        heading = self.patterns.get("heading")
        self._heading = re.compile(" ".join(heading.split()), re.MULTILINE) if heading else None
        # Read only on sentences without a line break, where a pattern that opens with "^" (and has no
        # top-level "|") can match only at the start: ``match`` finds what ``search`` would, sooner.
        self._heading_find = None if self._heading is None else (
            self._heading.match if _anchored_at_start(self._heading.pattern) else self._heading.search)

    def __getstate__(self) -> dict[str, object]:
        return {"patterns": self.patterns}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["patterns"])  # type: ignore[misc]

    @property
    def names(self) -> list[str]:
        return list(self.patterns)

    def match(self, sentence: str) -> frozenset[str]:
        """The signals one sentence matches."""
        folded = squeeze_spaces(sentence)[0]
        if self._set is not None:
            found = {self._names[i] for i in self._set.Match(folded) or ()}
            found -= {name for name in found & self._confirm if not self._compiled[name].search(folded)}
        else:
            found = {name for name, rx in self._compiled.items() if rx.search(folded)}
        if self._heading_find is not None and "\n" not in sentence and self._heading_find(sentence):
            found.add("heading")
        return frozenset(found)

    def match_sentences(self, text: str, spans: list[tuple[int, int]]) -> list[frozenset[str]]:
        """The signals of each sentence span of ``text``."""
        return [self.match(text[s:e]) for s, e in spans]


def _anchored_at_start(src: str) -> bool:
    """``src`` opens with "^" and has no "|" outside groups: every match starts where "^" holds."""
    from model.rules import _has_top_level_bar

    return src.startswith("^") and not _has_top_level_bar(src)


def _re2_set(sources: list[str]) -> Any:
    """An RE2 search set over ``sources``, or None where google-re2 is not installed."""
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency; plain re still works
        return None
    options = re2.Options()
    options.word_boundary = True
    matcher = re2.Set.SearchSet(options)
    for src in sources:
        matcher.Add(src)
    matcher.Compile()
    return matcher


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_UNUSUAL_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]")


def squeeze_spaces(text: str) -> tuple[str, Sequence[int]]:
    """Lower-case ``text`` and fold runs of horizontal white space to one space.

    Returns the folded text and, for each of its characters, the offset in ``text``, so a
    pattern written with single spaces matches "no  further\u00a0action" too.
    """
    positions_: Sequence[int]
    if _unusual_space(text):
        folded, positions_ = _fold(text)
    else:
        folded, positions_ = text, range(len(text))
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a few characters change length when lower-cased
        lowered = "".join(ch.lower()[:1] or ch for ch in folded)
    return lowered, positions_


def _unusual_space(text: str) -> bool:
    """``_UNUSUAL_SPACE`` matches ``text``; in ASCII text its only spaces are " " and tab, without a scan."""
    if text.isascii():
        return "\t" in text or "  " in text
    return _UNUSUAL_SPACE.search(text) is not None


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
    """Read the shipped ``signals.yaml`` (or another file) into compiled patterns."""
    raw = read_yaml(path or signals_file())
    return SignalPatterns({k: str(v) for k, v in raw.items()})


def analyse(text: str, patterns: SignalPatterns | None = None) -> Draft:
    """Parse ``text`` and label each sentence with the signals it matches."""
    patterns = patterns or load_signals()
    spans = sentence_spans(text)
    signals = patterns.match_sentences(text, spans)
    sentences = tuple(
        Sentence(s, e, text[s:e], sig, len(text[s:e].split())) for (s, e), sig in zip(spans, signals, strict=True)
    )
    return Draft(text=text, sentences=sentences)
