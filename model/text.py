"""Text: the blank spaCy pipeline, sentences and offsets shared by every stage.

Input: a draft as a Python string. Output: a spaCy ``Doc`` with sentence
boundaries, and helpers that convert code-point offsets to UTF-16 and to
line/column positions for clients.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc


@lru_cache(maxsize=1)
def make_nlp() -> Language:
    """A blank English pipeline with a sentencizer that also breaks at blank lines.

    No pretrained weights: tokenizer rules ship with spaCy itself.
    """
    nlp = spacy.blank("en")
    nlp.add_pipe("casecheck_line_breaks")
    nlp.add_pipe("sentencizer")
    return nlp


@Language.component("casecheck_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a newline: headings, list items and letter blocks stand alone."""
    text = doc.text
    if "\n" not in text:
        return doc
    starts = doc.to_array("IDX").tolist()
    at = 0
    while (at := text.find("\n", at)) != -1:
        i = bisect_right(starts, at)  # the first token after the newline's token
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
        at += 1
    return doc


def parse(text: str) -> Doc:
    """Tokenise and split a draft into sentences; the doc keeps ``text`` for ``doc_text``."""
    doc = make_nlp()(text)
    doc.user_data["text"] = text
    return doc


def doc_text(doc: Doc) -> str:
    """The text of ``doc``. ``Doc.text`` joins every token each time; ``parse`` keeps it instead."""
    text = doc.user_data.get("text")
    return text if isinstance(text, str) else doc.text


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 code-unit offset of code point ``index`` in ``text`` (for JavaScript)."""
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of code point ``index`` (CRLF counts as one line end)."""
    line = text.count("\n", 0, index) + 1
    last_newline = text.rfind("\n", 0, index)
    return line, index - last_newline
