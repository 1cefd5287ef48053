# ruff: noqa: RUF001
"""Tokens: spaCy's blank English tokenizer, reproduced without spaCy, one chunk at a time.

Input: a chunk of text without white space. Output: its tokens, exactly as
``spacy.blank("en")`` makes them (prefixes and suffixes off the ends, infixes, URLs, and
the special cases such as "Mr.", "e.g." and "don't"), from the rules in spaCy's
``lang/punctuation.py``, ``char_classes.py`` and ``tokenizer_exceptions.py`` as plain data.
Building a ``Doc`` costs more than all the rest of scoring a draft; most chunks repeat, so
``tokens_of`` remembers them. Tests keep the tokens equal to spaCy's on the corpus.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_PUNCT_CHARS = "… , : ; ! ? ¿ ؟ ¡ ( ) [ ] { } < > _ # * & 。 ？ ！ ， 、 ； ： ～ · । ، ۔ ؛ ٪"
_QUOTE_CHARS = "' \" ” “ ` ‘ ´ ’ ‚ , „ » « 「 」 『 』 （ ） 〔 〕 【 】 《 》 〈 〉 〈 〉 ⟦ ⟧"
_CURRENCIES = "$ £ € ¥ ฿ US$ C$ A$ ₽ ﷼ ₴ ₠ ₡ ₢ ₣ ₤ ₥ ₦ ₧ ₨ ₩ ₪ ₫ ₭ ₮ ₯ ₰ ₱ ₲ ₳ ₵ ₶ ₷ ₸ ₹ ₺ ₻ ₼ ₾ ₿"
_UNIT_NAMES = (
    "km km² km³ m m² m³ dm dm² dm³ cm cm² cm³ mm mm² mm³ ha µm nm yd in ft kg g mg µg t lb oz m/s km/h "
    "kmh mph hPa Pa mbar mb MB kb KB gb GB tb TB T G M K % км км² км³ м м² м³ дм дм² дм³ см см² см³ мм "
    "мм² мм³ нм кг г мг м/с км/ч кПа Па мбар Кб КБ кб Мб МБ мб Гб ГБ гб Тб ТБ тбكم كم² كم³ م م² م³ سم "
    "سم² سم³ مم مم² مم³ كم غرام جرام جم كغ ملغ كوب اكواب"
)
_PUNCT = frozenset(_PUNCT_CHARS.split())
_QUOTES = frozenset(_QUOTE_CHARS.split())
_CURRENCY = frozenset(_CURRENCIES.split())
_UNITS = frozenset(_UNIT_NAMES.split())
_HYPHENS = ("-", "–", "—", "--", "---", "——", "~")  # in the infix rule's order
_DIGITS = frozenset("0123456789")
# Besides lower-case letters and digits, these let a final "." split off as a suffix.
_DOT_AFTER = frozenset("%²-+|(?:)") | _PUNCT | _QUOTES
_SUFFIX_MAX = max(len(u) for u in _UNITS | _CURRENCY)


@lru_cache(maxsize=4096)
def _is_icon(ch: str) -> bool:
    return unicodedata.category(ch) == "So"


def _is_lower(ch: str) -> bool:  # spaCy's ALPHA_LOWER holds the lower-case and the uncased letters
    return ch.islower() or (ch.isalpha() and not ch.isupper())


def _is_upper(ch: str) -> bool:
    return ch.isupper() or (ch.isalpha() and not ch.islower())


_LOWER_CLASS = "a-z" + "".join(re.escape(c) for c in map(chr, range(0xAA, 0x600)) if _is_lower(c))
_URL = re.compile(
    r"^(?:(?:[\w\+\-\.]{2,})://)?(?:\S+(?::\S*)?@)?(?:"
    r"(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})"
    r"(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})"
    r"(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}"
    r"(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))"
    r"|(?:(?:[A-Za-z0-9\u00a1-\uffff][A-Za-z0-9\u00a1-\uffff_-]{0,62})?[A-Za-z0-9\u00a1-\uffff]\.)+"
    rf"(?:[{_LOWER_CLASS}]{{2,63}}))(?::\d{{2,5}})?(?:[/?#]\S*)?$"
)


def _special_cases() -> dict[str, tuple[str, ...]]:
    """spaCy's English tokenizer exceptions: chunk -> its tokens."""
    exc: dict[str, tuple[str, ...]] = {}

    def add(*parts: str) -> None:
        exc["".join(parts)] = parts

    def cased(word: str) -> tuple[str, str]:
        return word, word.title()

    for o in cased("i"):
        add(o, "'m"), add(o, "m"), add(o, "'m", "a"), add(o, "m", "a")
    for pron in ("i", "you", "he", "she", "it", "we", "they"):
        for o in cased(pron):
            add(o, "'ll"), add(o, "ll"), add(o, "'ll", "'ve"), add(o, "ll", "ve")
            add(o, "'d"), add(o, "d"), add(o, "'d", "'ve"), add(o, "d", "ve")
    for pron in ("i", "you", "we", "they"):
        for o in cased(pron):
            add(o, "'ve"), add(o, "ve")
    for pron in ("you", "we", "they"):
        for o in cased(pron):
            add(o, "'re"), add(o, "re")
    for pron in ("he", "she", "it"):
        for o in cased(pron):
            add(o, "'s"), add(o, "s")
    for word, number in [("who", ""), ("what", ""), ("when", ""), ("where", ""), ("why", ""), ("how", ""),
                         ("there", ""), ("that", "sing"), ("this", "sing"), ("these", "plur"), ("those", "plur")]:
        for o in cased(word):
            if number != "plur":
                add(o, "'s"), add(o, "s")
            add(o, "'ll"), add(o, "ll"), add(o, "'ll", "'ve"), add(o, "ll", "ve")
            if number != "sing":
                add(o, "'re"), add(o, "re"), add(o, "'ve"), add(o, "ve")
            add(o, "'d"), add(o, "d"), add(o, "'d", "'ve"), add(o, "d", "ve")
    for verb in ("ca", "could", "do", "does", "did", "had", "may", "might", "must", "need", "ought", "sha",
                 "should", "wo", "would"):
        for o in cased(verb):
            add(o, "n't"), add(o, "nt"), add(o, "n't", "'ve"), add(o, "nt", "ve")
    for verb in ("could", "might", "must", "should", "would"):
        for o in cased(verb):
            add(o, "'ve"), add(o, "ve")
    for verb in ("ai", "are", "is", "was", "were", "have", "has", "dare"):
        for o in cased(verb):
            add(o, "n't"), add(o, "nt")
    for word in ("doin", "goin", "nothin", "nuthin", "ol", "somethin"):
        for o in cased(word):
            add(o), add(o + "'")
    for word in ("em", "ll", "nuff"):
        add(word), add("'" + word)
    for h in range(1, 13):
        for period in ("a.m.", "am", "p.m.", "pm"):
            add(str(h), period)
    for phrase in ["y' all", "y all", "how 'd 'y", "How 'd 'y", "not 've", "not ve", "Not 've", "Not ve",
                   "can not", "Can not", "gon na", "Gon na", "got ta", "Got ta", "let 's", "Let 's",
                   "c'm on", "C'm on"]:
        add(*phrase.split())
    for u in "cfkCFK":
        add("°", u, ".")
    singles = (
        "'S 's ‘S ‘s and/or w/o 're 'Cause 'cause 'cos 'Cos 'coz 'Coz 'cuz 'Cuz 'bout ma'am Ma'am o'clock "
        "O'clock lovin' Lovin' lovin Lovin havin' Havin' havin Havin doin' Doin' doin Doin goin' Goin' goin "
        "Goin Mt. Ak. Ala. Apr. Ariz. Ark. Aug. Calif. Colo. Conn. Dec. Del. Feb. Fla. Ga. Ia. Id. Ill. Ind. "
        "Jan. Jul. Jun. Kan. Kans. Ky. La. Mar. Mass. Mich. Minn. Miss. N.C. N.D. N.H. N.J. N.M. N.Y. Neb. "
        "Nebr. Nev. Nov. Oct. Okla. Ore. Pa. S.C. Sep. Sept. Tenn. Va. Wash. Wis. 'd a.m. Adm. Bros. co. Co. "
        "Corp. D.C. Dr. e.g. E.g. E.G. Gen. Gov. i.e. I.e. I.E. Inc. Jr. Ltd. Md. Messrs. Mo. Mont. Mr. Mrs. "
        "Ms. p.m. Ph.D. Prof. Rep. Rev. Sen. St. vs. v.s. ' \\\") <space> '' C++ a. b. c. d. e. f. g. h. i. "
        "j. k. l. m. n. o. p. q. r. s. t. u. v. w. x. y. z. ä. ö. ü. \\t \\n — "
        # emoticons
        ":) :-) :)) :-)) :))) :-))) (: (-: =) (= :] :-] [: [-: [= =] :o) (o: :} :-} 8) 8-) (-8 ;) ;-) (; (-; "
        ":( :-( :(( :-(( :((( :-((( ): )-: =( >:( :') :'-) :'( :'-( :/ :-/ =/ =| :| :-| ]= =[ :1 :P :-P :p "
        ":-p :O :-O :o :-o :0 :-0 :() >:o :* :-* :3 :-3 =3 :> :-> :X :-X :x :-x :D :-D ;D ;-D =D xD XD xDD "
        "XDD 8D 8-D ^_^ ^__^ ^___^ >.< >.> <.< ._. ;_; -_- -__- v.v V.V v_v V_V o_o o_O O_o O_O 0_o o_0 0_0 "
        "o.O O.o O.O o.o 0.0 o.0 0.o @_@ <3 <33 <333 </3 (^_^) (-_-) (._.) (>_<) (*_*) (¬_¬) ಠ_ಠ ಠ︵ಠ "
        "(ಠ_ಠ) ¯\\(ツ)/¯ (╯°□°）╯︵┻━┻ ><(((*>"
    )
    for s in singles.split():
        add(s)
    for word in ("ill", "its", "hell", "shell", "shed", "were", "well", "whore"):  # words, not contractions
        exc.pop(word, None), exc.pop(word.title(), None)
    for key, parts in list(exc.items()):
        if "'" in key:
            exc[key.replace("'", "’")] = tuple(p.replace("'", "’") for p in parts)
    return exc


_SPECIALS = _special_cases()


def _prefix_len(s: str) -> int:
    """Length of the prefix spaCy splits off the start of ``s`` (0 if none)."""
    c = s[0]
    if c in "§%=—–" or c in _PUNCT:
        return 1
    if c == "+":
        return 0 if s[1:2] in _DIGITS else 1
    if s.startswith(".."):
        return len(s) - len(s.lstrip("."))
    if c in _QUOTES or c in _CURRENCY or _is_icon(c):
        return 1
    for cur in ("US$", "C$", "A$"):
        if s.startswith(cur):
            return len(cur)
    return 0


def _suffix_len(s: str) -> int:
    """Length of the suffix spaCy splits off the end of ``s``: the longest that matches."""
    n, last = len(s), s[-1]
    best = 1 if last in _PUNCT or last in _QUOTES or last in "—–" or _is_icon(last) else 0
    if s.endswith(("……", "'s", "'S", "’s", "’S")):
        best = 2
    if last == ".":
        dots = n - len(s.rstrip("."))
        if dots >= 2:
            best = max(best, dots)
        elif n >= 2:
            p = s[-2]
            if (p in _DIGITS or p in _DOT_AFTER or _is_lower(p)
                    or (n >= 3 and _is_upper(p) and _is_upper(s[-3]))
                    or (n >= 3 and s[-3] == "°" and p in "FfCcKk")):
                best = max(best, 1)
    elif last == "+" and n >= 2 and s[-2] in _DIGITS:
        best = max(best, 1)
    for k in range(min(n - 1, _SUFFIX_MAX), best, -1):  # a unit or currency after a digit
        if s[n - k - 1] in _DIGITS and (s[n - k:] in _UNITS or s[n - k:] in _CURRENCY):
            return k
    return best


def _infix_len(s: str, i: int) -> int:
    """Length of the infix that spaCy's infix rules match at ``s[i]`` (0 if none)."""
    c = s[i]
    nxt = s[i + 1 : i + 2]
    if c == "." and nxt == ".":
        return len(s) - i - len(s[i:].lstrip("."))
    if c == "…" or _is_icon(c):
        return 1
    if i == 0:
        return 0
    prev = s[i - 1]
    if c in "+-*^" and prev in _DIGITS and (nxt in _DIGITS or nxt == "-"):
        return 1
    if c == "." and (_is_lower(prev) or prev in _QUOTES) and nxt and (_is_upper(nxt) or nxt in _QUOTES):
        return 1
    if c == "," and prev.isalpha() and nxt.isalpha():
        return 1
    if prev.isalpha() or prev in _DIGITS:
        for h in _HYPHENS:
            if s.startswith(h, i) and s[i + len(h) : i + len(h) + 1].isalpha():
                return len(h)
        if c in ":<>=/" and nxt.isalpha():
            return 1
    return 0


def _split_infixes(s: str, specials: dict[str, tuple[str, ...]]) -> list[str]:
    if s in specials:
        return list(specials[s])
    if _URL.match(s):
        return [s]
    out: list[str] = []
    start = i = 0
    while i < len(s):
        k = _infix_len(s, i)
        if not k:
            i += 1
            continue
        if i:  # an infix at the very start is not split off
            if i != start:
                out.append(s[start:i])
            out.append(s[i : i + k])
            start = i + k
        i += k
    if start < len(s):
        out.append(s[start:])
    return out


# One of these after ASCII letters or digits is split off and nothing else is (a "." after a capital
# only with another capital before it: "UK." but "A."); tests/model/test_tokens.py checks against spaCy.
_SIMPLE_SUFFIXES = frozenset(",;:!?.")


def chunk_tokens(chunk: str) -> tuple[str, ...]:
    """The tokens of a chunk without white space, as spaCy's blank English tokenizer makes them."""
    if chunk in _SPECIALS:
        return _SPECIALS[chunk]
    word, last = chunk[:-1], chunk[-1:]
    if (last in _SIMPLE_SUFFIXES and word.isascii() and word not in _SPECIALS
            and (word.isdigit() or (word.isalpha() and (last != "." or word[-1].islower())))):
        return word, last  # the common case ("court,", "2024.", "said:"), as the rules below split it
    tokens = _split(chunk, _SPECIALS)
    return _merge_specials(tokens) if len(tokens) > 1 else tuple(tokens)


def _split(chunk: str, specials: dict[str, tuple[str, ...]]) -> list[str]:
    """spaCy's first pass: prefixes and suffixes off the ends, then infixes (``Tokenizer._tokenize``)."""
    prefixes: list[str] = []
    suffixes: list[str] = []
    s = chunk
    last_size = 0
    while s and len(s) != last_size:
        if s in specials:
            break
        last_size = len(s)
        pre = _prefix_len(s)
        if pre and s[pre:] in specials:
            prefixes.append(s[:pre])
            s = s[pre:]
            break
        suf = _suffix_len(s[pre:]) if s[pre:] else 0
        if suf and s[:-suf] in specials:
            suffixes.append(s[-suf:])
            s = s[:-suf]
            break
        if pre and suf and pre + suf <= len(s):
            prefixes.append(s[:pre])
            suffixes.append(s[-suf:])
            s = s[pre:-suf]
        elif pre:
            prefixes.append(s[:pre])
            s = s[pre:]
        elif suf:
            suffixes.append(s[-suf:])
            s = s[:-suf]
    return [*prefixes, *(_split_infixes(s, specials) if s else ()), *suffixes[::-1]]


@lru_cache(maxsize=1)
def _special_sequences() -> dict[tuple[str, ...], str]:
    """The tokens of each special case when special cases are ignored (where they are several)."""
    out = {}
    for key in _SPECIALS:
        parts = tuple(_split(key, {}))
        if len(parts) > 1:
            out[parts] = key
    return out


@lru_cache(maxsize=1)
def _longest_special() -> int:
    """The most tokens any special case splits into."""
    return max(map(len, _special_sequences()), default=0)


def _merge_specials(tokens: list[str]) -> tuple[str, ...]:
    """spaCy's second pass: a run of tokens that spells a special case becomes its tokens ("):", "a.")."""
    sequences = _special_sequences()
    longest = _longest_special()  # no run longer than that can spell one (keeps this linear)
    found = [(i, j) for i in range(len(tokens)) for j in range(i + 2, min(len(tokens), i + longest) + 1)
             if tuple(tokens[i:j]) in sequences]
    if not found:
        return tuple(tokens)
    found.sort(key=lambda m: (m[1] - m[0], -m[0]), reverse=True)  # longest first, then leftmost
    seen: set[int] = set()
    kept = {}
    for i, j in found:
        if i not in seen and j - 1 not in seen:
            kept[i] = j
        seen.update(range(i, j))
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if i in kept:
            out += _SPECIALS[sequences[tuple(tokens[i : kept[i]])]]
            i = kept[i]
        else:
            out.append(tokens[i])
            i += 1
    return tuple(out)


class Memo(dict):  # type: ignore[type-arg]
    """chunk -> value, computed on first use; cleared when it grows too big."""

    limit = 50_000  # chunks; the whole corpus has about 30,000 different ones

    def __init__(self, compute: Any) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, chunk: str) -> Any:
        if len(self) >= self.limit:
            self.clear()
        value = self[chunk] = self.compute(chunk)
        return value


def special_cases() -> dict[str, tuple[str, ...]]:
    """The tokenizer's special cases: chunk -> its tokens."""
    return _SPECIALS


def is_special(chunk: str) -> bool:
    """Whether the tokenizer has a special case for ``chunk`` ("Mr.", "don't", "a.m.")."""
    return chunk in _SPECIALS


tokens_of = Memo(chunk_tokens)
