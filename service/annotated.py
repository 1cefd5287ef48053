"""LanguageTool's annotated text: what ``POST /v2/check`` checks and where its offsets point.

A client sends plain ``text``, or ``data``: ``{"annotation": [{"text": ...}, {"markup": ...,
"interpretAs": ...}, ...]}``. Only the text parts (and the ``interpretAs`` stand-ins of markup)
are checked; offsets in the answer count the markup, as LanguageTool's ``AnnotatedText`` maps
them: positions are UTF-16 code units (Java string indexes), a plain-text position maps through
the nearest part end after it, a match's end maps as ``map(end - 1) + 1``, and the context is cut
from the text with markup (40 units either side, ``...`` where cut, line feeds as spaces).

Messages never quote the submitted text or markup: they name the part by its index.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

import orjson

CONTEXT_UNITS = 40  # LanguageTool's CONTEXT_SIZE


class AnnotationError(ValueError):
    """The ``data`` parameter is not LanguageTool's annotated-text JSON; the message names the part."""


def utf16_len(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le", "surrogatepass")) // 2


class Utf16Index:
    """Converts between code-point indexes of ``text`` and its UTF-16 code-unit offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.astral = [] if text.isascii() else [i for i, c in enumerate(text) if c > "\uffff"]
        self.astral_units = [i + k for k, i in enumerate(self.astral)]  # each one's UTF-16 offset

    def units(self, index: int) -> int:
        """The UTF-16 offset of code point ``index``."""
        return index + bisect_left(self.astral, index) if self.astral else index

    def index(self, units: int, round_up: bool = False) -> int:
        """The code point at UTF-16 offset ``units``; inside a surrogate pair, the pair's start (or its end)."""
        if not self.astral:
            return units
        k = bisect_left(self.astral_units, units)  # astral characters that start before ``units``
        if k and self.astral_units[k - 1] + 1 == units:
            return self.astral[k - 1] + int(round_up)
        return units - k


@dataclass(frozen=True)
class AnnotatedText:
    """The text to check (``plain``) and the text offsets refer to (``with_markup``), with LanguageTool's map."""

    plain: str
    with_markup: str
    keys: tuple[int, ...] = ()  # plain-text positions (UTF-16) of part ends, sorted; empty: no markup
    totals: tuple[int, ...] = ()  # the same positions in the text with markup
    fake: tuple[int, ...] = ()  # length of the markup whose ``interpretAs`` ends there (else 0)

    @classmethod
    def of_text(cls, text: str) -> AnnotatedText:
        return cls(text, text)

    @classmethod
    def of_data(cls, raw: str) -> AnnotatedText:
        """Parse the ``data`` parameter; raises ``AnnotationError``."""
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise AnnotationError("Could not parse JSON from 'data' parameter") from None
        if not isinstance(data, dict):
            raise AnnotationError("'data' must be a JSON object with a 'text' or an 'annotation' key")
        if "text" in data and "annotation" in data:
            raise AnnotationError("'data' key in JSON requires either 'text' or 'annotation' key, not both")
        if "text" in data:
            return cls.of_text(_string(data["text"], "'data.text'"))
        if not isinstance(data.get("annotation"), list):
            raise AnnotationError("'data' key in JSON requires 'text' or 'annotation' key (a list)")
        return cls.of_parts(data["annotation"])

    @classmethod
    def of_parts(cls, parts: list[Any]) -> AnnotatedText:
        """LanguageTool's ``AnnotatedTextBuilder.build``: a map entry at the end of every part."""
        plain: list[str] = []
        markup: list[str] = []
        mapping: dict[int, tuple[int, int]] = {}
        plain_pos = total_pos = 0
        for n, part in enumerate(parts):
            where = f"annotation[{n}]"
            if not isinstance(part, dict):
                raise AnnotationError(f"{where} must be an object with 'text' or 'markup'")
            if "text" in part and "markup" in part:
                raise AnnotationError(f"Only either 'text' or 'markup' are supported in an object in 'annotation' "
                                      f"list, not both: {where}")
            if "text" in part:
                if "interpretAs" in part:
                    raise AnnotationError(f"'text' cannot be used with 'interpretAs' (only 'markup' can): {where}")
                text = _string(part["text"], f"{where}.text")
                plain.append(text)
                markup.append(text)
                size = utf16_len(text)
                plain_pos, total_pos = plain_pos + size, total_pos + size
                mapping[plain_pos] = (total_pos, 0)
            elif "markup" in part:
                tag = _string(part["markup"], f"{where}.markup")
                markup.append(tag)
                total_pos += utf16_len(tag)
                if "interpretAs" in part:
                    stand_in = _string(part["interpretAs"], f"{where}.interpretAs")
                    plain.append(stand_in)
                    plain_pos += utf16_len(stand_in)
                    mapping.setdefault(plain_pos, (total_pos, utf16_len(tag)))
            else:
                raise AnnotationError(f"Only 'text' and 'markup' are supported in 'annotation' list: {where}")
        keys = tuple(sorted(mapping))
        return cls("".join(plain), "".join(markup), keys, tuple(mapping[k][0] for k in keys),
                   tuple(mapping[k][1] for k in keys))

    def original(self, position: int, is_to: bool = False) -> int:
        """``AnnotatedText.getOriginalTextPositionFor``: a plain-text UTF-16 position in the text with markup."""
        if not self.keys:
            return position
        k = bisect_right(self.keys, position)  # the closest part end after ``position``
        if k == len(self.keys):
            return self.totals[-1]
        if not is_to and self.fake[k]:
            return self.totals[k] - self.fake[k]
        return self.totals[k] - (self.keys[k] - position)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A match's plain-text UTF-16 span as offset and length in the text with markup."""
        lo = self.original(start)
        hi = self.original(end - 1, is_to=True) + 1 if end > start else lo
        return lo, max(0, hi - lo)


def context(text: str, index: Utf16Index, offset: int, length: int) -> dict[str, Any]:
    """LanguageTool's match context: up to 40 UTF-16 units either side, ``...`` where cut, line feeds as spaces."""
    size = index.units(len(text))
    lo, hi = offset - CONTEXT_UNITS, offset + length + CONTEXT_UNITS
    prefix, postfix = "...", "..."
    if lo < 0:
        prefix, lo = "", 0
    if hi > size:
        postfix, hi = "", size
    start, stop = index.index(lo), index.index(hi, round_up=True)  # never half a surrogate pair
    piece = text[start:stop].replace("\n", " ")
    return {"text": f"{prefix}{piece}{postfix}", "offset": len(prefix) + offset - index.units(start),
            "length": length}


def _string(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise AnnotationError(f"{name} must be a string")
    return value
