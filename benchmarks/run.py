"""Run the standard benchmarks in one go: ``make bench`` (``python -m benchmarks.run``).

Each benchmark runs as its own process with the model under ``CASECHECK_HOME`` (default
``var``, the one ``make run`` trains) and compares against a baseline measured in the same run.
The 1,000,000-row memory run and the retraining runs take long: run them by name
(``python -m benchmarks.batch_memory``, ``python -m benchmarks.retraining timing``).
"""

from __future__ import annotations

import subprocess
import sys

STANDARD = [
    ["benchmarks.scoring_latency"],
    ["benchmarks.batch_throughput", "--n", "20000"],
    ["benchmarks.service_latency"],
]


def main() -> int:
    failed = 0
    for args in STANDARD:
        print(f"\n$ python -m {' '.join(args)}", flush=True)
        failed += subprocess.call([sys.executable, "-m", *args]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
