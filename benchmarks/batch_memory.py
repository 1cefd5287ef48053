"""Batch memory: peak resident memory while ``casecheck score`` works through a 1,000,000-row CSV.

Writes a CSV of ``--rows`` rows (default 1,000,000) into a temporary directory: generated
letters and reviews (a pool of ``--pool`` drafts, cycled with new ids, teams and dates), cut to
at most ``--words`` words (default 120: **shorter than real drafts**, so that a million rows
are scored in tens of minutes, not hours; the run says so), then runs ``casecheck score`` on it
in a new process and samples the resident memory of that process and all its descendants
(helper processes, loky's resource tracker) every ``--every`` seconds.

Reports the peak over the run of the summed RSS (the target: under 1 GiB) and of the summed
PSS (psutil; PSS counts shared library pages once), the peak of each process, the peak summed RSS
in each tenth of the run (a leak would show as a climb), the wall time and rows/s. Nothing is
written to the repository.

    python -m benchmarks.batch_memory [--home var] [--rows 1000000] [--workers 2] [--words 120]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from data.generator.letters import generate_letters
from data.generator.reviews import generate_reviews
from model.files import write_table

GIB = 1024**3


def write_rows(path: Path, rows: int, pool: int, words: int, seed: int) -> list[int]:
    """Write the CSV; the number of words of each distinct draft."""
    drafts = generate_letters(pool * 3 // 5, seed) + generate_reviews(pool - pool * 3 // 5, seed)
    texts = [(d["doc_type"], " ".join(d["text"].split(" ")[:words])) for d in drafts]
    table = ({"id": f"row-{i:07d}", "team": f"team-{i % 12}", "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
             "doc_type": texts[i % len(texts)][0], "text": texts[i % len(texts)][1]} for i in range(rows))
    write_table(path, ["id", "team", "date", "doc_type", "text"], table)
    return sorted(len(text.split()) for _, text in texts)


def tree_memory(pid: int) -> dict[int, tuple[str, int, int]]:
    """{pid: (name, RSS, PSS)} of the process and its descendants; PSS shares shared pages out fairly."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return {}
    out = {}
    for p in procs:
        with contextlib.suppress(psutil.Error):
            info = p.memory_full_info()
            name = "main" if p.pid == pid else ("resource tracker" if "resource_tracker" in " ".join(p.cmdline())
                                                 else "helper")
            out[p.pid] = (name, info.rss, getattr(info, "pss", info.rss))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--home", default=os.environ.get("CASECHECK_HOME", "var"))
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--pool", type=int, default=2_000, help="distinct drafts cycled through the file")
    parser.add_argument("--words", type=int, default=120, help="words kept of each draft (at most)")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--every", type=float, default=0.5, help="seconds between memory samples")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casecheck-mem-") as tmp:
        src, out = Path(tmp) / "big.csv", Path(tmp) / "scored.csv"
        started = time.perf_counter()
        words = write_rows(src, args.rows, args.pool, args.words, args.seed)
        size = src.stat().st_size
        print(f"wrote {args.rows:,} rows, {size / 1e9:.2f} GB, in {time.perf_counter() - started:.0f} s; drafts cut "
              f"to at most {args.words} words ({words[0]} to {words[-1]}, median {words[len(words) // 2]}; real "
              f"drafts run 100 to 1,000): SHORTER THAN REAL DRAFTS, to keep the run to minutes", flush=True)
        cmd = [sys.executable, "-m", "service.cli", "score", str(src), "-o", str(out), "--quiet",
               "--workers", str(args.workers)]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env={**os.environ, "CASECHECK_HOME": args.home}, stderr=subprocess.PIPE,
                                text=True)
        samples: list[tuple[float, int, int]] = []
        peaks: dict[int, tuple[str, int]] = {}
        last = started
        while proc.poll() is None:
            tree = tree_memory(proc.pid)
            if sum(rss for _, rss, _ in tree.values()):  # (nothing while starting or ending)
                now = time.perf_counter() - started
                samples.append((now, sum(r for _, r, _ in tree.values()), sum(p for _, _, p in tree.values())))
                for pid, (name, rss, _) in tree.items():
                    peaks[pid] = (name, max(rss, peaks.get(pid, (name, 0))[1]))
                if time.perf_counter() - last >= 60:
                    last = time.perf_counter()
                    rss, pss = samples[-1][1] / 2**20, samples[-1][2] / 2**20
                    print(f"{now:7.0f} s  tree RSS {rss:6.0f} MiB, PSS {pss:6.0f} MiB, {len(tree)} processes",
                          flush=True)
            time.sleep(args.every)
        stderr = proc.stderr.read() if proc.stderr else ""
        seconds = time.perf_counter() - started
        if proc.returncode != 0:
            raise SystemExit(f"casecheck score failed ({proc.returncode}):\n{stderr}")
        with out.open(encoding="utf-8", newline="") as fh:
            out_rows = sum(1 for _ in csv.reader(fh)) - 1
    print(f"machine: nproc {os.cpu_count()}, Python {platform.python_version()}, load average now "
          f"{os.getloadavg()[0]:.1f}; casecheck score --workers {args.workers}")
    print(f"input: {args.rows:,} rows, {size / 1e9:.2f} GB of CSV, drafts of {words[0]} to {words[-1]} words "
          f"(cut to {args.words}; shorter than real drafts)")
    print(f"scored {args.rows:,} rows in {seconds:.0f} s ({args.rows / seconds:.0f} rows/s); output rows {out_rows:,}")
    print(stderr.strip().splitlines()[-1] if stderr.strip() else "")
    if samples:
        for name, k in (("RSS", 1), ("PSS", 2)):
            peak = max(sample[k] for sample in samples)
            print(f"peak {name} summed over the process tree: {peak / 2**20:.0f} MiB "
                  f"({'under' if peak < GIB else 'OVER'} 1 GiB; {len(samples)} samples every {args.every} s)")
        print("peak RSS of each process: " + ", ".join(f"{name} {rss / 2**20:.0f} MiB" for name, rss in peaks.values()))
        tenths = [samples[len(samples) * k // 10 : max(len(samples) * (k + 1) // 10, len(samples) * k // 10 + 1)]
                  for k in range(10)]
        print("peak summed RSS in each tenth of the run: "
              + ", ".join(f"{max(s[1] for s in t) / 2**20:.0f}" for t in tenths if t) + " MiB")


if __name__ == "__main__":
    main()
