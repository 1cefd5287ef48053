"""Load and soak: a real uvicorn on loopback under a bounded, mixed load for a fixed time.

Starts ``casecheck serve`` (uvicorn, default worker processes) with the model registered under
``CASECHECK_HOME`` (default ``var``; trained with ``casecheck train --if-missing`` when there is
none), warms it up, then runs N concurrent asyncio clients (httpx) for a fixed number of seconds.
Each client picks, request by request, from a seeded mix: ``POST /v1/check`` (45 %), ``POST
/v1/batch`` with a few drafts (15 %), the web form ``POST /`` (15 %), invalid requests (15 %:
malformed JSON, an unknown doc type, empty text, a wrong content type, feedback without a CSRF
token, an unreadable upload) and oversized ones (10 %: a draft over the text limit, a batch over
the document limit, an upload over ``CASECHECK_MAX_BATCH_ROWS``), on generated letters and reviews
of different lengths. It reports errors (a valid request not answered 200, an invalid or oversized
one not answered 4xx, any 5xx, or no answer), 5xx answers, p50 / p90 / p99 per route, requests per
second, and the server's resident memory when the load starts and when it ends (sampled every 5 s
in between, in total and per worker
process). Exit code 1 when there was an error or RSS was not flat: the median of the last quarter
of the run more than 5 % above that of the second quarter.

Usage::

    .venv/bin/python -m benchmarks.load_soak                         # 60 s, 16 clients
    .venv/bin/python -m benchmarks.load_soak --seconds 600 --write docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from benchmarks.service_latency import cpu_seconds, default_workers, free_port, rss_mb, start_server

ROOT = Path(__file__).resolve().parents[1]
MIX = (("POST /v1/check", 0.45), ("POST /v1/batch", 0.15), ("POST / (form)", 0.15), ("invalid", 0.15),
       ("oversized", 0.10))
VALID = ("POST /v1/check", "POST /v1/batch", "POST / (form)")
ROWS_OVER_LIMIT = 50_001  # CASECHECK_MAX_BATCH_ROWS is 50,000 by default
SECTION = "## Load and soak"


def corpus(n: int, seed: int) -> list[dict[str, str]]:
    """Generated letters and reviews (the seed corpus's generators), shuffled."""
    from data.generator.letters import generate_letters
    from data.generator.reviews import generate_reviews

    records = generate_letters(n * 2 // 3, seed) + generate_reviews(n - n * 2 // 3, seed)
    random.Random(seed).shuffle(records)
    return [{"text": r["text"], "doc_type": r["doc_type"]} for r in records]


def ensure_model(home: str) -> None:
    env = {**os.environ, "CASECHECK_HOME": home}
    cmd = [sys.executable, "-c", "from service.cli import main; main()", "train", "--if-missing"]
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


class Load:
    """Latencies and errors per route, collected by the clients."""

    def __init__(self) -> None:
        self.ms: dict[str, list[float]] = {name: [] for name, _ in MIX}
        self.errors: dict[str, list[str]] = {name: [] for name, _ in MIX}
        self.server_errors = 0  # 5xx answers, whatever the request


async def client_loop(base: str, drafts: list[dict[str, str]], seed: int, deadline: float, load: Load,
                      batch_size: int, think_ms: float = 0.0) -> None:
    rng = random.Random(seed)
    names = [name for name, _ in MIX]
    weights = [w for _, w in MIX]
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        while time.monotonic() < deadline:
            name = rng.choices(names, weights)[0]
            draft = rng.choice(drafts)
            started = time.perf_counter()
            try:
                if name == "POST /v1/check":
                    response = await client.post("/v1/check", json=draft)
                elif name == "POST /v1/batch":
                    docs = [{"id": i, **rng.choice(drafts)} for i in range(rng.randint(2, batch_size))]
                    response = await client.post("/v1/batch", json={"documents": docs})
                elif name == "POST / (form)":
                    response = await client.post("/", data=draft)
                else:
                    response = await bad_request(client, name, rng, draft)
                status = response.status_code
                load.server_errors += status >= 500
                ok = status == 200 if name in VALID else 400 <= status < 500
                problem = f"HTTP {status}"
            except httpx.HTTPError as exc:
                ok, problem = False, type(exc).__name__
            load.ms[name].append((time.perf_counter() - started) * 1000)
            if not ok:
                load.errors[name].append(problem)
            if think_ms:  # a person reading the result before the next draft (exponential, seeded)
                await asyncio.sleep(rng.expovariate(1000 / think_ms))


OVERSIZED_ROWS = ("id,text\n" + "".join(f"{i},x\n" for i in range(ROWS_OVER_LIMIT))).encode()


async def bad_request(client: httpx.AsyncClient, kind: str, rng: random.Random,
                      draft: dict[str, str]) -> httpx.Response:
    """One invalid (expected 4xx) or oversized (expected 413 or 422) request, picked with ``rng``."""
    json_type = {"content-type": "application/json"}
    if kind == "invalid":
        pick = rng.randrange(6)
        if pick == 0:
            return await client.post("/v1/check", content=b'{"text": "unterminated', headers=json_type)
        if pick == 1:
            return await client.post("/v1/check", json={**draft, "doc_type": "memo"})
        if pick == 2:
            return await client.post("/v1/check", json={"text": "   "})
        if pick == 3:
            return await client.post("/v1/check", content=draft["text"].encode(),
                                     headers={"content-type": "text/plain"})
        if pick == 4:
            return await client.post("/feedback", data={**draft, "missed": "missing_vrr"})  # no CSRF token
        return await client.post("/v1/batch/file", files={"file": ("x.xlsx", b"PK\x03\x04 not a workbook", "x")})
    pick = rng.randrange(3)
    if pick == 0:
        return await client.post("/v1/check", json={"text": draft["text"] * (100_001 // len(draft["text"]) + 1)})
    if pick == 1:
        return await client.post("/v1/batch", json={"documents": [{"id": i, "text": "x"} for i in range(1_001)]})
    return await client.post("/v1/batch/file", files={"file": ("rows.csv", OVERSIZED_ROWS, "text/csv")})


def worker_rss_mb(pid: int) -> list[float]:
    """Resident memory of each of the server's worker processes (uvicorn's children), in MB."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [rss_mb(int(c)) for c in children]


async def sample_rss(pid: int, deadline: float, samples: list[tuple[float, float]], started: float,
                     workers: list[list[float]]) -> None:
    while time.monotonic() < deadline:
        await asyncio.sleep(5)
        samples.append((time.monotonic() - started, rss_mb(pid)))
        workers.append(worker_rss_mb(pid))


def quarter_growth(samples: list[tuple[float, float]]) -> float:
    """Growth of the median RSS from the second quarter of the run to the last, as a fraction.

    The first quarter is left out: it still holds warm-up (pages first touched, caches filled). Flat
    means this stays within ``FLAT``."""
    values = [mb for _, mb in samples]
    n = len(values)
    if n < 4:
        return values[-1] / values[0] - 1 if n > 1 else 0.0
    second, last = values[n // 4 : n // 2], values[3 * n // 4 :]
    return statistics.median(last) / statistics.median(second) - 1


FLAT = 0.05  # RSS growth from the second quarter to the last within 5 % counts as flat


async def soak(base: str, pid: int, drafts: list[dict[str, str]], seconds: float, clients: int,
               batch_size: int, think_ms: float = 0.0
               ) -> tuple[Load, list[tuple[float, float]], list[list[float]], float]:
    load = Load()
    samples: list[tuple[float, float]] = []
    workers: list[list[float]] = []
    started = time.monotonic()
    deadline = started + seconds
    await asyncio.gather(sample_rss(pid, deadline, samples, started, workers),
                         *(client_loop(base, drafts, 1000 + k, deadline, load, batch_size, think_ms)
                           for k in range(clients)))
    return load, samples, workers, time.monotonic() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(q * len(ordered)) - 1)]


def run(seconds: float, clients: int, home: str, batch_size: int, seed: int, think_ms: float = 0.0) -> dict[str, Any]:
    ensure_model(home)
    drafts = corpus(400, seed)
    load_before = os.getloadavg()[0]
    port = free_port()
    workers = default_workers()
    proc, cold = start_server(port, home, workers, ready_within=300)  # a busy shared machine starts slowly
    base = f"http://127.0.0.1:{port}"
    try:
        version = httpx.get(f"{base}/readyz").json()["model_version"]
        rss_ready = rss_mb(proc.pid)
        asyncio.run(soak(base, proc.pid, drafts, 10, clients, batch_size, think_ms))  # warm-up, not counted
        rss_start = rss_mb(proc.pid)
        cpu_start = cpu_seconds(proc.pid)
        load, samples, worker_samples, wall = asyncio.run(soak(base, proc.pid, drafts, seconds, clients, batch_size,
                                                                think_ms))
        rss_end = rss_mb(proc.pid)
        cpu = cpu_seconds(proc.pid) - cpu_start
        alive = httpx.get(f"{base}/readyz").status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)
    return {"seconds": wall, "clients": clients, "batch_size": batch_size, "model_version": version,
            "cold_start_s": cold, "rss_ready": rss_ready, "rss_start": rss_start, "rss_end": rss_end,
            "samples": samples,
            "worker_samples": worker_samples, "cpu_s": cpu, "load": load, "alive": alive,
            "words": [len(d["text"].split()) for d in drafts],
            "load_before": load_before, "load_after": os.getloadavg()[0], "workers": workers, "think_ms": think_ms}


def report(r: dict[str, Any], command: str) -> str:
    load: Load = r["load"]
    total = sum(len(v) for v in load.ms.values())
    errors = sum(len(v) for v in load.errors.values())
    growth = (r["rss_end"] / r["rss_start"] - 1) * 100
    flat = quarter_growth(r["samples"])
    rss_seen = [mb for _, mb in r["samples"]] or [r["rss_end"]]
    words = r["words"]
    lines = [
        SECTION if not r["think_ms"] else f"{SECTION}, paced clients",
        "",
        f"`{command}` (benchmarks/load_soak.py): `casecheck serve --workers {r['workers']}` (uvicorn, "
        f"`CASECHECK_LOG_LEVEL=warning`) and the httpx/asyncio clients on the same machine, loopback. "
        f"`nproc` = {os.cpu_count()}, Python {platform.python_version()}, model {r['model_version']}; 1-minute "
        f"load average {r['load_before']:.1f} before, {r['load_after']:.1f} after.",
        "",
        f"{r['clients']} concurrent clients for {r['seconds']:.0f} s (after a 10 s warm-up), each picking from a "
        f"seeded mix: POST /v1/check 45 %, POST /v1/batch of 2 to {r['batch_size']} drafts 15 %, the form POST / "
        f"15 %, invalid requests 15 % (malformed JSON, unknown doc type, empty text, wrong content type, feedback "
        f"without a CSRF token, an unreadable upload), oversized ones 10 % (a draft over 100,000 characters, a "
        f"batch of 1,001 drafts, an upload of {ROWS_OVER_LIMIT:,} rows), over {len(words)} generated letters and "
        f"reviews ({min(words)} to {max(words)} words, median {statistics.median(words):.0f}). "
        + (f"After each answer a client pauses for a random time, {r['think_ms']:.0f} ms on average (exponential), "
           "as a person or a system does before the next draft. " if r["think_ms"] else
           "No pause between requests: a closed loop that keeps the server saturated. ")
        + "An error is a valid request not answered 200, an invalid or oversized one not answered 4xx, or no "
          "answer within 60 s.",
        "",
        "| route | requests | errors | p50 ms | p90 ms | p99 ms | max ms | requests/s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, _ in MIX:
        ms = load.ms[name]
        if not ms:
            continue
        lines.append(f"| {name} | {len(ms)} | {len(load.errors[name])} | {statistics.median(ms):.1f} | "
                     f"{percentile(ms, 0.90):.1f} | {percentile(ms, 0.99):.1f} | {max(ms):.1f} | "
                     f"{len(ms) / r['seconds']:.1f} |")
    all_ms = [x for v in load.ms.values() for x in v]
    lines += [
        f"| all | {total} | {errors} | {statistics.median(all_ms):.1f} | {percentile(all_ms, 0.90):.1f} | "
        f"{percentile(all_ms, 0.99):.1f} | {max(all_ms):.1f} | {total / r['seconds']:.1f} |",
        "",
        f"- Errors: **{errors}**" + (f" ({', '.join(sorted({e for v in load.errors.values() for e in v}))})"
                                     if errors else "") + f"; 5xx answers: **{load.server_errors}**; the server "
        f"answered /readyz afterwards: {r['alive']}.",
        f"- Server RSS: {r['rss_ready']:.0f} MB when ready, {r['rss_start']:.0f} MB when the load started, "
        f"{r['rss_end']:.0f} MB when it ended ({growth:+.1f} %; sampled every 5 s: {min(rss_seen):.0f} to "
        f"{max(rss_seen):.0f} MB). Median of the second quarter of the run to median of the last quarter: "
        f"**{flat * 100:+.1f} %** ({'flat' if abs(flat) <= FLAT else '**not** flat'}: flat is within "
        f"{FLAT * 100:.0f} %).",
        f"- Per worker process: RSS at the end {', '.join(f'{mb:.0f}' for mb in r['worker_samples'][-1])} MB, "
        f"highest sample {max(max(w) for w in r['worker_samples']):.0f} MB; the rest is uvicorn's supervisor "
        f"({r['rss_end'] - sum(r['worker_samples'][-1]):.0f} MB). Server CPU over the run: {r['cpu_s']:.0f} s "
        f"in {r['seconds']:.0f} s.",
        f"- POST /v1/check p99 {percentile(load.ms['POST /v1/check'], 0.99):.0f} ms: "
        f"{'within' if percentile(load.ms['POST /v1/check'], 0.99) <= 50 else '**not** within'} the [service] "
        f"target (p99 <= 50 ms; see \"Service\" above)."
        + ("" if r["think_ms"] else f" Latency under this load is queueing: {r['clients']} clients in a closed loop "
           f"on {os.cpu_count()} cores shared by the server and the clients wait about clients / throughput."),
        f"- Cold start to /readyz: {r['cold_start_s']:.2f} s.",
    ]
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str) -> None:
    """Replace this benchmark's section of ``path`` (or add it at the end); other sections are left alone."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    title = section.split("\n", 1)[0]
    pattern = re.compile(rf"^{re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the measured load (default 60)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (default 16)")
    parser.add_argument("--batch-size", type=int, default=5, help="most drafts in one POST /v1/batch (default 5)")
    parser.add_argument("--think-ms", type=float, default=0.0,
                        help="mean pause of a client after each answer, in ms (default 0: no pause, saturation)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--home", default=os.environ.get("CASECHECK_HOME", "var"))
    parser.add_argument("--write", type=Path, help="replace the 'Load and soak' section of this Markdown file")
    args = parser.parse_args()
    command = "python -m benchmarks.load_soak" + "".join(
        f" --{k.replace('_', '-')} {v:g}" for k, v in (("seconds", args.seconds), ("clients", args.clients),
                                                     ("think_ms", args.think_ms))
        if v != parser.get_default(k))
    r = run(args.seconds, args.clients, args.home, args.batch_size, args.seed, args.think_ms)
    section = report(r, command)
    print(section)
    if args.write:
        write_section(args.write, section)
    errors = sum(len(v) for v in r["load"].errors.values())
    flat = abs(quarter_growth(r["samples"])) <= FLAT
    return 1 if errors or r["load"].server_errors or not flat or not r["alive"] else 0


if __name__ == "__main__":
    sys.exit(main())
