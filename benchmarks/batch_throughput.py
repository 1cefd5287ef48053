"""Batch throughput: ``casecheck score`` end to end against a floor measured in the same run.

Generates at least 20,000 realistic drafts (letters and reviews from the project's generators,
100 to 1,000 words, seeded; nothing is written to the repository), then times:

* the floor: spaCy's blank English tokenizer + sentencizer (``model.text.make_nlp``) over the
  same texts in one process; no scorer can read the text faster;
* ``casecheck score drafts.csv -o scored.csv`` as a separate process (start-up, model load,
  reading, scoring, writing), with 1 and 2 workers and the default (all cores).

Each run's processes are sampled for CPU time and for time spent runnable but waiting for a
CPU (``/proc/PID/schedstat``): on a shared machine that wait shows other work taking the cores,
which makes the 1 → 2 worker scaling meaningless; ``--wait-idle SECONDS`` waits for idle CPUs
before each timed run.

Prints documents per second and the ratio casecheck / floor; ``--write docs/benchmarks.md``
replaces that file's "## Batch" section (or adds it) and leaves the other sections alone.

    python -m benchmarks.batch_throughput [--home var] [--n 20000] [--seed 1] [--wait-idle 600]
                                          [--write docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from data.generator.letters import generate_letters
from data.generator.reviews import generate_reviews
from model import Registry
from model.files import write_table
from model.text import make_nlp

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


def floor_seconds(texts: list[str]) -> float:
    nlp = make_nlp()
    for _ in nlp.pipe(texts[:200]):  # warm up
        pass
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - started


@dataclass
class Run:
    """One ``casecheck score`` run: wall clock, and CPU and run-queue time summed over its processes."""

    seconds: float
    summary: str
    processes: int = 0
    cpu: float = 0.0  # seconds on a CPU
    waited: float = 0.0  # seconds runnable but waiting for a CPU (other work on the machine)


def casecheck_run(src: Path, out: Path, home: str, workers: int | None) -> Run:
    """Run ``casecheck score`` and sample its process tree (psutil and /proc/PID/schedstat, when present)."""
    cmd = [sys.executable, "-m", "service.cli", "score", str(src), "-o", str(out), "--quiet"]
    cmd += ["--workers", str(workers)] if workers else []
    seen: dict[int, tuple[float, float]] = {}
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, env={**os.environ, "CASECHECK_HOME": home}, stdout=subprocess.DEVNULL,
                                stderr=err, text=True)
        while proc.poll() is None:
            seen.update(tree_times(proc.pid))
            time.sleep(0.1)
        seconds = time.perf_counter() - started
        err.seek(0)
        stderr = err.read()
    if proc.returncode != 0:
        raise SystemExit(f"casecheck score failed ({proc.returncode}):\n{stderr}")
    return Run(seconds, stderr.strip().splitlines()[-1], len(seen), sum(c for c, _ in seen.values()),
               sum(w for _, w in seen.values()))


def tree_times(pid: int) -> dict[int, tuple[float, float]]:
    """(CPU seconds, seconds waiting for a CPU) of ``pid`` and its descendants, so far."""
    try:
        import psutil

        procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    except Exception:  # no psutil, or the process has just ended
        return {}
    times = {}
    for p in procs:
        try:
            cpu = sum(p.cpu_times()[:2])
            with open(f"/proc/{p.pid}/schedstat", encoding="ascii") as fh:
                waited = int(fh.read().split()[1]) / 1e9
        except (OSError, ValueError, IndexError, psutil.Error):
            continue
        times[p.pid] = (cpu, waited)
    return times


def wait_for_idle(timeout: float, busy_below: float = 10.0) -> float:
    """Wait (up to ``timeout`` s) until the CPUs are less than ``busy_below`` % busy over 3 s; the last figure."""
    if timeout <= 0:
        return float("nan")
    import psutil

    deadline = time.monotonic() + timeout
    while (busy := psutil.cpu_percent(interval=3.0)) >= busy_below and time.monotonic() < deadline:
        pass
    return busy


def load_average() -> str:
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "n/a"


def batch_arguments(doc: str | None, n: int, seed: int, section: str) -> argparse.ArgumentParser:
    """The options the batch benchmarks share: the home, how many drafts, their seed, where to write."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--home", default=os.environ.get("CASECHECK_HOME", "var"), help="CASECHECK_HOME")
    parser.add_argument("--n", type=int, default=n)
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--write", type=Path, help=f"Markdown file whose '{section}' section gets the results.")
    return parser


def champion_or_exit(home: str) -> str:
    version = Registry(Path(home) / "models").champion()
    if version is None:
        raise SystemExit(f"no model in {home}/models; run `casecheck train` first")
    return version


def main() -> None:
    parser = batch_arguments(__doc__, 20_000, 1, "## Batch")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                        help="before each timed run, wait up to this long for the CPUs to be idle (shared machines)")
    args = parser.parse_args()
    version = champion_or_exit(args.home)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    load_before = load_average()
    started = time.perf_counter()
    rows = make_drafts(args.n, args.seed)
    generated = time.perf_counter() - started
    texts = [r["text"] for r in rows]
    words = sorted(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory(prefix="casecheck-bench-") as tmp:
        src = Path(tmp) / "drafts.csv"
        write_table(src, list(rows[0]), rows)
        idle = [wait_for_idle(args.wait_idle)]
        floor = floor_seconds(texts)
        runs = {}
        for w in sorted({1, 2, cores}):
            idle.append(wait_for_idle(args.wait_idle))
            runs[w] = casecheck_run(src, Path(tmp) / f"scored-{w}.csv", args.home, w if w != cores else None)
        same = len({(Path(tmp) / f"scored-{w}.csv").read_bytes() for w in runs}) == 1
        size_mb = src.stat().st_size / 1e6
    n = len(rows)
    lines = [
        "## Batch",
        "",
        f"`python -m benchmarks.batch_throughput --n {args.n} --seed {args.seed}` (benchmarks/batch_throughput.py). "
        f"`nproc` = {cores}, Python {platform.python_version()}, model {version}; 1-minute load average "
        f"{load_before} before, {load_average()} after (other work on the machine)"
        + (f"; CPUs busy before each run (%): {', '.join(f'{b:.0f}' for b in idle)}" if args.wait_idle else "") + ".",
        "",
        f"{n} generated drafts ({sum(r['doc_type'] == 'vcl_letter' for r in rows)} letters, "
        f"{sum(r['doc_type'] != 'vcl_letter' for r in rows)} reviews; {words[0]} to {words[-1]} words, median "
        f"{words[len(words) // 2]}; {size_mb:.0f} MB of CSV; generated in {generated:.0f} s, not timed below). "
        "casecheck times are wall clock for the whole command in a new process (start-up, model load and "
        "verification, reading, scoring, writing the CSV). `--workers N` scores on N processes: this one "
        "(which also reads and writes) and N - 1 helpers. CPU and wait are summed over the run's processes; "
        "*wait* is time runnable but waiting for a CPU, i.e. taken by other work on the machine: the "
        "scaling figure means something only when it is near 0.",
        "",
        "| run | seconds | documents/s | ratio to floor | processes | CPU s | wait s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| floor: spaCy blank `en` tokenizer + sentencizer, 1 process | {floor:.1f} | {n / floor:.0f} | 1.00 "
        "| 1 | | |",
    ]
    for workers, run in runs.items():
        label = f"`casecheck score --workers {workers}`" + (" (the default: all cores)" if workers == cores else "")
        lines.append(f"| {label} | {run.seconds:.1f} | {n / run.seconds:.0f} | {floor / run.seconds:.2f} "
                     f"| {run.processes} | {run.cpu:.1f} | {run.waited:.1f} |")
    ratio = floor / runs[cores].seconds
    lines += ["", f"- Throughput ratio casecheck (default workers) / floor: **{ratio:.2f}** (target 0.5).",
              f"- Scaling 1 → {cores} workers: {runs[1].seconds / runs[cores].seconds:.2f}x.",
              f"- Output files of all runs byte-identical: {'yes' if same else 'NO'}.",
              f"- Summary line of the default run: `{runs[cores].summary}`", ""]
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
