# ruff: noqa: RUF001
# (typographic quotes in patterns are intentional)
"""Case-inconsistent paragraphs: template text that presupposes facts the letter contradicts.

Input: a letter's text (and optional case data). Output: ``(start, end, rule)`` for each
paragraph that presupposes something about the case (a guilty plea, a trial to come, domestic
abuse, a victim who withdrew support, a decision the review scheme covers, ...) while the rest
of the letter says otherwise. Facts are read from the letter's other paragraphs; case data
(decision type, offence category) overrides them. Both the facts and the paragraphs are data
(``model/resources/rules/presuppositions.yaml``), so a team can add its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.datafiles import read_yaml

if TYPE_CHECKING:
    from model.casedata import CaseData
    from model.rules import Rule

PRESUPPOSITIONS_FILE = "presuppositions.yaml"
_SALUTATION = re.compile(r"(?m)^[ \t]*Dear\b")
# A unit is a run of lines joined where a line does not end a sentence (hard-wrapped text).
_UNIT_END = re.compile(r"[.!?:;)\]”\"'’]\s*$")


@dataclass(frozen=True)
class Conflict:
    fact: str  # the fact, shown elsewhere in the letter, that the paragraph contradicts
    says: str  # what the letter says, for the message
    unless: tuple[str, ...] = ()  # facts that, shown in another paragraph too, make the paragraph fit after all
    unless_here: tuple[str, ...] = ()  # facts that, shown anywhere (this paragraph included), make it fit


@dataclass(frozen=True)
class ParagraphRule:
    id: str
    about: str  # what the paragraph is about, for the message
    when: tuple[str, ...]  # regexes: the paragraph presupposes something
    conflicts: tuple[Conflict, ...]
    unless: tuple[str, ...] = ()  # regexes in the paragraph itself that cancel (negations)


@dataclass(frozen=True)
class Presuppositions:
    """Facts, the paragraph rules that depend on them, and how case data sets facts."""

    facts: tuple[tuple[str, tuple[str, ...]], ...]
    rules: tuple[ParagraphRule, ...]
    decision_facts: tuple[tuple[str, tuple[tuple[str, bool], ...]], ...] = ()
    category_facts: tuple[tuple[str, tuple[tuple[str, bool], ...]], ...] = ()

    def __getstate__(self) -> dict[str, Any]:
        # The compiled patterns are a cache, compiled again on first use (an RE2 set cannot be pickled).
        return {k: v for k, v in self.__dict__.items() if k != "_compiled_cache"}

    @classmethod
    def load(cls, paths: Iterable[Path | Traversable | str], ignore: Iterable[str] = ()) -> Presuppositions | None:
        """Merge every file that has ``paragraphs:`` (later rules with the same id replace earlier ones)."""
        facts: dict[str, tuple[str, ...]] = {}
        rules: dict[str, ParagraphRule] = {}
        decisions: dict[str, tuple[tuple[str, bool], ...]] = {}
        categories: dict[str, tuple[tuple[str, bool], ...]] = {}
        ignored = {str(x).strip().lower() for x in ignore}
        for path in paths:
            path = Path(path) if isinstance(path, str) else path
            data = read_yaml(path) if path.is_file() else {}
            if not isinstance(data, dict) or not ("paragraphs" in data or "facts" in data):
                continue
            for name, patterns in (data.get("facts") or {}).items():
                facts[str(name)] = facts.get(str(name), ()) + tuple(_check(path, name, _as_list(patterns)))
            for raw in data.get("paragraphs") or ():
                rule = _paragraph_rule(path, raw)
                if rule.id.lower() not in ignored:
                    rules[rule.id] = rule
            for key, into in (("decision_type", decisions), ("offence_category", categories)):
                for value, setting in ((data.get("case_data") or {}).get(key) or {}).items():
                    into[str(value)] = tuple((str(k), bool(v)) for k, v in setting.items())
        for rule in rules.values():
            for c in rule.conflicts:
                unknown = {c.fact, *c.unless, *c.unless_here} - set(facts)
                if unknown:
                    raise ValueError(f"{rule.id}: unknown facts {sorted(unknown)}")
        if not rules:
            return None
        return cls(tuple(facts.items()), tuple(rules.values()), tuple(decisions.items()), tuple(categories.items()))

    def find(self, text: str, lowered: str, case: CaseData | None = None) -> list[tuple[int, int, Rule]]:
        """Paragraphs of a letter that presuppose facts the rest of the letter contradicts."""
        if "Dear" not in text or _SALUTATION.search(text) is None:
            return []  # only letters: a review is written to colleagues, not about the reader's case
        compiled = self.__dict__.get("_compiled_cache")
        if compiled is None:  # compiled on first use, kept on the instance (hashing it costs more)
            compiled = _compiled(self)
            object.__setattr__(self, "_compiled_cache", compiled)
        if compiled.when_set is not None:  # one scan: the rules whose "when" matches anywhere
            matching = set(compiled.when_set.Match(lowered) or ())
            if not matching:
                return []  # the common case: no presupposing paragraph at all
        elif compiled.any_when.search(lowered) is None:
            return []
        else:
            matching = set(range(len(compiled.rules)))
        units = paragraph_units(text)
        starts = [u[0] for u in units]

        def where(pattern: Any) -> set[int]:
            """The paragraphs in which ``pattern`` matches (one scan of the whole text)."""
            found = set()
            for m in pattern.finditer(lowered):
                i = bisect.bisect_right(starts, m.start()) - 1
                if i >= 0 and m.end() <= units[i][1]:
                    found.add(i)
            return found

        candidates = []
        for k, (rule, when, unless) in enumerate(compiled.rules):
            if k not in matching:
                continue  # "when" matches nowhere: no paragraph of this rule
            here = where(when) - (where(unless) if unless is not None else set())
            candidates += [(i, rule) for i in here]
        if not candidates:
            return []
        needed = {f for _, rule in candidates for c in rule.conflicts for f in (c.fact, *c.unless, *c.unless_here)}
        shown = {name: where(compiled.facts[name]) for name in needed}
        fixed = self._case_facts(case)
        out, done = [], set()
        for i, rule in sorted(candidates, key=lambda c: c[0]):
            if i in done:
                continue
            conflict = _first_conflict(rule, i, shown, fixed)
            if conflict is not None:
                out.append((units[i][0], units[i][1], _hit_rule(rule.id, rule.about, conflict.says)))
                done.add(i)
        return out

    def _case_facts(self, case: CaseData | None) -> dict[str, bool]:
        fixed: dict[str, bool] = {}
        if case is None:
            return fixed
        if case.decision_type:
            fixed.update(dict(self.decision_facts).get(case.decision_type, ()))
        if case.offence_category:
            categories = dict(self.category_facts)
            fixed.update(categories.get(case.offence_category, categories.get("other", ())))
        return fixed


def _first_conflict(rule: ParagraphRule, here: int, shown: dict[str, set[int]],
                    fixed: dict[str, bool]) -> Conflict | None:
    """The first conflict whose fact another paragraph shows and whose exceptions do not hold.

    The paragraph itself cannot contradict itself; what it says can make it fit only through
    ``unless_here`` ("because we have decided to stop this case, you can ask for a review").
    """
    def holds(fact: str, anywhere: bool = False) -> bool:
        if fact in fixed:
            return fixed[fact]
        return bool(shown[fact] if anywhere else shown[fact] - {here})

    for c in rule.conflicts:
        if holds(c.fact) and not any(holds(u) for u in c.unless) \
                and not any(holds(u, anywhere=True) for u in c.unless_here):
            return c
    return None


def paragraph_units(text: str) -> list[tuple[int, int]]:
    """Paragraphs as ``(start, end)``: blank lines and lines that end a sentence close a unit."""
    units: list[tuple[int, int]] = []
    start = None
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            if start is None:
                start = pos + len(body) - len(body.lstrip())
            end = pos + len(body.rstrip())
            if _UNIT_END.search(body):
                units.append((start, end))
                start = None
        elif start is not None:
            units.append((start, end))
            start = None
        pos += len(line)
    if start is not None:
        units.append((start, end))
    return units


# ----------------------------------------------------------------------------- loading and compiling


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]


def _check(path: Path | Traversable, where: object, patterns: Sequence[str]) -> list[str]:
    for src in patterns:
        try:
            re.compile(src)
        except re.error as exc:
            raise ValueError(f"{path}: {where}: bad regex {src!r}: {exc}") from exc
    return [src.lower() if "\\" not in src else _lower_literals(src) for src in patterns]


def _lower_literals(src: str) -> str:
    out, i = [], 0
    while i < len(src):
        if src[i] == "\\":
            out.append(src[i : i + 2])
            i += 2
            continue
        out.append(src[i].lower())
        i += 1
    return "".join(out)


def _paragraph_rule(path: Path | Traversable, raw: Any) -> ParagraphRule:
    if not isinstance(raw, dict) or not raw.get("id"):
        raise ValueError(f"{path}: every paragraph rule needs an id")
    rid = str(raw["id"])
    unknown = set(raw) - {"id", "about", "when", "unless", "conflicts"}
    if unknown:
        raise ValueError(f"{path}: {rid}: unknown keys {sorted(unknown)}")
    conflicts = []
    for c in raw.get("conflicts") or ():
        if not isinstance(c, dict) or "fact" not in c or "says" not in c:
            raise ValueError(f"{path}: {rid}: each conflict needs 'fact' and 'says'")
        conflicts.append(Conflict(str(c["fact"]), str(c["says"]), tuple(_as_list(c.get("unless"))),
                                  tuple(_as_list(c.get("unless_here")))))
    when = _check(path, rid, _as_list(raw.get("when")))
    if not when or not conflicts:
        raise ValueError(f"{path}: {rid}: needs 'when' patterns and 'conflicts'")
    return ParagraphRule(rid, str(raw.get("about", "")), tuple(when), tuple(conflicts),
                         tuple(_check(path, rid, _as_list(raw.get("unless")))))


@dataclass(frozen=True)
class _Compiled:
    facts: dict[str, Any]  # compiled by _fast: RE2 or re
    rules: list[tuple[ParagraphRule, Any, Any]]
    any_when: Any  # one scan decides most letters
    when_set: Any = None  # RE2 set of each rule's "when" (index = rule), when RE2 compiles them all


def _either(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _fast(source: str) -> Any:
    """RE2 (linear-time scans, no look-arounds) where it can express the pattern, else Python's re."""
    try:
        import re2

        options = re2.Options()
        options.word_boundary = True
        return re2.compile(source, options)
    except Exception:  # RE2 missing, or a pattern it cannot express
        return re.compile(source)


@lru_cache(maxsize=8)
def _compiled(p: Presuppositions) -> _Compiled:
    facts = {name: _fast(_either(pats)) for name, pats in p.facts}
    rules = [(r, _fast(_either(r.when)), _fast(_either(r.unless)) if r.unless else None) for r in p.rules]
    return _Compiled(facts, rules, _fast(_either([w for r in p.rules for w in r.when])),
                     _when_set([_either(r.when) for r in p.rules]))


def _when_set(sources: list[str]) -> Any:
    """An RE2 search set of ``sources`` (match ``i`` = ``sources[i]``, as ``_fast`` compiles it), or None."""
    try:
        import re2

        options = re2.Options()
        options.word_boundary = True
        matcher = re2.Set.SearchSet(options)
        for i, src in enumerate(sources):
            re2.compile(src, options)  # what ``_fast`` gives: RE2, not the fallback to re
            if matcher.Add(src) != i:
                return None
        matcher.Compile()
        return matcher
    except Exception:  # RE2 missing, or a pattern it cannot express: every rule is scanned
        return None


@lru_cache(maxsize=256)
def _hit_rule(rule_id: str, about: str, says: str) -> Rule:
    from model.rules import RESIDUE, RULES_DIR, Rule

    base = Rule(id=rule_id, concern=RESIDUE, patterns=(), gloss=False, severity="high",
                source=str(RULES_DIR / PRESUPPOSITIONS_FILE), order=10**9 - 1)
    return replace(base, message=f"This paragraph is about {about}, but the letter says {says}.",
                   suggestion="Delete the paragraph, or rewrite it to fit this case: it looks like template text "
                              "from another kind of letter.")
