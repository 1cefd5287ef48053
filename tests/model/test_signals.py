"""Signal matching: the shortcuts give what the patterns themselves give."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.signals import _UNUSUAL_SPACE, SignalPatterns, _anchored_at_start, _unusual_space, load_signals

_SPACES = ["a  b", "a\tb", "a \tb", "a\u00a0b", "a\u2003b", "a b", "ab", "a\u200bb", "a\u3000b", "é  b", "é b",
           "a\n\nb", "a \n b", "\t", "  ", " "]


@pytest.mark.parametrize("text", _SPACES)
def test_unusual_space_is_what_the_pattern_finds(text: str) -> None:
    assert _unusual_space(text) == (_UNUSUAL_SPACE.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([" ", "\t", "\u00a0", "\u2002", "a", "é", "\n", "."]), max_size=12))
def test_unusual_space_on_random_text(text: str) -> None:
    assert _unusual_space(text) == (_UNUSUAL_SPACE.search(text) is not None)


@pytest.mark.parametrize(("pattern", "anchored"), [
    (r"^\s*[A-Z][a-z]+:?\s*$", True), (r"^a|b", False), (r"^(?:a|b)", True), (r"a^", False), (r"[|]^x", False),
    (r"^a[|]b", True), (r"^a\|b", True),
])
def test_anchored_at_start(pattern: str, anchored: bool) -> None:
    assert _anchored_at_start(pattern) == anchored


@pytest.mark.parametrize("sentence", [
    "Evidential stage", "Public interest:", "  Disclosure  ", "I am writing to tell you about the case.",
    "Victims and witnesses: none", "PI", "A", "Re: Dean Morris", "x Heading", "Heading x:", "",
])
def test_headings_found_by_match_as_by_search(sentence: str) -> None:
    patterns = load_signals()
    heading = patterns._heading
    assert heading is not None and _anchored_at_start(heading.pattern)
    assert ("heading" in patterns.match(sentence)) == (heading.search(sentence) is not None)


def test_a_heading_pattern_not_anchored_is_searched() -> None:
    patterns = SignalPatterns({"decision": "decided", "heading": r"Summary|^Notes"})
    assert "heading" in patterns.match("Case Summary")
    assert patterns.match("Notes") == frozenset({"heading"})
    assert patterns._heading_find == patterns._heading.search  # type: ignore[union-attr]
    assert re.search(r"Summary|^Notes", "Case Summary")


def test_a_wide_repeat_is_scanned_unbounded_and_each_match_confirmed_by_the_pattern_itself() -> None:
    patterns = SignalPatterns({"stop": r"case against [^.;]{0,30}?has been stopped", "plain": "stopped",
                               "date": r"\d{1,2} may"})
    assert "decision_discontinue" in load_signals()._confirm  # the default signals have such a repeat
    assert "date" not in patterns._confirm  # a short repeat stays as written
    near = "the case against " + "mr x " * 4 + "has been stopped"  # 20 characters between
    far = "the case against " + "mr x " * 12 + "has been stopped"  # 60: the unbounded set finds it too
    assert patterns.match(near) == {"stop", "plain"}
    assert patterns.match(far) == {"plain"}
    assert patterns.match("on 14 may") == {"date"}
