"""Sentences: the regex segmenter agrees with spaCy's blank English pipeline, the reference."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.text import parse, reference_spans, sentence_spans
from training.dataset import CORPUS_DIR

CORPUS = sorted(CORPUS_DIR.glob("*.jsonl"))


def test_agrees_with_the_spacy_pipeline_on_every_corpus_draft() -> None:
    texts = [json.loads(line)["text"] for path in CORPUS for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(texts) > 3000
    differ = [t[:60] for t in texts if sentence_spans(t) != reference_spans(parse(t))]
    assert differ == []


@pytest.mark.parametrize("text", [
    "Mr. J. Smith saw it. Then he left.",
    "The loans total £1.02m. Two clients said so. It weighed 412g. Then it was sold.",
    "He said \"stop.\" She did not. (He left.) Next.",
    "Email VictimLiaison.Wessex@cps.gov.uk or call. Then wait... and see.",
    "It ended.Next one starts here. The CPS. The U.S. is far. e.g. this is not a sentence end.",
    "Dear Ms Khan,\n\nRe: the case\nI have decided.  Two spaces! Why? Because.\r\n\r\nYours sincerely",
    "Wow?! Really!!! Ok. 'Quoted.' \u201cCurly.\u201d [Bracketed.] 1970s. P60s. NFA'd. The end",
    "A \u0964 Hindi danda\u0964 Then \U00011047 astral\U00011047 after. \u3002 Ideographic\u3002 stop.",
])
def test_agrees_with_the_spacy_pipeline_on_hard_cases(text: str) -> None:
    assert sentence_spans(text) == reference_spans(parse(text))


def test_spans_are_trimmed_and_within_the_text() -> None:
    text = "  First one.   Second one!\n\n  Third line\n"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one!", "Third line"]


PIECES = ["the", "victim", "Mr.", "Mrs", "e.g.", "i.e.", "CPS.", "J.", "U.K.", "end.", "end.Next", "Next", "(",
          ")", '"', "'", "\u201c", "\u201d", "?", "!", "?!", "...", "\u2026", ".", ",", ";", "\n", "\n\n", "  ", "\t",
          "412g.", "s.47", "s.47.", "1970s.", "\u00a3150.", "NFA'd.", "don't.", "a.m.", "(W1).", "[insert", "date].",
          "-", "\u2013", "No.", "para.", "v.", "St.", "www.cps.gov.uk.", "name@cps.gov.uk."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.lists(st.sampled_from([" ", "  "]), min_size=40))
def test_agrees_with_spacy_on_shuffled_prose(pieces: list[str], gaps: list[str]) -> None:
    """Pieces separated by spaces, as in prose (glued oddities such as "v.J." may split differently)."""
    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False))
    assert sentence_spans(text) == reference_spans(parse(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_ordered_non_blank_spans(text: str) -> None:
    spans = sentence_spans(text)
    assert all(0 <= s < e <= len(text) and text[s:e].strip() == text[s:e] for s, e in spans)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
