"""The dip-sample page: a 5,000-draft XLSX from upload to a visible report, against the CLI in the same run.

Generates the drafts (the project's generators, seeded; nothing written to the repository), writes
them as one XLSX file, then times:

* the baseline: ``casecheck score drafts.xlsx -o scored.xlsx`` (default workers: one process per
  core, as the page scores) followed by ``casecheck report``, each a new process (what a manager
  would run by hand);
* the page: ``casecheck serve --workers 1`` is started and ready first (not timed); then an HTTP
  client takes the upload form's CSRF token, posts the file to ``/dip-sample``, follows the
  progress until the job is done and fetches the result page (report and sample). Timed from the
  first byte of the upload to the result page received with its report.

Prints the seconds of each and the ratio page / baseline; ``--write docs/benchmarks.md`` replaces
that file's "## Dip-sample page" section (or adds it).

    python -m benchmarks.dip_sample_page [--home var] [--n 5000] [--seed 3] [--write docs/benchmarks.md]
"""

from __future__ import annotations

import contextlib
import os
import platform
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from benchmarks.batch_throughput import batch_arguments, champion_or_exit, load_average, make_drafts

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
SECTION = "## Dip-sample page"


def write_xlsx(rows: list[dict[str, str]], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("drafts")
    ws.append(list(rows[0]))
    for r in rows:
        ws.append(list(r.values()))
    wb.save(path)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_baseline(src: Path, tmp: Path, home: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of ``casecheck score`` then ``casecheck report``."""
    env = {**os.environ, "CASECHECK_HOME": home}
    cpu = children_cpu()
    started = time.perf_counter()
    for args in (["score", str(src), "-o", str(tmp / "scored.xlsx"), "--quiet"],
                 ["report", str(tmp / "scored.xlsx"), "-o", str(tmp / "report.html"), "--by", "team",
                  "--by", "month", "--date-column", "date"]):
        subprocess.run([sys.executable, "-m", "service.cli", *args], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, children_cpu() - cpu


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_cpu(proc: Any) -> float:
    """CPU seconds (user + system) of a process and of every process under it (the batch engine's helpers)."""
    total = 0.0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(Exception):  # a process that ended meanwhile
            total += sum(p.cpu_times()[:2])
    return total


def page_run(src: Path, home: str) -> tuple[float, float, int]:
    """(seconds from upload to result page, the server's CPU seconds meanwhile, drafts scored)."""
    import psutil

    port = free_port()
    env = {**os.environ, "CASECHECK_HOME": home, "CASECHECK_LOG_LEVEL": "WARNING"}
    server = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--port", str(port), "--workers", "1"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=300, follow_redirects=True) as client:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if client.get("/readyz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("casecheck serve did not become ready")
                time.sleep(0.2)
            token = TOKEN.search(client.get("/dip-sample").text).group(1)
            data = src.read_bytes()
            proc = psutil.Process(server.pid)
            cpu = tree_cpu(proc)
            started = time.perf_counter()
            answer = client.post("/dip-sample", files={"file": (src.name, data)}, data={"csrf_token": token})
            job = str(answer.url)
            while client.get(f"{job}/status").json()["status"] == "running":
                time.sleep(0.25)
            page = client.get(job)
            seconds = time.perf_counter() - started
            cpu = tree_cpu(proc) - cpu  # the helper processes are alive still (they idle 60 s before exiting)
            if "Flag rates per concern" not in page.text:
                raise SystemExit(f"no report on the result page ({page.status_code})")
            status = client.get(f"{job}/status").json()
            return seconds, cpu, int(status.get("rows_done") or 0)
    finally:
        server.terminate()
        server.wait(30)


def main() -> None:
    args = batch_arguments(__doc__, 5_000, 3, SECTION).parse_args()
    version = champion_or_exit(args.home)
    rows = make_drafts(args.n, args.seed)
    for i, r in enumerate(rows):
        r["date"] = f"2026-{1 + i % 6:02d}-{1 + i % 28:02d}"
    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="casecheck-bench-") as tmp:
        src = Path(tmp) / "drafts.xlsx"
        write_xlsx(rows, src)
        size_mb = src.stat().st_size / 1e6
        baseline, baseline_cpu = cli_baseline(src, Path(tmp), args.home)
        page, page_cpu, scored = page_run(src, args.home)
    lines = [
        SECTION,
        "",
        f"`python -m benchmarks.dip_sample_page --n {args.n} --seed {args.seed}` (benchmarks/dip_sample_page.py). "
        f"`nproc` = {os.cpu_count()}, Python {platform.python_version()}, model {version}; 1-minute load average "
        f"{load_before} before, {load_average()} after (other work on the machine).",
        "",
        f"{len(rows)} generated drafts with id, team, doc type, text and date in one {size_mb:.1f} MB XLSX file. "
        "The page is timed from the first byte of the upload to the result page (report, sample, download "
        "links) received by an HTTP client, against `casecheck serve --workers 1` started beforehand (the page "
        "scores on the batch engine's processes: the server's and one helper per further core); the baseline "
        "is the same work on the command line: `casecheck score` (default workers, as many processes) then "
        "`casecheck report --by team --by month`, each a new process. CPU seconds are those of every process "
        "doing the work (the server and its helpers; the commands and theirs).",
        "",
        "| run | seconds | drafts/s | CPU s |",
        "| --- | ---: | ---: | ---: |",
        f"| baseline: `casecheck score` + `casecheck report` | {baseline:.1f} | {len(rows) / baseline:.0f} "
        f"| {baseline_cpu:.1f} |",
        f"| `/dip-sample`: upload to visible report ({scored} drafts scored) | {page:.1f} | {len(rows) / page:.0f} "
        f"| {page_cpu:.1f} |",
        "",
        f"- Ratio page / baseline: **{page / baseline:.2f}** (wall clock), {page_cpu / baseline_cpu:.2f} (CPU).",
        f"- Target: under 30 s for 5,000 drafts: {'met' if page < 30 else 'NOT met'} in this run (wall clock); "
        f"the page's work took {page_cpu:.1f} CPU seconds over its processes ({os.cpu_count()} cores).",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        old = args.write.read_text(encoding="utf-8") if args.write.exists() else "# Benchmarks\n"
        pattern = re.compile(rf"^{SECTION}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
        new = pattern.sub(lambda _: text + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text
        args.write.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
