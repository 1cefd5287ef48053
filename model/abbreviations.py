# ruff: noqa: RUF001
# (typographic quotes and dashes in patterns are intentional)
"""Abbreviations by their shape: any abbreviation a letter uses and never explains.

Input: a draft's text. Output: candidate spans (``Abbreviation``) shaped like abbreviations
("URN", "MG11s", "PfHA", "N.F.A.") that are not plain to the public, and whether the letter
explains each one anywhere (its expansion, or capitalised words whose initials spell it).
The lists are data (``model/resources/rules/abbreviations.yaml``); the lexicon's own rules win where both
match, so this module only catches what the lexicon does not name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources.abc import Traversable
from typing import Any

from model.datafiles import read_yaml

ABBREVIATIONS_FILE = "abbreviations.yaml"
_SHAPE = re.compile(
    r"(?<![\w.&/@\-])"
    r"(?P<core>(?:[A-Z]\.){2,5}|[A-Z]{2,5}\d{0,2}|[A-Z][a-z][A-Z]{1,4})"
    r"(?P<tail>s|['’]s)?"
    r"(?![\w&@]|[\-/]\w|\.\w)"
)
_ROMAN = re.compile(r"[IVX]{1,4}")
_POSTCODE_AFTER = re.compile(r"\s+\d[A-Z]{2}\b")
_CAPS_WORD = re.compile(r"[A-Z]{4,}")
_NAME_BEFORE = re.compile(r"(?:^|[^.!?\n\s][ \t]+)[A-Z][a-z]+[ \t]+$")
_FUNCTION_WORDS = r"(?:of|the|and|for|in|on|to|a|an|&)"


@dataclass(frozen=True)
class Abbreviation:
    start: int
    end: int
    key: str  # the abbreviation without dots, plural or possessive: "OIC"
    expansion: str  # the words to offer, "" when none is known


@dataclass(frozen=True)
class AbbreviationLists:
    """The data: abbreviations plain to the public, capitalised non-abbreviations, expansions."""

    public: frozenset[str]
    words: frozenset[str]
    expansions: dict[str, tuple[str, ...]]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> AbbreviationLists:
        expansions = {}
        for key, value in (data.get("expansions") or {}).items():
            values = value if isinstance(value, list) else [value]
            expansions[str(key)] = tuple(str(v) for v in values)
        return cls(frozenset(str(x) for x in data.get("public") or ()),
                   frozenset(str(x) for x in data.get("words") or ()), expansions)


@lru_cache(maxsize=4)
def load_lists(rules_dir: Traversable) -> AbbreviationLists:
    """The lists from ``<rules_dir>/abbreviations.yaml`` (empty lists when the file is absent)."""
    path = rules_dir / ABBREVIATIONS_FILE
    return AbbreviationLists.from_data(read_yaml(path) if path.is_file() else {})


def find_abbreviations(text: str, lists: AbbreviationLists,
                       skip: Sequence[tuple[int, int]] = ()) -> list[Abbreviation]:
    """Spans shaped like abbreviations that are neither public nor ordinary capitalised words."""
    out = []
    for m in _SHAPE.finditer(text):
        s, e = m.span()
        if any(a <= s < b for a, b in skip):
            continue
        core = m.group("core")
        key = core.replace(".", "")
        if len(key) < 2 or key in lists.public or key in lists.words or len(set(key)) == 1:
            continue
        if _ROMAN.fullmatch(key) or _POSTCODE_AFTER.match(text, e):
            continue
        if _in_caps_run(text, s, e) or _NAME_BEFORE.search(text, max(0, s - 40), s):
            continue
        if "." in core and len(key) < 3 and key not in lists.expansions:
            continue  # "T.W.": initials of a person
        expansion = lists.expansions.get(key, ("",))[0]
        out.append(Abbreviation(s, e, key, expansion))
    return out


def _in_caps_run(text: str, s: int, e: int) -> bool:
    """A word in capitals next to another (a heading, or a name written in capitals)."""
    before = text[max(0, s - 30) : s].rstrip(" \t–-:")
    after = text[e : e + 30].lstrip(" \t–-")
    prev = re.search(r"(\S+)$", before)
    nxt = re.match(r"(\S+)", after)
    return any(w is not None and _CAPS_WORD.fullmatch(w.group(1).strip(",.;:()")) for w in (prev, nxt))


def is_expanded(text: str, lowered: str, key: str, lists: AbbreviationLists) -> bool:
    """The letter spells the abbreviation out somewhere: a known expansion, or title-case initials."""
    if any(x.lower() in lowered for x in lists.expansions.get(key, ())):
        return True
    letters = [c for c in key if c.isalpha() and c.isupper()]
    if len(letters) < 3:
        return False
    return _initials_pattern("".join(letters)).search(text) is not None


@lru_cache(maxsize=512)
def _initials_pattern(letters: str) -> re.Pattern[str]:
    """Capitalised words whose initials are ``letters`` ("Youth Offending Service" for YOS)."""
    words = [rf"{c}[a-z’'\-]+" for c in letters]
    return re.compile(r"\b" + rf"\s+(?:{_FUNCTION_WORDS}\s+)*".join(words) + r"\b")
