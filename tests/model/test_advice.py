# ruff: noqa: RUF001
"""Advice without spaCy: its tokens and advice agree with spaCy's blank English pipeline, the reference."""

from __future__ import annotations

import json

from model.advice import AdviceLimits, count_words, default_limits, find_advice
from model.text import parse, reference_spans
from training.dataset import CORPUS_DIR

CORPUS = sorted(CORPUS_DIR.glob("*.jsonl"))


def test_count_words_tokenises_a_chunk_cut_by_a_sentence_whole() -> None:
    text = "It was.Wed is a day."  # spaCy: "was" "." "Wed" (no special case inside a chunk)
    assert count_words(text) == 6
    assert count_words(text, 0, 7) + count_words(text, 7) == 6


# ----------------------------------------------------------------------------- the reference


def reference_advice(text: str, limits: AdviceLimits) -> list[tuple[str, int, int, float | None]]:
    """The advice the spaCy version found: long sentences and passives over spaCy's tokens."""
    doc = parse(text)
    out = []
    for sent in doc.sents:
        n = sum(1 for t in sent if not (t.is_space or t.is_punct or t.text.startswith(("'", "’")))
                and any(c.isalnum() for c in t.text))
        if n > limits.long_sentence_words:
            kept = text[sent.start_char : sent.end_char]
            start = sent.start_char + len(kept) - len(kept.lstrip())
            out.append(("long_sentence", start, start + len(kept.strip()), float(n)))
    toks = [t for t in doc if not t.is_space]
    i = 0
    while i < len(toks):
        if toks[i].lower_ in limits.passive_auxiliaries:
            j = i + 1
            while j < len(toks) and j - i <= 2 and (toks[j].lower_ in limits.passive_between or (
                    toks[j].is_alpha and toks[j].lower_.endswith("ly"))):
                j += 1
            w = toks[j].lower_ if j < len(toks) else ""
            if j < len(toks) and toks[j].is_alpha and w not in limits.passive_not and not toks[j].is_sent_start and (
                    w in limits.passive_irregular
                    or (toks[j].text.islower() and len(w) >= 4 and w.endswith("ed") and not w.endswith("eed"))):
                out.append(("passive", toks[i].idx, toks[j].idx + len(toks[j].text), None))
                i = j + 1
                continue
        i += 1
    return sorted(out, key=lambda a: (a[1], a[2]))


def test_agrees_with_the_spacy_reference_on_corpus_drafts() -> None:
    texts = [json.loads(line)["text"] for path in CORPUS for line in path.read_text(encoding="utf-8").splitlines()]
    limits = default_limits()
    differ = []
    for text in texts[::10]:
        spans = reference_spans(parse(text))
        found = [(a.kind, a.start, a.end, a.value) for a in find_advice(text, limits, spans=spans)
                 if a.kind != "reading_ease"]
        if found != reference_advice(text, limits):
            differ.append(text[:60])
    assert differ == []
