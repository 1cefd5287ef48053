"""The concern schema is data, complete, and matches the domain reference."""

from __future__ import annotations

import re

import pytest

from model.schema import default_schema
from tests.conftest import ROOT

REVIEW_CONCERNS = {"weak_case_analysis", "no_case_strategy", "code_test_unreasoned", "disclosure_not_addressed",
                   "victim_witness_needs_not_addressed"}
LETTER_CONCERNS = {"missing_reasons", "unexplained_jargon", "lacks_empathy", "missing_vrr",
                   "missing_meeting_offer", "template_residue"}


def test_schema_has_the_three_doc_types_and_eleven_concerns():
    schema = default_schema()
    assert set(schema.doc_types) == {"pre_charge_review", "post_charge_review", "vcl_letter"}
    assert set(schema.concerns_for("pre_charge_review")) == REVIEW_CONCERNS
    assert set(schema.concerns_for("post_charge_review")) == REVIEW_CONCERNS
    assert set(schema.concerns_for("vcl_letter")) == LETTER_CONCERNS


def test_every_concern_has_words_for_the_reviewer():
    for concern in default_schema().concerns.values():
        assert concern.title and len(concern.message) > 30 and len(concern.suggestion) > 30
        assert concern.kind in ("absence", "presence")


def test_schema_ids_match_the_domain_reference():
    reference = ROOT.parent / "shared" / "domain" / "concerns.md"
    if not reference.exists():
        pytest.skip(f"{reference} not present")
    ids = set(re.findall(r"^\| `([a-z_]+)` \|", reference.read_text(encoding="utf-8"), re.M))
    schema = default_schema()
    assert ids == set(schema.doc_types) | set(schema.concerns) | set(schema.case_checks)
