"""The hand-written seed drafts (``data/corpus/handwritten_*.jsonl``) are the source of truth: each
line is checked here against the concern schema and the case-data values, as the Python sources they
replaced checked them before writing the file."""

from __future__ import annotations

import re

import pytest

from model.casedata import DECISION_TYPES, MEETING_CATEGORIES, OFFENCE_CATEGORIES, VRR_DECISIONS
from model.schema import default_schema
from training.dataset import CORPUS_DIR, load_records, read_jsonl

FILES = sorted(CORPUS_DIR.glob("handwritten_*.jsonl"))
RAW = [(f"{path.name}:{number}", obj) for path in FILES for number, obj in read_jsonl(path)]


def test_the_hand_written_sets_are_there():
    assert [p.name for p in FILES] == ["handwritten_letters.jsonl", "handwritten_reviews.jsonl"]
    assert len(RAW) >= 300


def test_each_draft_is_a_valid_record_with_unique_id_and_text():
    records = load_records(FILES)  # schema doc types, exactly the concerns of the type, 0/1, unique ids
    assert len({r.text for r in records}) == len(records)
    assert all(r.source == "handwritten" for r in records)


@pytest.mark.parametrize(("where", "obj"), RAW, ids=[w for w, _ in RAW])
def test_meta_spans_and_labels_agree_with_the_schema(where, obj):
    meta, labels, text = obj["meta"], obj["labels"], obj["text"]
    assert set(obj) <= {"id", "doc_type", "text", "labels", "spans", "meta"}, where
    assert meta["decision"] in DECISION_TYPES, where
    assert meta["case_category"] in OFFENCE_CATEGORIES, where
    presence = [c for c in labels if default_schema().concerns[c].kind == "presence"]
    for span in obj["spans"]:
        assert span["text"] and span["text"] == span["text"].strip(), (where, span)
        if "start" in span:  # offsets are optional: the span text alone places it
            assert text[span["start"] : span["end"]] == span["text"], (where, span)
    for concern in presence:  # a flagged presence concern points at its words, and only then
        assert bool(labels[concern]) == any(s["concern"] == concern for s in obj["spans"]), (where, concern)
    if labels.get("missing_vrr"):
        assert meta["decision"] in VRR_DECISIONS, where
    if labels.get("missing_meeting_offer"):
        assert meta["case_category"] in MEETING_CATEGORIES, where


@pytest.mark.parametrize(("where", "obj"), [(w, o) for w, o in RAW if o["doc_type"] == "vcl_letter"],
                         ids=[w for w, o in RAW if o["doc_type"] == "vcl_letter"])
def test_letters_not_flagged_say_what_the_label_claims(where, obj):
    """Cross-checks on the hand labels: an unflagged review right names a time limit; an unflagged
    meeting offer mentions a meeting."""
    meta, labels, low = obj["meta"], obj["labels"], obj["text"].lower()
    if meta["decision"] in VRR_DECISIONS and not labels["missing_vrr"]:
        assert "review" in low and re.search(r"working days|within|by \d|before", low), where
    if meta["case_category"] in MEETING_CATEGORIES and not labels["missing_meeting_offer"]:
        assert re.search(r"\bmeet|meeting", low), where
