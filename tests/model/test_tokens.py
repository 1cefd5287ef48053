# ruff: noqa: RUF001
"""Tokens: the chunk tokenizer reproduces spaCy's blank English tokenizer."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.tokens import chunk_tokens, special_cases


@pytest.fixture(scope="module")
def tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


def spacy_tokens(tokenizer: Any, chunk: str) -> list[str]:
    return [t.text for t in tokenizer(chunk)]


def test_special_cases_are_the_tokenizers(tokenizer: Any) -> None:
    from spacy.symbols import ORTH


    rules = {k: tuple(t[ORTH] if ORTH in t else t["ORTH"] for t in v) for k, v in tokenizer.rules.items()}
    assert {k: v for k, v in rules.items() if k.strip() == k and k} == special_cases()  # but white space


@pytest.mark.parametrize("chunk", [
    "don't", "can't", "won't", "isn't", "wasn’t", "we're", "it's", "victim's", "NFA'd", "'s", "o'clock",
    "long-term", "re-opened", "3-4", "and/or", "him/her", "24/7", "s.47", "s.47.", "10km", "5pm", "10.30am",
    "£41,000", "e-mail", "Ph.D.", "U.S.", "www.gov.uk/victims", "end.Next", "end.then", "(a)", "1st",
    "(complainant):", "Charge(s):", "n/a.", "Wed", "thats", "cannot", "gonna", "Mr.,", "“Quoted.”", "412g.",
    "°C.", "a--b", "a—b", "--x", "8-D", "(and/or)", "e.g.,", "...and", "wait…what", "x,y", "CPS.", "[insert",
    # the fast path's shapes and their near misses
    "court,", "2024.", "said:", "Smith;", "why?", "ok!", "UK.", "A.", "Ab.", "cannot.", "gonna,", "Wed.", "3rd.",
    "km.", "10km.", "café.", "x.", "I.", "etc.", "Mr,",
])
def test_chunk_tokens_are_spacys(tokenizer: Any, chunk: str) -> None:
    assert list(chunk_tokens(chunk)) == spacy_tokens(tokenizer, chunk)


PIECES = ["a", "A", "is", "was", "n't", "'s", "’s", "'", "’", "-", "–", "—", "--", ".", "...", "…", ",", ":", ";",
          "!", "?", "(", ")", "[", "]", '"', "“", "”", "/", "10", "3", "km", "am", "pm", "a.m.", "£", "$", "%", "+",
          "*", "e.g.", "Mr.", "don", "t", "can", "not", "we", "re", "www", "gov", "uk", "@", "é", "É", "°", "C", "©",
          "=", "<", ">", "&", "#", "_", "~", "ß", "I", "m", "that", "O", "D", "8", "and/or", "ll", "ve", "Wed", ":)"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6))
def test_chunk_tokens_agree_on_shuffled_pieces(tokenizer: Any, pieces: list[str]) -> None:
    chunk = "".join(pieces)
    assert list(chunk_tokens(chunk)) == spacy_tokens(tokenizer, chunk)




def test_a_long_chunk_without_spaces_costs_what_spacy_costs_give_or_take(tokenizer: Any) -> None:
    """A chunk that splits into thousands of tokens ("P®P®…": 2,000 characters scored in 23 s when every run of
    tokens was tried against the special cases): the same tokens as spaCy, at a cost of the same order."""
    import time

    chunk = "P®" * 2000
    assert list(chunk_tokens(chunk)) == spacy_tokens(tokenizer, chunk)
    started = time.perf_counter()
    spacy_tokens(tokenizer, chunk)
    floor = time.perf_counter() - started
    started = time.perf_counter()
    chunk_tokens(chunk)
    ours = time.perf_counter() - started
    assert ours < 200 * floor + 0.05, f"{ours:.3f} s against spaCy's {floor:.4f} s"
