"""Property-based checks of the scoring core: any text in, well-formed items out."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.errors import InvalidTextError
from model.text import utf16_offset

ALPHABET = st.characters(blacklist_categories=("Cs",))  # any code point but lone surrogates
WORDS = ["Dear", "Mr", "Khan", "decided", "stop", "case", "[insert date]", "s.23", "NFA", "offered no evidence",
         "because", "CCTV", "\r\n", "\n\n", "\u00a0", "😀", "e\u0301", "\x00", "\x0b", "Victims' Right to Review",
         "Disclosure: N/A", "Code test met.", "<<name>>", "XX/XX/XXXX", "a" * 300]

texts = st.one_of(
    st.text(alphabet=ALPHABET, max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join),
    st.tuples(st.text(alphabet=ALPHABET, min_size=1, max_size=50), st.integers(1, 4000)).map(lambda t: t[0] * t[1]),
)


def check_result(text: str, result: dict) -> None:
    flagged = set()
    for item in [*result["concerns"], *(a for a in result["advice"] if a["start"] is not None)]:
        assert 0 <= item["start"] <= item["end"] <= len(text)
        assert text[item["start"] : item["end"]] == item["text"]
        assert item["start_utf16"] == utf16_offset(text, item["start"])
        flagged.add(item.get("concern"))
    assert set(result["flags"]) == {i["concern"] for i in result["concerns"]}
    assert all(0.0 <= p <= 1.0 for p in result["scores"].values())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, doc_type=st.sampled_from([None, "vcl_letter", "pre_charge_review", "post_charge_review"]))
def test_any_text_scores_or_is_refused_cleanly(scorer, text, doc_type):
    try:
        result = scorer.score(text, doc_type).to_dict()
    except InvalidTextError as exc:
        assert not text.strip() or len(text) > scorer.max_chars, exc
        return
    check_result(text, result)


def test_the_longest_accepted_text_scores(scorer):
    text = ("I have decided to stop the case because the CCTV does not show the incident. " * 1400)[
        : scorer.max_chars]
    check_result(text, scorer.score(text, "vcl_letter").to_dict())
