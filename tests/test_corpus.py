"""The seed corpus is valid, balanced, and written by this project."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from model.schema import default_schema
from tests.conftest import SHARED_DATA


def test_corpus_is_large_enough(corpus_records):
    assert len(corpus_records) >= 3000
    counts = Counter(r.doc_type for r in corpus_records)
    assert min(counts.values()) >= 600


def test_labels_are_complete_and_spans_are_substrings(corpus_records):
    schema = default_schema()
    for r in corpus_records:
        assert set(r.labels) == set(schema.concerns_for(r.doc_type)), r.id
        for span in r.spans:
            assert span["text"] in r.text, r.id
            if "start" in span:
                assert r.text[span["start"] : span["end"]] == span["text"], r.id


def test_presence_labels_agree_with_spans(corpus_records):
    for r in corpus_records:
        for concern in ("unexplained_jargon", "template_residue"):
            if concern in r.labels:
                has_span = any(s["concern"] == concern for s in r.spans)
                assert has_span == bool(r.labels[concern]), (r.id, concern)


def test_every_concern_is_balanced(corpus_records):
    schema = default_schema()
    for doc_type in schema.doc_types:
        of_type = [r for r in corpus_records if r.doc_type == doc_type]
        for concern in schema.concerns_for(doc_type):
            rate = sum(r.labels[concern] for r in of_type) / len(of_type)
            assert 0.20 <= rate <= 0.70, (doc_type, concern, rate)


# Public CPS wording that any letter about the review scheme may carry word for word.
STOCK_WORDING = (
    "you have the right to ask for it to be reviewed under the victims' right to review scheme. "
    "your request should be made within 10 working days of the date of",
)


def _shingles(text: str, n: int) -> set[str]:
    lowered = " ".join(text.lower().split())
    for stock in STOCK_WORDING:
        lowered = lowered.replace(stock, " | ")
    words = lowered.split()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_no_text_is_copied_from_the_independent_drafts(corpus_records):
    """Stock institutional wording (the review scheme's name, "section 23 of the Prosecution of
    Offences Act 1985") is shared by any two CPS letters; copying is a long shared run outside
    the stock sentences above, or a draft much of whose wording is shared."""
    files = sorted(SHARED_DATA.glob("*.jsonl"))
    if not files:
        pytest.skip(f"no independent drafts in {SHARED_DATA}")
    texts = [json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    long_runs = set().union(*(_shingles(t, 25) for t in texts))
    phrases = set().union(*(_shingles(t, 8) for t in texts))
    copied = [r.id for r in corpus_records if _shingles(r.text, 25) & long_runs]
    assert copied == []
    mostly_shared = [r.id for r in corpus_records
                     if len(_shingles(r.text, 8) & phrases) > 0.3 * max(1, len(_shingles(r.text, 8)))]
    assert mostly_shared == []
