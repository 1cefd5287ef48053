# ruff: noqa: RUF001
"""Text: sentences and offsets shared by every stage.

Input: a draft as a Python string. Output: the code-point spans of its sentences, and
helpers that convert code-point offsets to UTF-16 and to line/column positions for clients.

Sentences end where spaCy's blank English pipeline (its tokenizer and sentencizer) ends
them, and every line break starts one (headings, list items and letter blocks stand alone).
``sentence_spans`` runs the sentencizer's rule over the tokens (``model.tokens``) of only
the chunks that hold end punctuation, without building a ``Doc``: spaCy's tokenizer alone
costs more than the rest of scoring. ``parse`` builds the reference pipeline; tests keep
the two in agreement on the whole corpus.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from model.tokens import tokens_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# spaCy's Sentencizer.default_punct_chars: a token that is one of these ends a sentence.
TERMINALS = frozenset(
    "!.?։؟۔܀܁܂߹।॥၊။።፧፨᙮᜵᜶᠃᠉᥄᥅᪨᪩᪪᪫᭚᭛᭞᭟᰻᰼᱾᱿‼‽⁇⁈⁉⸮⸼꓿꘎꘏꛳꛷꡶꡷꣎꣏꤯꧈꧉꩝꩞꩟꫰꫱꯫﹒﹖﹗！．？｡。"
    "𐩖𐩗𑁇𑁈𑂾𑂿𑃀𑃁𑅁𑅂𑅃𑇅𑇆𑇍𑇞𑇟𑈸𑈹𑈻𑈼𑊩𑑋𑑌𑗂𑗃𑗉𑗊𑗋𑗌𑗍𑗎𑗏𑗐𑗑𑗒𑗓𑗔𑗕𑗖𑗗𑙁𑙂𑜼𑜽𑜾𑩂𑩃𑪛𑪜𑱁𑱂𖩮𖩯𖫵𖬷𖬸𖭄𛲟𝪈"
)
_CHUNK = re.compile(r"\S+")
_LINE_START = re.compile(r"\n\s*(?=\S)")
_TERMINAL = re.compile("[" + re.escape("".join(sorted(TERMINALS))) + "]")
# The same without the astral-plane terminals, which make Python's re 20 times slower.
_TERMINAL_BMP = re.compile("[" + re.escape("".join(sorted(c for c in TERMINALS if c <= "\uffff"))) + "]")

TERMINAL, PUNCT, WORD = "T", "P", "W"


@lru_cache(maxsize=4096)
def token_kind(token: str) -> str:
    """``TERMINAL`` (ends a sentence), ``PUNCT`` (stays with the sentence before) or ``WORD``."""
    if token in TERMINALS:
        return TERMINAL
    if all(unicodedata.category(c).startswith("P") for c in token):
        return PUNCT
    return WORD


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start: after end punctuation (as spaCy's sentencizer) and lines."""
    starts = [0]
    done = 0
    terminal = _TERMINAL if text and max(text) > "\uffff" else _TERMINAL_BMP
    for m in terminal.finditer(text):
        at = m.start()
        if at < done:
            continue
        chunk_at = at
        while chunk_at > 0 and not text[chunk_at - 1].isspace():
            chunk_at -= 1
        seen, chunk = False, _CHUNK.match(text, chunk_at).group()  # type: ignore[union-attr]
        while True:
            offset = chunk_at
            for token in tokens_of[chunk]:
                kind = token_kind(token)
                if kind == TERMINAL:
                    seen = True
                elif seen and kind == WORD:
                    starts.append(offset)
                    seen = False
                offset += len(token)
            done = chunk_at + len(chunk)
            if not seen:
                break
            nxt = _CHUNK.search(text, done)
            if nxt is None:
                break
            if nxt.start() - done > 1 or text[done] != " ":  # white space beyond one space is a token
                starts.append(done)
                break
            chunk_at, chunk = nxt.start(), nxt.group()
    starts += [m.end() for m in _LINE_START.finditer(text)]
    return sorted(set(starts))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Code-point spans of the non-blank sentences, trimmed of surrounding white space."""
    return trimmed_spans(text, sentence_starts(text))


def trimmed_spans(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """The spans between sentence ``starts``, without surrounding white space or blank ones."""
    bounds = [*starts, len(text)]
    spans = []
    for start, end in pairwise(bounds):
        piece = text[start:end]
        kept = piece.strip()
        if kept:
            start += len(piece) - len(piece.lstrip())
            spans.append((start, start + len(kept)))
    return spans


# ----------------------------------------------------------------------------- reference

@lru_cache(maxsize=1)
def make_nlp() -> Language:
    """The reference: spaCy's blank English pipeline, a sentencizer and a break at every line end.

    No pretrained weights: tokenizer rules ship with spaCy itself.
    """
    import spacy
    from spacy.language import Language

    if "casecheck_line_breaks" not in Language.factories:
        Language.component("casecheck_line_breaks", func=_line_breaks)
    nlp = spacy.blank("en")
    nlp.add_pipe("casecheck_line_breaks")
    nlp.add_pipe("sentencizer")
    return nlp


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
    """Tokenise and split a draft with the reference pipeline (tests, benchmarks' floor)."""
    return make_nlp()(text)


def reference_spans(doc: Doc) -> list[tuple[int, int]]:
    """The trimmed non-blank sentence spans of a reference ``Doc``."""
    return trimmed_spans(doc.text, [t.idx for t in doc if t.is_sent_start] or [0])


# ----------------------------------------------------------------------------- offsets

def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 code-unit offset of code point ``index`` in ``text`` (for JavaScript)."""
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of code point ``index`` (CRLF counts as one line end)."""
    line = text.count("\n", 0, index) + 1
    last_newline = text.rfind("\n", 0, index)
    return line, index - last_newline
