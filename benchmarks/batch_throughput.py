"""Batch throughput: ``casecheck score`` end to end against a floor measured in the same run.

Generates at least 20,000 realistic drafts (letters and reviews from the project's generators,
100 to 1,000 words, seeded; nothing is written to the repository), then times:

* the floor: spaCy's blank English tokenizer + sentencizer (``model.text.make_nlp``) over the
  same texts in one process; no scorer can read the text faster;
* ``casecheck score drafts.csv -o scored.csv`` as a separate process (start-up, model load,
  reading, scoring, writing), with 1 and 2 workers and the default (all cores).

Prints documents per second and the ratio casecheck / floor; ``--write docs/benchmarks.md``
replaces that file's "## Batch" section (or adds it) and leaves the other sections alone.

    python -m benchmarks.batch_throughput [--home var] [--n 20000] [--seed 1] [--write docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from model.registry import Registry
from model.text import make_nlp
from training.generator.letters import generate_letters
from training.generator.reviews import generate_reviews

MIN_WORDS, MAX_WORDS = 100, 1_000


def make_drafts(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` drafts, about 60 % letters and 40 % reviews, each 100 to 1,000 words, interleaved."""
    letters = [r for r in generate_letters(int(n * 0.66), seed) if MIN_WORDS <= len(r["text"].split()) <= MAX_WORDS]
    reviews = [r for r in generate_reviews(int(n * 0.44), seed) if MIN_WORDS <= len(r["text"].split()) <= MAX_WORDS]
    letters, reviews = letters[: int(n * 0.6)], reviews[: n - int(n * 0.6)]
    if len(letters) + len(reviews) < n:
        raise SystemExit(f"generated only {len(letters) + len(reviews)} drafts in range; raise the margins")
    mixed = [d for pair in zip(letters, reviews, strict=False) for d in pair]
    mixed += letters[len(reviews):] + reviews[len(letters):]
    teams = ("North", "South", "East", "West", "Central")
    return [{"id": d["id"], "team": teams[i % len(teams)], "doc_type": d["doc_type"], "text": d["text"]}
            for i, d in enumerate(mixed[:n])]


def write_csv(rows: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=list(rows[0]))
        out.writeheader()
        out.writerows(rows)


def floor_seconds(texts: list[str]) -> float:
    nlp = make_nlp()
    for _ in nlp.pipe(texts[:200]):  # warm up
        pass
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - started


def casecheck_seconds(src: Path, out: Path, home: str, workers: int | None) -> tuple[float, str]:
    cmd = [sys.executable, "-m", "service.cli", "score", str(src), "-o", str(out), "--quiet"]
    cmd += ["--workers", str(workers)] if workers else []
    started = time.perf_counter()
    done = subprocess.run(cmd, env={**os.environ, "CASECHECK_HOME": home}, capture_output=True, text=True,
                          check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"casecheck score failed ({done.returncode}):\n{done.stderr}")
    return seconds, done.stderr.strip().splitlines()[-1]


def load_average() -> str:
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--home", default=os.environ.get("CASECHECK_HOME", "var"), help="CASECHECK_HOME")
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--write", type=Path, help="Markdown file whose '## Batch' section gets the results.")
    args = parser.parse_args()
    version = Registry(Path(args.home) / "models").champion()
    if version is None:
        raise SystemExit(f"no model in {args.home}/models; run `casecheck train` first")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    load_before = load_average()
    started = time.perf_counter()
    rows = make_drafts(args.n, args.seed)
    generated = time.perf_counter() - started
    texts = [r["text"] for r in rows]
    words = sorted(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory(prefix="casecheck-bench-") as tmp:
        src = Path(tmp) / "drafts.csv"
        write_csv(rows, src)
        floor = floor_seconds(texts)
        runs = {w: casecheck_seconds(src, Path(tmp) / f"scored-{w}.csv", args.home, w if w != cores else None)
                for w in sorted({1, 2, cores})}
        size_mb = src.stat().st_size / 1e6
    n = len(rows)
    lines = [
        "## Batch",
        "",
        f"`python -m benchmarks.batch_throughput --n {args.n} --seed {args.seed}` (benchmarks/batch_throughput.py). "
        f"`nproc` = {cores}, Python {platform.python_version()}, model {version}; 1-minute load average "
        f"{load_before} before, {load_average()} after (other work on the machine).",
        "",
        f"{n} generated drafts ({sum(r['doc_type'] == 'vcl_letter' for r in rows)} letters, "
        f"{sum(r['doc_type'] != 'vcl_letter' for r in rows)} reviews; {words[0]} to {words[-1]} words, median "
        f"{words[len(words) // 2]}; {size_mb:.0f} MB of CSV; generated in {generated:.0f} s, not timed below). "
        "casecheck times are wall clock for the whole command in a new process (start-up, model load and "
        "verification, reading, scoring, writing the CSV).",
        "",
        "| run | seconds | documents/s | ratio to floor |",
        "| --- | ---: | ---: | ---: |",
        f"| floor: spaCy blank `en` tokenizer + sentencizer, 1 process | {floor:.1f} | {n / floor:.0f} | 1.00 |",
    ]
    for workers, (seconds, _) in runs.items():
        label = f"`casecheck score --workers {workers}`" + (" (the default: all cores)" if workers == cores else "")
        lines.append(f"| {label} | {seconds:.1f} | {n / seconds:.0f} | {floor / seconds:.2f} |")
    ratio = floor / runs[cores][0]
    lines += ["", f"- Throughput ratio casecheck (default workers) / floor: **{ratio:.2f}** (target 0.5).",
              f"- Scaling 1 → {cores} workers: {runs[1][0] / runs[cores][0]:.2f}x.",
              f"- Summary line of the default run: `{runs[cores][1]}`", ""]
    text = "\n".join(lines)
    print(text)
    if args.write:
        write_section(args.write, text)


def write_section(path: Path, section: str) -> None:
    """Replace the '## Batch' section of ``path`` (up to the next '## ' heading), or append it."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(r"^## Batch\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    new = pattern.sub(lambda _: section + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + section
    path.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
