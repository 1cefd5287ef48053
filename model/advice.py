# ruff: noqa: RUF001
"""Advice: plain-English writing hints shown beside the concerns (not concerns themselves).

* long sentences (more words than ``long_sentence_words``, 35 by default);
* passive constructions ("it was decided", "the case has been discontinued");
* Flesch reading ease of the whole text, reported when below ``reading_ease_target``.

Limits and word lists live in the shipped ``rules/advice.yaml``. Offsets are code points into the
text (``text[start:end] == item.text``).

Words are the tokens of spaCy's blank English tokenizer that hold a letter or digit and do not
start with an apostrophe ("don't" is "do" + "n't": two words; "victim's" is one; "long-term" is
two), from ``model.tokens``, which reproduces that tokenizer without spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from model.datafiles import advice_file, read_yaml
from model.text import sentence_spans
from model.tokens import Memo, is_special, special_cases, tokens_of


@dataclass(frozen=True)
class AdviceLimits:
    """Thresholds and word lists for advice (see rules/advice.yaml)."""

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
        data = read_yaml(path or advice_file())
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

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # numbers are not words: a digit never starts or joins one
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=20000)
def count_syllables(word: str) -> int:
    """Approximate English syllables (vowel groups, less a silent final e); at least 1."""
    w = _NOT_A_TO_Z.sub("", word.lower())
    if len(w) <= 3:
        return 1
    w = _SILENT_END.sub(lambda m: m.group(0)[0], w)
    w = w[1:] if w.startswith("y") else w
    return max(1, len(_VOWEL_GROUPS.findall(w)))


_NOT_A_TO_Z = re.compile(r"[^a-z]")
_SILENT_END = re.compile(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _words(text: str) -> list[str]:
    words: list[str] = _WORD_RE.findall(text)
    return words


def reading_ease(text: str) -> float:
    """Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word.

    Sentences end at . ! ? and at line breaks (as in the project's sentencizer). An empty
    text scores 100.
    """
    n_sentences = sum(1 for s in _SENT_SPLIT.split(text) if _LETTER.search(s))  # a sentence has a word
    words = _words(text)
    if not words or not n_sentences:
        return 100.0
    syllables = sum(map(count_syllables, words))
    return 206.835 - 1.015 * (len(words) / n_sentences) - 84.6 * (syllables / len(words))


def _is_word(token: str) -> bool:
    return not token.startswith(("'", "’")) and any(c.isalnum() for c in token)


def _chunk_words(chunk: str) -> int:
    if chunk.isalpha() and not is_special(chunk):
        return 1
    return sum(1 for t in tokens_of[chunk] if _is_word(t))


_WORD_COUNTS = Memo(_chunk_words)
_CHUNK = re.compile(r"\S+")


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Words in ``text[start:end]`` as the long-sentence advice counts them (see the module docstring).

    A chunk that ``start`` or ``end`` cuts (a sentence ending inside "end.Next") is tokenised
    whole, as spaCy tokenises before it splits sentences, and its tokens counted where they start.
    """
    end = len(text) if end is None else end
    if (0 < start < end and not text[start - 1].isspace() and not text[start].isspace()) or (
            start < end < len(text) and not text[end].isspace() and not text[end - 1].isspace()):
        n = 0
        cs = start
        while cs and not text[cs - 1].isspace():
            cs -= 1
        for m in _CHUNK.finditer(text, cs, end):
            if m.start() >= start and (m.end() < end or m.end() == len(text) or text[m.end()].isspace()):
                n += _WORD_COUNTS[m.group()]
                continue
            whole = _CHUNK.match(text, m.start()).group()  # type: ignore[union-attr]
            pos = m.start()
            for tok in tokens_of[whole]:
                n += start <= pos < end and _is_word(tok)
                pos += len(tok)
        return n
    return sum(map(_WORD_COUNTS.__getitem__, text[start:end].split()))


# ----------------------------------------------------------------------------- passives

def _is_participle(word: str, limits: AdviceLimits) -> bool:
    w = word.lower()
    if w in limits.passive_not:
        return False
    if w in limits.passive_irregular:
        return True
    return word.islower() and len(w) >= 4 and w.endswith("ed") and not w.endswith("eed")


def _is_between(word: str, limits: AdviceLimits) -> bool:
    w = word.lower()
    return w in limits.passive_between or (word.isalpha() and w.endswith("ly"))


def _trie(words: frozenset[str]) -> str:
    """A regular expression for ``words`` as a trie (Python's re tries alternatives one by one)."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree) or "(?!)"


@lru_cache(maxsize=16)
def _passive_re(auxiliaries: frozenset[str], between: frozenset[str],
                irregular: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A cheap filter for passives over lower-cased text (and the same ignoring case), each hit
    then checked against the tokens: every passive matches it, as its tokens are an auxiliary,
    up to two "between" words and a participle with only white space between them."""
    word = r"[^\W\d_]"
    # A token that starts with a letter follows no letter, but for the special cases' second
    # tokens ("hes" is "he" + "s").
    later = {t.lower() for parts in special_cases().values() for t in parts[1:]}
    starts: dict[str, set[str]] = {}
    for aux in auxiliaries:
        starts.setdefault(aux[0], set()).add(aux[1:])
    alts = []
    for first, rests in sorted(starts.items()):
        guard = first.isalpha() and not any(first + r in later for r in rests)
        alts.append(re.escape(first) + (rf"(?<!{word}{re.escape(first)})" if guard else "") + _trie(frozenset(rests)))
    pattern = (rf"(?:{'|'.join(alts)})(?:\s*(?:{_trie(between)}|{word}*ly)){{0,2}}"
               rf"\s*(?:{_trie(irregular)}|{word}{{2,}}ed)")
    return re.compile(pattern), re.compile(pattern, re.IGNORECASE)


def _tokens_from(text: str, at: int, need: int) -> list[tuple[int, str]]:
    """Up to ``need`` (offset, token) from the token that starts at ``at``, skipping white space."""
    cs = at
    while cs and not text[cs - 1].isspace():
        cs -= 1
    out: list[tuple[int, str]] = []
    for m in _CHUNK.finditer(text, cs):
        pos = m.start()
        toks = tokens_of[m.group()]
        if len(toks) == 1 and pos >= at:
            out.append((pos, toks[0]))
        else:
            for tok in toks:
                if pos >= at:
                    out.append((pos, tok))
                pos += len(tok)
        if len(out) >= need:
            return out[:need]
    return out


def _passives(text: str, starts: set[int], limits: AdviceLimits) -> list[tuple[int, int, bool]]:
    """(start, end, has "by" agent) of each passive construction.

    As spaCy's tokens: an auxiliary, up to two "between" words, then a participle that does
    not start a sentence; "by" after it names who acted.
    """
    if not limits.passive_auxiliaries:
        return []
    lower, ignore_case = _passive_re(limits.passive_auxiliaries, limits.passive_between, limits.passive_irregular)
    subject = text.lower()
    pattern = lower
    if len(subject) != len(text):  # lower-casing moved the offsets ("İ")
        subject, pattern = text, ignore_case
    out = []
    pos = 0
    while (m := pattern.search(subject, pos)) is not None:
        aux = m.start()
        pos = aux + 1
        toks = _tokens_from(text, aux, 5)  # auxiliary, two between, participle, "by"
        if not toks or toks[0][0] != aux or toks[0][1].lower() not in limits.passive_auxiliaries:
            continue  # not a token of its own ("this", "because")
        j = 1
        while j < len(toks) and j < 3 and _is_between(toks[j][1], limits):
            j += 1
        if j < len(toks) and toks[j][1].isalpha() and _is_participle(toks[j][1], limits):
            at, word = toks[j]
            if at in starts:  # a new sentence, not a participle of this one
                continue
            by = j + 1 < len(toks) and toks[j + 1][1].lower() == "by"
            out.append((aux, at + len(word), by))
            pos = at + len(word)
    return out


# ----------------------------------------------------------------------------- advice

def find_advice(text: str, limits: AdviceLimits | None = None, passives: bool = True,
                spans: Sequence[tuple[int, int]] | None = None) -> list[AdviceItem]:
    """Long sentences, passive constructions (unless ``passives=False``) and (if low) reading ease.

    ``spans`` are the sentences of ``text`` (``model.text.sentence_spans``), computed if not given.
    """
    limits = limits or default_limits()
    if spans is None:
        spans = sentence_spans(text)
    items: list[AdviceItem] = []
    for s, e in spans:
        if e - s <= limits.long_sentence_words:  # every word takes at least one character
            continue
        n = count_words(text, s, e)
        if n > limits.long_sentence_words:
            items.append(AdviceItem(
                "long_sentence", s, e, text[s:e],
                f"This sentence has {n} words; aim for no more than "
                f"{limits.long_sentence_words}. Split it.",
                float(n),
            ))
    if passives:
        starts = {s for s, _ in spans}
        for s, e, by in _passives(text, starts, limits):
            if by and not limits.passive_report_all:
                continue
            who = "You name who acted; consider putting them first." if by else "Say who did it."
            items.append(AdviceItem(
                "passive", s, e, text[s:e],
                f'"{text[s:e]}" is passive. {who} '
                'For example, "I decided" rather than "it was decided".',
            ))
    if len(text) >= limits.reading_ease_min_words and len(_words(text)) >= limits.reading_ease_min_words:
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
