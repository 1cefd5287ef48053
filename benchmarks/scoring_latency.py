"""Scoring latency with full highlighting, on one core, against a floor measured in the same run.

The floor is spaCy's blank English tokenizer + sentencizer over the same letters: no scorer
can read the text faster. Letters are generated (about 400 words), never the independent drafts.

    python -m benchmarks.scoring_latency [--home var] [--n 300]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

from data.generator.letters import generate_letters
from model import Registry, Scorer
from model.text import parse


def letters_of_about(words: int, n: int) -> list[str]:
    pool = generate_letters(n * 6, seed=99)
    picked = sorted(pool, key=lambda r: abs(len(r["text"].split()) - words))[:n]
    return [r["text"] for r in picked]


def timed(fn, items) -> list[float]:
    out = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--home", default=os.environ.get("CASECHECK_HOME", "var"))
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args()
    scorer = Scorer.from_registry(Registry(Path(args.home) / "models"))
    texts = letters_of_about(400, args.n)
    for t in texts[:20]:  # warm caches
        scorer.score(t, "vcl_letter")
    floor = timed(parse, texts)
    full = timed(lambda t: scorer.score(t, "vcl_letter"), texts)
    no_evidence = timed(lambda t: scorer.score(t, "vcl_letter", explain=False), texts)
    words = statistics.median(len(t.split()) for t in texts)
    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}; model {scorer.version}")
    print(f"{len(texts)} letters, median {words:.0f} words, one process")
    for name, ms in (("spaCy tokenizer+sentencizer (floor)", floor), ("score, full highlighting", full),
                     ("score without evidence", no_evidence)):
        q = statistics.quantiles(ms, n=100)
        print(f"{name:<38} median {statistics.median(ms):6.2f} ms   p90 {q[89]:6.2f} ms   p99 {q[98]:6.2f} ms")
    print(f"ratio full / floor (medians): {statistics.median(full) / statistics.median(floor):.1f}")


if __name__ == "__main__":
    main()
