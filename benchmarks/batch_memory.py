"""Batch memory: peak resident memory while ``casecheck score`` works through a 1,000,000-row CSV.

Writes a CSV of ``--rows`` rows (default 1,000,000) into a temporary directory: generated
letters and reviews (a pool of ``--pool`` drafts, cycled with new ids, teams and dates; cut to
``--words`` words so the run finishes in hours, not days), then runs ``casecheck score`` on it in
a new process and samples the resident memory of that process and its workers every second.

Reports the peak of the sum over the process tree of RSS and of PSS (psutil, when installed;
PSS counts shared library pages once) and the largest single process
(``resource.getrusage(RUSAGE_CHILDREN)``), with the RSS at each tenth of the run so a leak
would show as a climb. Nothing is written to the repository.

    python -m benchmarks.batch_memory [--home var] [--rows 1000000] [--workers 2] [--words 120]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from training.generator.letters import generate_letters
from training.generator.reviews import generate_reviews

GIB = 1024**3


def write_rows(path: Path, rows: int, pool: int, words: int, seed: int) -> None:
    drafts = generate_letters(pool * 3 // 5, seed) + generate_reviews(pool - pool * 3 // 5, seed)
    texts = [(d["doc_type"], " ".join(d["text"].split(" ")[:words])) for d in drafts]
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["id", "team", "date", "doc_type", "text"])
        for i in range(rows):
            doc_type, text = texts[i % len(texts)]
            out.writerow([f"row-{i:07d}", f"team-{i % 12}", f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", doc_type, text])


def tree_memory(pid: int) -> tuple[int, int] | None:
    """(RSS, PSS) summed over the process and its children; PSS shares shared pages out fairly."""
    try:
        import psutil
    except ImportError:
        return None
    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return None
    rss = pss = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            info = p.memory_full_info()
            rss, pss = rss + info.rss, pss + getattr(info, "pss", info.rss)
    return rss, pss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--home", default=os.environ.get("CASECHECK_HOME", "var"))
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--pool", type=int, default=2_000, help="distinct drafts cycled through the file")
    parser.add_argument("--words", type=int, default=120, help="words kept of each draft")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casecheck-mem-") as tmp:
        src, out = Path(tmp) / "big.csv", Path(tmp) / "scored.csv"
        started = time.perf_counter()
        write_rows(src, args.rows, args.pool, args.words, args.seed)
        print(f"wrote {args.rows} rows, {src.stat().st_size / 1e9:.2f} GB, in {time.perf_counter() - started:.0f} s",
              flush=True)
        cmd = [sys.executable, "-m", "service.cli", "score", str(src), "-o", str(out), "--quiet",
               "--workers", str(args.workers)]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env={**os.environ, "CASECHECK_HOME": args.home}, stderr=subprocess.PIPE,
                                text=True)
        samples: list[tuple[float, int, int]] = []
        while proc.poll() is None:
            memory = tree_memory(proc.pid)
            if memory is not None:
                samples.append((time.perf_counter() - started, *memory))
                if len(samples) % 60 == 0:
                    print(f"{samples[-1][0]:7.0f} s  tree RSS {memory[0] / 2**20:7.0f} MiB, "
                          f"PSS {memory[1] / 2**20:7.0f} MiB", flush=True)
            time.sleep(1.0)
        stderr = proc.stderr.read() if proc.stderr else ""
        seconds = time.perf_counter() - started
        if proc.returncode != 0:
            raise SystemExit(f"casecheck score failed ({proc.returncode}):\n{stderr}")
        out_rows = sum(1 for _ in out.open(encoding="utf-8")) - 1
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KiB on Linux
    print(f"machine: nproc {os.cpu_count()}, Python {platform.python_version()}; workers {args.workers}")
    print(f"scored {args.rows} rows in {seconds:.0f} s ({args.rows / seconds:.0f} rows/s); output rows {out_rows}")
    print(stderr.strip().splitlines()[-1] if stderr.strip() else "")
    if samples:
        for name, k in (("RSS", 1), ("PSS", 2)):
            peak = max(sample[k] for sample in samples)
            print(f"peak {name}, process tree: {peak / 2**20:.0f} MiB ({'under' if peak < GIB else 'OVER'} 1 GiB)")
        marks = [samples[min(len(samples) - 1, len(samples) * k // 10)] for k in range(10)]
        print("tree RSS at each tenth of the run: " + ", ".join(f"{m[1] / 2**20:.0f}" for m in marks) + " MiB")
    print(f"largest single process (getrusage of children): {largest / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
