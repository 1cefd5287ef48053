# ruff: noqa: RUF001, RUF002, RUF003
# (typographic quotes and dashes in patterns are intentional)
"""Rules: find the exact words of presence concerns in a draft.

Three concerns are found by rules read from YAML (the shipped ``rules/`` files):

* ``unexplained_jargon`` (``jargon.yaml``): legal terms and abbreviations, unless the draft
  explains them (a gloss: brackets after the term, "which means", "known as", the plain words
  in the same or the next sentence, ...);
* ``template_residue`` (``residue.yaml``): placeholders, drafting instructions, doubled
  salutations, sign-offs and paragraphs;
* ``lacks_empathy`` (``cold.yaml``): cold or blaming phrases (the presence side of that concern).

Matching is regular expressions over the text (literal terms are compiled to patterns that
allow any whitespace, curly apostrophes and dash variants), so offsets are code points into the
original text whatever the tokeniser does with NBSP, CRLF or "NFA'd". Sentence spans
(``model.text.sentence_spans``) bound gloss detection.

A ``RuleSet`` holds only rule data; compiled patterns are built on first use and dropped when
pickled, so a ruleset can live inside a joblib bundle.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from model.abbreviations import AbbreviationLists, find_abbreviations, is_expanded, load_lists
from model.casedata import CaseData
from model.datafiles import concerns_file, read_yaml, rule_files, rules_dir
from model.presuppositions import PRESUPPOSITIONS_FILE, Presuppositions
from model.text import sentence_spans

RULES_DIR: Traversable = rules_dir()
DEFAULT_RULE_FILES: tuple[Traversable, ...] = rule_files()

SEVERITIES = ("high", "medium")
KINDS = ("regex", "duplicate", "duplicate_paragraph")
RULE_KEYS = frozenset({
    "id", "concern", "term", "terms", "pattern", "patterns", "kind", "require", "exclude", "plain",
    "replace", "gloss", "gloss_plain", "glosses", "message", "suggestion", "severity",
    "case_sensitive", "plural", "min_words", "needs", "expand_brackets", "before", "not_before",
    "not_after", "per_term",
})
RESIDUE = "template_residue"
JARGON = "unexplained_jargon"

Pattern = tuple[str, bool]  # (regex source, ignore case)
Patterns = tuple[Pattern, ...]


@dataclass(frozen=True)
class RuleHit:
    """One span of a presence concern."""

    concern: str  # "unexplained_jargon" | "template_residue" | "lacks_empathy"
    rule: str  # rule id from YAML, e.g. "jargon.offered_no_evidence"
    start: int  # code-point offsets: text[start:end] == self.text
    end: int
    text: str
    message: str
    suggestion: str
    replacements: tuple[str, ...]  # literal alternatives (the plain term) where there is one
    severity: str  # "high" | "medium"
    uses: int = 1  # how often the term is used unexplained (it is reported once, at its first use)

    def to_dict(self) -> dict[str, Any]:
        return {
            "concern": self.concern, "rule": self.rule, "start": self.start, "end": self.end,
            "text": self.text, "message": self.message, "suggestion": self.suggestion,
            "replacements": list(self.replacements), "severity": self.severity,
        }


@dataclass(frozen=True)
class Rule:
    """One rule as read from YAML; plain data only (picklable, comparable)."""

    id: str
    concern: str
    patterns: tuple[Pattern, ...]
    terms: tuple[str, ...] = ()  # the literal terms, as written (for `ignore`)
    kind: str = "regex"
    require: tuple[Pattern, ...] = ()
    exclude: tuple[Pattern, ...] = ()
    plain: tuple[str, ...] = ()
    replace: bool = True
    gloss: bool = False  # an explanation nearby cancels the hit
    gloss_plain: bool = True
    glosses: tuple[Pattern, ...] = ()
    message: str = ""
    suggestion: str = ""
    severity: str = "high"
    min_words: int = 8
    needs: tuple[str, ...] = ()  # lowercase substrings, one of which must be in the text (speed-up)
    before: Pattern | None = None  # must match the text before a match (anchor with $)
    not_before: Pattern | None = None  # must not match the text before a match
    not_after: Pattern | None = None  # must not match the text after a match (anchored at start)
    expand_brackets: bool = False  # grow a match to the brackets or asterisks directly around it
    order: int = 0  # position across all loaded files: breaks ties between equal-length hits
    source: str = ""
    per_term: bool = False  # each distinct term (or section number) is its own concept, not the rule


# ----------------------------------------------------------------------------- loading


def term_pattern(term: str, plural: bool = False) -> str:
    """A regex for a literal term: any whitespace between words, ' = ’, any dash or none."""
    words = term.split()
    if not words:
        raise ValueError("empty term")
    pieces = []
    for word in words:
        piece = []
        for ch in word:
            if ch in "'’":
                piece.append("['’]")
            elif ch in "-‐‑–—":
                piece.append(r"[\-‐‑–—\s]?")
            else:
                piece.append(re.escape(ch))
        pieces.append("".join(piece))
    body = r"\s+".join(pieces)
    if plural and term[-1].isalpha():
        body += "(?:e?s)?"
    return rf"(?<!\w){body}(?!\w)"


def _is_abbreviation(term: str) -> bool:
    return re.search(r"[A-Z]{2}", term) is not None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _expand_defines(source: str, defines: dict[str, str]) -> str:
    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in defines:
            raise ValueError(f"unknown define (?&{name})")
        return f"(?:{defines[name]})"

    return re.sub(r"\(\?&(\w+)\)", repl, source)


@lru_cache(maxsize=1)
def known_concerns() -> frozenset[str]:
    """Concern ids of the shipped concerns.yaml (rules may only report these)."""
    return frozenset(read_yaml(concerns_file())["concerns"])


def _read_yaml(path: Path | Traversable) -> Any:
    return read_yaml(Path(path) if isinstance(path, str) else path)


_EXPLAIN = 'Explain "{text}" in plain words ({plain}), or leave it out.'


def load_rule_file(path: Path | Traversable, order_start: int = 0) -> list[Rule]:
    """Read and validate one rule file; raises ValueError naming the file and rule on errors."""
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ValueError(f"{path}: not a rule file (needs a top-level 'rules:' list)")
    file_concern = data.get("concern")
    defaults = dict(data.get("defaults") or {})
    defines = {k: " ".join(str(v).split()) for k, v in (data.get("defines") or {}).items()}
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["rules"]):
        where = f"{path}: rule #{i + 1}"
        if not isinstance(raw, dict) or not raw.get("id"):
            raise ValueError(f"{where}: every rule needs an id")
        rid = str(raw["id"])
        where = f"{path}: {rid}"
        if rid in seen:
            raise ValueError(f"{where}: duplicate rule id in the same file")
        seen.add(rid)
        unknown = set(raw) - RULE_KEYS
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        opts = {**defaults, **raw}
        concern = raw.get("concern", file_concern)
        if concern not in known_concerns():
            raise ValueError(f"{where}: unknown concern {concern!r}")
        kind = opts.get("kind", "regex")
        if kind not in KINDS:
            raise ValueError(f"{where}: kind must be one of {KINDS}")
        severity = opts.get("severity", "high")
        if severity not in SEVERITIES:
            raise ValueError(f"{where}: severity must be one of {SEVERITIES}")
        case = opts.get("case_sensitive", "auto")
        plural = bool(opts.get("plural", True))
        terms = [str(t) for t in _as_list(raw.get("term")) + _as_list(raw.get("terms"))]
        patterns: list[Pattern] = []
        for term in terms:
            sensitive = _is_abbreviation(term) if case == "auto" else bool(case)
            patterns.append((term_pattern(term, plural), not sensitive))
        regex_ignore_case = case is not True
        for src in _as_list(raw.get("pattern")) + _as_list(raw.get("patterns")):
            src = _expand_defines(str(src), defines)
            inner = _unwrap_case_sensitive(src)
            patterns.append((inner, False) if inner is not None else (src, regex_ignore_case))
        if not patterns and kind != "duplicate_paragraph":
            raise ValueError(f"{where}: needs terms or patterns")

        def regexes(key: str, raw: dict[str, Any] = raw, ic: bool = regex_ignore_case) -> Patterns:
            return tuple((_expand_defines(str(x), defines), ic) for x in _as_list(raw.get(key)))

        def context(key: str, regexes: Any = regexes, opts: Any = opts) -> Pattern | None:
            found = regexes(key, opts)  # defaults may set a context for all of a file's rules
            return found[0] if found else None

        plain = tuple(str(p) for p in _as_list(raw.get("plain")))
        suggestion = raw.get("suggestion")
        if suggestion is None:
            if not plain:
                suggestion = defaults.get("suggestion_no_plain", defaults.get("suggestion", ""))
            elif raw.get("replace", True) is False:
                suggestion = defaults.get("suggestion_explain", _EXPLAIN)
            else:
                suggestion = defaults.get("suggestion", "")
        rule = Rule(
            id=rid,
            concern=concern,
            patterns=tuple(patterns),
            terms=tuple(terms),
            kind=kind,
            require=regexes("require"),
            exclude=regexes("exclude"),
            plain=plain,
            replace=bool(opts.get("replace", True)),
            gloss=bool(opts.get("gloss", data.get("gloss", concern == "unexplained_jargon"))),
            gloss_plain=bool(opts.get("gloss_plain", True)),
            glosses=tuple((src, True) for src, _ in regexes("glosses")),
            message=str(opts.get("message", "")),
            suggestion=str(suggestion),
            severity=severity,
            min_words=int(opts.get("min_words", 8)),
            needs=tuple(str(n).lower() for n in _as_list(raw.get("needs"))),
            expand_brackets=bool(opts.get("expand_brackets", False)),
            before=context("before"),
            not_before=context("not_before"),
            not_after=context("not_after"),
            order=order_start + i,
            source=str(path),
            per_term=bool(opts.get("per_term", False)),
        )
        contexts = tuple(c for c in (rule.before, rule.not_before, rule.not_after) if c is not None)
        for src, ic in rule.patterns + rule.require + rule.exclude + rule.glosses + contexts:
            try:
                _compile(src, ic)
            except re.error as exc:
                raise ValueError(f"{where}: bad regex {src!r}: {exc}") from exc
        rules.append(rule)
    return rules


def _structure(src: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` for each regex metacharacter outside escapes and ``[...]`` classes.

    ``depth`` counts the open groups after an opening ``(`` and before a closing ``)``.
    """
    depth, i, in_class = 0, start, False
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if src[i + 1 : i + 2] == "]":
                i += 1
        else:
            if c == "(":
                depth += 1
            yield i, c, depth
            if c == ")":
                depth -= 1
        i += 1


def _group_end(src: str, start: int) -> int:
    """The index of the ``)`` closing the group opened at ``src[start]`` (``len(src)`` if none)."""
    return next((i for i, c, d in _structure(src, start) if c == ")" and d == 1), len(src))


def _unwrap_case_sensitive(src: str) -> str | None:
    """``X`` when ``src`` is exactly ``(?-i:X)``, else None."""
    if not src.startswith("(?-i:") or not src.endswith(")"):
        return None
    return src[5:-1] if _group_end(src, 0) == len(src) - 1 else None


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


# ----------------------------------------------------------------------------- glosses

# Explanation markers anywhere after the term in its sentence.
_AFTER_MARKER = re.compile(
    r"\b(?:which|this|that|it)\s+(?:means|meant|is\s+(?:when|where|how|what)"
    r"|is\s+the\s+(?:legal\s+)?(?:term|name|word)|refers\s+to|describes)\b"
    r"|\bin\s+other\s+words\b|\bmeaning\b|\bi\.\s?e\.|\bthat\s+is\s+to\s+say\b"
    r"|\bput\s+simply\b|\bsimply\s+put\b"
    r"|\bin\s+(?:plain|plainer|simple|simpler|everyday)\s+(?:terms|English|words|language)\b"
    r"|\bput\s+another\s+way\b|\bwhat\s+this\s+means\b|\bstands?\s+for\b"
    r"|\bwhich\s+(?:would|will|could|may|might|should)\s+mean\b|\b(?:I|we)\s+mean\b"
    r"|\bwhich\s+(?:every|all|each)\s+prosecutors?\b",
    re.IGNORECASE,
)
# Markers right after the term: ", that is ...", " – in other words", ": meaning", " is when ...".
_IMMEDIATE_MARKER = re.compile(
    r"^['’\"”]?\s*(?:[,:;]|[\-–—]+)?\s*"
    r"(?:that\s+is|in\s+other\s+words|meaning|i\.\s?e\.|or\s+in\s+plain"
    r"|(?:that|this|which)(?:['’]s|\s+is|\s+are|\s+was)\s+(?:a|an|the|when|where|how|what)"
    r"|which\s+(?:would|will|could|may|might)\s+mean)\b"
    r"|^['’\"”]?\s*(?:is|are|was|means|meant|refers\s+to)\s+(?:when|where|how|what"
    r"|(?:a|an|the)\s+(?:legal\s+|technical\s+|formal\s+)?(?:term|name|word|phrase|test|process"
    r"|stage|rule|way|hearing|procedure|law|power|request|application|order|form|decision))\b"
    r"|^['’\"”]?\s*(?:means|meant|stands\s+for)\b",
    re.IGNORECASE,
)
# Markers right before the term: "known as an", "what lawyers call", "the legal term is".
_BEFORE_MARKER = re.compile(
    r"(?:known\s+as|called|referred\s+to\s+as|termed|described\s+as|so-called"
    r"|what\s+(?:lawyers|the\s+law|the\s+courts?|we|prosecutors|the\s+police)\s+"
    r"(?:call|calls|refers?\s+to\s+as|describes?\s+as)"
    r"|the\s+(?:legal|technical|formal|official)\s+(?:term|name|word|phrase)\s+"
    r"(?:for\s+(?:this|that|it)\s+)?(?:is|was)"
    r"|(?:lawyers|the\s+law|the\s+courts?|we|prosecutors)\s+(?:call|calls|refer\s+to)\s+(?:this|that|it)(?:\s+as)?"
    r"|when\s+(?:I|we)\s+(?:say|said|talk\s+about))"
    r"\s*[,:]?\s*(?:(?:an?|the)\s+)?[\"'“‘]?\s*$",
    re.IGNORECASE,
)
# The next sentence opens with an explanation.
_NEXT_MARKER = re.compile(
    r"^\W*(?:(?:This|That|It|Which)\s+(?:means|meant|is\s+(?:when|where|how)"
    r"|is\s+the\s+(?:legal\s+)?(?:term|name|word)|refers\s+to|describes)\b"
    r"|In\s+other\s+words|Put\s+simply|Simply\s+put|Put\s+another\s+way"
    r"|To\s+put\s+it\s+(?:simply|another\s+way)"
    r"|In\s+(?:plain|plainer|simple|simpler|everyday)\s+(?:terms|English|words|language)"
    r"|By\s+(?:this|that)\s+(?:I|we)\s+mean|What\s+this\s+means|To\s+explain|Put\s+plainly"
    r"|(?:This|That|These|Those)\s+(?:is|are)\s+"
    r"(?:a|an|the|when|where|how|what|words|rules|arrangements|material|other)\b"
    r"|(?:(?:The|A|An)\s+)?(?:(?:term|word|phrase|abbreviation)\s+)?[\"'‘“]?"
    r"(?!(?:it|this|that|he|she|they|we|you|i|there)\b)[\w.'’\-]+[\"'’”]?\s+"
    r"(?:means|stands\s+for|refers\s+to)\b)",
    re.IGNORECASE,
)
_DEFINITION_AFTER_REPEAT = re.compile(
    r"^\W*(?:(?:is|are|means|refers\s+to|describes)\s+(?:when|where|how|what|that|(?:a|an|the)\b)"
    r"|stands\s+for\b)",
    re.IGNORECASE,
)
# A dash gloss: "Full Code Test – the two-part test every prosecutor must apply".
_DASH_GLOSS = re.compile(
    r"^['’\"”]?\s*(?:[–—]|\s-)\s*"
    r"(?!(?:we|i|you|he|she|they|please|sorry|unfortunately|however|but|and|so|this|which)\b)"
    r"[^\W\d_]+[\s,]+[^\W\d_]+",
    re.IGNORECASE,
)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\r?\n")
_BRACKET_AFTER = re.compile(r"^['’\"”]?\s*[(\[]\s*([^()\[\]\r\n]{3,200})[)\]]")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL_DOMAIN = re.compile(r"@[\w\-]+(?:\.[\w\-]+)+")
_EMAIL_LOCAL = re.compile(r"[\w.+\-]+$")
_WORD = re.compile(r"[^\W\d_]{2,}")


class _Sentences:
    """Character bounds of a text's sentences, from their spans (only glosses need them)."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]] | None) -> None:
        self._text = text
        self._spans = spans
        self._bounds: list[tuple[int, int]] | None = None
        self._starts: list[int] = []

    @property
    def bounds(self) -> list[tuple[int, int]]:
        if self._bounds is None:
            spans = sentence_spans(self._text) if self._spans is None else self._spans
            starts = [0, *(s for s, _ in spans[1:])]
            self._bounds = list(zip(starts, [*starts[1:], len(self._text)], strict=True))
            self._starts = starts
        return self._bounds

    def index(self, offset: int) -> int:
        self.bounds  # noqa: B018 - computes the starts
        return max(0, bisect.bisect_right(self._starts, offset) - 1)


# ----------------------------------------------------------------------------- fast matching
#
# Python's re is slow for patterns that ignore case or open with a look-behind or \b: it cannot
# skip ahead to a literal prefix. Patterns that ignore case are therefore lowercased and run,
# case-sensitively, on a lowercased copy of the text of the same length (offsets are unchanged),
# and a leading (?<!\w) or \b is checked in Python instead of by the regex.


def _isword(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _has_top_level_bar(src: str) -> bool:
    return any(c == "|" and d == 0 for _, c, d in _structure(src))


def _lower_pattern(src: str) -> str | None:
    """The pattern with its literal letters lowercased (escapes kept); None if that is unsafe."""
    if "(?-i" in src or "\\N" in src or "(?P" in src:
        return None
    out, i = [], 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            out.append(src[i : i + 2])
            i += 2
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)


@cache
def _compile(src: str, ignore_case: bool) -> re.Pattern[str]:
    """re.compile with an unbounded cache (re's own cache holds fewer patterns than the rules)."""
    return re.compile(src, re.IGNORECASE if ignore_case else 0)


class _FastPattern:
    """A compiled rule pattern that reports the same spans as ``re.finditer`` on the original."""

    __slots__ = ("left", "lowered", "regex")

    def __init__(self, src: str, ignore_case: bool) -> None:
        self.left: str | None = None
        if not _has_top_level_bar(src):
            leads = (("(?<!\\w)", "nonword"), ("(?<![\\w])", "nonword"), ("\\b", "boundary"))
            for lead, kind in leads:
                if src.startswith(lead):
                    src, self.left = src[len(lead) :], kind
                    break
        self.lowered = False
        if ignore_case:
            low = _lower_pattern(src)
            if low is not None:
                src, self.lowered, ignore_case = low, True, False
        self.regex = re.compile(src, re.IGNORECASE if ignore_case else 0)

    def spans(self, text: str, lowered: str) -> list[tuple[int, int]]:
        out = []
        for m in self.regex.finditer(lowered if self.lowered else text):
            s = m.start()
            prev_word = s > 0 and _isword(text[s - 1])
            if self.left == "nonword" and prev_word:
                continue
            if self.left == "boundary" and prev_word == (s < len(text) and _isword(text[s])):
                continue
            out.append((s, m.end()))
        return out


def _without_lookarounds(src: str) -> str:
    """``src`` with every look-ahead/look-behind group removed: a pattern matching a superset."""
    out, i = [], 0
    while i < len(src):
        if src.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(src, i) + 1
            continue
        step = 2 if src[i] == "\\" else 1
        out.append(src[i : i + step])
        i += step
    return "".join(out)


_EMPTY_BRANCH = re.compile(r"\(\?:\||\|\||\|\)")
_LONG_REPEAT = re.compile(r"\{(\d*),\s*(\d{2,})\}")  # a repeat RE2 builds as ten or more copies of its states


def long_repeats_unbounded(src: str) -> str:
    """``src`` with each long ``{m,n}`` repeat (``_LONG_REPEAT``) made ``{m,}``: it matches wherever ``src``
    does, and more, and costs an RE2 set no more than a short repeat."""
    return _LONG_REPEAT.sub(lambda m: "{" + (m.group(1) or "0") + ",}", src)
_UNICODE_SPACE = re.compile("[" + "".join(chr(c) for c in range(0x80, 0x3001) if chr(c).isspace()) + "]")


class _Prefilter:
    """Which patterns may match a text, from one RE2 scan per text form (lowered, original).

    RE2 sees a superset of Python's matches here (its ``\\b`` is ASCII, so it finds more word
    boundaries); patterns RE2 cannot compile (look-arounds, back-references) always run.
    """

    def __init__(self, patterns: list[_FastPattern]) -> None:
        self.always: set[int] = set()
        self.sets: dict[bool, tuple[Any, list[int]]] = {}
        # The patterns kept out of ``sets`` (long repeats, empty branches), loosened (``_loosened``) into sets of
        # their own; ``ascii_only``: those that ignore case, read by their set only when the text is ASCII.
        self.loose_sets: dict[bool, tuple[Any, list[int]]] = {}
        self.ascii_only: set[int] = set()
        try:
            import re2
        except ImportError:  # pragma: no cover - google-re2 is a dependency
            self.always = {id(p) for p in patterns}
            return
        options = re2.Options()
        options.word_boundary = True
        for lowered in (True, False):
            matcher, ids = re2.Set.SearchSet(options), []
            loose, loose_ids = re2.Set.SearchSet(options), []
            for p in patterns:
                if p.lowered != lowered:
                    continue
                src = _without_lookarounds(p.regex.pattern)
                if not lowered and p.regex.flags & re.IGNORECASE:
                    src = "(?i)" + src
                if "\\1" in src:  # back-references: RE2 has none
                    self.always.add(id(p))
                    continue
                if _EMPTY_BRANCH.search(src) or _LONG_REPEAT.search(src):
                    # a pattern that would slow the whole set: loosened, in a set of its own
                    wider = _loosened(src)
                    try:
                        if wider is None:
                            raise ValueError(src)
                        loose.Add(wider)
                    except Exception:
                        self.always.add(id(p))
                        continue
                    loose_ids.append(id(p))
                    if p.regex.flags & re.IGNORECASE:  # RE2's and Python's case folding agree on ASCII
                        self.ascii_only.add(id(p))
                    continue
                try:
                    matcher.Add(src)
                except Exception:  # RE2 cannot express it: always run the Python pattern
                    self.always.add(id(p))
                    continue
                ids.append(id(p))
            matcher.Compile()
            self.sets[lowered] = (matcher, ids)
            if loose_ids:
                loose.Compile()
                self.loose_sets[lowered] = (loose, loose_ids)

    def candidates(self, text: str, lowered: str) -> set[int]:
        found = set(self.always)
        for is_lowered, (matcher, ids) in self.loose_sets.items():  # on the text as it is
            found.update(ids[i] for i in matcher.Match(lowered if is_lowered else text) or ())
        if not text.isascii():
            found |= self.ascii_only
        if not text.isascii() and _UNICODE_SPACE.search(text):  # RE2's \\s is ASCII: show it plain spaces
            text, lowered = _UNICODE_SPACE.sub(" ", text), _UNICODE_SPACE.sub(" ", lowered)
        for is_lowered, (matcher, ids) in self.sets.items():
            found.update(ids[i] for i in matcher.Match(lowered if is_lowered else text) or ())
        return found


_REPEAT = re.compile(r"\{(\d*),\s*(\d+)\}")
# Outside brackets, what RE2 (ASCII classes) reads as a class at least as wide as Python's (Unicode) one.
_WIDER_CLASSES = {
    "\\w": r"[\w\pL\pN]",
    "\\d": r"[\d\pN]",
    "\\s": r"[\s\x0b\x1c-\x1f\x85\pZ]",  # str.isspace(): Python's \s
    "\\W": "\\W", "\\D": "\\D", "\\S": "\\S",  # RE2's are wider already (every non-ASCII character)
    "\\b": "", "\\B": "",  # an assertion left out: a superset
}


def _loosened(src: str) -> str | None:
    r"""A pattern RE2 reads as matching a superset of what Python's re matches with ``src``, on any text.

    ``{m,n}`` repeats lose their upper bound, ``$`` holds at any line end (RE2's ``$`` is only the end of
    the text, Python's also before a final line break), ``\b`` and ``\B`` are left out, and ``\w``, ``\d``
    and ``\s`` also take the non-ASCII characters Python's take. None where a bracketed class holds one
    of those classes (RE2's would be narrower).
    """
    out, i, last = [], 0, 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            esc = src[i : i + 2]
            if esc in _WIDER_CLASSES:
                out += [src[last:i], _WIDER_CLASSES[esc]]
                last = i + 2
            i += 2
        elif c == "[":
            j = i + 1 + (src[i + 1 : i + 2] == "^")
            j += src[j : j + 1] == "]"  # a "]" first in the class is a literal
            while j < len(src) and src[j] != "]":
                if src[j] == "\\":
                    if src[j + 1 : j + 2] in "wWdDsSbBpP":
                        return None
                    j += 1
                j += 1
            i = j + 1
        elif c == "$":
            out += [src[last:i], "(?m:$)"]
            last = i = i + 1
        elif c == "{" and (m := _REPEAT.match(src, i)):
            out += [src[last:i], "{" + (m.group(1) or "0") + ",}"]
            last = i = m.end()
        else:
            i += 1
    return "".join(out) + src[last:]


# ----------------------------------------------------------------------------- rule set


class RuleSet:
    """Rules for the presence concerns, loaded from YAML; ``find(doc)`` returns their hits."""

    def __init__(self, rules: Sequence[Rule], ignore_texts: Iterable[str] = (),
                 abbreviations: AbbreviationLists | None = None,
                 presuppositions: Presuppositions | None = None) -> None:
        self._rules: tuple[Rule, ...] = tuple(rules)
        self._ignore_texts = frozenset(_norm(t) for t in ignore_texts)
        self._abbreviations = abbreviations
        self._presuppositions = presuppositions
        self._compiled: dict[str, Any] | None = None

    # -- construction ---------------------------------------------------------------
    @classmethod
    def load(
        cls,
        paths: Sequence[Path | Traversable] | None = None,
        ignore: Iterable[str] = (),
        *,
        extra: Sequence[Path | Traversable] = (),
    ) -> RuleSet:
        """Load rule files.

        ``paths``: rule files or directories (every ``*.yaml`` with a ``rules:`` list); default
        the shipped ``rules/{jargon,residue,cold}.yaml``. ``extra``: files added after ``paths`` (a
        deployment's own rules; a rule with an id already loaded replaces it). ``ignore``: rule ids
        (with or without the ``jargon.`` prefix) or terms a team decides are not a concern: a rule
        is dropped when its id or one of its terms is ignored, and any hit whose text is an
        ignored term is dropped.
        """
        files: list[Path | Traversable] = []
        for p in [*(DEFAULT_RULE_FILES if paths is None else paths), *extra]:
            p = Path(p) if isinstance(p, str) else p
            if p.is_dir():
                for f in sorted((f for f in p.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name):
                    data = _read_yaml(f)
                    if isinstance(data, dict) and isinstance(data.get("rules"), list):
                        files.append(f)
            elif not _presuppositions_only(p):  # those are read by Presuppositions.load
                files.append(p)
        by_id: dict[str, Rule] = {}
        order = 0
        for f in files:
            for rule in load_rule_file(f, order):
                by_id.pop(rule.id, None)  # a later file's rule replaces it, at the end
                by_id[rule.id] = rule
            order += 100_000
        ignored = {_norm(str(x)) for x in ignore if str(x).strip()}
        kept = [
            r for r in by_id.values()
            if not ({_norm(r.id), _norm(r.id.split(".", 1)[-1])} & ignored)
            and not any(_norm(t) in ignored for t in r.terms)
        ]
        abbreviations = presuppositions = None
        if any(r.concern == JARGON for r in kept) and not {"abbreviation", "jargon.abbreviation"} & ignored:
            abbreviations = load_lists(RULES_DIR)  # type: ignore[arg-type]  # a Path or zip path: hashable
        if any(r.concern == RESIDUE for r in kept):
            presuppositions = Presuppositions.load([RULES_DIR / PRESUPPOSITIONS_FILE, *extra], ignored)
        return cls(kept, ignored, abbreviations, presuppositions)

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self._rules

    @property
    def ignore_texts(self) -> frozenset[str]:
        return self._ignore_texts

    def __len__(self) -> int:
        return len(self._rules)

    def counts(self) -> dict[str, int]:
        """Number of rules per concern."""
        out: dict[str, int] = {}
        for r in self._rules:
            out[r.concern] = out.get(r.concern, 0) + 1
        return out

    def __repr__(self) -> str:
        return f"RuleSet({self.counts()})"

    # -- pickling: rule data only --------------------------------------------------------
    def __getstate__(self) -> dict[str, Any]:
        return {"rules": self._rules, "ignore_texts": self._ignore_texts, "abbreviations": self._abbreviations,
                "presuppositions": self._presuppositions}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._rules = tuple(state["rules"])
        self._ignore_texts = frozenset(state["ignore_texts"])
        self._abbreviations = state.get("abbreviations")
        self._presuppositions = state.get("presuppositions")
        self._compiled = None

    def _build(self) -> dict[str, Any]:
        if self._compiled is None:
            def comp(pats: tuple[Pattern, ...]) -> list[re.Pattern[str]]:
                return [_compile(src, ic) for src, ic in pats]

            compiled: dict[str, Any] = {}
            for r in self._rules:
                gloss = comp(r.glosses)
                if r.gloss_plain:
                    gloss += [_compile(term_pattern(p), True) for p in r.plain]
                contexts = (r.before, r.not_before, r.not_after)
                ctx = tuple(None if c is None else comp((c,))[0] for c in contexts)
                fast = [_fast_pattern(src, ic) for src, ic in r.patterns]
                compiled[r.id] = (fast, comp(r.require), comp(r.exclude), gloss, ctx)
            self._prefilter = _Prefilter([p for r in self._rules for p in compiled[r.id][0]])
            self._rule_of = {id(p): k for k, r in enumerate(self._rules) for p in compiled[r.id][0]}
            self._unfiltered = {k for k, r in enumerate(self._rules) if not r.patterns}
            self._compiled = compiled
        return self._compiled

    # -- matching ---------------------------------------------------------------------
    def find(self, text: str, spans: Sequence[tuple[int, int]] | None = None,
             case: CaseData | None = None) -> list[RuleHit]:
        """All hits, sorted by start; no two hits of the same concern overlap (the longest wins).

        ``spans`` are the text's sentences (``sentence_spans``), computed when not given. A term
        is reported once, at its first use, unless the draft explains it somewhere (one
        explanation covers every use). ``case``: case data that overrides what a letter says
        about itself when paragraphs are checked against the letter's facts.
        """
        lowered = _lower_same_length(text)
        compiled = self._build()
        sents = _Sentences(text, spans)
        protected = _urls_and_emails(text, lowered)
        outside = _letter_frame(text)  # letterhead and signature: the sender's names, not read as content

        maybe = self._prefilter.candidates(text, lowered)
        candidates: list[tuple[int, int, Rule]] = []
        for k in sorted({self._rule_of[i] for i in maybe} | self._unfiltered):  # rules that may match
            rule = self._rules[k]
            pats, require, exclude, _, (before, not_before, not_after) = compiled[rule.id]
            if rule.needs and not any(n in lowered for n in rule.needs):
                continue
            if rule.kind == "duplicate_paragraph":
                spans = _duplicate_paragraphs(text, rule.min_words)
            else:
                spans = []
                for pat in pats:
                    if id(pat) not in maybe or pat.regex.search(lowered if pat.lowered else text) is None:
                        continue  # the common case, without the cost of spans()
                    for m_start, m_end in pat.spans(text, lowered):
                        s, e = _trim(text, m_start, m_end)
                        if e <= s:
                            continue
                        if rule.expand_brackets:
                            s, e = _expand_brackets(text, s, e)
                        found = text[s:e]
                        if require and not any(r.search(found) for r in require):
                            continue
                        if any(x.search(found) for x in exclude):
                            continue
                        if before is not None or not_before is not None:
                            prev = text[max(0, s - 60) : s]
                            if before is not None and not before.search(prev):
                                continue
                            if not_before is not None and not_before.search(prev):
                                continue
                        if not_after is not None and not_after.match(text[e : e + 60]):
                            continue
                        spans.append((s, e))
                if rule.kind == "duplicate":
                    spans = sorted(set(spans))
                    spans = [sp for sp in spans if sp[0] >= spans[0][1]] if spans else []
            for s, e in spans:
                if rule.concern != RESIDUE and any(ps <= s and e <= pe for ps, pe in protected):
                    continue
                if rule.concern == JARGON and outside and _inside(outside, s):
                    continue
                if _norm(text[s:e]) in self._ignore_texts:
                    continue
                candidates.append((s, e, rule))
        if self._abbreviations is not None and _SALUTATION.search(text) is not None:  # letters only
            for a in find_abbreviations(text, self._abbreviations, protected + outside):
                if _norm(text[a.start : a.end]) not in self._ignore_texts and _norm(a.key) not in self._ignore_texts:
                    candidates.append((a.start, a.end, _abbreviation_rule(a.expansion)))
        if self._presuppositions is not None:
            candidates += [(s, e, rule) for s, e, rule in self._presuppositions.find(text, lowered, case)]

        residue = _resolve([c for c in candidates if c[2].concern == RESIDUE])
        def in_residue(c: tuple[int, int, Rule]) -> bool:
            return any(rs <= c[0] and c[1] <= r_end for rs, r_end, _ in residue)

        others = [c for c in candidates if c[2].concern != RESIDUE and not in_residue(c)]
        kept = residue + _resolve(others)
        kept.sort(key=lambda c: (c[0], c[1]))

        hits: list[RuleHit] = []
        uses: dict[str, list[tuple[int, int, Rule]]] = {}
        for s, e, rule in kept:
            if rule.gloss:
                uses.setdefault(_concept(rule, text[s:e]), []).append((s, e, rule))
            else:
                hits.append(_hit(text, s, e, rule))
        for key, term_uses in uses.items():
            if self._explained(text, lowered, key, term_uses, sents, compiled):
                continue
            s, e, rule = term_uses[0]
            hits.append(_hit(text, s, e, rule, len(term_uses)))
        hits.sort(key=lambda h: (h.start, h.end))
        return hits

    def _explained(self, text: str, lowered: str, key: str, found: list[tuple[int, int, Rule]],
                   sents: _Sentences, compiled: dict[str, Any]) -> bool:
        """Explained anywhere: one use glossed, or (an abbreviation) spelled out somewhere in the draft."""
        abbreviation = key.removeprefix(_ABBREVIATION_KEY) if key.startswith(_ABBREVIATION_KEY) else None
        if abbreviation and self._abbreviations and is_expanded(text, lowered, abbreviation, self._abbreviations):
            return True
        for s, e, rule in found:
            parts = compiled.get(rule.id) or _ABBREVIATION_COMPILED
            if self._glossed(text, s, e, rule, sents, parts):
                return True
        return False

    @staticmethod
    def _glossed(text: str, s: int, e: int, rule: Rule, sents: _Sentences, compiled: Any) -> bool:
        pats, _, _, gloss, _ = compiled
        i, j = sents.index(s), sents.index(max(s, e - 1))
        sent_start, sent_end = sents.bounds[i][0], sents.bounds[j][1]
        before, after = text[sent_start:s], text[e:sent_end]
        nxt = ""
        if j + 1 < len(sents.bounds):
            nxt = text[sents.bounds[j + 1][0] : sents.bounds[j + 1][1]]

        m = _BRACKET_AFTER.match(after)
        if m and len(_WORD.findall(m.group(1))) >= 2:
            return True  # "NFA (no further action)"
        if (
            re.search(r"[(\[]\s*[\"'“‘]?$", before)
            and re.match(r"^[\"'”’]?\s*[)\]]", after)
            and len(_WORD.findall(before)) >= 2
        ):
            return True  # "actual bodily harm (ABH)"
        if _IMMEDIATE_MARKER.match(after) or _AFTER_MARKER.search(after):
            return True
        if _DASH_GLOSS.match(after):
            return True
        if _BEFORE_MARKER.search(before):
            return True
        if nxt and _NEXT_MARKER.match(nxt):
            return True
        if nxt:
            for pat in pats:  # "An ABE interview is a ..." in the next sentence
                for _, m_end in pat.spans(nxt, _lower_same_length(nxt)):
                    if _DEFINITION_AFTER_REPEAT.match(nxt[m_end:]):
                        return True
        if gloss:  # the plain words in the same sentence, the next one or the rest of the paragraph
            para = _PARAGRAPH_END.search(text, sent_end)
            rest = text[sent_end : para.start() if para else len(text)]
            after_sentence = rest if len(rest) > len(nxt) else nxt
            window = text[sent_start:s] + " " * (e - s) + text[e:sent_end] + " " + after_sentence
            if any(g.search(window) for g in gloss):
                return True
        return False


def _urls_and_emails(text: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of web addresses and email addresses (searched from the "@": a scan per word is slow)."""
    found = [m.span() for m in _URL.finditer(text)] if "://" in text or "www." in lowered else []
    if "@" in text:
        for m in _EMAIL_DOMAIN.finditer(text):
            local = _EMAIL_LOCAL.search(text, max(0, m.start() - 200), m.start())
            if local:
                found.append((local.start(), m.end()))
    return found


def hit_counts(hits: Iterable[RuleHit]) -> dict[str, int]:
    """The number of unexplained uses of each concern's terms (and of its other hits)."""
    counts: dict[str, int] = {}
    for h in hits:
        counts[h.concern] = counts.get(h.concern, 0) + h.uses
    return counts


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_CLOSING = {"(": ")", "[": "]", "{": "}", "*": "*", "<": ">"}


def _expand_brackets(text: str, s: int, e: int) -> tuple[int, int]:
    """Grow ``[s, e)`` to the brackets (or asterisks) directly around it, if both are there."""
    i = s
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] not in _CLOSING:
        return s, e
    j = e
    while j < len(text) and text[j] in " \t.:;,":
        j += 1
    if j < len(text) and text[j] == _CLOSING[text[i - 1]]:
        return i - 1, j + 1
    return s, e


def _resolve(cands: list[tuple[int, int, Rule]]) -> list[tuple[int, int, Rule]]:
    """Drop overlapping candidates: longest first, then the earlier rule, then the earlier start."""
    chosen: list[tuple[int, int, Rule]] = []
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping
    for s, e, rule in sorted(set(cands), key=lambda c: (-(c[1] - c[0]), c[2].order, c[0])):
        k = bisect.bisect_left(taken, (s, e))
        if k > 0 and taken[k - 1][1] > s:
            continue
        if k < len(taken) and taken[k][0] < e:
            continue
        taken.insert(k, (s, e))
        chosen.append((s, e, rule))
    return chosen


def _duplicate_paragraphs(text: str, min_words: int) -> list[tuple[int, int]]:
    seen: set[str] = set()
    out: list[tuple[int, int]] = []
    start = 0
    for m in [*re.finditer(r"\r?\n[ \t]*(?:\r?\n[ \t]*)+", text), None]:
        end = m.start() if m else len(text)
        s, e = _trim(text, start, end)
        if e > s:
            key = _norm(text[s:e])
            if len(key.split()) >= min_words:
                if key in seen:
                    out.append((s, e))
                seen.add(key)
        if m:
            start = m.end()
    return out


def _fill(template: str, found: str, plain: str) -> str:
    return template.replace("{text}", found).replace("{plain}", plain)


def _hit(text: str, s: int, e: int, rule: Rule, uses: int = 1) -> RuleHit:
    found = text[s:e]
    plain = rule.plain[0] if rule.plain else ""
    message = _fill(rule.message, found, plain)
    if uses > 1:
        message += f" It is used {uses} times; explaining it once, here, covers every use."
    return RuleHit(
        concern=rule.concern,
        rule=rule.id,
        start=s,
        end=e,
        text=found,
        message=message,
        suggestion=_fill(rule.suggestion, found, plain),
        replacements=rule.plain if rule.replace else (),
        severity=rule.severity,
        uses=uses,
    )


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The default rule set (cached)."""
    return RuleSet.load()


@cache
def _fast_pattern(src: str, ignore_case: bool) -> _FastPattern:
    return _FastPattern(src, ignore_case)


# ----------------------------------------------------------------------------- concepts and the letter frame

_ABBREVIATION_KEY = "abbr:"
_ABBREVIATION_COMPILED: tuple[Any, ...] = ([], [], [], [], (None, None, None))
_SECTION_NUMBER = re.compile(r"\d+[a-z]*")


def _concept(rule: Rule, found: str) -> str:
    """What one explanation covers: the rule, or for a rule of unrelated terms the term itself."""
    if rule.id == ABBREVIATION_RULE_ID:
        return _ABBREVIATION_KEY + found.replace(".", "").removesuffix("s").rstrip("'’")
    if not rule.per_term:
        return rule.id
    norm = _norm(found)
    number = _SECTION_NUMBER.search(norm) if rule.id.startswith("jargon.s") else None
    return f"{rule.id}:{number.group(0) if number else norm}"


ABBREVIATION_RULE_ID = "jargon.abbreviation"
_ABBREVIATION_MESSAGE = ('"{text}" is an abbreviation a victim may not know, and the letter does not say '
                         'what it stands for.')


@lru_cache(maxsize=256)
def _abbreviation_rule(expansion: str) -> Rule:
    """The rule behind an abbreviation found by its shape (the expansion, when known, is the replacement)."""
    return Rule(
        id=ABBREVIATION_RULE_ID, concern=JARGON, patterns=(), plain=(expansion,) if expansion else (),
        gloss=True, gloss_plain=False, severity="medium", message=_ABBREVIATION_MESSAGE,
        suggestion=('Write "{plain}" at first use, or say it in plain words.' if expansion
                    else 'Say in full what "{text}" stands for at first use, or use plain words.'),
        order=10**9, source=str(RULES_DIR / "abbreviations.yaml"),
    )


_SALUTATION = re.compile(r"(?m)^[ \t]*Dear\b[^\r\n]*")
_SIGN_OFF = re.compile(
    r"(?im)^[ \t]*(?:Yours\s+(?:sincerely|faithfully|truly)|(?:With\s+)?(?:kind|best|warm)\s+regards|Regards)\b"
)
_LINE = re.compile(r"[^\r\n]*")


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """``pos`` is inside one of ``spans`` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _presuppositions_only(path: Path | Traversable) -> bool:
    data = _read_yaml(path) if path.is_file() else {}
    return isinstance(data, dict) and "rules" not in data and bool({"paragraphs", "facts"} & set(data))


def _letter_frame(text: str) -> list[tuple[int, int]]:
    """A letter's letterhead lines (above "Dear ...", except lines with a colon) and its signature."""
    if "Dear" not in text:
        return []
    salutation = _SALUTATION.search(text)
    if salutation is None:
        return []
    frame = [m.span() for m in _LINE.finditer(text, 0, salutation.start()) if m.group(0) and ":" not in m.group(0)]
    sign_off = _SIGN_OFF.search(text, salutation.end())
    if sign_off is not None:
        frame.append((sign_off.start(), len(text)))
    return frame
