"""Retraining benchmarks: the label loop on independent drafts, labels suggest vs random, retrain time.

Every step runs the ``casecheck`` command in a scratch home under ``--work`` (default
``/tmp/casecheck-retrain-bench``); the label files it imports are written there, never in the repo.

    python -m benchmarks.retraining timing            # seed corpus + 5,000 generated stored documents
    python -m benchmarks.retraining loop  ../shared/data/*.jsonl
    python -m benchmarks.retraining active ../shared/data/*.jsonl --budgets 6,12,24 --random-runs 3

``loop``: split the drafts in two halves by a hash of the id; import half A as IQA ratings (a CSV
with the three-point scale), retrain, and evaluate champion and challenger on half B.
``active``: from the same champion, label only K drafts of half A, chosen by ``labels suggest``
or at random; retrain; evaluate on half B. Prints JSON lines; the numbers go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from model.files import write_table

ROOT = Path(__file__).resolve().parents[1]
CASECHECK = [sys.executable, "-m", "service.cli"]
CONCERNS = ["weak_case_analysis", "no_case_strategy", "code_test_unreasoned", "disclosure_not_addressed",
            "victim_witness_needs_not_addressed", "missing_reasons", "unexplained_jargon", "lacks_empathy",
            "missing_vrr", "missing_meeting_offer", "template_residue"]
# How an IQA export spells the scale: a flag is "not meeting" or (a third of the time) "partially meeting".
FLAG_SPELLINGS = ("Not meeting", "not met", "NOT MEETING", "Partially meeting", "partially met", "Not Meeting")
CLEAR_SPELLINGS = ("Fully meeting", "fully met", "FULLY MEETING", "Fully Meeting the required standard")


def casecheck(home: Path, *args: object, quiet: bool = False) -> tuple[str, float]:
    """Run ``casecheck ARGS`` with ``CASECHECK_HOME=home``; (stdout, seconds)."""
    env = {**os.environ, "CASECHECK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("CASECHECK_DATABASE_URL", None)
    started = time.perf_counter()
    done = subprocess.run([*CASECHECK, *map(str, args)], cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"casecheck {' '.join(map(str, args))} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    if not quiet and done.stderr.strip():
        print(done.stderr.strip(), file=sys.stderr)
    return done.stdout, seconds


def read_jsonl(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def half(doc_id: str) -> str:
    return "A" if int(hashlib.sha256(f"half:{doc_id}".encode()).hexdigest()[:8], 16) % 2 == 0 else "B"


def write_iqa_csv(path: Path, docs: list[dict[str, Any]], seed: int = 0) -> Path:
    """A wide IQA export of ``docs`` (their gold labels as three-point ratings, varied spellings)."""
    rng = random.Random(seed)
    rows = []
    for d in docs:
        cells = {c: ("" if c not in d["labels"] else
                     rng.choice(FLAG_SPELLINGS) if d["labels"][c] else rng.choice(CLEAR_SPELLINGS)) for c in CONCERNS}
        rows.append({"id": d["id"], "doc_type": d["doc_type"], "text": d["text"],
                     "assessor": f"assessor-{rng.randint(1, 4)}", "assessed_at": "2025-06-30", **cells})
    write_table(path, ["id", "doc_type", "text", "assessor", "assessed_at", *CONCERNS], rows)
    return path


def write_jsonl(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def macro(home: Path, gold: Path, version: str | None = None) -> dict[str, Any]:
    out, _ = casecheck(home, "evaluate", gold, "--json", *(["--model", version] if version else []), quiet=True)
    report = json.loads(out)
    return {"macro_f1": report["overall"]["macro_f1"],
            "by_doc_type": {t: b["macro_f1"] for t, b in report["by_doc_type"].items()}}


def fresh_home(work: Path, name: str) -> Path:
    home = work / name
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    return home


def champion_home(work: Path) -> Path:
    """A home with the default model trained on the seed corpus and the seed's analysis cached."""
    home = work / "champion"
    if (home / "models" / "registry.json").exists():
        return home
    home.mkdir(parents=True, exist_ok=True)
    _, seconds = casecheck(home, "train")
    # Nothing stored yet: this retrain caches the seed's analysis (as any earlier retrain would have);
    # with no holdout labels its challenger is registered but not promoted.
    out, cold = casecheck(home, "retrain", "--json", quiet=True)
    print(json.dumps({"step": "champion", "train_seconds": round(seconds, 1), "cold_retrain_seconds": round(cold, 1),
                      "phases": json.loads(out)["timing"], "load": os.getloadavg()[0]}), flush=True)
    return home


def copy_home(base: Path, work: Path, name: str) -> Path:
    home = work / name
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(base, home, ignore=shutil.ignore_patterns("labels.db*"))
    return home


def retrain_and_score(home: Path, gold_b: Path) -> dict[str, Any]:
    out, seconds = casecheck(home, "retrain", "--json")
    comparison = json.loads(out)
    after = macro(home, gold_b, comparison["challenger"])
    return {"challenger": comparison["challenger"], "promoted": comparison["promoted"],
            "holdout_documents": comparison["holdout"]["documents"],
            "store_train_documents": comparison["training"]["store_train_documents"],
            "retrain_seconds": round(seconds, 1), "after": after}


# -- commands -------------------------------------------------------------------------------------
def run_loop(files: list[Path], work: Path) -> dict[str, Any]:
    docs = read_jsonl(files)
    part_a = [d for d in docs if half(d["id"]) == "A"]
    part_b = [d for d in docs if half(d["id"]) == "B"]
    gold_b = write_jsonl(work / "half_b.jsonl", part_b)
    base = champion_home(work)
    before = macro(base, gold_b)
    home = copy_home(base, work, "loop")
    casecheck(home, "labels", "import", write_iqa_csv(work / "half_a_iqa.csv", part_a))
    result = retrain_and_score(home, gold_b)
    out = {"step": "loop", "documents": len(docs), "half_a": len(part_a), "half_b": len(part_b),
           "before": before, **result, "gain": round(result["after"]["macro_f1"] - before["macro_f1"], 4)}
    print(json.dumps(out), flush=True)
    return out


def run_active(files: list[Path], work: Path, budgets: list[int], random_runs: int) -> None:
    docs = read_jsonl(files)
    part_a = [d for d in docs if half(d["id"]) == "A"]
    by_id = {d["id"]: d for d in part_a}
    gold_b = write_jsonl(work / "half_b.jsonl", [d for d in docs if half(d["id"]) == "B"])
    base = champion_home(work)
    before = macro(base, gold_b)["macro_f1"]
    pool = write_jsonl(work / "pool_a.jsonl", [{"id": d["id"], "text": d["text"]} for d in part_a])
    for k in budgets:
        runs: list[tuple[str, list[dict[str, Any]]]] = []
        home = copy_home(base, work, f"suggest-{k}")
        casecheck(home, "labels", "suggest", pool, "--n", k, "-o", work / f"to-label-{k}.csv", quiet=True)
        with (work / f"to-label-{k}.csv").open(encoding="utf-8", newline="") as fh:
            runs.append(("suggest", [by_id[row["id"]] for row in csv.DictReader(fh)]))
        for seed in range(random_runs):
            runs.append((f"random-{seed}", random.Random(seed).sample(part_a, k)))
        for name, chosen in runs:
            home = copy_home(base, work, f"{name}-{k}")
            casecheck(home, "labels", "import", write_iqa_csv(work / f"{name}-{k}.csv", chosen))
            result = retrain_and_score(home, gold_b)
            print(json.dumps({"step": "active", "strategy": name, "labels_documents": k, "before": before,
                              "gain": round(result["after"]["macro_f1"] - before, 4), **result}), flush=True)


def run_timing(work: Path, n: int) -> None:
    from data.generator.letters import generate_letters
    from data.generator.reviews import generate_reviews

    started = time.perf_counter()
    docs = generate_letters(n // 2, seed=90210) + generate_reviews(n - n // 2, seed=90210)
    for d in docs:
        d["id"] = "bench-" + d["id"]
    generated = time.perf_counter() - started
    base = champion_home(work)
    home = copy_home(base, work, "timing")
    labels_csv = write_iqa_csv(work / "generated_iqa.csv", docs)
    out, import_seconds = casecheck(home, "labels", "import", labels_csv)
    n_labels = sum(len(d["labels"]) for d in docs)
    for run in ("new documents (seed analysis cached)", "everything cached (a second retrain)"):
        out, seconds = casecheck(home, "retrain", "--json", quiet=True)
        comparison = json.loads(out)
        print(json.dumps({"step": "timing", "run": run, "stored_documents": len(docs), "stored_labels": n_labels,
                          "generate_seconds": round(generated, 1), "import_seconds": round(import_seconds, 1),
                          "retrain_seconds": round(seconds, 1), "phases": comparison["timing"],
                          "records": comparison["training"]["seed_used"]
                          + comparison["training"]["store_train_documents"],
                          "holdout": comparison["holdout"]["documents"],
                          "load": os.getloadavg()[0]}), flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["loop", "active", "timing"])
    parser.add_argument("files", nargs="*", type=Path, help="Labelled JSONL drafts (loop, active).")
    parser.add_argument("--work", type=Path, default=Path("/tmp/casecheck-retrain-bench"))
    parser.add_argument("--budgets", default="6,12,24", help="active: how many drafts to label, comma-separated.")
    parser.add_argument("--random-runs", type=int, default=3)
    parser.add_argument("--n", type=int, default=5000, help="timing: generated stored documents.")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.command == "timing":
        run_timing(args.work, args.n)
    elif not args.files:
        parser.error("loop and active need labelled JSONL files")
    elif args.command == "loop":
        run_loop(args.files, args.work)
    else:
        run_active(args.files, args.work, [int(k) for k in args.budgets.split(",")], args.random_runs)


if __name__ == "__main__":
    main()
