"""Analysis cache: what ``training.train.analyse_records`` found in a text, kept between retrains.

Input: records and the rules. Output: the same ``Analysed`` list as ``analyse_records``, with
texts seen before read back from ``<CASECHECK_HOME>/cache/analysis-<signature>.json``. Parsing
every draft is most of a training run; a retrain re-parses only texts it has not seen.

The signature covers everything the analysis depends on (the code of ``model/``, the signal
patterns, the rules), so a change to any of them starts a new cache.
The file is JSON (sentence offsets, signals, rule counts), never a pickle.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from model import RuleSet
from model.files import write_json_atomic
from model.signals import Draft, Sentence, load_signals
from training.dataset import Record
from training.train import Analysed, analyse_records

MODEL_DIR = Path(__file__).resolve().parents[1] / "model"


def signature(rules: RuleSet) -> str:
    """sha256 over the analysis code, signal patterns and rules."""
    digest = hashlib.sha256()
    for path in sorted(MODEL_DIR.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    digest.update(json.dumps(load_signals().patterns, sort_keys=True).encode())
    digest.update(repr(rules.rules).encode() + repr(sorted(rules.ignore_texts)).encode())
    return digest.hexdigest()[:20]


def _encode(a: Analysed) -> list[Any]:
    return [[[s.start, s.end, sorted(s.signals)] for s in a.draft.sentences], a.rule_counts]


def _decode(record: Record, entry: list[Any]) -> Analysed:
    text = record.text
    sentences = tuple(Sentence(s, e, text[s:e], frozenset(sig), len(text[s:e].split())) for s, e, sig in entry[0])
    return Analysed(record, Draft(text=text, sentences=sentences), dict(entry[1]))


class AnalysisCache:
    """Cached analysis in ``directory`` (``None``: no cache, analyse every time)."""

    def __init__(self, directory: Path | None, rules: RuleSet) -> None:
        self.rules = rules
        self.path = Path(directory) / f"analysis-{signature(rules)}.json" if directory else None
        self.hits = self.misses = 0

    def _read(self) -> dict[str, list[Any]]:
        if self.path is None or not self.path.exists():
            return {}
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # a damaged cache is only slower

    def _write(self, entries: dict[str, list[Any]]) -> None:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for old in self.path.parent.glob("analysis-*.json"):
            if old != self.path:
                old.unlink(missing_ok=True)  # made with other code or rules: never read again
        write_json_atomic(self.path, entries, separators=(",", ":"), indent=None, sort_keys=False)

    def analyse(self, records: Sequence[Record]) -> list[Analysed]:
        """``analyse_records(records)``, reading known texts from the cache and adding new ones."""
        if self.path is None:
            self.misses += len(records)
            return analyse_records(records, self.rules)
        entries = self._read()
        keys = [hashlib.sha256(r.text.encode("utf-8")).hexdigest() for r in records]
        todo = [i for i, k in enumerate(keys) if k not in entries]
        fresh = analyse_records([records[i] for i in todo], self.rules) if todo else []
        for i, a in zip(todo, fresh, strict=True):
            entries[keys[i]] = _encode(a)
        if todo:
            self._write(entries)
        self.hits, self.misses = self.hits + len(records) - len(todo), self.misses + len(todo)
        return [_decode(r, entries[k]) for r, k in zip(records, keys, strict=True)]
