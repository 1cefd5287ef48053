"""Learning curve per writer: does retraining on an organisation's own IQA labels help on its other drafts?

For each writer set (one JSONL file each, e.g. ``../shared/data/d1.jsonl`` ... ``d6.jsonl``): sort its
drafts by id and take every other one (half A: ids 1st, 3rd, ...; half B: the rest). Write half A as
an IQA export with three-point ratings (fully / partially / not meeting), import it with
``casecheck labels import`` into a fresh copy of a home holding the default model, run
``casecheck retrain --force``, and evaluate half B with the champion before and the challenger after.
Every step is the ``casecheck`` command in a scratch home under ``--work``; nothing is written in the repo.

    python -m benchmarks.learning_curve ../shared/data/d*.jsonl
    python -m benchmarks.learning_curve ../shared/data/d*.jsonl --weights 1,20   # CASECHECK_STORE_WEIGHT values
    python -m benchmarks.learning_curve ../shared/data/d*.jsonl --jobs 3         # three writers at a time
    python -m benchmarks.learning_curve ../shared/data/d*.jsonl --from-home var  # start from var's champion

``--from-home`` copies that home's registry (and its analysis cache, if any) as the starting champion
instead of training one (``casecheck train`` takes minutes on a loaded machine).

Prints one JSON line per writer and weight, then the mean gain per weight.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.retraining import casecheck, champion_home, copy_home, macro, read_jsonl, write_iqa_csv, write_jsonl


def halves(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(imported, held out): every other draft in id order, so both halves mix doc types alike."""
    ordered = sorted(docs, key=lambda d: d["id"])
    return ordered[0::2], ordered[1::2]


def writer_run(path: Path, base: Path, work: Path, weight: str | None) -> dict[str, Any]:
    """Import half A of one writer's drafts, retrain with --force, score half B before and after."""
    name = path.stem
    part_a, part_b = halves(read_jsonl([path]))
    gold_b = write_jsonl(work / f"{name}_half_b.jsonl", part_b)
    before = macro(base, gold_b)
    home = copy_home(base, work, f"curve-{name}-{weight or 'default'}")
    casecheck(home, "labels", "import", write_iqa_csv(work / f"{name}_half_a_iqa.csv", part_a), quiet=True)
    out, seconds = casecheck(home, "retrain", "--force", "--reason", "learning curve", "--json", quiet=True)
    comparison = json.loads(out)
    after = macro(home, gold_b, comparison["challenger"])
    check = comparison.get("seed_check") or {}
    return {"writer": name, "store_weight": comparison["training"]["store_weight"], "imported": len(part_a),
            "trained_on": comparison["training"]["store_train_documents"],
            "holdout": comparison["holdout"]["documents"], "scored": len(part_b),
            "before": before["macro_f1"], "after": after["macro_f1"],
            "gain": round(after["macro_f1"] - before["macro_f1"], 4),
            "gate_passed": comparison["passed"], "gate_reasons": comparison["reasons"],
            "holdout_changes": comparison.get("holdout_changes"),
            "seed_moved_share": check.get("share"), "retrain_seconds": round(seconds, 1),
            "load": round(os.getloadavg()[0], 1)}


def report(row: dict[str, Any]) -> dict[str, Any]:
    print(json.dumps(row), flush=True)
    return row


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="One labelled JSONL file per writer set.")
    parser.add_argument("--work", type=Path, default=Path("/tmp/casecheck-learning-curve"))
    parser.add_argument("--weights", default=None,
                        help="Comma-separated CASECHECK_STORE_WEIGHT values (default: the configured weight).")
    parser.add_argument("--jobs", type=int, default=1, help="Writers retrained at the same time.")
    parser.add_argument("--from-home", type=Path, help="Start from this home's champion (and analysis cache).")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.from_home:
        seeded = args.work / "champion"
        shutil.rmtree(seeded, ignore_errors=True)
        shutil.copytree(args.from_home, seeded, ignore=shutil.ignore_patterns("labels.db*", "tmp"))
    base = champion_home(args.work)
    weights: list[str | None] = args.weights.split(",") if args.weights else [None]
    for weight in weights:
        if weight is not None:
            os.environ["CASECHECK_STORE_WEIGHT"] = weight  # read by every casecheck command run below
        with ThreadPoolExecutor(args.jobs) as pool:  # each run is its own casecheck processes
            rows = list(pool.map(lambda path, w=weight: report(writer_run(path, base, args.work, w)), args.files))
        os.environ.pop("CASECHECK_STORE_WEIGHT", None)
        gains = [row["gain"] for row in rows]
        print(json.dumps({"store_weight": weight or "default", "writers": len(gains),
                          "mean_gain": round(statistics.mean(gains), 4)}), flush=True)


if __name__ == "__main__":
    main()
