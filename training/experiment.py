"""Experiment: train in process on the seed corpus (plus or minus files), score labelled drafts.

For measuring a change to features, roles, signals or seed data without registering a model:
the analysis of every text is cached (``training.analysis_cache``) between runs, so a run costs
the fits and the scoring. Prints macro-F1 per writer set and overall, and precision / recall per
concern (``training.error_analysis``).

    python -m training.experiment ../shared/data/*.jsonl [--without generated_styles.jsonl] [--markdown]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Sequence
from pathlib import Path

from model import RuleSet, Scorer
from model.signals import load_signals
from training.analysis_cache import MODEL_DIR, AnalysisCache
from training.config import load_config
from training.dataset import default_corpus, load_records
from training.error_analysis import by_writer, markdown
from training.evaluate import concern_metrics, evaluate, score_records
from training.train import train


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="labelled drafts to score (never trained on)")
    parser.add_argument("--without", nargs="*", default=[], help="seed corpus files to leave out (by name)")
    parser.add_argument("--config", type=Path, help="training config (default: the default config)")
    parser.add_argument("--cache", type=Path, default=Path("var/cache"), help="analysis cache directory")
    parser.add_argument("--markdown", action="store_true", help="print the docs/model.md tables")
    parser.add_argument("--save", type=Path, help="also write the trained objects here (joblib, for inspection)")
    args = parser.parse_args(argv)
    rules = RuleSet.load()
    seed = [p for p in default_corpus() if p.name not in set(args.without)]
    records = load_records(seed)
    started = time.perf_counter()
    bundle, manifest = train(
        records, load_config(args.config), rules=rules, analysed=_cache(args.cache, rules).analyse(records)
    )
    manifest["version"] = "experiment"
    print(f"trained on {len(records)} drafts in {time.perf_counter() - started:.0f} s")
    if args.save:
        import joblib

        joblib.dump(bundle, args.save)
    scorer = Scorer(bundle, manifest, rules=rules)
    drafts = load_records(args.files)
    results = score_records(scorer, drafts)
    concerns = list(scorer.schema.concerns)
    if args.markdown:
        print(markdown(drafts, results, concerns))
        return
    table = by_writer(drafts, results, concerns)
    overall = concern_metrics(drafts, results, concerns)
    print("  ".join(f"{w} {t['macro_f1']:.3f}" for w, t in table.items()))
    for c, m in overall.items():
        print(f"{c:<38} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  thr {_threshold(scorer, c)}")
    report = evaluate(scorer, drafts)
    print(f"macro-F1 {report['overall']['macro_f1']:.4f}  doc type {report['doc_type_accuracy']:.4f}")


ANALYSIS_CODE = ("text.py", "tokens.py", "signals.py", "rules.py")


def _cache(directory: Path, rules: RuleSet) -> AnalysisCache:
    """The analysis cache keyed on the code analysis runs (not all of ``model/``), so changing
    features or scoring between experiments does not re-parse the corpus."""
    cache = AnalysisCache(directory, rules)
    digest = hashlib.sha256()
    for name in ANALYSIS_CODE:
        digest.update((MODEL_DIR / name).read_bytes())
    digest.update(json.dumps(load_signals().patterns, sort_keys=True).encode())
    digest.update(repr(rules.rules).encode())
    cache.path = directory / "experiments" / f"analysis-{digest.hexdigest()[:20]}.json"
    return cache


def _threshold(scorer: Scorer, concern: str) -> float:
    return scorer.bundle.thresholds().get(concern, float("nan"))


if __name__ == "__main__":
    main()
