"""Scoring returns the contract's shape with offsets that point at the right text."""

from __future__ import annotations

import pytest

from model.errors import InvalidTextError, UnknownDocTypeError
from model.schema import default_schema

LETTER = (
    "Dear Mrs Okafor\n\n"
    "I am writing to tell you that I have decided to stop the case against Dean Morris. "
    "There is insufficient evidence to provide a realistic prospect of conviction. "
    "The case was discontinued under s.23 and we offered no evidence.\n\n"
    "Please contact [insert OIC name] if you have questions.\n\nYours faithfully\nCrown Prosecutor"
)


def test_result_has_every_concern_of_its_type(scorer):
    result = scorer.score(LETTER, "vcl_letter").to_dict()
    assert set(result["scores"]) == set(default_schema().concerns_for("vcl_letter"))
    assert all(0.0 <= p <= 1.0 for p in result["scores"].values())
    assert result["doc_type"] == "vcl_letter" and not result["doc_type_detected"]
    assert result["model_version"] == scorer.version


def test_flags_and_items_agree_and_offsets_are_exact(scorer):
    result = scorer.score(LETTER).to_dict()
    assert {i["concern"] for i in result["concerns"]} == set(result["flags"])
    for item in result["concerns"]:
        assert LETTER[item["start"] : item["end"]] == item["text"]
        assert item["severity"] in ("high", "medium")
    starts = [i["start"] for i in result["concerns"]]
    assert starts == sorted(starts)


def test_a_bare_letter_is_flagged_where_the_words_are(scorer):
    result = scorer.score(LETTER, "vcl_letter").to_dict()
    texts = {(i["concern"], i["text"]) for i in result["concerns"]}
    assert ("template_residue", "[insert OIC name]") in texts
    assert any(c == "unexplained_jargon" and "s.23" in t for c, t in texts)
    assert "missing_vrr" in result["flags"] and "missing_reasons" in result["flags"]


def test_doc_type_is_detected_when_not_given(scorer):
    assert scorer.score(LETTER).doc_type == "vcl_letter"


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_refused(scorer, text):
    with pytest.raises(InvalidTextError, match="empty"):
        scorer.score(text)


def test_oversize_text_is_refused(scorer):
    with pytest.raises(InvalidTextError, match="limit"):
        scorer.score("word " * (scorer.max_chars // 4))


def test_unknown_doc_type_lists_the_valid_ones(scorer):
    with pytest.raises(UnknownDocTypeError, match="vcl_letter"):
        scorer.score(LETTER, "memo")


def test_offsets_survive_emoji_accents_crlf_and_nbsp(scorer):
    letter = ("Dear Mrs Zoë Ölçer 👋\r\n\r\nI am writing to tell you that the case was discontinued "
              "under s.23 and we offered\u00a0no evidence. Please contact [insert OIC name] 😀.\r\n\r\n"
              "Cafe\u0301 owner\r\nYours faithfully")
    result = scorer.score(letter, "vcl_letter").to_dict()
    assert result["concerns"]
    utf16 = letter.encode("utf-16-le")
    for item in result["concerns"]:
        assert letter[item["start"] : item["end"]] == item["text"]
        as_js = utf16[item["start_utf16"] * 2 : item["end_utf16"] * 2].decode("utf-16-le")
        assert as_js == item["text"]
        line_start = sum(len(x) + 1 for x in letter.split("\n")[: item["line"] - 1])
        assert item["start"] - line_start + 1 == item["column"]


def test_rules_name_themselves_and_suggest_the_plain_words(scorer):
    result = scorer.score(LETTER, "vcl_letter").to_dict()
    jargon = [c for c in result["concerns"] if c["concern"] == "unexplained_jargon"]
    assert jargon and all(c["rule"].startswith("jargon.") and c["source"] in ("rule", "model+rule") for c in jargon)
    assert any(c["replacements"] for c in jargon)


def test_letters_get_quieter_advice_with_a_reading_ease_figure(scorer):
    advice = scorer.score(LETTER, "vcl_letter").to_dict()["advice"]
    assert any(a["kind"] == "reading_ease" and isinstance(a["value"], float) for a in advice)
    for a in advice:
        if a["start"] is not None:
            assert LETTER[a["start"] : a["end"]] == a["text"]


def test_explained_scores_equal_the_unexplained_and_evidence_is_computed_once_per_draft(scorer) -> None:
    """With ``explain`` the scorer takes the draft's row from the occlusion rows: the scores must not move."""
    import json as _json

    from training.dataset import CORPUS_DIR

    texts = [_json.loads(line)["text"] for line in (CORPUS_DIR / "handwritten_letters.jsonl").read_text(
        encoding="utf-8").splitlines()][:40]
    explained = scorer.score_many(texts, ["vcl_letter"] * len(texts))
    plain = scorer.score_many(texts, ["vcl_letter"] * len(texts), explain=False)
    assert [r.scores for r in explained] == [r.scores for r in plain]
    assert [r.flags for r in explained] == [r.flags for r in plain]
    assert any(i.evidence for r in explained for i in r.items)
    assert not any(i.evidence for r in plain for i in r.items)
